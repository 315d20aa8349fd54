package tokenize

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/nlp"
)

// render writes sentences as their tokens separated by spaces, sentences
// separated by " ‖ ".
func render(sents []nlp.Sentence) string {
	var b strings.Builder
	for i, s := range sents {
		if i > 0 {
			b.WriteString(" ‖ ")
		}
		for j, t := range s.Tokens {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.Text)
		}
	}
	return b.String()
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Blinken and Netanyahu met for over two hours on Monday.",
			"Blinken and Netanyahu met for over two hours on Monday ."},
		{"contractions", "We don't know. They won't, can't and shouldn't. I'm sure we'll see; they've said they'd go.",
			"We do n't know . ‖ They wo n't , ca n't and should n't . ‖ I 'm sure we 'll see ; they 've said they 'd go ."},
		{"it's and possessives", "It's up to Hamas' leaders and Netanyahu's office.",
			"It 's up to Hamas ' leaders and Netanyahu 's office ."},
		{"curly apostrophes", "Netanyahu’s office said it’s “unacceptable” and didn’t elaborate.",
			"Netanyahu ’s office said it ’s “ unacceptable ” and did n’t elaborate ."},
		{"abbreviation before number", "U.S. officials said Oct. 7 was the worst day.",
			"U.S. officials said Oct. 7 was the worst day ."},
		{"abbreviation ends sentence", "They are taking delivery in the U.S. Then he left.",
			"They are taking delivery in the U.S . ‖ Then he left ."},
		{"abbreviation before name", "The U.S. Army and Mr. Smith met Gen. Milley at St. Paul's.",
			"The U.S. Army and Mr. Smith met Gen. Milley at St. Paul 's ."},
		{"initials", "The novel by J. R. R. Tolkien sold well. George W. Bush read it.",
			"The novel by J. R. R. Tolkien sold well . ‖ George W. Bush read it ."},
		{"a legal form inside a company's name", "Lark Kft. acquired Rook Parts. Velm Pty. Ltd. closed.",
			"Lark Kft. acquired Rook Parts . ‖ Velm Pty. Ltd. closed ."},
		{"company", "Shares of Apple Inc. rose. Acme Corp. The end.",
			"Shares of Apple Inc. rose . ‖ Acme Corp . ‖ The end ."},
		{"quote closes sentence", `He said "no." Then he left.`,
			`He said " no . " ‖ Then he left .`},
		{"loose closing quote", `He said: "They told me, 'Let's talk tomorrow.' " Then he left.`,
			`He said : " They told me , ' Let 's talk tomorrow . ' " ‖ Then he left .`},
		{"quote opens next sentence", `"It was fine," he said. "We left."`,
			`" It was fine , " he said . ‖ " We left . "`},
		{"curly quotes across sentences", "“We will go. We will win,” he said.",
			"“ We will go . ‖ We will win , ” he said ."},
		{"question in quote", `"Why?" he asked. "Because."`,
			`" Why ? " he asked . ‖ " Because . "`},
		{"parenthesis", "(He left.) Then he came back.",
			"( He left . ) ‖ Then he came back ."},
		{"dateline", "WASHINGTON (AP) — The top US diplomat arrived in Israel on Sunday.",
			"WASHINGTON ( AP ) — ‖ The top US diplomat arrived in Israel on Sunday ."},
		{"dateline with state", "PONCHATOULA, La. -- Deputies arrested him.",
			"PONCHATOULA , La. -- ‖ Deputies arrested him ."},
		{"heading without punctuation", "Blinken arrives in Israel\n\nThe top US diplomat arrived on Sunday.",
			"Blinken arrives in Israel ‖ The top US diplomat arrived on Sunday ."},
		{"heading on the line before", "Blinken arrives in Israel\nThe top US diplomat arrived on Sunday.",
			"Blinken arrives in Israel ‖ The top US diplomat arrived on Sunday ."},
		{"line continues", "The talks, which lasted\nfor hours, ended.",
			"The talks , which lasted for hours , ended ."},
		{"line ends with a title", "The talks were led by Mr.\nSmith and George W.\nBush.",
			"The talks were led by Mr. Smith and George W. Bush ."},
		{"line ends with comma", "Blinken, Netanyahu,\nGallant and Herzog met.",
			"Blinken , Netanyahu , Gallant and Herzog met ."},
		{"hyphens split", "The cease-fire was US-brokered after two-hour talks.",
			"The cease - fire was US - brokered after two - hour talks ."},
		{"hyphen after prefix", "A non-violent, pro-Israel e-mail was re-sent by the co-founder.",
			"A non-violent , pro-Israel e-mail was re-sent by the co-founder ."},
		{"numbers", "It took 2½ days, cost $5 million or 5% of 1,000,000 and ended at 10:30 a.m. on 3.5 acres.",
			"It took 2½ days , cost $ 5 million or 5 % of 1,000,000 and ended at 10:30 a.m. on 3.5 acres ."},
		{"number with unit", "He arrived at 6pm with $170m.",
			"He arrived at 6 pm with $ 170 m ."},
		{"phone and dates", "Call 713-853-3989 before 11/28/2000 about 9/11.",
			"Call 713-853-3989 before 11/28/2000 about 9/11 ."},
		{"url and email", "See https://example.com/a?b=1, or write to john.doe@example.org.",
			"See https://example.com/a?b=1 , or write to john.doe@example.org ."},
		{"url in parentheses", "Details (www.example.com/x).",
			"Details ( www.example.com/x ) ."},
		{"hashtags and handles", "Protesters used #Gaza and @POTUS replied.",
			"Protesters used #Gaza and @POTUS replied ."},
		{"ellipsis and dashes", "He paused… then spoke — briefly – and left... Later he returned.",
			"He paused … then spoke — briefly – and left ... ‖ Later he returned ."},
		{"brackets", "The group [Hamas] rejected it.",
			"The group [ Hamas ] rejected it ."},
		{"exclamation", "Yes!! Is it? No.",
			"Yes !! ‖ Is it ? ‖ No ."},
		{"etc at end", "They brought food, water, etc. The trucks left.",
			"They brought food , water , etc . ‖ The trucks left ."},
		{"numbered list", "1. The first point.\n2. The second point.",
			"1 . The first point . ‖ 2 . The second point ."},
		{"no. before number", "He is ranked No. 1 in the world.",
			"He is ranked No. 1 in the world ."},
		{"no at end", "He said no. Then he left.",
			"He said no . ‖ Then he left ."},
		{"gonna and cannot", "We cannot say what we're gonna do.",
			"We can not say what we 're gon na do ."},
		{"footnote", "He died in 2014. [4] His work lives on.",
			"He died in 2014 . [ 4 ] ‖ His work lives on ."},
		{"empty", "", ""},
		{"spaces only", " \n\t ", ""},
		{"no letters", "--- *** 123", "--- *** 123"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(Sentences(tt.in))
			if got != tt.want {
				t.Errorf("Sentences(%q)\ngot  %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenFields(t *testing.T) {
	text := "It's 5%."
	sents := Sentences(text)
	if len(sents) != 1 {
		t.Fatalf("got %d sentences, want 1", len(sents))
	}
	s := sents[0]
	if s.Start != 0 || s.End != len(text) {
		t.Errorf("got sentence span %d-%d, want 0-%d", s.Start, s.End, len(text))
	}
	want := []nlp.Token{
		{Start: 0, End: 2, Text: "It", Head: -1},
		{Start: 2, End: 4, Text: "'s", Head: -1},
		{Start: 5, End: 6, Text: "5", Head: -1},
		{Start: 6, End: 7, Text: "%", Head: -1},
		{Start: 7, End: 8, Text: ".", Head: -1},
	}
	if len(s.Tokens) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(s.Tokens), len(want))
	}
	for i, tok := range s.Tokens {
		if tok != want[i] {
			t.Errorf("token %d: got %+v, want %+v", i, tok, want[i])
		}
	}
}

