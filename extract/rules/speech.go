package rules

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
)

// quoteEntity returns the quotation entity for text span [start, end),
// creating it when needed. It returns -1 for spans too short to be speech.
func (x *doc) quoteEntity(start, end, si int) int {
	// trim spaces, quotation marks and trailing commas
	for start < end && strings.ContainsRune(" \t\r\"“”‘’'", rune(x.text[start])) {
		start++
	}
	for end > start {
		c := x.text[end-1]
		if c == ' ' || c == ',' || c == '\t' || c == '\r' || c == '"' || c == '\'' {
			end--
			continue
		}
		if strings.HasSuffix(x.text[start:end], "”") || strings.HasSuffix(x.text[start:end], "’") {
			end -= len("”")
			continue
		}
		break
	}
	if end-start < 2 || len(strings.Fields(x.text[start:end])) < 3 {
		return -1
	}
	sp := newsgraph.Span{Start: start, End: end}
	if i, ok := x.quoteBySpan[sp]; ok {
		return i
	}
	e := &entity{name: x.text[start:end], typ: newsgraph.Quote, quote: true, qspan: sp, first: start}
	// the sentences the quotation spans
	ss := newsgraph.Span{Start: start, End: end}
	if a := x.sentenceAt(start); a >= 0 {
		ss.Start = min(ss.Start, x.sents[a].start)
	}
	if b := x.sentenceAt(end - 1); b >= 0 {
		ss.End = max(ss.End, x.sents[b].end)
	}
	e.extra = []newsgraph.Mention{{Span: sp, Sentence: ss, Text: x.text[start:end]}}
	x.ents = append(x.ents, e)
	x.quoteBySpan[sp] = len(x.ents) - 1
	return len(x.ents) - 1
}

// said records speaker –said→ quote with the given evidence.
func (x *doc) said(si, speaker, q int, raw string, ev newsgraph.Span, conf float64) {
	if speaker < 0 || q < 0 {
		return
	}
	se := x.ents[speaker]
	if se.concept || se.quote {
		return
	}
	sent := x.sents[si]
	if ev.Start > sent.start {
		ev.Start = sent.start
	}
	if ev.End < sent.end {
		ev.End = sent.end
	}
	if ev.Start < 0 {
		ev.Start = 0
	}
	if ev.End > len(x.text) {
		ev.End = len(x.text)
	}
	k := factKey{speaker, q, newsgraph.Said, false, newsgraph.Span{}}
	if x.factSeen[k] {
		return
	}
	x.factSeen[k] = true
	x.pending = append(x.pending, pendingFact{s: speaker, o: q, f: newsgraph.Fact{
		Predicate:  newsgraph.Said,
		Raw:        raw,
		Evidence:   ev,
		Span:       newsgraph.Span{Start: sent.start, End: sent.end},
		Confidence: conf,
	}})
	x.saidIn[si] = true
	if raw != "according to" && se.typ == newsgraph.Thing && personLike(se.name) && x.personName(speaker) {
		se.typ = newsgraph.Person // a named speaker with a full name
	}
	x.noteSubject(speaker, si)
}

// personLike reports whether a name looks like a person's full name: two
// or three capitalised words, no acronym, no connector.
func personLike(name string) bool {
	w := strings.Fields(name)
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	for _, p := range w {
		if isAcronym(p) || connectors[strings.ToLower(p)] || !unicode.IsUpper(firstRune(p)) {
			return false
		}
	}
	return true
}

// tokenAt returns the index of the token of sentence si containing byte
// offset off, or -1.
func (x *doc) tokenAt(si, off int) int {
	toks := x.sents[si].toks
	i := sort.Search(len(toks), func(i int) bool { return toks[i].end > off })
	if i < len(toks) && toks[i].start <= off {
		return i
	}
	return -1
}

// sentenceAt returns the index of the sentence containing byte offset off,
// or -1.
func (x *doc) sentenceAt(off int) int {
	i := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].end > off })
	if i < len(x.sents) && x.sents[i].start <= off {
		return i
	}
	return -1
}

// inQuote reports whether byte offset off lies inside a direct quotation.
// Quotations are sorted and do not overlap.
func (x *doc) inQuote(off int) bool {
	i := sort.Search(len(x.quotes), func(i int) bool { return x.quotes[i].end > off })
	return i < len(x.quotes) && x.quotes[i].start <= off
}

