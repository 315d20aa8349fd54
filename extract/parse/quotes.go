package parse

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A quotation is a run of text between quotation marks. A quotation may
// span several sentences; one that runs on into the next paragraph (news
// reopens it there without closing it) continues there as a quotation of
// its own whose prev is this one.
type quotation struct {
	// from and to are the first and last tokens inside the marks.
	from, to pos
	// open is the opening mark; close the closing one (close.s < 0 when
	// the quotation is not closed in its paragraph).
	open, close pos
	span        newsgraph.Span
	words       int
	prev        int // the quotation this one continues, or -1
	// speaker is the entity the quotation is attributed to, -1 when none;
	// ent the quotation's own entity (a Quote node), -1 until made.
	speaker, ent int
	// how is the attribution rule that found the speaker, for tests.
	how string
}

// quoteMark classifies a quotation mark token: 1 opens, 2 closes, 3 either
// (a straight double quote); 0 is no quotation mark.
func quoteMark(w string) int {
	switch w {
	case "“", "«", "„":
		return 1
	case "”", "»":
		return 2
	case "\"", "``", "''":
		return 3
	}
	return 0
}

// findQuotes pairs the document's quotation marks into quotations and
// marks the tokens inside them.
func (x *doc) findQuotes() {
	open := false
	var start pos
	para := -1
	closeAt := func(end pos, closed pos, unclosed bool) {
		q := &quotation{open: start, close: closed, prev: -1, speaker: -1, ent: -1}
		// first token inside
		q.from = x.next(start)
		q.to = end
		if q.from.s < 0 || x.before(q.to, q.from) {
			return
		}
		if unclosed {
			q.close = pos{-1, -1}
		}
		q.span = newsgraph.Span{Start: x.tok(q.from).Start, End: x.tok(q.to).End}
		qi := len(x.quotes)
		for p := q.from; ; p = x.next(p) {
			if p.s < 0 {
				break
			}
			s := x.sents[p.s]
			s.quote[p.t] = qi
			if !s.isPunct(p.t) {
				q.words++
			}
			if p == q.to {
				break
			}
		}
		x.quotes = append(x.quotes, q)
	}
	var last pos = pos{-1, -1}
	for si, s := range x.sents {
		if s.para != para {
			if open && last.s >= 0 {
				// the quotation runs to the end of its paragraph
				closeAt(last, pos{-1, -1}, true)
				if n := len(x.quotes); n > 0 {
					x.quotes[n-1].close = pos{-1, -1}
				}
				open = false
				// a paragraph that opens with a quotation mark
				// continues it
				if len(s.Tokens) > 0 && quoteMark(s.Tokens[0].Text)&1 != 0 {
					x.pendingCont = len(x.quotes) - 1
				}
			}
			para = s.para
		}
		for ti, t := range s.Tokens {
			m := quoteMark(t.Text)
			switch {
			case m == 0:
			case !open && m&1 != 0:
				open, start = true, pos{si, ti}
			case open && m&2 != 0:
				before := x.prev(pos{si, ti})
				n := len(x.quotes)
				closeAt(before, pos{si, ti}, false)
				if len(x.quotes) > n && x.pendingCont >= 0 {
					x.quotes[n].prev = x.pendingCont
				}
				x.pendingCont = -1
				open = false
			}
			last = pos{si, ti}
		}
	}
	if open && last.s >= 0 {
		closeAt(last, pos{-1, -1}, true)
	}
}

// next returns the token after p in the document, or {-1,-1}.
func (x *doc) next(p pos) pos {
	if p.t+1 < len(x.sents[p.s].Tokens) {
		return pos{p.s, p.t + 1}
	}
	for s := p.s + 1; s < len(x.sents); s++ {
		if len(x.sents[s].Tokens) > 0 {
			return pos{s, 0}
		}
	}
	return pos{-1, -1}
}

// prev returns the token before p in the document, or {-1,-1}.
func (x *doc) prev(p pos) pos {
	if p.t > 0 {
		return pos{p.s, p.t - 1}
	}
	for s := p.s - 1; s >= 0; s-- {
		if n := len(x.sents[s].Tokens); n > 0 {
			return pos{s, n - 1}
		}
	}
	return pos{-1, -1}
}

// before reports whether a comes before b.
func (x *doc) before(a, b pos) bool { return a.s < b.s || a.s == b.s && a.t < b.t }

