package resolve

import (
	"context"
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func ent(name string, typ newsgraph.EntityType, aliases ...string) newsgraph.Entity {
	return newsgraph.Entity{Name: name, Type: typ, Aliases: aliases}
}

func withRoles(e newsgraph.Entity, roles ...string) newsgraph.Entity {
	e.Roles = roles
	return e
}

// resolveDocs resolves each document's entities in order and returns the
// IRIs per document.
func resolveDocs(t *testing.T, r *Resolver, docs [][]newsgraph.Entity) [][]newsgraph.IRI {
	t.Helper()
	var out [][]newsgraph.IRI
	for i, ents := range docs {
		for j := range ents {
			ents[j].Key = "e" + string(rune('a'+j))
		}
		iris, err := r.Resolve(context.Background(), newsgraph.Doc{ID: string(rune('0' + i))}, ents)
		if err != nil {
			t.Fatalf("Resolve: %v", err)
		}
		if len(iris) != len(ents) {
			t.Fatalf("got %d IRIs for %d entities", len(iris), len(ents))
		}
		out = append(out, iris)
	}
	return out
}

func TestResolveMerges(t *testing.T) {
	P, O, L := newsgraph.Person, newsgraph.Organization, newsgraph.Place
	tests := []struct {
		name string
		docs [][]newsgraph.Entity
		// same lists pairs {doc, index, doc, index} that must share an IRI
		same [][4]int
	}{
		{
			name: "exact name, case and accents",
			docs: [][]newsgraph.Entity{{ent("Jürg Müller", P)}, {ent("JURG MULLER", P)}},
			same: [][4]int{{0, 0, 1, 0}},
		},
		{
			name: "alias matches name",
			docs: [][]newsgraph.Entity{{ent("United States", L, "US", "U.S.")}, {ent("U.S.", L)}},
			same: [][4]int{{0, 0, 1, 0}},
		},
		{
			name: "dotted initials inside a longer name",
			docs: [][]newsgraph.Entity{{ent("2020 U.S. presidential election", newsgraph.Event)}, {ent("2020 US Presidential Election", newsgraph.Event)},
				{ent("Velm D.C.", L)}, {ent("Velm DC", L)}},
			same: [][4]int{{0, 0, 1, 0}, {2, 0, 3, 0}},
		},
		{
			name: "surname to the one known full name",
			docs: [][]newsgraph.Entity{{ent("Antony Blinken", P)}, {withRoles(ent("Blinken", P), "Secretary of State")}},
			same: [][4]int{{0, 0, 1, 0}},
		},
		{
			name: "full name to a known surname-only record",
			docs: [][]newsgraph.Entity{{ent("Blinken", P)}, {ent("Antony Blinken", P)}},
			same: [][4]int{{0, 0, 1, 0}},
		},
		{
			name: "untyped name joins a typed one",
			docs: [][]newsgraph.Entity{{ent("Hamas", O)}, {ent("Hamas", newsgraph.Thing)}},
			same: [][4]int{{0, 0, 1, 0}},
		},
		{
			name: "a newspaper named by its one press word",
			docs: [][]newsgraph.Entity{{ent("Guardian", O)}, {ent("The Guardian", O)}},
			same: [][4]int{{0, 0, 1, 0}},
		},
		{
			name: "first-name spelling variant",
			docs: [][]newsgraph.Entity{{ent("Antony Blinken", P)}, {ent("Anthony Blinken", P)}},
			same: [][4]int{{0, 0, 1, 0}},
		},
		{
			name: "a year, then a name led by a country's other name",
			docs: [][]newsgraph.Entity{{ent("2020 US Presidential Election", newsgraph.Event)}, {ent("2020 United States presidential election", newsgraph.Event)}},
			same: [][4]int{{0, 0, 1, 0}},
		},
		{
			name: "a disease named in lower case is one in every story",
			docs: [][]newsgraph.Entity{{ent("measles", newsgraph.Thing)}, {ent("measles", newsgraph.Thing)}},
			same: [][4]int{{0, 0, 1, 0}},
		},
		{
			name: "a surname transliterated with a letter more",
			docs: [][]newsgraph.Entity{{ent("Volodar Kravetsky", P)}, {ent("Volodar Kravetskyy", P)}},
			same: [][4]int{{0, 0, 1, 0}},
		},
		{
			name: "surname typo beside the full name in the same document",
			docs: [][]newsgraph.Entity{{ent("Antony Blinken", P)}, {ent("Antony Blinken", P), ent("Blinked", newsgraph.Thing)}},
			same: [][4]int{{0, 0, 1, 1}},
		},
		{
			name: "initial for a first name",
			docs: [][]newsgraph.Entity{{ent("Joe Biden", P)}, {ent("J. Biden", P)}},
			same: [][4]int{{0, 0, 1, 0}},
		},
		{
			name: "a name of several words typed differently",
			docs: [][]newsgraph.Entity{{ent("Agence France-Presse", O)}, {ent("Agence France-Presse", P)}},
			same: [][4]int{{0, 0, 1, 0}},
		},
		{
			name: "a one-word organization typed as a person",
			docs: [][]newsgraph.Entity{{ent("Instagram", O)}, {ent("Instagram", P)}},
			same: [][4]int{{0, 0, 1, 0}},
		},
		{
			name: "acronym of a known organization",
			docs: [][]newsgraph.Entity{{ent("International Court of Justice", O)}, {ent("International Court of Justice", O)}, {ent("ICJ", O)}},
			same: [][4]int{{0, 0, 2, 0}},
		},
		{
			name: "organization named after its acronym",
			docs: [][]newsgraph.Entity{{ent("NHC", O)}, {ent("NHC", O)}, {ent("The National Hurricane Center", O)}},
			same: [][4]int{{0, 0, 2, 0}},
		},
		{
			name: "an acronym of four letters or more of a name one other story gives",
			docs: [][]newsgraph.Entity{{ent("North Atlantic Treaty Organization", O)}, {ent("NATO", O)}},
			same: [][4]int{{0, 0, 1, 0}},
		},

		{
			name: "acronym within one document",
			docs: [][]newsgraph.Entity{{ent("World Health Organization", O), ent("W.H.O.", newsgraph.Thing), ent("The Associated Press", O), ent("AP", O)}},
			same: [][4]int{{0, 0, 0, 1}, {0, 2, 0, 3}},
		},
		{
			name: "concepts of one story merge by name",
			docs: [][]newsgraph.Entity{
				{ent("ceasefire proposal", newsgraph.Thing), ent("Hamas", O), ent("Israel", L)},
				{ent("ceasefire proposal", newsgraph.Thing), ent("Israel", L), ent("Hamas", O)},
			},
			same: [][4]int{{0, 0, 1, 0}},
		},
		{
			name: "concepts of one story merge by head noun",
			docs: [][]newsgraph.Entity{
				{ent("bridging proposal", newsgraph.Thing), ent("Hamas", O), ent("Israel", L)},
				{ent("plan", newsgraph.Thing, "our proposal"), ent("Israel", L), ent("Hamas", O)},
			},
			same: [][4]int{{0, 0, 1, 0}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := resolveDocs(t, New(nil), tc.docs)
			for _, s := range tc.same {
				if a, b := got[s[0]][s[1]], got[s[2]][s[3]]; a != b {
					t.Errorf("got %s and %s, want one IRI", a, b)
				}
			}
		})
	}
}

func TestResolveKeepsApart(t *testing.T) {
	P, O, L := newsgraph.Person, newsgraph.Organization, newsgraph.Place
	tests := []struct {
		name string
		docs [][]newsgraph.Entity
	}{
		{"country and its military", [][]newsgraph.Entity{{ent("Israel", L)}, {ent("Israeli military", O)}}},
		{"country and its department", [][]newsgraph.Entity{{ent("United States", L, "US")}, {ent("US Department of State", O)}}},
		{"person and administration", [][]newsgraph.Entity{{ent("Joe Biden", P, "Biden")}, {ent("Biden administration", O)}}},
		{"ambiguous surname", [][]newsgraph.Entity{{ent("George Bush", P), ent("Jeb Bush", P)}, {ent("Bush", P)}}},
		{"different first names", [][]newsgraph.Entity{{ent("Maria Lopez", P)}, {ent("Marco Lopez", P)}}},
		{"surnames one letter apart", [][]newsgraph.Entity{{ent("Paul Rudd", P)}, {ent("Paul Budd", P)}}},
		{"surnames one letter changed", [][]newsgraph.Entity{{ent("Ann Kessler", P)}, {ent("Ann Kestler", P)}}},
		{"typo needs a matching part", [][]newsgraph.Entity{{ent("Anna Berg", P)}, {ent("Anne Borg", P)}}},
		{"place and organization of one name", [][]newsgraph.Entity{{ent("Georgia", L)}, {ent("Georgia", O)}}},
		{"description alias is not a name", [][]newsgraph.Entity{{ent("Benjamin Netanyahu", P, "The Prime Minister")}, {ent("Keir Starmer", P, "The Prime Minister")}}},
		{"ambiguous acronym", [][]newsgraph.Entity{{ent("Civil Aviation Authority", O), ent("Central African Airways", O)}, {ent("CAA", O)}}},
		{"one-word person and place", [][]newsgraph.Entity{{ent("Jordan", L)}, {ent("Jordan", P)}}},
		{"two-letter acronym of another document", [][]newsgraph.Entity{{ent("Port Authority", O)}, {ent("PA", O)}}},
		{"time zone", [][]newsgraph.Entity{{ent("Eastern District of Texas", O)}, {ent("EDT", O)}}},
		{"acronym of a person's name", [][]newsgraph.Entity{{ent("Joe Biden", P)}, {ent("JB", O)}}},
		{"concepts of different stories", [][]newsgraph.Entity{
			{ent("ceasefire proposal", newsgraph.Thing), ent("Hamas", O), ent("Israel", L)},
			{ent("ceasefire proposal", newsgraph.Thing), ent("Greenpeace", O), ent("Norway", L)},
		}},
		{"concepts of one story with other heads", [][]newsgraph.Entity{
			{ent("proposal", newsgraph.Thing), ent("Hamas", O), ent("Israel", L)},
			{ent("sanctions", newsgraph.Thing)},
		}},
		{"concept is not a name", [][]newsgraph.Entity{{ent("Proposal", O)}, {ent("proposal", newsgraph.Thing)}}},
		{"a middle name is no surname", [][]newsgraph.Entity{{ent("John James Corwin Jr.", P)}, {withRoles(ent("James", P), "nominee")}}},
		{"two people sharing a surname alias", [][]newsgraph.Entity{{ent("Matty Roberts", P, "Roberts")}, {ent("Troy Roberts", P, "Roberts")}}},
		{"institutions sharing a generic alias", [][]newsgraph.Entity{{ent("United States Senate", O, "Senate")}, {ent("Puerto Rico Senate", O, "Senate")}}},
		{"a generic two-word name", [][]newsgraph.Entity{{ent("Supreme Court", O)}, {ent("Supreme Court", O)}}},
		{"a press word of many papers", [][]newsgraph.Entity{{ent("Post", O)}, {ent("The Post", O)}}},
		{"a surname without a role", [][]newsgraph.Entity{{ent("Gerald Ford", P, "Ford")}, {ent("Ford", P)}}},
		{"a person's initials in another interview", [][]newsgraph.Entity{{ent("Richard Stone", P, "RS")}, {withRoles(ent("RS", P), "interviewer")}}},
		{"a story's police is not a country's park police", [][]newsgraph.Entity{{ent("US Park Police", O, "Police", "United States Park Police")},
			{ent("Police", O), ent("United States", L, "U.S.")}}},
		{"a generic chamber in a story of a territory", [][]newsgraph.Entity{{ent("United States Senate", O, "U.S. Senate")},
			{ent("Senate", O), ent("Puerto Rico", L), ent("United States", L)}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := resolveDocs(t, New(nil), tc.docs)
			last := got[len(got)-1]
			for _, iri := range last {
				for _, prev := range got[0] {
					if iri == prev {
						t.Errorf("got shared IRI %s, want distinct entities", iri)
					}
				}
			}
		})
	}
}

func TestResolveIRIs(t *testing.T) {
	r := New(nil)
	doc := newsgraph.Doc{ID: "000"}
	q := newsgraph.Entity{Key: "q1", Name: "We will win", Type: newsgraph.Quote,
		Mentions: []newsgraph.Mention{{Span: newsgraph.Span{Start: 3, End: 14}}}}
	ents := []newsgraph.Entity{ent("Antony Blinken", newsgraph.Person), ent("Georgia", newsgraph.Place), ent("Georgia", newsgraph.Organization), q}
	got, err := r.Resolve(context.Background(), doc, ents)
	if err != nil {
		t.Fatal(err)
	}
	want := []newsgraph.IRI{
		newsgraph.EntityNS + "antony-blinken",
		newsgraph.EntityNS + "georgia",
		newsgraph.EntityNS + "georgia-organization",
		newsgraph.QuoteIRI(doc, newsgraph.Span{Start: 3, End: 14}),
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entity %d: got %s, want %s", i, got[i], want[i])
		}
	}
}

