package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// errRowTooLarge is returned by the CSV row limiter when a row grows past
// Options.MaxBytes; the CSV reader cannot resume after it.
var errRowTooLarge = errors.New("row too large")

// A row is one article read from a table (CSV or JSONL).
type row struct {
	url, date, title, text string
}

// rowDoc turns a row into a Doc, or returns the row's problem. n is the
// row's number in its file, from 1; source is "path:line".
func (w *walker) rowDoc(r row, fileID, source string, n int) (newsgraph.Doc, error) {
	doc := newsgraph.Doc{
		ID:     strings.TrimSpace(r.url),
		Source: source,
		URL:    strings.TrimSpace(r.url),
		Title:  strings.Join(strings.Fields(r.title), " "),
	}
	if doc.ID == "" {
		doc.ID = fmt.Sprintf("%s#%d", fileID, n)
	}
	for _, f := range []struct{ name, value string }{{"url", r.url}, {"title", r.title}, {"date", r.date}, {"text", r.text}} {
		if err := validField(f.name, f.value); err != nil {
			return doc, err
		}
	}
	if strings.TrimSpace(r.text) == "" {
		return doc, fmt.Errorf("%w: no text", ErrEmpty)
	}
	doc.Text = withHeadline(doc.Title, normalizeNewlines(r.text), "\n\n")
	if strings.TrimSpace(r.date) != "" {
		t, err := parseDate(r.date)
		if err != nil {
			w.log.Warn("unparsable date; publication time left unset", "doc", source, "err", err)
		}
		doc.Published = t
	}
	return doc, nil
}

// withHeadline returns text opened by its headline and sep (an empty line
// for a table's row, the layout of a plain-text article; a line break for
// HTML's one paragraph per line), so that the extractor reads the
// headline's facts as it does a text file's first line; text that already
// opens with the headline is returned as it is.
func withHeadline(title, text, sep string) string {
	if title == "" {
		return text
	}
	if first, _, _ := strings.Cut(strings.TrimLeft(text, " \t\n"), "\n"); strings.Join(strings.Fields(first), " ") == title {
		return text
	}
	return title + sep + text
}

// csvColumns maps the columns of a table to their index in a CSV record.
type csvColumns struct {
	url, date, title, text int // -1 when absent
}

// parseHeader finds the url, date, title and text columns in a CSV header,
// by name, in any case and order. Other columns are ignored; text is
// required.
func parseHeader(header []string) (csvColumns, error) {
	cols := csvColumns{-1, -1, -1, -1}
	for i, name := range header {
		var dst *int
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "url":
			dst = &cols.url
		case "date":
			dst = &cols.date
		case "title":
			dst = &cols.title
		case "text":
			dst = &cols.text
		default:
			continue
		}
		if *dst >= 0 {
			return cols, fmt.Errorf("column %q appears twice in header %q", name, header)
		}
		*dst = i
	}
	if cols.text < 0 {
		return cols, fmt.Errorf("no \"text\" column in header %q (want columns url, date, title, text)", header)
	}
	return cols, nil
}

// field returns record[i], or "" when i < 0.
func field(record []string, i int) string {
	if i < 0 {
		return ""
	}
	return record[i]
}

// A rowLimiter fails reads once more than max bytes (plus what the CSV
// reader buffers ahead) have been read since rowStart, so that a huge CSV
// field cannot use unbounded memory.
type rowLimiter struct {
	r        io.Reader
	n        int64 // bytes read so far
	rowStart int64 // offset of the start of the current row
	max      int64
}

// csvReadAhead bounds what encoding/csv reads beyond the current row: the
// size of its bufio.Reader.
const csvReadAhead = 4096

func (l *rowLimiter) Read(p []byte) (int, error) {
	if l.n-l.rowStart > l.max+csvReadAhead {
		return 0, errRowTooLarge
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	return n, err
}

// readCSV reads a CSV file with a header row, one Doc per row.
func (w *walker) readCSV(r io.Reader, path, fileID string) error {
	br, err := openTable(r)
	if err != nil {
		return w.fail(path, fileID, err)
	}
	lim := &rowLimiter{r: br, max: w.maxBytes}
	cr := csv.NewReader(lim)
	cr.ReuseRecord = true
	header, err := cr.Read()
	switch {
	case err == io.EOF:
		return w.fail(path, fileID, fmt.Errorf("%w (only blank lines)", ErrEmpty))
	case errors.Is(err, errRowTooLarge):
		return w.fail(path, fileID, fmt.Errorf("header %w: more than %d bytes (Options.MaxBytes)", ErrTooLarge, w.maxBytes))
	case err != nil:
		return w.fail(path, fileID, fmt.Errorf("read header: %w", err))
	}
	cols, err := parseHeader(header)
	if err != nil {
		return w.fail(path, fileID, err)
	}
	cr.FieldsPerRecord = len(header)
	n, lastLine := 0, 1
	for {
		lim.rowStart = cr.InputOffset()
		record, err := cr.Read()
		if err == io.EOF {
			break
		}
		n++
		var pe *csv.ParseError
		switch {
		case errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrFieldCount):
			// The record was read whole: report it and go on.
			source := fmt.Sprintf("%s:%d", path, pe.StartLine)
			lastLine = pe.StartLine
			ferr := w.fail(source, "", fmt.Errorf("%w: got %d, want %d as in the header", csv.ErrFieldCount, len(record), len(header)))
			if ferr != nil {
				return ferr
			}
			continue
		case errors.As(err, &pe):
			// A quoting error: where the next record starts is unknown.
			source := fmt.Sprintf("%s:%d", path, pe.StartLine)
			return w.fail(source, "", fmt.Errorf("bad quoting at line %d, column %d: %w; the rest of the file is not read", pe.Line, pe.Column, pe.Err))
		case errors.Is(err, errRowTooLarge):
			return w.fail(path, "", fmt.Errorf("row %d (after the row at line %d) %w: more than %d bytes (Options.MaxBytes); the rest of the file is not read", n, lastLine, ErrTooLarge, w.maxBytes))
		case err != nil:
			return w.fail(path, "", fmt.Errorf("row %d (after the row at line %d): %w; the rest of the file is not read", n, lastLine, plainPathError(err)))
		}
		line, _ := cr.FieldPos(0)
		lastLine = line
		source := fmt.Sprintf("%s:%d", path, line)
		if size := cr.InputOffset() - lim.rowStart; size > w.maxBytes {
			if ferr := w.fail(source, "", fmt.Errorf("row %w: %d bytes, more than %d (Options.MaxBytes)", ErrTooLarge, size, w.maxBytes)); ferr != nil {
				return ferr
			}
			continue
		}
		rw := row{url: field(record, cols.url), date: field(record, cols.date), title: field(record, cols.title), text: field(record, cols.text)}
		doc, err := w.rowDoc(rw, fileID, source, n)
		if err != nil {
			err = w.fail(source, doc.ID, err)
		} else {
			err = w.emit(doc)
		}
		if err != nil {
			return err
		}
	}
	if n == 0 {
		w.log.Warn("table has a header but no rows", "path", path)
	}
	return nil
}

