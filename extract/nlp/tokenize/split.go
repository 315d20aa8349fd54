package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// boundaries returns, for each sentence, the index just after its last
// token, and the indexes of abbreviations that end a sentence, whose period
// UD treats as the sentence's final punctuation ("the U.S." → "U.S" ".").
func boundaries(s string, toks []span) (ends, split []int) {
	n := len(toks)
	ends = make([]int, 0, n/12+1)
	first := 0     // first token of the current sentence
	quote := false // inside a straight double quote opened in this paragraph
	for i := 0; i < n; i++ {
		if i > 0 && lineBreaks(s, toks[i-1].End, toks[i].Start) > 0 {
			quote = false
		}
		if s[toks[i].Start:toks[i].End] == "\"" {
			quote = !quote
		}
		if i == n-1 {
			if finalAbbrev(s[toks[i].Start:toks[i].End]) {
				split = append(split, i)
			}
			ends = append(ends, n)
			break
		}
		if k, ok := sentenceEnd(s, toks, first, i, quote); ok {
			for _, t := range toks[i+1 : k+1] {
				if s[t.Start:t.End] == "\"" {
					quote = !quote
				}
			}
			if finalAbbrev(s[toks[i].Start:toks[i].End]) {
				split = append(split, i)
			}
			ends = append(ends, k+1)
			first, i = k+1, k
			continue
		}
		if i+1-first >= MaxSentenceTokens {
			ends = append(ends, i+1)
			first = i + 1
		}
	}
	return ends, split
}

// finalAbbrev reports whether w is an abbreviation with its period that
// gives the period up when it ends a sentence.
func finalAbbrev(w string) bool {
	return len(w) > 1 && w[len(w)-1] == '.' && !isTerminal(w) && w != "..."
}

// lineBreaks counts the line breaks in s[a:b], which holds only
// whitespace; "\r\n" counts once.
func lineBreaks(s string, a, b int) int {
	if b-a == 1 && s[a] == ' ' || a == b {
		return 0
	}
	c := 0
	for i := a; i < b; {
		if s[i] == '\r' && i+1 < b && s[i+1] == '\n' {
			i++
		}
		nl, w := isNewline(s, i)
		if nl {
			c++
		}
		if w < 1 {
			w = 1
		}
		i += w
	}
	return c
}

// isTerminal reports whether w is sentence-final punctuation: a run of
// ".", "!", "?" and "…".
func isTerminal(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r != '.' && r != '!' && r != '?' && r != '…' {
			return false
		}
	}
	return true
}

// isCloser reports whether w is a closing quote or bracket that stays
// with the sentence it follows.
func isCloser(w string) bool {
	switch w {
	case ")", "]", "}", "\"", "'", "”", "’", "»", "''", "’’", "›":
		return true
	}
	return false
}

// isOpener reports whether w is an opening quote or bracket.
func isOpener(w string) bool {
	switch w {
	case "(", "[", "{", "\"", "'", "“", "‘", "«", "``", "‘‘", "„", "‹":
		return true
	}
	return false
}

// firstRune returns the first rune of w.
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

func startsLower(w string) bool { return unicode.IsLower(firstRune(w)) }
func startsUpper(w string) bool { return unicode.IsUpper(firstRune(w)) }

