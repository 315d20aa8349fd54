package coref

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/nlp"
)

// A ment is a mention with the attributes that the features read.
type ment struct {
	Mention
	pron      pronoun // zero unless Kind is Pronoun or Speaker
	number    uint8
	gender    uint8
	class     uint8  // semantic class (the cls constants)
	role      string // dependency relation of the head ("" without a parse)
	parent    int    // token index of the head's head, -1 for none
	lemma     string // lower-case lemma of the head
	det       string // lower-case determiner ("the", "a", …) or ""
	words     uint64 // hash of the case-folded words of a name, without a leading "the" or trailing "'s"
	initials  uint64 // hash of the initials of a name's words other than function words, 0 for fewer than two
	nwords    int    // number of words hashed in words
	first     string // first word of a name as written (for given names)
	last      string // last word of a name, lower case
	mods      int    // modifiers of a common noun (adjectives, compounds, nominal dependents)
	relcl     bool   // the head has a relative clause or a prepositional dependent
	cop       bool   // the head has a copula ("is the capital")
	quoted    bool   // inside quotation marks
	pleon     bool   // "it" that looks pleonastic ("it is likely that", expletive)
	sentFirst bool   // first mention of its sentence
}

// Semantic classes of mentions.
const (
	clsUnknown uint8 = iota
	clsPerson
	clsOrg
	clsPlace
	clsTime
	clsEvent
	clsAbstract
	clsObject
	clsNORP
	numClasses
)

// classOf maps a GUM entity type or a recognizer type to a class.
func classOf(t string) uint8 {
	switch t {
	case "person", "PERSON":
		return clsPerson
	case "organization", "ORG":
		return clsOrg
	case "place", "PLACE":
		return clsPlace
	case "time", "DATE", "TIME":
		return clsTime
	case "event":
		return clsEvent
	case "abstract":
		return clsAbstract
	case "object", "substance", "animal", "plant":
		return clsObject
	case "NORP":
		return clsNORP
	}
	return clsUnknown
}

// parsed reports whether a sentence has a dependency parse.
func parsed(toks []nlp.Token) bool {
	for _, t := range toks {
		if t.Head >= 0 || t.Rel != "" {
			return true
		}
	}
	return false
}

// baseRel strips the subtype of a relation ("nsubj:pass" → "nsubj"),
// except for nmod:poss, which is kept.
func baseRel(r string) string {
	if r == "nmod:poss" {
		return r
	}
	if i := strings.IndexByte(r, ':'); i >= 0 {
		return r[:i]
	}
	return r
}

func isNominal(t *nlp.Token) bool { return t.UPOS == "NOUN" || t.UPOS == "PROPN" }

// nameTypes are the recognizer's types that make name mentions.
func nameType(t string) bool {
	return t == "PERSON" || t == "ORG" || t == "PLACE" || t == "NORP"
}

// A detector holds the buffers of mention detection, reused from one
// document to the next.
type detector struct {
	out     []ment
	covered []int32 // token → 1 + index into out of the name covering it, -1 for a date or time, 0 for none
	kids    [][]int
	kidBuf  []int
	quoted  []bool
}

