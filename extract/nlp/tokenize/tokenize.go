// Package tokenize splits English news text into sentences and words with
// byte offsets into the original text, following the tokenization of the
// Universal Dependencies English treebanks (EWT and GUM), on which the
// tagger and parser are trained.
//
// Words follow UD: clitics and contractions are split ("don't" → "do"
// "n't", "can't" → "ca" "n't", "it's" → "it" "'s", "Hamas'" → "Hamas" "'"),
// punctuation is split off, and hyphenated compounds are split into three
// words ("cease-fire" → "cease" "-" "fire") except after prefixes such as
// "non-", "re-", "co-" or "e-" and in phone numbers. Abbreviations ("U.S.",
// "Oct.", "Mr."), initials, numbers ("1,000", "3.5", "10:30", "2½"), URLs,
// e-mail addresses, hashtags and @handles stay together; currency symbols
// and "%" are words of their own ("$" "5", "5" "%").
//
// Sentences end at ".", "!", "?" and ellipses (taking closing quotes and
// brackets with them), at blank lines, and at line breaks unless the next
// line clearly continues the sentence. A period after an abbreviation or an
// initial ends a sentence only when the next word is a common sentence
// opener ("the U.S. Then he left." splits, "Oct. 7" does not); as in EWT,
// an abbreviation that ends a sentence then gives up its period, which
// becomes the final punctuation ("U.S" "."). A news dateline ("WASHINGTON
// (AP) —") is a sentence of its own, as in EWT.
//
// The package is rule-based and has no model. Its functions are safe for
// concurrent use (scratch buffers come from a sync.Pool) and never panic,
// whatever the input (invalid UTF-8, control characters, very long lines);
// they run in time linear in the length of the text.
package tokenize

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/nlp"
)

// MaxSentenceTokens is the longest sentence Sentences returns: longer runs
// of tokens without a sentence boundary (lists, tables, garbage) are cut
// into pieces of this many tokens, so that downstream components never see
// pathological sentences.
const MaxSentenceTokens = 400

// Sentences splits text into sentences of tokens. Every token has Start,
// End and Text (== text[Start:End]); other Token fields are left zero
// except Head, which is -1. Sentence spans run from the start of their first
// token to the end of their last; tokens and sentences are in text order and
// do not overlap. Whitespace (including Unicode spaces and control
// characters) is never part of a token.
func Sentences(text string) []nlp.Sentence {
	toks, ends := analyse(text)
	if len(toks) == 0 {
		return nil
	}
	sents := make([]nlp.Sentence, 0, len(ends))
	start := 0
	for _, e := range ends {
		ts := toks[start:e:e]
		sents = append(sents, nlp.Sentence{Start: ts[0].Start, End: ts[len(ts)-1].End, Tokens: ts})
		start = e
	}
	return sents
}

// Tokens splits text into tokens without grouping them into sentences.
// The tokens are those Sentences returns, in one slice.
func Tokens(text string) []nlp.Token {
	toks, _ := analyse(text)
	return toks
}

// A span is a token being built: a pointer-free [Start, End).
type span struct{ Start, End int }

// spanPool holds scratch slices of spans, reused across calls.
var spanPool = sync.Pool{New: func() any { s := make([]span, 0, 1024); return &s }}

// analyse tokenizes text and splits it into sentences: it returns the
// tokens and, for each sentence, the index just after its last token.
func analyse(text string) ([]nlp.Token, []int) {
	buf := spanPool.Get().(*[]span)
	t := tokenizer{text: text, toks: (*buf)[:0]}
	t.run()
	spans := t.toks
	var toks []nlp.Token
	var ends []int
	if len(spans) > 0 {
		var split []int
		ends, split = boundaries(text, spans)
		toks = make([]nlp.Token, 0, len(spans)+len(split))
		next := split
		for i, sp := range spans {
			if len(next) > 0 && next[0] == i {
				// An abbreviation ending a sentence gives up its period.
				next = next[1:]
				toks = append(toks,
					nlp.Token{Start: sp.Start, End: sp.End - 1, Text: text[sp.Start : sp.End-1], Head: -1},
					nlp.Token{Start: sp.End - 1, End: sp.End, Text: text[sp.End-1 : sp.End], Head: -1})
				continue
			}
			toks = append(toks, nlp.Token{Start: sp.Start, End: sp.End, Text: text[sp.Start:sp.End], Head: -1})
		}
		if len(split) > 0 {
			k := 0
			for e := range ends {
				for k < len(split) && split[k] < ends[e] {
					k++
				}
				ends[e] += k
			}
		}
	}
	if cap(spans) <= 1<<20 { // do not keep huge buffers alive
		*buf = spans[:0]
		spanPool.Put(buf)
	}
	return toks, ends
}

