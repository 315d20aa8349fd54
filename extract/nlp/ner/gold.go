package ner

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
)

// A gumMention is one mention of GUM's Entity annotation: words
// [start, end) (0-based) and the entity type.
type gumMention struct {
	start, end int
	etype      string
}

// gumMentions parses the Entity MISC brackets of s: "(ID-type-…" opens a
// mention on its first word, "ID)" closes it, "(ID-type-…)" is a one-word
// mention. Unbalanced brackets are ignored.
func gumMentions(s conllu.Sentence) []gumMention {
	type open struct {
		id    string
		etype string
		start int
	}
	var stack []open
	var out []gumMention
	for i, w := range s.Words {
		v, ok := w.MiscValue("Entity")
		if !ok {
			continue
		}
		for j := 0; j < len(v); {
			switch {
			case v[j] == '(':
				k := j + 1
				for k < len(v) && v[k] != '(' && v[k] != ')' {
					k++
				}
				body := v[j+1 : k]
				id, rest, _ := strings.Cut(body, "-")
				etype, _, _ := strings.Cut(rest, "-")
				if k < len(v) && v[k] == ')' {
					out = append(out, gumMention{i, i + 1, etype})
					k++
				} else {
					stack = append(stack, open{id, etype, i})
				}
				j = k
			default:
				k := j
				for k < len(v) && v[k] != '(' && v[k] != ')' {
					k++
				}
				id := v[j:k]
				if k < len(v) && v[k] == ')' {
					k++
					for n := len(stack) - 1; n >= 0; n-- {
						if stack[n].id == id {
							out = append(out, gumMention{stack[n].start, i + 1, stack[n].etype})
							stack = append(stack[:n], stack[n+1:]...)
							break
						}
					}
				}
				if k == j {
					k++
				}
				j = k
			}
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].start != out[b].start {
			return out[a].start < out[b].start
		}
		return out[a].end > out[b].end
	})
	return out
}

// gumTypes maps GUM entity types to mention types.
var gumTypes = map[string]string{"person": "PERSON", "organization": "ORG", "place": "PLACE"}

// isProper reports whether w is a proper noun: UPOS PROPN or Penn tag
// NNP/NNPS (GUM tags name parts such as "United" in "United States" VERB
// with XPOS NNP).
func isProper(w conllu.Word) bool {
	return w.UPOS == "PROPN" || w.XPOS == "NNP" || w.XPOS == "NNPS"
}

// nameRel reports whether dependent w belongs to the name of its head.
func nameRel(w conllu.Word) bool {
	base, sub, _ := strings.Cut(w.Deprel, ":")
	switch base {
	case "flat":
		return true
	case "compound", "nmod", "amod", "nummod":
		// "Bank of America", "Middle East", "World War II", "Boeing 747":
		// a proper-noun or numeral modifier, but not a title ("President"
		// is nmod:desc), a possessor (nmod:poss), a particle (compound:prt)
		// or a lower-case common noun ("mainland Australia").
		return sub == "" && (isProper(w) || w.UPOS == "NUM" && base != "amod")
	}
	return false
}

// gapRel reports whether a word with relation rel may sit inside a name
// between name words: "of" in "Bank of America", "the" in "University of
// the West Indies", "&", hyphens.
func gapRel(rel string) bool {
	base, _, _ := strings.Cut(rel, ":")
	switch base {
	case "case", "det", "cc", "punct":
		return true
	}
	return false
}

// GoldNames derives the gold named-entity mentions of a GUM sentence from
// its Entity annotation. The rule, applied alike to train, dev and test:
//
//  1. Take every mention of GUM type person, organization or place; they
//     become PERSON, ORG and PLACE.
//
//  2. Its head is the first word of the mention whose syntactic head lies
//     outside the mention. A word is a proper noun when its UPOS is PROPN
//     or its Penn tag NNP or NNPS (GUM tags "United" in "United States"
//     VERB/NNP, "Medical" in "Medical Journal" ADJ/NNP). If the head is
//     not a proper noun,
//     the mention is skipped: "the minister", "he", "US officials" (the
//     nested "US" is a mention of its own).
//
//  3. The name is the head together with its dependents, recursively,
//     inside the mention, that attach by flat (any subtype), or by
//     compound, nmod, amod or nummod without subtype when they are proper
//     nouns (or numbers, except for amod): "Bank of America", "World War
//     II"; a lower-case common-noun compound is left out ("mainland
//     Australia" → "Australia"). Titles (nmod:desc: "President", "Mr."), possessors
//     (nmod:poss), appositions and conjuncts are left out, and so is a
//     possessive "'s".
//
//  4. The name is the span from its first to its last word. Words inside
//     that span which are not name words must be function dependents of
//     name words (case, det, cc, punct: "Bank of America", "University of
//     the West Indies", "AT&T"); otherwise the span shrinks to the largest
//     contiguous run of name words around the head.
//
//  5. A determiner just before the span that is a dependent of a name word
//     is added when it is written "The" and is not the sentence's first
//     word ("in The Hague", "at The Guardian"); a lower-case "the" ("the
//     United States") and a sentence-initial "The" are left out.
//
//  6. Where derived names overlap, the longer one (then the earlier, then
//     the one from the outer mention) is kept; exact duplicates are merged.
//
//  7. A person mention whose head is a title word ("the President", "the
//     Speaker", "King of Athens", see isTitle) is skipped: it describes a
//     person rather than naming one. A nested place or organization name
//     inside it ("Athens") still counts.
//
//  8. A person name made only of nationality words of the gazetteer
//     ("Americans", "the Israelis"), or of one plural proper noun (NNPS:
//     "Texans", "Democrats"), is skipped: it names a group by nationality,
//     origin or affiliation, which the recognizer reports as NORP (not
//     evaluated).
//
// nmod dependents count as name words only when they carry no case marker
// other than "of" ("Bank of America", but not "Senator from Alaska").
func GoldNames(s conllu.Sentence) []nlp.Mention {
	return goldNamesOf(s, gumTypes)
}

