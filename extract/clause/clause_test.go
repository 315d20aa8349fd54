package clause

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
)

var analyzer = sync.OnceValues(analyze.Default)

func analyse(tb testing.TB, text string) *nlp.Document {
	tb.Helper()
	a, err := analyzer()
	if err != nil {
		tb.Fatal(err)
	}
	return a.Analyze(text)
}

// A rel is an expected relation: the head words of subject and object
// ("" for no object), the predicate, negation and modality.
type rel struct {
	subj, pred, obj string
	neg             bool
	mod             newsgraph.Modality
}

func (r rel) String() string {
	neg := ""
	if r.neg {
		neg = "NOT "
	}
	return fmt.Sprintf("%s%s(%s, %s)/%q", neg, r.pred, r.subj, r.obj, r.mod)
}

// simple reduces a relation to head words.
func simple(doc *nlp.Document, r Relation) rel {
	toks := doc.Sentences[r.Sent].Tokens
	s := rel{subj: toks[r.Subj.Head].Text, pred: r.Pred, neg: r.Negated, mod: r.Modality}
	if r.Obj.Head >= 0 {
		s.obj = toks[r.Obj.Head].Text
	}
	return s
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []rel
		// not lists relations that must not be found (compared on subject,
		// predicate, object and negation).
		not []rel
	}{
		{
			name: "active",
			text: "The government approved the new budget on Tuesday.",
			want: []rel{{subj: "government", pred: newsgraph.Accepted, obj: "budget"}},
		},
		{
			name: "passive with agent",
			text: "The proposal was rejected by the rebels on Friday.",
			want: []rel{{subj: "rebels", pred: newsgraph.Rejected, obj: "proposal"}},
		},
		{
			name: "passive without agent gives nothing",
			text: "The proposal was rejected on Friday.",
			not:  []rel{{subj: "proposal", pred: newsgraph.Rejected}},
		},
		{
			name: "reciprocal coordinated subject",
			text: "Smith and Jones met for over two hours on Monday.",
			want: []rel{{subj: "Smith", pred: newsgraph.Met, obj: "Jones"}},
			not:  []rel{{subj: "Jones", pred: newsgraph.Met}},
		},
		{
			name: "coordinated subjects",
			text: "France and Germany condemned the attack.",
			want: []rel{
				{subj: "France", pred: newsgraph.Condemned, obj: "attack"},
				{subj: "Germany", pred: newsgraph.Condemned, obj: "attack"},
			},
		},
		{
			name: "coordinated objects",
			text: "The minister later headed to Egypt and Qatar.",
			want: []rel{
				{subj: "minister", pred: newsgraph.Visits, obj: "Egypt"},
				{subj: "minister", pred: newsgraph.Visits, obj: "Qatar"},
			},
		},
		{
			name: "relative clause subject",
			text: "The militia, which rejected the plan, kept fighting.",
			want: []rel{{subj: "militia", pred: newsgraph.Rejected, obj: "plan"}},
		},
		{
			name: "relative clause object",
			text: "The plan which the militia rejected was drafted by mediators.",
			want: []rel{{subj: "militia", pred: newsgraph.Rejected, obj: "plan"}},
		},
		{
			name: "control plans to",
			text: "The minister plans to visit Egypt next week.",
			want: []rel{{subj: "minister", pred: newsgraph.Visits, obj: "Egypt", mod: newsgraph.Planned}},
			not:  []rel{{subj: "minister", pred: newsgraph.Visits, obj: "Egypt", mod: newsgraph.Asserted}},
		},
		{
			name: "control is expected to",
			text: "The president is expected to visit Cairo.",
			want: []rel{{subj: "president", pred: newsgraph.Visits, obj: "Cairo", mod: newsgraph.Expected}},
		},
		{
			name: "control agreed to",
			text: "The group agreed to release the hostages.",
			want: []rel{{subj: "group", pred: newsgraph.Released, obj: "hostages", mod: newsgraph.Planned}},
		},
		{
			name: "object control",
			text: "The court ordered the army to release the prisoners.",
			want: []rel{
				{subj: "court", pred: newsgraph.Ordered, obj: "army"},
				{subj: "army", pred: newsgraph.Released, obj: "prisoners", mod: newsgraph.Possible},
			},
		},
		{
			name: "light verb held talks with",
			text: "The envoy held talks with the king in the capital.",
			want: []rel{{subj: "envoy", pred: newsgraph.Met, obj: "king"}},
		},
		{
			name: "light verb made a proposal",
			text: "The mediators made a new proposal on Sunday.",
			want: []rel{{subj: "mediators", pred: newsgraph.Proposed, obj: "proposal"}},
		},
		{
			name: "light verb launched an attack on",
			text: "The rebels launched an attack on the airport.",
			want: []rel{{subj: "rebels", pred: newsgraph.Attacked, obj: "airport"}},
		},
		{
			name: "nominal possessor objections to",
			text: "The union's objections to the proposal were reported.",
			want: []rel{{subj: "union", pred: newsgraph.Rejected, obj: "proposal"}},
		},
		{
			name: "nominal visit to",
			text: "The president's visit to Cairo ended on Monday. The minister's visit to Oslo was postponed.",
			want: []rel{{subj: "president", pred: newsgraph.Visits, obj: "Cairo"}},
			not:  []rel{{subj: "minister", pred: newsgraph.Visits, obj: "Oslo"}},
		},
		{
			name: "a light verb's by phrase is the noun's doer",
			text: "Velm announced the acquisition of Norland Steel by Kestrel Holdings.",
			want: []rel{{subj: "Holdings", pred: newsgraph.Acquired, obj: "Steel"}},
			not:  []rel{{subj: "Velm", pred: newsgraph.Acquired, obj: "Steel"}},
		},
		{
			name: "nominal meeting with after the subject",
			text: "The senator said after a meeting with the governor that the deal was close.",
			want: []rel{{subj: "senator", pred: newsgraph.Met, obj: "governor"}},
		},
		{
			name: "travel is traveling to",
			text: "The foreign minister is traveling to Cairo.",
			want: []rel{{subj: "minister", pred: newsgraph.Visits, obj: "Cairo"}},
		},
		{
			name: "travel arrived in and flew to",
			text: "The diplomat arrived in Israel on Sunday and flew to Jordan on Monday.",
			want: []rel{
				{subj: "diplomat", pred: newsgraph.Visits, obj: "Israel"},
				{subj: "diplomat", pred: newsgraph.Visits, obj: "Jordan"},
			},
		},
		{
			name: "particle and preposition",
			text: "The government called for a ceasefire.",
			want: []rel{{subj: "government", pred: newsgraph.Supported, obj: "ceasefire"}},
		},
		{
			name: "met with",
			text: "The mayor met with union leaders on Thursday.",
			want: []rel{{subj: "mayor", pred: newsgraph.Met, obj: "leaders"}},
		},
		{
			name: "unmapped verb kept raw",
			text: "The delegation pulled out of the negotiations.",
			want: []rel{{subj: "delegation", pred: "", obj: "negotiations"}},
		},
		{
			name: "negation did not",
			text: "Israel did not accept the offer.",
			want: []rel{{subj: "Israel", pred: newsgraph.Accepted, obj: "offer", neg: true}},
			not:  []rel{{subj: "Israel", pred: newsgraph.Accepted, obj: "offer"}},
		},
		{
			name: "negation never",
			text: "The army said it had never attacked the hospital.",
			want: []rel{{subj: "it", pred: newsgraph.Attacked, obj: "hospital", neg: true}},
			not:  []rel{{subj: "it", pred: newsgraph.Attacked, obj: "hospital"}},
		},
		{
			name: "negation refused to",
			text: "The rebels refused to accept the offer.",
			want: []rel{{subj: "rebels", pred: newsgraph.Accepted, obj: "offer", neg: true}},
			not:  []rel{{subj: "rebels", pred: newsgraph.Accepted, obj: "offer"}},
		},
		{
			name: "modality may",
			text: "The rebels may accept the deal.",
			want: []rel{{subj: "rebels", pred: newsgraph.Accepted, obj: "deal", mod: newsgraph.Possible}},
		},
		{
			name: "modality would",
			text: "Israel would accept the proposal, the minister said.",
			want: []rel{{subj: "Israel", pred: newsgraph.Accepted, obj: "proposal", mod: newsgraph.Possible}},
		},
		{
			name: "modality reportedly",
			text: "The army reportedly killed three fighters.",
			want: []rel{{subj: "army", pred: newsgraph.Killed, obj: "fighters", mod: newsgraph.Reported}},
		},
		{
			name: "speech said with clause",
			text: "The minister said the talks had failed.",
			want: []rel{{subj: "minister", pred: newsgraph.Said, obj: "failed"}},
		},
		{
			name: "speech said after the quote",
			text: "The deal is close, the spokesman said.",
			want: []rel{{subj: "spokesman", pred: newsgraph.Said, obj: "close"}},
		},
		{
			name: "speech told the hearer",
			text: "The prime minister told reporters that the talks had failed.",
			want: []rel{
				{subj: "minister", pred: newsgraph.Told, obj: "reporters"},
				{subj: "minister", pred: newsgraph.Said, obj: "failed"},
			},
		},
		{
			name: "speech given in an interview with a named hearer is told",
			text: "Mira Kent said in an interview with Velm Radio that she would run. Pell, in remarks to the Harbor Gazette, said he acted alone.",
			want: []rel{
				{subj: "Mira", pred: newsgraph.Told, obj: "Radio"},
				{subj: "Pell", pred: newsgraph.Told, obj: "Gazette"},
			},
		},
		{
			name: "a passive after a subordinator the parser made a preposition; buying goods is no order",
			text: "The shares rose after Kestrel Systems was acquired by Tannex in May. Pellwick ordered extra stock from suppliers.",
			want: []rel{{subj: "Tannex", pred: newsgraph.Acquired, obj: "Systems"}},
			not:  []rel{{subj: "Pellwick", pred: newsgraph.Ordered, obj: "stock"}},
		},
		{
			name: "calling a state for a candidate is no call for them",
			text: "The agency called Oregon for Dana Harlan. Senator Tom Vale called for an inquiry.",
			want: []rel{{subj: "Tom", pred: newsgraph.Supported, obj: "inquiry"}},
			not:  []rel{{subj: "agency", pred: newsgraph.Supported, obj: "Dana"}},
		},
		{
			name: "sending someone a letter tells them; a package tells no one",
			text: "Mayor Paul Verne sent a letter to Governor Marta Celik. The company sent a package to Velm Corp.",
			want: []rel{{subj: "Paul", pred: newsgraph.Told, obj: "Marta"}},
			not:  []rel{{subj: "company", pred: newsgraph.Told, obj: "Corp"}},
		},
		{
			name: "went back to, moved to",
			text: "Envoy Luca Brandt went back to Oregon in March. In the 1970s, drummer Tom Raley moved to Nigeria.",
			want: []rel{{subj: "Envoy", pred: newsgraph.Visits, obj: "Oregon"}, {subj: "Tom", pred: newsgraph.Visits, obj: "Nigeria"}},
		},
		{
			name: "a second subject joined by along with",
			text: "Senator Clara Whitby, along with Senator Joel Marsh, proposed a bill on Monday.",
			want: []rel{
				{subj: "Clara", pred: newsgraph.Proposed, obj: "bill"},
				{subj: "Joel", pred: newsgraph.Proposed, obj: "bill"},
			},
		},
		{
			name: "introduce proposes a bill, not a guest or a restriction",
			text: "Governor Ada Lund introduced legislation to ban fireworks. Mayor Tina Cole introduced her husband to the crowd. A limit of two packs was introduced by the supermarket on Monday.",
			want: []rel{{subj: "Ada", pred: newsgraph.Proposed, obj: "legislation"}},
			not:  []rel{{subj: "Mayor", pred: newsgraph.Proposed, obj: "husband"}, {subj: "supermarket", pred: newsgraph.Proposed, obj: "limit"}},
		},
		{
			name: "threatened to",
			text: "The country threatened to attack its neighbour.",
			want: []rel{
				{subj: "country", pred: newsgraph.Threatened, obj: "neighbour"},
				{subj: "country", pred: newsgraph.Attacked, obj: "neighbour", mod: newsgraph.Possible},
			},
			not: []rel{{subj: "country", pred: newsgraph.Attacked, obj: "neighbour"}},
		},
		{
			name: "light verb with coordinated subject",
			text: "The two presidents held talks in Geneva on Friday.",
			not:  []rel{{subj: "presidents", pred: newsgraph.Met, obj: "Geneva"}},
		},
		{
			name: "reciprocal light verb",
			text: "Smith and Jones held talks on Friday.",
			want: []rel{{subj: "Smith", pred: newsgraph.Met, obj: "Jones"}},
		},
		{
			name: "nominal talks between",
			text: "The summit followed talks between France and Germany.",
			want: []rel{{subj: "France", pred: newsgraph.Met, obj: "Germany"}},
		},
		{
			name: "nominal compound visit",
			text: "The minister's Cairo visit began on Monday. The president's Oslo visit was cancelled.",
			want: []rel{{subj: "minister", pred: newsgraph.Visits, obj: "Cairo"}},
			not:  []rel{{subj: "president", pred: newsgraph.Visits, obj: "Oslo"}},
		},
		{
			name: "nominal proposal with compound author",
			text: "Israel accepted the US proposal.",
			want: []rel{
				{subj: "Israel", pred: newsgraph.Accepted, obj: "proposal"},
				{subj: "US", pred: newsgraph.Proposed, obj: "proposal"},
			},
		},
		{
			name: "want someone to",
			text: "They do not want the rebels to return to the north.",
			want: []rel{{subj: "rebels", pred: newsgraph.Visits, obj: "north", neg: true, mod: newsgraph.Planned}},
		},
		{
			name: "went on to say is asserted",
			text: "The judge went on to say the men had accepted responsibility.",
			want: []rel{{subj: "judge", pred: newsgraph.Said, obj: "accepted"}},
		},
		{
			name: "told with iobj and obj",
			text: "The prosecutor told reporters the assessments will be carried out.",
			want: []rel{{subj: "prosecutor", pred: newsgraph.Told, obj: "reporters"}},
		},
		{
			name: "blocked object sense",
			text: "The company met the requirement and led the way.",
			want: []rel{{subj: "company", pred: "", obj: "requirement"}},
			not:  []rel{{subj: "company", pred: newsgraph.Met}, {subj: "company", pred: newsgraph.Leads}},
		},
		{
			name: "led to is causation",
			text: "The decision led the party to leave the coalition.",
			not:  []rel{{subj: "decision", pred: newsgraph.Leads}},
		},
		{
			name: "object relative with particle",
			text: "The union approved a plan that the company has put forward for the strike.",
			want: []rel{
				{subj: "union", pred: newsgraph.Accepted, obj: "plan"},
				{subj: "company", pred: newsgraph.Proposed, obj: "plan"},
			},
		},
		{
			name: "an object described as doing",
			text: "The report lists the ship as belonging to Velm Shipping. She regards the plan as threatening the town.",
			want: []rel{
				{subj: "ship", pred: newsgraph.MemberOf, obj: "Shipping", mod: newsgraph.Reported},
				{subj: "plan", pred: newsgraph.Threatened, obj: "town", mod: newsgraph.Reported},
			},
		},
		{
			name: "will is planned",
			text: "The company will acquire its rival.",
			want: []rel{{subj: "company", pred: newsgraph.Acquired, obj: "rival", mod: newsgraph.Planned}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := analyse(t, tt.text)
			rels := extract(t, doc)
			var got []rel
			for _, r := range rels {
				got = append(got, simple(doc, r))
			}
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					if g == w {
						found = true
					}
				}
				if !found {
					t.Errorf("%q: got %v, want %v among them", tt.text, got, w)
				}
			}
			for _, n := range tt.not {
				for _, g := range got {
					if g.subj == n.subj && g.pred == n.pred && (n.obj == "" || g.obj == n.obj) && g.neg == n.neg && (n.mod == "" || g.mod == n.mod) && (n.mod != "" || n.obj == "" || g.mod == "") {
						t.Errorf("%q: got %v, want no %v", tt.text, got, n)
					}
				}
			}
		})
	}
}

