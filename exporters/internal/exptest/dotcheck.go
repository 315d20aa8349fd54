package exptest

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// CheckDOT checks that DOT text is lexically well formed: valid UTF-8,
// every double-quoted string closed (a backslash escapes the next byte),
// no raw newline or control character inside a string, and braces and
// brackets balanced outside strings. It returns the number of quoted
// strings.
func CheckDOT(b []byte) (int, error) {
	if !utf8.Valid(b) {
		return 0, errors.New("not valid UTF-8")
	}
	var depth, brackets, strs int
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case '"':
			strs++
			j := i + 1
			for ; j < len(b) && b[j] != '"'; j++ {
				if b[j] == '\\' {
					j++
					continue
				}
				if b[j] < 0x20 {
					return 0, fmt.Errorf("control byte %#x in string at offset %d", b[j], j)
				}
			}
			if j >= len(b) {
				return 0, fmt.Errorf("string at offset %d not closed", i)
			}
			i = j
		case '{':
			depth++
		case '}':
			depth--
			if depth < 0 {
				return 0, fmt.Errorf("unbalanced } at offset %d", i)
			}
		case '[':
			brackets++
		case ']':
			brackets--
			if brackets < 0 {
				return 0, fmt.Errorf("unbalanced ] at offset %d", i)
			}
		}
	}
	if depth != 0 || brackets != 0 {
		return 0, fmt.Errorf("unbalanced braces (%d) or brackets (%d)", depth, brackets)
	}
	return strs, nil
}
