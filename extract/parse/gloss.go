package parse

import (
	"regexp"
	"strings"
)

// glossMark matches the mark Wikinews puts before a gloss in another
// language: "((pl))Polish language: ".
var glossMark = regexp.MustCompile(`\(\([a-z]{2,3}(?:-[A-Za-z]+)?\)\)[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)? language: ?\x{200D}?`)

// glosses returns the byte spans of the glosses in another language of a
// text: each from its mark to the first English word of the sentence's
// own (a lower-case function word), a closing quotation mark, a full stop
// or the end of the line.
func glosses(text string) [][2]int {
	var out [][2]int
	for _, m := range glossMark.FindAllStringIndex(text, -1) {
		end := m[1]
		for end < len(text) {
			rest := text[end:]
			sp := strings.IndexAny(rest, " \n")
			if sp < 0 {
				end = len(text)
				break
			}
			word := rest[:sp]
			if englishWords[strings.Trim(word, ",;")] {
				break
			}
			end += sp
			if strings.HasSuffix(word, ".") || strings.ContainsAny(word, "\"”") || rest[sp] == '\n' {
				break
			}
			end++
		}
		out = append(out, [2]int{m[0], end})
	}
	return out
}

// englishWords are lower-case English function words: one ends a gloss
// in another language.
var englishWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "with": true, "by": true,
	"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true, "will": true, "would": true, "said": true, "and": true, "or": true,
	"but": true, "which": true, "who": true, "that": true, "this": true, "its": true, "their": true, "his": true, "her": true, "publicly": true, "also": true, "as": true}

// inGloss reports whether tokens [a, b) of s lie in a gloss in another
// language ("((pl))Polish language: Prawo i Sprawiedliwość"): a name there
// is the English one's, already named.
func (x *doc) inGloss(s *sent, a, b int) bool {
	if x.glossSpans == nil {
		x.glossSpans = glosses(x.d.Text)
		if x.glossSpans == nil {
			x.glossSpans = [][2]int{}
		}
	}
	if len(x.glossSpans) == 0 {
		return false
	}
	sp := s.span(a, b)
	return inSpans(x.glossSpans, sp.Start, sp.End)
}

// foreignWords are function words of the other languages Wikinews quotes
// most (French, Spanish, Portuguese, Italian, German) that English does
// not use.
var foreignWords = map[string]bool{"le": true, "les": true, "des": true, "du": true, "et": true, "est": true, "je": true, "mon": true, "aux": true, "une": true,
	"el": true, "los": true, "las": true, "del": true, "y": true, "que": true, "es": true, "una": true, "para": true, "por": true, "con": true, "su": true,
	"di": true, "il": true, "che": true, "della": true, "und": true, "der": true, "die": true, "das": true, "ist": true, "nicht": true, "mit": true}

// foreignSentence reports whether sentence s is written in another
// language: three of its words are other languages' function words and
// at most one is English's.
func foreignSentence(s *sent) bool {
	foreign, english := 0, 0
	for _, w := range s.low {
		switch {
		case foreignWords[w]:
			foreign++
		case englishWords[w]:
			english++
		}
	}
	return foreign >= 3 && english <= 1
}