// quoteIndex lists, per sentence, the quotations whose marks lie in it.
func (x *doc) quoteIndex() {
	x.quotesIn = make([][]int, len(x.sents))
	for qi, q := range x.quotes {
		seen := -1
		for _, off := range []int{q.open, q.close} {
			if off < 0 {
				continue
			}
			if si := x.sentenceAt(off); si >= 0 && si != seen {
				x.quotesIn[si] = append(x.quotesIn[si], qi)
				seen = si
			}
		}
	}
}

// speakerAfter reads "…,” SPEAKER said" or "…,” said SPEAKER" starting at
// token k of sentence si. It returns the speaker entity and the verb.
func (x *doc) speakerAfter(si, k int) (int, string, int) {
	toks := x.sents[si].toks
	sl := x.sentSlots(si)
	for k < len(toks) && (toks[k].text == "," || toks[k].kind == tQuote) {
		k++
	}
	if k >= len(toks) {
		return -1, "", -1
	}
	if s, ok := slotStartingAt(sl, toks, k); ok && !s.poss && s.pron != "his" && s.pron != "its" {
		j := s.te
		for j < len(toks) && skippable[toks[j].low] {
			j++
		}
		if j < len(toks) && x.lx.speech[toks[j].low] {
			e, _ := x.slotEntity(s, si, false, -1, s.ts, true)
			return e, toks[j].text, j
		}
		return -1, "", -1
	}
	if x.lx.speech[toks[k].low] {
		if s, ok := slotStartingAt(sl, toks, k+1); ok && !s.poss && s.kind != mPron {
			e, _ := x.slotEntity(s, si, false, -1, s.ts, true)
			return e, toks[k].text, k
		}
	}
	return -1, "", -1
}

// speakerBefore reads "SPEAKER said: “…" ending before token o.
func (x *doc) speakerBefore(si, o int) (int, string, int) {
	toks := x.sents[si].toks
	k := o - 1
	for k >= 0 && (toks[k].text == "," || toks[k].text == ":" || toks[k].low == "that") {
		k--
	}
	if k < 0 || !x.lx.speech[toks[k].low] {
		return -1, "", -1
	}
	s := x.subjectOf(si, k, false, true)
	return s.ent, toks[k].text, k
}

