package parse

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/coref"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
)

// A sent is one analysed sentence with what the extractor derives from its
// tokens once: the children of each token, which tokens lie inside a
// quotation, the mention covering each token, and its paragraph.
type sent struct {
	*nlp.Sentence
	idx  int
	para int // paragraph index (paragraphs are separated by line breaks)
	// kids[i] are the dependents of token i, in order.
	kids [][]int
	// quote[i] is the index of the quotation token i lies in, or -1.
	quote []int
	// ment[i] is the index of the mention covering token i, or -1.
	ment []int
	// low[i] is token i's text in lower case; lemma[i] its lemma in lower
	// case.
	low, lemma []string
	// lowerSeen is the document's set of words written in lower case,
	// capSeen of those capitalised inside a sentence (shared by its
	// sentences).
	lowerSeen, capSeen map[string]bool
	// surnames holds the calendar words that end a person's name in the
	// document ("may" of "Theresa May"), shared by its sentences: alone,
	// they name the person ("May said"), unless a time word is around.
	surnames map[string]bool
	// heading is set for lines that are not sentences: the headline's
	// date line, bylines, lines without a verb.
	heading bool
}

// A pos addresses a token: sentence and token index.
type pos struct{ s, t int }

// A doc is the state of one extraction.
type doc struct {
	d newsgraph.Doc
	// glossSpans are the byte spans of glosses in another language
	// (see glosses), found at the first need.
	glossSpans [][2]int
	// roadTowns are the roads and towns of a sentence's "road in town"
	// (see roadInTown), for closeLocations.
	roadTowns [][2]int
	nd        *nlp.Document
	sents     []*sent

	quotes []*quotation
	// lastNames holds the last words of the recognizer's person names
	// of two words or more (docSurname), made by build.
	lastNames map[string]bool
	// turns are the turns of an interview transcript, in order.
	turns []turn
	// pendingCont is the quotation a quotation being read continues.
	pendingCont int
	ments       []*mention
	ents        []*entity
	facts       []fact
	// lowerSeen holds the words the document writes in lower case,
	// capSeen those it capitalises inside sentences.
	lowerSeen, capSeen map[string]bool
	// usuallyLower reports whether the recognizer's training text writes
	// a word mostly in lower case (nil: nothing known).
	usuallyLower func(string) bool
	// placeWords holds the folded one-word names the recognizer types
	// as places anywhere in the document.
	placeWords map[string]bool
	// placeNames holds the folded names of every place mention of the
	// recognizer.
	placeNames map[string]bool
	// surnames holds the calendar words that end a person's name ("may"
	// of "Theresa May").
	surnames map[string]bool
	// personWords holds the lower-case words of the recognizer's person
	// names anywhere in the document.
	personWords map[string]bool
	// coref is the document's coreference.
	coref *coref.Resolution
	// verbSpeaker holds, plus one, the speaker a speech verb's quotation
	// was given to.
	verbSpeaker map[pos]int
	// quoteVerb marks the speech verbs that attributed a quotation by
	// the words around it.
	quoteVerb map[pos]bool
	// bracketRoles holds the roles an editor noted in square brackets
	// after a name, by the name's last token ("Ramdas [local MLA]").
	bracketRoles map[pos]string
	// factSeen deduplicates facts: subject, predicate, object, sentence.
	factSeen map[factKey]bool
}

type factKey struct {
	s, o, sent int
	pred       string
	neg        bool
}

