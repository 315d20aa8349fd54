// Package ingest turns files, folders and standard input into
// newsgraph.Docs.
//
// It reads plain text (.txt, .text), Markdown (.md), HTML (.html, .htm),
// and tables of articles (.csv, .jsonl, .ndjson with the keys url, date,
// title and text). It is the only package that imports go-readability,
// which it uses to find the article in an HTML page.
//
// Reading is streaming: one document is in memory at a time, so a 100 MB
// CSV file or a folder of 100,000 files is read in flat memory. Every
// document that cannot be read is reported to the caller as a
// *newsgraph.DocError naming the file (and line) and the problem; nothing
// is dropped silently.
//
// Text rules, the same for every format:
//   - Doc.Text is valid UTF-8. Input that is not valid UTF-8 is rejected with
//     the byte offset of the first bad byte (HTML pages that declare another
//     charset are converted); it is never repaired silently.
//   - A UTF-8 byte order mark is removed, and line endings are normalised:
//     "\r\n" and a lone "\r" become "\n". Spans index into Doc.Text, which is
//     what gets stored, so they stay true; for a file with "\n" line endings
//     and no BOM, Doc.Text of a .txt or .md file equals the file's bytes.
//   - Plain text and Markdown are otherwise kept byte for byte (a heading
//     taken as Doc.Title stays in Doc.Text); HTML is reduced to its article
//     text, one paragraph per line.
//   - The headline is part of the text the extractor reads: a CSV or JSONL
//     row's title opens Doc.Text followed by an empty line (as in a text
//     file), an HTML page's title as its first line, unless the text already
//     opens with it.
//   - Dates are read in the common layouts (2019-01-04, RFC 3339, RFC 1123,
//     "January 4, 2019", …), in UTC when they name no zone. A date that
//     cannot be read leaves Doc.Published zero and is logged as a warning;
//     the document is kept.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// DefaultMaxBytes is the size limit used when Options.MaxBytes is 0.
const DefaultMaxBytes = 50 << 20

// StdinPath is the path that names standard input.
const StdinPath = "-"

// StdinID is the Doc.ID (and Doc.Source) of a plain-text document read
// from standard input. JSONL rows read from standard input have Source
// "stdin:<line>".
const StdinID = "stdin"

// Step is the newsgraph.DocError step of every error this package reports.
const Step = "read"

// Options configure Walk. The zero value is ready to use.
type Options struct {
	// MaxBytes is the largest accepted file (for .txt, .md, .html and
	// standard input) or row (for .csv and .jsonl), in bytes; anything
	// larger is reported as an error. 0 or less means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the path "-". When nil, "-" is reported as an
	// error.
	Stdin io.Reader
	// Logger receives warnings (unparsable dates, tables without rows) and
	// notes (files skipped when Skipped is nil, HTML pages too complex for
	// readability). nil discards them.
	Logger *slog.Logger
	// Skipped is called for each file inside a folder that is not read
	// because its extension is unknown, or because it is not a regular
	// file (a device, a socket, a link to a folder). Hidden files and
	// folders (name starting with ".") are skipped without a call. When
	// Skipped is nil, such files are logged at level Info instead.
	Skipped func(path, reason string)
}

// Walk reads every document under paths, calling fn for each, in a
// deterministic order: paths in the order given, the entries of a folder in
// lexical order (recursively), the rows of a table in file order.
//
// A path is a file, a folder (walked recursively), or "-" for
// opt.Stdin (read as JSONL when its first non-blank byte is '{', otherwise as
// one plain-text document with ID "stdin"). Inside folders, hidden entries
// are skipped and files of unknown format are reported to opt.Skipped; a file
// of unknown format named in paths is an error.
//
// Doc.ID of a file is its path relative to the folder given in paths,
// without extension and with "/" separators ("000", "world/2024/blinken");
// for a file given in paths, its base name without extension. Doc.ID of a
// table row is the row's url, or "<file ID>#<n>" for the n-th row (from 1,
// not counting the CSV header or blank JSONL lines) when url is empty.
// Doc.Source is the file's path as it can be opened ("corpus/000.txt"), with
// ":<line>" for a table row.
//
// A document that cannot be read is passed to fn with a zero Doc except for
// Source (and ID when known), and a non-nil *newsgraph.DocError with Step
// "read", so that the caller decides whether to stop or keep going. When fn
// returns an error, Walk stops and returns that error. Walk checks ctx
// between documents and returns ctx.Err() when it is done. Walk reads
// nothing when paths is empty. It reads one document at a time, calling fn
// from the calling goroutine.
func Walk(ctx context.Context, paths []string, opt Options, fn func(doc newsgraph.Doc, err error) error) error {
	w := &walker{ctx: ctx, opt: opt, fn: fn, maxBytes: opt.MaxBytes, log: opt.Logger}
	if w.maxBytes <= 0 {
		w.maxBytes = DefaultMaxBytes
	}
	if w.log == nil {
		w.log = slog.New(slog.DiscardHandler)
	}
	for _, p := range paths {
		if err := w.walkArg(p); err != nil {
			return err
		}
	}
	return nil
}