// findSpeech attributes direct quotations and reported speech in sentence
// si to their speakers.
func (x *doc) findSpeech(si int) {
	sent := x.sents[si]
	toks := sent.toks
	sl := x.sentSlots(si)
	// direct quotations closing in this sentence
	for _, qi := range x.quotesIn[si] {
		q := x.quotes[qi]
		if x.quoteDone[qi] {
			continue
		}
		closeIn := q.close >= sent.start && q.close < sent.end
		openIn := q.open >= sent.start && q.open < sent.end
		if !closeIn && !openIn {
			continue
		}
		speaker, verb, verbTok := -1, "", -1
		if closeIn {
			if c := x.tokenAt(si, q.close); c >= 0 {
				speaker, verb, verbTok = x.speakerAfter(si, c+1)
			}
		}
		if speaker < 0 && openIn {
			if o := x.tokenAt(si, q.open); o >= 0 {
				speaker, verb, verbTok = x.speakerBefore(si, o)
				if speaker < 0 && o == 0 && si > 0 {
					// "X announced,⏎“…”"
					p := x.sents[si-1].toks
					if n := len(p); n >= 2 && (p[n-1].text == "," || p[n-1].text == ":") && x.lx.speech[p[n-2].low] {
						s := x.subjectOf(si-1, n-2, false, true)
						speaker, verb = s.ent, p[n-2].text
						x.usedVerb[verbPos{si - 1, n - 2}] = true
					}
				}
			}
		}
		if speaker >= 0 && verbTok >= 0 {
			x.usedVerb[verbPos{si, verbTok}] = true
		}
		if speaker < 0 {
			if closeIn || q.close < 0 {
				x.quoteDone[qi] = closeIn
			}
			continue
		}
		x.quoteDone[qi] = true
		if qe := x.quoteEntity(q.start, q.end, si); qe >= 0 {
			ev := newsgraph.Span{Start: min(q.start, sent.start), End: max(q.end, sent.end)}
			x.said(si, speaker, qe, verb, ev, 0.85)
		}
	}
	// reported speech
	for v := 0; v < len(toks); v++ {
		t := toks[v]
		if t.kind != tWord || x.inQuote(t.start) {
			continue
		}
		if t.low == "according" && v+1 < len(toks) && toks[v+1].low == "to" {
			if x.saidIn[si] {
				continue
			}
			s, ok := slotStartingAt(sl, toks, v+2)
			if !ok || s.poss || s.kind == mPron {
				continue
			}
			e, _ := x.slotEntity(s, si, false, -1, s.ts, true)
			var from, to int
			if v == 0 || v == 1 && toks[0].kind != tWord {
				from, to = len(toks), len(toks)
				for k := s.te; k < len(toks); k++ {
					if toks[k].text == "," {
						from = k + 1
						break
					}
				}
			} else if toks[v-1].text == "," {
				from, to = 0, v-1
			} else {
				continue
			}
			if from < to && x.opensWithModifier(toks[from:to]) && from == 0 {
				continue
			}
			x.reported(si, e, from, to, "according to", 0.7)
			continue
		}
		if !x.lx.speech[t.low] || x.usedVerb[verbPos{si, v}] {
			continue
		}
		if f, ok := x.verbAt(toks, v); ok && len(f.words) > 1 {
			continue // "said yes to"
		}
		if v > 0 && (toks[v-1].low == "to" || determiners[toks[v-1].low] || toks[v-1].low == "all") {
			continue // "to say", "all claims": not a report
		}
		if neg, _ := modality(toks, v-4, v); neg {
			continue
		}
		if v > 0 && (beForms[toks[v-1].low] || toks[v-1].low == "being" || toks[v-1].low == "get" || toks[v-1].low == "got") {
			continue // "he was told by X", "being told": passive
		}
		// "…, SPEAKER said," before a quotation on the next line
		if v+1 == len(toks)-1 && (toks[v+1].text == "," || toks[v+1].text == ":") {
			continue
		}
		tell := t.low == "tell" || t.low == "tells" || t.low == "told" || t.low == "telling"
		// ", says SPEAKER [to X]."
		if v > 0 && toks[v-1].text == "," && !tell {
			if s, ok := slotStartingAt(sl, toks, v+1); ok && !s.poss && s.kind != mPron && endsInversion(toks, s.te) {
				e, _ := x.slotEntity(s, si, false, -1, s.ts, true)
				if x.reported(si, e, 0, v-1, t.text, 0.75) {
					x.toldAfter(si, e, s.te, t.text)
				}
				continue
			}
		}
		// ", SPEAKER says [obj]." at the end of the sentence
		if s, ok := slotEndingAt(sl, v-1); ok && !s.poss && s.ts > 0 && toks[s.ts-1].text == "," && len(toks)-v <= 8 && !x.opensWithModifier(toks) {
			e, _ := x.slotEntity(s, si, false, -1, s.ts, true)
			if x.reported(si, e, 0, s.ts-1, t.text, 0.75) {
				x.toldObject(si, e, v+1, t.text)
			}
			continue
		}
		// "SPEAKER says (that) CLAUSE"
		subj := x.subjectOf(si, v, false, true)
		if subj.ent < 0 {
			continue
		}
		j := v + 1
		if tell {
			if o := x.toldObject(si, subj.ent, j, t.text); o > j {
				j = o
			} else if j < len(toks) {
				// "told reporters", "told the press"
				if determiners[toks[j].low] {
					j++
				}
				if j < len(toks) && toks[j].kind == tWord && !toks[j].cap && toks[j].low != "that" {
					j++
				}
			}
		}
		from := -1
		for k := j; k < len(toks) && k < j+8; k++ {
			if toks[k].low == "that" {
				if k > j && k+1 < len(toks) && !toks[k+1].cap && strings.HasSuffix(toks[k+1].low, "ed") {
					break // "about the riots that followed": a relative clause
				}
				from = k + 1
				break
			}
			if toks[k].kind != tWord || x.lx.speech[toks[k].low] {
				break
			}
		}
		if from < 0 && x.lx.looseSpeech[t.low] && j < len(toks) && toks[j].kind == tWord && !prepositions[toks[j].low] && !subordinators[toks[j].low] && !skippable[toks[j].low] {
			from = j
		}
		if from < 0 {
			continue
		}
		to := len(toks)
		for k := from; k < len(toks); k++ {
			if toks[k].low == "according" && k > 0 && toks[k-1].text == "," {
				to = k - 1
				break
			}
		}
		x.reported(si, subj.ent, from, to, t.text, subj.conf*0.85)
	}
}

