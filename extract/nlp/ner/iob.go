package ner

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/extract/nlp"
)

// An IOBSentence is one sentence of a named-entity file in the IOB2 or IO
// format (ReadIOB): its words and its gold spans.
type IOBSentence struct {
	// Doc is the document the sentence belongs to: the value of the last
	// "# newdoc id" comment, or "doc N" for the Nth "-DOCSTART-" line.
	Doc string
	// NewDoc is set on the first sentence of each document.
	NewDoc bool
	ID     string // the "# sent_id" comment, if any
	Words  []string
	// Names are the PER, ORG and LOC spans, typed PERSON, ORG and PLACE.
	Names []nlp.Mention
	// Others are the spans of any other type (UNER's OTH, CoNLL's MISC),
	// typed by the label as written.
	Others []nlp.Mention
}

// An IOBError reports a malformed line of a named-entity file.
type IOBError struct {
	File string // "" when reading from a reader without a name
	Line int
	Err  error
}

// Error returns "file:line: problem".
func (e *IOBError) Error() string {
	if e.File == "" {
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the problem, ErrIOBColumns or ErrIOBTag (wrapped) or a
// read error.
func (e *IOBError) Unwrap() error { return e.Err }

// Errors of ReadIOB, wrapped in an *IOBError.
var (
	ErrIOBColumns = errors.New("want a word and a tag (UNER: ID, word, tag, …; CoNLL: word … tag)")
	ErrIOBTag     = errors.New("tag is not O, B-TYPE or I-TYPE")
)

// iobTypes maps the entity labels of UNER and CoNLL to mention types.
var iobTypes = map[string]string{"PER": Person, "ORG": Org, "LOC": Place}

// ReadIOB reads a named-entity file: one word per line with its tag,
// sentences separated by blank lines. Two layouts are read:
//
//   - Universal NER (IOB2): tab-separated columns ID, word, tag and
//     annotation notes, with "# newdoc id", "# sent_id" and "# text"
//     comments;
//   - CoNLL (IOB1 or IO, as Wikigold): the word first and the tag last,
//     separated by spaces or tabs, with "-DOCSTART-" lines between
//     documents.
//
// Tags are O, B-TYPE or I-TYPE; an I- tag that does not continue a span
// of its type starts one (IO files have no B- tags). A "B-O" or "I-O" tag
// (stray in UNER's train file) counts as O. PER, ORG and LOC spans become
// Names; spans of other types become Others.
func ReadIOB(r io.Reader) ([]IOBSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var (
		out    []IOBSentence
		cur    IOBSentence
		tags   []string
		doc    string
		newDoc bool
		ndocs  int
		line   int
	)
	flush := func() {
		if len(cur.Words) == 0 {
			return
		}
		cur.Doc, cur.NewDoc = doc, newDoc
		newDoc = false
		cur.Names, cur.Others = iobSpans(tags)
		out = append(out, cur)
		cur, tags = IOBSentence{}, nil
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(text) == "":
			flush()
			continue
		case strings.HasPrefix(text, "#"):
			if k, v, ok := strings.Cut(text[1:], "="); ok {
				switch strings.TrimSpace(k) {
				case "newdoc id":
					flush()
					doc, newDoc = strings.TrimSpace(v), true
					ndocs++
				case "sent_id":
					cur.ID = strings.TrimSpace(v)
				}
			}
			continue
		case strings.HasPrefix(text, "-DOCSTART-"):
			flush()
			ndocs++
			doc, newDoc = fmt.Sprintf("doc %d", ndocs), true
			continue
		}
		var word, tag string
		if f := strings.Split(text, "\t"); len(f) >= 3 && isDigits(f[0]) {
			word, tag = f[1], f[2]
		} else if f := strings.Fields(text); len(f) >= 2 {
			word, tag = f[0], f[len(f)-1]
		} else {
			return nil, &IOBError{Line: line, Err: ErrIOBColumns}
		}
		if !validIOBTag(tag) {
			return nil, &IOBError{Line: line, Err: fmt.Errorf("%w: %q", ErrIOBTag, tag)}
		}
		if doc == "" && len(out) == 0 && len(cur.Words) == 0 {
			newDoc = true // the first document has no header
		}
		cur.Words = append(cur.Words, word)
		tags = append(tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, &IOBError{Line: line + 1, Err: err}
	}
	flush()
	return out, nil
}

// ReadIOBFile is ReadIOB on a named file; errors name the file.
func ReadIOBFile(name string) ([]IOBSentence, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ReadIOB(f)
	var ie *IOBError
	if errors.As(err, &ie) {
		ie.File = name
	}
	return s, err
}

func validIOBTag(t string) bool {
	if t == "O" {
		return true
	}
	return len(t) > 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-'
}

// iobSpans turns the tags of one sentence into spans.
func iobSpans(tags []string) (names, others []nlp.Mention) {
	start, typ := -1, ""
	end := func(i int) {
		if start < 0 {
			return
		}
		m := nlp.Mention{Start: start, End: i}
		if t, ok := iobTypes[typ]; ok {
			m.Type = t
			names = append(names, m)
		} else {
			m.Type = typ
			others = append(others, m)
		}
		start = -1
	}
	for i, t := range tags {
		if t == "O" || t[2:] == "O" {
			end(i)
			continue
		}
		ty := t[2:]
		if t[0] == 'B' || start < 0 || ty != typ {
			end(i)
			start, typ = i, ty
		}
	}
	end(len(tags))
	return names, others
}
