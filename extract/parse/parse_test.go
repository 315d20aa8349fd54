package parse

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
)

var (
	extOnce sync.Once
	extOne  *Extractor
	extErr  error
)

func extractor(t testing.TB) *Extractor {
	t.Helper()
	extOnce.Do(func() {
		an, err := analyze.Default()
		if err != nil {
			extErr = err
			return
		}
		extOne, extErr = New(an)
	})
	if extErr != nil {
		t.Fatal(extErr)
	}
	return extOne
}

// run extracts text and returns its facts written "Subject –pred→
// Object" (the object's name, or "quote" for a quotation), with
// negation as "not_" and modality in brackets, and the entities by name.
func run(t testing.TB, text string) ([]string, map[string]newsgraph.Entity) {
	t.Helper()
	ex, err := extractor(t).Extract(context.Background(), newsgraph.Doc{ID: "t", Source: "test", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string]newsgraph.Entity{}
	byName := map[string]newsgraph.Entity{}
	for _, e := range ex.Entities {
		byKey[e.Key] = e
		if e.Type != newsgraph.Quote {
			byName[e.Name] = e
		}
	}
	var out []string
	for _, f := range ex.Facts {
		o := byKey[f.Object].Name
		if byKey[f.Object].Type == newsgraph.Quote {
			o = "quote"
		}
		p := f.Predicate
		if f.Negated {
			p = "not_" + p
		}
		if f.Modality != newsgraph.Asserted {
			p += "[" + string(f.Modality) + "]"
		}
		out = append(out, fmt.Sprintf("%s –%s→ %s", byKey[f.Subject].Name, p, o))
	}
	return out, byName
}

// A factCase is a text and the facts that must (want) and must not (not)
// be read from it.
type factCase struct {
	name      string
	text      string
	want, not []string
}

func checkFacts(t *testing.T, cases []factCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := run(t, c.text)
			has := map[string]bool{}
			for _, g := range got {
				has[g] = true
			}
			for _, w := range c.want {
				if !has[w] {
					t.Errorf("missing %q\n  text: %s\n  got: %s", w, c.text, strings.Join(got, "\n       "))
				}
			}
			for _, n := range c.not {
				if has[n] {
					t.Errorf("unwanted %q\n  text: %s", n, c.text)
				}
			}
		})
	}
}

// TestGenderClash checks that a gendered pronoun does not refer to a
// person the text gave the other gender.
func TestGenderClash(t *testing.T) {
	cases := []struct {
		pron  string
		kin   []string
		roles []string
		clash bool
	}{
		{"he", []string{"daughter"}, nil, true},
		{"his", []string{"wife"}, nil, true},
		{"she", nil, []string{"Board chairman"}, true},
		{"her", nil, []string{"actress"}, false},
		{"she", []string{"daughter"}, nil, false},
		{"he", nil, []string{"actor"}, false},
		{"he", nil, nil, false},
		{"they", []string{"daughter"}, nil, false},
	}
	for _, c := range cases {
		e := &entity{roles: c.roles}
		if len(c.kin) > 0 {
			e.kin = map[string]bool{}
			for _, k := range c.kin {
				e.kin[k] = true
			}
		}
		if got := genderClash(c.pron, e); got != c.clash {
			t.Errorf("genderClash(%q, kin %v, roles %v) = %v, want %v", c.pron, c.kin, c.roles, got, c.clash)
		}
	}
}

// TestDropUnsound checks the facts no sentence can make sound: a
// membership of a person or a thing, of an office, of a bare generic
// body, and a thing as a speaker.
func TestDropUnsound(t *testing.T) {
	x := &doc{ents: []*entity{
		{name: "Jo Vale", typ: newsgraph.Person, words: []string{"jo", "vale"}},
		{name: "Rocky Marsh", typ: newsgraph.Person, words: []string{"rocky", "marsh"}},
		{name: "Tarsk Lord Mayor", typ: newsgraph.Organization, words: []string{"tarsk", "lord", "mayor"}},
		{name: "Board", typ: newsgraph.Organization, words: []string{"board"}},
		{name: "Lena Holt space telescope", typ: newsgraph.Thing, words: []string{"lena", "holt", "space", "telescope"}},
		{name: "it may work", typ: newsgraph.Quote, quote: true},
		{name: "Tarsk Party", typ: newsgraph.Organization, words: []string{"tarsk", "party"}},
	}}
	x.facts = []fact{
		{s: 0, o: 1, pred: newsgraph.MemberOf},
		{s: 0, o: 2, pred: newsgraph.MemberOf},
		{s: 0, o: 3, pred: newsgraph.Leads},
		{s: 4, o: 5, pred: newsgraph.Said},
		{s: 0, o: 6, pred: newsgraph.MemberOf},
	}
	x.dropUnsound()
	if len(x.facts) != 1 || x.facts[0].o != 6 {
		t.Errorf("kept %+v, want only the membership of Tarsk Party", x.facts)
	}
}