func TestResolveKnown(t *testing.T) {
	r := New([]Known{{IRI: newsgraph.EntityNS + "antony-blinken", Type: newsgraph.Person, Names: []string{"Antony Blinken", "Blinken"}}})
	got, err := r.Resolve(context.Background(), newsgraph.Doc{ID: "x"}, []newsgraph.Entity{withRoles(ent("Blinken", newsgraph.Person), "Secretary of State"), ent("Antony Blinken", newsgraph.Thing)})
	if err != nil {
		t.Fatal(err)
	}
	for i, iri := range got {
		if iri != newsgraph.EntityNS+"antony-blinken" {
			t.Errorf("entity %d: got %s, want the known IRI", i, iri)
		}
	}
}

func TestResolveDeterministic(t *testing.T) {
	docs := func() [][]newsgraph.Entity {
		return [][]newsgraph.Entity{
			{ent("Antony Blinken", newsgraph.Person, "Blinken"), ent("Israel", newsgraph.Place), ent("proposal", newsgraph.Thing)},
			{ent("Blinken", newsgraph.Thing), ent("Anthony Blinken", newsgraph.Person), ent("Georgia", newsgraph.Place), ent("Georgia", newsgraph.Organization)},
			{ent("Georgia", newsgraph.Organization), ent("Israel", newsgraph.Place), ent("proposal", newsgraph.Thing)},
		}
	}
	a := resolveDocs(t, New(nil), docs())
	for run := 0; run < 5; run++ {
		b := resolveDocs(t, New(nil), docs())
		for i := range a {
			for j := range a[i] {
				if a[i][j] != b[i][j] {
					t.Fatalf("run %d, doc %d entity %d: got %s, want %s", run, i, j, b[i][j], a[i][j])
				}
			}
		}
	}
}

func TestResolveCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(nil).Resolve(ctx, newsgraph.Doc{}, []newsgraph.Entity{ent("X", newsgraph.Thing)})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
}

func TestResolveConceptModifiers(t *testing.T) {
	O, L := newsgraph.Organization, newsgraph.Place
	got := resolveDocs(t, New(nil), [][]newsgraph.Entity{
		{ent("bronze medal", newsgraph.Thing), ent("ceasefire proposal", newsgraph.Thing), ent("Hamas", O), ent("Israel", L), ent("vice presidential nomination", newsgraph.Thing)},
		{ent("silver medal", newsgraph.Thing), ent("proposal", newsgraph.Thing), ent("Israel", L), ent("Hamas", O), ent("presidential nomination", newsgraph.Thing)},
	})
	if got[0][0] == got[1][0] {
		t.Errorf("bronze and silver medal share %s", got[0][0])
	}
	if got[0][4] == got[1][4] {
		t.Errorf("the vice presidential and the presidential nomination share %s", got[0][4])
	}
	if got[0][1] != got[1][1] {
		t.Errorf("the ceasefire proposal %s and the proposal %s of one story are two", got[0][1], got[1][1])
	}
	if got[0][2] != got[1][3] {
		t.Errorf("Hamas is two: %s, %s", got[0][2], got[1][3])
	}
}