// A turn is one speaker's part of an interview transcript written with
// the speaker's name in double brackets before it ("((WN)) When did you
// start? ((Ana Ruiz)) I was eight."): the turn is read as a quotation of
// the named speaker, so that what is said in it is attributed to them and
// yields no facts of the article's own.
type turn struct {
	q    int // the turn's quotation
	s    int // sentence of the name
	a, b int // the name's tokens
}

// paragraphEnd returns the last sentence of sentence si's paragraph.
func (x *doc) paragraphEnd(si int) int {
	for si+1 < len(x.sents) && x.sents[si+1].para == x.sents[si].para {
		si++
	}
	return si
}

// endsWithQuestion reports whether sentence si ends with a question mark.
func (x *doc) endsWithQuestion(si int) bool {
	ts := x.sents[si].Tokens
	return len(ts) > 0 && ts[len(ts)-1].Text == "?"
}

// findTurns finds the turns of an interview transcript: each runs from
// its bracketed name to the next one (or to the end of its paragraph).
// Quotations inside a turn are the speaker's own words and are not
// attributed again.
func (x *doc) findTurns() {
	type marker struct{ s, open, a, b int }
	var ms []marker
	for si, s := range x.sents {
		for t := 0; t+4 < len(s.Tokens); t++ {
			if s.Tokens[t].Text != "(" || s.Tokens[t+1].Text != "(" || !capitalised(s.Tokens[t+2].Text) {
				continue
			}
			k := t + 2
			for k < len(s.Tokens) && k < t+8 && s.Tokens[k].Text != ")" && s.Tokens[k].Text != "(" {
				k++
			}
			if k+1 >= len(s.Tokens) || s.Tokens[k].Text != ")" || s.Tokens[k+1].Text != ")" {
				continue
			}
			ms = append(ms, marker{si, t, t + 2, k})
			t = k + 1
		}
	}
	if len(ms) < 2 {
		return // one bracketed name is no transcript
	}
	for i, m := range ms {
		from := x.next(pos{m.s, m.b + 1})
		var to pos
		if i+1 < len(ms) {
			to = x.prev(pos{ms[i+1].s, ms[i+1].open})
			if last := x.paragraphEnd(m.s); last < ms[i+1].s && x.endsWithQuestion(last) {
				// a question ends its turn (as turnSpans has it): what
				// follows unmarked is the story's again
				to = pos{last, len(x.sents[last].Tokens) - 1}
			}
		} else {
			last := m.s
			for last+1 < len(x.sents) && x.sents[last+1].para == x.sents[m.s].para {
				last++
			}
			to = pos{last, len(x.sents[last].Tokens) - 1}
		}
		for from.s >= 0 && x.before(from, to) && (x.tok(from).Text == ":" || x.tok(from).Text == ")") {
			from = x.next(from) // "((WSS)) : …": the marker's own colon
		}
		if from.s < 0 || to.s < 0 || x.before(to, from) {
			continue
		}
		qi := len(x.quotes)
		q := &quotation{from: from, to: to, open: pos{m.s, m.open}, close: pos{-1, -1}, prev: -1, speaker: -1, ent: -1, how: "turn"}
		q.span = newsgraph.Span{Start: x.tok(from).Start, End: x.tok(to).End}
		for p := from; p.s >= 0; p = x.next(p) {
			s := x.sents[p.s]
			if inner := s.quote[p.t]; inner >= 0 && inner != qi {
				x.quotes[inner].words = 0 // the speaker's own quoting
			}
			s.quote[p.t] = qi
			if !s.isPunct(p.t) {
				q.words++
			}
			if p == to {
				break
			}
		}
		x.quotes = append(x.quotes, q)
		x.turns = append(x.turns, turn{q: qi, s: m.s, a: m.a, b: m.b})
	}
}

// turnSpeakers attributes each turn to the person named before it; a
// turn of an interviewer that is an organization (a newsroom's initials)
// or of no entity is nobody's statement in the graph.
func (x *doc) turnSpeakers() {
	// an interviewer's turns are mostly questions; an interviewee's
	// answer that ends with one is still an answer
	asks, turns := map[int]int{}, map[int]int{}
	for _, t := range x.turns {
		if ei := x.entityAt(x.sents[t.s], t.a); ei >= 0 {
			turns[ei]++
			if x.asks(t.q) {
				asks[ei]++
			}
		}
	}
	for _, t := range x.turns {
		s := x.sents[t.s]
		q := x.quotes[t.q]
		ei := x.entityAt(s, t.a)
		q.words = 0 // (no other rule attributes a turn)
		if ei < 0 || x.typeOf(ei) != newsgraph.Person {
			continue // (speechless: every attribution rule passes over a turn)
		}
		if x.asks(t.q) && (2*asks[ei] > turns[ei] || len(strings.Fields(x.d.Text[q.span.Start:q.span.End])) <= 12 && strings.Count(x.d.Text[q.span.Start:q.span.End], ".") == 0) {
			continue // an interviewer's question, or a short one back ("Regarding the clinic?"), states nothing
		}
		if x.bareReply(t.q) || x.emptyTurn(t.q) {
			continue // "Yeah, yeah.", "Reasons:"
		}
		q.speaker = ei
		x.sayQuote(s, -1, ei, t.q)
	}
}

