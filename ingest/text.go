package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// Errors wrapped by the errors for unreadable text, so that callers can
// test for them with errors.Is.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary file, not text")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
)

// maxTitleRunes is the longest first line taken as a headline.
const maxTitleRunes = 200

// sniffLen is how much of a file is examined to tell text from binary.
const sniffLen = 8 << 10

// Byte order marks.
const (
	bomUTF8    = "\xEF\xBB\xBF"
	bomUTF16LE = "\xFF\xFE"
	bomUTF16BE = "\xFE\xFF"
)

// parseText fills doc from the bytes of a plain-text (or, when markdown is
// set, Markdown) file: Text and Title.
func parseText(doc *newsgraph.Doc, b []byte, markdown bool) error {
	text, err := decodeText(b)
	if err != nil {
		return err
	}
	doc.Text = text
	if markdown {
		doc.Title = markdownTitle(text)
	} else {
		doc.Title = headline(text)
	}
	return nil
}

// decodeText checks that b is non-empty UTF-8 text and returns it without a
// BOM and with "\n" line endings.
func decodeText(b []byte) (string, error) {
	if len(b) == 0 {
		return "", ErrEmpty
	}
	offset := 0 // bytes removed from the front, for error offsets
	if bytes.HasPrefix(b, []byte(bomUTF8)) {
		b = b[len(bomUTF8):]
		offset = len(bomUTF8)
	}
	if err := checkText(b, offset); err != nil {
		return "", err
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return "", fmt.Errorf("%w (only whitespace)", ErrEmpty)
	}
	return normalizeNewlines(string(b)), nil
}

// checkText reports whether b, found offset bytes into its file, is UTF-8
// text: not binary (no NUL byte anywhere, mostly printable at the start)
// and valid UTF-8.
func checkText(b []byte, offset int) error {
	if bytes.HasPrefix(b, []byte(bomUTF16LE)) || bytes.HasPrefix(b, []byte(bomUTF16BE)) {
		return fmt.Errorf("%w: UTF-16 text (convert it to UTF-8)", ErrInvalidUTF8)
	}
	if err := checkNUL(b, offset); err != nil {
		return err
	}
	if err := sniff(b); err != nil {
		return err
	}
	if i := invalidUTF8At(b); i >= 0 {
		return fmt.Errorf("%w at byte offset %d (convert the file to UTF-8)", ErrInvalidUTF8, offset+i)
	}
	return nil
}

// checkNUL reports ErrBinary when b, found offset bytes into its file
// (offset < 0: a decoded text), holds a NUL byte anywhere: no text holds
// one, and one would reach the store and every export.
func checkNUL(b []byte, offset int) error {
	i := bytes.IndexByte(b, 0)
	switch {
	case i < 0:
		return nil
	case offset < 0:
		return fmt.Errorf("%w (NUL byte in the decoded text)", ErrBinary)
	}
	return fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, offset+i)
}

// sniff reports ErrBinary when the start of b holds a NUL byte, or more
// than 5% control characters (other than white space and escape; at least
// 8, as short texts may hold one or two), or more
// than 30% bytes that are control characters or not UTF-8 with some control
// characters among them. Text in a legacy 8-bit encoding (Latin-1,
// Windows-1251) has no control characters and passes, to be reported as
// invalid UTF-8 instead.
func sniff(b []byte) error {
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, i)
	}
	control, invalid := 0, 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			if !utf8.FullRune(b[i:]) { // a rune cut by the sample's end
				i = len(b)
				continue
			}
			invalid++
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != '\v' && r != 0x1b:
			control++
		}
		i += n
	}
	if (control >= 8 && control*20 > len(b)) || (control > 0 && (control+invalid)*10 > len(b)*3) {
		return fmt.Errorf("%w (%d of the first %d bytes are not text)", ErrBinary, control+invalid, len(b))
	}
	return nil
}

