package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// A mentionKind says what a mention is.
type mentionKind uint8

const (
	mName    mentionKind = iota // a proper name
	mDesc                       // a description by role ("the Prime Minister")
	mPron                       // a pronoun
	mConcept                    // a concept noun phrase ("the proposal")
)

// A mention is one candidate reference found in a sentence.
type mention struct {
	sent   int // sentence index
	ts, te int // tokens [ts, te) of the sentence covered, titles included
	// start, end is the byte span of the name itself (without title).
	start, end int
	text       string // the name as written
	full       string // the whole run as written, title included
	kind       mentionKind
	name       string // the name to cluster on
	role       string // a title or role given here
	nat        string // a country given by an adjective here ("Israeli")
	natSpan    newsgraph.Span
	votes      [6]int // type evidence, indexed by typeIndex
	poss       bool   // followed by a possessive marker
	heading    bool   // found in a sub-heading
	ent        int    // entity index, -1 when unresolved
	// memberOf is the index of the mention of an organization this one
	// represents ("Hamas representative X"), -1 when none; memberPred says
	// which predicate links them.
	memberOf   int
	memberPred string
	// affilTok is the token index where an affiliation named in an
	// apposition starts ("expert at <Linnaeus University>"), -1 when none.
	affilTok  int
	affilPred string
	affil     int // mention index of the affiliation, -1 when none
	// locIn is the country a place lies in, when the text says so.
	locIn     string
	locInSpan newsgraph.Span
	locInTok  int // token index of a place named after a comma, -1
	locInMent int
	pron      string // the folded pronoun, for mPron
	// metonym is set for a capital standing for its country; its text is
	// then not an alias of the country.
	metonym bool
}

const (
	tiThing = iota
	tiPerson
	tiOrg
	tiPlace
	tiEvent
)

var typeByIndex = []newsgraph.EntityType{newsgraph.Thing, newsgraph.Person, newsgraph.Organization, newsgraph.Place, newsgraph.Event}

// isAcronym reports whether w is an all-capital abbreviation (2–6 letters).
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if r == '.' || r == '&' {
			continue
		}
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// joinToks returns the text from the first to the last token as written.
func joinToks(text string, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	return text[toks[0].start:toks[len(toks)-1].end]
}

// isNameWord reports whether t can be part of a name.
func (x *doc) isNameWord(t token) bool {
	if t.kind == tWord && !t.cap && arabicArticle(t.text) {
		return true
	}
	if t.kind != tWord || !t.cap {
		return false
	}
	if isAcronym(t.text) {
		return true
	}
	l := strings.TrimSuffix(t.low, ".")
	if t.abbr && x.lx.calAbbr[l] {
		return false
	}
	return !x.lx.stop[l] && !x.lx.calendar[l]
}

// arabicArticle reports whether w is a name part like "al-Assad".
func arabicArticle(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "at-", "an-", "ar-", "az-", "bin-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && unicode.IsUpper(firstRune(w[len(p):])) {
			return true
		}
	}
	return false
}

var connectors = wordSet(`of for de del della da di dos das du des van von der den al el bin ibn bint le la`)

// placeLenAt returns the number of tokens of the longest gazetteer place
// starting at toks[i], 0 when none.
func (x *doc) placeLenAt(toks []token, i, end int) int {
	best := 0
	for n := 1; n <= 4 && i+n <= end; n++ {
		if _, ok := x.lx.gaz.place[fold(joinToks(x.text, toks[i:i+n]))]; ok {
			best = n
		}
	}
	return best
}