// Extensions returns the known file extensions, sorted, with their dots.
func Extensions() []string {
	return []string{".csv", ".htm", ".html", ".jsonl", ".md", ".ndjson", ".text", ".txt"}
}

// A format is the reader for one kind of file.
type format int

const (
	formatUnknown format = iota
	formatText
	formatMarkdown
	formatHTML
	formatCSV
	formatJSONL
)

// formatOf returns the format of a file name, from its extension (in any
// case).
func formatOf(name string) format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return formatText
	case ".md":
		return formatMarkdown
	case ".html", ".htm":
		return formatHTML
	case ".csv":
		return formatCSV
	case ".jsonl", ".ndjson":
		return formatJSONL
	}
	return formatUnknown
}

// errUnknownFormat returns the error for a file of unknown format.
func errUnknownFormat(name string) error {
	known := strings.Join(Extensions(), ", ")
	ext := filepath.Ext(name)
	if ext == "" {
		return fmt.Errorf("unknown format: no file extension (known: %s)", known)
	}
	return fmt.Errorf("unknown format %q (known: %s)", ext, known)
}

// A walker holds the state of one Walk.
type walker struct {
	ctx      context.Context
	opt      Options
	fn       func(newsgraph.Doc, error) error
	maxBytes int64
	log      *slog.Logger
}

// emit passes a document to fn, after checking ctx.
func (w *walker) emit(doc newsgraph.Doc) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	return w.fn(doc, nil)
}

// fail passes a read error for the document at source to fn, after checking
// ctx.
func (w *walker) fail(source, id string, err error) error {
	if cerr := w.ctx.Err(); cerr != nil {
		return cerr
	}
	return w.fn(newsgraph.Doc{ID: id, Source: source}, &newsgraph.DocError{Source: source, Step: Step, Err: err})
}

// skipped reports a file inside a folder that is not read.
func (w *walker) skipped(path, reason string) {
	if w.opt.Skipped != nil {
		w.opt.Skipped(path, reason)
		return
	}
	w.log.Info("skipped file", "path", path, "reason", reason)
}

// walkArg reads one path given to Walk.
func (w *walker) walkArg(p string) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	if p == StdinPath {
		return w.readStdin()
	}
	fi, err := os.Stat(p)
	if err != nil {
		return w.fail(p, "", plainPathError(err))
	}
	if fi.IsDir() {
		return w.walkDir(p, p)
	}
	id := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
	f := formatOf(p)
	if f == formatUnknown {
		return w.fail(p, id, errUnknownFormat(p))
	}
	if !fi.Mode().IsRegular() {
		return w.fail(p, id, fmt.Errorf("not a regular file (%s)", fi.Mode().Type()))
	}
	return w.readFile(p, id, f)
}

