package rules

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// factStrings renders an extraction's facts as "Subject -pred-> Object",
// with quotations shown as "Q" and negated facts as "-not_pred->";
// modalities other than asserted are appended in brackets.
func factStrings(x *newsgraph.Extraction) []string {
	byKey := map[string]newsgraph.Entity{}
	for _, e := range x.Entities {
		byKey[e.Key] = e
	}
	var out []string
	for _, f := range x.Facts {
		o := byKey[f.Object].Name
		if byKey[f.Object].Type == newsgraph.Quote {
			o = "Q"
		}
		p := f.Predicate
		if f.Negated {
			p = "not_" + p
		}
		s := byKey[f.Subject].Name + " -" + p + "-> " + o
		if f.Modality != newsgraph.Asserted {
			s += " [" + string(f.Modality) + "]"
		}
		out = append(out, s)
	}
	return out
}

func extract(t *testing.T, text string) *newsgraph.Extraction {
	t.Helper()
	x, err := New().Extract(context.Background(), newsgraph.Doc{ID: "t", Source: "test", Text: text})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	checkExtraction(t, text, x)
	return x
}

// checkExtraction checks the invariants every extraction must keep.
func checkExtraction(t testing.TB, text string, x *newsgraph.Extraction) {
	t.Helper()
	keys := map[string]bool{}
	for _, e := range x.Entities {
		if keys[e.Key] {
			t.Fatalf("duplicate key %q", e.Key)
		}
		keys[e.Key] = true
		if e.Name == "" {
			t.Fatalf("entity %s has no name", e.Key)
		}
		for _, m := range e.Mentions {
			if m.Span.Start < 0 || m.Span.End > len(text) || m.Span.Start >= m.Span.End {
				t.Fatalf("mention %v of %q outside the text (len %d)", m.Span, e.Name, len(text))
			}
			if !m.Sentence.Contains(m.Span) {
				t.Fatalf("mention %v of %q outside its sentence %v", m.Span, e.Name, m.Sentence)
			}
		}
	}
	for _, f := range x.Facts {
		if !keys[f.Subject] || !keys[f.Object] {
			t.Fatalf("fact %s(%s, %s) refers to an unknown entity", f.Predicate, f.Subject, f.Object)
		}
		if f.Evidence.Start < 0 || f.Evidence.End > len(text) || f.Evidence.Start >= f.Evidence.End {
			t.Fatalf("evidence %v outside the text (len %d)", f.Evidence, len(text))
		}
		if !f.Evidence.Contains(f.Span) {
			t.Fatalf("span %v outside evidence %v", f.Span, f.Evidence)
		}
		if f.Confidence <= 0 || f.Confidence > 1 {
			t.Fatalf("confidence %v out of (0, 1]", f.Confidence)
		}
		if f.Predicate == "" {
			t.Fatal("empty predicate")
		}
	}
}

