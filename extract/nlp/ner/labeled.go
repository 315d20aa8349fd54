package ner

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
)

// A Labeled sentence is a sentence of training or evaluation data with its
// gold names, the form in which Train and EvaluateLabeled take data from
// any corpus (FromGUM, FromIOB).
type Labeled struct {
	Words []string
	// UPOS and XPOS are the sentence's tags; nil when unknown (Train and
	// EvaluateLabeled then need a TagFunc).
	UPOS, XPOS []string
	// Names are the gold PERSON, ORG and PLACE mentions under the span
	// rule (see the package README).
	Names []nlp.Mention
	// Others are names of other kinds (events, works, products…), which
	// the span typer learns to reject; they may be incomplete. Their
	// Type is the corpus's own label.
	Others []nlp.Mention
	// NewDoc is set on the first sentence of each document.
	NewDoc bool
}

// FromGUM converts GUM sentences: Names are GoldNames, Others the names
// that the same rule derives from the mentions of GUM's other entity
// types (event, object, abstract, time, substance, animal, plant) that
// overlap no gold name, and tags are GUM's gold tags.
func FromGUM(sents []conllu.Sentence) []Labeled {
	out := make([]Labeled, len(sents))
	for i := range sents {
		s := &sents[i]
		l := Labeled{Words: make([]string, len(s.Words)), UPOS: make([]string, len(s.Words)), XPOS: make([]string, len(s.Words))}
		for j, w := range s.Words {
			l.Words[j], l.UPOS[j], l.XPOS[j] = w.Form, w.UPOS, w.XPOS
		}
		l.Names = GoldNames(*s)
		names := append([]nlp.Mention{}, l.Names...)
		for _, o := range goldNamesOfTyped(*s) {
			if o.Type == Person || o.Type == Org || o.Type == Place {
				continue
			}
			if !overlapsAny(names, o.Start, o.End) {
				l.Others = append(l.Others, o)
			}
			names = append(names, o)
		}
		_, l.NewDoc = s.Comment("newdoc id")
		out[i] = l
	}
	return out
}

// goldNamesOfTyped applies the GoldNames rule to the mentions of every
// GUM entity type, typing the others by their GUM type ("event",
// "object"…).
func goldNamesOfTyped(s conllu.Sentence) []nlp.Mention {
	return goldNamesOf(s, allGUMTypes)
}

// allGUMTypes maps every GUM entity type to its mention type: PERSON,
// ORG and PLACE, and the GUM type itself for the others.
var allGUMTypes = map[string]string{"person": Person, "organization": Org, "place": Place,
	"event": "event", "object": "object", "abstract": "abstract", "time": "time",
	"substance": "substance", "animal": "animal", "plant": "plant"}

// FromIOB converts sentences of a named-entity file, with their names as
// annotated (see NormalizeNames for training). Tags are left nil.
func FromIOB(sents []IOBSentence) []Labeled {
	out := make([]Labeled, len(sents))
	for i, s := range sents {
		out[i] = Labeled{Words: s.Words, Names: s.Names, Others: s.Others, NewDoc: s.NewDoc}
	}
	return out
}

// NormalizeNames brings names annotated under another corpus's
// conventions to the span rule of GoldNames, as far as the words alone
// allow. It trims a lower-case article ("the United States" → "United
// States") and a sentence-initial "The", punctuation and quotes at
// either end, and a possessive "'s" or "'" at the end; it drops the
// titles before a person's name of two or more words ("President Barack
// Obama" → "Barack Obama"), and it drops PLACE names made only of
// nationality words ("Italian", which Re-DocRED marks LOC; the recognizer
// calls those NORP). Names left empty are dropped. It returns a new
// slice.
func NormalizeNames(words []string, ms []nlp.Mention) []nlp.Mention {
	var out []nlp.Mention
	for _, m := range ms {
		st, en := m.Start, m.End
		for st < en {
			w := words[st]
			if w == "the" || w == "a" || w == "an" || st == 0 && w == "The" || isPunct(w) {
				st++
				continue
			}
			break
		}
		for en > st {
			w := words[en-1]
			if w == "'s" || w == "'" || w == "’s" || w == "’" || isPunct(w) {
				en--
				continue
			}
			break
		}
		if m.Type == Person {
			for en-st > 2 && isTitle(words[st]) {
				st++
			}
			if en-st == 2 && isTitle(words[st]) && strings.HasSuffix(words[st], ".") {
				st++ // "Mr. Smith"
			}
		}
		if st >= en {
			continue
		}
		if m.Type == Place && allDemonymWords(words[st:en]) {
			continue
		}
		out = append(out, nlp.Mention{Start: st, End: en, Type: m.Type})
	}
	return out
}

// isPunct reports whether w is made only of ASCII punctuation or
// typographic quotes and dashes.
func isPunct(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		switch {
		case r < 0x80 && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'):
		case r == '“' || r == '”' || r == '‘' || r == '’' || r == '–' || r == '—' || r == '«' || r == '»':
		default:
			return false
		}
	}
	return true
}