// titleLenAt returns the number of tokens of a title starting at toks[i]
// within [i, end), 0 when none. A title is a known multi-word title, or
// title modifiers and capitalised words ending in a title head.
func (x *doc) titleLenAt(toks []token, i, end int) int {
	best := 0
	for _, mt := range x.lx.multiTitles {
		if i+len(mt) > end {
			continue
		}
		ok := true
		for k, w := range mt {
			if toks[i+k].low != w {
				ok = false
				break
			}
		}
		if ok && len(mt) > best {
			best = len(mt)
		}
	}
	// modifiers then heads: "Deputy Governor", "Emergencies Minister"
	for k := i; k < end && k < i+4; k++ {
		if x.lx.titleHead[toks[k].low] {
			n := k + 1 - i
			for k+1 < end && x.lx.titleHead[toks[k+1].low] && toks[k+1].cap {
				k++
				n++
			}
			if n > best {
				best = n
			}
			break
		}
		if !toks[k].cap || toks[k].kind != tWord {
			break
		}
		if !x.lx.titleMod[toks[k].low] && k > i {
			// a free word before a head only right before it
			if k+1 >= end || !x.lx.titleHead[toks[k+1].low] {
				break
			}
		}
		if x.lx.firstName[toks[k].low] || x.lx.gaz.adj[toks[k].low] != "" {
			break
		}
	}
	return best
}

// findMentions finds name, description and pronoun mentions in sentence si.
func (x *doc) findMentions(si int) {
	s := &x.sents[si]
	toks := s.toks
	firstWord := -1
	for i, t := range toks {
		if t.kind == tWord {
			firstWord = i
			break
		}
	}
	startIdx := len(x.ments)
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.kind != tWord {
			i++
			continue
		}
		if !x.isNameWord(t) || x.lx.honorific[t.low] && i+1 < len(toks) && x.isNameWord(toks[i+1]) {
			if x.lx.honorific[t.low] && i+1 < len(toks) && x.isNameWord(toks[i+1]) {
				j := x.runEnd(toks, i+1)
				x.addRun(si, i+1, j, firstWord, true)
				i = j
				continue
			}
			if n := x.lowerMention(si, i); n > 0 {
				i += n
				continue
			}
			i++
			continue
		}
		j := x.runEnd(toks, i)
		x.addRun(si, i, j, firstWord, false)
		i = j
	}
	// link appositions and affiliations named later in the sentence
	byStart := map[int]int{}
	for mi := len(x.ments) - 1; mi >= startIdx; mi-- {
		if x.ments[mi].kind == mName {
			byStart[x.ments[mi].ts] = mi
		}
	}
	for mi := startIdx; mi < len(x.ments); mi++ {
		m := &x.ments[mi]
		if mj, ok := byStart[m.affilTok]; ok && m.affilTok >= 0 && mj > mi {
			m.affil = mj
		}
		if mj, ok := byStart[m.locInTok]; ok && m.locInTok >= 0 && mj > mi {
			m.locInMent = mj
		}
	}
}

// runEnd returns the end of the run of name words starting at toks[i]:
// capitalised words, joined by connectors followed by a capitalised word.
func (x *doc) runEnd(toks []token, i int) int {
	j := i + 1
	// "told NPR Jane Doe had …": an addressee acronym ends its own run
	if isAcronym(toks[i].text) && i > 0 && (toks[i-1].low == "told" || toks[i-1].low == "tells" || toks[i-1].low == "telling" || toks[i-1].low == "tell") && j < len(toks) && !isAcronym(toks[j].text) &&
		x.lx.gaz.place[toks[j].low] == "" && x.lx.gaz.adj[toks[j].low] == "" && !x.lx.orgSuffix[toks[j].low] && !x.lx.placeSuffix[toks[j].low] && toks[j].low != "international" {
		return j
	}
	for j < len(toks) {
		t := toks[j]
		if x.isNameWord(t) && t.start-toks[j-1].end <= 1 {
			j++
			continue
		}
		// "Theresa May"
		if t.kind == tWord && t.cap && x.lx.calendar[t.low] && x.lx.firstName[toks[j-1].low] && j == i+1 {
			j++
			continue
		}
		if t.kind == tWord && connectors[t.low] && !t.cap && j+1 < len(toks) {
			w := toks[j-1].low
			org := x.lx.orgSuffix[w] || x.lx.placeSuffix[w] || x.lx.eventSuffix[w] || x.lx.titleHead[w] || x.lx.titleMod[w]
			if t.low == "for" && !org {
				break
			}
			if t.low == "of" && !org && j-i > 1 {
				break
			}
			k := j + 1
			if (t.low == "of" || t.low == "for" && org) && toks[k].low == "the" && k+1 < len(toks) {
				k++
			}
			if x.isNameWord(toks[k]) && x.lx.gaz.adj[toks[k].low] == "" {
				j = k + 1
				continue
			}
		}
		break
	}
	return j
}