// endsInversion reports whether the speaker of an inverted report (",
// said X") ends at toks[k]: the sentence ends, an apposition or an
// adverbial follows. "…, said X and Y were late" is no inversion.
func endsInversion(toks []token, k int) bool {
	if k >= len(toks) {
		return true
	}
	t := toks[k]
	if t.kind != tWord {
		return t.text == "," || t.text == "." || t.text == ";" || t.text == ":" || t.text == "!" || t.text == "?" || t.text == "(" || t.kind == tQuote
	}
	switch t.low {
	case "to", "in", "on", "at", "during", "after", "before", "when", "while", "from", "of", "today", "yesterday", "tonight", "last", "this", "earlier", "later", "recently", "according":
		return true
	}
	return false
}

var subordinators = wordSet(`as when while after before because if since until unless although though whereas so to and or but than where who which that during earlier later`)

// opensWithModifier reports whether a sentence starts with a preposition
// or subordinator, so that its first clause is not reported speech ("In a
// statement on Sunday, Hamas said …").
func (x *doc) opensWithModifier(toks []token) bool {
	for _, t := range toks {
		if t.kind == tWord {
			return prepositions[t.low] || subordinators[t.low]
		}
	}
	return false
}

// A verbPos is a token position: sentence and token index.
type verbPos struct{ sent, tok int }

// reported records speaker –said→ the clause toks[from:to] of sentence si.
func (x *doc) reported(si, speaker, from, to int, raw string, conf float64) bool {
	toks := x.sents[si].toks
	for to > from && (toks[to-1].kind == tPunct || toks[to-1].kind == tQuote) {
		to--
	}
	for from < to && (toks[from].kind == tQuote || toks[from].kind == tPunct) {
		from++
	}
	if speaker < 0 || to-from < 3 {
		return false
	}
	start, end := toks[from].start, toks[to-1].end
	// a clause that is one direct quotation is attributed with the quote
	if qi := sort.Search(len(x.quotes), func(i int) bool { return x.quotes[i].end+1 >= end }); qi < len(x.quotes) {
		if q := x.quotes[qi]; q.start <= start+1 && end <= q.end+1 && x.quoteDone[qi] {
			return false
		}
	}
	qe := x.quoteEntity(start, end, si)
	if qe < 0 {
		return false
	}
	sent := x.sents[si]
	x.said(si, speaker, qe, raw, newsgraph.Span{Start: sent.start, End: sent.end}, conf)
	return true
}

// toldObject records speaker –told→ X when toks[k] starts an entity X
// ("tells Reuters"), returning the token after X (or k).
func (x *doc) toldObject(si, speaker, k int, raw string) int {
	toks := x.sents[si].toks
	sl := x.sentSlots(si)
	s, ok := slotStartingAt(sl, toks, k)
	if !ok || s.poss || s.kind == mPron {
		return k
	}
	o := x.ments[s.mi].ent
	if o < 0 || o == speaker || x.ents[o].concept {
		return k
	}
	x.markAddressee(o)
	x.fact(si, speaker, o, newsgraph.Told, raw, 0, len(toks), false, newsgraph.Asserted, 0.75)
	return s.te
}

// toldAfter records "says SPEAKER[, apposition] to X" as speaker –told→ X.
func (x *doc) toldAfter(si, speaker, k int, raw string) {
	toks := x.sents[si].toks
	for j := k; j < len(toks) && j < k+12; j++ {
		if toks[j].kind == tQuote || toks[j].text == ";" {
			return
		}
		if toks[j].low == "to" {
			x.toldObject(si, speaker, j+1, raw+" to")
			return
		}
	}
}

// markAddressee types an untyped entity told something as an
// organization: news agencies and outlets are the usual addressees.
func (x *doc) markAddressee(o int) {
	e := x.ents[o]
	if e.typ == newsgraph.Thing && !e.concept && !e.quote && len(strings.Fields(e.name)) <= 2 {
		e.typ = newsgraph.Organization
	}
}