// detect finds the mentions of doc in document order, in x's buffers:
// the result is valid until the next call. lex gives the semantic class
// of common nouns (nil for none).
func (x *detector) detect(doc *nlp.Document, lex func(lemma string) uint8) []ment {
	// At most one mention per noun, pronoun and recognizer mention.
	size := 0
	for _, s := range doc.Sentences {
		size += len(s.Mentions)
		for i := range s.Tokens {
			switch s.Tokens[i].UPOS {
			case "NOUN", "PROPN", "PRON":
				size++
			}
		}
	}
	out := slices.Grow(x.out[:0], size)
	covered, kids, kidBuf, quoted := x.covered, x.kids, x.kidBuf, x.quoted
	defer func() { x.out, x.covered, x.kids, x.kidBuf, x.quoted = out, covered, kids, kidBuf, quoted }()
	names, _ := givenNames()
	for si := range doc.Sentences {
		sent := &doc.Sentences[si]
		toks := sent.Tokens
		n := len(toks)
		if n == 0 {
			continue
		}
		first := len(out)
		hasParse := parsed(toks)
		covered = slices.Grow(covered[:0], n)[:n]
		clear(covered)
		if hasParse {
			kids, kidBuf = children(toks, kids, kidBuf)
		}
		quoted = quotedTokens(toks, quoted)
		// Names from the recognizer.
		for k, nm := range sent.Mentions {
			if nm.Start < 0 || nm.End > n || nm.Start >= nm.End {
				continue
			}
			if !nameType(nm.Type) {
				// Dates and times: no names ("Monday", "March").
				for t := nm.Start; t < nm.End; t++ {
					if covered[t] == 0 {
						covered[t] = -1
					}
				}
				continue
			}
			h := spanHead(toks, nm.Start, nm.End, hasParse)
			if nm.Type == "NORP" && !isNominal(&toks[h]) {
				continue // "Israeli" as an adjective
			}
			if covered[h] > 0 {
				continue
			}
			m := ment{Mention: Mention{Sentence: si, Start: nm.Start, End: nm.End, Head: h, Kind: Name, Type: nm.Type, NER: k}}
			for t := nm.Start; t < nm.End; t++ {
				covered[t] = int32(len(out) + 1)
			}
			out = append(out, m)
		}
		for i := range toks {
			t := &toks[i]
			if covered[i] != 0 {
				continue
			}
			if t.UPOS == "PRON" || strings.HasPrefix(t.XPOS, "PRP") {
				p, ok := pronouns[t.Text]
				if !ok {
					p, ok = pronouns[strings.ToLower(t.Text)]
				}
				if !ok {
					continue
				}
				kind := Pronoun
				if p.person != 3 {
					kind = Speaker
				}
				out = append(out, ment{Mention: Mention{Sentence: si, Start: i, End: i + 1, Head: i, Kind: kind, NER: -1}, pron: p})
				continue
			}
			if !isNominal(t) && !nominalAdj(toks, i, hasParse, kids) {
				continue
			}
			if hasParse {
				switch baseRel(t.Rel) {
				case "compound", "flat", "fixed", "goeswith":
					continue
				}
			} else if i+1 < n && isNominal(&toks[i+1]) {
				continue // a modifier in a noun chunk
			}
			m := ment{Mention: Mention{Sentence: si, Head: i, NER: -1}}
			m.Start, m.End = nounSpan(toks, i, hasParse, kids)
			if t.UPOS == "PROPN" {
				if calendarWords[strings.ToLower(t.Text)] {
					continue // "Monday", "March"
				}
				m.Kind = Name
				for k := m.Start; k <= i; k++ {
					if toks[k].UPOS == "PROPN" {
						m.Start = k
						break
					}
				}
			}
			out = append(out, m)
		}
		ms := out[first:]
		// Names were found first: sort by start, longer first (few
		// mentions, mostly in order already).
		for j := 1; j < len(ms); j++ {
			for k := j; k > 0 && (ms[k].Start < ms[k-1].Start || ms[k].Start == ms[k-1].Start && ms[k].End > ms[k-1].End); k-- {
				ms[k], ms[k-1] = ms[k-1], ms[k]
			}
		}
		for j := range ms {
			m := &ms[j]
			m.sentFirst = j == 0
			m.quoted = quoted[m.Head]
			describe(m, toks, hasParse, kids, names, lex)
		}
	}
	for i := range out {
		out[i].Antecedent, out[i].Chain = -1, -1
	}
	return out
}

// nominalAdj reports whether an adjective or number heads a noun phrase of
// its own with a definite article ("the 42-year-old", "the latter").
func nominalAdj(toks []nlp.Token, i int, hasParse bool, kids [][]int) bool {
	t := &toks[i]
	if t.UPOS != "ADJ" && t.UPOS != "NUM" {
		return false
	}
	if !hasParse {
		return false
	}
	switch baseRel(t.Rel) {
	case "nsubj", "obj", "iobj", "obl", "nmod", "nmod:poss", "conj":
	default:
		return false
	}
	for _, k := range kids[i] {
		if toks[k].Rel == "det" && strings.EqualFold(toks[k].Text, "the") {
			return true
		}
	}
	return false
}