// walkDir reads the folder dir, found under the input folder root.
func (w *walker) walkDir(root, dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		// ReadDir returns what it could read; report the folder and go on
		// with those entries.
		if ferr := w.fail(dir, "", fmt.Errorf("read folder: %w", plainPathError(err))); ferr != nil {
			return ferr
		}
	}
	// Two files whose names differ only in extension ("a.txt", "a.md")
	// would get the same ID and the second would replace the first in the
	// graph; the second is reported instead.
	stems := make(map[string]string)
	for _, e := range entries {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 {
			fi, err := os.Stat(path)
			if err != nil {
				if ferr := w.fail(path, "", fmt.Errorf("follow link: %w", plainPathError(err))); ferr != nil {
					return ferr
				}
				continue
			}
			if fi.IsDir() {
				w.skipped(path, "link to a folder, not followed")
				continue
			}
			typ = fi.Mode().Type()
		}
		if typ.IsDir() {
			if err := w.walkDir(root, path); err != nil {
				return err
			}
			continue
		}
		f := formatOf(name)
		if f == formatUnknown {
			if ext := filepath.Ext(name); ext == "" {
				w.skipped(path, "unknown format: no file extension")
			} else {
				w.skipped(path, fmt.Sprintf("unknown format %q", ext))
			}
			continue
		}
		if !typ.IsRegular() {
			w.skipped(path, fmt.Sprintf("not a regular file (%s)", typ))
			continue
		}
		id := fileID(root, path)
		stem := strings.TrimSuffix(name, filepath.Ext(name))
		if first, ok := stems[stem]; ok {
			if err := w.fail(path, id, fmt.Errorf("ID %q already used by %s in the same folder", id, first)); err != nil {
				return err
			}
			continue
		}
		stems[stem] = name
		if err := w.readFile(path, id, f); err != nil {
			return err
		}
	}
	return nil
}

// fileID returns the ID of the file at path under the input folder root.
func fileID(root, path string) string {
	rel, err := filepath.Rel(root, path)
	if err != nil { // cannot happen: path is built from root
		rel = filepath.Base(path)
	}
	rel = strings.TrimSuffix(rel, filepath.Ext(rel))
	return filepath.ToSlash(rel)
}

// readFile reads the file at path, of format f, whose ID is id.
func (w *walker) readFile(path, id string, f format) error {
	file, err := os.Open(path)
	if err != nil {
		return w.fail(path, id, plainPathError(err))
	}
	defer file.Close() // read only: a Close error loses nothing
	switch f {
	case formatCSV:
		return w.readCSV(file, path, id)
	case formatJSONL:
		return w.readJSONL(file, path, id)
	}
	if fi, err := file.Stat(); err == nil && fi.Size() > w.maxBytes {
		return w.fail(path, id, errTooLarge(fi.Size(), w.maxBytes))
	}
	b, err := readAll(file, w.maxBytes)
	if err != nil {
		return w.fail(path, id, err)
	}
	doc := newsgraph.Doc{ID: id, Source: path}
	if f == formatHTML {
		err = w.parseHTML(&doc, b)
	} else {
		err = parseText(&doc, b, f == formatMarkdown)
	}
	if err != nil {
		return w.fail(path, id, err)
	}
	return w.emit(doc)
}

// readStdin reads opt.Stdin, as JSONL when it starts with '{', otherwise as
// plain text.
func (w *walker) readStdin() error {
	if w.opt.Stdin == nil {
		return w.fail(StdinID, StdinID, errors.New("no standard input to read (Options.Stdin is nil)"))
	}
	br := newPeekReader(w.opt.Stdin)
	if looksLikeJSONL(br) {
		return w.readJSONL(br, StdinID, StdinID)
	}
	b, err := readAll(br, w.maxBytes)
	if err != nil {
		return w.fail(StdinID, StdinID, err)
	}
	doc := newsgraph.Doc{ID: StdinID, Source: StdinID}
	if err := parseText(&doc, b, false); err != nil {
		return w.fail(StdinID, StdinID, err)
	}
	return w.emit(doc)
}

// readAll reads r to its end, failing when it holds more than max bytes.
func readAll(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, plainPathError(err)
	}
	if int64(len(b)) > max {
		return nil, errTooLarge(-1, max)
	}
	return b, nil
}

// ErrTooLarge is wrapped by the errors for files and rows larger than
// Options.MaxBytes.
var ErrTooLarge = errors.New("too large")

// errTooLarge returns the error for a file of size bytes (-1 when unknown)
// over the limit max.
func errTooLarge(size, max int64) error {
	if size < 0 {
		return fmt.Errorf("file %w: more than %d bytes (Options.MaxBytes)", ErrTooLarge, max)
	}
	return fmt.Errorf("file %w: %d bytes, more than %d (Options.MaxBytes)", ErrTooLarge, size, max)
}

// plainPathError strips the path from an *fs.PathError, whose path the
// DocError already names.
func plainPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
