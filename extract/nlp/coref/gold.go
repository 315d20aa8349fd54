package coref

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
)

// ErrEntity reports a malformed Entity annotation in a CoNLL-U file.
var ErrEntity = errors.New("malformed Entity annotation")

// A GoldMention is one mention of GUM's coreference annotation.
type GoldMention struct {
	Sentence   int // index in GoldDoc.Sentences
	Start, End int // words [Start, End) of the sentence
	// Head is the first word of the mention whose head (in the gold
	// tree) lies outside it.
	Head   int
	Entity int    // the entity (chain) within the document
	Type   string // GUM's entity type: person, organization, place, …
	Lemma  string // lower-case gold lemma of the head
	// Named: the head is a proper noun (gold UPOS PROPN).
	Named bool
	// Pronoun: a one-word third-person personal pronoun (he, his, it,
	// them, themselves, …).
	Pronoun bool
	// Description: the first word is "the" and the head is neither a
	// proper noun nor a pronoun.
	Description bool
}

// A GoldDoc is one document of a treebank with coreference annotation.
type GoldDoc struct {
	ID        string
	Sentences []conllu.Sentence
	Mentions  []GoldMention // in order of start (sentence, start, longer first)
}

// Tokens returns the document's text (the words joined by spaces, one
// sentence a line) split into its gold sentences and words, with nothing
// else filled in (every Head -1): the input of an analyzer that keeps the
// gold tokenization.
func (d *GoldDoc) Tokens() *nlp.Document {
	var b strings.Builder
	doc := &nlp.Document{Sentences: make([]nlp.Sentence, len(d.Sentences))}
	for i, s := range d.Sentences {
		if i > 0 {
			b.WriteByte('\n')
		}
		toks := make([]nlp.Token, len(s.Words))
		for j, w := range s.Words {
			if j > 0 {
				b.WriteByte(' ')
			}
			toks[j] = nlp.Token{Start: b.Len(), Text: w.Form, Head: -1}
			b.WriteString(w.Form)
			toks[j].End = b.Len()
		}
		doc.Sentences[i] = nlp.Sentence{Tokens: toks}
		if len(toks) > 0 {
			doc.Sentences[i].Start, doc.Sentences[i].End = toks[0].Start, toks[len(toks)-1].End
		}
	}
	doc.Text = b.String()
	return doc
}

// GoldDocs splits sentences into documents at each "newdoc id" comment
// and reads the coreference annotation of each (the Entity key of the
// MISC column, in the bracket format of GUM and CorefUD). Mentions of the
// same entity share Entity. It fails on unbalanced brackets.
func GoldDocs(sents []conllu.Sentence) ([]GoldDoc, error) {
	var docs []GoldDoc
	for i := range sents {
		id, ok := sents[i].Comment("newdoc id")
		if ok || len(docs) == 0 {
			docs = append(docs, GoldDoc{ID: id})
		}
		d := &docs[len(docs)-1]
		d.Sentences = append(d.Sentences, sents[i])
	}
	for k := range docs {
		if err := readEntities(&docs[k]); err != nil {
			return nil, fmt.Errorf("document %q: %w", docs[k].ID, err)
		}
	}
	return docs, nil
}

func readEntities(d *GoldDoc) error {
	ids := map[string]int{}
	for si := range d.Sentences {
		s := &d.Sentences[si]
		type open struct {
			start int
			id    string
			etype string
		}
		stack := map[string][]open{}
		where := func(wi int) string {
			sid, _ := s.Comment("sent_id")
			return fmt.Sprintf("sentence %s word %d", sid, wi+1)
		}
		for wi, w := range s.Words {
			v, ok := w.MiscValue("Entity")
			if !ok {
				continue
			}
			for v != "" {
				switch {
				case v[0] == '(':
					end := strings.IndexAny(v[1:], "()")
					body, closed := v[1:], false
					if end >= 0 {
						body = v[1 : 1+end]
						closed = v[1+end] == ')'
						v = v[1+end:]
						if closed {
							v = v[1:]
						}
					} else {
						v = ""
					}
					f := strings.Split(body, "-")
					if len(f) < 2 || f[0] == "" {
						return fmt.Errorf("%s: %w: %q", where(wi), ErrEntity, body)
					}
					o := open{start: wi, id: f[0], etype: f[1]}
					if closed {
						d.addMention(ids, si, o.start, wi+1, o.id, o.etype)
					} else {
						stack[o.id] = append(stack[o.id], o)
					}
				default:
					end := strings.IndexByte(v, ')')
					if end <= 0 {
						return fmt.Errorf("%s: %w: %q", where(wi), ErrEntity, v)
					}
					id := v[:end]
					v = v[end+1:]
					st := stack[id]
					if len(st) == 0 {
						return fmt.Errorf("%s: %w: %q closes no open mention", where(wi), ErrEntity, id)
					}
					o := st[len(st)-1]
					stack[id] = st[:len(st)-1]
					d.addMention(ids, si, o.start, wi+1, o.id, o.etype)
				}
			}
		}
		for id, st := range stack {
			if len(st) > 0 {
				return fmt.Errorf("%s: %w: mention %q not closed in its sentence", where(st[0].start), ErrEntity, id)
			}
		}
	}
	sortGold(d.Mentions)
	return nil
}

func (d *GoldDoc) addMention(ids map[string]int, si, a, b int, id, etype string) {
	e, ok := ids[id]
	if !ok {
		e = len(ids)
		ids[id] = e
	}
	words := d.Sentences[si].Words
	h := a
	for i := a; i < b; i++ {
		if hd := words[i].Head - 1; hd < a || hd >= b {
			h = i
			break
		}
	}
	hw := words[h]
	m := GoldMention{Sentence: si, Start: a, End: b, Head: h, Entity: e, Type: etype, Lemma: strings.ToLower(hw.Lemma)}
	m.Named = hw.UPOS == "PROPN"
	if b-a == 1 {
		if p, ok := pronouns[strings.ToLower(hw.Form)]; ok && p.person == 3 && hw.UPOS == "PRON" {
			m.Pronoun = true
		}
	}
	if !m.Named && hw.UPOS != "PRON" && strings.EqualFold(words[a].Form, "the") {
		m.Description = true
	}
	d.Mentions = append(d.Mentions, m)
}

func sortGold(ms []GoldMention) {
	slices.SortStableFunc(ms, func(a, b GoldMention) int {
		if a.Sentence != b.Sentence {
			return a.Sentence - b.Sentence
		}
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
}