// onlyTurnMark reports whether every name mention of entity ei is the
// bracketed name that marks a turn of an interview.
func (x *doc) onlyTurnMark(ei int) bool {
	if len(x.turns) == 0 {
		return false
	}
	marks := map[[2]int]bool{}
	for _, t := range x.turns {
		marks[[2]int{t.s, t.a}] = true
	}
	n := 0
	for _, mi := range x.ents[ei].ments {
		m := x.ments[mi]
		if m.kind != mName {
			continue
		}
		if !marks[[2]int{m.s, m.a}] {
			return false
		}
		n++
	}
	return n > 0
}

// asks reports whether the first paragraph of quotation qi ends with a
// question mark (picture captions may follow it: "… to voters?\n\n
// Jorgensen with a supporter.Image: Gage Skidmore.").
func (x *doc) asks(qi int) bool {
	q := x.quotes[qi]
	text := strings.TrimLeft(x.d.Text[q.span.Start:q.span.End], " \n")
	if p := strings.Index(text, "\n\n"); p > 0 {
		text = text[:p] // (its first paragraph: picture captions and legends may follow)
	}
	if i := strings.LastIndex(text, " Image:"); i > 0 {
		text = text[:i] // (a caption's credit run on: "… voters? Image: Gage Skidmore.")
	}
	return strings.HasSuffix(strings.TrimRight(text, " \"”'»\n"), "?")
}

// emptyTurn reports whether quotation qi is a few words that open what
// follows and say nothing themselves ("Reasons:").
func (x *doc) emptyTurn(qi int) bool {
	q := x.quotes[qi]
	text := strings.TrimSpace(x.d.Text[q.span.Start:q.span.End])
	return strings.HasSuffix(text, ":") && len(strings.Fields(text)) <= 3
}

// turnPeople types a person the name two or more turns of an interview
// are marked with ("((Jarno Leppanen))"), however unknown the given name.
func (x *doc) turnPeople() {
	n := map[int]int{}
	for _, t := range x.turns {
		if ei := x.entityAt(x.sents[t.s], t.a); ei >= 0 {
			n[ei]++
		}
	}
	for ei, k := range n {
		if e := x.ents[ei]; k >= 2 && turnPerson(e) {
			e.sure, e.leadValid = newsgraph.Person, false
			e.vote(newsgraph.Person, 4)
		}
	}
}

// turnPerson reports whether the name an interview's turns are marked
// with is a person's: two to four capitalised words, none the head of an
// organization's or a place's name, and no country.
func turnPerson(e *entity) bool {
	w := strings.Fields(e.name)
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	if _, ok := countryOf(e.name); ok || isRegion(e.name) {
		return false
	}
	for _, word := range w {
		lw := strings.ToLower(word)
		if !capitalised(word) || lexicon.IsOrgWord(lw) || lexicon.Head(lw) == lexicon.OrgHead || lexicon.Head(lw) == lexicon.PlaceHead || isAcronym(word) {
			return false
		}
	}
	return true
}

// bareReply reports whether quotation qi holds nothing but words of
// assent or hesitation ("Yeah, yeah.", "OK."), or a name alone
// ("Alejandro Ramírez.").
func (x *doc) bareReply(qi int) bool {
	q := x.quotes[qi]
	text := x.d.Text[q.span.Start:q.span.End]
	if ws := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }); len(ws) <= 4 && len(ws) > 0 {
		name := true
		for _, w := range ws {
			if !capitalised(w) {
				name = false
			}
		}
		if name {
			return true // "Alejandro Ramírez.": a name, the answer to "Who coaches you?"
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "yes", "yeah", "yep", "no", "nope", "ok", "okay", "right", "sure", "mm", "hmm", "uh", "um", "well", "oh":
		default:
			return false
		}
	}
	return true
}