// lowerMention recognises pronouns and role descriptions that start at
// toks[i] with a lower-case or function word, returning the number of
// tokens used (0 when none).
func (x *doc) lowerMention(si, i int) int {
	toks := x.sents[si].toks
	t := toks[i]
	switch t.low {
	case "he", "she", "him", "her", "his", "it", "its":
		x.ments = append(x.ments, mention{sent: si, ts: i, te: i + 1, start: t.start, end: t.end, text: t.text, kind: mPron, pron: t.low, ent: -1, memberOf: -1, affilTok: -1, affil: -1, locInTok: -1, locInMent: -1})
		return 1
	case "the":
	default:
		return 0
	}
	// the [modifiers] role-noun, not followed by a name
	j := i + 1
	nat := ""
	var natSpan newsgraph.Span
	for k := 0; k < 3 && j < len(toks) && toks[j].kind == tWord; k++ {
		w := toks[j]
		if c := x.lx.gaz.adj[w.low]; c != "" {
			nat, natSpan = c, newsgraph.Span{Start: w.start, End: w.end}
			j++
			continue
		}
		if c, ok := x.lx.gaz.place[w.low]; ok && isAcronym(w.text) {
			nat, natSpan = c, newsgraph.Span{Start: w.start, End: w.end}
			j++
			continue
		}
		if w.low == "top" || w.low == "senior" || w.low == "former" || w.low == "chief" || w.low == "new" {
			j++
			continue
		}
		break
	}
	if j >= len(toks) || toks[j].kind != tWord {
		return 0
	}
	n := x.titleLenAt(toks, j, len(toks))
	role := ""
	if n > 0 {
		role = joinToks(x.text, toks[j:j+n])
	} else if _, ok := personClass[toks[j].low]; ok {
		n = 1
		role = toks[j].text
	} else {
		return 0
	}
	if j+n < len(toks) && x.isNameWord(toks[j+n]) {
		return 0 // "the minister Yoav Gallant": the run will carry the role
	}
	end := j + n
	m := mention{sent: si, ts: i, te: end, start: t.start, end: toks[end-1].end, text: joinToks(x.text, toks[i:end]), kind: mDesc, role: role, nat: nat, natSpan: natSpan, ent: -1, memberOf: -1, affilTok: -1, affil: -1, locInTok: -1, locInMent: -1}
	m.full = m.text
	m.poss = end < len(toks) && toks[end].kind == tPoss
	x.ments = append(x.ments, m)
	return end - i
}

