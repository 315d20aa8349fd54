package tokenize

import "strings"

// urlCore finds a URL or e-mail address in the chunk s[a:b] and returns its
// span without surrounding punctuation.
func urlCore(s string, a, b int) (int, int, bool) {
	c0 := a
	for c0 < b && strings.IndexByte("([{<\"'", s[c0]) >= 0 {
		c0++
	}
	if c0 < b && (strings.HasPrefix(s[c0:b], "“") || strings.HasPrefix(s[c0:b], "‘")) {
		c0 += 3
	}
	if c0 >= b {
		return 0, 0, false
	}
	w := s[c0:b]
	url := false
	if len(w) > 5 {
		switch w[0] | 0x20 {
		case 'h':
			url = w[1]|0x20 == 't' && (hasPrefixFold(w, "http://") || hasPrefixFold(w, "https://"))
		case 'f':
			url = w[1]|0x20 == 't' && hasPrefixFold(w, "ftp://")
		case 'm':
			url = w[1]|0x20 == 'a' && hasPrefixFold(w, "mailto:")
		case 'w':
			url = w[1]|0x20 == 'w' && hasPrefixFold(w, "www.")
		}
	}
	if !url && !isEmail(w) {
		return 0, 0, false
	}
	c1 := b
	open, closed := strings.Count(w, "("), strings.Count(w, ")")
	for c1 > c0 {
		c := s[c1-1]
		switch {
		case strings.IndexByte(".,;:!?\"'>]}", c) >= 0:
			c1--
			continue
		case c == ')' && open < closed:
			c1--
			closed--
			continue
		case strings.HasSuffix(s[c0:c1], "”") || strings.HasSuffix(s[c0:c1], "’"):
			c1 -= 3
			continue
		}
		break
	}
	if c1 <= c0 {
		return 0, 0, false
	}
	return c0, c1, true
}

func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// isEmail reports whether w starts with an e-mail address: a local part,
// "@", and a domain with a period.
func isEmail(w string) bool {
	at := strings.IndexByte(w, '@')
	if at <= 0 || at > 64 {
		return false
	}
	for k := 0; k < at; k++ {
		c := w[k]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("._%+-", c) >= 0) {
			return false
		}
	}
	dot := false
	k := at + 1
	for ; k < len(w); k++ {
		c := w[k]
		if c == '.' && k > at+1 && k+1 < len(w) && (w[k+1]|0x20) >= 'a' && (w[k+1]|0x20) <= 'z' {
			dot = true
			continue
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			break
		}
	}
	return dot
}

// emoticons are kept as one token, as UD does (":)", ";-)").
var emoticons = []string{":-)", ":-(", ":-D", ":-P", ";-)", ":'(", ":)", ":(", ":D", ":P", ":p", ";)", "=)", "(:", "^_^", "<3", ":/"}

// emoticonAt reports whether an emoticon starts at s[i] (before b) and
// returns its end.
func emoticonAt(s string, i, b int) (int, bool) {
	for _, e := range emoticons {
		if strings.HasPrefix(s[i:b], e) {
			return i + len(e), true
		}
	}
	return 0, false
}

// isEmoticon reports whether w is one of the emoticons kept as a token.
func isEmoticon(w string) bool {
	for _, e := range emoticons {
		if w == e {
			return true
		}
	}
	return false
}