type tokenizer struct {
	text       string
	toks       []span
	chunkStart int // start of the chunk being tokenized
}

func (t *tokenizer) emit(a, b int) {
	if a >= b {
		return
	}
	t.toks = append(t.toks, span{a, b})
}

// run splits the text into whitespace-separated chunks and tokenizes each.
func (t *tokenizer) run() {
	s := t.text
	i := 0
	for i < len(s) {
		if n := spaceLen(s, i); n > 0 {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf { // fast path for ASCII
				if c <= ' ' || c == 0x7f {
					break
				}
				j++
				continue
			}
			if spaceLen(s, j) > 0 {
				break
			}
			_, n := decode(s, j)
			j += n
		}
		t.chunk(i, j)
		i = j
	}
}

// decode returns the rune at s[i] and its length; invalid bytes are
// returned as utf8.RuneError with length 1.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// spaceLen returns the length of the whitespace rune at s[i], or 0 when
// s[i] is not whitespace. Control characters count as whitespace.
func spaceLen(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if c <= ' ' || c == 0x7f {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError {
		return 0
	}
	switch r {
	case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x200b:
		return n
	}
	if (r >= 0x80 && r < 0xa0) || (r >= 0x2000 && r <= 0x200a) {
		return n
	}
	return 0
}

// isNewline reports whether the whitespace rune at s[i] breaks a line.
func isNewline(s string, i int) (bool, int) {
	c := s[i]
	if c == '\n' || c == '\r' || c == '\v' || c == '\f' {
		return true, 1
	}
	if c < utf8.RuneSelf {
		return false, 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return r == 0x85 || r == 0x2028 || r == 0x2029, n
}

// Character classes.
const (
	clsPunct = iota // punctuation and symbols
	clsLetter
	clsDigit
	clsMark // combining marks, which stick to the preceding word
)

func class(r rune) int {
	if r < utf8.RuneSelf {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			return clsLetter
		case r >= '0' && r <= '9':
			return clsDigit
		}
		return clsPunct
	}
	switch {
	case r == utf8.RuneError:
		return clsPunct
	case unicode.IsLetter(r):
		return clsLetter
	case unicode.IsNumber(r):
		return clsDigit
	case unicode.IsMark(r) || r == 0x200d || r == 0xad: // marks, ZWJ, soft hyphen
		return clsMark
	}
	return clsPunct
}

// isWord reports whether r can be part of a word.
func isWord(r rune) bool { return class(r) != clsPunct }

// wordAt reports whether s[i] starts a letter, digit or mark.
func wordAt(s string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := decode(s, i)
	return isWord(r)
}

func letterAt(s string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := decode(s, i)
	return class(r) == clsLetter
}

func digitAt(s string, i, end int) bool {
	return i < end && s[i] >= '0' && s[i] <= '9'
}

// isApos reports whether r is an apostrophe: straight, right single quote
// or backtick.
func isApos(r rune) bool { return r == '\'' || r == '’' || r == '`' }

// chunk tokenizes s[a:b], a run of text without whitespace.
func (t *tokenizer) chunk(a, b int) {
	s := t.text
	t.chunkStart = a
	// Leading and trailing punctuation around URLs and e-mail addresses.
	if c0, c1, ok := urlCore(s, a, b); ok {
		t.punct(a, c0)
		t.emit(c0, c1)
		t.punct(c1, b)
		return
	}
	i := a
	for i < b {
		r, n := decode(s, i)
		if isWord(r) {
			i = t.word(i, b)
			continue
		}
		i = t.punctToken(i, b, r, n)
	}
}

// punct tokenizes s[a:b] as punctuation only.
func (t *tokenizer) punct(a, b int) {
	for i := a; i < b; {
		r, n := decode(t.text, i)
		i = t.punctToken(i, b, r, n)
	}
}

// punctToken emits the punctuation token starting at s[i] (rune r of
// length n) and returns where it ends.
func (t *tokenizer) punctToken(i, b int, r rune, n int) int {
	s := t.text
	if i == t.chunkStart {
		if e, ok := emoticonAt(s, i, b); ok && (e == b || !wordAt(s, e, b)) {
			t.emit(i, e)
			return e
		}
	}
	switch r {
	case '.', '!', '?', '…':
		j := i + n
		for j < b {
			r2, n2 := decode(s, j)
			if r2 != '.' && r2 != '!' && r2 != '?' && r2 != '…' {
				break
			}
			j += n2
		}
		// ".5" is a number.
		if r == '.' && j == i+1 && digitAt(s, j, b) && (i == 0 || !wordAtBefore(s, i)) {
			return t.word(i, b)
		}
		t.emit(i, j)
		return j
	case '\'', '’', '`':
		// A clitic written after a space ("'s", "'ll") or an abbreviated
		// year ("'90s").
		if j, ok := cliticAt(s, i+n, b); ok && (j == b || !wordAt(s, j, b)) {
			t.emit(i, j)
			return j
		}
		if digitAt(s, i+n, b) && digitAt(s, i+n+1, b) && !digitAt(s, i+n+2, b) {
			return t.word(i, b)
		}
		// '' and `` are one quote, as are ‘’ and ’’.
		if i+n < b {
			if r2, n2 := decode(s, i+n); r2 == r || r2 == '’' && r == '‘' {
				t.emit(i, i+n+n2)
				return i + n + n2
			}
		}
		t.emit(i, i+n)
		return i + n
	case '#', '@':
		// Hashtags and handles.
		if letterAt(s, i+n, b) || (r == '@' && wordAt(s, i+n, b)) || (i+n < b && s[i+n] == '_') {
			j := i + n
			for j < b {
				r2, n2 := decode(s, j)
				if !isWord(r2) && r2 != '_' {
					break
				}
				j += n2
			}
			t.emit(i, j)
			return j
		}
	case '‘':
		if i+n < b {
			if r2, n2 := decode(s, i+n); r2 == '’' || r2 == '‘' {
				t.emit(i, i+n+n2)
				return i + n + n2
			}
		}
		t.emit(i, i+n)
		return i + n
	case '(', ')', '[', ']', '{', '}', '"', '“', '”', '«', '»', '„', '‹', '›':
		t.emit(i, i+n)
		return i + n
	}
	if r == utf8.RuneError && n == 1 {
		t.emit(i, i+1)
		return i + 1
	}
	// Runs of the same symbol are one token ("--", "***", "___").
	j := i + n
	for j < b {
		r2, n2 := decode(s, j)
		if r2 != r {
			break
		}
		j += n2
	}
	t.emit(i, j)
	return j
}

// wordAtBefore reports whether the rune ending at s[i] is a word character.
func wordAtBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWord(r)
}