func TestOffsetsSurviveOddInput(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"invalid utf-8", "Caf\xe9 \xff\xfe ok. \xc3"},
		{"control characters", "a\x00b\x01c. D\x7fe\x1b[0m."},
		{"long line", strings.Repeat("word-word'word.", 5000)},
		{"long sentence", strings.Repeat("and ", 3000)},
		{"punctuation only", strings.Repeat("?!.,;:'\"", 300)},
		{"unicode spaces", "a\u00a0b\u2009c\u3000d\u2028e\u200bf"},
		{"lone apostrophes", "' ’ ` '' ’’ ‘’ 's n't"},
		{"phone number then word", "713-853-3989-x 1-1-1-1-a 1-2-3-4-5-6"},
		{"long hyphenated numbers", strings.Repeat("1-", 50000) + "a"},
		{"url with many brackets", "http://x.org/" + strings.Repeat(")", 50000)},
		{"many openers", ". " + strings.Repeat("( ", 50000)},
		{"many closers", "a." + strings.Repeat(")", 50000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSentences(t, tt.in, Sentences(tt.in))
		})
	}
}

func TestMaxSentenceTokens(t *testing.T) {
	for _, s := range Sentences(strings.Repeat("and ", 3*MaxSentenceTokens)) {
		if len(s.Tokens) > MaxSentenceTokens {
			t.Fatalf("got a sentence of %d tokens, want at most %d", len(s.Tokens), MaxSentenceTokens)
		}
	}
}

