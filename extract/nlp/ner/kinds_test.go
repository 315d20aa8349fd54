package ner_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
)

// refsOf returns the refs of every occurrence of name in doc: the runs
// of tokens whose text is name.
func refsOf(doc *nlp.Document, name string) []ner.NameRef {
	var out []ner.NameRef
	for si, s := range doc.Sentences {
		for i := range s.Tokens {
			for j := i; j < len(s.Tokens); j++ {
				t := doc.Text[s.Tokens[i].Start:s.Tokens[j].End]
				if t == name {
					out = append(out, ner.NameRef{Sentence: si, Start: i, End: j + 1})
				}
				if len(t) >= len(name) {
					break
				}
			}
		}
	}
	return out
}

// kindOf analyses text, types its names with the refs of name added (as
// the extractor does with its own name spans) and returns name's kind.
func kindOf(t *testing.T, text, name string) (ner.Kind, float64) {
	t.Helper()
	a, err := analyze.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := a.Analyze(text)
	refs := refsOf(doc, name)
	if len(refs) == 0 {
		t.Fatalf("%q not in %q", name, text)
	}
	for _, tn := range a.NER.TypeNames(doc, refs) {
		if tn.Name == name {
			return tn.Kind, tn.Confidence
		}
	}
	t.Fatalf("%q not typed", name)
	return 0, 0
}