// TestResolveShortAcronymOfOneStory checks that an acronym of three
// letters does not take the name that only one other story gives.
func TestResolveShortAcronymOfOneStory(t *testing.T) {
	O := newsgraph.Organization
	got := resolveDocs(t, New(nil), [][]newsgraph.Entity{{ent("Alder District Court", O)}, {ent("ADC", O)}})
	if got[0][0] == got[1][0] {
		t.Errorf("\"ADC\" of another story took %s", got[0][0])
	}
}

// TestResolveBareEventHead checks that "the Olympiad" of one story is not
// the Olympiad another story named in full.
func TestResolveBareEventHead(t *testing.T) {
	E := newsgraph.Event
	got := resolveDocs(t, New(nil), [][]newsgraph.Entity{{ent("2016 Vetch Olympiad", E, "Olympiad")}, {ent("Olympiad", E)}})
	if got[0][0] == got[1][0] {
		t.Errorf("one story's \"Olympiad\" took another's %s", got[0][0])
	}
}

// TestResolveChamberOfAnother checks that a document naming "the Senate"
// and "the U.S. Senate" as two institutions keeps its "Senate" (with the
// plural the extractor may add as an alias) apart from the stored United
// States Senate, while its "U.S. Senate" joins it.
func TestResolveChamberOfAnother(t *testing.T) {
	O, L := newsgraph.Organization, newsgraph.Place
	got := resolveDocs(t, New(nil), [][]newsgraph.Entity{
		{ent("United States Senate", O, "Senate", "U.S. Senate"), ent("United States", L)},
		{ent("The Senate", O, "Senates"), ent("U.S. Senate", O), ent("United States", L, "U.S."), ent("Puerto Rico", L)},
	})
	us, senate, qualified := got[0][0], got[1][0], got[1][1]
	if senate == us {
		t.Errorf("the document's Senate got the United States Senate's IRI %s", us)
	}
	if qualified != us {
		t.Errorf("the document's U.S. Senate got %s, want %s", qualified, us)
	}
}