func TestExtractFacts(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // facts that must be found
		not  []string // facts that must not be found
	}{
		{
			name: "coordinated subjects meet",
			text: "Maria Lopez and Peter Hansen met in Oslo on Friday.",
			want: []string{"Maria Lopez -met-> Peter Hansen"},
		},
		{
			name: "met with and light verb",
			text: "Chancellor Olaf Weber held talks with President Ana Costa in Lisbon.",
			want: []string{"Olaf Weber -met-> Ana Costa"},
		},
		{
			name: "coordinated objects with repeated preposition",
			text: "On Tuesday, Governor Tom Reed met with Mayor Lisa Grant and later with Senator Paul Ortiz.",
			want: []string{"Tom Reed -met-> Lisa Grant", "Tom Reed -met-> Paul Ortiz"},
		},
		{
			name: "visit with planned modality",
			text: "Foreign Minister Kim Dahl plans to travel to Egypt and Jordan next week.",
			want: []string{"Kim Dahl -visits-> Egypt [planned]", "Kim Dahl -visits-> Jordan [planned]"},
		},
		{
			name: "expected visit",
			text: "Prime Minister John Avery is expected to visit Kenya on Monday.",
			want: []string{"John Avery -visits-> Kenya [expected]"},
		},
		{
			name: "a plan and the proposal are one concept",
			text: "Prime Minister Lena Vos approved a plan for the canal. The Farmers Union rejected the proposal on Friday.",
			want: []string{"Lena Vos -accepted-> plan", "Farmers Union -rejected-> plan"},
		},
		{
			name: "negated acceptance",
			text: "The Northern Farmers Union did not accept the revised budget proposal.",
			want: []string{"Northern Farmers Union -not_accepted-> budget proposal"},
			not:  []string{"Northern Farmers Union -accepted-> budget proposal"},
		},
		{
			name: "concept object merged by head noun",
			text: "Canada accepted the new trade proposal. Mexico rejected the proposal on Sunday.",
			want: []string{"Canada -accepted-> trade proposal", "Mexico -rejected-> trade proposal"},
		},
		{
			name: "pronoun object refers to the last concept",
			text: "Brazil drafted a peace plan. Argentina approved it on Monday.",
			want: []string{"Argentina -accepted-> peace plan"},
		},
		{
			name: "nominal rejection with possessor",
			text: "Officials noted the Green Party's objections to the climate plan.",
			want: []string{"Green Party -rejected-> climate plan"},
		},
		{
			name: "relative object",
			text: "The senators debated the bill that Norway has proposed.",
			want: []string{"Norway -proposed-> bill"},
		},
		{
			name: "direct quote after, inverted",
			text: "\"We will not give up on the talks,\" said Angela Ruiz.",
			want: []string{"Angela Ruiz -said-> Q"},
		},
		{
			name: "direct quote before with curly quotes",
			text: "Mark Otieno said: “The river has never been this high in my lifetime.”",
			want: []string{"Mark Otieno -said-> Q"},
		},
		{
			name: "reported speech with that",
			text: "Helen Park said that the factory would close in March.",
			want: []string{"Helen Park -said-> Q"},
		},
		{
			name: "unquoted line ending with he says",
			text: "Ivan Petrov arrived on Monday.\nWe must rebuild the bridge before winter, he says.",
			want: []string{"Ivan Petrov -said-> Q"},
		},
		{
			name: "according to",
			text: "According to Reuters, the company lost two billion dollars last year.",
			want: []string{"Reuters -said-> Q"},
		},
		{
			name: "told with addressee",
			text: "Union leader Sara Berg told Reuters that the strike would continue.",
			want: []string{"Sara Berg -told-> Reuters", "Sara Berg -said-> Q"},
		},
		{
			name: "says speaker to addressee after apposition",
			text: "The harvest will be late this year, says Jonas Lind, a climate expert at Lund University, to SVT.",
			want: []string{"Jonas Lind -told-> SVT", "Jonas Lind -said-> Q", "Jonas Lind -member_of-> Lund University"},
		},
		{
			name: "organization representative",
			text: "Greenpeace representative Carla Mendes spoke to the crowd.",
			want: []string{"Carla Mendes -member_of-> Greenpeace"},
		},
		{
			name: "nationality from adjective",
			text: "Kenyan President William Otieno opened the summit.",
			want: []string{"William Otieno -nationality-> Kenya"},
		},
		{
			name: "nationality from possessor",
			text: "France's President Louis Martin thanked the volunteers.",
			want: []string{"Louis Martin -nationality-> France"},
		},
		{
			name: "located in",
			text: "A fire broke out in Tampere, Finland on Sunday.",
			want: []string{"Tampere -located_in-> Finland"},
		},
		{
			name: "capital apposition",
			text: "Protests spread in the Peruvian capital, Lima.",
			want: []string{"Lima -located_in-> Peru"},
		},
		{
			name: "list of countries is not a location",
			text: "The mediators, Egypt, Qatar and Oman, met in Doha.",
			not:  []string{"Egypt -located_in-> Qatar", "Qatar -located_in-> Oman"},
		},
		{
			name: "surname resolves to full name",
			text: "Senator Rosa Diaz arrived in Madrid. Diaz thanked King Felipe for the invitation.",
			want: []string{"Rosa Diaz -thanked-> Felipe"},
		},
		{
			name: "he as subject of the next sentence",
			text: "Governor Paul Amos spoke in Ohio on Monday. He will travel to Canada next week.",
			want: []string{"Paul Amos -visits-> Canada [planned]"},
		},
		{
			name: "description resolves to the one matching role",
			text: "Prime Minister Erik Holm met Mayor Anna Berg. The prime minister later flew to Poland.",
			want: []string{"Erik Holm -visits-> Poland"},
		},
		{
			name: "participle subject after comma",
			text: "In a statement, the Red Cross criticized the Interior Ministry, accusing it of delays.",
			want: []string{"Red Cross -condemned-> Interior Ministry", "Red Cross -accused-> Interior Ministry"},
		},
		{
			name: "passive with agent",
			text: "The journalist Omar Haddad was killed by the Zeta Militia in March.",
			want: []string{"Zeta Militia -killed-> Omar Haddad"},
		},
		{
			name: "passive without agent gives nothing",
			text: "Jordan was attacked on Monday.",
			not:  []string{"Jordan -attacked-> Jordan"},
		},
		{
			name: "refused to as negation",
			text: "Chancellor Max Brandt refused to meet Prime Minister Ola Lund.",
			want: []string{"Max Brandt -not_met-> Ola Lund"},
			not:  []string{"Max Brandt -met-> Ola Lund"},
		},
		{
			name: "possessor is not a meeting partner",
			text: "The plan meets Norway's demands.",
			not:  []string{"plan -met-> Norway"},
		},
		{
			name: "after meeting with: subject after the comma",
			text: "After meeting with President Ruth Adler, Prime Minister Sam Cole spoke to reporters.",
			want: []string{"Sam Cole -met-> Ruth Adler"},
		},
		{
			name: "relative who clause",
			text: "Jan Novak, who is headed to Vienna, said the deal was close.",
			want: []string{"Jan Novak -visits-> Vienna", "Jan Novak -said-> Q"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFacts(t, tc.text, tc.want, tc.not)
		})
	}
}