// cliticAt reports whether s[i:] starts with a clitic letter sequence
// ("s", "ll", "re", "ve", "m", "d") that is not followed by a letter, and
// returns its end.
func cliticAt(s string, i, b int) (int, bool) {
	j := i
	for j < b && j-i < 3 {
		c := s[j] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		j++
	}
	if j == i || letterAt(s, j, b) {
		return 0, false
	}
	var buf [16]byte
	switch string(lowerBytes(&buf, s[i:j])) {
	case "s", "m", "d", "ll", "re", "ve":
		return j, true
	}
	return 0, false
}

// lowerBytes writes w lower-cased (ASCII only) into buf and returns it;
// words longer than buf give an empty result, which matches nothing.
func lowerBytes(buf *[16]byte, w string) []byte {
	if len(w) > len(buf) {
		return nil
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return buf[:len(w)]
}

// word scans the word starting at s[i] (ending at most at b), emits it and
// any pieces it splits into, and returns where it ends.
func (t *tokenizer) word(i, b int) int {
	s := t.text
	start := i  // start of the current piece
	piece := i  // start of the current hyphen-separated part
	digits := 0 // number of runes of the current part that are digits
	runes := 0  // number of runes in the current part
	j := i
	for last := -1; j < b && j > last; { // j > last: every step must advance
		last = j
		if x := s[j] | 0x20; x >= 'a' && x <= 'z' { // fast path for ASCII letters
			runes++
			j++
			continue
		}
		r, n := decode(s, j)
		c := class(r)
		if c != clsPunct || r == '_' && wordAt(s, j+1, b) && j > start {
			if c == clsDigit {
				digits++
			}
			runes++
			j += n
			continue
		}
		if j == start && r == '.' { // ".5"
			j++
			continue
		}
		if isApos(r) && j == start { // "'90s"
			j += n
			continue
		}
		next := j + n
		switch r {
		case '.':
			// "3.5", "U.S", "e.g", "example.com" stay together; a missing
			// space between sentences ("facemask.Image") does not.
			if wordAt(s, next, b) && !(upperAt(s, next, b) && lowerAt(s, next+1, b) && j-start >= 3 && lowerAt(s, j-1, b) && lowerAt(s, j-2, b) && !tld(s, next, b)) {
				j = next
				continue
			}
		case ',':
			// "1,000": a digit before, three digits after.
			if digits > 0 && digitAt(s, next, b) && digitAt(s, next+1, b) && digitAt(s, next+2, b) && !digitAt(s, next+3, b) {
				j = next
				continue
			}
		case ':':
			if digits > 0 && j > start && digitAt(s, j-1, b) && digitAt(s, next, b) {
				j = next
				continue
			}
		case '@':
			// "Warner@ENRON": an address without a domain.
			if j > start && letterAt(s, next, b) && letterBefore(s, j) {
				j = next
				continue
			}
		case '&':
			// "AT&T", "Q&A", "PG&E".
			if j > start && upperBefore(s, j) && upperAt(s, next, b) {
				j = next
				continue
			}
		case '/':
			// "1/2", "9/11", "11/28/2000", "w/o", "I/C".
			if digits == runes && digits > 0 && digitAt(s, next, b) {
				j = next
				digits, runes = 0, 0
				continue
			}
			if runes == 1 && digits == 0 && letterAt(s, next, b) && !letterAt(s, next+1, b) {
				j = next
				runes = 0
				continue
			}
		case '-', '‐', '‑':
			// A word broken off in speech keeps its hyphen: "th-", "c-".
			if next == b && digits == 0 && runes > 0 && runes <= 3 && letterBefore(s, j) {
				j = next
				break
			}
			if wordAt(s, next, b) {
				if digits == runes && digits > 0 {
					if e, ok := phoneEnd(s, piece, b); ok && e > j {
						j = e // the number ends the word
						break
					}
				} else if digits == 0 && keepPrefix(s[piece:j]) {
					j = next
					piece, digits, runes = next, 0, 0
					continue
				}
			}
		case '\'', '’', '`':
			if j > start {
				if e, ok := t.apostrophe(start, j, n, b); ok {
					return e
				}
				// Apostrophe inside a word: "O'Brien", "rock'n'roll".
				if letterAt(s, next, b) && letterBefore(s, j) {
					j = next
					continue
				}
			}
		}
		break
	}
	// A period after the word: keep it when the word is an abbreviation.
	if j < b && s[j] == '.' && j > start && (j+1 == b || s[j+1] != '.' || j+2 < b && s[j+1] == '.' && s[j+2] != '.' || j+2 == b) {
		if abbrevPeriod(s, start, j, b) || j-start > 3 && (s[j-3:j] == "a.m" || s[j-3:j] == "p.m") {
			j++
		}
	}
	if j == start { // cannot happen; guarantees progress
		_, n := decode(s, j)
		j += n
	}
	t.emitWord(start, j)
	return j
}

// unitStart returns where a unit written after a number starts ("2pm",
// "$170m", "7:30PM", "10a.m."), which UD splits off, or 0.
func unitStart(w string) int {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0
	}
	k := 0
	for k < len(w) && (w[k] >= '0' && w[k] <= '9' || w[k] == '.' || w[k] == ',' || w[k] == ':') {
		k++
	}
	if k == len(w) || w[k-1] < '0' || w[k-1] > '9' {
		return 0
	}
	var buf [16]byte
	switch string(lowerBytes(&buf, w[k:])) {
	case "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "m", "k", "b", "bn", "mn", "km", "kg", "mm", "cm", "ft", "mph", "kph", "gb", "mb", "tb", "kb", "ghz", "mhz", "hrs", "hr", "mins", "min", "lbs", "lb", "oz", "ml", "yrs", "million", "billion":
		return k
	}
	return 0
}

func upperBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsUpper(r)
}

func upperAt(s string, i, b int) bool {
	if i >= b {
		return false
	}
	r, _ := decode(s, i)
	return unicode.IsUpper(r)
}

// tld reports whether s[i:b] starts with a capitalised top-level domain
// ("Newsfeed.Com").
func tld(s string, i, b int) bool {
	if i+3 > b || i+3 < b && letterAt(s, i+3, b) {
		return false
	}
	switch s[i : i+3] {
	case "Com", "Net", "Org", "Gov", "Edu":
		return true
	}
	return false
}

func lowerAt(s string, i, b int) bool {
	return i < b && s[i] >= 'a' && s[i] <= 'z'
}

func letterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return class(r) == clsLetter
}

// apostrophe handles an apostrophe at s[j] (length n) inside the word that
// starts at start: it splits off clitics ("it's", "we'll", "don't") and
// returns the end of what it emitted.
func (t *tokenizer) apostrophe(start, j, n, b int) (int, bool) {
	s := t.text
	// "n't": split before the n.
	if j-1 > start && (s[j-1] == 'n' || s[j-1] == 'N') && j+n < b && (s[j+n]|0x20) == 't' && !letterAt(s, j+n+1, b) {
		t.emitWord(start, j-1)
		t.emit(j-1, j+n+1)
		return j + n + 1, true
	}
	if e, ok := cliticAt(s, j+n, b); ok && !(e == j+n+1 && (s[j+n]|0x20) == 's' && digitAt(s, j-1, b)) {
		t.emitWord(start, j)
		t.emit(j, e)
		return e, true
	}
	return 0, false
}