func TestTypeNames(t *testing.T) {
	tests := []struct {
		text, name string
		want       ner.Kind
	}{
		// Organizations that look like people or places on their own.
		{"Red Hat said on Monday that it would cut 800 jobs.", "Red Hat", ner.OrganizationKind},
		{"Boeing's chief executive told reporters the plane was safe.", "Boeing", ner.OrganizationKind},
		{"Shares of Maxwell Hartley fell 4% after the report.", "Maxwell Hartley", ner.OrganizationKind},
		{"Dunmore, a software company based in Leeds, hired 40 people.", "Dunmore", ner.OrganizationKind},
		{"The Knights of Columbus announced a new charity drive in Ohio.", "Knights of Columbus", ner.OrganizationKind},
		{"Agence France-Presse reported the blast, citing police.", "Agence France-Presse", ner.OrganizationKind},
		{"The Maple Valley Press printed the letter on Tuesday.", "Maple Valley Press", ner.OrganizationKind},
		{"Northwind Airlines cancelled 30 flights because of the strike.", "Northwind Airlines", ner.OrganizationKind},
		{"Students at Brackley University protested outside the library.", "Brackley University", ner.OrganizationKind},
		{"Talbot Holdings Inc. reported a loss for the quarter.", "Talbot Holdings", ner.OrganizationKind},
		{"In 1971 the two drummers formed Copperfield and toured Europe.", "Copperfield", ner.OrganizationKind},
		{"She co-founded Delmore Blake in 2004 with two friends.", "Delmore Blake", ner.OrganizationKind},
		{"According to analyst Sione Mavae, the company was unable to cut costs.", "Sione Mavae", ner.PersonKind},
		{"The shares rose after Kestrel Systems was acquired by Tannex in May.", "Tannex", ner.OrganizationKind},
		{"A Harlow poll found the senator ahead by five points.", "Harlow", ner.OrganizationKind},
		{"The crew of the Zarya 3 mission landed safely on Monday.", "Zarya 3", ner.EventKind},
		{"The UN mission in Velmland ended in May.", "UN", ner.OrganizationKind},
		{"Valtek Obrany Kft bought the factory in 2019.", "Valtek Obrany", ner.OrganizationKind},
		{"According to the Velm Conference of State Treasurers, the Tarsk Party is scheduled to vote.", "Velm Conference of State Treasurers", ner.OrganizationKind},
		{"Jane Doe, chief executive of Acme Widgets, said the plant would close.", "Acme Widgets", ner.OrganizationKind},
		{"Acme Widgets chief executive Jane Doe said the plant would close.", "Acme Widgets", ner.OrganizationKind},
		{"Acme Widgets spokeswoman Ann Lee said the plant would close.", "Acme Widgets", ner.OrganizationKind},
		{"Brindle Rail general secretary Tom Rake commented on the strike.", "Brindle Rail", ner.OrganizationKind},
		{"A parking sign showed the Velm Science Place logo.", "Velm Science Place", ner.OrganizationKind},
		{"The tenth Furnal Solstice, an annual event, drew 5,000 fans.", "Furnal Solstice", ner.EventKind},
		// People.
		{"Mr. Okafor said he would appeal the ruling.", "Okafor", ner.PersonKind},
		{"Maria Lindqvist, 42, told police she had heard two shots.", "Maria Lindqvist", ner.PersonKind},
		// Places.
		{"The ferry from Piraeus reached Crete after a nine-hour crossing.", "Crete", ner.PlaceKind},
		{"France's president will travel to Ghana next week.", "France", ner.PlaceKind},
		{"The headquarters at 36 Quai des Tanneurs was sold.", "Quai des Tanneurs", ner.PlaceKind},
		{"Rue des Tanneurs was closed after the attack.", "Rue des Tanneurs", ner.PlaceKind},
		// Events.
		{"She won gold at the 2019 World Athletics Championships in Doha.", "World Athletics Championships", ner.EventKind},
		{"More than 30,000 runners took part in the Lisbon Marathon on Sunday.", "Lisbon Marathon", ner.EventKind},
		{"Leaders met at the Arctic Council Summit to discuss shipping.", "Arctic Council Summit", ner.EventKind},
		{"Hurricane Delia flooded coastal towns overnight.", "Hurricane Delia", ner.EventKind},
		{"Thousands of fans came to Kolbrin Days, a fan-run convention launched in 1997.", "Kolbrin Days", ner.EventKind},
		// Things.
		{"Parliament passed the Clean Water Act by a wide margin.", "Clean Water Act", ner.ThingKind},
		{"The novelist was awarded the Whitfield Prize for her debut.", "Whitfield Prize", ner.ThingKind},
		// What a common noun next to the name says it is.
		{"The single-engine plane, a Halvorsen Sierra, left the airfield at noon.", "Halvorsen Sierra", ner.ThingKind},
		{"The couple bought a country retreat called Glyn Arian in 1998.", "Glyn Arian", ner.PlaceKind},
		{"They studied bones from a site called Marra Kesh in the north.", "Marra Kesh", ner.PlaceKind},
		{"Voters in the electoral district of Fletcher go to the polls on Saturday.", "Fletcher", ner.PlaceKind},
		{"The boy was found near Judith in Hallam County. Judith is a remote desert town.", "Judith", ner.PlaceKind},
		{"Brackwell, a real estate site, reported falling prices.", "Brackwell", ner.OrganizationKind},
		{"She speaks at Codefest, Hackmeet or other conferences every year.", "Hackmeet", ner.EventKind},
		{"Delegates came from cities such as Harlow, Dunmore and Kelby.", "Kelby", ner.PlaceKind},
		{"The raid came a week after Operation Tallow ended.", "Operation Tallow", ner.EventKind},
		{"A gunman opened fire inside Masjid Al-Rahma on Friday.", "Masjid Al-Rahma", ner.PlaceKind},
		{"Game developer Anja Brenner said the studio would close its office.", "Anja Brenner", ner.PersonKind},
		{"After the war the family moved to Harlow.", "Harlow", ner.PlaceKind},
		{"The company was founded in 1998 as Kestrel Blue.", "Kestrel Blue", ner.OrganizationKind},
		{"The study was published in Marine Letters on Monday.", "Marine Letters", ner.OrganizationKind},
		{"She was diagnosed with Cystic Fibrosis in 2010.", "Cystic Fibrosis", ner.ThingKind},
		{"Thousands marched in the Leeds Pride parade.", "Leeds Pride", ner.EventKind},
		// Not entities.
		{"The launch is scheduled for 10:30 BST on Friday.", "BST", ner.NotEntity},
		{"The launch is scheduled for 9:15 Central European Time on Friday.", "Central European Time", ner.NotEntity},
		{"The insurer paid USD 1 million to the airport.", "USD 1", ner.NotEntity},
		{"The release is planned for Q2 2027.", "Q2 2027", ner.NotEntity},
		{"The water was kept at 20 degrees Celsius.", "Celsius", ner.NotEntity},
		{"The company dropped DRM from its music store last year.", "DRM", ner.NotEntity},
		{"Developers can reach the service through an API that the firm published.", "API", ner.NotEntity},
		{"The broadcasts are in Farsi and English.", "Farsi", ner.NotEntity},
		{"Israeli officials declined to comment.", "Israeli", ner.NotEntity},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, conf := kindOf(t, tc.text, tc.name)
			if got != tc.want {
				t.Errorf("%q in %q: got %v (%.2f), want %v", tc.name, tc.text, got, conf, tc.want)
			}
		})
	}
}