// addRun turns the run of name words toks[a:b] into a mention.
func (x *doc) addRun(si, a, b, firstWord int, honor bool) {
	s := &x.sents[si]
	toks := s.toks
	lx := x.lx
	m := mention{sent: si, ts: a, te: b, ent: -1, memberOf: -1, affilTok: -1, affil: -1, locInTok: -1, locInMent: -1, heading: s.heading}
	if honor {
		m.ts = a - 1
		m.votes[tiPerson] += 5
	}
	m.poss = b < len(toks) && toks[b].kind == tPoss
	m.full = joinToks(x.text, toks[a:b])

	// A single word at the start of a sentence may be an ordinary word.
	if b-a == 1 && (a == firstWord || a > 0 && toks[a-1].kind == tQuote && a-1 <= firstWord+1) && !honor {
		w := toks[a].low
		if lx.gaz.place[w] == "" && lx.gaz.plural[w] == "" && !lx.titleHead[w] && !lx.firstName[w] && !x.capMid[w] && !isAcronym(toks[a].text) &&
			(x.lower[w] || x.lower[strings.TrimSuffix(w, "s")] || x.lower[w+"s"] || commonSuffix(w) || adjSuffix(w) || strings.HasSuffix(w, "s") && len(w) > 3) {
			return
		}
	}
	if b-a == 1 && a == firstWord && !honor && x.commonOpener(toks, a) {
		return
	}
	// a common word opening a sentence before a name: "Armed Hamas forces"
	if b-a >= 2 && a == firstWord && !honor {
		w := toks[a].low
		if lx.gaz.place[w] == "" && lx.gaz.adj[w] == "" && !lx.titleHead[w] && !lx.titleMod[w] && !lx.firstName[w] && !x.capMid[w] && !lx.roleNoun[w] && !connectors[w] &&
			(x.lower[w] || commonSuffix(w) || adjSuffix(w)) && lx.gaz.place[fold(joinToks(x.text, toks[a:b]))] == "" {
			a++
			m.ts = a
			m.full = joinToks(x.text, toks[a:b])
		}
	}
	// a title word alone is not a name ("Prime" of "Prime minister")
	if b-a == 1 && (lx.titleMod[toks[a].low] && !lx.titleHead[toks[a].low] || lx.roleNoun[toks[a].low] && !isAcronym(toks[a].text)) {
		return
	}
	// single adjectives of nationality or creed are not entities
	if b-a == 1 && (lx.gaz.adj[toks[a].low] != "" || lx.nonNameAdj[toks[a].low] || x.adjCompound(toks[a].low)) {
		return
	}
	// nor are regional adjectives of several words ("Middle Eastern")
	if b-a == 2 && regionWords[toks[a].low] && (lx.gaz.adj[toks[a+1].low] != "" || lx.nonNameAdj[toks[a+1].low]) {
		return
	}
	if b-a == 1 {
		if c := lx.gaz.plural[toks[a].low]; c != "" {
			m.name, m.text, m.start, m.end = c, toks[a].text, toks[a].start, toks[a].end
			m.votes[tiPlace] += 6
			x.ments = append(x.ments, m)
			return
		}
	}

	// qualifiers before a title: nationality adjectives, places, acronyms
	q := a
	for q < b {
		if lx.gaz.adj[toks[q].low] != "" && x.titleLenAt(toks, q+1, b) > 0 {
			m.nat, m.natSpan = lx.gaz.adj[toks[q].low], newsgraph.Span{Start: toks[q].start, End: toks[q].end}
			q++
			continue
		}
		if n := x.placeLenAt(toks, q, b); n > 0 && x.titleLenAt(toks, q+n, b) > 0 {
			if c := lx.gaz.place[fold(joinToks(x.text, toks[q:q+n]))]; lx.gaz.isCountry[c] {
				m.nat, m.natSpan = c, newsgraph.Span{Start: toks[q].start, End: toks[q+n-1].end}
			}
			q += n
			continue
		}
		if isAcronym(toks[q].text) && x.titleLenAt(toks, q+1, b) > 0 {
			q++
			continue
		}
		break
	}
	// a possessor before the run: "Israel's President X"
	if m.nat == "" && a >= 2 && toks[a-1].kind == tPoss {
		if c := lx.gaz.place[fold(toks[a-2].text)]; lx.gaz.isCountry[c] && x.titleLenAt(toks, a, b) > 0 {
			m.nat, m.natSpan = c, newsgraph.Span{Start: toks[a-2].start, End: toks[a-2].end}
		}
	}
	nameStart := a
	if b-a >= 2 && lx.roleNoun[toks[a].low] && !lx.titleHead[toks[a].low] && (b-a >= 3 || lx.firstName[toks[a+1].low]) {
		m.role = toks[a].text
		m.votes[tiPerson] += 4
		nameStart = a + 1
		q = b
	}
	if n := x.titleLenAt(toks, q, b); n > 0 {
		re := q + n
		if re < b && (toks[re].low == "of" || toks[re].low == "for") && b-re > 3 {
			re = b - 2
		}
		if re < b && !x.hasOrgSuffix(toks[re:b]) {
			m.role = joinToks(x.text, toks[q:re])
			m.votes[tiPerson] += 5
			nameStart = re
		} else if re >= b {
			// a title alone: a description ("US Secretary of State")
			m.kind = mDesc
			m.role = joinToks(x.text, toks[q:b])
			m.text = m.full
			m.start, m.end = toks[a].start, toks[b-1].end
			if a > 0 && toks[a-1].low == "the" {
				m.text = joinToks(x.text, toks[a-1:b])
				m.start = toks[a-1].start
			}
			x.ments = append(x.ments, m)
			return
		}
	}
	// a leading nationality adjective before a plain name: "Lebanese X"
	if nameStart == a && b-a >= 2 && lx.gaz.adj[toks[a].low] != "" && !x.hasOrgSuffix(toks[a:b]) && lx.gaz.place[fold(joinToks(x.text, toks[a:b]))] == "" {
		m.nat, m.natSpan = lx.gaz.adj[toks[a].low], newsgraph.Span{Start: toks[a].start, End: toks[a].end}
		nameStart = a + 1
	}
	// a place ending a title before a full name: "Senator from Vermont X Y"
	if nameStart == a && b-a >= 3 && lx.gaz.place[toks[a].low] != "" && lx.firstName[toks[a+1].low] && a > 0 && (toks[a-1].low == "from" || toks[a-1].low == "of" || toks[a-1].low == "for") && lx.gaz.place[fold(joinToks(x.text, toks[a:b]))] == "" {
		nameStart = a + 1
	}
	nt := toks[nameStart:b]
	m.text = joinToks(x.text, nt)
	m.start, m.end = nt[0].start, nt[len(nt)-1].end
	m.name = m.text
	if c, ok := lx.gaz.place[fold(m.text)]; ok {
		m.name = c
		m.votes[tiPlace] += 6
	}
	last := nt[len(nt)-1].low
	switch {
	case x.hasOrgSuffix(nt):
		m.votes[tiOrg] += 4
	case lx.placeSuffix[last] && len(nt) > 1:
		m.votes[tiPlace] += 3
	case lx.eventSuffix[last] && len(nt) > 1:
		m.votes[tiEvent] += 3
	}
	if len(nt) == 1 && (isAcronym(nt[0].text) || lx.orgSuffix[last]) && m.votes[tiPlace] == 0 {
		m.votes[tiOrg] += 2
	}
	if len(nt) >= 2 && lx.firstName[nt[0].low] {
		m.votes[tiPerson] += 3
	}
	if m.nat != "" && m.role == "" && len(nt) == 1 && m.votes[tiPlace] == 0 {
		m.votes[tiOrg]++ // "Lebanese X"
	}
	x.contextVotes(si, &m, a, b)
	x.ments = append(x.ments, m)
}