// openTable wraps the reader of a table file, skips its BOM, and checks
// that it is non-empty text.
func openTable(r io.Reader) (*bufio.Reader, error) {
	br := newPeekReader(r)
	head, err := br.Peek(sniffLen)
	if len(head) == 0 {
		if err != nil && err != io.EOF {
			return nil, plainPathError(err)
		}
		return nil, ErrEmpty
	}
	if bytes.HasPrefix(head, []byte(bomUTF8)) {
		head = head[len(bomUTF8):]
		if _, err := br.Discard(len(bomUTF8)); err != nil {
			return nil, err
		}
	}
	if bytes.HasPrefix(head, []byte(bomUTF16LE)) || bytes.HasPrefix(head, []byte(bomUTF16BE)) {
		return nil, fmt.Errorf("%w: UTF-16 text (convert it to UTF-8)", ErrInvalidUTF8)
	}
	if err := sniff(head); err != nil {
		return nil, err
	}
	return br, nil
}

// jsonRow is one line of a JSONL file.
type jsonRow struct {
	URL   string  `json:"url"`
	Date  string  `json:"date"`
	Title string  `json:"title"`
	Text  *string `json:"text"`
}

// readJSONL reads a file of JSON objects, one per line, one Doc per object.
// Blank lines are skipped.
func (w *walker) readJSONL(r io.Reader, path, fileID string) error {
	br, err := openTable(r)
	if err != nil {
		return w.fail(path, fileID, err)
	}
	var buf []byte
	n, lineNo := 0, 0
	for {
		line, tooLong, err := readLine(br, buf[:0], w.maxBytes)
		buf = line
		if err == io.EOF {
			break
		}
		lineNo++
		source := fmt.Sprintf("%s:%d", path, lineNo)
		if err != nil {
			return w.fail(source, "", fmt.Errorf("%w; the rest of the file is not read", plainPathError(err)))
		}
		if tooLong {
			n++
			if ferr := w.fail(source, "", fmt.Errorf("line %w: more than %d bytes (Options.MaxBytes)", ErrTooLarge, w.maxBytes)); ferr != nil {
				return ferr
			}
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		n++
		if i := invalidUTF8At(line); i >= 0 {
			if ferr := w.fail(source, "", fmt.Errorf("%w at byte offset %d of the line", ErrInvalidUTF8, i)); ferr != nil {
				return ferr
			}
			continue
		}
		var jr jsonRow
		if err := json.Unmarshal(line, &jr); err != nil {
			if ferr := w.fail(source, "", jsonError(err)); ferr != nil {
				return ferr
			}
			continue
		}
		if jr.Text == nil {
			if ferr := w.fail(source, strings.TrimSpace(jr.URL), errors.New(`bad row: no "text" key (want keys url, date, title, text)`)); ferr != nil {
				return ferr
			}
			continue
		}
		doc, err := w.rowDoc(row{url: jr.URL, date: jr.Date, title: jr.Title, text: *jr.Text}, fileID, source, n)
		if err != nil {
			err = w.fail(source, doc.ID, err)
		} else {
			err = w.emit(doc)
		}
		if err != nil {
			return err
		}
	}
	if n == 0 {
		return w.fail(path, fileID, fmt.Errorf("%w (only blank lines)", ErrEmpty))
	}
	return nil
}

// ErrBadJSON is wrapped by the errors for JSONL lines that are not a JSON
// object with string values.
var ErrBadJSON = errors.New("bad JSON")

// jsonError rewrites a json.Unmarshal error for a JSONL line.
func jsonError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return fmt.Errorf("%w: got a JSON %s, want an object", ErrBadJSON, te.Value)
		}
		return fmt.Errorf("%w: %q is a JSON %s, want a string", ErrBadJSON, te.Field, te.Value)
	}
	return fmt.Errorf("%w: %w", ErrBadJSON, err)
}

// readLine reads one line from br into buf, without its "\n" or "\r\n".
// When the line is longer than max bytes, the rest of it is skipped and
// tooLong is set. It returns io.EOF only when no bytes are left.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, tooLong bool, err error) {
	read := false
	for {
		chunk, err := br.ReadSlice('\n')
		if len(chunk) > 0 {
			read = true
		}
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+2 { // +2 for "\r\n"
				tooLong = true
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && read:
			err = nil
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		if !tooLong && int64(len(buf)) > max {
			tooLong = true
		}
		return buf, tooLong, err
	}
}