// invalidUTF8At returns the offset of the first byte of b that is not part
// of valid UTF-8, or -1.
func invalidUTF8At(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// validField checks a string value read from a table cell: valid UTF-8 and no
// NUL bytes.
func validField(name, s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("%w in %s at byte offset %d of the value", ErrInvalidUTF8, name, invalidUTF8At([]byte(s)))
	}
	if i := strings.IndexByte(s, 0); i >= 0 {
		return fmt.Errorf("%w: NUL byte in %s at byte offset %d of the value", ErrBinary, name, i)
	}
	return nil
}

// normalizeNewlines turns "\r\n" and lone "\r" into "\n".
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// headline returns the first non-blank line of text when it reads as a
// headline: at most maxTitleRunes long, holding a letter or digit, not
// ending like a sentence or clause (.!?:;,…, also before closing quotes),
// and followed by more text. Otherwise it returns "".
func headline(text string) string {
	line, rest := firstLine(text)
	if line == "" || strings.TrimSpace(rest) == "" {
		return ""
	}
	if utf8.RuneCountInString(line) > maxTitleRunes || !strings.ContainsFunc(line, isAlnum) {
		return ""
	}
	if strings.ContainsRune(".!?:;,…", lastRune(line)) {
		return ""
	}
	if trimmed := strings.TrimRight(line, "\"'”’»)]"); trimmed != line && strings.ContainsRune(".!?:;,…", lastRune(trimmed)) {
		return ""
	}
	return line
}

// markdownTitle returns the title of a Markdown text: a leading ATX heading
// ("# Title", any level) or Setext heading ("Title\n====="), or else the
// headline rule of plain text for a first line that is not Markdown block
// syntax.
func markdownTitle(text string) string {
	line, rest := firstLine(text)
	if line == "" {
		return ""
	}
	if t, ok := atxHeading(line); ok {
		return t
	}
	switch line[0] {
	case '#', '>', '-', '*', '+', '|', '`', '~', '<', '!', '[', '=':
		return "" // other block syntax: no title
	}
	next, _ := firstLineRaw(rest)
	if u := strings.TrimSpace(next); u != "" && (strings.Trim(u, "=") == "" || strings.Trim(u, "-") == "") {
		if strings.ContainsFunc(line, isAlnum) {
			return line
		}
		return ""
	}
	return headline(text)
}

// atxHeading returns the text of an ATX heading line ("## Title ##").
func atxHeading(line string) (string, bool) {
	level := len(line) - len(strings.TrimLeft(line, "#"))
	if level < 1 || level > 6 {
		return "", false
	}
	rest := line[level:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return "", false // "#hashtag" is not a heading
	}
	rest = strings.TrimSpace(rest)
	// An optional closing sequence of #s, preceded by a space.
	if t := strings.TrimRight(rest, "#"); t != rest && (t == "" || strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\t")) {
		rest = strings.TrimSpace(t)
	}
	return rest, rest != ""
}

// firstLine returns the first non-blank line of text, trimmed of spaces, and
// the text after it.
func firstLine(text string) (line, rest string) {
	for text != "" {
		raw, after := firstLineRaw(text)
		if l := strings.TrimSpace(raw); l != "" {
			return l, after
		}
		text = after
	}
	return "", ""
}

// firstLineRaw splits text after its first line, dropping the "\n".
func firstLineRaw(text string) (line, rest string) {
	line, rest, _ = strings.Cut(text, "\n")
	return line, rest
}

// lastRune returns the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// newPeekReader wraps r in a buffered reader large enough to sniff.
func newPeekReader(r io.Reader) *bufio.Reader {
	return bufio.NewReaderSize(r, 64<<10)
}

// looksLikeJSONL reports whether the first byte of br that is not a BOM or
// white space is '{'.
func looksLikeJSONL(br *bufio.Reader) bool {
	b, _ := br.Peek(sniffLen)
	b = bytes.TrimPrefix(b, []byte(bomUTF8))
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) > 0 && b[0] == '{'
}