// An election's name holds its country ("the 2020 United States
// presidential election"): a story that names the country there and once
// more is about the country rather than the region it names once, and
// its generic "Senate" is the country's.
func TestResolveCountryInEventName(t *testing.T) {
	O, L := newsgraph.Organization, newsgraph.Place
	got := resolveDocs(t, New(nil), [][]newsgraph.Entity{
		{ent("United States Senate", O, "U.S. Senate"), ent("United States", L)},
		{withMentions(ent("2020 United States presidential election", newsgraph.Event), 1), ent("Senate", O), withMentions(ent("New York", L), 1), withMentions(ent("US", L), 1)},
	})
	if got[1][1] != got[0][0] {
		t.Errorf("the story's Senate got %s, want the United States Senate %s", got[1][1], got[0][0])
	}
}

func withMentions(e newsgraph.Entity, n int) newsgraph.Entity {
	for range n {
		e.Mentions = append(e.Mentions, newsgraph.Mention{})
	}
	return e
}

// A chamber's generic name is the chamber of the one country its story is
// about, even in the first story, before any story named it in full; in a
// region's story it is the region's; and its country's names in any
// spelling ("U.S.", "US", "United States") join one node.
func TestResolveNationalChamber(t *testing.T) {
	O, L := newsgraph.Organization, newsgraph.Place
	got := resolveDocs(t, New(nil), [][]newsgraph.Entity{
		{withMentions(ent("House of Representatives", O, "House"), 3), withMentions(ent("U.S.", L), 3), withMentions(ent("Mexico", L), 1)},
		{ent("US House of Representatives", O), ent("United States", L)},
		{ent("House of Representatives", O), withMentions(ent("Puerto Rico", L), 4), withMentions(ent("United States", L), 1)},
		{ent("United States Green Party", O)}, {ent("U.S. Green Party", O)},
	})
	if got[0][0] != got[1][0] {
		t.Errorf("the first story's House %s and the US House %s differ", got[0][0], got[1][0])
	}
	if got[2][0] == got[1][0] || got[2][0] == got[0][0] {
		t.Errorf("a region's House of Representatives got the US House %s", got[2][0])
	}
	if got[3][0] != got[4][0] {
		t.Errorf("a party led by its country's two names got %s and %s", got[3][0], got[4][0])
	}
}