// build fills in the per-sentence structure.
func (x *doc) build() {
	para := 0
	prevEnd := 0
	for i := range x.nd.Sentences {
		s := &x.nd.Sentences[i]
		if strings.Contains(x.d.Text[prevEnd:s.Start], "\n") {
			para++
		}
		prevEnd = s.End
		n := len(s.Tokens)
		subjectAfterTime(s.Tokens)
		st := &sent{Sentence: s, idx: i, para: para,
			kids: make([][]int, n), quote: make([]int, n), ment: make([]int, n),
			low: make([]string, n), lemma: make([]string, n)}
		for j := range s.Tokens {
			t := &s.Tokens[j]
			st.quote[j], st.ment[j] = -1, -1
			st.low[j] = strings.ToLower(t.Text)
			l := t.Lemma
			if l == "" || l == "_" {
				l = t.Text
			}
			st.lemma[j] = strings.ToLower(l)
			if h := t.Head; h >= 0 && h < n && h != j {
				st.kids[h] = append(st.kids[h], j)
			}
		}
		st.heading = isHeading(s)
		if x.lowerSeen == nil {
			x.lowerSeen = map[string]bool{}
		}
		if x.capSeen == nil {
			x.capSeen = map[string]bool{}
		}
		st.lowerSeen, st.capSeen = x.lowerSeen, x.capSeen
		if x.surnames == nil {
			x.surnames = map[string]bool{}
		}
		st.surnames = x.surnames
		for j, t := range s.Tokens {
			if j > 0 && capitalised(t.Text) && !isPunctText(s.Tokens[j-1].Text) {
				x.capSeen[st.low[j]] = true
			}
			if t.Text == st.low[j] && j > 0 {
				x.lowerSeen[st.low[j]] = true
				if strings.HasSuffix(st.low[j], "s") {
					x.lowerSeen[strings.TrimSuffix(st.low[j], "s")] = true
				} else {
					x.lowerSeen[st.low[j]+"s"] = true
				}
			}
		}
		for j := 0; j+1 < n; j++ {
			// "Lena Holt": a given name and the capitalised word after it
			if ner.GivenName(s.Tokens[j].Text) && capitalised(s.Tokens[j+1].Text) && s.Tokens[j+1].UPOS == "PROPN" {
				if x.personWords == nil {
					x.personWords = map[string]bool{}
				}
				x.personWords[st.low[j]], x.personWords[st.low[j+1]] = true, true
			}
		}
		for _, m := range s.Mentions {
			// (not a "person" inside a name: "Committee on Taxonomy")
			if m.Type == "PERSON" && m.Start >= 0 && m.End <= n && m.End-m.Start >= 2 && lexicon.IsCalendar(s.Tokens[m.End-1].Text) && capitalised(s.Tokens[m.End-1].Text) {
				x.surnames[st.low[m.End-1]] = true // "Theresa May"
			}
			if m.Type == "PERSON" && m.Start >= 0 && m.End <= n && m.End-m.Start >= 2 {
				if x.lastNames == nil {
					x.lastNames = map[string]bool{}
				}
				x.lastNames[st.low[m.End-1]] = true
			}
			if m.Type == "PERSON" && m.Start >= 0 && m.End <= n && !connector(st.low[m.Start]) && !(m.Start >= 1 && connector(st.low[m.Start-1])) {
				if x.personWords == nil {
					x.personWords = map[string]bool{}
				}
				for k := m.Start; k < m.End; k++ {
					x.personWords[st.low[k]] = true
				}
			}
			if m.Type != "PLACE" || m.Start < 0 || m.End > n || m.Start >= m.End {
				continue
			}
			if x.placeWords == nil {
				x.placeWords, x.placeNames = map[string]bool{}, map[string]bool{}
			}
			if m.End == m.Start+1 {
				x.placeWords[st.low[m.Start]] = true
			}
			x.placeNames[lexicon.Fold(x.d.Text[s.Tokens[m.Start].Start:s.Tokens[m.End-1].End])] = true
		}
		x.sents = append(x.sents, st)
	}
}

// isHeading reports whether a sentence is a line without a verb that ends
// without sentence punctuation: a date line, a byline, a caption.
func isHeading(s *nlp.Sentence) bool {
	if len(s.Tokens) == 0 {
		return true
	}
	last := s.Tokens[len(s.Tokens)-1].Text
	if last == "." || last == "!" || last == "?" || last == "\"" || last == "”" || last == ":" {
		return false
	}
	for _, t := range s.Tokens {
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			return false
		}
	}
	return true
}

// tok returns the token at p.
func (x *doc) tok(p pos) *nlp.Token { return &x.sents[p.s].Tokens[p.t] }

// child returns the first dependent of token i with relation rel (or a
// subtype of it when rel ends in ":"), or -1.
func (s *sent) child(i int, rels ...string) int {
	for _, k := range s.kids[i] {
		r := s.Tokens[k].Rel
		for _, rel := range rels {
			if r == rel || strings.HasSuffix(rel, ":") && strings.HasPrefix(r, rel) {
				return k
			}
		}
	}
	return -1
}

// head returns the head of token i, or -1.
func (s *sent) head(i int) int {
	h := s.Tokens[i].Head
	if h < 0 || h >= len(s.Tokens) || h == i {
		return -1
	}
	return h
}

// rel returns token i's relation without its subtype ("nsubj:pass" →
// "nsubj").
func (s *sent) rel(i int) string {
	r := s.Tokens[i].Rel
	if k := strings.IndexByte(r, ':'); k >= 0 {
		return r[:k]
	}
	return r
}

// prep returns the lower-cased case markers of nominal k ("with", "out
// of"), or "".
func (s *sent) prep(k int) string {
	p := ""
	for _, c := range s.kids[k] {
		if c < k && (s.Tokens[c].Rel == "case" || s.Tokens[c].Rel == "mark" && s.Tokens[c].UPOS == "ADP") {
			w := s.low[c]
			if w == "'s" || w == "'" || w == "’s" || w == "’" {
				continue
			}
			if p == "" {
				p = w
			} else {
				p += " " + w
			}
		}
	}
	return p
}

// hasPossessive reports whether nominal k carries a possessive marker.
func (s *sent) hasPossessive(k int) bool {
	for _, c := range s.kids[k] {
		if s.Tokens[c].XPOS == "POS" {
			return true
		}
	}
	return false
}

