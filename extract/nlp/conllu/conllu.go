// Package conllu reads treebanks in the CoNLL-U format of Universal
// Dependencies: sentences of words with lemma, tags, head and relation,
// their comments, and multiword tokens. Empty nodes (IDs like "8.1") are
// skipped, as the basic dependency tree does not use them.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// A Word is one syntactic word line.
type Word struct {
	ID     int // 1-based position in the sentence
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 for the root
	Deprel string
	Deps   string
	Misc   string
}

// MiscValue returns the value of key in the word's MISC column
// ("SpaceAfter", "Entity", …) and whether it is present.
func (w Word) MiscValue(key string) (string, bool) {
	if w.Misc == "_" || w.Misc == "" {
		return "", false
	}
	for _, kv := range strings.Split(w.Misc, "|") {
		k, v, ok := strings.Cut(kv, "=")
		if ok && k == key {
			return v, true
		}
	}
	return "", false
}

// A MultiWord is a surface token that spans several words ("don't" =
// "do" + "n't").
type MultiWord struct {
	First, Last int // word IDs covered, inclusive
	Form        string
	Misc        string
}

// A Sentence is one sentence of a treebank.
type Sentence struct {
	Comments []string // comment lines without the leading "# "
	Words    []Word
	Multi    []MultiWord
}

// Comment returns the value of the comment "key = value" and whether it is
// present ("text", "sent_id", "newdoc id").
func (s *Sentence) Comment(key string) (string, bool) {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}

// Text returns the sentence text from the "# text" comment, or the words
// joined by spaces when it is missing.
func (s *Sentence) Text() string {
	if t, ok := s.Comment("text"); ok {
		return t
	}
	forms := make([]string, len(s.Words))
	for i, w := range s.Words {
		forms[i] = w.Form
	}
	return strings.Join(forms, " ")
}

// A ParseError reports a malformed line.
type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// Read reads every sentence from r.
func Read(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		switch {
		case text == "":
			flush()
			continue
		case strings.HasPrefix(text, "#"):
			cur.Comments = append(cur.Comments, strings.TrimSpace(strings.TrimPrefix(text, "#")))
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return nil, &ParseError{line, fmt.Errorf("%d columns, want 10", len(cols))}
		}
		id := cols[0]
		if strings.Contains(id, ".") {
			continue // empty node
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil {
				return nil, &ParseError{line, fmt.Errorf("bad multiword ID %q", id)}
			}
			cur.Multi = append(cur.Multi, MultiWord{First: first, Last: last, Form: cols[1], Misc: cols[9]})
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil {
			return nil, &ParseError{line, fmt.Errorf("bad ID %q", id)}
		}
		head := 0
		if cols[6] != "_" {
			if head, err = strconv.Atoi(cols[6]); err != nil {
				return nil, &ParseError{line, fmt.Errorf("bad HEAD %q", cols[6])}
			}
		}
		cur.Words = append(cur.Words, Word{
			ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
			Feats: cols[5], Head: head, Deprel: cols[7], Deps: cols[8], Misc: cols[9],
		})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return out, nil
}

// ReadFile reads every sentence of the named file.
func ReadFile(name string) ([]Sentence, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return s, nil
}