// TestStatements checks what each speaker is recorded as saying: the
// statement's words, not a term quoted inside it, not the speaker's own
// name, not an interviewer's question.
func TestStatements(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // "speaker: statement" pairs that must be present
		not        []string // pairs that must not
	}{
		{"a time after the verb and a comma before the reported clause; an outlet named before its kind; a role word opening the statement",
			"Army news\n\nThe Norland Army said on Sunday, the 36 people infected included 26 army personnel. According to the Brindle Press news agency, the delegates from Velmshire are not bound by the vote.",
			[]string{"Norland Army: the 36 people infected included 26 army personnel", "Brindle Press: the delegates from Velmshire are not bound by the vote"},
			[]string{"Norland Army: on Sunday, the 36 people infected included 26 army personnel"}},
		{"a source placed by a town and its state before the statement",
			"Crash news\n\nAccording to police in Baytown, Texas, Tom Reeve has been involved in traffic collisions before.",
			[]string{"police: Tom Reeve has been involved in traffic collisions before"}, []string{"police: Texas, Tom Reeve has been involved in traffic collisions before"}},
		{"announcing a running mate whose name begins with a particle is no statement",
			"Campaign news\n\nJerome Vale announced de Graaf as his running mate.",
			nil, []string{"Jerome Vale: announced de Graaf"}},
		{"a quotation that ends with its own mark, its speaker in the next short sentence; thanks in a quotation",
			"Campaign news\n\n\"Why now?\" Tom Reeve asked.\n\nJane Doe spoke first. \"We won!\" Ana Ruiz said. \"Thank you, Port Alder!\" Ruiz said. \"We lost.\" Velm Council called for an inquiry.",
			[]string{"Tom Reeve: Why now?", "Ana Ruiz: We won!", "Ana Ruiz: Thank you, Port Alder!"},
			[]string{"Velm Council: We lost.", "Jane Doe: We won!"}},
		{"an unnamed source opening the sentence is no speaker, nor the subject after it; a platform's account speaks for its owner only",
			"Court news\n\nAccording to official statements, Jane Doe, now working from the Alder Clinic, is to continue performing her duties. According to officials, Tom Reeve is to continue his duties. " +
				"Earlier this week, an official government Twitter account made the following announcement: \"Latest update: 300 cases have been reported.\" Ana Ruiz's Twitter account posted: \"We are closed today.\"",
			[]string{"Ana Ruiz: We are closed today."},
			[]string{"Jane Doe: now working from the Alder Clinic, is to continue performing her duties", "Tom Reeve: Tom Reeve is to continue his duties", "Twitter: Latest update: 300 cases have been reported."}},
		{"a title description is not a person the text titled otherwise; a foreign minister may be titled secretary",
			"Storm news\n\nFormer Representative John Harlan died on Sunday. The governor wrote, \"We will rebuild.\" Foreign Secretary Ana Ruiz flew to Velm. The foreign minister said Velm would receive aid.",
			[]string{"Ana Ruiz: Velm would receive aid"}, []string{"John Harlan: We will rebuild."}},
		{"a professor or researchers of a college speak for themselves, not for the college",
			"Ice news\n\n\"Warm water is attacking the ice,\" said study co-author Anna Reyes. The Tamworth professor added, \"We need to know more.\" Researchers from the College of Tamworth in Estria reported a new finding.",
			[]string{"Anna Reyes: Warm water is attacking the ice,"}, []string{"Tamworth: We need to know more.", "College of Tamworth: reported a new finding"}},
		{"\"they\" and \"them\" are people, not the one person named last",
			"Court news\n\nJudge Alan Pike sentenced Mark Brant and Ella Brant to ten years in prison on Monday.\n\nOne of them said, \"It made me the person I am today.\"",
			nil, []string{"Mark Brant: It made me the person I am today.", "Ella Brant: It made me the person I am today.", "Alan Pike: It made me the person I am today."}},
		{"a subject phrase the parse hangs on the verb is no statement",
			"Club news\n\nOne of the team's coaches, Jane Doe, told the Port Alder Times the season was over.",
			nil, []string{"Jane Doe: One of the team's coaches"}},
		{"an acronym in brackets that spells \"who\"; an \"and\" inside a body's name; \"spoke to X, who told it\"",
			"Health news\n\nTom Reyes of the Water Health Office (WHO) told reporters the pumps were broken. Anna Clark of the Brown and Lee Foundation noted the dam is safe. The Harbor Times also spoke to the Coast Patrol, who told it the report was unconfirmed.",
			[]string{"Tom Reyes: the pumps were broken", "Anna Clark: the dam is safe", "Coast Patrol: the report was unconfirmed"},
			[]string{"Water Health Office: the pumps were broken", "Brown and Lee Foundation: the dam is safe", "Harbor Times: the report was unconfirmed"}},
		{"\"He\" continues the previous sentence's named subject however the parse hangs the name",
			"Vote news\n\nTom Garvey won the race, making him the favourite.\n\nIn Brantfield, which was planning a vote, Governor Mike McTavish postponed it. He wrote, \"We cannot ask voters to risk their lives.\"",
			[]string{"Mike McTavish: We cannot ask voters to risk their lives."}, []string{"Tom Garvey: We cannot ask voters to risk their lives."}},
		{"a long quoted question apposed to \"the question\" is no statement",
			"Census news\n\nFor weeks, the Garvey administration has been trying to add the question, \"Are you a resident of Norland?\", to the upcoming survey.",
			nil, []string{"Garvey administration: Are you a resident of Norland?", "Garvey: Are you a resident of Norland?"}},
		{"\"the Foreign Minister\" is no minister titled for another field",
			"Tribute news\n\nJane Doe, the Canadian minister for Northern Affairs, died yesterday in Port Alder. The Foreign Minister said the talks would resume.",
			nil, []string{"Jane Doe: the talks would resume"}},
		{"the name set off by commas after a description opening the sentence speaks",
			"Club news\n\nThe chief executive of Brindle Media, Omar Velt, said the station would reopen. One of the club's owners, Jane Doe, said the stadium would close. One might say the season was long.",
			[]string{"Omar Velt: the station would reopen", "Jane Doe: the stadium would close"}, nil},
		{"\"underlined that\" reports a statement; \"underlined the importance\" does not",
			"Pipeline news\n\nKarl Vint underlined that the region has fishing rights. Ana Ruiz underlined the importance of the deal.",
			[]string{"Karl Vint: the region has fishing rights"}, []string{"Ana Ruiz: underlined the importance of the deal"}},
		{"\"police\" is the named police force, not a police station",
			"Crime news\n\nVelm Police arrested a man on Monday and took him to the Velm central police station. \"Charges may follow,\" police said.",
			[]string{"Velm Police: Charges may follow,"}, []string{"Velm central police station: Charges may follow,"}},
		{"a body's officer named after its possessive and a comma speaks; what one suffered is no statement of one's own",
			`The Velm Institute of Allergy's director, Dr. Jane Roe, said of the outbreak, "it's going to get worse." Tom Smith suffered "two deep wounds" in the attack according to a hospital spokesperson.`,
			[]string{"Jane Roe: it's going to get worse."}, []string{"Velm Institute of Allergy: it's going to get worse.", "Tom Smith: two deep wounds"}},
		{"a quotation inside a reported clause, \"he added\" after it, a passive agent, what a verb names someone",
			`Ivo Marsh said Tom Vale is "a model of honesty for me"; however, "to remove any doubts, I wrote a resignation offer", he added. Tarsk Traffic's database shows contact on January 6, with a pattern described by Velm Bulletin as "rather hectic and kind of confused". Ana Ruiz called Tom Vale a "decent man" on Monday.`,
			[]string{`Ivo Marsh: Tom Vale is "a model of honesty for me"`, "Ivo Marsh: to remove any doubts, I wrote a resignation offer", "Velm Bulletin: rather hectic and kind of confused", `Ana Ruiz: called Tom Vale a "decent man" on Monday`},
			[]string{"Ivo Marsh: a model of honesty for me", "Tom Vale: to remove any doubts, I wrote a resignation offer", "Tarsk Traffic: rather hectic and kind of confused", "Ana Ruiz: decent man"}},
		{"a quotation split by its cue is one statement; a denial keeps its verb; an indirect question is no statement",
			`"Thieves seek to divide us," said Ivo Marsh, "here in Velm we will never let them succeed." The Velm Security Service denies the two explosions are related. Tom Vale explained why he thinks Tarsk is poised to recover.`,
			[]string{"Ivo Marsh: Thieves seek to divide us, here in Velm we will never let them succeed.", "Velm Security Service: denies the two explosions are related"},
			[]string{"Ivo Marsh: Thieves seek to divide us,", "Velm Security Service: the two explosions are related", "Tom Vale: why he thinks Tarsk is poised to recover"}},
		{"a name the parse gives its title as subject speaks; a time after \"declared\" and \"tells X about\" are no statements; an interviewee's question states nothing",
			"Mira Sefu tells Wikinews about her group\n\nOmar Tamimi, the city's police chief, said the suspects were in custody. Groups filed a lawsuit against the emergency Governor Jane Doran declared last Friday so she could build a dam.\n\nWikinews interviewed activist Mira Sefu.\n\n((WN)) What do you do?\n\n((Mira Sefu)) Who are the others we are talking about?\n\n((WN)) Why now?\n\n((Mira Sefu)) We started the group in 2015 because nobody listened. It has grown since.\n",
			[]string{"Omar Tamimi: the suspects were in custody", "Mira Sefu: We started the group in 2015 because nobody listened. It has grown since."},
			[]string{"police: the suspects were in custody", "Jane Doran: last Friday so she could build a dam", "Mira Sefu: about her group", "Mira Sefu: Who are the others we are talking about?"}},
		{"a chamber that confirms a nomination votes, it states nothing; a ministry that confirms a death states it",
			"Governor news\n\nWhile the Velm House of Delegates confirmed Ana Ruiz's nomination on Friday, the Velm Senate did not. The Tarsk Ministry of Defence confirmed the death of two soldiers.",
			[]string{"Tarsk Ministry of Defence: confirmed the death of two soldiers"},
			[]string{"Velm House of Delegates: confirmed Ana Ruiz's nomination on Friday, the Velm Senate"}},
		{"the body a possessive names after \"according to\" speaks, not its owner",
			"Flood news\n\nAccording to the University of Norland's Institute for Coastal Studies, the water rose by a metre.",
			[]string{"Institute for Coastal Studies: the water rose by a metre"}, []string{"University of Norland: the water rose by a metre"}},
		{"\"the city\" is no street named before it",
			"Water main breaks\n\nA water main broke under Velmont Avenue on Tuesday morning. The city said the Department of Public Works had located the problem.",
			nil, []string{"Velmont Avenue: the Department of Public Works had located the problem"}},
		{"\"the company\" is a business named before it, not an authority",
			"Contract dispute\n\nBrindle Motors sued the Velm Transport Authority in March. The company said the authority had broken the agreement.",
			[]string{"Brindle Motors: the authority had broken the agreement"}, []string{"Velm Transport Authority: the authority had broken the agreement"}},
		{"a clause opening with \"no\" or a number is stated; the list after \"according to\" ends before the clause",
			"Fire news\n\nMary Poe said no decision had been made. Jane Doe told the Brindle Gazette four victims were from one family. According to the Velm Herald and Harbour Radio, Tom Vale is the real ruler.",
			[]string{"Mary Poe: no decision had been made", "Jane Doe: four victims were from one family", "Velm Herald: Tom Vale is the real ruler", "Harbour Radio: Tom Vale is the real ruler"},
			[]string{"Tom Vale: Tom Vale is the real ruler"}},
		{"\"the governor\" is the one the text titled so, not the last person named",
			"Harbour bill\n\nOn Wednesday, Governor Jane Doe signed the Harbour Renewal Act. Senator Tom Brindle, who sponsored the bill, said it would pass a court challenge.\n\nThe governor tweeted her reasoning, saying, \"Today I signed the Harbour Renewal Act into law.\"",
			[]string{"Jane Doe: Today I signed the Harbour Renewal Act into law."}, []string{"Tom Brindle: Today I signed the Harbour Renewal Act into law."}},
		{"\"One is X.\" makes X the \"he\" of the next sentence",
			"Students gather\n\nPeter Quill is a student at Brindle University. This year, he said, he came to support his friends.\n\nSeveral people returned to the contest. One is Mark Haldane, a student at Alder State University. He said he was interested in surgery.",
			[]string{"Mark Haldane: he was interested in surgery"}, []string{"Peter Quill: he was interested in surgery"}},
		{"a source set off between the verb and its clause; each commentator listed describes",
			"Convention news\n\nAlder News reported, citing Brindle University data, there were over 1,000 deaths on Wednesday. Political commentators such as Tom Brindle and Jane Doe described the speech as \"flat\" and lacking energy.",
			[]string{"Alder News: there were over 1,000 deaths on Wednesday", `Tom Brindle: described the speech as "flat"`, `Jane Doe: described the speech as "flat"`}, nil},
		{"an appeal is a statement; other members of a party are not the party",
			"Storm news\n\nPrime Minister Jane Doe urged residents to evacuate. Other Republicans have urged him to move forward with the transition.",
			[]string{"Jane Doe: urged residents to evacuate"}, []string{"Republican Party: urged him to move forward with the transition"}},
		{"announcing a person as a running mate states nothing",
			"Ticket news\n\nTom Vale won the nomination. He announced Jane Doe as his running mate in April.",
			nil, []string{"Tom Vale: announced Jane Doe"}},
		{"a report verb with a time before its clause",
			`Omar Tamimi announced on Tuesday there were suspects in custody.`,
			[]string{"Omar Tamimi: there were suspects in custody"}, nil},
		{"an interview's turns marked with an unknown name are a person's",
			"Finnish developer Jarno Leppanen talks to Wikinews.\n\n((WN)) How did you start?\n\n((Jarno Leppanen)) I wrote my first game in 2003 for fun.\n\n((WN)) What next?\n\n((Jarno Leppanen)) We plan a new release this year, with more maps.\n",
			[]string{"Jarno Leppanen: I wrote my first game in 2003 for fun.", "Jarno Leppanen: We plan a new release this year, with more maps."}, nil},
		{"an interview answer that is a name alone states nothing",
			"Wikinews interviewed chess player Ana Ruiz.\n\n((WN)) Who coaches you there?\n\n((Ana Ruiz)) Alejandro Ramírez.\n\n((WN)) How do you train?\n\n((Ana Ruiz)) I play online every day with my friends.\n",
			[]string{"Ana Ruiz: I play online every day with my friends."}, []string{"Ana Ruiz: Alejandro Ramírez."}},
		{"feelings expressed in words, a press release that reads, someone named by a noun",
			`Velm Wrestling Inc. expressed sadness and extended condolences to the family of Tom Vale. Ana Ruiz has publicly voiced support for the inquiry, telling the Velm Courier: "Let the committees work." "He was a kind man," reads a Tarsk Federation press release. Activist Ivo Wong spoke on Monday. A university student named Wong said the police used tear gas. Offering his condolence, speaker of the parliament Lena Holt wrote a letter.`,
			[]string{"Velm Wrestling Inc.: expressed sadness and extended condolences to the family of Tom Vale", "Ana Ruiz: voiced support for the inquiry", "Ana Ruiz: Let the committees work.",
				"Tarsk Federation: He was a kind man,", "Wong: the police used tear gas"},
			[]string{"Ivo Wong: the police used tear gas", "Lena Holt: Offering his condolence, speaker of the parliament"}},
		{"the relation of a person named after a quote speaks, not the person named first",
			`Wrestler Tom Vale died on Saturday. "We will appeal," said Vale's lawyer Ivo Marsh. "Heartbroken and numb," writes Vale's longtime partner Ana Ruiz on Instagram. "It is sad," Vale's lawyer told reporters.`,
			[]string{"Ivo Marsh: We will appeal,", "Ana Ruiz: Heartbroken and numb,"}, []string{"Tom Vale: We will appeal,", "Tom Vale: Heartbroken and numb,", "Tom Vale: It is sad,"}},
		{"a law's quoted other name and its wording are no statements",
			`Republic Act No. 3846, also known as the "Radio Control Law", states "no person shall operate a station without a licence." The scheme, dubbed "Velm First", began in May.`,
			nil, []string{"Republic Act No. 3846: Radio Control Law", "Republic Act No. 3846: no person shall operate a station without a licence."}},
		{"a denial keeps its verb",
			`In a briefing, Tom Vale denied the effect of climate change on the fires.`,
			[]string{"Tom Vale: denied the effect of climate change on the fires"}, []string{"Tom Vale: the effect of climate change on the fires"}},
		{"a body placed in a town and its country speaks, not the country",
			`Yesterday the Regional Ministry of Health in Lyon, France confirmed a case of infection in a man from Ostrava.`,
			[]string{"Regional Ministry of Health: confirmed a case of infection"}, []string{"France: confirmed a case of infection"}},
		{"the source's name in apposition is no part of the statement",
			`According to the city's mayor, Ivo Marsh, during the weekend, police were investigating the fire.`,
			[]string{"Ivo Marsh: during the weekend, police were investigating the fire"}, nil},
		{"an author named by a passive verb said nothing",
			`Police were investigating whether a manifesto posted online was written by Erik Lund.`,
			nil, []string{"Erik Lund: Police were investigating whether a manifesto posted online was written by Erik Lund"}},
		{"a quoted term inside the reported clause",
			`Ivo Marsh argues that since the term "natural born citizen" is not defined, its meaning at the time should prevail.`,
			[]string{`Ivo Marsh: since the term "natural born citizen" is not defined, its meaning at the time should prevail`}, []string{"Ivo Marsh: natural born citizen"}},
		{"a quoted slogan keeps its closing mark",
			`The Tarsk Herald reported some were using the slogan "Make the Park Green Again".`,
			[]string{`Tarsk Herald: some were using the slogan "Make the Park Green Again"`}, []string{"Tarsk Herald: Make the Park Green Again"}},
		{"a fragment quoted after a form of be",
			`"Justice takes time and I know it is painful," Lena Holt said, asking Erik Lund to be "patient and resilient."`,
			[]string{"Lena Holt: Justice takes time and I know it is painful,"}, []string{"Lena Holt: patient and resilient."}},
		{"every firm of a list after \"including\"",
			`German firms including Velm Bahn, Velm Telekom, Daimlex, and Siemenz have announced plans to pull out of the country.`,
			[]string{"Velm Telekom: announced plans to pull out of the country", "Daimlex: announced plans to pull out of the country"}, nil},
		{"a speaker after a time, with an apposition, the parse giving the verb no subject",
			"Council news\n\nOn Wednesday, Delia Fawcett, a councillor, said that the budget would pass. On Thursday, Ana Lind, the head of the Tarvos Farmers Union, announced that prices would rise.",
			[]string{"Delia Fawcett: the budget would pass", "Ana Lind: prices would rise"}, nil},
		{"a body's complaint alleges, a group claims responsibility; a fire that claims lives says nothing",
			"Court news\n\nThe Calder Farmers Union's complaint alleged the tax was discriminatory. The Reskov Liberation Front has claimed responsibility for the blast. The Velm Tower fire claimed ten lives.",
			[]string{"Calder Farmers Union: the tax was discriminatory", "Reskov Liberation Front: claimed responsibility for the blast"},
			[]string{"Velm Tower: claimed ten lives"}},
		{"according to a titled name, then a clause about a company",
			"Market news\n\nAccording to Velm Observer editor Keni Lesa, the anti-vaccine movement grew last year.",
			[]string{"Keni Lesa: the anti-vaccine movement grew last year"}, []string{"Velm Observer: the anti-vaccine movement grew last year"}},
		{"\"it\" after a statement posted somewhere is the statement, no body's; after a body's words it is the body",
			"Actor news\n\nActor Tom Vale died at home on Friday, according to a statement posted to his official Velmbook account. It also stated he had been ill since 2016. Velm Air said it would cut 300 jobs. It also said fares would rise.",
			[]string{"Velm Air: fares would rise"}, []string{"Velmbook: he had been ill since 2016"}},
		{"a quotation that is the object of the reported clause's verb is part of the clause; a curator's title",
			"Art news\n\nCurator Lena Marsh said the statue represented a \"tribute to the working class of the city\".",
			[]string{`Lena Marsh: the statue represented a "tribute to the working class of the city"`}, []string{"Lena Marsh: tribute to the working class of the city"}},
		{"according to a name and its title in apposition: the title is no part of the statement",
			"Airport news\n\nAccording to Laura Benning, the airport's spokeswoman, the runway will reopen on Friday.",
			[]string{"Laura Benning: the runway will reopen on Friday"}, []string{"Laura Benning: the airport's spokeswoman, the runway will reopen on Friday"}},
		{"a place's government speaks as the place, however it is written",
			"Budget news\n\nNortena's government said it would fund the repairs.",
			[]string{"Nortena: it would fund the repairs"}, nil},
		{"a speaker named before \"who said\" the parse hung on the verb",
			"Bill news\n\nThe bill was drafted by Clara Mendel who said it would help young families.",
			[]string{"Clara Mendel: it would help young families"}, nil},
		{"every union of a list after \"such as\"",
			`Unions such as Velm Dockers and the Tarsk Metal Workers Union said they would strike on Monday.`,
			[]string{"Velm Dockers: they would strike on Monday", "Tarsk Metal Workers Union: they would strike on Monday"}, nil},
		{"a declaration of a day of mourning orders it and says nothing",
			`Mayor of Koszalin Piotr Jedlin has declared tomorrow a day of mourning.`,
			nil, []string{"Piotr Jedlin: declared tomorrow a day of mourning"}},
		{"the agent of a passive speech verb speaks, not the one described",
			`Bishop Ivo Marsh died yesterday, according to the Catholic Bishops' Conference of the Philippines (CBCP). Marsh was described by the CBCP as "a strong advocate for the environment in a province threatened by mining."`,
			nil, []string{`Ivo Marsh: a strong advocate for the environment in a province threatened by mining.`, `Philippines: a strong advocate for the environment in a province threatened by mining.`}},
		{"a reported name and its verb the parse coordinates",
			`NPR reported Ivo Marsh, the caretaker Prime Minister, recommended the troops withdraw.`,
			[]string{"NPR: Ivo Marsh, the caretaker Prime Minister, recommended the troops withdraw"}, nil},
		{"a declaration keeps what it declares the thing to be",
			`The Velm Health Agency declared the ongoing outbreak of the fever — which started in Dorvik — to be a pandemic.`,
			[]string{"Velm Health Agency: declared the ongoing outbreak of the fever — which started in Dorvik — to be a pandemic"}, nil},
		{"a confirmation of an appointee says nothing",
			`The Senate confirmed Ana Ruiz to the Supreme Court on Monday.`,
			nil, []string{"Senate: confirmed Ana Ruiz"}},
		{"a hearer the parse put inside the reported clause",
			`The Velm District Court heard the case on Monday. Lena Holt told the court she was forced to sign the contract.`,
			[]string{"Lena Holt: she was forced to sign the contract"}, []string{"Lena Holt: the court she was forced to sign the contract"}},
		{"a quotation after an attributed one goes on with its speaker",
			`Tom Vale met the board on Monday. "I put no pressure on them at all," he told the press. "I could have. I think it would have been fine."`,
			[]string{"Tom Vale: I could have. I think it would have been fine."}, nil},
		{"a quotation after another's attributed one keeps its own speaker",
			`"I put no pressure on them at all," Tom Vale told the press. "That is not true at all," Lena Holt said.`,
			[]string{"Lena Holt: That is not true at all,"}, []string{"Tom Vale: That is not true at all,"}},
		{"quotations inside a reported clause are part of it",
			`Ruth Kemp rejected Tom Dole's suggestion, saying she would act as a "referee on the floor" during the debate. Prosecutor Anna Berg said the victims were "easy to manipulate" and had been used "to satisfy his needs".`,
			[]string{`Ruth Kemp: she would act as a "referee on the floor" during the debate`, `Anna Berg: the victims were "easy to manipulate" and had been used "to satisfy his needs"`},
			[]string{"Ruth Kemp: referee on the floor", "Anna Berg: to satisfy his needs"}},
		{"a title of a programme is no statement",
			`The network aired a special programme about Tom Hale entitled "A Song For a King" by the National Broadcasting Company.`,
			nil, []string{"Tom Hale: A Song For a King"}},
		{"an act of office declared is no statement",
			`Governor Tom Vale declared a state of emergency on Monday. President Ana Ruiz declared a national emergency. Mayor Piotr Jedlin has declared tomorrow a day of mourning.`,
			nil, []string{"Tom Vale: declared a state of emergency", "Ana Ruiz: declared a national emergency", "Piotr Jedlin: declared tomorrow a day of mourning"}},
		{"funding denied is no statement",
			`The council has repeatedly denied funding for such a bridge.`,
			nil, []string{"council: denied funding for such a bridge"}},
		{"a message posted is said by the participle that gives it",
			`Mayor Jan Novak of Tarsk posted a message on Facebook on Friday announcing he had tested positive for the virus.`,
			[]string{"Jan Novak: he had tested positive for the virus"}, []string{"Jan Novak: posted a message on Facebook"}},
		{"one quoted word is said with its verb",
			`Senator Ruth Kemp called the group an "idea." Another witness, Ana Ruiz, described deep skid marks and "insane" heat.`,
			[]string{`Ruth Kemp: called the group an "idea."`, `Ana Ruiz: described deep skid marks and "insane" heat`}, []string{"Ruth Kemp: idea.", "Ana Ruiz: insane"}},
		{"a label under another speech verb is not the next verb's",
			`Some analysts called it certain, with analyst Tom Reed having declared it on his blog as "the dullest race in years", however Reed noted the size of the swing was large.`,
			[]string{"Tom Reed: the size of the swing was large"}, []string{"Tom Reed: the dullest race in years"}},
		{"a hearer's name that starts the clause of tell",
			`One activist, Ana Ruiz, on Sunday told Velm Radio arson has been used "as a weapon to evict poor dwellers" by developers.`,
			[]string{`Ana Ruiz: arson has been used "as a weapon to evict poor dwellers" by developers`}, nil},
		{"a characterization is said",
			`Tom Vale characterized the call with Ana Ruiz as "perfectly fine and entirely routine."`,
			[]string{"Tom Vale: perfectly fine and entirely routine."}, nil},
		{"a clause after the verb that the parse did not give it",
			`Tom Vale of New York has repeatedly maintained an impeachment inquiry is what the committee is already doing. The Velm Herald reported there were at least 118,381 cases worldwide.`,
			[]string{"Tom Vale: an impeachment inquiry is what the committee is already doing", "Velm Herald: there were at least 118,381 cases worldwide"}, nil},
		{"a hearer named right after told, whatever the parse made of it",
			`Tomasz Kubiak, a fire service spokesman, told Velm Radio the male victim is in intensive care with "severe burns".`,
			[]string{`Tomasz Kubiak: the male victim is in intensive care with "severe burns"`}, []string{`Tomasz Kubiak: with "severe burns"`}},
		{"a description before the speaker's name",
			`A Republican Assemblywoman, Ana Ruiz, also commented on party disparity among female candidates: "It is a problem we must fix." Immunologist Kristian Holt of Tarsk Research said the virus was natural.`,
			[]string{"Ana Ruiz: It is a problem we must fix.", "Kristian Holt: the virus was natural"}, []string{"Republican Assemblywoman: It is a problem we must fix", "Immunologist Kristian Holt: the virus was natural"}},
		{"a clause in a relative clause is no report",
			`The wreck lay south of Okinawa, far from where the navy's records initially predicted it would be. Ivo Marsh posted a message on Friday announcing he had tested positive.`,
			nil, []string{"navy: it would be", "Ivo Marsh: a message on Friday announcing he had tested positive"}},
		{"a passive agent says the subject and the verb, not itself nor the narration after",
			"Outbreak news\n\nThe outbreak was first confirmed by the government of Velm on October 16, after the Tarsk Laboratory tested seven samples. Guitarist Ed Marsh died on Tuesday. His death was confirmed by his son, Tom Marsh.",
			[]string{"Velm: The outbreak was first confirmed", "Tom Marsh: His death was confirmed"},
			[]string{"Velm: The outbreak was first confirmed by the government of Velm on October 16, after the Tarsk Laboratory tested seven samples"}},
		{"a speech verb in a when-clause, a quotation a maker developed",
			`When announcing the shutdown on Monday, Prime Minister Tom Vale called on village councils to close schools. Wikinews visited the stall of Ana Ruiz. The maker has also developed "a way to install a camera inside suit heads, to improve visibility."`,
			nil, []string{"Tom Vale: announcing the shutdown", "Wikinews: a way to install a camera inside suit heads, to improve visibility.", "Ana Ruiz: a way to install a camera inside suit heads, to improve visibility."}},
		{"the one person given a role speaks by it",
			`Ana Ruiz, a professor at the College of Velm, co-wrote the study. The Velm professor added, "These effects matter, but how much, we do not yet know." Civil Aviation Minister Tom Vale visited the site. The local health minister said, "The injured have been taken to hospitals."`,
			[]string{"Ana Ruiz: These effects matter, but how much, we do not yet know."},
			[]string{"Velm: These effects matter, but how much, we do not yet know.", "Tom Vale: The injured have been taken to hospitals."}},
		{"an interviewer's question before a picture caption, an answer that only opens a list",
			"Wikinews reporter Tom Vale interviewed candidate Ana Ruiz.\n\n((Tom Vale)) : How has the pandemic affected your campaign? Image: Ivo Marsh.\n\n((Ana Ruiz)) : It has been hard.\n\n((Tom Vale)) : Why did you run?\n\n((Ana Ruiz)) Reasons:\n\n((Tom Vale)) : Who do you admire?\n\n((Ana Ruiz)) : My mother, who raised four children alone.",
			[]string{"Ana Ruiz: It has been hard."},
			[]string{"Tom Vale: How has the pandemic affected your campaign? Image: Ivo Marsh.", "Ana Ruiz: Reasons:"}},
		{"a pronoun after someone unnamed, a team of someone's",
			`Prosecutor Ana Ruiz said the men had abused the girls for years. One of the victims decided to allow her name to be made public. She said she did this to show others "there is nothing to be ashamed of". Lawyer Tom Vale was prosecuted by the Velm government. His legal team argued he simply represented his client. Velm director Lena Holt said "the work was vital." She described him as "a guiding force in science for 80 years".`,
			[]string{"Ana Ruiz: the men had abused the girls for years", "Lena Holt: a guiding force in science for 80 years"},
			[]string{`Ana Ruiz: she did this to show others "there is nothing to be ashamed of"`, "Velm: he simply represented his client"}},
		{"a quotation whose own sentence names an unnamed speaker does not go on with the last one",
			`There has been skepticism among the protesters: "Whenever there are signs of sending a palm branch," wrote student protester Tom Lam on Twitter. "They always come with a far tighter grip on civil rights." "She is just doing this to try and divide the movement. A lot of people think that," said a protester using the pseudonym Katya.`,
			[]string{"Tom Lam: They always come with a far tighter grip on civil rights."},
			[]string{"Tom Lam: She is just doing this to try and divide the movement. A lot of people think that,"}},
		{"a quotation split by its cue, a question on a form",
			`"I disagreed strongly with many of his suggestions," wrote Tom Vale on Twitter, "and therefore I asked Ivo for his resignation." The administration has been trying to add the question, "Is this person a citizen of the United States?", to the census.`,
			[]string{"Tom Vale: I disagreed strongly with many of his suggestions, and therefore I asked Ivo for his resignation."},
			[]string{"Ivo: and therefore I asked Ivo for his resignation.", "administration: Is this person a citizen of the United States?"}},
		{"where a statement was posted does not speak",
			`The government statement, which was posted on Twitter, announced "with great sorrow" the death of the president.`,
			nil, []string{"Twitter: with great sorrow"}},
		{"an interview's turns: no colon, no interviewer's question",
			"Wikinews reporter Tom Vale interviewed candidate Ana Ruiz.\n\n((Tom Vale)) : Are you worried about censorship? How would you address it?\n\n((Ana Ruiz)) : Yes, I am worried. Who would not be?\n\n((Tom Vale)) : Your party won 9,000 votes.\n\n((Ana Ruiz)) : We will do better.\n\n((Tom Vale)) : Who do you admire?\n\n((Ana Ruiz)) : My mother.\n\n((Tom Vale)) : Your father was a sailor.\n\n((Ana Ruiz)) : Yeah, yeah.\n\n((Tom Vale)) : And the clinic?\n\n((Ana Ruiz)) : Regarding the clinic?",
			[]string{"Ana Ruiz: Yes, I am worried. Who would not be?", "Tom Vale: Your party won 9,000 votes."},
			[]string{"Tom Vale: Are you worried about censorship? How would you address it?", "Ana Ruiz: : Yes, I am worried. Who would not be?", "Ana Ruiz: Yeah, yeah.", "Ana Ruiz: Regarding the clinic?"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ex, err := extractor(t).Extract(context.Background(), newsgraph.Doc{ID: "t", Source: "test", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			byKey := map[string]newsgraph.Entity{}
			for _, e := range ex.Entities {
				byKey[e.Key] = e
			}
			has := map[string]bool{}
			var got []string
			for _, f := range ex.Facts {
				if f.Predicate == newsgraph.Said {
					p := byKey[f.Subject].Name + ": " + byKey[f.Object].Name
					has[p] = true
					got = append(got, p)
				}
			}
			for _, w := range c.want {
				if !has[w] {
					t.Errorf("missing %q\n  got: %q", w, got)
				}
			}
			for _, n := range c.not {
				if has[n] {
					t.Errorf("unwanted %q", n)
				}
			}
		})
	}
}

// TestOneStatementPerQuote checks that a speech verb whose quotation was
// attributed gives no second statement from another part of its sentence
// ("Hours after …, X tweeted "…"").
func TestOneStatementPerQuote(t *testing.T) {
	// the narration before a speech verb with an object of its own is not
	// what was said
	got, _ := run(t, `The move came shortly after fellow former presidential candidate Ivo Marsh and former president Tom Hale announced their own support for Ana Ruiz.`)
	ex, err := extractor(t).Extract(context.Background(), newsgraph.Doc{ID: "t", Source: "test", Text: `The move came shortly after fellow former presidential candidate Ivo Marsh and former president Tom Hale announced their own support for Ana Ruiz.`})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ex.Entities {
		if e.Type == newsgraph.Quote && strings.HasPrefix(e.Name, "The move came") {
			t.Errorf("statement %q, the narration before the speaker (facts %q)", e.Name, got)
		}
	}

	text := `Ivo Marsh is a lawyer. Hours after Vexa restored public access to the repository, Marsh tweeted "I think of it as a successor to the video recorder. It is legal."`
	got, _ = run(t, text)
	n := 0
	for _, g := range got {
		if g == "Ivo Marsh –said→ quote" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d statements, want 1: %q", n, got)
	}
}

func TestSpeech(t *testing.T) {
	checkFacts(t, []factCase{
		{name: "a company's officer named after it writes the letter",
			text: `In a letter to The Harbor Times, Brindle Motors CEO Tom Blake said the firm was working to install new poles. In a letter to the Velm Courier, published on Monday, Tarrant Logistics President and CEO Ana Ruiz said the firm would pay.`,
			want: []string{"Tom Blake –told→ The Harbor Times", "Tom Blake –said→ quote", "Ana Ruiz –said→ quote"},
			not:  []string{"Brindle Motors –told→ The Harbor Times", "Tarrant Logistics –said→ quote"}},
		{name: "the outlet told, whatever the parse joins to it",
			text: `Jane Doe, a spokesperson for the fire service, told the Brindle Gazette four victims were from a single family.`,
			want: []string{"Jane Doe –told→ Brindle Gazette", "Jane Doe –said→ quote"}},
		{name: "quote then speaker with title",
			text: `"We will rebuild the pier by spring," harbour manager Ana Ruiz said on Monday.`,
			want: []string{"Ana Ruiz –said→ quote"}},
		{name: "an organization's name before its type noun",
			text: `The Tarsk Civil Defence service said the fire was under control.`,
			want: []string{"Tarsk Civil Defence –said→ quote"}},
		{name: "a post by a person is theirs, not the platform's",
			text: `According to a Twitter post by Amy Lund, director of the festival, the stage collapsed at noon.`,
			want: []string{"Amy Lund –said→ quote"}, not: []string{"Twitter –said→ quote"}},
		{name: "two participles, two speakers",
			text: `Republican Representatives attacked the inquiry, with Tom Vale of Ohio calling the investigation "a farce" and Ana Ruiz of Florida calling the process "a blatant and obvious coup against the people".`,
			want: []string{"Ana Ruiz –said→ quote"}},
		{name: "an unnamed witness is nobody named",
			text: `An eyewitness described for news agency Tarsk Media how the attack unfolded, stating, "I was crossing the road when I saw a man with a knife."`,
			not:  []string{"Tarsk Media –said→ quote"}},
		{name: "a show's writer speaks, not its namesake",
			text: `Ivo Marsh died on Friday. Longtime Marsh in the Morning writer and performer Tom Vale tweeted: "He was a rebel and a champion of the underdog."`,
			want: []string{"Tom Vale –said→ quote"}, not: []string{"Ivo Marsh –said→ quote"}},
		{name: "a possessive role is someone else",
			text: `Robert Hale died on Monday. His family's announcement specified no cause, but, according to his agent, Hale had undergone surgery recently.`,
			not:  []string{"Robert Hale –said→ quote"}},
		{name: "agreeing says nothing of the words before the name",
			text: `Conservative Philip Vance agreed. The fire is under control, the army said.`,
			want: []string{"army –said→ quote"}, not: []string{"Philip Vance –said→ quote"}},
		{name: "a sentence whose only name begins it",
			text: `Tom Hale spoke on Monday. Hale said the report was false.`,
			want: []string{"Tom Hale –said→ quote"}},
		{name: "said in a statement that, the clause parsed as the statement's",
			text: `The Tarsk Interior Ministry said in a statement that 12 people died.`,
			want: []string{"Tarsk Interior Ministry –said→ quote"}},
		{name: "confirmed to an outlet tells it",
			text: `Security firm Vexa Systems confirmed to the Tarsk Courier that the data was exposed.`,
			want: []string{"Vexa Systems –told→ Tarsk Courier", "Vexa Systems –said→ quote"}},
		{name: "told an outlet whose name the parse breaks",
			text: `Tom Hale told Velm This Week that payments rose.`,
			want: []string{"Tom Hale –told→ Velm This Week", "Tom Hale –said→ quote"}},
		{name: "a common word capitalised to begin a sentence is no speaker",
			text: `"We got back on even," Tom Vale said. Fitness was a big factor in that according to Lena Holt. "We have been working hard on our fitness so it was good", she said.`,
			want: []string{"Lena Holt –said→ quote"}, not: []string{"Fitness –said→ quote"}},
		{name: "its press release is the main clause's subject's",
			text: `The Utah Jazz player tested positive on Wednesday. According to its press release, the Tarsk League was "suspending game play until further notice." The Utah Jazz agreed.`,
			want: []string{"Tarsk League –said→ quote"}, not: []string{"Utah Jazz –said→ quote"}},
		{name: "someone says of a person",
			text: `Yesterday, President Tom Hale declined Prime Minister Ivo Marsh's offer to resign after the leak of an audio recording in which someone, seemingly Marsh, audibly says Hale "has a very primitive understanding of economic processes."`,
			not:  []string{"Tom Hale –said→ quote"}},
		{name: "what one announced after the sentence's clause is its own object",
			text: `The move came shortly after fellow former presidential candidate Ivo Marsh and former president Tom Hale announced their own support for Ana Ruiz.`,
			want: []string{"Tom Hale –said→ quote"}},
		{name: "a plan called so is a name, not a statement",
			text: `In a speech in Ohio, Tom Vale introduced an economic plan called "Build Back Stronger" designed to help workers.`,
			not:  []string{"Tom Vale –said→ quote"}},
		{name: "a participle after a quotation keeps the clause's speaker",
			text: `The Tarsk Party lost the vote. Ana Ruiz said in her live stream, "I do not make this decision lightly", calling it a "difficult and painful decision".`,
			want: []string{"Ana Ruiz –said→ quote"}, not: []string{"Tarsk Party –said→ quote"}},
		{name: "a reported clause and the quotation inside it are one statement",
			text: `Ana Ruiz said the law has "condemned many women to resort to unsafe abortions".`,
			want: []string{"Ana Ruiz –said→ quote"}},
		{name: "the hearer after told is no speaker",
			text: `Tom Vale also formed the Tarsk Chamber of Commerce, an organisation behind many "community bond building initiatives", the mayoral candidate told the Holmby Herald.`,
			not:  []string{"Holmby Herald –said→ quote"}},
		{name: "an anonymous source is nobody named",
			text: `A source within the Tarsk Interior Ministry reportedly said "I have been told not to make the figures public. It is frustrating to hide the facts."`,
			not:  []string{"Tarsk Interior Ministry –said→ quote"}},
		{name: "posting a thing says nothing",
			text: `Filmmaker Ivo Marsh posted a podcast about the island.`,
			not:  []string{"Ivo Marsh –said→ quote"}},
		{name: "a statement saying a clause says the clause once",
			text: `The Tarsk Ministry of Health posted a statement saying the border was closed.`,
			want: []string{"Tarsk Ministry of Health –said→ quote"}},
		{name: "speaker then comment and quote",
			text: `Broadcaster Tom Hale commented, "The vote was a mistake and everyone knows it."`,
			want: []string{"Tom Hale –said→ quote"}},
		{name: "inverted speaker after the verb",
			text: `"The market will reopen next week," tweeted Mayor of Lisbon Rui Costa.`,
			want: []string{"Rui Costa –said→ quote"}, not: []string{"Lisbon –said→ quote"}},
		{name: "reported speech",
			text: `Health agency chief Maria Lopes said the new vaccine had to be cheap to make.`,
			want: []string{"Maria Lopes –said→ quote"}},
		{name: "according to an outlet",
			text: `According to the Daily Courier, the old bridge will close in May.`,
			want: []string{"Daily Courier –said→ quote"}},
		{name: "parenthetical outlet",
			text: `The contract, the Westfield Gazette noted, was signed late at night.`,
			want: []string{"Westfield Gazette –said→ quote"}},
		{name: "inverted without quotation marks",
			text: `It was a fair decision for the tenants, argued the city's lawyer, Jan Berg.`,
			want: []string{"Jan Berg –said→ quote"}},
		{name: "told an outlet",
			text: `Jan Berg told the Westfield Gazette that the tenants would appeal.`,
			want: []string{"Jan Berg –told→ Westfield Gazette", "Jan Berg –said→ quote"}},
		{name: "said yes is no speech",
			text: `Carla Diaz said yes to the offer on Friday.`,
			not:  []string{"Carla Diaz –said→ quote"}},
		{name: "outlet at a sentence's start",
			text: `Press TV said the ferry had sunk near the coast.`,
			want: []string{"Press TV –said→ quote"}},
		{name: "outlet before a person of the document",
			text: `Lena Holt died on Friday. Mayor Ana Ruiz told WKRN Holt "was a fighter."`,
			want: []string{"Ana Ruiz –told→ WKRN", "Ana Ruiz –said→ quote"}},
		{name: "a circumstance clause is no statement",
			text: `Ana Ruiz told the Daily Courier "the plan is sound," while Governor Tom Hale tweeted.`,
			want: []string{"Ana Ruiz –said→ quote"}, not: []string{"Tom Hale –said→ quote"}},
		{name: "called for",
			text: `The Tarsk Rights League has called for an inquiry into the raid.`,
			want: []string{"Tarsk Rights League –said→ quote"}},
		{name: "according to a survey by an organization",
			text: `According to a survey published in 2017 by the Tarsk Medical Society, most patients did not wash their hands.`,
			want: []string{"Tarsk Medical Society –said→ quote"}},
		{name: "a subject pronoun continues the last subject",
			text: "Campaign trail\n\nDonald Hale held a rally. Rapper Kanye West entered the race. In an interview, West outlined his campaign. He named preacher Lena Holt as his running mate.",
			want: []string{"Kanye West –appointed→ Lena Holt"}, not: []string{"Donald Hale –appointed→ Lena Holt"}},
		{name: "a relative named before",
			text: `Drummer Ivo Marsh died on Sunday. The news was confirmed with his daughter Lena Holt. Although he lived in Spain, his daughter said he died in Britain.`,
			want: []string{"Lena Holt –said→ quote", "Ivo Marsh –died_in[reported]→ Britain"},
			not:  []string{"Lena Holt –died_in[reported]→ Britain"}},
		{name: "the critics of a possessor are no statement of it",
			text: `According to Hale's critics, the plan is a ploy to delay the vote.`,
			not:  []string{"Hale –said→ quote"}},
		{name: "speech under a guess is not asserted",
			text: `Ana Ruiz left early. I think she told Tom Hale that the deal was off.`,
			not:  []string{"Ana Ruiz –said→ quote", "Ana Ruiz –told→ Tom Hale"}},
		{name: "a place of posting is no speaker",
			text: `Amy Berg, director of the Harbour Trust, posted on Twitter.`,
			not:  []string{"Twitter –said→ quote"}},
		{name: "a description apposed to a name in a list parse",
			text: `Lena Holt was in court. The judge presiding over the case, Omar Diaz, said, "You have broken the trust of this town."`,
			want: []string{"Omar Diaz –said→ quote"}, not: []string{"Lena Holt –said→ quote"}},
		{name: "an interview transcript",
			text: "Ana Ruiz runs a charity in Leeds.\n\n((WN)) When did you start?\n\n((Ana Ruiz)) I was eight. My parents accepted my decision.\n\n((WN)) Who helped?\n\n((Ana Ruiz)) Tom Hale founded the Leeds Youth Club with me.",
			want: []string{"Ana Ruiz –said→ quote"}, not: []string{"WN –said→ quote", "WN –accepted→ decision", "Tom Hale –founded→ Leeds Youth Club"}},
		{name: "the scholar of an organization speaks",
			text: `According to Tarsk University political scholar Ana Ruiz, women hold a third of the seats.`,
			want: []string{"Ana Ruiz –said→ quote"}, not: []string{"Tarsk University –said→ quote"}},
		{name: "the person of a role's phrase speaks",
			text: `The decision was announced by the President of the Tarsk Chess Federation Maria Lopez.`,
			not:  []string{"Tarsk Chess Federation –said→ quote"}},
		{name: "a person of someone is not them",
			text: `Tom Hale was charged. The lawyer of Tom Hale said the case was weak.`,
			not:  []string{"Tom Hale –said→ quote"}},
		{name: "a named event is no statement",
			text: `Mayor Ana Ruiz held a Fourth of July "Salute to Tarsk" in the park.`,
			not:  []string{"Ana Ruiz –said→ quote"}},
		{name: "a pronoun outside a quotation is not who the quotation names",
			text: `Tom Hale spoke at the rally. "Only Ana Ruiz who appointed me will remove me," he declared.`,
			want: []string{"Tom Hale –said→ quote"}, not: []string{"Ana Ruiz –said→ quote"}},
		{name: "a party word apposed to a person",
			text: `A Republican, Tom Hale, told the Daily Courier that the inquiry was fair.`,
			want: []string{"Tom Hale –told→ Daily Courier"}, not: []string{"Republican –told→ Daily Courier"}},
		{name: "a refusal to confirm says nothing",
			text: `Jan Berg would not confirm the mayor's account.`,
			not:  []string{"Jan Berg –said→ quote"}},
		{name: "a possessed spokesperson speaks",
			text: `Mayor Ana Ruiz's spokesperson, Tom Hale, said the road would reopen.`,
			want: []string{"Tom Hale –said→ quote"}, not: []string{"Ana Ruiz –said→ quote"}},
		{name: "a speaker's title is no second speaker",
			text: `Tom Hale, Director General of the Tarsk Institute of Health, said the outbreak was over.`,
			want: []string{"Tom Hale –said→ quote"}, not: []string{"Tarsk Institute of Health –said→ quote"}},
		{name: "quotation continued by he added",
			text: "Mark Olsen, the club's coach, was pleased. \"We played well,\" Olsen said. \"The defence held firm all night,\" he added.",
			want: []string{"Mark Olsen –said→ quote"}},
	})
}

func TestRoles(t *testing.T) {
	checkFacts(t, []factCase{
		{name: "a list of titled names, one title glossed in brackets",
			text: `Speakers included First Minister of Scotland Ana Ruiz, Labour MP (Member of Parliament) Tom Vale, and Mayor of Leeds Ivo Marsh.`,
			not:  []string{"Ana Ruiz –member_of→ Labour Party", "Ana Ruiz –member_of→ Parliament", "Tom Vale –leads→ Scotland"}},
		{name: "a chamber's Speaker leads it; a scientist of any field; born in a country by its people's name",
			text: `Velmont Assembly Speaker Jane Doran confirmed the vote. Carl Benning, an ornithologist at Velmont College, questioned the findings. Tanzanian-born Mira Sefu founded the group in 2015.`,
			want: []string{"Jane Doran –leads→ Velmont Assembly", "Carl Benning –member_of→ Velmont College", "Mira Sefu –born_in→ Tanzania"}},
		{name: "people listed with \"all\" or \"both\" and a party are its members, not the party their subject",
			text: `The bill was backed by Senators Karl Brenner of Ostland and Anna Weiss of Norland, all Republicans. Tom Vale and Ivo Marsh, both Democrats, opposed it.`,
			want: []string{"Karl Brenner –member_of→ Republican Party", "Anna Weiss –member_of→ Republican Party", "Tom Vale –member_of→ Democratic Party", "Ivo Marsh –member_of→ Democratic Party"},
			not:  []string{"Republican Party –supported→ bill"}},
		{name: "a congresswoman sits in no state's house; a vice presidential nomination is not the presidential one",
			text: "Ticket news\n\nTom Blake was a candidate for the Westshire House of Representatives in 2012. Congresswoman Jane Doe of Alderia was mentioned as a possibility. At the convention, Ana Ruiz won the presidential nomination. Podcaster Ivo Marsh received the vice presidential nomination.",
			want: []string{"Ana Ruiz –won→ presidential nomination", "Ivo Marsh –won→ vice presidential nomination"},
			not:  []string{"Jane Doe –member_of→ Westshire House of Representatives", "Ana Ruiz –won→ vice presidential nomination"}},
		{name: "a party word that also names a ministry before \"MP\"; \"of the ADJ party\"; a title \"of\" an organization run into the name",
			text: "Party news\n\nLabour MP Ken Barrow said he would vote for the plan. Westland leader Karl Brenner of the conservative Harbor Unity Party said taxes would rise. Hong Kong director of Velm Watch Man-kei Tam said the law was harsh. The president of the Velm Chess Federation Omar Diaz resigned.",
			want: []string{"Ken Barrow –member_of→ Labour Party", "Karl Brenner –member_of→ Harbor Unity Party", "Man-kei Tam –leads→ Velm Watch", "Omar Diaz –leads→ Velm Chess Federation"},
			not:  []string{"Velm Watch Man-kei Tam –said→ quote"}},
		{name: "wrestling, writing and a debut for a body; a club named by its town and \"United\"; a broadcaster named by a place and \"TV\"",
			text: "Sports news\n\nJane Doe also wrestled for Kestrel Pro. Ana Ruiz made her debut for Port Alder United in 2016. Tom Vale writes for the Velm Herald. Omar Diaz spoke on Harbor TV.",
			want: []string{"Jane Doe –member_of→ Kestrel Pro", "Ana Ruiz –member_of→ Port Alder United", "Tom Vale –member_of→ Velm Herald"}},
		{name: "a town's police chief leads no other police the story names",
			text: "Police news\n\nTwo members of the Velm National Police were wounded. Port Alder's police chief Greg Moss said the road was closed.",
			not:  []string{"Greg Moss –leads→ Velm National Police"}},
		{name: "a body's acronym in brackets between its name and its head's title",
			text: "Summit news\n\nStatements came from Organisation of Coastal States (OCS) head Mark Ellis on Monday.",
			want: []string{"Mark Ellis –leads→ Organisation of Coastal States"}},
		{name: "a post's title before a military rank heads the body",
			text: "Sea news\n\nCoast Guard Commandant Admiral Rob Hale said the search continued.",
			want: []string{"Rob Hale –leads→ Coast Guard"},
			not:  []string{"Rob Hale –member_of→ Coast Guard"}},
		{name: "a name a person is \"of\", and nothing else, is a body whatever given name it starts with",
			text: "Music news\n\nMike Fenn of Pearl Anchors likened the song to a prayer.",
			want: []string{"Mike Fenn –member_of→ Pearl Anchors"}},
		{name: "a store manager is one of the staff; a subject phrase before the name states nothing",
			text: "Sales news\n\nTom Kell, a store manager at Brindle Motors, said sales fell. One of the team's coaches, Jane Doe, told the Port Alder Times the season was over.",
			want: []string{"Tom Kell –member_of→ Brindle Motors", "Jane Doe –told→ Port Alder Times"},
			not:  []string{"Tom Kell –leads→ Brindle Motors"}},
		{name: "a body's short name before a member's role is the body, not its town",
			text: "Science news\n\nJane Doe, a biology professor at Ithaca College, led the study. Christopher Lane, also an Ithaca undergrad, evaluated the glue. Ithaca is a city in New York.",
			want: []string{"Christopher Lane –member_of→ Ithaca College", "Ithaca –located_in→ New York"}},
		{name: "the people one was in a band with are its members too",
			text: "Music news\n\nGinger Blake died. Eric Stone and Blake were subsequently in another supergroup Velvet Anchors with Steve Wood and Ric Gray.",
			want: []string{"Eric Stone –member_of→ Velvet Anchors", "Steve Wood –member_of→ Velvet Anchors", "Ric Gray –member_of→ Velvet Anchors"}},
		{name: "a general secretary heads the union, in every frame",
			text: `Brindle Rail general secretary Tom Rake commented on the strike. The general secretary of the Kellsburg Rail Union, Jane Doe, said the strike would go on.`,
			want: []string{"Tom Rake –leads→ Brindle Rail", "Jane Doe –leads→ Kellsburg Rail Union"}},
		{name: "an agency's astronauts are its members",
			text: `The launch carried Velm Space Agency astronauts Tom Blake and Jane Doe.`,
			want: []string{"Tom Blake –member_of→ Velm Space Agency", "Jane Doe –member_of→ Velm Space Agency"}},
		{name: "a party's candidate named after its pronoun is no member by that",
			text: `The Velm Party withdrew from using Jane Doe as their candidate for prime minister.`,
			not:  []string{"Jane Doe –member_of→ Velm Party"}},
		{name: "an officer named after the company's pronoun",
			text: `Tarrant Logistics said its warehouse was destroyed. Its director, Paul Hendry, said more help was needed. Lena Brook, its chairwoman, agreed.`,
			want: []string{"Paul Hendry –leads→ Tarrant Logistics", "Lena Brook –leads→ Tarrant Logistics"}},
		{name: "speaking for a body, officials of a body listed by name",
			text: `Ana Ruiz, speaking for the Tarsk Union, said the strike would go on. Velm Ministry officials including Ivo Marsh and Lena Holt met the press.`,
			want: []string{"Ana Ruiz –member_of→ Tarsk Union", "Ivo Marsh –member_of→ Velm Ministry", "Lena Holt –member_of→ Velm Ministry"}},
		{name: "the title after \"X of Y,\" is X's, not Y's",
			text: "Shipping news\n\nTom Smith of Velm College London, a shipping researcher, said the canal was blocked.",
			want: []string{"Tom Smith –member_of→ Velm College London"}},
		{name: "the head of a body named before the first of two titles; a House Speaker leads the House",
			text: "Party news\n\nUnity Party leader and Prime Minister Derek Halston said the vote would go ahead. House Speaker Nina Ortez opposed the bill.",
			want: []string{"Derek Halston –leads→ Unity Party", "Nina Ortez –leads→ House"}},
		{name: "a party's nominee with a year, the parse making the party the predicate; his party; teaching at a university",
			text: "Party news\n\nCarl Dreyer was the Reform Union's 2016 presidential nominee. Jeremy Cole said his Labour Party would win. Manu Tui taught classes at the University of the North Pacific.",
			want: []string{"Carl Dreyer –member_of→ Reform Union", "Jeremy Cole –member_of→ Labour Party", "Manu Tui –member_of→ University of the North Pacific"}},
		{name: "a title with its body before a name in apposition; an accredited reporter; a communications director serves the campaign",
			text: "Office news\n\nA Department of Energy spokesperson, Lena Holt, said the agency was not consulted. The spokesperson for the Hartwell Foundation, Lisa Fenwick, said the charity would help. Calder Gazette accredited reporter Nina Ruiz asked about the plan. The communications director for the Velm Party, Tom Rix, declared victory.",
			want: []string{"Lena Holt –member_of→ Department of Energy", "Lena Holt –said→ quote", "Lisa Fenwick –member_of→ Hartwell Foundation", "Nina Ruiz –member_of→ Calder Gazette", "Tom Rix –member_of→ Velm Party"},
			not:  []string{"Tom Rix –leads→ Velm Party", "Department of Energy –said→ quote"}},
		{name: "speaking to an outlet tells it; an outlet that speaks to someone is told; a company that moves visits nothing",
			text: "Campaign news\n\nMarta Lind spoke to Reuters on Tuesday. Tom Rix spoke with the Harbor Times about the plan. The Daily Globe also spoke to the Velm Navy. When interviewed by the BBC, Lind said she was happy. Vexa Systems later moved to Harlow.",
			want: []string{"Marta Lind –told→ Reuters", "Tom Rix –told→ Harbor Times", "Velm Navy –told→ Daily Globe", "Marta Lind –told→ BBC"},
			not:  []string{"Daily Globe –told→ Velm Navy", "Vexa Systems –visits→ Harlow"}},
		{name: "an interviewee's own life and posts, said with I",
			text: "Physicist talks to the Courier\n\nThe Courier interviewed the physicist Owen Reyes.\n\n((DC)) Tell us about yourself.\n\n((Owen Reyes)) I am a professor at Velm College. I was born in Norway. I founded Clearwater Labs in 2010. I would visit Tarsk if I could.\n\n((DC)) Where do you live now?\n\n((Owen Reyes)) I moved to Canada in 2012.\n",
			want: []string{"Owen Reyes –member_of→ Velm College", "Owen Reyes –born_in→ Norway", "Owen Reyes –founded→ Clearwater Labs", "Owen Reyes –visits→ Canada"},
			not:  []string{"Owen Reyes –visits→ Tarsk"}},
		{name: "visits by participles and campaign rallies; no place from an outlet before a country adjective; standing with people in a picture backs nothing",
			text: "Campaign news\n\nSenator Ana Ruiz started the week visiting Dayton, Ohio. While campaigning in Michigan, she met voters. She spoke at a rally in Pennsylvania on Friday. After inquiry from the Harbor Times, U.S. presidential candidates answered questions. President Lee Brandt stands with leaders from Japan, Peru, and Chile.",
			want: []string{"Ana Ruiz –visits→ Dayton", "Ana Ruiz –visits→ Michigan", "Ana Ruiz –visits→ Pennsylvania"},
			not:  []string{"Harbor Times –located_in→ U.S.", "Lee Brandt –supported→ leaders from Japan, Peru, and Chile"}},
		{name: "a place-based apposition and a registration place an organization",
			text: "Charity news\n\nThe Hope Bridge Foundation, a Vienna-based charity, gave the award. Tarsk Holdings is registered in Oslo.",
			want: []string{"Hope Bridge Foundation –located_in→ Vienna", "Tarsk Holdings –located_in→ Oslo"}},
		{name: "a work filmed somewhere is not there; a post held until a year is not resigned",
			text: "Actor news\n\nHe was best known for filming The Wanderers in Kenya.\n\nHarold Mbeki served as a member of the Finance Committee until 1990. In 2017, Mbeki resigned, citing health issues.",
			want: []string{"Harold Mbeki –member_of→ Finance Committee"},
			not:  []string{"Wanderers –located_in→ Kenya", "Harold Mbeki –resigned→ Finance Committee"}},
		{name: "edging rivals defeats them; a description with a name apposed acts by the name; a court based somewhere; a title in a building's name",
			text: "Campaign news\n\nWhitlock won the nomination on the fourth ballot, edging attorney Ray Koval and activist Tom Brill. The exiting governor Luis Ferreira appointed Tom Reyes as treasurer. The Dorran Court, based in Lisbon, ruled on Monday. Prayers were held at the Sultan Farid Grand Mosque in Norvik.",
			want: []string{"Whitlock –defeated→ Ray Koval", "Luis Ferreira –appointed→ Tom Reyes", "Dorran Court –located_in→ Lisbon"}},
		{name: "\"it\" bound for a place is no body's visit; a campaign group named for a person",
			text: "Ship missing\n\nThe Harbour Gazette reported the MV Sea Lark sailed from Port Kell on Monday; it was last bound for Dunmore, Velmland.\n\nOn Thursday, the co-chair of Black Voices for Ketter and 2012 candidate, Hugo Brandt, died. He had attended Ketter's Tulsa rally in June.",
			want: []string{"Hugo Brandt –visits→ Tulsa"},
			not:  []string{"Harbour Gazette –visits→ Dunmore", "Ketter –visits→ Tulsa"}},
		{name: "what one does in an interview with an outlet one tells it",
			text: "Campaign news\n\nIn an interview with the Daily Ledger, Tom Ketter outlined his plans for the economy.",
			want: []string{"Tom Ketter –told→ Daily Ledger"}},
		{name: "a party word before a party title is the party's, before a secretary a department's",
			text: "Party news\n\nThe vote was close. Labour leader Tom Vale agreed with the plan. Labour Secretary Ana Ruiz resigned.",
			want: []string{"Tom Vale –member_of→ Labour Party"},
			not:  []string{"Ana Ruiz –member_of→ Labour Party"}},
		{name: "criticism leveled at someone and a shot taken at them condemn",
			text: "Campaign news\n\nSenator Rita Kell leveled criticism at Governor Tom Ketter. Mayor Ada Price took a veiled shot at Ketter.",
			want: []string{"Rita Kell –condemned→ Tom Ketter", "Ada Price –condemned→ Tom Ketter"}},
		{name: "a campaign group named for a person",
			text: "Campaign news\n\nOn Thursday, the co-chair of Black Voices for Ketter, Hugo Brandt, died.",
			want: []string{"Hugo Brandt –leads→ Black Voices for Ketter"}},
		{name: "running as a party's candidate; retiring from a court",
			text: "Court news\n\nJudge Hal Brant retired from the Velm Supreme Court in May. Tom Rix ran for Congress as a Republican in 2018.",
			want: []string{"Hal Brant –resigned→ Velm Supreme Court", "Tom Rix –member_of→ Republican Party"}},
		{name: "a group of people for a person is a body",
			text: "Campaign news\n\nOn Thursday, the co-chair of Farmers for Hale, Paul Ostrow, died from pneumonia.",
			want: []string{"Paul Ostrow –leads→ Farmers for Hale"}},
		{name: "words written in an e-mail to an outlet tell it; a device called by a name says nothing",
			text: "Flight news\n\n\"I thought it was a joke,\" wrote artist Renzi Lotti in an e-mail to the Daily Globe. This Sunday, inventor Franky Vidal crossed the channel on a flying device attached to his feet, called Skyboard Air.",
			want: []string{"Renzi Lotti –told→ Daily Globe"}, not: []string{"Skyboard Air –said→ quote"}},
		{name: "a co-chair leads; the head of a body named after it with a title of the person's own",
			text: "Party news\n\nLena Holt is co-chair of the Velm Green Alliance. The leader of the Tarsk Unity Party, Congresswoman Ana Ruiz, spoke on Monday.",
			want: []string{"Lena Holt –leads→ Velm Green Alliance", "Ana Ruiz –leads→ Tarsk Unity Party"}},
		{name: "a minister's field is no body to belong to or resign from",
			text: "Minister news\n\nTom Vale, the Ugandan minister for East African Affairs, said the border would reopen. Ana Ruiz, the minister for Trade and Industry, resigned.",
			not:  []string{"Tom Vale –member_of→ East African Affairs", "Ana Ruiz –member_of→ Trade and Industry", "Ana Ruiz –resigned→ Trade and Industry"}},
		{name: "a deputy director is a member, not the head",
			text: "Court news\n\nPaul Orme, then the deputy executive director of the Velm Transit Authority, was convicted.",
			want: []string{"Paul Orme –member_of→ Velm Transit Authority"}, not: []string{"Paul Orme –leads→ Velm Transit Authority"}},
		{name: "organization and role before the name",
			text: `Riverside Hospital spokesman Karl Weiss said the ward would reopen.`,
			want: []string{"Karl Weiss –member_of→ Riverside Hospital"}},
		{name: "a government's officer is one of it, its head leads it",
			text: `Tom Vale, the Velm Government commissioner responsible for defence, said the deal was signed. Prime Minister Ana Ruiz leads the Velm Government.`,
			want: []string{"Tom Vale –member_of→ Velm Government", "Ana Ruiz –leads→ Velm Government"}, not: []string{"Tom Vale –leads→ Velm Government"}},
		{name: "a title with the generic word for the one body the article named",
			text: `The House Judiciary Committee held a hearing on Monday. Republican committee member Tom Vale of Georgia said the hearing was a sham. Democratic committee chairman Ana Ruiz of New York disagreed. The outage was ordered by Tarsk Gas and Electric Company. Company meteorologist Ivo Marsh said winds were strong.`,
			want: []string{"Tom Vale –member_of→ House Judiciary Committee", "Ana Ruiz –leads→ House Judiciary Committee", "Ivo Marsh –member_of→ Tarsk Gas and Electric Company"}},
		{name: "a plural title is not the list's earlier names",
			text: `Protesters toppled statues of Ivo Marsh, US mayors Ana Ruiz and Tom Hale, and abolitionist Lena Holt.`,
			want: []string{"Ana Ruiz –nationality→ US"},
			not:  []string{"Ivo Marsh –nationality→ US", "Lena Holt –nationality→ US"}},
		{name: "an independent is of no party",
			text: `Independent candidate Ana Ruiz and Green Party nominee Tom Hale spoke. The Independent Voters Forum hosted them.`,
			want: []string{"Tom Hale –member_of→ Green Party"}, not: []string{"Ana Ruiz –member_of→ Independent Voters Forum", "Ana Ruiz –member_of→ Green Party"}},
		{name: "a title before the next name of a list",
			text: `Speakers included actor Ivo Marsh, Vexa Systems co-founder Lena Holt, and others.`,
			want: []string{"Lena Holt –founded→ Vexa Systems"}, not: []string{"Ivo Marsh –founded→ Vexa Systems", "Ivo Marsh –member_of→ Vexa Systems"}},
		{name: "the place of an office named after the role",
			text: `Ana Ruiz, the chief executive of Hong Kong, said the bill was dead.`,
			not:  []string{"Ana Ruiz –nationality→ Hong Kong"}},
		{name: "a coordinated role's organization is not led",
			text: `Tom Hale is a union leader and co-founder of the Green Party.`,
			want: []string{"Tom Hale –founded→ Green Party"}, not: []string{"Tom Hale –leads→ Green Party"}},
		{name: "a title before the next name of a list is not an apposition",
			text: `Libertarian Party presidential nominee Jo Vale, Alliance Party presidential nominee Rico De La Fuente, and rapper Tom Hale were each invited.`,
			want: []string{"Jo Vale –member_of→ Libertarian Party", "Rico De La Fuente –member_of→ Alliance Party"}, not: []string{"Jo Vale –member_of→ Alliance Party"}},
		{name: "a role's phrase, then the person between commas",
			text: `The executive director of the Velm Wellness Society, Tom Vale, told Corra This Week that payments were a factor.`,
			want: []string{"Tom Vale –leads→ Velm Wellness Society", "Tom Vale –told→ Corra This Week"}, not: []string{"Velm Wellness Society –told→ Corra This Week"}},
		{name: "of an organization between commas",
			text: `Tom Hale, of the Velm City Council, described the attack.`,
			want: []string{"Tom Hale –member_of→ Velm City Council"}},
		{name: "a chair in a named subject is no next name",
			text: `Professor Tom Vale, Chair In Global Islamic Politics in the Faculty of Arts at the Velm University, said the attack was planned.`,
			want: []string{"Tom Vale –member_of→ Velm University"}},
		{name: "one who is a party's man",
			text: `Ana Ruiz is a Democrat. The commutations included Rod Vale, the former governor of Illinois; Tom Hale is a Republican. The Republican spoke first.`,
			want: []string{"Ana Ruiz –member_of→ Democratic Party", "Tom Hale –member_of→ Republican Party"}},
		{name: "a person of an organization speaks for it",
			text: `Lena Holt of Marriage Equality Coalition Velm said, "It is still not full marriage rights."`,
			want: []string{"Lena Holt –said→ quote"}, not: []string{"Marriage Equality Coalition Velm –said→ quote"}},
		{name: "a plural title over a list the parse breaks",
			text: `The letter was signed by Representatives Ana Ruiz, Tom Vale, and Lena Holt of the United States House of Representatives.`,
			want: []string{"Tom Vale –member_of→ United States House of Representatives", "Ana Ruiz –member_of→ United States House of Representatives"}},
		{name: "a title whose last word begins the body's name",
			text: `In response, Ana Ruiz, the Speaker of the House of Delegates, ordered the flags lowered.`,
			want: []string{"Ana Ruiz –leads→ House of Delegates"}},
		{name: "who steps into a role holds it",
			text: `The Tarsk Finance Committee met on Monday. Lena Holt has stepped into Tom Vale's role as the committee's acting chair.`,
			want: []string{"Lena Holt –leads→ Tarsk Finance Committee"}, not: []string{"Tom Vale –leads→ Tarsk Finance Committee"}},
		{name: "a department word before a title is no organization",
			text: `Commerce Secretary Ana Ruiz visited Ohio.`,
			not:  []string{"Ana Ruiz –member_of→ Commerce"}},
		{name: "a judge's court level",
			text: `Omar Diaz, a United States District judge, ruled on Monday. The Supreme Court later refused the case.`,
			not:  []string{"Omar Diaz –member_of→ Supreme Court"}},
		{name: "a candidate for a seat is no member",
			text: `Tom Hale was a candidate for the Michigan House of Representatives in every election from 2006 to 2014.`,
			not:  []string{"Tom Hale –member_of→ Michigan House of Representatives"}},
		{name: "a party word before a country",
			text: `In 2008, Ana Ruiz defeated incumbent Republican US Senator Lena Holt.`,
			want: []string{"Lena Holt –nationality→ US"}, not: []string{"Lena Holt –member_of→ Republican US"}},
		{name: "the Speaker of the House of Representatives leads it and sits in it",
			text: `Ana Ruiz, the Speaker of the House of Representatives, ordered the flags lowered.`,
			want: []string{"Ana Ruiz –leads→ House of Representatives", "Ana Ruiz –member_of→ House of Representatives"}},
		{name: "the Speaker of a house leads it",
			text: `Ana Ruiz, the Speaker of the Tarsk Assembly, announced the vote.`,
			want: []string{"Ana Ruiz –leads→ Tarsk Assembly", "Ana Ruiz –member_of→ Tarsk Assembly"}},
		{name: "resigning a party's leadership",
			text: `Tom Hale announced he would resign leadership of the Tarsk Progressive Party.`,
			want: []string{"Tom Hale –leads→ Tarsk Progressive Party"}},
		{name: "a candidacy gives no nationality",
			text: `The debate had U.S. presidential candidates Ana Ruiz and Tom Hale.`,
			not:  []string{"Ana Ruiz –nationality→ U.S.", "Ana Ruiz –nationality→ United States"}},
		{name: "the Dean of a house is a member",
			text: `Tom Hale, the former Dean of the House, died. The House of Representatives mourned.`,
			want: []string{"Tom Hale –member_of→ House of Representatives"}, not: []string{"Tom Hale –leads→ House of Representatives"}},
		{name: "apposition with of",
			text: `Amy Cole, director of the Harbor Trust, said the funds were safe.`,
			want: []string{"Amy Cole –leads→ Harbor Trust"}},
		{name: "person of an outlet",
			text: `Lucy Fern of the Daily Courier asked the minister about the budget.`,
			want: []string{"Lucy Fern –member_of→ Daily Courier"}},
		{name: "party label",
			text: `Democrat Jane Miles voted against the bill.`,
			want: []string{"Jane Miles –member_of→ Democratic Party"}},
		{name: "chief executive",
			text: `Northgate Airlines chief executive Paul Grant announced the new routes.`,
			want: []string{"Paul Grant –leads→ Northgate Airlines"}},
		{name: "deputy is a member",
			text: `Westfield University deputy director Ina Holm spoke at the ceremony.`,
			want: []string{"Ina Holm –member_of→ Westfield University"}, not: []string{"Ina Holm –leads→ Westfield University"}},
		{name: "became the chair",
			text: `In 2015 Rosa Lind became the chair of the Coastal Energy Board.`,
			want: []string{"Rosa Lind –leads→ Coastal Energy Board"}},
		{name: "an apposition with formerly and a possessor",
			text: `The court freed Ivo Marsh, formerly the Tarsk Transit Agency's chief of staff, on Monday.`,
			want: []string{"Ivo Marsh –member_of→ Tarsk Transit Agency"}, not: []string{"Ivo Marsh –leads→ Tarsk Transit Agency"}},
		{name: "an organization's person",
			text: `The Daily Courier's Lena Holt attended the hearing.`,
			want: []string{"Lena Holt –member_of→ Daily Courier"}},
		{name: "a unit of a university",
			text: `Karl Weiss of the Lindqvist School of Marine Science at the University of Tarsk led the study.`,
			want: []string{"Karl Weiss –member_of→ Lindqvist School of Marine Science", "Lindqvist School of Marine Science –member_of→ University of Tarsk"}},
		{name: "a congressman sits in no White House",
			text: `The pundits were former U.S. Congressman Tom Vale and others. The White House declined to comment.`,
			not:  []string{"Tom Vale –member_of→ White House"}},
		{name: "a plural role after a name is not its",
			text: `In findings published in Tarsk Biology Letters, scientists from Vexa University reported the result.`,
			not:  []string{"Tarsk Biology Letters –member_of→ Vexa University"}},
		{name: "a minister's field is no organization",
			text: `Civil Aviation Minister Ivo Marsh said the airport would reopen.`,
			not:  []string{"Ivo Marsh –member_of→ Civil Aviation"}},
		{name: "a foundation named after its founder",
			text: `Lena Holt retired in 1990. She then spent her time founding the Lena Holt Animal Foundation.`,
			want: []string{"Lena Holt –founded→ Lena Holt Animal Foundation"}},
		{name: "being in a band",
			text: `Ivo Marsh and Tom Vale were later in another supergroup Glass Owls.`,
			want: []string{"Ivo Marsh –member_of→ Glass Owls", "Tom Vale –member_of→ Glass Owls"}},
		{name: "being in a hospital is no membership",
			text: `Ivo Marsh was in Mercy Hospital for a week.`,
			not:  []string{"Ivo Marsh –member_of→ Mercy Hospital"}},
		{name: "a railway manager leads no town",
			text: `Tarsk Divisional Railway Manager Ana Ruiz said the line would reopen.`,
			not:  []string{"Ana Ruiz –leads→ Tarsk"}},
		{name: "a title of the next name in a list",
			text: `Tarsk Party nominee Ana Ruiz, Green Alliance nominee Rocky De Vale, and singer Ivo Marsh were invited.`,
			want: []string{"Ana Ruiz –member_of→ Tarsk Party"},
			not:  []string{"Ana Ruiz –member_of→ Green Alliance", "Ana Ruiz –member_of→ Rocky De Vale"}},
		{name: "a director is one of several",
			text: `One of the dead was Ivo Marsh, a director of the Tarsk Anti-Corruption Commission.`,
			want: []string{"Ivo Marsh –member_of→ Tarsk Anti-Corruption Commission"}, not: []string{"Ivo Marsh –leads→ Tarsk Anti-Corruption Commission"}},
		{name: "a former head led",
			text: `Tom Vale, a former commissioner of the Holmby Police Department, was pardoned.`,
			want: []string{"Tom Vale –leads→ Holmby Police Department"}},
		{name: "whose role",
			text: `The plan was criticised by the Tarsk Shipping Association, whose president, Omar Keel, called it reckless.`,
			want: []string{"Omar Keel –leads→ Tarsk Shipping Association"}},
		{name: "a party member apposed",
			text: `Since then, a Republican, Tom Vale, has voiced support for the inquiry, telling the Tarsk Herald: "I am a big fan of oversight."`,
			want: []string{"Tom Vale –member_of→ Republican Party", "Tom Vale –said→ quote", "Tom Vale –told→ Tarsk Herald"},
			not:  []string{"Republican –said→ quote", "Republican –told→ Tarsk Herald"}},
		{name: "the founder of a foundation founded it, no more",
			text: `Tom Vale, the founder of the Tarsk Software Foundation, has been highly critical of the law.`,
			want: []string{"Tom Vale –founded→ Tarsk Software Foundation"}, not: []string{"Tom Vale –member_of→ Tarsk Software Foundation"}},
		{name: "they is not one person",
			text: `Ana Ruiz met officers Tom Vale and Ivo Marsh at a pub. They worked for the Tarsk Brigade, an elite unit.`,
			not:  []string{"Ana Ruiz –member_of→ Tarsk Brigade"}},
		{name: "a branch of an organization",
			text: `Holmby district comes under the Tarsk West Railway (TWR) branch of the Tarsk Railway Company.`,
			want: []string{"Tarsk West Railway –member_of→ Tarsk Railway Company"}},
		{name: "an organization's organization",
			text: `According to the Tarsk Union's Food Safety Agency, the cull was unnecessary.`,
			want: []string{"Food Safety Agency –member_of→ Tarsk Union"}},
		{name: "a captain in a service is a rank",
			text: `Harbour Coast Guard Captain Ina Holm told reporters the search had ended.`,
			want: []string{"Ina Holm –member_of→ Harbour Coast Guard"}, not: []string{"Ina Holm –leads→ Harbour Coast Guard"}},
		{name: "a team's captain leads it",
			text: `Glenmore Rovers captain Karl Weiss scored twice on Sunday.`,
			want: []string{"Karl Weiss –leads→ Glenmore Rovers"}},
		{name: "the founder of a company named with its head word",
			text: `Tom Vale, the founder of Vale Construction, was fined in 2010.`,
			want: []string{"Tom Vale –founded→ Vale Construction"}},
	})
}

func TestRoleWords(t *testing.T) {
	cases := []struct {
		name, text string
		roles      map[string][]string // entity → roles it must have
	}{
		{"plural title before a list", `The festival hosted actors Lena Holt, Omar Diaz and Ivo Marsh.`,
			map[string][]string{"Lena Holt": {"actor"}, "Omar Diaz": {"actor"}, "Ivo Marsh": {"actor"}}},
		{"capitalised title run", `Tarsk Divisional Railway Manager Ana Ruiz opened the new line.`,
			map[string][]string{"Ana Ruiz": {"Divisional Railway Manager"}}},
		{"title words after a country", `United States Federal District Judge Omar Diaz sentenced the man.`,
			map[string][]string{"Omar Diaz": {"Federal District Judge"}}},
		{"coordinated titles", `Former Hale adviser and retired colonel Ivo Marsh spoke at the rally.`,
			map[string][]string{"Ivo Marsh": {"adviser", "retired colonel"}}},
		{"a list of titles before the name", `On Sunday, radio personality, television host, and author Gil Marston died. Retired Velm Police agent and security specialist Omar Haddad told reporters the threat was real.`,
			map[string][]string{"Gil Marston": {"radio personality", "television host", "author"}, "Omar Haddad": {"agent", "security specialist"}}},
		{"slashed title", `In 1970, singer/guitarist Ivo Marsh formed a band.`,
			map[string][]string{"Ivo Marsh": {"singer/guitarist"}}},
		{"plural copula", `Her parents, Ana Ruiz and Omar Diaz, were farmers.`,
			map[string][]string{"Ana Ruiz": {"farmer"}, "Omar Diaz": {"farmer"}}},
		{"a place then a given name", `Yesterday, United States Senator from Vermont Bernie Sanders won the caucus.`,
			map[string][]string{"Bernie Sanders": {}}},
		{"a title from a place", `United States Senator from Vermont Tom Vale ended his bid. Immunologist Kristian Holt and Assemblywoman Ana Ruiz disagreed.`,
			map[string][]string{"Tom Vale": {"Senator"}, "Kristian Holt": {"Immunologist"}, "Ana Ruiz": {"Assemblywoman"}}},
		{"an event named by its place", `The candidates answered questions on the War in Afghanistan and on schools.`,
			map[string][]string{"War in Afghanistan": {}}},
		{"an organization, then its officer", `The decision was announced by the President of the Tarsk Chess Federation Maria Lopez.`,
			map[string][]string{"Tarsk Chess Federation": {}, "Maria Lopez": {}}},
		{"a state's institution", `According to the North Carolina State Board of Elections, voting twice is a felony.`,
			map[string][]string{"North Carolina State Board of Elections": {}}},
		{"as a role", `Lena Holt worked the night shift as loco pilot.`,
			map[string][]string{"Lena Holt": {"loco pilot"}}},
		{"a place's officer named after the title", "City news\n\nThe mayor of Brindlemoor, Teresa Oakhart, urged residents to stay home.",
			map[string][]string{"Teresa Oakhart": {"mayor"}}},
		{"a title then held, with modifiers between its role words", "Court news\n\nPaul Orme, then the deputy executive director of the Velm Transit Authority, was convicted.",
			map[string][]string{"Paul Orme": {"then deputy executive director"}}},
		{"the title of the one named to it", "Police news\n\nMayor Tim Ng named Ivo Marsh as police chief.",
			map[string][]string{"Ivo Marsh": {"police chief"}}},
		{"a chief officer", `Tom Hale, the Chief Technology Officer of Vexa Systems, left.`,
			map[string][]string{"Tom Hale": {"Chief Technology Officer"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, ents := run(t, c.text)
			for name, want := range c.roles {
				e, ok := ents[name]
				if !ok {
					t.Fatalf("no entity %q in %v", name, keys(ents))
				}
				for _, r := range want {
					if !slices.Contains(e.Roles, r) {
						t.Errorf("%q: roles %q lack %q", name, e.Roles, r)
					}
				}
			}
		})
	}
	t.Run("a role and a title before a name are two roles; one's lawyers are not one", func(t *testing.T) {
		_, ents := run(t, `"The strains were different," said lead author Professor Jane Roe of Velm University. Acting via his lawyers, Peter Loe, 23, pleaded not guilty on Tuesday.`)
		if e := ents["Jane Roe"]; !slices.Contains(e.Roles, "lead author") || !slices.Contains(e.Roles, "Professor") {
			t.Errorf("Jane Roe: got %q, want \"lead author\" and \"Professor\"", e.Roles)
		}
		if e := ents["Peter Loe"]; slices.Contains(e.Roles, "lawyer") || slices.Contains(e.Roles, "lawyers") {
			t.Errorf("Peter Loe: got %q, his lawyers' role", e.Roles)
		}
	})
	t.Run("a form of address is no role, but tells whom \"she\" is", func(t *testing.T) {
		_, ents := run(t, `Then Mr. Tollen left. Mrs. Vale stayed, and Tom Hale said she would speak.`)
		if e := ents["Tollen"]; len(e.Roles) > 0 {
			t.Errorf("Tollen: got roles %q, want none", e.Roles)
		}
		if e := ents["Vale"]; slices.Contains(e.Roles, "Mrs.") {
			t.Errorf("Vale: got roles %q, want no \"Mrs.\"", e.Roles)
		}
	})
	t.Run("a plural noun before one name is no title of it", func(t *testing.T) {
		_, ents := run(t, `Upon announcing to journalists Jane Doe remained alive, the mayor left.`)
		if e := ents["Jane Doe"]; slices.Contains(e.Roles, "journalist") || slices.Contains(e.Roles, "journalists") {
			t.Errorf("Jane Doe: got %q, the hearers' plural as her title", e.Roles)
		}
	})
	t.Run("a plural before a listed name is no title", func(t *testing.T) {
		_, ents := run(t, `Tom Vale won 20 delegates, and Senator Ana Ruiz won 12.`)
		if e, ok := ents["Ana Ruiz"]; !ok || !slices.Contains(e.Roles, "Senator") || slices.Contains(e.Roles, "delegates") || slices.Contains(e.Roles, "delegate") {
			t.Errorf("Ana Ruiz: got %v, want her title and no plural of the list before", e.Roles)
		}
	})
	checkFacts(t, []factCase{
		{name: "a founder is a member", text: `Ivo Marsh was the drummer and co-founder of the band Glass Owls.`,
			want: []string{"Ivo Marsh –member_of→ Glass Owls", "Ivo Marsh –founded→ Glass Owls"}},
		{name: "those who formed a band are its members", text: `In 1966, Tom Vale, Ivo Marsh and singer Ana Ruiz formed Copper Owls.`,
			want: []string{"Tom Vale –member_of→ Copper Owls", "Ana Ruiz –member_of→ Copper Owls", "Ivo Marsh –founded→ Copper Owls"}},
	})
}

func TestVocabulary(t *testing.T) {
	checkFacts(t, []factCase{
		{name: "sports results: knocked off, a win over, the score no part of the name",
			text: "Rugby league\n\nIn other results, Tarrant United knocked off Westmoor City 32–22. Harbour Wanderers stayed top with a win over Brindle Rovers.",
			want: []string{"Tarrant United –defeated→ Westmoor City", "Harbour Wanderers –defeated→ Brindle Rovers"},
			not:  []string{"Tarrant United –defeated→ Westmoor City 32"}},
		{name: "arrested", text: `Oslo police arrested Erik Lund on Monday.`, want: []string{"Oslo police –arrested→ Erik Lund"}},
		{name: "sentenced", text: `The Oslo District Court sentenced Erik Lund to five years in prison.`, want: []string{"Oslo District Court –sentenced→ Erik Lund"}},
		{name: "won the caucuses says not which", text: `Senator Ana Ruiz of Vermont won the caucuses on Saturday. Tom Vale won the gold medal. Lena Holt received the award.`,
			want: []string{"Tom Vale –won→ gold medal", "Lena Holt –won→ award"}, not: []string{"Ana Ruiz –won→ caucuses"}},
		{name: "sentenced a place's man", text: `On Friday, Judge Omar Diaz sentenced Tarsk man Erik Lund to life in prison.`, want: []string{"Omar Diaz –sentenced→ Erik Lund"}, not: []string{"Omar Diaz –sentenced→ Tarsk"}},
		{name: "sentenced by an agent the parse hangs low", text: `Erik Lund was sentenced to three years in prison on Thursday by the Oslo District Court.`, want: []string{"Oslo District Court –sentenced→ Erik Lund"}},
		{name: "resigned from the place within", text: `Ana Ruiz announced her resignation on Wednesday. On Friday, Ana Ruiz resigned as the governor of the United States commonwealth of Puerto Rico.`,
			want: []string{"Ana Ruiz –resigned→ Puerto Rico"}, not: []string{"Ana Ruiz –resigned→ United States"}},
		{name: "sued", text: `Northgate Airlines sued Vexa Systems over the contract.`, want: []string{"Northgate Airlines –sued→ Vexa Systems"}},
		{name: "thanks in a quotation",
			text: "Campaign news\n\n\"Thank you [Sam Hollis] for making families the center of your campaign,\" wrote Ann Pell on Twitter.",
			want: []string{"Ann Pell –thanked→ Sam Hollis"}},
		{name: "support withdrawn is no support",
			text: "Campaign news\n\nTom Vale backed away from his previous support for Jack Brant. Ana Ruiz withdrew her support for Tom Reeve. Lena Holt backed Jack Brant.",
			want: []string{"Lena Holt –supported→ Jack Brant"},
			not:  []string{"Tom Vale –supported→ Jack Brant", "Ana Ruiz –supported→ Tom Reeve"}},
		{name: "a day of mourning or a state of emergency declared is ordered; one that may be declared is not",
			text: "Town news\n\nMayor of Koszalin Tom Reeve has declared tomorrow a day of mourning. Governor Ana Ruiz declared a state of emergency in anticipation of the storm. President Jack Brant said he may declare a national emergency.",
			want: []string{"Tom Reeve –ordered→ day of mourning", "Ana Ruiz –ordered→ state of emergency"},
			not:  []string{"Jack Brant –ordered→ national emergency", "Ana Ruiz –ordered→ state of emergency in anticipation of the storm"}},
		{name: "a party's group and the members it names with \"with\"",
			text: "Impeachment news\n\nRepublican Representatives attacked the inquiry, with Jack Brant of Velmshire calling the investigation unfair and Ana Ruiz of Tarsk calling the process a coup.",
			want: []string{"Jack Brant –member_of→ Republican Party", "Ana Ruiz –member_of→ Republican Party"},
			not:  []string{"Tarsk –member_of→ Republican Party", "Velmshire –member_of→ Republican Party"}},
		{name: "an order whose clause names what is ordered",
			text: "Capitol news\n\nHouse Speaker Jane Doe ordered the Capitol's flags be lowered to half staff.",
			want: []string{"Jane Doe –ordered→ Capitol's flags"}},
		{name: "a list of someone's accolades",
			text: "Film news\n\nJane Doe starred in the film. Her accolades include the Brindle Prize and the Kestrel Award.",
			want: []string{"Jane Doe –won→ Brindle Prize", "Jane Doe –won→ Kestrel Award"}},
		{name: "a lawsuit filed by one against another; an embassy as a source",
			text: "Court news\n\nA lawsuit filed by Brindle Motors against Kestrel Bank was dismissed. According to the US embassy in Velm, the road was closed.",
			want: []string{"Brindle Motors –sued→ Kestrel Bank", "US embassy –said→ quote"}},
		{name: "voted to pass; an order received; named an honour, not a post",
			text: "Council news\n\nThe Westmark Assembly voted to pass the Clean Harbors Act on Tuesday. Dr Ana Pell received the Order of Valor for her work. Jane Doe was named Best Actress at the Alder Film Festival by the Velm jury. Tom Reeve was named chief executive of Brindle Motors.",
			want: []string{"Westmark Assembly –accepted→ Clean Harbors Act", "Ana Pell –won→ Order of Valor", "Jane Doe –won→ Best Actress", "Tom Reeve –leads→ Brindle Motors"},
			not:  []string{"Velm jury –appointed→ Jane Doe"}},
		{name: "studies at, is part of, started an organization",
			text: "Chess news\n\nJane Doe currently studies at Alder University. Mira Holt is part of the Brindle League. Tom Reeve started Hopeful Readers, a non-profit organisation, in 2018. " +
				"Ana Ruiz studied law at Kelby College. The club started the season with a win. Crimea is part of Ukraine.",
			want: []string{"Jane Doe –member_of→ Alder University", "Mira Holt –member_of→ Brindle League", "Tom Reeve –founded→ Hopeful Readers"},
			not:  []string{"Ana Ruiz –member_of→ Kelby College", "Crimea –member_of→ Ukraine"}},
		{name: "where a place is, said in so many words",
			text: "Place news\n\nProtesters gathered at the headquarters of Brindle Motors in Port Alder. Kelby is the county seat for Alder County. Westmark is home to the cities of Velm and Tarsk. " +
				"Eastmark is in Norland. The group moved to Southmark, the south-most region in Velmland. He lived in Gonesse, a suburb of Paris.",
			want: []string{"Brindle Motors –located_in→ Port Alder", "Kelby –located_in→ Alder County", "Velm –located_in→ Westmark", "Tarsk –located_in→ Westmark",
				"Eastmark –located_in→ Norland", "Southmark –located_in→ Velmland"},
			not: []string{"Gonesse –located_in→ Paris"}},
		{name: "a body placed by a place after a comma, the place misparsed as the subject",
			text: "Health news\n\nYesterday, the Parliament of Westmark (WM), Norland voted to pass the \"Clean Harbors Bill 2019\" which banned dumping.",
			want: []string{"Parliament of Westmark –accepted→ Clean Harbors Bill 2019"}, not: []string{"Norland –accepted→ Clean Harbors Bill 2019"}},
		{name: "a country after a comma that places a region is no subject",
			text: "Health news\n\nYesterday, the Parliament of New South Wales (NSW), Australia voted to pass the \"Clean Harbors Bill 2019\" which banned dumping.",
			not:  []string{"Australia –accepted→ Clean Harbors Bill 2019", "New South Wales –accepted→ Clean Harbors Bill 2019"}},
		{name: "\"the bill\" is the bill the story named; a name in quotation marks is no statement",
			text: "Health news\n\nYesterday, the Parliament of Westmark voted to pass the \"Clean Harbors Bill 2021\" which banned dumping. MP Ann Pell, who co-sponsored the bill, said, \"This is good\".",
			want: []string{"Ann Pell –proposed→ Clean Harbors Bill 2021", "Parliament of Westmark –accepted→ Clean Harbors Bill 2021"},
			not:  []string{"Ann Pell –proposed→ bill", "Parliament of Westmark –said→ quote"}},
		{name: "a sentence opened by a time and a comma, its subject a name with an apposition or two names",
			text: "Governor news\n\nYesterday, Jane Doe, the governor of Westland, signed the Harbor Accord. On Monday, Brindle Motors and Kestrel Bank signed the Alder Accord. On Friday, Tom Reeve met Ana Ruiz.",
			want: []string{"Jane Doe –signed→ Harbor Accord", "Brindle Motors –signed→ Alder Accord", "Kestrel Bank –signed→ Alder Accord", "Tom Reeve –met→ Ana Ruiz"}},
		{name: "a new paragraph going on with the subject of a statement",
			text: "Harbor news\n\nGovernor John Doe rejected Finance Minister Tom Reeve's offer to resign on Monday. Reeve filed his resignation after the tape was leaked.\n\nDoe said in a meeting with Reeve, \"I will give you another chance\".\n\nHe also instructed the Harbor Police to investigate who leaked the tape.",
			want: []string{"John Doe –ordered→ Harbor Police"}, not: []string{"Tom Reeve –ordered→ Harbor Police"}},
		{name: "investigated", text: `The European Commission is investigating Vexa Systems.`, want: []string{"European Commission –investigated→ Vexa Systems"}},
		{name: "founded", text: `Marta Kovac founded Vexa Systems in 2009.`, want: []string{"Marta Kovac –founded→ Vexa Systems"}},
		{name: "elected to", text: `Omar Diaz, first elected to the Tarsk Assembly in 1996, was born in Oslo.`, want: []string{"Omar Diaz –member_of→ Tarsk Assembly"}},
		{name: "arrested in a participle", text: `Lena Holt, arrested by Oslo police on Monday, was freed.`, want: []string{"Oslo police –arrested→ Lena Holt"}},
		{name: "born under another name", text: `Ivo Marsh was born Peter Ivo Marsh in Lewisham, London, in 1939.`, want: []string{"Ivo Marsh –born_in→ Lewisham"}},
		{name: "defeated with a score", text: `In other results, Maroochydore defeated Caboolture 43–5.`, want: []string{"Maroochydore –defeated→ Caboolture"}},
		{name: "born in", text: `Lina Park was born in Porto in 1971.`, want: []string{"Lina Park –born_in→ Porto"}},
		{name: "a time clause with \"as\" is no reason for an attack in words; welcoming visitors and offering panels back or propose nothing",
			text: "Velm news\n\nVelm police shot a protester as Velm demonstrations continued. The Velm Tribe welcomed forty visitors on Monday. The Port Alder Comic Fair offered panels and workshops. The Velm Council welcomed the decision.",
			want: []string{"Velm Council –supported→ decision"},
			not:  []string{"Velm police –condemned→ protester", "Velm Tribe –supported→ forty visitors", "Port Alder Comic Fair –proposed→ panels"}},
		{name: "an interview with a magazine named after its kind; remarks to a paper in reported speech",
			text: "Interview news\n\nIn a 2010 interview with magazine The Lantern, Jane Doe said, \"I have been through everything.\" Tom Fenwick, in remarks to the Alder Times, contended he would have left the city.",
			want: []string{"Jane Doe –told→ The Lantern", "Tom Fenwick –told→ Alder Times"}},
		{name: "a state of a country by its apposition, not the gulf it lies on",
			text: "Storm news\n\nThe governor of Louisiana, a U.S. state on the Gulf of Mexico, declared a state of emergency for the state on Thursday.",
			want: []string{"Louisiana –located_in→ U.S."},
			not:  []string{"Gulf of Mexico –located_in→ U.S."}},
		{name: "the championship an apposition names is won; champions of a named event won it",
			text: "Sport news\n\nJane Doe won her first championship, the Orchid Junior Championship, in 2017. Tom Vale is a three-time Velm Open champion. Ana Ruiz, the reigning Harbor Cup champion, lost on Sunday.",
			want: []string{"Jane Doe –won→ Orchid Junior Championship", "Tom Vale –won→ Velm Open", "Ana Ruiz –won→ Harbor Cup"}},
		{name: "died of a cause in a place, after another verb; a majority or seats won in an election win the election; support expressed by a deed is no statement",
			text: "Vote news\n\nTom Harrow was 101 and died of pneumonia in Dunmore. The Green Alliance won a majority in the 2021 Norland general election. On Thursday, the Green Alliance won 200 seats. The Norland government expressed its support via the signing of the Velm accord.",
			want: []string{"Tom Harrow –died_in→ Dunmore", "Green Alliance –won→ 2021 Norland general election"},
			not:  []string{"Green Alliance –won→ 200 seats", "Norland government –said→ quote", "Green Party –won→ 2021 Norland general election"}},
		{name: "countries meet, also through their delegations",
			text: "Summit news\n\nCyprus and Greece met in Athens on Thursday. Last Thursday, the delegations of Portugal, Spain and Italy met in Rome for their seventh summit.",
			want: []string{"Cyprus –met→ Greece", "Portugal –met→ Spain", "Portugal –met→ Italy", "Spain –met→ Italy"}},
		{name: "a company named with a legal form and a period acts",
			text: "Deal news\n\nLark Kft. acquired Rook Parts on Monday.",
			want: []string{"Lark Kft. –acquired→ Rook Parts"}},
		{name: "born in, after a participle clause the parse takes for the main verb",
			text: "Obituary news\n\nJohn Carrow, first elected to parliament in 1964, was born in Port Alder, Westland, in 1929.",
			want: []string{"John Carrow –born_in→ Port Alder", "John Carrow –born_in→ Westland"}},
		{name: "a job taken at a body, a stay at a hotel, a regular visitor",
			text: "Visit news\n\nRay Moss took a job at Kelvo Group in 2001. Ray Moss stayed at Brindle Hall in Port Alder while filming. Ann Marsh was a regular visitor to Velm.",
			want: []string{"Ray Moss –member_of→ Kelvo Group", "Ray Moss –visits→ Brindle Hall", "Ann Marsh –visits→ Velm"}},
		{name: "the town a body is named after lies where the body does",
			text: "Court news\n\nA shooting in Port Alder killed five on Friday. Tom Rake appeared in Port Alder District Court, Nordland yesterday.",
			want: []string{"Port Alder District Court –located_in→ Nordland", "Port Alder –located_in→ Nordland"}},
		{name: "every town of a list \"in\" a region, but not every place one flew to",
			text: "Flood news\n\nThe flood destroyed 200 homes in the towns of Alderby, Brantwick, Corvale, and Dunmere in Norland. Tom Vale flew to Paris, Rome and Osaka in Japan.",
			want: []string{"Alderby –located_in→ Norland", "Brantwick –located_in→ Norland", "Corvale –located_in→ Norland", "Dunmere –located_in→ Norland"},
			not:  []string{"Paris –located_in→ Japan", "Rome –located_in→ Japan"}},
		{name: "a head's title before \"X of Y\"; a company named after its place and kind",
			text: "Science news\n\nDirector Anthony Vale of the National Institute of Velm Diseases announced the results on Monday. President Tom Hale of the Harbor Party said sales rose. The drug is produced by the Florida company Kestrel Labs.",
			want: []string{"Anthony Vale –leads→ National Institute of Velm Diseases", "Tom Hale –member_of→ Harbor Party", "Kestrel Labs –located_in→ Florida"},
			not:  []string{"Anthony Vale –member_of→ National Institute of Velm Diseases", "Tom Hale –leads→ Harbor Party"}},
		{name: "a takeover of a country buys nothing; ousting an adviser defeats no one; one resigns a chamber, not each committee",
			text: "Politics news\n\nYesterday was the anniversary of the Harbor Party's takeover of Portugal. President Tom Vale ousts national security advisor Omar Brant. Representative Ana Ruiz of the Velm House of Representatives sat on the Velm House Judiciary Committee. In 2017 Ruiz resigned.",
			not:  []string{"Harbor Party –acquired→ Portugal", "Tom Vale –defeated→ Omar Brant", "Ana Ruiz –resigned→ Velm House Judiciary Committee"}},
		{name: "a town apposed as a port town on a country's coast",
			text: "Place news\n\nTarsk, a port town on the coast of Nordland, flooded on Monday.",
			want: []string{"Tarsk –located_in→ Nordland"}},
		{name: "a body's acronym in brackets before \"in\" a place",
			text: "Health news\n\nThe president was flown to the Velm Military Medical Center (VMMC) in Dunmore on Friday.",
			want: []string{"Velm Military Medical Center –located_in→ Dunmore"}},
		{name: "bodies named after a nationality and a noun for their kind are in its country",
			text: "Trade news\n\nIranian news agency Tasnim reported the attack. The Greek gas producer Kelvo signed a deal with the Greek supplier Vantra. Australian store chains Brindle Stores and Velm Mart limited sales.",
			want: []string{"Tasnim –located_in→ Iran", "Kelvo –located_in→ Greece", "Brindle Stores –located_in→ Australia", "Velm Mart –located_in→ Australia"}},
		{name: "a place chain goes on past a short name in brackets",
			text: "Drug news\n\nA mother called the police in Kelowna, British Columbia (B.C.), Canada on Sunday.",
			want: []string{"Kelowna –located_in→ British Columbia", "British Columbia –located_in→ Canada", "Kelowna –located_in→ Canada"}},
		{name: "died after a list of roles the parse reads as the subject", text: "Obituary news\n\nVelmish singer, actor, and animal rights advocate Jane Doe died on Monday at her home in Port Alder, Nordland.",
			want: []string{"Jane Doe –died_in→ Port Alder", "Jane Doe –died_in→ Nordland"}},
		{name: "died in a town and its region", text: `Erik Lund died on Sunday in Bergen, Norway.`, want: []string{"Erik Lund –died_in→ Bergen", "Erik Lund –died_in→ Norway"}},
		{name: "acquisition of X by Y", text: `The acquisition of Vexa Systems by Northgate Airlines was approved.`, want: []string{"Northgate Airlines –acquired→ Vexa Systems"}},
		{name: "met the named members of a plural noun", text: `Lena Holt met officers Ivo Marsh and Omar Diaz, 40 and 49, at an Irish pub.`,
			want: []string{"Lena Holt –met→ Ivo Marsh", "Lena Holt –met→ Omar Diaz"}},
		{name: "alleging what one did accuses it", text: `Ambassador Ivo Marsh alleged, by way of example, Northgate Air had "contributed to incredible human suffering". Tom Hale alleged that Vexa Systems had hidden the losses.`,
			want: []string{"Ivo Marsh –accused→ Northgate Air", "Tom Hale –accused→ Vexa Systems"}},
		{name: "sentenced in a long sentence the parse loses", text: `On Friday, Tarsk Federal District Judge Omar Diaz sentenced Ohio man Erik Lund, now 22, to life in prison without the possibility of parole for driving his car into a crowd of people who were protesting against the rally in Ostrava, Velm.`,
			want: []string{"Omar Diaz –sentenced→ Erik Lund"}},
		{name: "the event named before", text: `Voters went to the polls in the Tarsk General Election on Tuesday. Ana Ruiz won the election. Tom Hale won the race.`,
			want: []string{"Ana Ruiz –won→ Tarsk General Election"}, not: []string{"Tom Hale –won→ Tarsk General Election"}},
		{name: "the subject of a reported clause is its speaker", text: `A case was filed against Ivo Marsh by his secretary, The Korea Herald reported. The police had said they would be investigating the allegations.`,
			not: []string{"The Korea Herald –investigated[planned]→ allegations", "Korea Herald –investigated[planned]→ allegations"}},
		{name: "two people of one surname, named after a collective noun", text: `A couple from Florida, Richard and Lisa Vale, made a 14-hour drive to Ostrava.`,
			want: []string{"Richard Vale –visits→ Ostrava", "Lisa Vale –visits→ Ostrava"}},
		{name: "a hyphenated body's spokesperson, a university's psychologist", text: `Sea-Eye spokesperson Carlotta Vale said the ship was safe. Clemson University psychologist Jo Vale was nominated for president.`,
			want: []string{"Carlotta Vale –member_of→ Sea-Eye", "Jo Vale –member_of→ Clemson University"}},
		{name: "a subject after a fronted phrase without a comma", text: `Interior minister Joachim Vale ordered fire safety checks. In addition to the inspections Vale also ordered the installation of safety improvements at the facilities.`,
			want: []string{"Joachim Vale –ordered→ installation of safety improvements at the facilities"}},
		{name: "the government of a country", text: `The government of Egypt ordered the killing of over 300,000 pigs.`,
			want: []string{"government of Egypt –ordered→ killing of over 300,000 pigs"}},
		{name: "awarded a prize", text: `Lina Park was awarded the Golden Anchor Prize.`, want: []string{"Lina Park –won→ Golden Anchor Prize"}},
		{name: "words that do what they say, in a quotation",
			text: `Tom Vale fired his adviser John Bolt on Tuesday. "I thank John very much for his service," wrote Vale on Twitter. "We condemn the attack on the embassy," the Tarsk Workers Union said. "I would support the plan if it were fair," Lena Holt said. "We support the plan," said Ivo Marsh. "Do I support the plan?" asked Erik Lund.`,
			want: []string{"Tom Vale –thanked→ John Bolt", "Tarsk Workers Union –condemned→ attack on the embassy"},
			not:  []string{"Lena Holt –supported→ plan", "Ivo Marsh –supported→ plan", "Erik Lund –supported→ plan"}},
		{name: "paraphrases of the canonical relations",
			text: `Tom Vale threw his support behind Erik Lund. Ivo Marsh came out against the plan. Ivo Marsh lashed out at Lena Holt on Twitter. The Velm Workers Union filed a lawsuit against Vexa Systems.`,
			want: []string{"Tom Vale –supported→ Erik Lund", "Ivo Marsh –opposed→ plan", "Ivo Marsh –condemned→ Lena Holt", "Velm Workers Union –sued→ Vexa Systems"}},
		{name: "titles by appointment and custody",
			text: `Lena Holt was named chief executive of Vexa Systems by the board on Monday. Tom Vale was named chief executive officer of Northgate Airlines. Bergen police took Erik Lund into custody. Ivo Marsh was taken into custody by Oslo police.`,
			want: []string{"Lena Holt –leads→ Vexa Systems", "Tom Vale –leads→ Northgate Airlines", "Bergen police –arrested→ Erik Lund", "Oslo police –arrested→ Ivo Marsh"}},
		{name: "based in, a subsidiary of, a forum's officer",
			text: `Vexa Systems is based in Dorvik. The Velm Institute, based in Oslo, studies ships. Tarnco, a subsidiary of the Brant Group, said profits rose. The Velm Cultural Organization, a specialized agency of the Tarn Union, objected. Tom Vale, deputy director of the Velm Energy Forum, said the project was vital.`,
			want: []string{"Vexa Systems –located_in→ Dorvik", "Velm Institute –located_in→ Oslo", "Tarnco –member_of→ Brant Group", "Velm Cultural Organization –member_of→ Tarn Union", "Tom Vale –member_of→ Velm Energy Forum"}},
		{name: "in the town of X", text: `The quake hit Carrascal on Friday. Velm District Hospital in the town of Madrid treated 25 wounded people.`,
			want: []string{"Velm District Hospital –located_in→ Madrid"}, not: []string{"Velm District Hospital –located_in→ Carrascal"}},
		{name: "a race won somewhere", text: `Lena Holt won the 400 metres hurdles in Oslo on Monday.`,
			want: []string{"Lena Holt –won→ 400 metres hurdles"}, not: []string{"Lena Holt –won→ 400 metres hurdles in Oslo"}},
		{name: "a trip planned, cancelled or called off", text: `Tom Vale worked to arrange a meeting during Lena Holt's planned trip to Warsaw, which was cancelled. Ivo Marsh cancelled his visit to Paris. Erik Lund's planned trip to Rome is next week. Ana Ruiz's visit to Oslo was cancelled.`,
			want: []string{"Erik Lund –visits[planned]→ Rome"}, not: []string{"Lena Holt –visits→ Warsaw", "Lena Holt –visits[planned]→ Warsaw", "Ivo Marsh –visits→ Paris", "Ana Ruiz –visits→ Oslo"}},
		{name: "published; a place and its region before \", and\" and a verb", text: `Zentrix Corporation published the report on Friday. The trial will take place at Bellmore University in Nashville, Tennessee, and is to involve testing.`,
			want: []string{"Zentrix Corporation –released→ report", "Nashville –located_in→ Tennessee"}},
		{name: "a pronoun with a rival person before it, a vague object, what someone's conduct is about",
			text: `Tom Vale spoke on Monday. Tom Vale accused Ivo Marsh of previously saying he wanted to ban hydraulic fracturing. Lena Holt did not endorse another candidate. Ana Ruiz said she would launch an inquiry into the conduct of Velmish President Erik Lund. Omar Diaz was born in 1964. Following the vote, Theresa May appointed him Foreign Secretary.`,
			want: []string{"Ana Ruiz –investigated[planned]→ Erik Lund", "Theresa May –appointed→ Omar Diaz"},
			not:  []string{"Tom Vale –banned→ hydraulic fracturing", "Tom Vale –banned[planned]→ hydraulic fracturing", "Lena Holt –not_supported→ candidate"}},
		{name: "a concept without the example after it, with its quotation whole; a place read both ways keeps the surer reading",
			text: `Ana Ruiz supported decriminalization of drugs like Portugal. Tom Vale endorsed the selection of a "woman of color." A building collapsed in Magnitogorsk, a city in the Ural region of Russia.`,
			want: []string{"Ana Ruiz –supported→ decriminalization of drugs", `Tom Vale –supported→ selection of a "woman of color."`, "Ural –located_in→ Russia"},
			not:  []string{"Ana Ruiz –supported→ decriminalization of drugs like Portugal", "Russia –located_in→ Ural"}},
		{name: "a suburb of a city is beside it", text: `He lived in Gonesse, a suburb of Paris. He moved to Arlo, a town in Tarnia.`,
			want: []string{"Arlo –located_in→ Tarnia"}, not: []string{"Gonesse –located_in→ Paris"}},
		{name: "a place a copula puts in another", text: `Velmgrad is the capital of Norland. Arlo is a small town in the state of Tarnia.`,
			want: []string{"Velmgrad –located_in→ Norland", "Arlo –located_in→ Tarnia"}},
		{name: "a place located or situated in another", text: `Gilroy is located in California. The Velm Works is situated in Tarnia.`,
			want: []string{"Gilroy –located_in→ California"}},
		{name: "a place put in another by an apposition", text: `Ana Ruiz lives in Arlo, a small town in Tarnia. She visited Velmgrad, the capital city of Norland.`,
			want: []string{"Arlo –located_in→ Tarnia", "Velmgrad –located_in→ Norland"}},
		{name: "a win secured or recorded", text: `The Tarsk Rovers secured a win over the Velm Lions on Saturday. The Dorvik Kings recorded a 22–10 victory over the Oslo Hawks.`,
			want: []string{"Tarsk Rovers –defeated→ Velm Lions", "Dorvik Kings –defeated→ Oslo Hawks"}},
		{name: "an attack in words", text: `Tom Vale attacked Lena Holt for accumulating wealth since leaving office. Ivo Marsh attacked Vale over his remarks. Rebels led by Erik Lund attacked Dorvik for hours. Ana Ruiz attacked Omar Diaz as "a failure."`,
			want: []string{"Tom Vale –condemned→ Lena Holt", "Ivo Marsh –condemned→ Tom Vale", "Ana Ruiz –condemned→ Omar Diaz"}, not: []string{"Tom Vale –attacked→ Lena Holt", "Ivo Marsh –attacked→ Tom Vale", "Ana Ruiz –attacked→ Omar Diaz"}},
		{name: "what a phrase leaves out, backs, studies or does not single out",
			text: `Velm Airlines offers flights to Tarsk cities other than Dorvik. Vexa Systems also sponsors the Velmux operating system. Senator Ana Ruiz sponsored the Clean Water Act. Wikinews examined data and contacted experts. Tom Vale criticized any space agency as militaristic.`,
			want: []string{"Vexa Systems –supported→ Velmux"},
			not:  []string{"Velm Airlines –visits→ Dorvik", "Velm Airlines –visits[planned]→ Dorvik", "Vexa Systems –proposed→ Velmux", "Wikinews –investigated→ data", "Tom Vale –condemned→ space agency"}},
		{name: "charges unsealed", text: `The Velm Justice Department unsealed further charges against Ivo Marsh on Tuesday.`,
			want: []string{"Velm Justice Department –charged→ Ivo Marsh"}},
		{name: "among the dead of a place", text: `Tom Vale was among the people killed in the attack in Dorvik. Ana Ruiz was among the people who survived the crash in Velm.`,
			want: []string{"Tom Vale –died_in→ Dorvik"}, not: []string{"Ana Ruiz –died_in→ Velm"}},
		{name: "the sides of a league's game play in it", text: `The Tarsk Basketball League suspended its season after another Tarsk Basketball League game on Wednesday between the Velm Kings and the Dorvik Pelicans was cancelled.`,
			want: []string{"Velm Kings –member_of→ Tarsk Basketball League", "Dorvik Pelicans –member_of→ Tarsk Basketball League"}},
		{name: "a contest lost to a rival", text: `Tom Vale lost the nomination in 2016 to Ana Ruiz. Velm FC lost 2-1 to Tarsk United on Sunday. Ivo Marsh lost his sight to the disease. Lena Holt did not lose to Erik Lund.`,
			want: []string{"Ana Ruiz –defeated→ Tom Vale", "Tarsk United –defeated→ Velm FC"}, not: []string{"Erik Lund –defeated→ Lena Holt"}},
		{name: "attending an event where it is held", text: `Tom Vale attended the annual Velm Fair in Dorvik, Texas on Saturday. Erik Lund attended a meeting with Ana Ruiz in Oslo on Monday.`,
			want: []string{"Tom Vale –visits→ Dorvik", "Erik Lund –met→ Ana Ruiz"}, not: []string{"Tom Vale –visits→ Velm Fair"}},
		{name: "what a thing was called is no part of it, a chamber is not where a seat of it is", text: `The Tarsk Party criticized the commutation as an abuse of power. Ana Ruiz ran for the Velm Senate in Dorvik in 2018.`,
			want: []string{"Tarsk Party –condemned→ commutation"}, not: []string{"Tarsk Party –condemned→ commutation as an abuse of power", "Velm Senate –located_in→ Dorvik"}},
		{name: "when a thing was released is no part of it", text: `The Velm Ministry released a summary of the call on Monday. Vexa Systems released a new report in 2019.`,
			want: []string{"Velm Ministry –released→ summary of the call", "Vexa Systems –released→ new report"}},
		{name: "an election won that the text names", text: `Senator Tom Vale won the Green Party's Nevada caucuses. Lena Holt won the caucus in American Samoa, her first of the season.`,
			want: []string{"Tom Vale –won→ Nevada caucuses", "Lena Holt –won→ caucus in American Samoa"}},
		{name: "signed with a club", text: `Midfielder Ivo Marsh signed with Velm FC in March. Tom Vale signed with a pen.`,
			want: []string{"Ivo Marsh –member_of→ Velm FC"}},
		{name: "medals won, taken or claimed", text: `Norwegian hurdler Ivo Marsh won gold in the 400 metres hurdles. Tom Vale took the silver medal, and Erik Lund claimed bronze. Lena Holt won the first gold of the championships.`,
			want: []string{"Ivo Marsh –won→ gold medal", "Tom Vale –won→ silver medal", "Erik Lund –won→ bronze medal", "Lena Holt –won→ gold medal"}},
		{name: "taking what is no prize is no win", text: `Tom Vale took the decision to retire. Erik Lund claimed the money was lost.`,
			not: []string{"Tom Vale –won→ decision"}},
		{name: "died where the body was found", text: `Ivo Marsh's body was found at Mount Tarsk on Friday. The body of Lena Holt was recovered near Oslo.`,
			want: []string{"Ivo Marsh –died_in→ Mount Tarsk"}, not: []string{"Lena Holt –died_in→ Oslo"}},
	})
}

// TestContestsAreEvents checks that an election or contest won, said
// which by a name in its phrase, is typed an event, and one the phrase
// does not name stays a thing.
func TestContestsAreEvents(t *testing.T) {
	_, ents := run(t, `Senator Tom Vale won the Green Party's Nevada caucuses. Lena Holt won the caucus in American Samoa, her first of the season. Ivo Marsh won the gold medal.`)
	for name, want := range map[string]newsgraph.EntityType{"Nevada caucuses": newsgraph.Event, "caucus in American Samoa": newsgraph.Event, "gold medal": newsgraph.Thing} {
		if e, ok := ents[name]; !ok {
			t.Errorf("no entity %q in %v", name, keys(ents))
		} else if e.Type != want {
			t.Errorf("%q is a %s, want %s", name, e.Type, want)
		}
	}
}

func TestAssertion(t *testing.T) {
	checkFacts(t, []factCase{
		{name: "negated", text: `Vexa Systems did not accept the offer.`, want: []string{"Vexa Systems –not_accepted→ offer"}, not: []string{"Vexa Systems –accepted→ offer"}},
		{name: "purpose", text: `Coalition troops stayed in the valley to defeat the Red Brigade.`, not: []string{"Coalition –defeated→ Red Brigade"}},
		{name: "question", text: `Will Vexa Systems accept the offer?`, not: []string{"Vexa Systems –accepted→ offer"}},
		{name: "negated above", text: `The Tarsk Greens have not ever been successful in winning a seat.`, not: []string{"Tarsk Greens –won→ seat"}},
		{name: "an allegation", text: `Lena Holt denied an allegation that she assaulted Omar Diaz.`, not: []string{"Lena Holt –attacked→ Omar Diaz"}},
		{name: "receiving is no win", text: `Lena Holt received online criticism. Omar Diaz received the Golden Anchor Prize.`,
			want: []string{"Omar Diaz –won→ Golden Anchor Prize"}, not: []string{"Lena Holt –won→ online criticism"}},
		{name: "a possessor is not what is opposed", text: `Lena Holt opposed Omar Diaz's travel ban.`, not: []string{"Lena Holt –opposed→ Omar Diaz"}},
		{name: "a person's country is no organization", text: `A helicopter with United States tennis player Lena Holt on board crashed.`,
			want: []string{"Lena Holt –nationality→ United States"}, not: []string{"Lena Holt –member_of→ United States"}},
		{name: "the place of an office is no nationality", text: `Governor of Texas Ana Ruiz met Ambassador to Germany Tom Hale in Berlin.`,
			not: []string{"Ana Ruiz –nationality→ Texas", "Tom Hale –nationality→ Germany"}},
		{name: "a participle of the agent is no clause", text: `Speaking in the council, Ana Ruiz was interrupted by protesting farmers.`,
			not: []string{"Ana Ruiz –opposed→ farmers"}},
		{name: "a coordinated passive keeps the first subject", text: `Serbia is already under EU sanctions, and was condemned in a statement by Chile and Peru on Monday.`,
			want: []string{"Chile –condemned→ Serbia"}, not: []string{"Chile –condemned→ EU sanctions"}},
		{name: "a department named by a compound", text: `The Ministry of Health issued a warning. The Transport department released a report on Monday.`,
			not: []string{"Ministry of Health –released→ report"}},
		{name: "offering a reward is no proposal", text: `The Tarsk Ministry of Health offered a one million US dollar reward for information.`,
			not: []string{"Tarsk Ministry of Health –proposed→ one million US dollar reward for information"}},
		{name: "a nominal is not its own object", text: `An investigation by the Daily Courier found no such payment.`,
			not: []string{"Daily Courier –investigated→ investigation"}},
		{name: "not until is in the end", text: `Tom Hale did not endorse Ana Ruiz until July.`,
			not: []string{"Tom Hale –not_supported→ Ana Ruiz"}},
		{name: "a prediction is not asserted", text: `Tom Hale predicts Ana Ruiz defeats Governor Ivo Marsh in November.`,
			not: []string{"Ana Ruiz –defeated→ Ivo Marsh", "Ana Ruiz –defeated[reported]→ Ivo Marsh"}},
		{name: "calling for someone to act backs the act", text: `Tom Hale called for Tarsk Council members to raise spending.`,
			not: []string{"Tom Hale –supported→ Tarsk Council members"}},
		{name: "a compounded description is not another entity", text: `Ana Ruiz is running for mayor. She opposes the police state and high taxes.`,
			not: []string{"Ana Ruiz –opposed→ Tarsk"}},
		{name: "an investigation is not what is investigated", text: `Ana Ruiz said the Tarsk Safety Board would begin an investigation at the airport.`,
			not: []string{"Tarsk Safety Board –investigated[planned]→ investigation at the airport", "Tarsk Safety Board –investigated→ investigation at the airport"}},
		{name: "a coalition is not any organization", text: `The Tarsk Assembly met on Monday. The coalition came to Ostrava to fight the rebels.`,
			not: []string{"Tarsk Assembly –visits→ Ostrava"}},
		{name: "a prize goes to its winner", text: `Third place and the bronze medal went to Lena Holt of Chile. The Golden Anchor Prize goes to Tom Hale.`,
			want: []string{"Lena Holt –won→ bronze medal", "Tom Hale –won→ Golden Anchor Prize"}},
		{name: "a relative's surname is the other's", text: `In July, Hale thanked Ana Ruiz. Later, Hale's niece Mary Hale published a book.`,
			want: []string{"Hale –thanked→ Ana Ruiz"}, not: []string{"Mary Hale –thanked→ Ana Ruiz"}},
		{name: "a generic institution word names no party", text: `Police director Tom Hale said 71 people were arrested. The crash was investigated by police and the Tarsk Safety Board.`,
			want: []string{"Tarsk Safety Board –investigated→ crash"}, not: []string{"Tom Hale –leads→ Police", "police –investigated→ crash"}},
		{name: "a party's member on a committee", text: `Representative Ana Ruiz, the most senior Democrat on the Tarsk Oversight Committee, has stepped into the role. Tom Hale, a Republican on the Velm Finance Committee, objected. Ivo Marsh, who sits on the Tarsk Board of Health, agreed.`,
			want: []string{"Ana Ruiz –member_of→ Democratic Party", "Ana Ruiz –member_of→ Tarsk Oversight Committee", "Tom Hale –member_of→ Republican Party",
				"Tom Hale –member_of→ Velm Finance Committee", "Ivo Marsh –member_of→ Tarsk Board of Health"}},
		{name: "police are the place's the story starts in", text: `Ana Ruiz, the chef of an Oslo restaurant, was found dead in Oslo, according to police. She had worked in London, London and London before. Police said she died on Monday.`,
			not: []string{"London police –said→ quote"}},
		{name: "a story's police are its place's", text: `A man was stabbed in Oslo on Friday. Police said the attacker fled. Police director Tom Hale said 71 people were arrested in Oslo.`,
			want: []string{"Tom Hale –leads→ Oslo police", "Oslo police –said→ quote"}, not: []string{"Tom Hale –leads→ Police"}},
		{name: "police are not a building's", text: `A man was stabbed at Tarsk Hall in Oslo. He fled Tarsk Hall, and Tarsk Hall was closed. Police said the attacker fled.`,
			not: []string{"Tarsk Hall police –said→ quote"}},
		{name: "a fronted place phrase is no subject", text: `Jo Vale is a lecturer. At the virtual 2020 Tarsk National Convention, Vale won the nomination on the fourth ballot.`,
			want: []string{"Jo Vale –won→ nomination"}, not: []string{"Tarsk National Convention –won→ nomination"}},
		{name: "what one is accused of saying is an allegation", text: `Tom Hale accused Ana Ruiz of previously saying she wanted to ban hydraulic fracturing.`,
			want: []string{"Tom Hale –accused→ Ana Ruiz", "Ana Ruiz –banned[reported]→ hydraulic fracturing"},
			not:  []string{"Tom Hale –said→ quote", "Ana Ruiz –banned[planned]→ hydraulic fracturing"}},
		{name: "the town of X is X, not the last place", text: `Yesterday, Poland's security minister Ivo Marsh was stabbed. Marsh, who was visiting the town of Ostrava in the province of Velm, survived the attack.`,
			want: []string{"Ivo Marsh –visits→ Ostrava"}, not: []string{"Ivo Marsh –visits→ Poland"}},
		{name: "their government is not one named later", text: `Protesters have marched since June, when their government proposed a bill that would have allowed the central Tarsk government to extradite people.`,
			not: []string{"Tarsk government –proposed→ bill"}},
		{name: "offering an endorsement proposes nothing", text: `Tom Hale did not offer a full endorsement. Ana Ruiz offered her resignation on Monday.`,
			not: []string{"Tom Hale –not_proposed→ full endorsement", "Ana Ruiz –proposed→ resignation"}},
		{name: "a bare gerund says not what", text: `Tom Hale said he did not support voting twice.`,
			not: []string{"Tom Hale –not_supported[reported]→ voting", "Tom Hale –not_supported→ voting"}},
		{name: "a party named by its word is the party", text: `Libertarian Tom Hale spoke on Monday.`,
			want: []string{"Tom Hale –member_of→ Libertarian Party"}, not: []string{"Tom Hale –member_of→ Libertarian"}},
		{name: "a name that modifies a noun after a possessive is no member", text: `Tarsk Traffic's AIS tracking database shows contact. The United Nations' Food and Agriculture Organization met.`,
			want: []string{"Food and Agriculture Organization –member_of→ United Nations"}, not: []string{"AIS –member_of→ Tarsk Traffic"}},
		{name: "the House is not one of its committees", text: `The House Intelligence Committee met. Nancy Lee, the Speaker of the House, said on Friday "We are committed."`,
			want: []string{"Nancy Lee –leads→ House"}, not: []string{"Nancy Lee –leads→ House Intelligence Committee"}},
		{name: "passing a milestone accepts nothing", text: `Ana Ruiz passed a milestone on Monday. The Tarsk Assembly passed the bill.`,
			want: []string{"Tarsk Assembly –accepted→ bill"}, not: []string{"Ana Ruiz –accepted→ milestone"}},
		{name: "joining alongside is no membership", text: `The Tarsk Clinic reopened on Sunday, joining the Ostrava Hospital and the Velm Hospital.`,
			not: []string{"Tarsk Clinic –member_of→ Ostrava Hospital", "Tarsk Clinic –member_of→ Velm Hospital"}},
		{name: "a state's institution is not the country's", text: `Voters in Vermont went to the polls for a seat on the state's Supreme Court. The Vermont Supreme Court ruled against the governor. The United States Supreme Court later ruled too.`,
			want: []string{"Vermont Supreme Court –located_in→ Vermont"}, not: []string{"United States Supreme Court –located_in→ Vermont"}},
		{name: "an office is no body, a bare board names none, a number of people is no thing, a caption asserts nothing",
			text: `2020 Tarsk Lord Mayor candidate Wayne Vale answered some questions. The NTSB would begin an investigation, led by Board Member Ana Ruiz. Iran has banned a number of female chess players for not wearing a hijab. President Tom Hale (center) stands with Russian (left) and Japanese (right) representatives Image: unknown.`,
			not:  []string{"Wayne Vale –member_of→ Tarsk Lord Mayor", "Ana Ruiz –member_of→ Board", "Iran –banned→ number of female chess players", "Tom Hale –supported→ Image"}},
		{name: "a character from a work, a state's body, another olympiad", text: "Lena Vale from Game of Velm\n\nState Congress President Girish Vale called the minister humble on Monday. The Baku Olympiad was held in 2016. Madina Holt, in her fourth year at Tarsk State University, won this second Olympiad.",
			not: []string{"Lena Vale –member_of→ Game of Velm", "Girish Vale –leads→ State Congress", "Girish Vale –member_of→ State Congress", "Madina Holt –won→ Baku Olympiad"}},
		{name: "their government is theirs, whichever was named before", text: `Protesters have marched since the Tarsk government said no. In June, their government proposed a bill that would have allowed the central Tarsk government to extradite people.`,
			not: []string{"Tarsk government –proposed→ bill"}},
		{name: "another deal, a kind of budget, a ship, a campus", text: "Turkey and Libya signed a maritime border agreement in November. On Monday, Cyprus and Egypt had signed an alternative deal to export gas. Tom Hale has said he will not approve a budget that does not allocate funding for a wall. Their ship was previously MV Professor Ivo Marsh. Earning a PhD from University of Tarsk, Ostrava, Lena Holt was an early adopter of scuba.",
			want: []string{"Egypt –signed→ alternative deal"},
			not: []string{"Egypt –signed→ maritime border agreement", "Tom Hale –not_accepted[planned]→ budget", "Ivo Marsh –member_of→ MV",
				"University of Tarsk –located_in→ Ostrava"}},
		{name: "one's own country is no visit", text: `US Senator Ana Ruiz returned to the United States on Monday. French President Tom Hale visited Germany.`,
			want: []string{"Tom Hale –visits→ Germany"}, not: []string{"Ana Ruiz –visits→ United States"}},
		{name: "a thing says nothing and belongs to no one", text: `Astronomers were optimistic that NASA's Lena Holt space telescope could reveal more about the planet.`,
			not: []string{"Lena Holt space telescope –said→ quote", "Lena Holt –said→ quote", "Lena Holt –member_of→ NASA", "Lena Holt space telescope –member_of→ NASA"}},
		{name: "all agreed", text: `Anna Berg, Tom Hale and Rui Costa all agreed on the plan.`, not: []string{"Anna Berg –agree→ Tom Hale", "Anna Berg –agree→ Rui Costa"}},
	})
}

func TestNames(t *testing.T) {
	cases := []struct {
		name, text string
		names      []string // entities that must exist, by name
		notNames   []string // names that must not be entities
		types      map[string]newsgraph.EntityType
	}{
		{name: "a person's role before a given name outweighs a surname that heads buildings and bodies",
			text:  "Crash news\n\nLocal resident Marla Quinn Hall told reporters the noise was loud. Student Kevin Church said he was surprised. The concert was held at Brindle Hall.",
			types: map[string]newsgraph.EntityType{"Marla Quinn Hall": newsgraph.Person, "Kevin Church": newsgraph.Person, "Brindle Hall": newsgraph.Place}},
		{name: "titles after \"starred in\" and \"the sequel to\", two joined by \"and\"",
			text:     "Film news\n\nJane Doe, who starred in Return of the Lost Kingdom and Kings of the Valley, said she was pleased. Tom Blake appeared in the sequel to Night of the Long Rivers. Ana Ruiz starred in Beauty and the Tower.",
			names:    []string{"Return of the Lost Kingdom", "Kings of the Valley", "Night of the Long Rivers", "Beauty and the Tower"},
			notNames: []string{"Lost Kingdom", "Valley", "Long Rivers", "Return of the Lost Kingdom and Kings"},
			types:    map[string]newsgraph.EntityType{"Kings of the Valley": newsgraph.Thing, "Night of the Long Rivers": newsgraph.Thing}},
		{name: "a facility named by its place, an adjective and a facility noun",
			text:  "Police news\n\nPolice took him to the Port Alder central police station on Monday. Ana Ruiz arrived at Velm international airport.",
			types: map[string]newsgraph.EntityType{"Port Alder central police station": newsgraph.Place, "Velm international airport": newsgraph.Place}},
		{name: "a common noun opening the sentence before a given name; grades and the Eastern time zone",
			text:     "Storm news\n\nCritic Joan Petrel said the film was dull. The storm made landfall as a Category 4 hurricane at 9:54 a.m. ET on Monday.",
			names:    []string{"Joan Petrel"},
			notNames: []string{"Critic Joan Petrel", "Category", "ET"}},
		{name: "a possessive inside a work's title; the person it names stays a person",
			text:     "Show news\n\nActress Mara Quell hosted the talk show Mara Quell's Best Friends. Mara Quell died on Monday.",
			names:    []string{"Mara Quell's Best Friends"},
			notNames: []string{"Best Friends"},
			types:    map[string]newsgraph.EntityType{"Mara Quell": newsgraph.Person, "Mara Quell's Best Friends": newsgraph.Thing}},
		{name: "an event's edition by its year; a town after a facility and a comma is the town",
			text:  "Fair news\n\nThe Port Alder Comic Fair 2019 opened on Friday. A fire broke out at Velm Airport, Tarsk in Nordland. Tarsk Airport was closed.",
			names: []string{"Tarsk", "Tarsk Airport"},
			types: map[string]newsgraph.EntityType{"Port Alder Comic Fair 2019": newsgraph.Event, "Tarsk": newsgraph.Place}},
		{name: "a club by \"United\", a broadcaster by \"TV\"; \"United States\" inside a name is no club",
			text:  "Sports news\n\nAna Ruiz made her debut for Port Alder United in 2016. Omar Diaz spoke on Harbor TV. The party supported the Eighteenth Amendment to the United States Constitution.",
			names: []string{"Eighteenth Amendment to the United States Constitution"},
			types: map[string]newsgraph.EntityType{"Port Alder United": newsgraph.Organization, "Harbor TV": newsgraph.Organization}},
		{name: "quoted titles listed after \"songs such as\"; a quoted title of office names no one",
			text:     "Music news\n\nTom Fenwick wrote lyrics to songs such as \"Dark Lantern\", \"Uncle Fred's Band\", and \"Rollin\". Mark Ellison pledged to take the title of \"Custodian of the Federal Government.\"",
			names:    []string{"Dark Lantern", "Uncle Fred's Band", "Rollin"},
			notNames: []string{"Uncle Fred", "Custodian", "Federal Government"},
			types:    map[string]newsgraph.EntityType{"Uncle Fred's Band": newsgraph.Thing, "Rollin": newsgraph.Thing}},
		{name: "a genus and its species are one name, a thing",
			text:     "Science news\n\nResearchers used Escherichia coli bacteria and the yeast Saccharomyces cerevisiae. The coral Acropora millepora was also tested in Canada data centres.",
			names:    []string{"Escherichia coli", "Saccharomyces cerevisiae", "Acropora millepora", "Canada"},
			notNames: []string{"Escherichia", "Acropora", "Canada data"},
			types:    map[string]newsgraph.EntityType{"Escherichia coli": newsgraph.Thing, "Acropora millepora": newsgraph.Thing}},
		{name: "the followers named after someone's possessive are one body",
			text:     "Faith news\n\nJehovah's Witnesses met in Velm on Sunday.",
			names:    []string{"Jehovah's Witnesses"},
			notNames: []string{"Jehovah", "Witnesses"},
			types:    map[string]newsgraph.EntityType{"Jehovah's Witnesses": newsgraph.Organization}},
		{name: "a nationality of two words before a noun and one common word in capitals are no names",
			text:     "Vote news\n\nThe Latin American country held elections. \"We want this TODAY,\" Ana Ruiz said.",
			names:    []string{"Ana Ruiz"},
			notNames: []string{"Latin American", "TODAY"}},
		{name: "a body named with its purpose after \"to\"; a fire and rescue service",
			text:     "Press news\n\nThe Committee to Protect Reporters said the arrest was unlawful. Jane Doe of Westvale Fire and Rescue said no crews would enter the building.",
			names:    []string{"Committee to Protect Reporters", "Westvale Fire and Rescue"},
			notNames: []string{"Committee", "Westvale Fire"},
			types:    map[string]newsgraph.EntityType{"Westvale Fire and Rescue": newsgraph.Organization}},
		{name: "a word with another ending is no misspelt given name",
			text:     "Law news\n\nSharif Tolan said the law would change. Critics said Sharia courts were unfair.",
			names:    []string{"Sharif Tolan"},
			notNames: []string{"Sharif"}},
		{name: "a field's minister and a minister's portfolio are no bodies",
			text:     "Tribute news\n\nTom Kell, the Information Minister paid tribute to Jane Doe. Jane Doe, the Canadian minister for Northern Affairs, died yesterday.",
			names:    []string{"Tom Kell", "Jane Doe"},
			notNames: []string{"Information Minister", "Northern Affairs"}},
		{name: "one name with \"and\" inside before its head word, not two bodies listed",
			text:     "Radio news\n\nThe Bernie and Sid Show tweeted that the host had died. He was taken to Brindle Scott and White Medical Center in Tarsk. Later the AP and NBC News called the race.",
			names:    []string{"Bernie and Sid Show", "Brindle Scott and White Medical Center", "NBC News"},
			notNames: []string{"Bernie Show", "Sid Show", "White Medical Center", "AP and NBC News"}},
		{name: "a slogan and the gathering noun after it are one event",
			text:     "Rally news\n\nHe drove into people attending the August 2017 Unite the Right rally in Velm. Thousands joined a Stop the Steal march.",
			names:    []string{"Unite the Right rally", "Stop the Steal march"},
			notNames: []string{"2017 Unite the Right rally", "Right"},
			types:    map[string]newsgraph.EntityType{"Unite the Right rally": newsgraph.Event}},
		{name: "a person's government is a body of its own; a place's is the place's",
			text:  "Court news\n\nPrime Minister Boris Jonson asked for prorogation. The Supreme Court ruled on the appeal of that decision by Jonson's government.",
			names: []string{"Jonson's government", "Boris Jonson"},
			types: map[string]newsgraph.EntityType{"Jonson's government": newsgraph.Organization}},
		{name: "a brand in camel case is no person; a surname with a particle is",
			text:  "Campaign news\n\nRenaldo Pearson of RepresentUS said the law was bad. Jack McCready and Ron DeSantis agreed. Ana MacArthur said no.",
			types: map[string]newsgraph.EntityType{"RepresentUS": newsgraph.Organization, "Jack McCready": newsgraph.Person, "Ron DeSantis": newsgraph.Person, "Ana MacArthur": newsgraph.Person}},
		{name: "every name a plural place noun lists after \"of\" is a place",
			text:  "Flood news\n\nResidents of the villages of Tolo and Marisel fled on Monday.",
			types: map[string]newsgraph.EntityType{"Marisel": newsgraph.Place}},
		{name: "a storm numbered before it is named",
			text:     "Storm news\n\nTropical Depression Three formed on Monday.",
			names:    []string{"Tropical Depression Three"},
			notNames: []string{"Tropical Depression"}},
		{name: "an operation's name goes on over \"and\"",
			text:     "Gun news\n\nThe agency ran Operation Fast and Furious in Arizona.",
			names:    []string{"Operation Fast and Furious"},
			notNames: []string{"Operation Fast"}},
		{name: "a work's title goes on after \"Mr.\"",
			text:     "Film news\n\nHe still lived there when the 2012 documentary Beware of Mr. Tollen was filmed.",
			names:    []string{"Beware of Mr. Tollen"},
			notNames: []string{"Beware of Mr."}},
		{name: "an editor's square brackets inside a quoted name",
			text:     "Lab news\n\n\"Then Mark [Tollen] helped to analyse the data,\" she added. \"[Alireza] Firouzja showed up late,\" Ana Ruiz said.",
			names:    []string{"Mark Tollen", "Alireza Firouzja"},
			notNames: []string{"Mark [Tollen", "Alireza] Firouzja", "Tollen", "Firouzja"}},
		{name: "\"Emeritus\" after a title is no part of the name",
			text:     "Church news\n\nBishop Emeritus Tom Gutierrez led the mass. Professor Emerita Ana Ruiz said the study was flawed.",
			names:    []string{"Tom Gutierrez", "Ana Ruiz"},
			notNames: []string{"Emeritus Tom Gutierrez", "Emerita Ana Ruiz", "Emerita"}},
		{name: "a medium before a person's surname is no part of the name",
			text:     "Campaign news\n\nRapper Tom Rake entered the race in July. The next day on Twitter Rake accused his wife of plotting against him.",
			names:    []string{"Twitter", "Tom Rake"},
			notNames: []string{"Twitter Rake"}},
		{name: "a team named by its town and a plural is an organization",
			text:  "Basketball news\n\nTom Rake joined the Port Alder Lakers in 2001.",
			names: []string{"Port Alder Lakers"},
			types: map[string]newsgraph.EntityType{"Port Alder Lakers": newsgraph.Organization}},
		{name: "faiths and peoples in the plural, a number's \"No.\" are no entities; a cause after \"Against the\" is part of a name",
			text:     "Vigil news\n\nMuslims and Christians gathered at the square, where Hindus also prayed. Tom Blake became cosmonaut No. 11 in 1990. The group Iraq Veterans Against the War protested. Republic Act No. 3846 was passed in 1963.",
			names:    []string{"Iraq Veterans Against the War", "Republic Act No. 3846"},
			notNames: []string{"Muslims", "Christians", "Hindus", "No.", "Iraq Veterans", "War"},
			types:    map[string]newsgraph.EntityType{"Iraq Veterans Against the War": newsgraph.Organization}},
		{name: "words in capitals for emphasis are no names; acronyms are",
			text:     "Election news\n\nThe debate will lead to an agreed FORMAT/SETUP/DEFINITION of our future. \"I WON THIS RACE, BY A LOT!\" Tom Blake wrote. The NHS and NASA said the plan was FANTASTIC.",
			names:    []string{"NHS", "NASA"},
			notNames: []string{"FORMAT", "SETUP", "DEFINITION", "WON THIS RACE", "LOT", "BY A LOT"}},
		{name: "a database is no person; a complex is a place",
			text:  "Air news\n\nFlightbase, a database detailing the aircraft of commercial carriers, states the jet was built in 1990. The protest began outside the Legislative Council Complex on Monday.",
			names: []string{"Flightbase", "Legislative Council Complex"},
			types: map[string]newsgraph.EntityType{"Legislative Council Complex": newsgraph.Place}},
		{name: "a capitalised preposition inside a name, after an occupation's plural",
			text:     "Press freedom\n\nReporters Without Borders condemned the arrest. The statement came from Engineers Without Frontiers and Mothers Against Drunk Driving.",
			names:    []string{"Reporters Without Borders", "Engineers Without Frontiers", "Mothers Against Drunk Driving"},
			notNames: []string{"Without Borders", "Without Frontiers", "Drunk Driving", "Borders"},
			types:    map[string]newsgraph.EntityType{"Engineers Without Frontiers": newsgraph.Organization}},
		{name: "a body named by its cause after \"for the\", a prize of a field, two common words joined inside a name",
			text:     "Prize news\n\nThe Velorian League for the Defence of Civil Liberties condemned the arrest. Ana Ruiz won the Halvorsen Prize in Physics on Monday. The Ostrava Test and Training Range was closed.",
			names:    []string{"Velorian League for the Defence of Civil Liberties", "Halvorsen Prize in Physics", "Ostrava Test and Training Range"},
			notNames: []string{"Velorian League", "Physics", "Ostrava Test", "Training Range"}},
		{name: "a version's or a mission's small number is part of the name; a grade's, a date's or a score's is not",
			text:     "Software news\n\nThe company released Velox 8 in May and will end support for Velox 7 next year. The storm reached Category 5 on Mar 17. Harwick beat Dunmore 3–1.",
			names:    []string{"Velox 8", "Velox 7"},
			notNames: []string{"Category 5", "Mar 17", "Dunmore 3"}},
		{name: "a name in quotation marks after a noun and \"called\" is a name whatever its words; a speaker's label is not",
			text:     "Event news\n\nThe university was hosting a program at Harwick Hall called \"Learning Together\". Police closed a rally called \"Save Our Parks\" on Sunday. Lee Brandt called \"Sleepy Tom\" a liar.",
			names:    []string{"Learning Together", "Save Our Parks"},
			notNames: []string{"Parks", "Sleepy Tom"}},
		{name: "continents, a world war by its spelled number, an amendment to a constitution, an embassy, a convention centre",
			text:     "World news\n\nOtter numbers fell in South America. He served in World War Two. The Fourteenth Amendment to the Velm Constitution was cited. Six diplomats fled to the Canadian embassy. The fair took place at the Mesquite Convention Center. Prayers were held at the Sultan Farid Grand Mosque.",
			names:    []string{"South America", "World War Two", "Fourteenth Amendment to the Velm Constitution", "Canadian embassy", "Mesquite Convention Center", "Sultan Farid Grand Mosque"},
			notNames: []string{"America", "World War", "Farid Grand Mosque"},
			types:    map[string]newsgraph.EntityType{"Canadian embassy": newsgraph.Place, "Mesquite Convention Center": newsgraph.Place}},
		{name: "a house number in an address; majesty is no name; a convention of people and a ball are events",
			text:     "Royal news\n\nHM the Queen left 10 Downing Street on Monday. Her Majesty the Queen visited the Texas Haunters Convention and the Costume Ball.",
			names:    []string{"10 Downing Street", "Texas Haunters Convention", "Costume Ball"},
			notNames: []string{"HM", "Majesty", "Majesty the Queen", "Downing Street"},
			types:    map[string]newsgraph.EntityType{"Texas Haunters Convention": newsgraph.Event, "Costume Ball": newsgraph.Event}},
		{name: "two bodies the recognizer ran over \"and\" are two; one named with \"and\" stays one",
			text:     "Wetland study\n\nResearchers from the University of Dorland and Institute for Wetland Studies joined them. The Department of Health and Human Services paid for it.",
			names:    []string{"University of Dorland", "Institute for Wetland Studies", "Department of Health and Human Services"},
			notNames: []string{"University of Dorland and Institute for Wetland Studies"}},
		{name: "two whole bodies joined by \"and\", the first named after a town of two words",
			text:     "Zebra study\n\nScientists from the University of Port Alder and Kellsburg University say zebras may confuse flies.",
			names:    []string{"University of Port Alder", "Kellsburg University"},
			notNames: []string{"University of Port Alder and Kellsburg University"}},
		{name: "two names joined by an ampersand are one firm",
			text:     "Poll news\n\nA Harlow & Finch Strategies survey found the senator ahead. Tarvik & Sons closed its shop.",
			names:    []string{"Harlow & Finch Strategies", "Tarvik & Sons"},
			notNames: []string{"Harlow", "Finch Strategies", "Tarvik"}},
		{name: "a ship named after a person is not the person",
			text:  "Rescue news\n\nThe charity renamed their ship after Lena Varga, a girl who drowned in 2015. Their ship, MV Lena Varga, rescued 60 people on Monday.",
			names: []string{"Lena Varga", "MV Lena Varga"},
			types: map[string]newsgraph.EntityType{"Lena Varga": newsgraph.Person, "MV Lena Varga": newsgraph.Thing}},
		{name: "an event named by its people and a lower-case head",
			text:  "Migrant news\n\nThe boat sank during the height of the European migrant crisis. Thousands fled the Syrian civil war. The crisis hit Italy hardest.",
			names: []string{"European migrant crisis", "Syrian civil war"},
			types: map[string]newsgraph.EntityType{"European migrant crisis": newsgraph.Event, "Syrian civil war": newsgraph.Event}},
		{name: "a minister's portfolio before the title is no name",
			text:     "Ministers meet\n\nDeputy Emergency Situations Minister Anton Belov arrived on Monday.",
			names:    []string{"Anton Belov"},
			notNames: []string{"Emergency Situations"}},
		{name: "a person named by faith or allegiance after an article is no name",
			text:     "Poll news\n\nThe poll found every Independent backed the plan. She was raised an Evangelical Christian, and her husband is a Roman Catholic.",
			notNames: []string{"Independent", "Evangelical Christian", "Roman Catholic"}},
		{name: "a state's primary is an event; a party's, without its year, a description",
			text:     "Vote news\n\nSenator Paul Reyes won the Kansas primary on Tuesday. He also led in the Democratic primary.",
			names:    []string{"Kansas primary"},
			notNames: []string{"Democratic primary"},
			types:    map[string]newsgraph.EntityType{"Kansas primary": newsgraph.Event}},
		{name: "a craft or a product named after its class noun, a place named after its kind",
			text:  "Ship news\n\nThe navy supply ship Corporal Vega visited Port Arden last week. Doctors gave patients the drug Velmab.",
			names: []string{"Corporal Vega", "Port Arden", "Velmab"},
			types: map[string]newsgraph.EntityType{"Corporal Vega": newsgraph.Thing, "Port Arden": newsgraph.Place, "Velmab": newsgraph.Thing}},
		{name: "a generation's mark after a comma is no name",
			text:     "Court news\n\nManhattan District Attorney Cyrus R. Vance, Jr. filed the motion.",
			names:    []string{"Cyrus R. Vance"},
			notNames: []string{"Jr.", "Jr"}},
		{name: "a numbered mission is an event",
			text:  "Space news\n\nThe crew of the Zarya 3 mission landed safely on Monday.",
			names: []string{"Zarya 3"},
			types: map[string]newsgraph.EntityType{"Zarya 3": newsgraph.Event}},
		{name: "a model number with its variant",
			text:     "Crash news\n\nThe Corvan 320-100 crashed near Oslo.",
			names:    []string{"Corvan 320-100"},
			notNames: []string{"Corvan 320"}},
		{name: "an outlet's acronym and another outlet stay two; calling a state for a candidate supports no one; a gerund begins a group's name",
			text:     "Vote news\n\nThe AP and Metro News also called Oregon for Dana Harlan. Activist Mara Delacroix of the advocacy group Ending Child Hunger spoke.",
			names:    []string{"AP", "Metro News", "Ending Child Hunger"},
			notNames: []string{"AP and Metro News", "Child Hunger"}},
		{name: "two words joined by \"and\" before Party are one party; two parties stay two",
			text:     "Party news\n\nThe Labor and Farmers Party also backed Ana Bell. The Democratic and Republican parties objected.",
			names:    []string{"Labor and Farmers Party", "Democratic Party", "Republican Party"},
			notNames: []string{"Farmers Party"}},
		{name: "peoples sharing one plural head are one body",
			text:     "Lawsuit filed\n\nLeaders of the Wenatchi and Nakoda Tribes of Fort Harlan objected. A lawyer for the Confederated Ossawa and Kenomi Tribes said they would appeal.",
			names:    []string{"Confederated Ossawa and Kenomi Tribes", "Wenatchi and Nakoda Tribes of Fort Harlan"},
			notNames: []string{"Confederated Ossawa"}},
		{name: "\"Most\" and \"All\" begin names inside a sentence",
			text:     "Sport news\n\nTom Vale won the Most Valuable Player title and played in the All Elite Cup.",
			names:    []string{"Most Valuable Player", "All Elite Cup"},
			notNames: []string{"Valuable Player", "Elite Cup"}},
		{name: "crimes and God written with a capital are no names",
			text:     "Impeachment news\n\nThe articles accuse the president of Treason and Bribery. \"Thank God,\" she said.",
			notNames: []string{"Treason", "Bribery", "God"}},
		{name: "a university's campus town is part of its name",
			text:     "Science news\n\nResearchers at the University of Velmland at Harbor Point (UVHP) found a new coral.",
			names:    []string{"University of Velmland at Harbor Point"},
			notNames: []string{"University of Velmland", "UVHP"}},
		{name: "God inside a name stays",
			text:  "Church news\n\nThe Church of God in Velm opened a school.",
			names: []string{"Church of God"}},
		{name: "an officer's hyphenated name after the organization's",
			text:     "Protest news\n\nThe director of Civic Watch International Lo Man-yee said the arrests were unlawful.",
			names:    []string{"Civic Watch International", "Lo Man-yee"},
			notNames: []string{"Civic Watch International Lo Man-yee"},
			types:    map[string]newsgraph.EntityType{"Lo Man-yee": newsgraph.Person}},
		{name: "diseases named in lower case or as acronyms are things",
			text:  "Health news\n\nMeasles killed 83 people in Samoa, and an outbreak of cholera spread in Yemen. The agency said HIV and malaria remain major killers.",
			names: []string{"Measles", "cholera", "HIV", "malaria"},
			types: map[string]newsgraph.EntityType{"Measles": newsgraph.Thing, "cholera": newsgraph.Thing, "HIV": newsgraph.Thing, "malaria": newsgraph.Thing}},
		{name: "a family named by the plural of a surname is no entity",
			text:     "Hotel news\n\nTom Vale bought the hotel in 2015. The Vales said they would restore it. Mr Vale said it would reopen in May.",
			names:    []string{"Tom Vale"},
			notNames: []string{"Vales"}},
		{name: "a cleric's title",
			text:     "Arrest news\n\nMufti Abdul Qawi was arrested.",
			names:    []string{"Abdul Qawi"},
			notNames: []string{"Mufti Abdul Qawi"}},
		{name: "a lower-case particle joined by hyphens inside a name",
			text:     "Deaths\n\nPoet Sami Qadir died at the Nour-e-Azar hospital in Shiraz.",
			names:    []string{"Nour-e-Azar hospital"},
			notNames: []string{"Nour"}},
		{name: "an ordinal before an amendment or a congress is part of its name",
			text:     "Court news\n\nLawmakers debated invoking the 25th Amendment. The judge said the law violated the First Amendment and the 14th Amendment of the Velm Constitution.",
			names:    []string{"25th Amendment", "First Amendment", "14th Amendment"},
			notNames: []string{"Amendment"}},
		{name: "a country whose name begins with a party word",
			text:     "Outbreak news\n\nDoctors in Katwa, Democratic Republic of the Congo, treated 40 patients.",
			names:    []string{"Democratic Republic of the Congo"},
			notNames: []string{"Republic of the Congo"}},
		{name: "a law by its last word, an amount with its currency",
			text:  `The House voted on the Tenure of Office Act. The judge said the draft violated the Due Process Clause, according to Professor Ana Ruiz of Velm School of Law. Prices rose to USD15 per barrel, TVN24 reported.`,
			names: []string{"TVN24"}, notNames: []string{"USD15"},
			types: map[string]newsgraph.EntityType{"Tenure of Office Act": newsgraph.Thing, "Due Process Clause": newsgraph.Thing, "Velm School of Law": newsgraph.Organization}},
		{name: "towns that play each other are clubs, a tribe an organization",
			text:     `In other results, Maroochydore defeated Caboolture 43–5 on Saturday. The Northern Arapaho Tribe received ten bison. The Northern Arapaho have plans to grow the herd.`,
			notNames: []string{"Northern Arapaho"},
			types:    map[string]newsgraph.EntityType{"Maroochydore": newsgraph.Organization, "Caboolture": newsgraph.Organization, "Northern Arapaho Tribe": newsgraph.Organization}},
		{name: "a people's name before a noun is no speaker",
			text:     `The proportion of Native American youth who died rose. The team wrote that guns "are far more lethal than any other means."`,
			notNames: []string{"Native American"}},
		{name: "the towns a route joins",
			text:  `An all-women crew ran the Tarsk–Velmora Express on Sunday. The Export–Import Bank of Velm lent the money. Jean-Yves Marsh spoke.`,
			names: []string{"Tarsk", "Velmora", "Tarsk–Velmora Express"}, notNames: []string{"Export", "Import", "Jean", "Yves"},
			types: map[string]newsgraph.EntityType{"Tarsk": newsgraph.Place, "Velmora": newsgraph.Place}},
		{name: "places whose first word is a given name or an article",
			text:  `Palm Beach County in Florida issued an evacuation order. The storm hit Andros Island. A gunman opened fire at a store in the border city of El Paso, Texas. The Gun Violence Archive counted the shootings. Police chief Tom Allen said the suspect, Ivo Marsh of Allen, Texas, was arrested. Protesters gathered in Victoria Park. After inquiry from Wikinews, U.S. presidential candidates answered.`,
			names: []string{"Tom Allen", "Allen"},
			types: map[string]newsgraph.EntityType{"Palm Beach County": newsgraph.Place, "Andros Island": newsgraph.Place, "El Paso": newsgraph.Place, "Gun Violence Archive": newsgraph.Organization,
				"Tom Allen": newsgraph.Person, "Allen": newsgraph.Place, "Victoria Park": newsgraph.Place, "Wikinews": newsgraph.Organization}},
		{name: "an election named by its year, with or without its country",
			text:     `Democratic victories in the 2018 midterm elections gave Tom Vale the chair. Ana Ruiz won the 2020 U.S. presidential election. The 2019 Velmland district council elections were held on Sunday. The presidential election is next year.`,
			names:    []string{"2018 midterm elections", "2020 U.S. presidential election", "2019 Velmland district council elections"},
			notNames: []string{"presidential election", "Velmland"},
			types: map[string]newsgraph.EntityType{"2018 midterm elections": newsgraph.Event, "2020 U.S. presidential election": newsgraph.Event,
				"2019 Velmland district council elections": newsgraph.Event}},
		{name: "a country is no organization for starting organizations' names, nor part of an election it spells",
			text:     `Ana Ruiz chronicled the 2020 United States presidential election. The US Green Party and the US Libertarian Party named candidates. The US Senate met. Incumbent US President Tom Vale led the polls. The US economy grew.`,
			notNames: []string{"Incumbent US"},
			types:    map[string]newsgraph.EntityType{"2020 United States presidential election": newsgraph.Event, "US": newsgraph.Place, "US Green Party": newsgraph.Organization}},
		{name: "a person by an honorific before a name that could start an organization's; a slogan's verb",
			text:     "Wikinews caught up with Dr Christian Brenner on Monday. Brenner said the rats learned fast. My strategy is to Re-open, Reset, Reform as part of Velm Recovery.",
			notNames: []string{"Re-open"},
			types:    map[string]newsgraph.EntityType{"Christian Brenner": newsgraph.Person}},
		{name: "a direction word capitalised inside a sentence is part of a name",
			text:     "Turkey says only Northern Cyprus has the right to the zone. Fighting continued in northern Syria.",
			names:    []string{"Northern Cyprus", "Syria"},
			notNames: []string{"northern Syria"}},
		{name: "a name listed with given names is a person's",
			text:  "His daughters are Nadine, Corla, Elspeth, and Tani. He visited France, Spain and Norway.",
			types: map[string]newsgraph.EntityType{"Corla": newsgraph.Person, "Tani": newsgraph.Person, "France": newsgraph.Place, "Spain": newsgraph.Place}},
		{name: "a place named after another keeps the other apart",
			text:  `Protesters marched to Parliament Square. Parliament was suspended. Tourists crossed Leeds Bridge. Leeds is a city in England. Ana Ruiz flew from Payam International Airport. Payam was closed.`,
			names: []string{"Parliament Square", "Parliament", "Leeds Bridge", "Leeds"},
			types: map[string]newsgraph.EntityType{"Parliament Square": newsgraph.Place, "Leeds": newsgraph.Place}},
		{name: "a chamber a place's possessive owns is not the country's named before",
			text:  "Ana Ruiz served in the U.S. House of Representatives until 2017. On Friday, the commonwealth's House of Representatives confirmed her.",
			names: []string{"U.S. House of Representatives", "House of Representatives"}},
		{name: "a sentence in another language, a title after \"a former\"; a short name of the story kept",
			text:     "En mon nom, je pense aux familles. He is a former City Councillor. Li Wei spoke. Li said the plan was good. Time reported on it, according to Time editors.",
			names:    []string{"Li Wei"},
			notNames: []string{"En", "City Councillor"}},
		{name: "occupations before names; a sheriff by his title and surname; a kind of place alone",
			text:     "Podcaster Jaro Kellen and Whistleblower Imra Tossi met on Monday. County sheriff Bram Wexley told reporters the road was closed. Sheriff Wexley said the driver fled.",
			names:    []string{"Jaro Kellen", "Imra Tossi", "Bram Wexley"},
			notNames: []string{"Podcaster Jaro Kellen", "Whistleblower Imra Tossi", "Sheriff Wexley", "County"}},
		{name: "names of other languages with two particles; a range or a reservation is a place",
			text:  "The Banco de la Nacion Argentina lent the money. Ten bison were released at the National Bison Range in Montana.",
			names: []string{"Banco de la Nacion Argentina"},
			types: map[string]newsgraph.EntityType{"Banco de la Nacion Argentina": newsgraph.Organization, "National Bison Range": newsgraph.Place}},
		{name: "a runner is his country's",
			text:     "Norway's Warholm wins gold. Yesterday, Karsten Warholm of Norway won the race.",
			names:    []string{"Karsten Warholm"},
			notNames: []string{"Warholm"}},
		{name: "a numbered article, a party's convention of a year, two spaces for a comma",
			text:     "Protesters asked the government to revoke Article 50 of the treaty. Ana Ruiz spoke at the 1972 Velmish National Convention. Instead, like the Tarsk National Convention  Republicans met online.",
			names:    []string{"Article 50", "Tarsk National Convention"},
			notNames: []string{"Article", "Tarsk National Convention  Republicans"},
			types:    map[string]newsgraph.EntityType{"Article 50": newsgraph.Thing, "1972 Velmish National Convention": newsgraph.Event}},
		{name: "initials, a comma before a long name, a date with a number",
			text:     `The ticket was Bill Bayes for President and C.L. Gammon for Vice President. Gammon accepted. The Archbishop of Velmgrad, Sławoj Leszek Głódź, condemned the attack. The campaign began on 20 Nov 2019.`,
			names:    []string{"C.L. Gammon", "Sławoj Leszek Głódź"},
			notNames: []string{"C.L.", "Gammon", "Sławoj", "Leszek Głódź", "Nov 2019"}},
		{name: "a greeting is no name",
			text:     "Ana Ruiz met the press. \"Thank you. Goodbye,\" she said. Tom Vale tweeted \"RIP #Velm\".",
			names:    []string{"Ana Ruiz"},
			notNames: []string{"Thank", "Goodbye", "RIP"}},
		{name: "named days and contests written in lower case",
			text:  `Tom Vale won most states on Super Tuesday. Prime Minister Theresa May resigned. Ana Ruiz won the Nevada caucuses on February 22. The South Carolina primary election was held. Nevada is a state.`,
			names: []string{"Super Tuesday", "Theresa May", "Nevada caucuses", "South Carolina primary election", "Nevada"},
			types: map[string]newsgraph.EntityType{"Super Tuesday": newsgraph.Event, "Theresa May": newsgraph.Person, "Nevada caucuses": newsgraph.Event, "South Carolina primary election": newsgraph.Event, "Nevada": newsgraph.Place}},
		{name: "a company by the class noun before its name",
			text:  `The online supermarket Shopwise stopped deliveries on Monday. Offering his condolence, speaker of the parliament Tom Vale wrote on Instagram that the year was hard.`,
			types: map[string]newsgraph.EntityType{"Shopwise": newsgraph.Organization, "Tom Vale": newsgraph.Person}},
		{name: "a district by its ordinal, a court by its circuit",
			text:     `Representative Tom Vale of Maryland's seventh Congressional District announced his resignation. The Court of Appeals for the D.C. Circuit vacated his conviction.`,
			names:    []string{"Maryland's seventh Congressional District", "Court of Appeals for the D.C. Circuit"},
			notNames: []string{"Congressional District", "Court of Appeals"}},
		{name: "a museum that publishes is the institution, one toured the building",
			text:  `In a new study released by the Velm Museum of Natural History on Monday, scientists described a new frog. Visitors toured the Tarsk Museum.`,
			types: map[string]newsgraph.EntityType{"Velm Museum of Natural History": newsgraph.Organization, "Tarsk Museum": newsgraph.Place}},
		{name: "a journal named after what it prints",
			text:     `The study appeared in the Proceedings of the Velm Academy of Sciences on Monday.`,
			names:    []string{"Proceedings of the Velm Academy of Sciences"},
			notNames: []string{"Proceedings", "Velm Academy of Sciences"},
			types:    map[string]newsgraph.EntityType{"Proceedings of the Velm Academy of Sciences": newsgraph.Organization}},
		{name: "a party's convention is an event",
			text:  `The Republican National Convention was held in August.`,
			types: map[string]newsgraph.EntityType{"Republican National Convention": newsgraph.Event}},
		{name: "a body named after two people",
			text:     `The study was funded by the Tom and Ana Vale Foundation, said Ivo Marsh of the Tom and Ana Vale Foundation.`,
			names:    []string{"Tom and Ana Vale Foundation"},
			notNames: []string{"Tom", "Ana Vale Foundation"},
			types:    map[string]newsgraph.EntityType{"Tom and Ana Vale Foundation": newsgraph.Organization}},
		{name: "a party named as a rally",
			text:  `The ruling Democratic Rally in Cyprus hailed the pipeline.`,
			types: map[string]newsgraph.EntityType{"Democratic Rally": newsgraph.Organization}},
		{name: "a storm by its name, a state's people",
			text:     `Hurricane Velda reached the Bahamas on Sunday. Velda then turned north. Montanans voted on Tuesday, and a Kenyan runner won in Sweden.`,
			names:    []string{"Hurricane Velda", "Sweden"},
			notNames: []string{"Velda", "Montanans", "Kenyan"},
			types:    map[string]newsgraph.EntityType{"Hurricane Velda": newsgraph.Event}},
		{name: "names in another language's gloss",
			text:     "Ivo Marsh of the conservative Velm Justice Party ((pl))Polish language: \u200dPrawo i Sprawiedliwo\u015b\u0107 publicly declared his intent. Senate leader Ana Ruiz said ((es))Spanish language: \u200dSi el Senado me ratifica, lo acepto. Tom Vale agreed.",
			names:    []string{"Ivo Marsh", "Velm Justice Party", "Ana Ruiz", "Tom Vale"},
			notNames: []string{"Prawo", "Sprawiedliwo\u015b\u0107", "Prawo i Sprawiedliwo\u015b\u0107", "Senado", "Si", "Si el Senado"}},
		{name: "a site whose first word is a person's name",
			text:  `Protesters gathered near the Washington Monument and the Lincoln Memorial in Washington DC. The crowd in Washington grew.`,
			names: []string{"Washington DC"}, notNames: []string{"Washington"},
			types: map[string]newsgraph.EntityType{"Washington Monument": newsgraph.Place, "Lincoln Memorial": newsgraph.Place, "Washington DC": newsgraph.Place}},
		{name: "a facility named after a person is a place",
			text:  `The flight landed at Lena Holt International Airport in Velm. Trains left Victoria Station late.`,
			types: map[string]newsgraph.EntityType{"Lena Holt International Airport": newsgraph.Place, "Victoria Station": newsgraph.Place}},
		{name: "a class noun before the name and its article",
			text:  `Ivo Marsh was the leader of the militant group the Tarsk Front. Erik Lund leads the villainous faction The Grey Order.`,
			types: map[string]newsgraph.EntityType{"Tarsk Front": newsgraph.Organization, "Grey Order": newsgraph.Organization}},
		{name: "a chamber named in a contest for it is no entity",
			text:     `Tom Vale lost the 2018 West Virginia Republican Senate primary. The Senate confirmed Ana Ruiz to the Supreme Court.`,
			notNames: []string{"Virginia Republican Senate", "West Virginia Republican Senate"}},
		{name: "a species, a race, a fair, an awarded star",
			text:  `An outbreak of E. coli closed the farm. Cases of S. aureus rose in Velm. Lena Holt won the 400 metres hurdles in Oslo. The Velm Maker Faire opened on Saturday. Tom Vale was awarded the Velm Star by the president.`,
			types: map[string]newsgraph.EntityType{"E. coli": newsgraph.Thing, "S. aureus": newsgraph.Thing, "Velm Maker Faire": newsgraph.Event, "Velm Star": newsgraph.Thing}},
		{name: "a division of a contest is another event",
			text:  `The Women's Rugby World Cup opened in Oslo. The Rugby World Cup will be held in Velm next year.`,
			names: []string{"Women's Rugby World Cup", "Rugby World Cup"}},
		{name: "names that differ in their ending are two people",
			text:  `Martin spoke first. Martina replied that the plan was late. Antonio agreed, and Antonia left.`,
			names: []string{"Martin", "Martina", "Antonio", "Antonia"}},
		{name: "a seat of government that speaks is the body in it",
			text:  `The White House said on Monday that the talks would continue. Protesters gathered outside the White House.`,
			types: map[string]newsgraph.EntityType{"White House": newsgraph.Organization}},
		{name: "an organization's name with 'for' and 'and'",
			text:  `According to the Tarsk Center for Systems Science and Engineering, there are 142 cases.`,
			names: []string{"Tarsk Center for Systems Science and Engineering"}},
		{name: "the words of a title are no name",
			text:     `In the post Tom Hale, the Chief Technological Officer of Vexa Systems said the plan was dead. Solicitor General Ana Ruiz filed a petition. Longtime Tarsk Radio writer Ivo Marsh tweeted.`,
			names:    []string{"Tom Hale", "Ana Ruiz", "Ivo Marsh"},
			notNames: []string{"Technological Officer", "Solicitor", "Longtime Tarsk Radio"}},
		{name: "an outlet's acronym before a surname of the document",
			text:  `Ivo Marsh died on Thursday. Mayor Ana Ruiz told WKRN Marsh "was a fighter."`,
			names: []string{"WKRN"}, notNames: []string{"WKRN Marsh"}},
		{name: "a maker and a model number",
			text:  `The airline flies Boeing 707s and uses Boeing 747s for freight.`,
			names: []string{"Boeing 707s", "Boeing 747s"}, types: map[string]newsgraph.EntityType{"Boeing 707s": newsgraph.Thing}},
		{name: "a company named by its first word",
			text:  "Inquiry into Marlow\n\nMarlow Motor Company announced an inquiry on Friday. Marlow said it was cooperating. Marlow told reporters the tests were sound.",
			names: []string{"Marlow Motor Company"}, notNames: []string{"Marlow"}, types: map[string]newsgraph.EntityType{"Marlow Motor Company": newsgraph.Organization}},
		{name: "a condition named after a person",
			text:  `Ivo Marsh died of Huntington's disease on Monday.`,
			names: []string{"Huntington's disease"}, notNames: []string{"Huntington"}, types: map[string]newsgraph.EntityType{"Huntington's disease": newsgraph.Thing}},
		{name: "fictional characters by the words around them",
			text: `Fans dressed as Hermione Granger and Spider-Man on Saturday. Ana Ruiz cosplayed as Catwoman. Characters such as Belle and Tiana were popular. One boy wore a Jack Frost costume. Tom Hale played the role of Marty McFly. Lena Holt drew Squirrel Girl, a Vexa Comics character.`,
			types: map[string]newsgraph.EntityType{"Hermione Granger": newsgraph.Thing, "Spider-Man": newsgraph.Thing, "Catwoman": newsgraph.Thing,
				"Belle": newsgraph.Thing, "Tiana": newsgraph.Thing, "Jack Frost": newsgraph.Thing, "Marty McFly": newsgraph.Thing,
				"Ana Ruiz": newsgraph.Person, "Tom Hale": newsgraph.Person, "Vexa Comics": newsgraph.Organization}},
		{name: "a character worn keeps its title; autographs are not signed agreements",
			text:     "Comic con news\n\nTom Vale wore a Captain Orbit costume. Many fans were cosplaying as Lord Tarsk. Actor Ivo Marsh signed autographs.",
			names:    []string{"Captain Orbit", "Lord Tarsk"},
			notNames: []string{"Orbit", "Tarsk", "autographs"},
			types:    map[string]newsgraph.EntityType{"Captain Orbit": newsgraph.Thing, "Lord Tarsk": newsgraph.Thing}},
		{name: "things and days named after a person, court cases, a participle starting a name",
			text:     `Organized Neighbours, along with the Tarsk Civil Rights Union, announced a lawsuit. Her accolades include the Maria Lopez Prize in 2001. He campaigned for Anna Novak Jr. Day to be a holiday. The ruling in the Hale v. Marsh case stands.`,
			names:    []string{"Organized Neighbours", "Maria Lopez Prize", "Anna Novak Jr. Day", "Hale v. Marsh"},
			notNames: []string{"Neighbours", "Maria Lopez", "Anna Novak", "Hale", "Marsh"},
			types: map[string]newsgraph.EntityType{"Organized Neighbours": newsgraph.Organization, "Maria Lopez Prize": newsgraph.Thing,
				"Anna Novak Jr. Day": newsgraph.Event, "Hale v. Marsh": newsgraph.Thing}},
		{name: "two names joined by a dash before a noun are two entities",
			text:     `Tom Hale and Ana Ruiz met. The Hale-Ruiz debate was watched by millions. Egypt signed the Egypt–Israel peace treaty. The Export–Import Bank of Tarsk lent money.`,
			names:    []string{"Tom Hale", "Ana Ruiz", "Egypt", "Israel", "Export–Import Bank of Tarsk"},
			notNames: []string{"Hale-Ruiz", "Egypt–Israel"}},
		{name: "a name with commas that its acronym spells",
			text:  `In an interview, the Northern Alliance for Science, Culture and Education (NASCE) said the change needed its approval.`,
			names: []string{"Northern Alliance for Science, Culture and Education"}, notNames: []string{"Culture and Education", "Northern Alliance for Science"}},
		{name: "a craft named after a person",
			text:  `NASA's Lena Holt space telescope was launched in 2021.`,
			names: []string{"Lena Holt space telescope"}, notNames: []string{"Lena Holt"}, types: map[string]newsgraph.EntityType{"Lena Holt space telescope": newsgraph.Thing}},
		{name: "an Arabic article belongs to the surname",
			text:     `Nabil Hasan al-Tarsi died on Tuesday. Gunmen attacked al-Tarsi shortly after he left his home.`,
			names:    []string{"Nabil Hasan al-Tarsi"},
			notNames: []string{"Tarsi"}},
		{name: "names inside compounds and with One",
			text:     `The film was an Academy Award-winning success. Lena Holt flew on her Velm One helicopter. The band was inducted into the Folk and Blues Hall of Fame in 1993.`,
			names:    []string{"Academy Award", "Velm One", "Folk and Blues Hall of Fame"},
			notNames: []string{"Academy Award-winning", "Velm", "Blues Hall of Fame"},
			types:    map[string]newsgraph.EntityType{"Velm One": newsgraph.Thing, "Folk and Blues Hall of Fame": newsgraph.Organization}},
		{name: "a plural for people that begins sentences is no name",
			text:     `Protesters called for the governor's resignation. Rioters broke windows. Tarsk Rangers won the cup.`,
			notNames: []string{"Protesters", "Rioters"}},
		{name: "a state's institution is the state's",
			text:  `Voters in Vermont went to the polls after the state's Supreme Court ruled against the governor. The Supreme Court said the vote would go ahead.`,
			names: []string{"Vermont Supreme Court"}, notNames: []string{"Supreme Court"}},
		{name: "the titles of works after a word for one",
			text:  `He wore a costume from the film Rise of the Velm. The game Tarsk: New Ostrava sold well. He worked on the album Band on the Run with Tom Hale.`,
			names: []string{"Rise of the Velm", "Tarsk: New Ostrava", "Band on the Run", "Tom Hale"},
			types: map[string]newsgraph.EntityType{"Rise of the Velm": newsgraph.Thing, "Tarsk: New Ostrava": newsgraph.Thing, "Band on the Run": newsgraph.Thing}},
		{name: "a year begins an event's name, not a place's",
			text:     `In 2019 Tarsk voted. The 2019 Velm Athletics Championships were held in Ostrava.`,
			names:    []string{"2019 Velm Athletics Championships"},
			notNames: []string{"Velm Athletics Championships", "2019 Tarsk"}},
		{name: "a misspelt surname is the person's, a similar one is not",
			text:     `Jacques Vernet died on Thursday. Venret was president of the Tarsk Senate. Tom March spoke. Marsh was not there.`,
			names:    []string{"Jacques Vernet", "Tom March", "Marsh"},
			notNames: []string{"Venret"}},
		{name: "a power plant named like a person is a place",
			text:  `The quake damaged the Costa Sur power plant. Costa Sur provided power for a quarter of the island.`,
			names: []string{"Costa Sur power plant"}, notNames: []string{"Costa Sur"},
			types: map[string]newsgraph.EntityType{"Costa Sur power plant": newsgraph.Place}},
		{name: "event and thing head words",
			text:  `Visitors came to the Tarsk Haunters Festival. The Canada Emergency Response Benefit was paid to 8 million people. Astronomers used the Chile Large Millimeter Array.`,
			types: map[string]newsgraph.EntityType{"Tarsk Haunters Festival": newsgraph.Event, "Canada Emergency Response Benefit": newsgraph.Thing, "Chile Large Millimeter Array": newsgraph.Thing}},
		{name: "a fellowship named by what it serves",
			text:     `The Knights of Velm held a meeting in Ohio. The Daughters of the Tarsk Revolution met.`,
			names:    []string{"Knights of Velm", "Daughters of the Tarsk Revolution"},
			notNames: []string{"Knights", "Velm"},
			types:    map[string]newsgraph.EntityType{"Knights of Velm": newsgraph.Organization, "Daughters of the Tarsk Revolution": newsgraph.Organization}},
		{name: "a direction before a country is no part of its name",
			text:     `A fire killed five girls in Koszalin, North Poland. Refugees fled to North Korea.`,
			names:    []string{"Poland", "North Korea"},
			notNames: []string{"North Poland"}},
		{name: "an organization's name and a person's run together",
			text:     `What was the President of the Tarsk Chess Federation Mehrdad Velmani like?`,
			names:    []string{"Tarsk Chess Federation", "Mehrdad Velmani"},
			notNames: []string{"Tarsk Chess Federation Mehrdad Velmani"}},
		{name: "two surnames joined by a dash are a ticket",
			text:  `Tom Hale chose Ana Ruiz. Hale-Ruiz released a statement on Monday.`,
			types: map[string]newsgraph.EntityType{"Hale-Ruiz": newsgraph.Organization, "Tom Hale": newsgraph.Person}},
		{name: "a region's name with 'in'",
			text:     `The quake affected the Velm Autonomous Region in Muslim Mindanao, Region 11 and Region 12.`,
			names:    []string{"Velm Autonomous Region in Muslim Mindanao"},
			notNames: []string{"Velm Autonomous Region"}},
		{name: "a commodity's producer is a company, a film's a person",
			text:  `Critics praised film producer Tom Hale and music producer Ana Ruiz. Earlier, the Greek gas producer Energean signed a letter of intent.`,
			types: map[string]newsgraph.EntityType{"Tom Hale": newsgraph.Person, "Ana Ruiz": newsgraph.Person, "Energean": newsgraph.Organization}},
		{name: "a place named like a person, placed by its region",
			text:  `The singer died on Monday at her home in Carmel Valley, California.`,
			types: map[string]newsgraph.EntityType{"Carmel Valley": newsgraph.Place}},
		{name: "a work's title alone in its sentence",
			text:  `He wrote the book The Selfish Gene in 1976.`,
			types: map[string]newsgraph.EntityType{"Selfish Gene": newsgraph.Thing}},
		{name: "religions and ideologies are things",
			text:  `Christianity and Communism were discussed at the Tarsk Forum. Many turned to Catholicism.`,
			types: map[string]newsgraph.EntityType{"Christianity": newsgraph.Thing, "Communism": newsgraph.Thing, "Catholicism": newsgraph.Thing}},
		{name: "a group of people for a cause",
			text:  `The march was organized by Parents for Safer Streets on Sunday.`,
			names: []string{"Parents for Safer Streets"}, types: map[string]newsgraph.EntityType{"Parents for Safer Streets": newsgraph.Organization}},
		{name: "the founder of a company named with its head word",
			text:  `Tom Vale, the founder of Vale Construction, was fined in 2010.`,
			types: map[string]newsgraph.EntityType{"Vale Construction": newsgraph.Organization}},
		{name: "a title after a place before a name",
			text:  `Last week, Tarsk Governor Ana Ruiz declared a state of emergency.`,
			names: []string{"Tarsk", "Ana Ruiz"}, notNames: []string{"Tarsk Governor"}},
		{name: "a bracketed acronym of lower-case words is no name",
			text:     `The study also showed the role of the anterior cingulate cortex (ACC) in fear.`,
			notNames: []string{"study also showed the role of the anterior cingulate cortex"}},
		{name: "a facility named with two nouns",
			text:  `The train left Tarsk Junction railway station at noon. The Vale Sur power plant at Holmby was damaged.`,
			names: []string{"Tarsk Junction railway station", "Vale Sur power plant"},
			types: map[string]newsgraph.EntityType{"Tarsk Junction railway station": newsgraph.Place, "Vale Sur power plant": newsgraph.Place}},
		{name: "a club's ground",
			text:  `Glenmore defeated Wynford 45 points to 24 at Wynford's Elm Street ground on Saturday.`,
			names: []string{"Elm Street ground"}, notNames: []string{"Wynford's Elm Street"}},
		{name: "a speaker's label in quotation marks is no name",
			text:     `On Twitter, Tom Vale referred to the vote as "The Budget Hoax" and called the inquiry "Project Ruin".`,
			notNames: []string{"Budget Hoax", "The Budget Hoax", "Project Ruin"}},
		{name: "what something was nicknamed is its name",
			text:  `The events were nicknamed "the Tarsk Caper" and later made into a film.`,
			names: []string{"Tarsk Caper"}},
		{name: "names listed after the kind they are",
			text:  `Tarsk firms including Holm Vexa, Brandt and Lindqvist have announced plans to leave the country.`,
			types: map[string]newsgraph.EntityType{"Holm Vexa": newsgraph.Organization, "Brandt": newsgraph.Organization, "Lindqvist": newsgraph.Organization}},
		{name: "an outlet's name keeps its article",
			text:  `Events are planned through March, newspaper The Tarsk reported.`,
			names: []string{"The Tarsk"}, types: map[string]newsgraph.EntityType{"The Tarsk": newsgraph.Organization}},
		{name: "a plural organization word heads a name",
			text:  `Tom Vale, the former director of the Centers for Disease Control and Prevention, said the virus was spreading.`,
			names: []string{"Centers for Disease Control and Prevention"}, notNames: []string{"Disease Control", "Prevention"}},
		{name: "two organizations joined by and",
			text:  `On Thursday, the Civil Liberties Union of Montana and Native American Rights Fund filed a lawsuit against the state.`,
			names: []string{"Civil Liberties Union of Montana", "Native American Rights Fund"}},
		{name: "a division named with its place",
			text:  `Tom Vale was convicted in 2010 in the Southern District of Ohio. Flooding hit the Autonomous Region in Muslim Mindanao.`,
			names: []string{"Southern District of Ohio", "Autonomous Region in Muslim Mindanao"}, notNames: []string{"Southern District", "Autonomous Region"}},
		{name: "a saint's church is one name",
			text:  `Rioters set fire to St. Anne's Episcopal Church at Holm Square on Monday.`,
			names: []string{"St. Anne's Episcopal Church"}, notNames: []string{"Episcopal Church"}},
		{name: "a surname the tagger took for a plural noun",
			text:  `Steve Peers of the University of Tarsk, speaking to the press, said the court was wrong.`,
			names: []string{"Steve Peers"}, notNames: []string{"Steve"}},
		{name: "a degree is no organization",
			text:     `Ivo Marsh, a Ph.D. student at the University of Tarsk, led the study.`,
			notNames: []string{"Ph.D."}},
		{name: "a description is no entity",
			text:     `Democrat Ana Ruiz, a minister and former Army colonel, was first elected to the state senate in 2012. The Holmby-based court issued a judgement.`,
			notNames: []string{"state senate", "-based court"}},
		{name: "a road named by its number",
			text:  `On Friday, on Route 9 in Holmby, a truck and ten motorcycles collided.`,
			names: []string{"Route 9"}, notNames: []string{"Route"}, types: map[string]newsgraph.EntityType{"Route 9": newsgraph.Place}},
		{name: "a river named before its noun",
			text:  `Boats on the Lot river were moved to safety.`,
			names: []string{"Lot river"}},
		{name: "a letter alone or a symbol is no name",
			text:     "Ana Ruiz said C and H were the answers. ██ Cervid tests followed.",
			names:    []string{"Ana Ruiz"},
			notNames: []string{"C", "H", "██ Cervid"}},
		{name: "a reporter without a person's name is an outlet",
			text:  `Velmora reports the mayor has resigned. The newspaper The Clarion reported the same.`,
			types: map[string]newsgraph.EntityType{"Velmora": newsgraph.Organization, "The Clarion": newsgraph.Organization}},
		{name: "the sides of a scored match are teams",
			text:  `In other results, Toowoomba defeated Ipswich 43–5 on Saturday.`,
			types: map[string]newsgraph.EntityType{"Toowoomba": newsgraph.Organization, "Ipswich": newsgraph.Organization}},
		{name: "hyphens and dashes",
			text:  `Jean-Yves Morel visited the Export–Import Bank in Paris.`,
			names: []string{"Jean-Yves Morel", "Export–Import Bank"}},
		{name: "titles are not names",
			text:     `President Ana Ruiz and Prime Minister Tom Hale met in Lima.`,
			names:    []string{"Ana Ruiz", "Tom Hale"},
			notNames: []string{"President", "Prime Minister", "President Ana Ruiz"}},
		{name: "time zones and weekdays",
			text:     `At 10:30 BST on Monday the Supreme Court issued its ruling.`,
			names:    []string{"Supreme Court"},
			notNames: []string{"BST", "Monday"}},
		{name: "events and things",
			text:  `Anna Berg won the Lisbon Marathon and the Golden Anchor Prize, and praised the Clean Water Act.`,
			types: map[string]newsgraph.EntityType{"Lisbon Marathon": newsgraph.Event, "Golden Anchor Prize": newsgraph.Thing, "Clean Water Act": newsgraph.Thing}},
		{name: "organization names on of, for, on and and",
			text:  `The Tarsk Society for Geology and Marine Biology and the International Council on Taxonomy of Mosses met in Oslo.`,
			names: []string{"Tarsk Society for Geology and Marine Biology", "International Council on Taxonomy of Mosses"}},
		{name: "a person's name before an organization word",
			text:  `The Olaf Berg Institute said the ice was thinning.`,
			types: map[string]newsgraph.EntityType{"Olaf Berg Institute": newsgraph.Organization}},
		{name: "station number and outlets",
			text:  `Ana Ruiz told KTVX 4 the road was closed. Omar Diaz told The Ledger it was not.`,
			names: []string{"KTVX 4", "Ledger"}},
		{name: "the state of a place",
			text:     `He was found guilty under the laws of the State of Ontario.`,
			names:    []string{"Ontario"},
			notNames: []string{"State of Ontario"}},
		{name: "a country's name across a name's parts",
			text:  `The Supreme Court of the United Kingdom ruled on Tuesday.`,
			names: []string{"Supreme Court of the United Kingdom"}},
		{name: "adjectives before a title",
			text:     `He met Roman Catholic Pope Leo in Rome.`,
			notNames: []string{"Roman Catholic"}},
		{name: "buildings named after people, venues by their head word, an age before a name",
			text: "Arts news\n\nThe play opened at the Marsh Auditorium in Port Alder. Officers moved him to Harold J. Wexley Correctional Facility in Alder County. " +
				"Paintings hang in the Quill Gallery. The second victim was 41-year-old Dorsin Pellingham, a neighbour. Police found a coat of Pellingham's.",
			names:    []string{"Harold J. Wexley Correctional Facility"},
			notNames: []string{"Harold J. Wexley", "Correctional Facility", "Pellingham"},
			types: map[string]newsgraph.EntityType{"Marsh Auditorium": newsgraph.Place, "Harold J. Wexley Correctional Facility": newsgraph.Place,
				"Quill Gallery": newsgraph.Place, "Dorsin Pellingham": newsgraph.Person}},
		{name: "names over \"of the\", a disease or effect with its kind, a genus in -io",
			text: "Science news\n\nResearchers found the bacterium Vibrio coralliilyticus in the reef. Cases of Powassan virus rose in Velm. Powassan is spread by ticks. Critics called it the Streisand effect. " +
				"Tom Reeve received the Most Brilliant Order of the Sun in May. The Catholic Bishops' Conference of the Philippines (CBCP) said the law was unjust. The Grand Society of the Falcon met in Port Alder. " +
				"The Control Centre of the Coast Guard said nothing. The HIV virus spread.",
			names:    []string{"Vibrio coralliilyticus", "Powassan virus", "Streisand effect", "Most Brilliant Order of the Sun", "Catholic Bishops' Conference of the Philippines", "Grand Society of the Falcon", "Coast Guard"},
			notNames: []string{"Vibrio", "Powassan", "Streisand", "Sun", "Falcon", "CBCP", "Control Centre of the Coast Guard", "HIV virus"},
			types: map[string]newsgraph.EntityType{"Powassan virus": newsgraph.Thing, "Streisand effect": newsgraph.Thing, "Most Brilliant Order of the Sun": newsgraph.Thing,
				"Catholic Bishops' Conference of the Philippines": newsgraph.Organization}},
		{name: "parts of a paper, amounts with a currency's sign, units and bare directions are no entities",
			text:     "Lab news\n\nLook at Figure 4c in the paper. It cost around Rs.30-Rs.40 and we got 1 KG pulses. Jane Doe then came down to South. People from the far East came.",
			notNames: []string{"Figure 4c", "Rs.30-Rs.40", "KG", "South"},
			names:    []string{"Jane Doe", "East"}},
		{name: "a paper named with \"Today\"; two parties named by their words and \"Parties\"",
			text:     "Media news\n\nJane Doe told USA Today the plan was bad. The Democratic and Republican Parties agreed on Monday. The Democratic National Committee said it would appeal.",
			names:    []string{"USA Today", "Democratic Party", "Republican Party", "Democratic National Committee"},
			notNames: []string{"USA", "Republican Parties"},
			types:    map[string]newsgraph.EntityType{"USA Today": newsgraph.Organization}},
		{name: "an editor's brackets: given names before a surname, a role after a name",
			text:     "Health news\n\n\"We need help,\" said [Tomas Reyes] Attah, a nurse. Masks were given by Ramdas [local MLA] on Monday. Attah added that the staff were tired.",
			names:    []string{"Tomas Reyes Attah", "Ramdas"},
			notNames: []string{"Tomas Reyes", "Attah", "MLA"},
			types:    map[string]newsgraph.EntityType{"Ramdas": newsgraph.Person}},
		{name: "a ship named like a person; a genus of four letters",
			text:     "Sea news\n\nThe cargo ship Tomas Bangor disappeared in May. Researchers studied Homo sapiens and Homo erectus in the cave.",
			names:    []string{"Homo sapiens", "Homo erectus"},
			notNames: []string{"Homo"},
			types:    map[string]newsgraph.EntityType{"Tomas Bangor": newsgraph.Thing}},
		{name: "an apposition after an adverb; a protocol keeps its kind",
			text:  "Religion news\n\nThe court allowed converting Santa Velora, formerly a mosque and now a museum, to a mosque. Users shared the files via the Torrent protocol.",
			types: map[string]newsgraph.EntityType{"Santa Velora": newsgraph.Place, "Torrent protocol": newsgraph.Thing}},
		{name: "events named with a scandal, an affair or a massacre; an organization's attack stays the organization's",
			text:     "History news\n\nThe Kestwick scandal ended his career. The Lewinsky affair shook Washington. The Velmar massacres killed thousands. The Hamas attack killed ten.",
			names:    []string{"Kestwick scandal", "Lewinsky affair", "Velmar massacres", "Hamas"},
			notNames: []string{"Kestwick", "Lewinsky", "Hamas attack"},
			types:    map[string]newsgraph.EntityType{"Kestwick scandal": newsgraph.Event, "Lewinsky affair": newsgraph.Event, "Velmar massacres": newsgraph.Event}},
		{name: "a model's number and a model's adjective before the kind of craft",
			text:  "Space news\n\nThe capsule was launched via a Falcon 9 rocket from Port Alder. Last year, the company tested its Falcon Heavy rocket.",
			names: []string{"Falcon 9", "Falcon Heavy"}, notNames: []string{"Falcon"}},
		{name: "a portfolio before a minister's title is no body, unless the story names its ministry",
			text:     "Air news\n\nOn Monday, Civil Aviation Minister Tom Reeve said the airport would reopen. The new Fisheries Minister Ana Ruiz agreed.",
			names:    []string{"Tom Reeve", "Ana Ruiz"},
			notNames: []string{"Civil Aviation", "Fisheries"}},
		{name: "a house number before a street named kind first; two lines named before their shared plural",
			text:     "Police news\n\nThey offered Jane Doe a tour of the famed police headquarters at 36 Quai des Orfèvres. The walkway lets passengers transfer between the Velm and Jubilee lines.",
			names:    []string{"36 Quai des Orfèvres", "Jubilee line"},
			notNames: []string{"Quai des Orfèvres", "Jubilee"},
			types:    map[string]newsgraph.EntityType{"36 Quai des Orfèvres": newsgraph.Place, "Jubilee line": newsgraph.Place}},
		{name: "a political camp named by what it is for",
			text:  "Election news\n\nThe pro-Velm camp lost most of its seats. Ana Ruiz from the pro-Velm camp said the result was bad.",
			types: map[string]newsgraph.EntityType{"pro-Velm camp": newsgraph.Organization}},
		{name: "the place after a titled person's name and \"of\"",
			text:  "Politics news\n\nPrime Minister Jane Doe of Norland said the vote would be held on Monday.",
			types: map[string]newsgraph.EntityType{"Norland": newsgraph.Place, "Jane Doe": newsgraph.Person}},
		{name: "a craft named after someone with a rank is a thing, no member of the navy",
			text:     "Navy report\n\nThe crew sailed on the Velmish Navy's Sergeant Ortt supply vessel that visited the base. The Norland Navy's Admiral Brant frigate docked in Port Alder.",
			names:    []string{"Sergeant Ortt", "Admiral Brant"},
			notNames: []string{"Ortt", "Brant"},
			types:    map[string]newsgraph.EntityType{"Sergeant Ortt": newsgraph.Thing, "Admiral Brant": newsgraph.Thing}},
		{name: "an airport by its short name; a comrade's form of address is no role",
			text:     "Velm airport crash kills 18\n\nA plane skidded off the runway at Velm International Airport on Friday. Cde Tom Mugabe said the plan was bad.",
			names:    []string{"Velm International Airport", "Tom Mugabe"},
			notNames: []string{"Velm airport", "Cde Tom Mugabe"}},
		{name: "a title that is the next clause's subject is no title of the name before it; the Queen is only one titled so",
			text:  "Politics news\n\nPer request of Prime Minister Tom Reeve, the Queen suspended parliament for five weeks yesterday. \"Tom Reeve is trying to use the Queen to concentrate power,\" Ana Ruiz said.",
			names: []string{"Tom Reeve"}},
		{name: "letters after a person's name are no part of it",
			text:     "Court news\n\nThe lawyer Jane Doe QC said the ruling was wrong. Tom Reeve MBE attended the ceremony.",
			names:    []string{"Jane Doe", "Tom Reeve"},
			notNames: []string{"Jane Doe QC", "Tom Reeve MBE"}},
		{name: "a one-word name that acts as a company does is a body, not a person",
			text:  "Toy news\n\nKestrovo hosted a panel about its new products on Friday.",
			types: map[string]newsgraph.EntityType{"Kestrovo": newsgraph.Organization}},
		{name: "a work named before what is made of it",
			text:  "Toy news\n\nActor Sam Reed revealed that a Sliders reboot is being considered.",
			types: map[string]newsgraph.EntityType{"Sliders": newsgraph.Thing, "Sam Reed": newsgraph.Person}},
		{name: "a person's name before a known body's name stays a person",
			text:  "Campaign news\n\nFormer Bill Clinton White House Press Secretary Joe Lockhart questioned the visit.",
			names: []string{"Bill Clinton", "Joe Lockhart"}, notNames: []string{"Bill Clinton White House"}},
		{name: "company words",
			text:  `Vexa Systems said on Monday that Northgate Airlines would buy it.`,
			types: map[string]newsgraph.EntityType{"Vexa Systems": newsgraph.Organization, "Northgate Airlines": newsgraph.Organization}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, ents := run(t, c.text)
			for _, n := range c.names {
				if _, ok := ents[n]; !ok {
					t.Errorf("no entity %q in %v", n, keys(ents))
				}
			}
			for _, n := range c.notNames {
				if _, ok := ents[n]; ok {
					t.Errorf("unwanted entity %q", n)
				}
			}
			for n, typ := range c.types {
				if e, ok := ents[n]; !ok || e.Type != typ {
					t.Errorf("%q: type %q, want %q (entities %v)", n, e.Type, typ, keys(ents))
				}
			}
		})
	}
}

func TestAliases(t *testing.T) {
	cases := []struct {
		name, text string
		entity     string
		aliases    []string
	}{
		{"acronym in brackets", `Transport for Lisbon (TfL) closed the line. TfL said repairs would take a week.`, "Transport for Lisbon", []string{"TfL"}},
		{"a storm by every kind of storm it became, and by its name alone", "Weather news\n\nTropical Storm Marisol formed on Monday. By Wednesday Hurricane Marisol had reached Port Alder, where Marisol destroyed 40 homes. Storm Marisol then weakened.", "Tropical Storm Marisol", []string{"Hurricane Marisol", "Marisol", "Storm Marisol"}},
		{"an event by its head word", "Science news\n\nThe 2016 Vetch Olympiad was held in Vetch. Jane Doe won the Olympiad.", "2016 Vetch Olympiad", []string{"Olympiad"}},
		{"the name a described party was founded under is its former name, which takes no later \"the party\"", "Party news\n\nThe Lantern Party nominated Jane Doe. The party was founded in 2011 as the Harbor Democratic Party. It changed to its current name in 2016. The party is based on Catholic teaching.", "Lantern Party", []string{"Harbor Democratic Party"}},
		{"a short given name of the one person of that surname", "Fund news\n\nMitchell Stoltz, a lawyer at the Harbor Rights Fund, sent a letter. Sergey thanked Mitch Stoltz for his help.", "Mitchell Stoltz", []string{"Mitch Stoltz"}},
		{"a blend in camel case in brackets after a name", "Road news\n\nThe Kestrel Road Board (KestRoad) said two lanes were closed. KestRoad said the injuries were minor.", "Kestrel Road Board", []string{"KestRoad"}},
		{"a team by its plural name without its town", "Sport news\n\nTom Vale was drafted by the Charlotte Falcons in 1996. The Falcons traded him in 2001.", "Charlotte Falcons", []string{"Falcons"}},
		{"another name after \"also known as\"", "Law news\n\nRepublic Act No. 3846, also known as the Radio Control Law, was passed in 1963. The Radio Control Law bans pirate stations.", "Republic Act No. 3846", []string{"Radio Control Law"}},
		{"a former name in brackets, shown under the present one", "Strike news\n\nThe Tarsk Union (formerly the Tarsk Workers Guild) called a strike.", "Tarsk Union", []string{"Tarsk Workers Guild"}},
		{"the name an organization was founded under", "Party news\n\nThe Liberty Farmers Party was founded in 1988 as the Rural Voters League. It changed its name in 1997.", "Liberty Farmers Party", []string{"Rural Voters League"}},
		{"a state's body by its people's name and by its own", "Brexit news\n\nThe British government said it would appeal. The UK government later withdrew the plan.", "British government", []string{"UK government"}},
		{"a body's head word alone stands for the one the story named with it", "Court news\n\nUnited States District Court Judge Ana Ruiz ruled on Monday. This Court dismisses the suit, the United States District Court for the Southern District of Velm wrote.", "United States District Court for the Southern District of Velm", []string{"United States District Court"}},
		{"a body's name up to its head word", "Science news\n\nResearchers at the Halvorsen Institute for Coastal Ecology studied the reef. The Halvorsen Institute said the results were clear.", "Halvorsen Institute for Coastal Ecology", []string{"Halvorsen Institute"}},
		{"a person's name without the middle name and the generational suffix", "Obituary\n\nFormer Representative John Harlan died on Sunday. Harlan was 90. John Edward Harlan Jr., first elected in 1964, served for decades.", "John Edward Harlan Jr.", []string{"John Harlan", "Harlan"}},
		{"a birth name after \"was born\"", "Obituary\n\nSinger Lena Holt died on Monday. Holt was born Magdalena Rose Vix in Port Alder in 1931.", "Lena Holt", []string{"Magdalena Rose Vix"}},
		{"a species by its genus's initial", "Lab news\n\nThe team found E. coli in the water. Escherichia coli is common.", "E. coli", []string{"Escherichia coli"}},
		{"surname", `Park Won-ho met the press. Park said the budget was final.`, "Park Won-ho", []string{"Park"}},
		{"given name", `Jonna Meyer spoke first. Later Jonna thanked the volunteers.`, "Jonna Meyer", []string{"Jonna"}},
		{"a company's first word, also a surname", "Inquiry into Marlow\n\nMarlow Motor Company announced an inquiry on Friday. Marlow said it was cooperating. Marlow told reporters the tests were sound.",
			"Marlow Motor Company", []string{"Marlow"}},
		{"a surname that is also a head word", `Lena Day, the actress and singer, died on Monday. Day made her last film in 1968. Day said she was proud.`, "Lena Day", []string{"Day"}},
		{"a model without its maker", `The airline flies Vexa V300s to Oslo. The V300 seats 250 people.`, "Vexa V300s", []string{"V300"}},
		{"an event without its organizer's acronym", `The IAAF World Rowing Championships opened in Oslo. The World Rowing Championships end on Sunday.`,
			"IAAF World Rowing Championships", []string{"World Rowing Championships"}},
		{"institution short form", `The U.S. Senate passed the bill. The Senate will vote again in June.`, "U.S. Senate", []string{"Senate"}},
		{"a chamber's short and long forms", `The U.S. House voted on Monday. Speaker Ana Ruiz said the House of Representatives would meet again. The House adjourned.`,
			"U.S. House", []string{"House of Representatives", "House"}},
		{"country abbreviation", `The United States and the US Navy were named. The US said nothing.`, "United States", []string{"US"}},
		{"country-led name in both forms", `The U.S. Coast Guard searched the bay. The United States Coast Guard found the boat.`, "United States Coast Guard", []string{"U.S. Coast Guard"}},
		{"foreign honorific", `Lena Holt testified on Monday. Mme Holt said she was afraid.`, "Lena Holt", []string{"Holt"}},
		{"a month as a surname", `Theresa May resigned in 2019. May said she was proud. In May, Boris Johnson replaced her.`, "Theresa May", []string{"May"}},
		{"a time zone's word as a surname", "Campaign trail\n\nRapper Kanye West entered the race. In an interview, West outlined his plans.", "Kanye West", []string{"West"}},
		{"a monarch's title", `King Harald V opened the bridge.`, "Harald V", []string{"King Harald V"}},
		{"of a country after the name, shown under the name without it", `Germany banned Vexa Air of Iran. Vexa Air said it would appeal. Vexa's director was silent.`, "Vexa Air", []string{"Vexa Air of Iran", "Vexa"}},
		{"a country before or after", `The Supreme Court of the United Kingdom ruled. The UK Supreme Court said the suspension was void.`, "Supreme Court of the United Kingdom", []string{"UK Supreme Court"}},
		{"a committee with or without its chamber", `The House Ethics Committee met on Monday. The Ethics Committee voted on Tuesday.`, "House Ethics Committee", []string{"Ethics Committee"}},
		{"a blend of the name's words in brackets", `The Norland Institute of Geology and Seismics (Norgeos) recorded the quake. Norgeos said aftershocks were likely.`,
			"Norland Institute of Geology and Seismics", []string{"Norgeos"}},
		{"an event after its year and organizer", `The 2031 WRF World Rowing Championships opened in Oslo. Lena Holt won the first race of the World Championships. The World Rowing Championships end on Sunday.`,
			"2031 WRF World Rowing Championships", []string{"World Rowing Championships", "World Championships"}},
		{"a train after its route", `The Oslo–Bergen Fjord Express was cancelled on Monday. The Fjord Express will run again next week.`,
			"Oslo–Bergen Fjord Express", []string{"Fjord Express"}},
		{"a building with its kind in lower case", `The Notre Dame cathedral burned on Monday. Notre Dame will reopen in 2031.`,
			"Notre Dame cathedral", []string{"Notre Dame"}},
		{"a nationality's institution placed by the text", `The Court of Session in Scotland ruled on Monday. The High Court in London ruled on the same day as the Scottish court.`,
			"Court of Session", []string{"Scottish court"}},
		{"an event without its first word", `The Velm Mini Maker Faire opened on Saturday. Thousands visited the Mini Maker Faire.`,
			"Velm Mini Maker Faire", []string{"Mini Maker Faire"}},
		{"a city and its district in brackets", `Thousands rallied in Washington (D.C.) on Saturday. The rally in Washington was peaceful.`,
			"Washington", []string{"D.C."}},
		{"a one-word name misspelt", `A Polish chef named Lukasz fought the attacker. Lukasz, who works at the hall, was injured. Witnesses said Luckasz used a tusk.`,
			"Lukasz", []string{"Luckasz"}},
		{"a city and its district", `Thousands rallied in Washington, DC on Saturday. The rally in Washington was peaceful.`,
			"Washington", []string{"DC"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, ents := run(t, c.text)
			e, ok := ents[c.entity]
			if !ok {
				t.Fatalf("no entity %q in %v", c.entity, keys(ents))
			}
			for _, a := range c.aliases {
				found := false
				for _, b := range e.Aliases {
					found = found || b == a
				}
				if !found {
					t.Errorf("%q: aliases %v lack %q", c.entity, e.Aliases, a)
				}
			}
		})
	}
}

func TestPlaces(t *testing.T) {
	checkFacts(t, []factCase{
		{name: "a town and its state before \", and\"; a list of towns places none in another",
			text: "Campaign news\n\nBoth Ann Rolle, the mayor of Marlow, Texas, and Senator Jim Pike of Ohio visited the area. The team played in Paris, Lyon, and Nice.",
			want: []string{"Marlow –located_in→ Texas"}, not: []string{"Paris –located_in→ Lyon", "Lyon –located_in→ Nice"}},
		{name: "a chain of places ending in a country; gardens in a town",
			text: "Stabbing news\n\nA stabbing took place in Wexley Gardens in Port Alder, Westshire, England on Saturday.",
			want: []string{"Wexley Gardens –located_in→ Port Alder", "Port Alder –located_in→ Westshire", "Westshire –located_in→ England"}},
		{name: "a country's capital named after it; an outlet printed in a town; islands of a country",
			text: "Island news\n\nPatients were flown from Delmont's capital, Parvo, to a hospital in Auckland. The Velm Courier, a daily printed in Darwin, reported the crash. The Kerrow Islands, autonomous islands of Portugal in the Atlantic Ocean, closed schools.",
			want: []string{"Parvo –located_in→ Delmont", "Velm Courier –located_in→ Darwin", "Kerrow Islands –located_in→ Portugal"}},
		{name: "a town and its country after a noun, whatever verb follows",
			text: "Virus news\n\nThe Regional Health Office in Dorrington, Germany confirmed a case of infection on Monday.",
			want: []string{"Regional Health Office –located_in→ Dorrington", "Dorrington –located_in→ Germany"}},
		{name: "a person at a gathering in a place visits it",
			text: "Campaign news\n\nSenator Ana Ruiz held a rally in Tacoma on Monday. Governor Tom Vale gave a speech in Dayton. At a press conference held in Doha, envoy Brian Holt said talks would resume. Mayor Lena Holt never held a rally in Velmar.",
			want: []string{"Ana Ruiz –visits→ Tacoma", "Tom Vale –visits→ Dayton", "Brian Holt –visits→ Doha"}, not: []string{"Lena Holt –visits→ Velmar"}},
		{name: "died at a place, in a city named after a noun",
			text: "Deaths\n\nFormer minister Ravi Okonjo died at a hospital in the capital city Tabriz. Lena Holt did not die in Velmar.",
			want: []string{"Ravi Okonjo –died_in→ Tabriz"}, not: []string{"Lena Holt –died_in→ Velmar"}},
		{name: "died, the person set off by an apposition before the verb, aged and in a hospital",
			text: "Deaths\n\nOn Tuesday, Jane Doe, the former President of Brindland, died aged 91 in a military hospital in Port Alder.",
			want: []string{"Jane Doe –died_in→ Port Alder"}},
		{name: "murdered in a place; a relative clause on the person's description",
			text: "Deaths\n\nPeter Loe was murdered last October in Port Alder. The protests followed the death of Tom Blake, a carpenter who died in Velmar while a guard restrained him. Ivo Marsh was shot in Dorrington but survived.",
			want: []string{"Peter Loe –died_in→ Port Alder", "Tom Blake –died_in→ Velmar"}, not: []string{"Ivo Marsh –died_in→ Dorrington"}},
		{name: "choosing someone for a post appoints them; a name parsed as the predicate is the object",
			text: "Ticket news\n\nCandidate Tom Carr selected Ana Patel as his running mate in May. Mayor Tim Ng named Ivo Marsh as police chief. The committee selected a new logo. Lena Holt was chosen by the Velm Hawks in the first round of the draft. Hawk Lee selected Jane Doe to be his running mate. Hawk Lee selected Tom Fenwick to lead the talks.",
			want: []string{"Tom Carr –appointed→ Ana Patel", "Tim Ng –appointed→ Ivo Marsh", "Hawk Lee –appointed→ Jane Doe"},
			not:  []string{"Velm Hawks –appointed→ Lena Holt", "Hawk Lee –appointed→ Tom Fenwick"}},
		{name: "the story between an interview's questions is read",
			text: "Campaign roundup\n\nWikinews spoke with candidate Ana Ruiz.\n\n((WN)) Why are you running?\n\n((WN)) What is your plan?\n\nTom Fenwick founded the Harmony Party in 2004.\n\n((WN)) What are your goals?\n\n((WN)) Who will you vote for?\n",
			want: []string{"Tom Fenwick –founded→ Harmony Party"}},
		{name: "a birth name after a fronted \"Born\" is the subject's, born in the place",
			text: "Lyricist dies\n\nLyricist Tom Hale died on Monday aged 78. Hale wrote 300 songs.\n\nBorn Thomas Kell in Salina, Kansas on June 23, 1941, he took his stepfather's name in his youth.",
			want: []string{"Tom Hale –born_in→ Salina"}, not: []string{"Thomas Kell –born_in→ Salina"}},
		{name: "a place located in another by a participle after it",
			text: "Airport news\n\nPellman Field airport, located near Carston in Bramwell, California, was closed. The Harwick Steel plant, located in Dorrington, employs 300 people.",
			want: []string{"Pellman Field airport –located_in→ Bramwell", "Harwick Steel plant –located_in→ Dorrington"},
			not:  []string{"Pellman Field airport –located_in→ Carston"}},
		{name: "an international organization in a country is its branch",
			text: `Tarsk Rights International in Argentina called for the law to pass.`,
			not:  []string{"Tarsk Rights International –located_in→ Argentina"}},
		{name: "a country's territory of a place",
			text: `On Wednesday, an earthquake hit the United States commonwealth of Puerto Rico.`,
			want: []string{"Puerto Rico –located_in→ United States"}},
		{name: "a town of a region of a country",
			text: `Scientists met at the annual meeting of the society in Holmby, Florida in the United States on Monday.`,
			want: []string{"Holmby –located_in→ Florida", "Florida –located_in→ United States", "Holmby –located_in→ United States"}},
		{name: "a country is in no other country",
			text: `The number of casualties rose to at least 1,035 in Turkey and about 19 in Greece.`,
			not:  []string{"Turkey –located_in→ Greece"}},
		{name: "a region is not its country",
			text: `The only court above it in Scotland is the Supreme Court of the United Kingdom.`,
			want: []string{"Supreme Court of the United Kingdom –located_in→ United Kingdom"},
			not:  []string{"Supreme Court of the United Kingdom –located_in→ Scotland"}},
		{name: "a second place beside a place",
			text: `Tarsk has two terminals in the Vale Delta, in Holmby and Ostra.`,
			not:  []string{"Vale Delta –located_in→ Holmby"}},
		{name: "town, region", text: `The flood reached Springvale, Ontario on Monday.`, want: []string{"Springvale –located_in→ Ontario"}},
		{name: "based", text: `Virginia-based Vexa Corporation hired 200 people.`, want: []string{"Vexa Corporation –located_in→ Virginia"}},
		{name: "a court of a place", text: `A Texas court fined the company.`, want: []string{"Texas court –located_in→ Texas"}},
		{name: "a court named after its town", text: `A man appeared in Dunedin District Court yesterday, charged over a shooting in Dunedin on Friday, the Dunedin Herald said.`,
			want: []string{"Dunedin District Court –located_in→ Dunedin"}, not: []string{"Dunedin Herald –located_in→ Dunedin"}},
		{name: "a place that begins a title is not where the name before it is", text: `In response to a lawsuit by the group Velm Coalition for Men, U.S. District Judge Gray Miller ruled the draft unconstitutional. Immunologist Kristian Holt of Tarsk Research agreed.`,
			want: []string{"Kristian Holt –member_of→ Tarsk Research"}, not: []string{"Velm Coalition for Men –located_in→ United States", "Velm Coalition for Men –located_in→ U.S."}},
		{name: "places inside a noun phrase", text: `A man set himself on fire in the United States capital city Washington DC on Wednesday. Power was cut for customers in the San Francisco area of California. Scientists studied patients in Zhuhai in China's Guangdong Province.`,
			want: []string{"Washington DC –located_in→ United States", "San Francisco –located_in→ California", "Zhuhai –located_in→ Guangdong Province", "Guangdong Province –located_in→ China"}},
		{name: "a district is in the state its name begins with", text: `Representative Tom Vale of Maryland's seventh Congressional District announced his resignation.`,
			want: []string{"Maryland's seventh Congressional District –located_in→ Maryland"}},
		{name: "a road is not in the town where something happened on it", text: `The crash happened on U.S. Route 2 in Randolph, New Hampshire on Friday.`,
			want: []string{"Randolph –located_in→ New Hampshire", "U.S. Route 2 –located_in→ New Hampshire"}, not: []string{"U.S. Route 2 –located_in→ Randolph"}},
		{name: "list is no location", text: `Delegates came from Peru, Chile and Bolivia.`, not: []string{"Peru –located_in→ Chile"}},
		{name: "a list of states", text: `Members came from Alabama, Connecticut, Florida, Georgia, Kansas and Ohio.`, not: []string{"Florida –located_in→ Georgia"}},
		{name: "a meeting of an organization", text: `The annual meeting of the Tarsk Society for Biology in Orlando was cancelled.`, not: []string{"Tarsk Society for Biology –located_in→ Orlando"}},
		{name: "a source and the subject after it", text: `According to the Daily Courier, Peru has increased its exports. According to Forbes, Chile claimed a record.`,
			not: []string{"Daily Courier –located_in→ Peru", "Forbes –located_in→ Chile"}},
		{name: "a party in a place is its branch", text: `The Tarsk Green Party in Goa said the plan was wrong.`,
			not: []string{"Tarsk Green Party –located_in→ Goa"}},
		{name: "a currency sign", text: `According to the Daily Courier, US$3 billion was spent.`, not: []string{"Daily Courier –located_in→ US"}},
		{name: "a town in the province of a region", text: `Two towns, including Kalinda in the province of North Tarsk, declared an emergency.`, want: []string{"Kalinda –located_in→ North Tarsk"}},
		{name: "capital named by its country", text: `The talks ended in the Qatari capital, Doha, on Friday.`, want: []string{"Doha –located_in→ Qatar"}},
		{name: "event in a town", text: `Anna Berg won the race at the Lisbon Open in Porto.`, want: []string{"Lisbon Open –located_in→ Porto"}},
		{name: "region in a country", text: `The meeting was held in Orlando, Florida in the United States.`, want: []string{"Florida –located_in→ United States"}},
		{name: "in the city of", text: `Thousands rallied at Freedom Plaza in the capital city of Washington on Saturday.`, want: []string{"Freedom Plaza –located_in→ Washington"}},
		{name: "a facility's name", text: `A worker was killed at Waterloo station in the British capital London.`, want: []string{"Waterloo station –located_in→ London"}},
		{name: "a possessive before a title", text: `Maryland's Republican Governor Larry Hogan spoke.`, not: []string{"Republican –located_in→ Maryland"}},
		{name: "listed after a nationality", text: `German firms including Vexa Systems and Norda Bank left the market.`,
			want: []string{"Vexa Systems –located_in→ Germany", "Norda Bank –located_in→ Germany"}},
	})
}

func keys(m map[string]newsgraph.Entity) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestTurnSpans(t *testing.T) {
	text := "Ana Ruiz runs a charity.\n\n((WN)) When did you start?\n\n((Ana Ruiz)) I was eight.\nThe end."
	got := turnSpans(text)
	if len(got) != 2 {
		t.Fatalf("got %d turns, want 2: %v", len(got), got)
	}
	if s := text[got[0][0]:got[0][1]]; !strings.Contains(s, "When did you start?") || strings.Contains(s, "((") {
		t.Errorf("first turn %q", s)
	}
	if s := text[got[1][0]:got[1][1]]; strings.TrimSpace(s) != "I was eight." {
		t.Errorf("last turn %q, want it to end with its line", s)
	}
	text = "((WN)) Why run?\n\nTom Vale founded the Harmony Party.\n\n((WN)) And now?\n\n((Ana Ruiz)) We wait.\nStill waiting."
	got = turnSpans(text)
	if len(got) != 3 || strings.Contains(text[got[0][0]:got[0][1]], "Harmony") {
		t.Errorf("a question's turn runs into the story after it: %v", got)
	}
	if s := text[got[2][0]:got[2][1]]; strings.TrimSpace(s) != "We wait." {
		t.Errorf("last turn %q", s)
	}
	if turnSpans("A report ((es)) in Spanish and ((ko)) in Korean.") != nil {
		t.Error("language markers in lower case are no turns")
	}
	if turnSpans("Only ((Ana Ruiz)) once.") != nil {
		t.Error("one bracketed name is no transcript")
	}
}

// TestOneStatement: a speaker's reported clause and the quotation inside
// it give one said fact, and so does a quotation split by its cue; two
// quotations of one sentence with a verb each give two.
func TestOneStatement(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{`Ana Ruiz said the law has "condemned many women to resort to unsafe abortions".`, 1},
		{`"We will rebuild the pier," Ana Ruiz said, "and we will do it by spring."`, 1},
		{`"We will rebuild the pier," Ana Ruiz said. Later she added: "We will do it by spring."`, 2},
	} {
		got, _ := run(t, c.text)
		n := 0
		for _, f := range got {
			if f == "Ana Ruiz –said→ quote" {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%s: %d said facts, want %d (%v)", c.text, n, c.want, got)
		}
	}
}

// TestReportedClauseAfterVerb: what a speaker told is the clause after the
// verb, not the title before the speaker that the parse took for a clause.
func TestReportedClauseAfterVerb(t *testing.T) {
	text := `Retired police officer and security specialist Ivo Marsh told the Tarsk Herald Tom Vale had appeared in the videos since he was a boy.`
	ex, err := extractor(t).Extract(context.Background(), newsgraph.Doc{ID: "t", Source: "test", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range ex.Entities {
		if e.Type == newsgraph.Quote {
			found = true
			if !strings.Contains(e.Name, "appeared") || strings.Contains(e.Name, "Retired") {
				t.Errorf("statement %q, want the clause after \"told\"", e.Name)
			}
		}
	}
	if !found {
		t.Errorf("no statement in %q", text)
	}
}

// TestTitlesOutsideNames checks that a title's words stay out of a
// person's names: "President-elect" is a role, and "Vice President Pence"
// gives no alias "President Pence".
func TestTitlesOutsideNames(t *testing.T) {
	_, ents := run(t, `President-elect Ana Ruiz met Vice President Tom Pence. Vice President Pence spoke on Monday.`)
	ruiz, ok := ents["Ana Ruiz"]
	if !ok {
		t.Fatalf("no Ana Ruiz in %v", keys(ents))
	}
	if !slices.Contains(ruiz.Roles, "President-elect") {
		t.Errorf("Ana Ruiz's roles %q, want President-elect", ruiz.Roles)
	}
	if slices.Contains(ents["Tom Pence"].Aliases, "President Pence") {
		t.Errorf("Tom Pence's aliases %q hold a cut title", ents["Tom Pence"].Aliases)
	}
}

// TestPlaceWithRegionNoAlias checks that "Toronto, Canada" is no other
// name of Toronto, while "Washington, D.C." stays a name of the city.
func TestPlaceWithRegionNoAlias(t *testing.T) {
	_, ents := run(t, `Ana Ruiz was born in Arlo, Tarnia and grew up in Toronto, Canada. Tarnia is small.`)
	for _, n := range []string{"Arlo", "Toronto"} {
		e, ok := ents[n]
		if !ok {
			t.Fatalf("no %s in %v", n, keys(ents))
		}
		for _, a := range e.Aliases {
			if strings.Contains(a, ",") {
				t.Errorf("%s has the alias %q", n, a)
			}
		}
	}
}

// TestChamberNotSeat checks that "the House" is no short form of a name
// that merely ends with the word ("White House"), but is of a chamber
// named with its country or state.
func TestChamberNotSeat(t *testing.T) {
	_, ents := run(t, "Impeachment vote\n\nThe White House said on Monday that the president would not testify. The House voted 230 to 197 to open the inquiry.")
	e, ok := ents["White House"]
	if !ok {
		t.Fatalf("no White House in %v", keys(ents))
	}
	if slices.Contains(e.Aliases, "House") {
		t.Errorf("White House has the alias House: %v", e.Aliases)
	}
	_, ents = run(t, "Budget vote\n\nThe U.S. House voted on Monday. The House adjourned on Friday.")
	if e, ok := ents["U.S. House"]; !ok || !slices.Contains(e.Aliases, "House") {
		t.Errorf("U.S. House without the alias House: %v", keys(ents))
	}
}

// TestTurnMarkNoEntity checks that a newsroom's initials marking the
// interviewer's turns make no entity, while the interviewee stays one.
func TestTurnMarkNoEntity(t *testing.T) {
	_, ents := run(t, "Physicist talks to the Courier\n\nThe Daily Courier interviewed the physicist Owen Reyes.\n\n((DC)) Tell us about yourself.\n\n((Owen Reyes)) I teach physics.\n\n((DC)) Where do you live now?\n\n((Owen Reyes)) In a small town.\n")
	if _, ok := ents["DC"]; ok {
		t.Errorf("the turn mark DC is an entity: %v", keys(ents))
	}
	if _, ok := ents["Owen Reyes"]; !ok {
		t.Errorf("no Owen Reyes in %v", keys(ents))
	}
}

// A one-word name is a person only with evidence of one: a given name, a
// title, a role, "he" or "she", a statement; the typing's guess alone
// types products, sites and substances as people.
func TestLonePersonGuess(t *testing.T) {
	_, ents := run(t, "Tech news\n\nThe writer Jane Doe posted on Quillpad, in which she said the game was good. Tomas Reyes said Marta was his sister. Dr. Velkorn examined the patient. Ostrander arrived late, and he said the road was closed.")
	if e, ok := ents["Quillpad"]; !ok || e.Type == newsgraph.Person {
		t.Errorf("Quillpad: %v, want an entity that is no person (entities %v)", e.Type, keys(ents))
	}
	for _, n := range []string{"Marta", "Velkorn", "Ostrander"} {
		if e := ents[n]; e.Type != newsgraph.Person {
			t.Errorf("%s: %q, want a person (entities %v)", n, e.Type, keys(ents))
		}
	}
}

// Typographic and typewriter apostrophes spell one name: a headline's
// "O’Malley" is the story's "Tayo O'Malley".
func TestApostrophesOneName(t *testing.T) {
	_, ents := run(t, "O’Malley ends US presidential bid\n\nFormer Representative Tayo O'Malley, who ran in Texas, ended his campaign on Friday. The O'Malley campaign cancelled events.")
	if _, ok := ents["O’Malley"]; ok {
		t.Errorf("the headline's O’Malley is an entity of its own: %v", keys(ents))
	}
	if e, ok := ents["Tayo O'Malley"]; !ok || e.Type != newsgraph.Person {
		t.Errorf("no person Tayo O'Malley: %v", keys(ents))
	}
}

// A country-led name gets the country's long form as an alias ("US Senate",
// "United States Senate"), but a paper named with "Today" does not.
func TestCountryLedAliases(t *testing.T) {
	_, ents := run(t, "Media news\n\nJane Doe told USA Today the plan was bad. The US Senate voted on Monday.")
	if e, ok := ents["USA Today"]; !ok || slices.Contains(e.Aliases, "United States Today") {
		t.Errorf("USA Today: %v, want no alias United States Today (entities %v)", e.Aliases, keys(ents))
	}
}

// A title that opens the next clause is no title of the name before it
// ("Per request of X, the Queen suspended parliament").
func TestTitleOfNextClause(t *testing.T) {
	_, ents := run(t, "Politics news\n\nPer request of Prime Minister Tom Reeve, the Queen suspended parliament for five weeks yesterday.")
	if e := ents["Tom Reeve"]; slices.Contains(e.Roles, "Queen") {
		t.Errorf("Tom Reeve has the role Queen: %v", e.Roles)
	}
}