// sentenceEnd decides whether a sentence ends at or just after token i (the
// current sentence started at token first; quote tells whether a straight
// double quote is open). It returns the index of the sentence's last
// token.
func sentenceEnd(s string, toks []span, first, i int, quote bool) (int, bool) {
	n := len(toks)
	w := s[toks[i].Start:toks[i].End]
	terminal := isTerminal(w)
	kind := uint8(abbrNone)
	if !terminal && len(w) > 1 && w[len(w)-1] == '.' {
		kind = abbrevKind(w[:len(w)-1])
	}
	if terminal || kind != abbrNone {
		// Closing quotes and brackets right after the punctuation belong to
		// the sentence.
		k := i
		open := quote
		for k+1 < n && isCloser(s[toks[k+1].Start:toks[k+1].End]) && (toks[k+1].Start == toks[k].End || s[toks[k+1].Start:toks[k+1].End] == "”" || open && looseQuote(s, toks, k+1)) {
			if s[toks[k+1].Start:toks[k+1].End] == "\"" {
				open = false
			}
			k++
		}
		// A smiley after the punctuation belongs to the sentence too.
		if k+1 < n && isEmoticon(s[toks[k+1].Start:toks[k+1].End]) && lineBreaks(s, toks[k].End, toks[k+1].Start) == 0 {
			k++
		}
		// Footnote marks: "… in 2009. [2] Fillmore …".
		for k+3 < n && s[toks[k+1].Start:toks[k+1].End] == "[" && isDigits(s[toks[k+2].Start:toks[k+2].End]) && s[toks[k+3].Start:toks[k+3].End] == "]" {
			k += 3
		}
		if k+1 == n {
			return k, true
		}
		// The first word of what follows, past opening quotes and brackets.
		m := k + 1
		for m < n-1 && isOpener(s[toks[m].Start:toks[m].End]) {
			m++
		}
		next := s[toks[m].Start:toks[m].End]
		r := firstRune(next)
		if nl := lineBreaks(s, toks[k].End, toks[k+1].Start); nl > 1 {
			return k, true
		} else if nl == 1 {
			// A title or an initial at the end of a line continues on the
			// next ("Mr.⏎Smith", "George W.⏎Bush").
			if kind == abbrTitle || kind == abbrInitial && k == i && !starters[next] {
				return 0, false
			}
			return k, true
		}
		switch {
		case terminal:
			// "1." or "A." numbering a list item.
			if i == first+1 && w == "." && isNumbering(s[toks[first].Start:toks[first].End]) {
				return 0, false
			}
			if isTerminal(s[toks[k+1].Start:toks[k+1].End]) && (k == i || toks[k+1].Start == toks[k].End) {
				return 0, false
			}
			if unicode.IsLower(r) && (w[0] == '.' && len(w) > 1 || w == "…" || k > i || toks[k+1].Start == toks[k].End) {
				return 0, false
			}
			if w[0] == '.' && len(w) > 1 || w == "…" { // ellipsis
				return k, unicode.IsUpper(r) || unicode.IsDigit(r) && m > k+1
			}
			if isWord(r) || isOpener(next) || m > k+1 {
				return k, true
			}
			// Followed by punctuation: ", he said", "?!".
			switch next {
			case ",", ";", ":", ")", "]", "}", "-", "%":
				return 0, false
			}
			return k, true
		case kind == abbrTitle:
			return 0, false
		default:
			if !unicode.IsUpper(r) {
				return 0, false
			}
			return k, starters[next]
		}
	}
	// A dateline ends at its dash: "WASHINGTON (AP) —".
	if isDash(w) && i > first && i-first <= 8 && toks[i].Start > toks[i-1].End && lineBreaks(s, toks[i].End, toks[i+1].Start) == 0 && lineStart(s, toks[first].Start) && isDateline(s, toks[first:i]) {
		return i, true
	}
	// A line break ends a sentence unless the line clearly continues.
	if lineBreaks(s, toks[i].End, toks[i+1].Start) > 0 {
		if lineBreaks(s, toks[i].End, toks[i+1].Start) > 1 {
			return i, true
		}
		next := s[toks[i+1].Start:toks[i+1].End]
		if startsLower(next) {
			return 0, false
		}
		switch w {
		case ",", ";", "-", "(", "[", "{", "“", "‘", "&", "/":
			return 0, false
		}
		return i, true
	}
	return 0, false
}

// isNumbering reports whether w numbers a list item ("1", "12", "a", "B").
func isNumbering(w string) bool {
	if len(w) == 1 {
		return true
	}
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return len(w) <= 3
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return true
}

func isDash(w string) bool {
	switch w {
	case "-", "--", "—", "–", "―":
		return true
	}
	return false
}

// lineStart reports whether s[i] starts a line, ignoring spaces.
func lineStart(s string, i int) bool {
	for i > 0 {
		c := s[i-1]
		if c == '\n' || c == '\r' {
			return true
		}
		if c != ' ' && c != '\t' {
			return false
		}
		i--
	}
	return true
}

// isDateline reports whether ts looks like the place of a news dateline:
// capitalised place names starting with one in capitals, with commas,
// state abbreviations and a news agency in brackets ("WASHINGTON (AP)",
// "PONCHATOULA, La.", "NEW DELHI").
func isDateline(s string, ts []span) bool {
	if !allCaps(s[ts[0].Start:ts[0].End]) {
		return false
	}
	paren := false
	for _, t := range ts {
		w := s[t.Start:t.End]
		switch {
		case w == "(":
			paren = true
		case w == ")":
			paren = false
		case w == "," || w == "/":
		case allCaps(w):
		case startsUpper(w) && (paren || w[len(w)-1] == '.'):
		default:
			return false
		}
	}
	return !paren
}

// allCaps reports whether w has at least two letters, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case unicode.IsLower(r):
			return false
		case r == '.' || r == '\'' || r == '-' || r == '’':
		default:
			return false
		}
	}
	return n >= 2
}

// looseQuote reports whether toks[j] is a straight double quote standing
// apart from the words on both sides on the same line, as a closing quote
// can ("… to go. " he said").
func looseQuote(s string, toks []span, j int) bool {
	if s[toks[j].Start:toks[j].End] != "\"" || lineBreaks(s, toks[j-1].End, toks[j].Start) > 0 {
		return false
	}
	return j+1 == len(toks) || toks[j+1].Start > toks[j].End
}