func TestExtractEntities(t *testing.T) {
	type ent struct {
		name string
		typ  newsgraph.EntityType
		role string // a role the entity must have, when not empty
	}
	tests := []struct {
		name string
		text string
		want []ent
		not  []string // names that must not be entities
	}{
		{
			name: "title stripping with nationality",
			text: "Israeli Prime Minister Benjamin Netanyahu spoke on Monday.",
			want: []ent{{"Benjamin Netanyahu", newsgraph.Person, "Prime Minister"}},
			not:  []string{"Israeli", "Monday", "Israeli Prime Minister Benjamin Netanyahu"},
		},
		{
			name: "multi-word title with of",
			text: "US Secretary of State Antony Blinken arrived in Cairo.",
			want: []ent{{"Antony Blinken", newsgraph.Person, "Secretary of State"}, {"Cairo", newsgraph.Place, ""}},
		},
		{
			name: "generic minister title",
			text: "Emergencies Minister Yevgeny Zinichev visited the site.",
			want: []ent{{"Yevgeny Zinichev", newsgraph.Person, "Emergencies Minister"}},
		},
		{
			name: "apposition role and organization",
			text: "The vote was close, said Anders Persson, Middle East expert at Linnaeus University.",
			want: []ent{{"Anders Persson", newsgraph.Person, "Middle East expert"}, {"Linnaeus University", newsgraph.Organization, ""}},
		},
		{
			name: "organization suffixes and acronyms",
			text: "The International Court of Justice and NATO issued statements.",
			want: []ent{{"International Court of Justice", newsgraph.Organization, ""}, {"NATO", newsgraph.Organization, ""}},
		},
		{
			name: "places from gazetteer and suffixes",
			text: "Troops moved from the Gaza Strip toward the Netzarim Junction and Lebanon.",
			want: []ent{{"Gaza", newsgraph.Place, ""}, {"Netzarim Junction", newsgraph.Place, ""}, {"Lebanon", newsgraph.Place, ""}},
		},
		{
			name: "a capital that speaks stands for its country",
			text: "The United States pushed for talks. The deal, Washington says, is close. Officials met in Moscow.",
			want: []ent{{"United States", newsgraph.Place, ""}, {"Moscow", newsgraph.Place, ""}},
			not:  []string{"Washington"},
		},
		{
			name: "an organization of a place is not the place",
			text: "The Board of Linwood College met on Friday. Linwood College has 900 students.",
			want: []ent{{"Board of Linwood College", newsgraph.Organization, ""}, {"Linwood College", newsgraph.Organization, ""}},
		},
		{
			name: "a capital as a place stays a place",
			text: "Protesters gathered in Washington on Sunday.",
			want: []ent{{"Washington", newsgraph.Place, ""}},
		},
		{
			name: "sentence-initial common words are not names",
			text: "However, the talks went on. Traveling to Qatar\nTogether with the unions, Among others, they marched. Now it is over.",
			want: []ent{{"Qatar", newsgraph.Place, ""}},
			not:  []string{"However", "Traveling", "Together", "Among", "Now"},
		},
		{
			name: "sub-heading words are not names",
			text: "Decisive Moment\nThe council met in Berlin.",
			want: []ent{{"Berlin", newsgraph.Place, ""}},
			not:  []string{"Decisive Moment", "Decisive", "Moment"},
		},
		{
			name: "nationality adjectives are not entities",
			text: "Israeli pressure grew as American diplomats arrived.",
			not:  []string{"Israeli", "American", "Israeli pressure"},
		},
		{
			name: "plural demonym names the country",
			text: "The Israelis say the offer is final.",
			want: []ent{{"Israel", newsgraph.Place, ""}},
		},
		{
			name: "organization before member noun",
			text: "Armed Hamas forces crossed the line.",
			want: []ent{{"Hamas", newsgraph.Organization, ""}},
		},
		{
			name: "abbreviations do not split names",
			text: "Mr. Tanaka flew to the U.S. on Oct. 7 and met Dr. Sato.",
			want: []ent{{"Tanaka", newsgraph.Person, ""}, {"United States", newsgraph.Place, ""}, {"Sato", newsgraph.Person, ""}},
			not:  []string{"Oct"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := extract(t, tc.text)
			byName := map[string]newsgraph.Entity{}
			for _, e := range x.Entities {
				byName[e.Name] = e
			}
			for _, w := range tc.want {
				e, ok := byName[w.name]
				if !ok {
					t.Errorf("missing entity %q; got %v", w.name, names(x))
					continue
				}
				if e.Type != w.typ {
					t.Errorf("%q: got type %s, want %s", w.name, e.Type, w.typ)
				}
				if w.role != "" && !contains(e.Roles, w.role) {
					t.Errorf("%q: got roles %q, want %q among them", w.name, e.Roles, w.role)
				}
			}
			for _, n := range tc.not {
				if _, ok := byName[n]; ok {
					t.Errorf("got unwanted entity %q", n)
				}
			}
		})
	}
}

