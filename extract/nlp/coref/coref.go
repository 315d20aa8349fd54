// Package coref resolves coreference in documents analysed by newsgraph's
// NLP core (extract/nlp): it finds the mentions of a document (names,
// pronouns, definite descriptions and other noun phrases), links each
// third-person pronoun ("he", "its", "them") and definite description
// ("the company", "the minister") to its antecedent, and groups the
// mentions into chains. For the extractor, Resolution.Name answers the
// question that matters most: which named mention does "he" in "he said"
// or "the company" in "the company announced" refer to.
//
// Names are linked to earlier names by rules (same words; a person's
// surname after the full name; an acronym after the words it abbreviates).
// Pronouns and descriptions are resolved by a mention-ranking model: an
// averaged perceptron scores each preceding candidate mention, and a "no
// antecedent" choice, from features of the pair (distance, grammatical
// roles, number, gender and animacy agreement, entity types, head words)
// and of the chain the candidate already belongs to. The model was
// trained on the coreference chains of GUM (see README.md) and is
// embedded in the binary.
//
// Resolution reads the tokens' UPOS, XPOS, lemma, head and relation and
// the sentences' entity mentions. A sentence without a parse (every Head
// -1 and every Rel empty, as analyze.AnalyzeSome leaves the sentences it
// skips) is handled from its tags alone: noun phrases are chunked from
// the part-of-speech tags and grammatical roles are unknown, which costs
// accuracy (README.md gives the figures) but never fails.
package coref

import (
	"github.com/newsgraph/newsgraph/extract/nlp"
)

// A Kind is the kind of a mention.
type Kind uint8

// The kinds of mentions.
const (
	// Other is a noun phrase that is neither a name nor a definite
	// description ("a company", "his wife", "officials"). It can be an
	// antecedent but is not resolved itself.
	Other Kind = iota
	// Name is a named mention: an entity mention of the recognizer
	// (PERSON, ORG, PLACE) or a noun phrase headed by a proper noun.
	Name
	// Pronoun is a third-person personal, possessive or reflexive pronoun
	// (he, him, his, himself, she, it, they, …).
	Pronoun
	// Description is a definite description: a common noun phrase
	// with "the" or a demonstrative ("the company", "this agency").
	Description
	// Speaker is a first- or second-person pronoun (I, we, you, …).
	Speaker
)

var kindNames = [...]string{"other", "name", "pronoun", "description", "speaker"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(?)"
}

// A Mention is a mention of an entity: tokens [Start, End) of sentence
// Sentence of the document, with its head token.
type Mention struct {
	Sentence   int
	Start, End int
	Head       int // token index of the head word, Start <= Head < End
	Kind       Kind
	// Type is the entity type of a name as the recognizer gave it
	// (PERSON, ORG, PLACE, NORP) or "" (a proper-noun phrase it missed,
	// and every other kind).
	Type string
	// NER is the index of the recognizer's mention in
	// Document.Sentences[Sentence].Mentions that this mention is, or -1.
	NER int
	// Antecedent is the index in Resolution.Mentions of the mention this
	// one was linked to, or -1: the first mention of its entity, or not
	// resolved.
	Antecedent int
	// Chain is the index in Resolution.Chains of the mention's chain, or
	// -1 when no other mention refers to the same entity.
	Chain int
}

// A Resolution is the coreference of one document.
type Resolution struct {
	// Mentions are in document order (by sentence, then start, longer
	// spans first).
	Mentions []Mention
	// Chains lists the mentions (indices into Mentions, ascending) of
	// each entity mentioned at least twice, in order of first mention.
	Chains [][]int
	// heads maps a sentence's token to the mention it heads, per
	// sentence: heads[s][t] is a mention index + 1, 0 for none.
	heads [][]int32
}

// At returns the index of the mention whose head is token tok of sentence
// sent, or of the smallest mention containing that token when no mention
// is headed there.
func (r *Resolution) At(sent, tok int) (int, bool) {
	if sent < 0 || sent >= len(r.heads) || tok < 0 || tok >= len(r.heads[sent]) {
		return -1, false
	}
	if i := r.heads[sent][tok]; i > 0 {
		return int(i) - 1, true
	}
	best := -1
	for i, m := range r.Mentions {
		if m.Sentence != sent || tok < m.Start || tok >= m.End {
			continue
		}
		if best < 0 || m.End-m.Start < r.Mentions[best].End-r.Mentions[best].Start {
			best = i
		}
	}
	return best, best >= 0
}

// Name returns the index of the named mention that mention i refers to.
// It follows the antecedents from i to the first Name mention (i itself
// when it is a name) and on through the names that name repeats ("Obama"
// → "Barack Obama"), and returns the longest of those names, the earliest
// on ties. When the path holds no name, it returns the nearest Name
// mention of i's chain before i, or else the first one after it. ok is
// false when the chain holds no name (or i is out of range).
func (r *Resolution) Name(i int) (int, bool) {
	if i < 0 || i >= len(r.Mentions) {
		return -1, false
	}
	best := -1
	for j, steps := i, 0; j >= 0 && steps <= len(r.Mentions); j, steps = r.Mentions[j].Antecedent, steps+1 {
		m := r.Mentions[j]
		if m.Kind != Name {
			if best >= 0 {
				break
			}
			continue
		}
		if best < 0 || m.End-m.Start >= r.Mentions[best].End-r.Mentions[best].Start {
			best = j
		}
	}
	if best >= 0 {
		return best, true
	}
	c := r.Mentions[i].Chain
	if c < 0 || c >= len(r.Chains) {
		return -1, false
	}
	for _, j := range r.Chains[c] {
		if r.Mentions[j].Kind != Name {
			continue
		}
		if j < i || best < 0 {
			best = j
		}
		if j > i {
			break
		}
	}
	return best, best >= 0
}

// Referent returns the named mention that the mention at token tok of
// sentence sent (see At) refers to, for an extractor that has the head
// word of a subject or object: "he" in "he said", "company" in "the
// company announced", a surname standing for a full name. ok is false
// when no mention is there or its chain holds no name.
func (r *Resolution) Referent(sent, tok int) (Mention, bool) {
	i, ok := r.At(sent, tok)
	if !ok {
		return Mention{}, false
	}
	j, ok := r.Name(i)
	if !ok {
		return Mention{}, false
	}
	return r.Mentions[j], true
}

// Text returns the text of mention m in doc: the bytes from its first
// token's start to its last token's end, or "" when m is not a mention of
// doc.
func (m Mention) Text(doc *nlp.Document) string {
	if m.Sentence < 0 || m.Sentence >= len(doc.Sentences) {
		return ""
	}
	toks := doc.Sentences[m.Sentence].Tokens
	if m.Start < 0 || m.End > len(toks) || m.Start >= m.End {
		return ""
	}
	return doc.Text[toks[m.Start].Start:toks[m.End-1].End]
}