// commonOpener reports whether the single capitalised word opening a
// sentence at toks[a] is an ordinary word rather than a name: a word never
// capitalised inside a sentence of the document, not a known name, that is
// itself a generic organization noun or a verb ("Union leader X", "Lead
// author X"), or that a lower-case word other than a verb follows
// ("Multiple assailants attacked", "Backlash from the remarks").
func (x *doc) commonOpener(toks []token, a int) bool {
	lx := x.lx
	t := toks[a]
	w := t.low
	if x.capMid[w] || isAcronym(t.text) || lx.gaz.place[w] != "" || lx.gaz.plural[w] != "" || lx.firstName[w] || strings.ContainsAny(w, "-.'’") {
		return false
	}
	if a+1 >= len(toks) || toks[a+1].kind != tWord || toks[a+1].cap {
		return false
	}
	n := toks[a+1].low
	if lx.orgSuffix[w] || lx.conceptHead[w] || len(lx.verbs[w]) > 0 && len(lx.verbs[w][len(lx.verbs[w])-1].words) == 1 || lx.speech[w] {
		return true
	}
	if _, isVerb := x.verbAt(toks, a+1); isVerb || lx.speech[n] || skippable[n] || beForms[n] || timeNouns[n] || lx.orgMember[n] || lx.roleNoun[n] {
		return false
	}
	switch n {
	case "on", "in", "at", "and", "or", "said", "says", "told", "who", "which", "has", "had", "have", "last", "this", "earlier", "later", "of", "for", "to", "with":
		return false
	}
	if strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "'s") {
		return false
	}
	return true
}

