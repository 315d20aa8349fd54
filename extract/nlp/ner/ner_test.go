package ner

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
)

// describe renders mentions as "TYPE:words" strings.
func describe(words []string, ms []nlp.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Type+":"+strings.Join(words[m.Start:m.End], " "))
	}
	return out
}

func TestRecognizeNews(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		text, xpos string
		want       []string // mentions that must be found
		notWant    []string // mentions that must not be found
	}{
		{
			name: "titles excluded",
			text: "Israeli Prime Minister Benjamin Netanyahu met US Secretary of State Antony Blinken in Tel Aviv .",
			xpos: "JJ NNP NNP NNP NNP VBD NNP NNP IN NNP NNP NNP IN NNP NNP .",
			want: []string{"NORP:Israeli", "PERSON:Benjamin Netanyahu", "PERSON:Antony Blinken", "PLACE:Tel Aviv"},
			notWant: []string{"PERSON:Prime Minister Benjamin Netanyahu", "PERSON:Minister Benjamin Netanyahu",
				"PERSON:State Antony Blinken"},
		},
		{
			name: "organization, person, agency",
			text: "Hamas representative Osama Hamdan told Reuters the group rejects it .",
			xpos: "NNP NN NNP NNP VBD NNP DT NN VBZ PRP .",
			want: []string{"ORG:Hamas", "PERSON:Osama Hamdan", "ORG:Reuters"},
		},
		{
			name: "a group WordNet names, in apposition",
			text: "Together with another movement , Islamic Jihad , the group fired rockets .",
			xpos: "RB IN DT NN , NNP NNP , DT NN VBD NNS .",
			want: []string{"ORG:Islamic Jihad"},
		},
		{
			name:    "title complement before a given name, whatever the model's type",
			text:    "He met Minister of Defence Benny Gantz on Monday .",
			xpos:    "PRP VBD NNP IN NNP NNP NNP IN NNP .",
			want:    []string{"PERSON:Benny Gantz"},
			notWant: []string{"PERSON:Defence Benny Gantz", "PLACE:Defence Benny Gantz", "ORG:Defence Benny Gantz"},
		},
		{
			name: "expert at a university",
			text: "Anders Persson , Middle East expert at Linnaeus University , said the talks had stalled .",
			xpos: "NNP NNP , NNP NNP NN IN NNP NNP , VBD DT NNS VBD VBN .",
			want: []string{"PERSON:Anders Persson", "PLACE:Middle East", "ORG:Linnaeus University"},
		},
		{
			name: "two surnames and a weekday",
			text: "Blinken and Netanyahu met for over two hours on Monday .",
			xpos: "NNP CC NNP VBD IN RB CD NNS IN NNP .",
			want: []string{"PERSON:Blinken", "PERSON:Netanyahu", "DATE:Monday"},
		},
		{
			name: "country as place",
			text: "The top US diplomat arrived in Israel on Sunday .",
			xpos: "DT JJ NNP NN VBD IN NNP IN NNP .",
			want: []string{"PLACE:US", "PLACE:Israel", "DATE:Sunday"},
		},
		{
			name: "possessive and date",
			text: "It 's up to Hamas ' leaders , U.S. officials said Oct. 7 .",
			xpos: "PRP VBZ RB IN NNP POS NNS , NNP NNS VBD NNP CD .",
			want: []string{"ORG:Hamas", "PLACE:U.S.", "DATE:Oct. 7"},
		},
		{
			name: "nationalities",
			text: "Israeli and American officials met Palestinian negotiators in Cairo on Oct. 7 , 2023 .",
			xpos: "JJ CC JJ NNS VBD JJ NNS IN NNP IN NNP CD , CD .",
			want: []string{"NORP:Israeli", "NORP:American", "NORP:Palestinian", "PLACE:Cairo", "DATE:Oct. 7 , 2023"},
		},
		{
			name: "international organizations",
			text: "The European Union and the United Nations called for a ceasefire in Gaza .",
			xpos: "DT NNP NNP CC DT NNP NNPS VBD IN DT NN IN NNP .",
			want: []string{"ORG:European Union", "ORG:United Nations", "PLACE:Gaza"},
		},
		{
			name: "title-led names stay whole",
			text: "She studied at Duke University and later moved to Prince Edward Island .",
			xpos: "PRP VBD IN NNP NNP CC RB VBD IN NNP NNP NNP .",
			want: []string{"ORG:Duke University", "PLACE:Prince Edward Island"},
		},
		{
			name: "time of day",
			text: "President Joe Biden spoke at 10 a.m. on Tuesday .",
			xpos: "NNP NNP NNP VBD IN CD NN IN NNP .",
			want: []string{"PERSON:Joe Biden", "TIME:10 a.m.", "DATE:Tuesday"},
		},
		{
			name:    "storm name is not a person",
			text:    "Cyclone Phailin made landfall in Odisha on Saturday .",
			xpos:    "NNP NNP VBD NN IN NNP IN NNP .",
			want:    []string{"PLACE:Odisha", "DATE:Saturday"},
			notWant: []string{"PERSON:Cyclone Phailin", "PERSON:Phailin", "ORG:Cyclone Phailin"},
		},
		{
			name: "given name and university",
			text: "Isabel studied physics at Columbia University in New York .",
			xpos: "NNP VBD NN IN NNP NNP IN NNP NNP .",
			want: []string{"PERSON:Isabel", "ORG:Columbia University", "PLACE:New York"},
		},
		{
			name: "party and city",
			text: "The Labour Party won the election in Manchester .",
			xpos: "DT NNP NNP VBD DT NN IN NNP .",
			want: []string{"ORG:Labour Party", "PLACE:Manchester"},
		},
		{
			name:    "plural nationality is not a person",
			text:    "Many Israelis and Palestinians fear a wider war .",
			xpos:    "JJ NNPS CC NNPS VBP DT JJR NN .",
			want:    []string{"NORP:Israelis", "NORP:Palestinians"},
			notWant: []string{"PERSON:Israelis", "PERSON:Palestinians"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, xpos := strings.Fields(tt.text), strings.Fields(tt.xpos)
			if len(words) != len(xpos) {
				t.Fatalf("test has %d words but %d tags", len(words), len(xpos))
			}
			got := describe(words, m.Recognize(words, uposFromXPOS(xpos), xpos))
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("got %q, want it to contain %q", got, w)
				}
			}
			for _, w := range tt.notWant {
				if slices.Contains(got, w) {
					t.Errorf("got %q, want it not to contain %q", got, w)
				}
			}
		})
	}
}