func names(x *newsgraph.Extraction) []string {
	var out []string
	for _, e := range x.Entities {
		if e.Type != newsgraph.Quote {
			out = append(out, e.Name+"/"+string(e.Type))
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestCoreference(t *testing.T) {
	text := "Foreign Minister Lena Vogt arrived in Rome. Vogt met Pope Leo. The top German diplomat later flew home."
	x := extract(t, text)
	var vogt *newsgraph.Entity
	for i := range x.Entities {
		if x.Entities[i].Name == "Lena Vogt" {
			vogt = &x.Entities[i]
		}
	}
	if vogt == nil {
		t.Fatalf("no entity Lena Vogt in %v", names(x))
	}
	if !contains(vogt.Aliases, "Vogt") {
		t.Errorf("got aliases %q, want Vogt among them", vogt.Aliases)
	}
	if got := len(vogt.Mentions); got < 2 {
		t.Errorf("got %d mentions of Lena Vogt, want at least 2", got)
	}
}

func TestQuotationEntity(t *testing.T) {
	text := "\"The water is rising fast,\" said Omar Reyes."
	x := extract(t, text)
	var q *newsgraph.Entity
	for i := range x.Entities {
		if x.Entities[i].Type == newsgraph.Quote {
			q = &x.Entities[i]
		}
	}
	if q == nil {
		t.Fatal("no quotation entity")
	}
	if want := "The water is rising fast"; q.Name != want {
		t.Errorf("got quote %q, want %q", q.Name, want)
	}
	if len(q.Mentions) != 1 || text[q.Mentions[0].Span.Start:q.Mentions[0].Span.End] != q.Name {
		t.Errorf("got mentions %v, want one covering the quote", q.Mentions)
	}
}

func TestExtractCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New().Extract(ctx, newsgraph.Doc{Text: "Maria met Peter."})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got error %v, want context.Canceled", err)
	}
}

func TestExtractConcurrent(t *testing.T) {
	text := "Prime Minister Erik Holm met President Ana Costa in Oslo. \"We agree,\" Holm said."
	want := strings.Join(factStrings(extract(t, text)), "\n")
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x, err := New().Extract(context.Background(), newsgraph.Doc{Text: text})
			if err != nil {
				t.Error(err)
				return
			}
			if got := strings.Join(factStrings(x), "\n"); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		}()
	}
	wg.Wait()
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"abbreviations", "Mr. Smith went to the U.S. on Oct. 7. He left.", []string{"Mr. Smith went to the U.S. on Oct. 7.", "He left."}},
		{"question and exclamation", "Why? Because! Fine.", []string{"Why?", "Because!", "Fine."}},
		{"closing quote stays", "He said \"go.\" Then he left.", []string{"He said \"go.\"", "Then he left."}},
		{"lines split", "A heading\nThe body starts here.", []string{"A heading", "The body starts here."}},
		{"initials", "J. R. Smith spoke.", []string{"J. R. Smith spoke."}},
		{"decimal", "It grew 3.5 percent. Then fell.", []string{"It grew 3.5 percent.", "Then fell."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(tc.text) {
				got = append(got, tc.text[s.start:s.end])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"straight", `He said "we won" today.`, []string{"we won"}},
		{"curly", "He said “we won” today.", []string{"we won"}},
		{"two halves", "“The longer,” he added, “the worse.”", []string{"The longer,", "the worse."}},
		{"open to end of paragraph", "“First part.\nNext paragraph.”", []string{"First part.", "Next paragraph."}},
		{"close without open", "Part of it,\" he stated.", []string{"Part of it,"}},
		{"single quotes ignored", "He said 'yes' twice.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, q := range findQuotes(splitSentences(tc.text)) {
				got = append(got, tc.text[q.start:q.end])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"Blinken and Netanyahu met on Monday.",
		"\"Now,\" said Mr. Tanaka of the U.S. Department of State, \"we go.\"",
		"Hamas' objections to the plan, says Anders Persson, expert at X University to TT.",
		"“unclosed quote\n”\"'’‘",
		"Él dijo: «Sí». Zürich's Präsident Jürg Müller-Lüdenscheidt met al-Assad.",
		"A.B.C. D. e. F, , ; : — – ( ) [ ] He he HE it It its.",
		"The proposal that Israel has said yes to. It was accepted. He backs it.",
		"\xff\xfe invalid utf8 \xc3",
	} {
		f.Add(s)
	}
	ex := New()
	f.Fuzz(func(t *testing.T, text string) {
		x, err := ex.Extract(context.Background(), newsgraph.Doc{ID: "f", Text: text})
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		checkExtraction(t, text, x)
		iris := make([]newsgraph.IRI, len(x.Entities))
		for i, e := range x.Entities {
			iris[i] = newsgraph.IRI(newsgraph.EntityNS + e.Key)
		}
		if _, err := newsgraph.Quads(newsgraph.Doc{ID: "f", Text: text}, ex.Name(), x, iris); err != nil {
			t.Fatalf("Quads: %v", err)
		}
	})
}

// checkFacts extracts the facts of text and checks that every fact of want
// is among them and no fact of not.
func checkFacts(t *testing.T, text string, want, not []string) {
	t.Helper()
	checkFactList(t, factStrings(extract(t, text)), want, not)
}

// checkFactList checks that every fact of want is in got and no fact of
// not.
func checkFactList(t *testing.T, got, want, not []string) {
	t.Helper()
	has := map[string]bool{}
	for _, g := range got {
		has[g] = true
	}
	for _, w := range want {
		if !has[w] {
			t.Errorf("missing %q; got %q", w, got)
		}
	}
	for _, n := range not {
		if has[n] {
			t.Errorf("got unwanted %q in %q", n, got)
		}
	}
}