// subtree returns the token span [a, b) of the subtree of token i.
func (s *sent) subtree(i int) (a, b int) {
	a, b = i, i+1
	var walk func(k, depth int)
	walk = func(k, depth int) {
		if depth > 40 {
			return
		}
		for _, c := range s.kids[k] {
			if c < a {
				a = c
			}
			if c+1 > b {
				b = c + 1
			}
			walk(c, depth+1)
		}
	}
	walk(i, 0)
	return a, b
}

// span returns the byte span of tokens [a, b).
func (s *sent) span(a, b int) newsgraph.Span {
	return newsgraph.Span{Start: s.Tokens[a].Start, End: s.Tokens[b-1].End}
}

// whole returns the byte span of the sentence.
func (s *sent) whole() newsgraph.Span { return newsgraph.Span{Start: s.Start, End: s.End} }

// text returns the text of tokens [a, b) as written.
func (x *doc) text(s *sent, a, b int) string {
	if a >= b {
		return ""
	}
	return x.d.Text[s.Tokens[a].Start:s.Tokens[b-1].End]
}

// capitalised reports whether a word starts with an upper-case letter.
func capitalised(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}

// isPunct reports whether token i is punctuation.
func (s *sent) isPunct(i int) bool { return s.Tokens[i].UPOS == "PUNCT" }

// adjacent reports whether tokens i and i+1 touch (no space between).
func (s *sent) adjacent(i int) bool {
	return i+1 < len(s.Tokens) && s.Tokens[i].End == s.Tokens[i+1].Start
}

// hasVerb reports whether a sentence has a verb or an auxiliary.
func (s *sent) hasVerb() bool {
	for _, t := range s.Tokens {
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			return true
		}
	}
	return false
}

// caption reports whether a sentence is a picture's caption: it credits
// the picture ("… representatives Image: unknown.", "Photo: Reuters"),
// and "stands with" there says where someone stands.
func (s *sent) caption() bool {
	for k := 0; k+1 < len(s.Tokens); k++ {
		if (s.Tokens[k].Text == "Image" || s.Tokens[k].Text == "Photo" || s.Tokens[k].Text == "Picture") && s.Tokens[k+1].Text == ":" {
			return true
		}
	}
	return false
}

// isPunctText reports whether w is sentence punctuation or a quotation
// mark, after which a capital says nothing of a name.
func isPunctText(w string) bool {
	switch w {
	case ".", "!", "?", ":", "\"", "“", "”", "'", "‘", "(", "—", "–", "-":
		return true
	}
	return false
}

// subjectAfterTime mends a parse of a sentence opened by a time and a
// comma whose subject, a name, the parser hung on the time as an
// apposition ("Yesterday, Jane Doe, the governor of Westland, signed an
// order", "On Monday, Tom Reeve met …"), or as a conjunct ("On Monday,
// A and B signed …"): the name becomes the subject of the verb without
// one, and the appositions and conjuncts after it its own. The same for
// a source that opens the sentence ("According to official statements,
// Jane Doe, now working from home, is to continue …").
func subjectAfterTime(toks []nlp.Token) {
	for k := range toks {
		h := toks[k].Head
		if toks[k].Rel != "appos" && toks[k].Rel != "conj" || toks[k].UPOS != "PROPN" || h < 0 || h >= k || !commaBefore(toks, h, k) {
			continue
		}
		w := strings.ToLower(toks[h].Text)
		time := (lexicon.IsCalendar(toks[h].Text) || timeNoun(w) || w == "yesterday" || w == "today" || w == "tomorrow") && strings.HasPrefix(toks[h].Rel, "obl")
		if !time && !accordingObject(toks, h) {
			continue
		}
		v := toks[h].Head
		if v < 0 || v <= k || toks[v].UPOS != "VERB" && toks[v].UPOS != "ADJ" {
			continue
		}
		for j := range toks {
			if j != h && toks[j].Head == v && strings.HasPrefix(toks[j].Rel, "nsubj") {
				return // the verb has its subject
			}
		}
		toks[k].Head, toks[k].Rel = v, "nsubj"
		for j := k + 1; j < v; j++ {
			if toks[j].Head == h && (toks[j].Rel == "appos" || toks[j].Rel == "punct" || toks[j].Rel == "conj") {
				toks[j].Head = k // ("On Monday, A and B signed": B goes with A)
			}
		}
		return
	}
}

// commaBefore reports whether a comma after token h opens the name whose
// head is token k: the words between the comma and k depend on k ("On
// Monday, Brindle Motors").
func commaBefore(toks []nlp.Token, h, k int) bool {
	c := k - 1
	for c > h && toks[c].Head == k && toks[c].Text != "," {
		c--
	}
	return c > h && toks[c].Text == ","
}

// accordingObject reports whether token h is the object of an opening
// "according to" ("According to officials, …").
func accordingObject(toks []nlp.Token, h int) bool {
	return h >= 2 && h <= 6 && strings.EqualFold(toks[0].Text, "according") && strings.EqualFold(toks[1].Text, "to") && toks[h].UPOS == "NOUN"
}
