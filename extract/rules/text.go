package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fold returns s in lower case without accents, with inner whitespace
// collapsed, for comparing names.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '’' || r == '‘':
			r = '\''
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// A tokKind says what a token is.
type tokKind uint8

const (
	tWord  tokKind = iota // letters or digits
	tPunct                // one punctuation mark or symbol
	tQuote                // a quotation mark: " “ ” ‘ ’ '
	tPoss                 // the possessive 's or ' after a name
)

// A token is a word or punctuation mark with its byte span in the text.
type token struct {
	text       string
	low        string // folded
	start, end int
	kind       tokKind
	// cap is set for words starting with an upper-case letter.
	cap bool
	// abbr is set for words ending in an abbreviation period ("U.S.").
	abbr bool
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.No, r)
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '‘', '’', '\'', '«', '»', '„':
		return true
	}
	return false
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = wordSet(`mr mrs ms dr prof sr jr st gen sen rep gov lt col capt sgt maj adm cmdr no vs etc inc ltd corp co jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est univ ph`)

// tokenize splits text[start:end] into tokens with offsets into text.
func tokenize(text string, start, end int) []token {
	var toks []token
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && n <= 1 && !utf8.FullRuneInString(text[i:end]):
			i += n
		case isWordRune(r):
			j := i + n
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if r2 == '-' || r2 == '.' || r2 == ',' || r2 == '\'' || r2 == '’' || r2 == '&' {
					if j+n2 >= end {
						break
					}
					r3, n3 := utf8.DecodeRuneInString(text[j+n2 : end])
					if !isWordRune(r3) {
						break
					}
					if r2 == ',' && !(unicode.IsDigit(r3) && unicode.IsDigit(lastRune(text[i:j]))) {
						break
					}
					if r2 == '.' && !unicode.IsDigit(r3) && !(isShortSegment(text[i:j]) && unicode.IsUpper(r3)) {
						break
					}
					if r2 == '\'' || r2 == '’' {
						// possessive 's: stop before the apostrophe
						if (r3 == 's' || r3 == 'S') && (j+n2+n3 >= end || !isWordRune(firstRune(text[j+n2+n3:end]))) {
							break
						}
					}
					j += n2 + n3
					continue
				}
				break
			}
			w := text[i:j]
			abbr := false
			if j < end && text[j] == '.' {
				lw := strings.ToLower(w)
				if abbreviations[lw] || strings.Contains(w, ".") || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w))) {
					j++
					w = text[i:j]
					abbr = true
				}
			}
			toks = append(toks, token{text: w, low: fold(w), start: i, end: j, kind: tWord, cap: unicode.IsUpper(firstRune(w)), abbr: abbr})
			i = j
		case isQuoteRune(r):
			// possessive after a word: 's or a lone ' after s
			if (r == '\'' || r == '’') && len(toks) > 0 && toks[len(toks)-1].kind == tWord && toks[len(toks)-1].end == i {
				rest := text[i+n : end]
				if len(rest) > 0 && (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordRune(firstRune(rest[1:]))) {
					toks = append(toks, token{text: text[i : i+n+1], low: "'s", start: i, end: i + n + 1, kind: tPoss})
					i += n + 1
					continue
				}
				prev := toks[len(toks)-1].low
				if strings.HasSuffix(prev, "s") && (len(rest) == 0 || rest[0] == ' ') && toks[len(toks)-1].cap {
					toks = append(toks, token{text: text[i : i+n], low: "'", start: i, end: i + n, kind: tPoss})
					i += n
					continue
				}
			}
			toks = append(toks, token{text: text[i : i+n], low: text[i : i+n], start: i, end: i + n, kind: tQuote})
			i += n
		default:
			toks = append(toks, token{text: text[i : i+n], low: text[i : i+n], start: i, end: i + n, kind: tPunct})
			i += n
		}
	}
	return toks
}