// adjCompound reports whether w joins nationality adjectives with hyphens
// ("turkish-libyan").
func (x *doc) adjCompound(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if x.lx.gaz.adj[p] == "" && x.lx.gaz.place[p] == "" {
			return false
		}
	}
	return true
}

// hasOrgSuffix reports whether a name contains an organization word.
func (x *doc) hasOrgSuffix(nt []token) bool {
	for i, t := range nt {
		if x.lx.orgSuffix[t.low] && (i > 0 || len(nt) > 1 && nt[1].low == "of") {
			return true
		}
	}
	return false
}

// commonSuffix reports whether a word ends like an ordinary English word
// rather than a name (-tion, -ment, -ing, -ly, …).
func commonSuffix(w string) bool {
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ing", "ly", "ed", "ous", "ive", "ful", "less", "ings", "ism"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// memberPredicate maps a role noun between an organization and a person
// ("Hamas representative X") to the predicate linking them.
func memberPredicate(role string) string {
	switch role {
	case "leader", "chief", "head", "president", "chairman", "chairwoman", "director", "ceo", "commander":
		return newsgraph.Leads
	case "representative", "spokesman", "spokeswoman", "spokesperson", "official", "member", "lawmaker", "legislator", "minister", "fighter", "militant", "soldier", "officer", "negotiator", "envoy", "delegate":
		return newsgraph.MemberOf
	}
	return newsgraph.MemberOf
}

// adjSuffix reports whether a word ends like an English adjective
// (-ary, -al, -ic, …); used only for single words opening a sentence.
func adjSuffix(w string) bool {
	for _, suf := range []string{"ary", "ory", "al", "ic", "able", "ible", "ical", "ian"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// contextVotes adds type evidence from the words around a run toks[a:b]:
// role nouns, place and organization nouns, appositions.
func (x *doc) contextVotes(si int, m *mention, a, b int) {
	toks := x.sents[si].toks
	lx := x.lx
	// after: "Hamas representative", "X forces"
	if b < len(toks) && !m.poss && toks[b].kind == tWord && !toks[b].cap && (lx.orgMember[toks[b].low] || lx.orgNoun[toks[b].low]) && m.votes[tiPlace] == 0 {
		m.votes[tiOrg] += 3
	}
	// before: "representative Osama Hamdan", "the city of X", "movement, X"
	p := a - 1
	if m.votes[tiPerson] > 0 && m.role != "" {
		p = -1
	}
	if p >= 0 && toks[p].kind == tWord && !toks[p].cap && lx.roleNoun[toks[p].low] && !x.hasOrgSuffix(toks[a:b]) && m.votes[tiPlace] == 0 {
		m.role = toks[p].text
		m.votes[tiPerson] += 4
		m.ts = p
		// "ORG representative NAME"
		if prev := len(x.ments) - 1; prev >= 0 && x.ments[prev].sent == si && x.ments[prev].te == p && x.ments[prev].kind == mName && !x.ments[prev].poss && x.ments[prev].votes[tiPlace] == 0 && x.ments[prev].votes[tiPerson] == 0 {
			m.memberOf = prev
			m.memberPred = memberPredicate(toks[p].low)
			x.ments[prev].votes[tiOrg] += 2
		}
	}
	if p >= 0 && toks[p].text == "," && p > 0 {
		p--
	} else if p >= 0 && toks[p].low == "of" && p > 0 {
		p--
	}
	if p >= 0 && toks[p].kind == tWord && !toks[p].cap {
		switch {
		case lx.placeNoun[toks[p].low]:
			m.votes[tiPlace] += 3
			// "the Qatari capital, Doha"
			if p > 0 {
				if c := lx.gaz.adj[toks[p-1].low]; c != "" && lx.placeNoun[toks[p].low] && c != m.name {
					m.locIn, m.locInSpan = c, newsgraph.Span{Start: toks[p-1].start, End: toks[p-1].end}
				}
			}
		case lx.orgNoun[toks[p].low]:
			m.votes[tiOrg] += 3
		}
	}
	if a > 0 {
		switch toks[a-1].low {
		case "in", "near", "across", "throughout", "outside":
			m.votes[tiPlace]++
		case "mr.", "mrs.", "ms.", "mr", "mrs", "ms":
			m.votes[tiPerson] += 5
		}
	}
	// apposition: "NAME, [a] role words [at ORG]"
	if b+1 < len(toks) && toks[b].text == "," {
		k := b + 1
		inPP := x.inPP(toks, a)
		if w := toks[k].low; w == "a" || w == "an" || w == "the" {
			k++
		}
		last := -1
		for j := k; j < len(toks) && j < k+6 && toks[j].kind == tWord; j++ {
			w := toks[j].low
			if lx.roleNoun[w] && !toks[j].cap {
				last = j
			}
			if w == "at" || w == "of" || w == "for" || w == "with" || w == "from" || w == "in" || w == "who" || w == "which" || w == "and" || w == "or" {
				break
			}
		}
		if last >= 0 && !inPP && m.votes[tiPlace] < 6 && m.votes[tiOrg] < 4 {
			m.votes[tiPerson] += 4
			if m.role == "" {
				m.role = joinToks(x.text, toks[k:last+1])
			} else {
				m.role += " | " + joinToks(x.text, toks[k:last+1])
			}
			if j := last + 1; j+1 < len(toks) {
				switch toks[j].low {
				case "at", "of", "for", "with", "from":
					m.affilTok = j + 1
					if toks[j+1].low == "the" {
						m.affilTok = j + 2
					}
					m.affilPred = newsgraph.MemberOf
					switch toks[last].low {
					case "leader", "head", "chief", "president", "chairman", "chairwoman", "ceo", "director", "minister", "premier", "chancellor", "governor", "mayor", "executive":
						if toks[j].low == "of" {
							m.affilPred = newsgraph.Leads
						}
					case "member":
						m.affilPred = newsgraph.MemberOf
					}
					for _, w := range toks[k:last] {
						switch w.low {
						case "deputy", "vice", "assistant", "acting":
							m.affilPred = newsgraph.MemberOf
						case "former", "ex", "then", "formerly":
							// A former post is no current membership.
							m.affilPred = ""
						}
					}
				}
			}
		}
		// "Tel Aviv, Israel": a place followed by its country, not a list
		if m.votes[tiPlace] > 0 && !lx.gaz.isCountry[m.name] && x.isNameWord(toks[b+1]) && (a == 0 || toks[a-1].text != "," && toks[a-1].low != "and") {
			n := x.placeLenAt(toks, b+1, len(toks))
			if e := b + 1 + n; n > 0 && (e >= len(toks) || toks[e].low != "and" && !(toks[e].text == "," && e+1 < len(toks) && x.isNameWord(toks[e+1]))) {
				if c := lx.gaz.place[fold(joinToks(x.text, toks[b+1:b+1+n]))]; lx.gaz.isCountry[c] && c != m.name {
					m.locInTok = b + 1
					m.locIn = c
				}
			}
		}
		// "X, a ride-hailing company,": an organization or place noun
		// heading an apposition
		if k > b+1 && (toks[k-1].low == "a" || toks[k-1].low == "an") {
			for j := k; j < len(toks) && j < k+4 && toks[j].kind == tWord && !toks[j].cap; j++ {
				w := toks[j].low
				if lx.orgNoun[w] || lx.placeNoun[w] {
					if j+1 >= len(toks) || toks[j+1].kind != tWord || toks[j+1].low == "in" || toks[j+1].low == "based" || toks[j+1].low == "that" || toks[j+1].low == "which" {
						if lx.orgNoun[w] {
							m.votes[tiOrg] += 3
						} else if m.votes[tiPerson] == 0 {
							m.votes[tiPlace] += 3
						}
					}
					break
				}
				if prepositions[w] || w == "and" || w == "or" || w == "who" {
					break
				}
			}
		}
		// "X, a city in Y"
		if k < len(toks) && lx.placeNoun[toks[k].low] && k+2 < len(toks) && toks[k+1].low == "in" {
			m.votes[tiPlace] += 3
			m.locInTok = k + 2
			if toks[k+2].low == "the" {
				m.locInTok = k + 3
			}
		}
	}
}