// TestRelationFields checks the phrase, spans and preposition of one
// relation.
func TestRelationFields(t *testing.T) {
	text := "Officials said the envoy has held talks with the king."
	doc := analyse(t, text)
	var r *Relation
	rels := extract(t, doc)
	for i := range rels {
		if rels[i].Pred == newsgraph.Met {
			r = &rels[i]
		}
	}
	if r == nil {
		t.Fatalf("got %+v, want a met relation", rels)
	}
	sent := &doc.Sentences[r.Sent]
	phrase := func(a Arg) string { sp := a.Bytes(sent); return text[sp.Start:sp.End] }
	checks := []struct{ name, got, want string }{
		{"raw", r.Raw, "has held talks with"},
		{"lemma", r.Lemma, "hold talk with"},
		{"subject", phrase(r.Subj), "the envoy"},
		{"object", phrase(r.Obj), "the king"},
		{"prep", r.Obj.Prep, "with"},
		{"span", text[r.Span.Start:r.Span.End], "the envoy has held talks with the king"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
	if r.Confidence <= 0 || r.Confidence > 1 {
		t.Errorf("confidence: got %v, want in (0, 1]", r.Confidence)
	}
}

// TestPronoun checks that personal pronoun arguments are marked.
func TestPronoun(t *testing.T) {
	doc := analyse(t, "She thanked them for their support.")
	rels := extract(t, doc)
	if len(rels) == 0 {
		t.Fatal("got no relations, want thanked")
	}
	r := rels[0]
	if !r.Subj.Pron || !r.Obj.Pron {
		t.Errorf("got Subj.Pron=%v Obj.Pron=%v, want both true", r.Subj.Pron, r.Obj.Pron)
	}
}

// TestDeterministic checks that two runs give the same relations.
func TestDeterministic(t *testing.T) {
	text := "Smith and Jones met in Paris. The rebels, who rejected the offer, said they would not release the hostages. The minister plans to visit Egypt and Qatar."
	doc := analyse(t, text)
	a, b := extract(t, doc), extract(t, doc)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Errorf("got %v, then %v; want the same", a, b)
	}
	for i := 1; i < len(a); i++ {
		if a[i].Sent < a[i-1].Sent || a[i].Sent == a[i-1].Sent && a[i].Verb < a[i-1].Verb {
			t.Errorf("relations out of order at %d", i)
		}
	}
}

// TestInvalidTrees checks that malformed parses (cycles, self-loops, heads
// out of range) neither panic nor give out-of-range indices.
func TestInvalidTrees(t *testing.T) {
	words := strings.Fields("Smith and Jones met with the king in Paris")
	text := strings.Join(words, " ")
	heads := [][]int{
		{1, 2, 0, 3, 5, 4, 7, 6, 9},      // cycles everywhere
		{0, 1, 2, 3, 4, 5, 6, 7, 8},      // self-loops
		{3, 2, 0, 99, -5, 6, 3, 8, 3},    // out of range
		{-1, -1, -1, -1, -1, -1, -1, -1}, // all roots
	}
	rels := []string{"nsubj", "cc", "conj", "root", "case", "det", "obl", "case", "obl"}
	for n, hs := range heads {
		s := nlp.Sentence{Start: 0, End: len(text)}
		off := 0
		for i, w := range words {
			tk := nlp.Token{Start: off, End: off + len(w), Text: w, UPOS: "VERB", XPOS: "VBD", Lemma: strings.ToLower(w), Head: -1, Rel: rels[i]}
			if i < len(hs) {
				tk.Head = hs[i]
			}
			if i%3 == 0 {
				tk.UPOS = "NOUN"
			}
			s.Tokens = append(s.Tokens, tk)
			off += len(w) + 1
		}
		doc := &nlp.Document{Text: text, Sentences: []nlp.Sentence{s}}
		for _, r := range extract(t, doc) {
			checkRelation(t, doc, r)
		}
		_ = n
	}
}

// checkRelation fails t when r's indices or spans are out of range.
func checkRelation(t *testing.T, doc *nlp.Document, r Relation) {
	t.Helper()
	if r.Sent < 0 || r.Sent >= len(doc.Sentences) {
		t.Fatalf("sentence %d out of range", r.Sent)
	}
	n := len(doc.Sentences[r.Sent].Tokens)
	if r.Verb < 0 || r.Verb >= n {
		t.Errorf("verb %d out of range [0,%d)", r.Verb, n)
	}
	for _, a := range []Arg{r.Subj, r.Obj} {
		if a.Head == -1 && a == r.Obj {
			continue
		}
		if a.Head < 0 || a.Head >= n || a.Start < 0 || a.End > n || a.Start > a.Head || a.Head >= a.End {
			t.Errorf("argument %+v out of range (n=%d)", a, n)
		}
	}
	if r.Span.Start < 0 || r.Span.End > len(doc.Text) || r.Span.Start > r.Span.End {
		t.Errorf("span %v outside the text (%d bytes)", r.Span, len(doc.Text))
	}
	if r.Confidence <= 0 || r.Confidence > 1 {
		t.Errorf("confidence %v, want in (0, 1]", r.Confidence)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Smith and Jones met for over two hours on Monday.",
		"The proposal was rejected by the rebels, officials said.",
		"\"We will not accept it,\" he said. They refused to go.",
		"",
		"!!! ... ,,, and and and",
		"Who met whom? The talks between A and B, which failed, were held in C.",
	} {
		f.Add(s)
	}
	a, err := analyzer()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := a.Analyze(text)
		for _, r := range extract(t, doc) {
			checkRelation(t, doc, r)
		}
	})
}

// extract runs Extract, failing the test on an error.
func extract(t testing.TB, doc *nlp.Document) []Relation {
	t.Helper()
	rels, err := Extract(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return rels
}

// TestExtractCancelled: a cancelled context stops Extract with its error.
func TestExtractCancelled(t *testing.T) {
	doc := analyse(t, "Smith met Jones in Paris. Jones thanked Smith.")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if rels, err := Extract(ctx, doc); !errors.Is(err, context.Canceled) || rels != nil {
		t.Fatalf("got %v, %v; want no relations and context.Canceled", rels, err)
	}
}