// TestTypeNamesDocument checks that the occurrences of a name share their
// evidence: the second sentence alone says nothing of "Velloria".
func TestTypeNamesDocument(t *testing.T) {
	text := "Velloria's chief executive resigned on Monday. Velloria said the search for a successor had begun."
	got, _ := kindOf(t, text, "Velloria")
	if got != ner.OrganizationKind {
		t.Errorf("got %v, want Organization", got)
	}
}

func TestAccumulator(t *testing.T) {
	a, err := analyze.Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := []string{
		"Quenby's shares rose 5% on Tuesday.",
		"Quenby opened a new office in Madrid.",
		"Analysts expect Quenby to hire more engineers.",
	}
	var acc, other ner.Accumulator
	var wg sync.WaitGroup
	for i, text := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			doc := a.Analyze(text)
			names := a.NER.TypeNames(doc, refsOf(doc, "Quenby"))
			if i == 0 {
				other.Add(names)
			} else {
				acc.Add(names)
			}
		}()
	}
	wg.Wait()
	acc.Merge(&other)
	k, conf, ok := acc.Kind("Quenby")
	if !ok || k != ner.OrganizationKind {
		t.Errorf("got %v (%.2f, %v), want Organization", k, conf, ok)
	}
	if _, _, ok := acc.Kind("Nobody"); ok {
		t.Error("a name never added is reported as added")
	}
}

func TestVotesBest(t *testing.T) {
	var v ner.Votes
	if k, c := v.Best(); k != ner.ThingKind || c != 0 {
		t.Errorf("no evidence: got %v %.2f, want Thing 0", k, c)
	}
	v[ner.PlaceKind], v[ner.PersonKind] = 3, 1
	if k, c := v.Best(); k != ner.PlaceKind || c != 0.75 {
		t.Errorf("got %v %.2f, want Place 0.75", k, c)
	}
	for k, want := range map[ner.Kind]string{ner.PersonKind: "Person", ner.OrganizationKind: "Organization", ner.NotEntity: "NotEntity", ner.EventKind: "Event", ner.ThingKind: "Thing", ner.PlaceKind: "Place"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, got, want)
		}
	}
}

func ExampleModel_TypeNames() {
	a, err := analyze.Default()
	if err != nil {
		panic(err)
	}
	doc := a.Analyze("Orlin Systems said on Monday that its chief executive would step down. " +
		"Orlin Systems's shares fell 3% in early trading in Frankfurt.")
	var acc ner.Accumulator // across documents
	names := a.NER.TypeNames(doc, nil)
	acc.Add(names)
	for _, n := range names {
		fmt.Printf("%s: %v\n", n.Name, n.Kind)
	}
	k, _, _ := acc.Kind("Frankfurt")
	fmt.Println("Frankfurt, over all documents:", k)
	// Output:
	// Orlin Systems: Organization
	// Frankfurt: Place
	// Frankfurt, over all documents: Place
}