// spanHead returns the head token of tokens [a, b): the first whose head
// lies outside the span, or the last token without a parse.
func spanHead(toks []nlp.Token, a, b int, hasParse bool) int {
	if hasParse {
		for i := a; i < b; i++ {
			if h := toks[i].Head; h < a || h >= b {
				return i
			}
		}
	}
	return b - 1
}

// npRel reports whether dependents by relation r belong to a noun
// phrase's span.
func npRel(r string) bool {
	switch baseRel(r) {
	case "det", "amod", "compound", "nummod", "nmod:poss", "flat", "fixed", "case", "advmod":
		return true
	}
	return false
}

// nounSpan returns the span of the noun phrase headed by token h: with a
// parse, h and its dependents by npRels (recursively), without one, h and
// the determiners, adjectives, numbers, nouns and possessives before it.
func nounSpan(toks []nlp.Token, h int, hasParse bool, kids [][]int) (int, int) {
	a, b := h, h+1
	if !hasParse {
		for a > 0 {
			p := &toks[a-1]
			switch {
			case p.UPOS == "DET" || p.UPOS == "ADJ" || p.UPOS == "NUM" || p.UPOS == "NOUN" || p.UPOS == "PROPN",
				p.XPOS == "PRP$" || p.XPOS == "POS" || p.XPOS == "HYPH":
				a--
				continue
			}
			break
		}
		for a < h && (toks[a].XPOS == "HYPH" || toks[a].XPOS == "POS") {
			a++
		}
		return a, b
	}
	// Breadth-first over the dependents; a malformed parse (a cycle) must
	// not loop, so each token is taken once and the walk is bounded.
	var qbuf [64]int
	queue := append(qbuf[:0], h)
	for q := 0; q < len(queue) && q < 64; q++ {
		for _, k := range kids[queue[q]] {
			r := toks[k].Rel
			if k == h || !npRel(r) || r == "case" && toks[k].XPOS != "POS" {
				continue
			}
			if k >= a && k < b {
				continue // already inside, or taken
			}
			a, b = min(a, k), max(b, k+1)
			if len(queue) < cap(queue) {
				queue = append(queue, k)
			}
		}
	}
	return a, b
}

// quotedTokens returns, in buf, whether each token of a sentence is
// inside quotation marks.
func quotedTokens(toks []nlp.Token, buf []bool) []bool {
	buf = slices.Grow(buf[:0], len(toks))[:len(toks)]
	inside := false
	for i, t := range toks {
		if isQuote(t.Text) {
			inside = !inside
			buf[i] = false
		} else {
			buf[i] = inside
		}
	}
	return buf
}

// children returns the dependents of each token of a parsed sentence, in
// kids, backed by buf (both reused across sentences).
func children(toks []nlp.Token, kids [][]int, buf []int) ([][]int, []int) {
	n := len(toks)
	if cap(kids) < n {
		kids = make([][]int, n)
	}
	kids = kids[:n]
	count := make([]int, n+1)
	for i, t := range toks {
		if t.Head >= 0 && t.Head < n && t.Head != i {
			count[t.Head+1]++
		}
	}
	for i := 1; i <= n; i++ {
		count[i] += count[i-1]
	}
	buf = slices.Grow(buf[:0], count[n])[:count[n]]
	for i := range kids {
		kids[i] = buf[count[i]:count[i]:count[i+1]]
	}
	for i, t := range toks {
		if t.Head >= 0 && t.Head < n && t.Head != i {
			kids[t.Head] = append(kids[t.Head], i)
		}
	}
	return kids, buf
}