// phoneEnd reports whether the digit groups joined by hyphens starting at
// s[i] form a phone number or a date written with hyphens ("713-853-3989",
// "646-8420", "11-20-2000"), which UD keeps as one word, and returns its end.
func phoneEnd(s string, i, b int) (int, bool) {
	groups := 0
	var lens [4]int
	j := i
	for {
		k := j
		for k < b && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == j {
			return 0, false
		}
		if groups == len(lens) {
			return 0, false // not a phone number; also bounds the work
		}
		lens[groups] = k - j
		groups++
		j = k
		if j+1 < b && s[j] == '-' && digitAt(s, j+1, b) {
			j++
			continue
		}
		break
	}
	if wordAt(s, j, b) {
		return 0, false
	}
	if groups >= 3 || (groups == 2 && lens[0] == 3 && lens[1] == 4) {
		return j, true
	}
	return 0, false
}

// keepPrefix reports whether a hyphen after w stays inside the word, as UD
// does after prefixes ("non-Muslim", "re-elected", "e-mail").
func keepPrefix(w string) bool {
	if len(w) > 7 {
		return false
	}
	var buf [16]byte
	switch string(lowerBytes(&buf, w)) {
	case "e", "non", "re", "anti", "co", "pro", "pre", "mid", "post", "over",
		"cross", "counter", "semi", "multi", "ex", "sub", "mini", "un", "socio",
		"psycho", "mis", "micro", "intra", "inter", "neo", "ultra", "super",
		"hyper", "extra", "macro", "mega", "meta", "trans", "uni", "bi", "tri":
		return true
	}
	return false
}

// emitWord emits the word s[a:b], splitting contractions written without an
// apostrophe ("dont", "gonna", "cannot") as UD does.
func (t *tokenizer) emitWord(a, b int) {
	if n := b - a; n >= 2 && n <= 8 {
		if k := splitPoint(t.text[a:b]); k > 0 {
			t.emit(a, a+k)
			t.emit(a+k, b)
			return
		}
	}
	if c := t.text[a]; c >= '0' && c <= '9' {
		if k := unitStart(t.text[a:b]); k > 0 {
			t.emit(a, a+k)
			t.emit(a+k, b)
			return
		}
	}
	t.emit(a, b)
}