// checkSentences verifies the invariants every result of Sentences keeps.
func checkSentences(t *testing.T, text string, sents []nlp.Sentence) {
	t.Helper()
	prev := 0
	var rebuilt strings.Builder
	for i, s := range sents {
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d has no tokens", i)
		}
		if s.Start < prev || s.Start >= s.End || s.End > len(text) {
			t.Fatalf("sentence %d: bad span %d-%d after %d (len %d)", i, s.Start, s.End, prev, len(text))
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("sentence %d: span %d-%d, tokens %d-%d", i, s.Start, s.End, s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End)
		}
		for j, tok := range s.Tokens {
			if tok.Start < prev || tok.Start >= tok.End || tok.End > len(text) {
				t.Fatalf("sentence %d token %d: bad span %d-%d after %d", i, j, tok.Start, tok.End, prev)
			}
			if tok.Text != text[tok.Start:tok.End] {
				t.Fatalf("token %d-%d: got text %q, want %q", tok.Start, tok.End, tok.Text, text[tok.Start:tok.End])
			}
			if tok.Head != -1 || tok.UPOS != "" || tok.XPOS != "" || tok.Lemma != "" || tok.Rel != "" {
				t.Fatalf("token %d-%d: got %+v, want only offsets and text", tok.Start, tok.End, tok)
			}
			gap := text[prev:tok.Start]
			if strings.TrimFunc(gap, func(r rune) bool { return r != utf8.RuneError && spaceLen(string(r), 0) > 0 }) != "" && !onlySpace(gap) {
				t.Fatalf("non-space text %q between tokens at %d", gap, prev)
			}
			rebuilt.WriteString(gap)
			rebuilt.WriteString(tok.Text)
			prev = tok.End
		}
	}
	rebuilt.WriteString(text[prev:])
	if rebuilt.String() != text {
		t.Fatalf("tokens and gaps do not rebuild the text")
	}
	if !onlySpace(text[prev:]) {
		t.Fatalf("non-space text %q after the last token", text[prev:])
	}
}

// onlySpace reports whether s holds only what the tokenizer treats as
// whitespace.
func onlySpace(s string) bool {
	for i := 0; i < len(s); {
		n := spaceLen(s, i)
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"",
		"WASHINGTON (AP) — Blinken and Netanyahu met for over two hours on Monday.",
		"It's up to Hamas' leaders, U.S. officials said Oct. 7.",
		"He said \"no.\" Then he left.\n\nHeading\nNext line",
		"Netanyahu’s “cease-fire” 2½ $5 5% 1,000 10:30 https://x.org/a_b (www.y.com). a@b.co #tag @h",
		"Caf\xe9 \xff ok.\x00\u2028 '' `` ‘’ n't 's -- ... …",
		"1. 2.\n3) ' '90s rock'n'roll O'Brien th- e-",
		"713-853-3989-x 1-1-1-1-a 11/28/2000 9:30am 1,000kg",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSentences(t, text, Sentences(text))
	})
}

func TestSentencesConcurrent(t *testing.T) {
	texts := []string{
		"It's up to Hamas' leaders, U.S. officials said Oct. 7. They didn't say more.",
		"WASHINGTON (AP) — The top US diplomat arrived in Israel on Sunday.\n\nHeading\nBody text.",
		strings.Repeat("The cease-fire held. ", 200),
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = render(Sentences(s))
	}
	done := make(chan string, 8*len(texts))
	for g := 0; g < 8; g++ {
		go func() {
			for i, s := range texts {
				if got := render(Sentences(s)); got != want[i] {
					done <- fmt.Sprintf("text %d: got %s, want %s", i, got, want[i])
					continue
				}
				done <- ""
			}
		}()
	}
	for range 8 * len(texts) {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}