// describe fills in the attributes of m.
func describe(m *ment, toks []nlp.Token, hasParse bool, kids [][]int, names map[string]uint8, lex func(string) uint8) {
	h := &toks[m.Head]
	m.parent = -1
	if hasParse {
		m.role = h.Rel
		if h.Head >= 0 && h.Head < len(toks) {
			m.parent = h.Head
		}
	}
	m.lemma = strings.ToLower(h.Lemma)
	if m.lemma == "" {
		m.lemma = strings.ToLower(h.Text)
	}
	switch m.Kind {
	case Pronoun, Speaker:
		m.number, m.gender = m.pron.number, m.pron.gender
		m.lemma = m.pron.base
		if m.pron.base == "it" {
			m.pleon = pleonastic(toks, m.Head, hasParse, kids)
		}
		switch m.pron.base {
		case "he", "she", "i", "we", "you":
			m.class = clsPerson
		}
		return
	}
	switch h.XPOS {
	case "NNS", "NNPS":
		m.number = numPlur
	case "NN", "NNP":
		m.number = numSing
	}
	// Determiner and modifiers.
	if hasParse {
		for _, k := range kids[m.Head] {
			switch baseRel(toks[k].Rel) {
			case "det":
				if m.det == "" {
					m.det = strings.ToLower(toks[k].Text)
				}
			case "amod", "compound", "nummod", "nmod:poss":
				m.mods++
			case "acl", "nmod":
				m.relcl = true
			case "cop":
				m.cop = true
			}
		}
	} else {
		if toks[m.Start].UPOS == "DET" {
			m.det = strings.ToLower(toks[m.Start].Text)
		}
		m.mods = m.Head - m.Start
		if m.det != "" {
			m.mods--
		}
		if m.Head+1 < len(toks) && toks[m.Head+1].UPOS == "ADP" {
			m.relcl = true
		}
	}
	if m.Kind == Other && definite[m.det] && h.UPOS != "PROPN" {
		m.Kind = Description
	}
	if m.Kind == Name {
		a, b := m.Start, m.End
		if a < b && strings.EqualFold(toks[a].Text, "the") {
			a++
		}
		if b-1 > a && toks[b-1].XPOS == "POS" {
			b--
		}
		// Hashes of the words and of their initials, case folded.
		m.words, m.initials, m.nwords = 0, 0, b-a
		ninit := 0
		for k := a; k < b; k++ {
			m.words = mix(m.words, hashFold(toks[k].Text))
			switch strings.ToLower(toks[k].Text) {
			case "of", "and", "the", "for", "&", "de", "in", "on":
				continue
			}
			if r, _ := utf8.DecodeRuneInString(toks[k].Text); unicode.IsLetter(r) {
				m.initials = mix(m.initials, uint64(unicode.ToLower(r)))
				ninit++
			}
		}
		if ninit < 2 {
			m.initials = 0
		}
		if a < b {
			m.first = toks[a].Text
			m.last = strings.ToLower(toks[b-1].Text)
		}
		m.class = classOf(m.Type)
		if m.class == clsUnknown || m.class == clsPerson {
			m.gender = names[m.first]
			// A title just before the name ("Mrs. Smith").
			if m.Start > 0 {
				if g := genderedNouns[strings.ToLower(toks[m.Start-1].Text)]; g != 0 {
					m.gender = g
				}
			}
			if m.gender != 0 && m.class == clsUnknown {
				m.class = clsPerson
			}
		}
		return
	}
	m.gender = genderedNouns[m.lemma]
	if lex != nil {
		m.class = lex(m.lemma)
	}
}

// pleonastic reports whether "it" at token i looks like a dummy subject:
// an expletive, or "it" before a form of "be" or "seem" followed by "that"
// or "to" ("it is likely that", "it was hard to").
func pleonastic(toks []nlp.Token, i int, hasParse bool, kids [][]int) bool {
	if hasParse && toks[i].Rel == "expl" {
		return true
	}
	if i+1 >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[i+1].Lemma) {
	case "be", "seem", "appear", "take", "rain":
	default:
		return false
	}
	for k := i + 2; k < len(toks) && k < i+8; k++ {
		switch strings.ToLower(toks[k].Text) {
		case "that", "to", "whether", "if":
			return true
		case ".", ",", ";":
			return false
		}
	}
	return false
}

// hashFold returns the hash of w in lower case, without allocating for
// ASCII words.
func hashFold(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return hashString(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}