// A one-word person whom the story keeps apart from a longer name ending
// with it ("a student named Wong" beside "Ivo Wong") is someone else: the
// word does not join the longer name's record.
func TestResolveApartFromLonger(t *testing.T) {
	P := newsgraph.Person
	got := resolveDocs(t, New(nil), [][]newsgraph.Entity{
		{ent("Ivo Wong", P, "Wong")},
		{ent("Ivo Wong", P, "Wong"), withRoles(ent("Wong", P), "university student")},
	})
	if got[1][1] == got[0][0] || got[1][1] == got[1][0] {
		t.Errorf("the story's other Wong got Ivo Wong's IRI %s", got[1][1])
	}
	if got[1][0] != got[0][0] {
		t.Errorf("Ivo Wong got %s and %s", got[0][0], got[1][0])
	}
}

// A party or body named by words many countries' share ("Liberal Party")
// is the one of the country its story names; a story naming several
// countries gets the one the store knows, and the first country's story
// claims that one rather than making a second.
func TestResolveScopedByCountry(t *testing.T) {
	O, L := newsgraph.Organization, newsgraph.Place
	got := resolveDocs(t, New(nil), [][]newsgraph.Entity{
		{ent("Liberal Party", O), ent("Canada", L)},
		{ent("Liberal Party", O), ent("Australia", L)},
		{ent("Liberal Party", O), ent("Canada", L), ent("Toronto", L)},
		{ent("Green Party", O), ent("Canada", L), ent("Mexico", L)},
		{ent("Green Party", O), ent("Canada", L)},
	})
	if got[0][0] != got[2][0] {
		t.Errorf("Canada's Liberal Party got %s and %s", got[0][0], got[2][0])
	}
	if got[1][0] == got[0][0] {
		t.Errorf("Australia's Liberal Party got Canada's %s", got[0][0])
	}
	if got[3][0] != got[4][0] {
		t.Errorf("the Green Party of a story of two countries %s and of Canada's %s differ", got[3][0], got[4][0])
	}
}

// "Ministry of Foreign Affairs" names one ministry in every country: the
// stories of two countries keep two.
func TestResolveMinistryByCountry(t *testing.T) {
	O, L := newsgraph.Organization, newsgraph.Place
	got := resolveDocs(t, New(nil), [][]newsgraph.Entity{
		{ent("Ministry of Foreign Affairs", O), ent("Turkey", L)},
		{ent("Ministry of Foreign Affairs", O), ent("Japan", L)},
		{ent("Ministry of Foreign Affairs", O), ent("Turkey", L)},
	})
	if got[0][0] == got[1][0] {
		t.Errorf("Turkey's and Japan's ministries are one: %s", got[0][0])
	}
	if got[0][0] != got[2][0] {
		t.Errorf("Turkey's ministry got %s and %s", got[0][0], got[2][0])
	}
}

// Two bodies whose different names share an acronym stay two; one name
// written two ways stays one.
func TestResolveSharedAcronym(t *testing.T) {
	O := newsgraph.Organization
	got := resolveDocs(t, New(nil), [][]newsgraph.Entity{
		{ent("Velm Broadcasting Corporation", O, "VBC")},
		{ent("Vexa Broadcasting Company", O, "VBC")},
		{ent("World Harbor Organisation", O, "WHO")},
		{ent("World Harbor Organization", O, "WHO")},
	})
	if got[0][0] == got[1][0] {
		t.Errorf("two broadcasters of one acronym are one: %s", got[0][0])
	}
	if got[2][0] != got[3][0] {
		t.Errorf("one organisation spelt two ways is two: %s and %s", got[2][0], got[3][0])
	}
}

// A one-word alias links records of its own kind only: "the Constitution"
// of a law's story is not the Constitution Party of another.
func TestOneWordAliasKeepsKind(t *testing.T) {
	r := New(nil)
	law := newsgraph.Entity{Key: "e1", Name: "United States Constitution", Type: newsgraph.Thing, Aliases: []string{"Constitution"}}
	party := newsgraph.Entity{Key: "e1", Name: "Constitution Party", Type: newsgraph.Organization, Aliases: []string{"Constitution"}}
	a, err := r.Resolve(context.Background(), newsgraph.Doc{ID: "a"}, []newsgraph.Entity{law})
	if err != nil {
		t.Fatal(err)
	}
	b, err := r.Resolve(context.Background(), newsgraph.Doc{ID: "b"}, []newsgraph.Entity{party})
	if err != nil {
		t.Fatal(err)
	}
	if a[0] == b[0] {
		t.Errorf("the law and the party share %s", a[0])
	}
}