// isShortSegment reports whether the last dot-separated segment of w is a
// single letter ("U" of "U.S").
func isShortSegment(w string) bool {
	k := strings.LastIndexByte(w, '.')
	return utf8.RuneCountInString(w[k+1:]) == 1
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// A sentence is a run of tokens of one paragraph.
type sentence struct {
	start, end int // byte span
	toks       []token
	para       int  // paragraph index
	first      bool // first sentence of its paragraph
	heading    bool // a short line without final punctuation
}

// maxSentenceTokens bounds the length of a sentence; longer runs of text
// without a sentence end are cut.
const maxSentenceTokens = 250

// splitSentences splits text into paragraphs (lines) and sentences.
func splitSentences(text string) []sentence {
	var out []sentence
	para := 0
	for pos := 0; pos < len(text); {
		nl := strings.IndexByte(text[pos:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = pos + nl
		}
		toks := tokenize(text, pos, lineEnd)
		if len(toks) > 0 {
			heading := isHeading(toks)
			s := 0
			first := true
			for i := 0; i < len(toks); i++ {
				t := toks[i]
				if i-s >= maxSentenceTokens {
					// bound the work per sentence on text without punctuation
					out = append(out, sentence{start: toks[s].start, end: toks[i-1].end, toks: toks[s:i], para: para, first: first, heading: heading})
					first = false
					s = i
				}
				if t.kind != tPunct || !(t.text == "." || t.text == "!" || t.text == "?" || t.text == "…") {
					continue
				}
				j := i + 1
				for j < len(toks) && (toks[j].kind == tQuote && isClosingQuote(toks, j) || toks[j].text == ")" || toks[j].text == "." || toks[j].text == "!" || toks[j].text == "?") {
					j++
				}
				if j < len(toks) && !startsSentence(toks[j]) {
					continue
				}
				out = append(out, sentence{start: toks[s].start, end: toks[j-1].end, toks: toks[s:j], para: para, first: first, heading: heading})
				first = false
				s = j
				i = j - 1
			}
			if s < len(toks) {
				out = append(out, sentence{start: toks[s].start, end: toks[len(toks)-1].end, toks: toks[s:], para: para, first: first, heading: heading})
			}
			para++
		}
		if nl < 0 {
			break
		}
		pos = lineEnd + 1
	}
	return out
}

func startsSentence(t token) bool {
	if t.kind == tQuote || t.text == "(" {
		return true
	}
	r := firstRune(t.text)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isHeading reports whether a line is a sub-heading: a few words and no
// final punctuation.
func isHeading(toks []token) bool {
	words := 0
	for _, t := range toks {
		if t.kind == tWord {
			words++
		}
	}
	last := toks[len(toks)-1]
	if last.kind == tQuote && len(toks) > 1 {
		last = toks[len(toks)-2]
	}
	switch last.text {
	case ".", "!", "?", ":", ",", ";", "…":
		return false
	}
	return words <= 8
}

// isClosingQuote reports whether the quotation mark toks[i] closes a
// quotation: curly closing marks do; a straight mark does when it follows
// a word or punctuation without a space and is not followed by a word
// without a space.
func isClosingQuote(toks []token, i int) bool {
	switch toks[i].text {
	case "”", "»":
		return true
	case "“", "«", "„", "‘":
		return false
	}
	prevTouch := i > 0 && toks[i-1].end == toks[i].start && toks[i-1].kind != tQuote
	nextTouch := i+1 < len(toks) && toks[i+1].start == toks[i].end && toks[i+1].kind == tWord
	if prevTouch && !nextTouch {
		return true
	}
	if !prevTouch && nextTouch {
		return false
	}
	return prevTouch
}

// A quoteSpan is a quotation: the span of its text inside the marks.
type quoteSpan struct {
	start, end  int // text without the marks
	open, close int // spans of the marks themselves: -1 when missing
}

// findQuotes finds double-quoted passages in each paragraph of text. An
// opening mark with no closing mark runs to the end of its paragraph (news
// style for quotes spanning paragraphs); a closing mark with no opening
// one starts at the beginning of its paragraph. Single quotes are left out:
// they mostly mark terms, not speech.
func findQuotes(sents []sentence) []quoteSpan {
	var out []quoteSpan
	for i := 0; i < len(sents); {
		j := i
		var toks []token
		for j < len(sents) && sents[j].para == sents[i].para {
			toks = append(toks, sents[j].toks...)
			j++
		}
		paraStart, paraEnd := sents[i].start, sents[j-1].end
		openAt := -1
		for k, t := range toks {
			if t.kind != tQuote || t.text == "'" || t.text == "‘" || t.text == "’" {
				continue
			}
			if isClosingQuote(toks, k) {
				if openAt >= 0 {
					out = append(out, quoteSpan{start: toks[openAt].end, end: t.start, open: toks[openAt].start, close: t.start})
					openAt = -1
				} else if len(out) == 0 || out[len(out)-1].end < paraStart {
					out = append(out, quoteSpan{start: paraStart, end: t.start, open: -1, close: t.start})
				}
			} else if openAt < 0 {
				openAt = k
			}
		}
		if openAt >= 0 && toks[openAt].end < paraEnd {
			out = append(out, quoteSpan{start: toks[openAt].end, end: paraEnd, open: toks[openAt].start, close: -1})
		}
		i = j
	}
	// drop empty ones
	var kept []quoteSpan
	for _, q := range out {
		if q.end > q.start {
			kept = append(kept, q)
		}
	}
	return kept
}