func TestAnnotateCountry(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Israeli and American officials met in Egypt .")
	xpos := strings.Fields("JJ CC JJ NNS VBD IN NNP .")
	got := map[string]string{}
	for _, a := range m.Annotate(words, uposFromXPOS(xpos), xpos) {
		got[strings.Join(words[a.Start:a.End], " ")] = a.Type + "/" + a.Country
	}
	want := map[string]string{"Israeli": "NORP/Israel", "American": "NORP/United States", "Egypt": "PLACE/Egypt"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
}

func TestCountry(t *testing.T) {
	tests := []struct {
		word, want string
		ok         bool
	}{
		{"Israeli", "Israel", true},
		{"Israelis", "Israel", true},
		{"American", "United States", true},
		{"Americans", "United States", true},
		{"Palestinian", "Palestine", true},
		{"U.S.", "United States", true},
		{"US", "United States", true},
		{"USA", "United States", true},
		{"United States of America", "United States", true},
		{"the United States", "United States", true},
		{"UK", "United Kingdom", true},
		{"Britain", "United Kingdom", true},
		{"British", "United Kingdom", true},
		{"Russian Federation", "Russia", true},
		{"Iran, Islamic Republic of", "Iran", true},
		{"South Korean", "South Korea", true},
		{"Chinese", "China", true},
		{"israeli", "Israel", true},
		{"Egypt", "Egypt", true},
		{"Qatari", "Qatar", true},
		{"us", "", false},
		{"Blinken", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got, ok := Country(tt.word)
			if got != tt.want || ok != tt.ok {
				t.Errorf("Country(%q) = %q, %v; want %q, %v", tt.word, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestCountryCoversISO(t *testing.T) {
	for _, c := range loadCountries() {
		if got, ok := Country(c.Name); !ok || got != c.Name {
			t.Errorf("Country(%q) = %q, %v; want itself", c.Name, got, ok)
		}
	}
	for code := range curatedNames {
		found := false
		for _, c := range loadCountries() {
			found = found || c.Alpha2 == code
		}
		if !found {
			t.Errorf("curated entry %s is not an ISO 3166-1 code", code)
		}
	}
}

func TestRules(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"day month year", "He was born on 8 September 1841 in Prague .", []string{"DATE:8 September 1841"}},
		{"month day comma year", "on Oct. 7 , 2023 , militants", []string{"DATE:Oct. 7 , 2023"}},
		{"bare year after in", "in 2023 the war began", []string{"DATE:2023"}},
		{"decade", "in the 1990s", []string{"DATE:1990s"}},
		{"clock", "at 9:30 pm local time", []string{"TIME:9:30 pm"}},
		{"modal may", "May I ask ?", nil},
		{"year after period of", "in the summer of 2023", []string{"DATE:2023"}},
		{"number after of", "a crowd of 2000 people", nil},
		{"relative day", "talks resume tomorrow", []string{"DATE:tomorrow"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := strings.Fields(tt.text)
			info := make([]tokenInfo, len(words))
			(&Model{}).fillInfo(words, nil, nil, info)
			var got []string
			for _, m := range describe(words, applyRules(words, nil, nil, info, nil)) {
				if strings.HasPrefix(m, "DATE:") || strings.HasPrefix(m, "TIME:") {
					got = append(got, m)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// conll builds a CoNLL-U sentence from lines of "form upos xpos head deprel
// entity" (entity "_" for none).
func conll(t *testing.T, lines ...string) conllu.Sentence {
	t.Helper()
	var b strings.Builder
	for i, l := range lines {
		f := strings.Fields(l)
		if len(f) != 6 {
			t.Fatalf("bad test line %q", l)
		}
		misc := "_"
		if f[5] != "_" {
			misc = "Entity=" + f[5]
		}
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t%s\n", i+1, f[0], f[0], f[1], f[2], f[3], f[4], misc)
	}
	ss, err := conllu.Read(strings.NewReader(b.String()))
	if err != nil || len(ss) != 1 {
		t.Fatalf("read test sentence: %v", err)
	}
	return ss[0]
}

func TestGoldNames(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{
			name: "title excluded",
			lines: []string{
				"President PROPN NNP 2 nmod:desc (1-person-new-sssss-cf1-1,2-coref-Joe_Biden",
				"Joe PROPN NNP 4 nsubj _",
				"Biden PROPN NNP 2 flat 1)",
				"spoke VERB VBD 0 root _",
			},
			want: []string{"PERSON:Joe Biden"},
		},
		{
			name: "lower-case the and possessive excluded",
			lines: []string{
				"the DET DT 2 det (1-place-new-sssss-cf1-2-coref-United_States",
				"United VERB NNP 3 amod _",
				"States PROPN NNPS 5 nmod:poss _",
				"'s PART POS 3 case 1)",
				"army NOUN NN 0 root _",
			},
			want: []string{"PLACE:United States"},
		},
		{
			name: "of-phrase inside a name, nested place dropped",
			lines: []string{
				"at ADP IN 3 case _",
				"the DET DT 3 det (1-organization-new-sssss-cf1-3-coref-Bank_of_America",
				"Bank PROPN NNP 0 root _",
				"of ADP IN 5 case _",
				"America PROPN NNP 3 nmod (2-place-new-sssss-cf2-1-coref-America)1)",
			},
			want: []string{"ORG:Bank of America"},
		},
		{
			name: "capitalised The kept, common noun head skipped",
			lines: []string{
				"in ADP IN 3 case _",
				"The DET DT 3 det (1-place-new-sssss-cf1-2-coref-The_Hague",
				"Hague PROPN NNP 6 nmod 1)",
				"the DET DT 5 det (2-person-new-sssss-cf2-2-sgl",
				"minister NOUN NN 6 nsubj 2)",
				"spoke VERB VBD 0 root _",
			},
			want: []string{"PLACE:The Hague"},
		},
		{
			name: "apposition outside the name",
			lines: []string{
				"Tel PROPN NNP 0 root (1-place-new-sssss-cf1-1,2-sgl",
				"Aviv PROPN NNP 1 flat _",
				", PUNCT , 4 punct _",
				"Israel PROPN NNP 1 appos (2-place-new-sssss-cf2-1-sgl)1)",
			},
			want: []string{"PLACE:Tel Aviv", "PLACE:Israel"},
		},
		{
			name: "title head and nationality skipped",
			lines: []string{
				"the DET DT 2 det (1-person-new-sssss-cf1-2-sgl",
				"President PROPN NNP 4 nsubj 1)",
				"and CCONJ CC 4 cc _",
				"Americans PROPN NNPS 5 nsubj (2-person-new-sssss-cf2-1-sgl)",
				"agree VERB VBP 0 root _",
			},
			want: nil,
		},
		{
			name: "person with case other than of",
			lines: []string{
				"Senator PROPN NNP 0 root (1-person-new-sssss-cf1-1-sgl",
				"from ADP IN 3 case _",
				"Alaska PROPN NNP 1 nmod (2-place-new-sssss-cf2-1-sgl)1)",
			},
			want: []string{"PLACE:Alaska"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := conll(t, tt.lines...)
			words := make([]string, len(s.Words))
			for i, w := range s.Words {
				words[i] = w.Form
			}
			got := describe(words, GoldNames(s))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestGumMentions(t *testing.T) {
	s := conll(t,
		"A PROPN NNP 0 root (1-person-x-y-z-1-sgl(2-place-x-y-z-1-sgl-Foo_%28bar%29)",
		"B PROPN NNP 1 flat 1)",
		"C PROPN NNP 1 flat (3-organization-x)",
	)
	got := gumMentions(s)
	want := []gumMention{{0, 2, "person"}, {0, 1, "place"}, {2, 3, "organization"}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// tinyTreebank is a small training set with entity annotation.
func tinyTreebank(t *testing.T) []conllu.Sentence {
	var out []conllu.Sentence
	names := [][2]string{{"Anna", "Berg"}, {"Omar", "Haddad"}, {"Li", "Wei"}}
	places := []string{"Paris", "Oslo", "Lima"}
	for i := range 9 {
		n := names[i%3]
		out = append(out, conll(t,
			n[0]+" PROPN NNP 3 nsubj (1-person-new-sssss-cf1-1,2-sgl",
			n[1]+" PROPN NNP 1 flat 1)",
			"visited VERB VBD 0 root _",
			places[(i+1)%3]+" PROPN NNP 3 obj (2-place-new-sssss-cf2-1-sgl)",
			". PUNCT . 3 punct _",
		))
	}
	return out
}

func TestTrainDeterministicAndRoundTrip(t *testing.T) {
	data := tinyTreebank(t)
	for _, tc := range []struct {
		name string
		opt  TrainOptions
	}{
		{"greedy", TrainOptions{Epochs: 3, Bits: 12}},
		{"beam 4", TrainOptions{Epochs: 3, Bits: 12, Beam: 4}},
		{"no name lexicon", TrainOptions{Epochs: 3, Bits: 12, NoNames: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			save := func() []byte {
				m, err := Train(FromGUM(data), FromGUM(data[:3]), tc.opt)
				if err != nil {
					t.Fatal(err)
				}
				var b bytes.Buffer
				if err := m.Save(&b); err != nil {
					t.Fatal(err)
				}
				return b.Bytes()
			}
			a, b := save(), save()
			if !bytes.Equal(a, b) {
				t.Fatalf("two trainings on the same data gave different models (%d and %d bytes)", len(a), len(b))
			}
			m, err := Load(bytes.NewReader(a))
			if err != nil {
				t.Fatal(err)
			}
			if want := max(tc.opt.Beam, 1); m.beam != want {
				t.Errorf("loaded beam %d, want %d", m.beam, want)
			}
			if (m.names == nil) != tc.opt.NoNames {
				t.Errorf("loaded name lexicon %v, want one: %v", m.names != nil, !tc.opt.NoNames)
			}
			var again bytes.Buffer
			if err := m.Save(&again); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a, again.Bytes()) {
				t.Errorf("save → load → save changed the model")
			}
			words := strings.Fields("Omar Haddad visited Oslo .")
			xpos := strings.Fields("NNP NNP VBD NNP .")
			got := describe(words, m.Recognize(words, uposFromXPOS(xpos), xpos))
			if want := []string{"PERSON:Omar Haddad", "PLACE:Oslo"}; !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("hello")},
		{"truncated", defaultModel[:len(defaultModel)/2]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(tt.data)); err == nil {
				t.Errorf("got no error, want one")
			}
		})
	}
}

func TestRecognizeEdgeCases(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Recognize(nil, nil, nil); len(got) != 0 {
		t.Errorf("empty sentence: got %v, want none", got)
	}
	// Missing tags are allowed.
	words := strings.Fields("Antony Blinken flew to Doha .")
	checkMentions(t, words, m.Recognize(words, nil, nil))
	checkMentions(t, words, m.Recognize(words, []string{"PROPN"}, nil))
	// Empty words do not panic.
	words = []string{"", "Paris", "", "United", "", "States"}
	checkMentions(t, words, m.Recognize(words, nil, nil))
}

// checkMentions verifies that mentions are in order, inside the sentence,
// non-empty and not overlapping.
func checkMentions(t *testing.T, words []string, ms []nlp.Mention) {
	t.Helper()
	end := 0
	for _, m := range ms {
		if m.Start < end || m.End <= m.Start || m.End > len(words) || m.Type == "" {
			t.Fatalf("bad mention %+v in %q (all %v)", m, words, ms)
		}
		end = m.End
	}
}

func FuzzRecognize(f *testing.F) {
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Israeli Prime Minister Benjamin Netanyahu met Blinken in Tel Aviv on Oct. 7 , 2023 .")
	f.Add("the United States and the U.K. said May 5 at 9:30 am")
	f.Add("Secretary of State of of The 1990s Americans")
	f.Add("É Ñ ü 東京 \xff\xfe")
	f.Fuzz(func(t *testing.T, text string) {
		words := strings.Fields(text)
		upos := make([]string, len(words))
		for i, w := range words {
			if startsUpper(w) {
				upos[i] = "PROPN"
			}
		}
		checkMentions(t, words, m.Recognize(words, upos, upos))
		// The same words as a document, split after each ".".
		var dw, du [][]string
		for st, i := 0, 0; i < len(words); i++ {
			if words[i] == "." || i == len(words)-1 {
				dw, du = append(dw, words[st:i+1]), append(du, upos[st:i+1])
				st = i + 1
			}
		}
		for i, ms := range m.RecognizeDocument(dw, du, du) {
			checkMentions(t, dw[i], ms)
		}
		for _, a := range m.Annotate(words, nil, nil) {
			_ = a.Country
		}
	})
}

func TestRecognizeConcurrent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Hamas representative Osama Hamdan told Reuters in Doha on Monday .")
	xpos := strings.Fields("NNP NN NNP NNP VBD NNP IN NNP IN NNP .")
	upos := uposFromXPOS(xpos)
	want := describe(words, m.Recognize(words, upos, xpos))
	done := make(chan []string)
	for range 8 {
		go func() {
			var got []string
			for range 50 {
				got = describe(words, m.Recognize(words, upos, xpos))
			}
			done <- got
		}()
	}
	for range 8 {
		if got := <-done; !slices.Equal(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

func TestTowns(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		towns string // the town field of each word
	}{
		{"one word", "They flew to Tiberias .", "0 0 0 1 0"},
		{"two words", "Flights to Tel Aviv resumed", "0 0 2 4 0"},
		{"longest match", "in San Francisco today", "0 2 4 0"},
		{"not a town", "Blinken spoke", "0 0"},
		{"lower case", "paris", "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := strings.Fields(tt.text)
			info := make([]tokenInfo, len(words))
			for i, w := range words {
				info[i].wordInfo = (&Model{}).wordInfoOf(w)
			}
			fillTowns(words, info)
			var got []string
			for _, ti := range info {
				got = append(got, fmt.Sprint(ti.town))
			}
			if g := strings.Join(got, " "); g != tt.towns {
				t.Errorf("got %q, want %q", g, tt.towns)
			}
		})
	}
}