// other is the type of names that are not people, organizations or places.
const other = "OTHER"

// goldNamesOf applies the GoldNames rule to the mentions whose GUM type
// is a key of types, typing them by its value.
func goldNamesOf(s conllu.Sentence, types map[string]string) []nlp.Mention {
	words := s.Words
	n := len(words)
	var cands []nlp.Mention
	for _, gm := range gumMentions(s) {
		typ, ok := types[gm.etype]
		if !ok {
			continue
		}
		head := -1
		for i := gm.start; i < gm.end; i++ {
			h := words[i].Head - 1
			if h < gm.start || h >= gm.end {
				head = i
				break
			}
		}
		if head < 0 || !isProper(words[head]) {
			continue
		}
		if typ == "PERSON" && isTitle(words[head].Form) {
			continue
		}
		in := make([]bool, n)
		in[head] = true
		for changed := true; changed; {
			changed = false
			for i := gm.start; i < gm.end; i++ {
				h := words[i].Head - 1
				if in[i] || h < 0 || h >= n || !in[h] {
					continue
				}
				if nameRel(words[i]) && !foreignCase(words, i) {
					in[i] = true
					changed = true
				}
			}
		}
		lo, hi := head, head+1
		for i := gm.start; i < gm.end; i++ {
			if in[i] {
				lo = min(lo, i)
				hi = max(hi, i+1)
			}
		}
		for i := lo; i < hi; i++ {
			h := words[i].Head - 1
			if in[i] || (h >= 0 && h < n && in[h] && gapRel(words[i].Deprel)) {
				continue
			}
			// Not contiguous: fall back to the run of name words around
			// the head.
			lo, hi = head, head+1
			for lo > gm.start && in[lo-1] {
				lo--
			}
			for hi < gm.end && in[hi] {
				hi++
			}
			break
		}
		// Trim function words at the edges (a "'s" or a comma).
		for lo < head && !in[lo] {
			lo++
		}
		for hi > head+1 && !in[hi-1] {
			hi--
		}
		if p := lo - 1; p > 0 && p >= gm.start && words[p].Form == "The" && strings.HasPrefix(words[p].Deprel, "det") {
			if h := words[p].Head - 1; h >= 0 && h < n && in[h] {
				lo = p
			}
		}
		if typ == "PERSON" && (allDemonyms(words[lo:hi]) || hi-lo == 1 && words[lo].XPOS == "NNPS") {
			continue
		}
		cands = append(cands, nlp.Mention{Start: lo, End: hi, Type: typ})
	}
	return resolveOverlaps(cands)
}

// foreignCase reports whether word i has a case marker other than "of"
// ("Senator from Alaska": "Alaska" is not part of a name).
func foreignCase(words []conllu.Word, i int) bool {
	if !strings.HasPrefix(words[i].Deprel, "nmod") {
		return false
	}
	for j, w := range words {
		if w.Head-1 == i && w.Deprel == "case" && !strings.EqualFold(words[j].Form, "of") {
			return true
		}
	}
	return false
}

// allDemonyms reports whether every word is a nationality word.
func allDemonyms(ws []conllu.Word) bool {
	for _, w := range ws {
		if !IsDemonym(w.Form) {
			return false
		}
	}
	return true
}

// resolveOverlaps keeps, among overlapping mentions, the longest (then the
// earliest, then the first given), and returns them in text order.
func resolveOverlaps(ms []nlp.Mention) []nlp.Mention {
	idx := make([]int, len(ms))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ma, mb := ms[idx[a]], ms[idx[b]]
		if la, lb := ma.End-ma.Start, mb.End-mb.Start; la != lb {
			return la > lb
		}
		return ma.Start < mb.Start
	})
	var out []nlp.Mention
	for _, i := range idx {
		m := ms[i]
		ok := true
		for _, o := range out {
			if m.Start < o.End && o.Start < m.End {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}
