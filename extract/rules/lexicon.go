package rules

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// Word lists. All are generic English written by us; none names an entity
// of a particular story.

// stopCap lists words that are capitalised at the start of a sentence or
// heading but never begin or end a name: function words, pronouns,
// sentence adverbs and common sentence openers.
const stopCap = `a an the this that these those there here it its he she him her his hers they them their theirs we us our ours i me my mine you your yours who whom whose what which why how where when whenever while whilst although though if unless as because since until till so but and or nor yet also still then thus hence therefore however moreover meanwhile furthermore nevertheless nonetheless instead otherwise indeed now today yesterday tomorrow tonight earlier later recently currently previously finally first second third last next other another such only just even already again perhaps maybe some many most more much several all both each every any no not none few less least among amid after before during despite following including according regarding concerning about above across against along around at by for from in inside into near of off on onto out outside over through throughout to toward towards under underneath unlike up upon via with within without between beyond behind below beside besides together overall additionally likewise similarly consequently accordingly elsewhere anyway afterwards afterward once twice soon yes please thanks do does did is are was were be been has have had will would can could may might must shall should let lets mr mrs ms dr sir madam breaking update updated photo video editor note back i'm i've i'll i'd per amid amidst one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands millions several`

// months and weekdays are never entities, nor part of a name.
const calendarWords = `january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday`

// calendarAbbr are abbreviated months and weekdays, calendar words only
// when written with a period ("Oct.").
const calendarAbbr = `jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun`

// nonNameAdj lists capitalised adjectives of religion, ideology or party
// that are not names on their own.
const nonNameAdj = `islamist islamic muslim christian jewish catholic protestant orthodox sunni shia shiite arab arabic western eastern northern southern democratic republican communist socialist liberal conservative zionist evangelical hindu buddhist sikh latino hispanic african asian european kurdish`

// honorifics precede a name and are dropped without giving a role.
const honorifics = `mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady`

// titleHeads are words that end a title before a name
// ("Prime Minister Benjamin Netanyahu", "Senator X").
const titleHeads = `constable president president-elect minister secretary chancellor premier governor senator sen. representative rep. congressman congresswoman mayor king queen prince princess emir sheikh sultan pope archbishop bishop cardinal rabbi imam ayatollah general gen. colonel col. lieutenant lt. major maj. captain capt. admiral commander sergeant sgt. judge justice ambassador envoy chairman chairwoman chairperson chair director ceo cfo coo founder spokesman spokeswoman spokesperson professor prof. speaker leader chief deputy coach manager officer commissioner superintendent inspector attorney-general secretary-general attorney mp`

// titleMods are words that may precede a title head inside a title
// ("Deputy", "Foreign", "Prime").
const titleMods = `detective police deputy vice acting former interim assistant associate prime foreign defense defence interior finance health education justice chief senior first supreme crown attorney home trade economy energy agriculture transport labour labor environment culture state executive managing general lord high grand head`

// multiTitles are titles of several words matched as a whole.
const multiTitles = `Prime Minister
Deputy Prime Minister
Secretary of State
Secretary of Defense
Secretary of the Treasury
Secretary-General
Secretary General
Vice President
Foreign Minister
Defense Minister
Defence Minister
Interior Minister
Finance Minister
Foreign Secretary
Home Secretary
Attorney General
Supreme Leader
Crown Prince
Chief Justice
Chief Executive
Press Secretary
National Security Adviser
National Security Advisor`

// roleNouns are lower-case nouns that describe a person's role
// ("representative", "expert"); used in appositions, descriptions and
// "Org role Name" patterns.
const roleNouns = `democrat voter resident representative spokesman spokeswoman spokesperson official leader chief head expert analyst professor researcher lecturer scientist economist historian director president minister secretary chairman chairwoman chair founder member commander general officer envoy ambassador diplomat negotiator adviser advisor aide lawyer attorney judge prosecutor senator governor mayor premier chancellor correspondent reporter journalist editor columnist author writer activist candidate coach player manager ceo executive negotiator investigator inspector commissioner deputy lawmaker legislator politician militant fighter soldier captain colonel sergeant officer economist strategist consultant fellow student teacher doctor physician surgeon priest bishop rabbi imam`

// orgMemberNouns follow an organization's name when it is used as a
// modifier ("Hamas representative", "Army forces"); the name is then an
// organization.
const orgMemberNouns = `representative representatives spokesman spokeswoman spokesperson official officials leader leaders chief member members forces fighters militants troops commander commanders delegation negotiators lawmakers executive executives employees staff statement members`

// personClass maps a description noun to role words that imply it: "the
// top diplomat" may refer to the one Secretary of State of a document.
var personClass = map[string][]string{
	"diplomat":   {"secretary of state", "foreign minister", "foreign secretary", "ambassador", "envoy", "diplomat"},
	"leader":     {"president", "prime minister", "chancellor", "premier", "leader", "king", "queen", "emir"},
	"premier":    {"prime minister", "premier"},
	"minister":   {"minister"},
	"president":  {"president"},
	"chancellor": {"chancellor"},
	"secretary":  {"secretary"},
	"governor":   {"governor"},
	"mayor":      {"mayor"},
	"general":    {"general"},
	"envoy":      {"envoy"},
	"spokesman":  {"spokesman", "spokesperson"},
	"ambassador": {"ambassador"},
	"senator":    {"senator"},
	"judge":      {"judge", "justice"},
}

// orgSuffixes are words that make a name an organization when they occur
// in it ("Linnaeus University", "Ministry of Health").
const orgSuffixes = `university college school institute institution academy ministry department council committee commission party army navy forces force guard guards corps police agency bureau office service services authority administration government parliament congress senate assembly court tribunal bank company corporation corp corp. inc inc. ltd ltd. llc plc group holdings association union federation league foundation fund trust society organization organisation movement front brigade brigades battalion network news times post press journal herald gazette tribune telegraph daily weekly magazine radio television tv channel broadcasting airlines airways motors electric systems technologies labs laboratories club team fc embassy consulate mission hospital clinic church mosque synagogue cabinet secretariat centre center centres centers command directorate`

// placeSuffixes are words that make a name a place ("Netzarim Junction").
const placeSuffixes = `hall street road avenue boulevard square junction corridor crossing bridge river lake sea ocean bay gulf strait island islands mountain mountains mount valley desert peninsula heights coast province region district county state city town village camp harbor harbour port airport border plateau canal highway`

// eventSuffixes are words that make a name an event ("Democratic
// Convention", "World Cup").
const eventSuffixes = `convention summit conference olympics games championship championships cup war election elections festival expo forum marathon tournament`

// placeNouns before or after a name say it is a place ("the city of X",
// "the mediating country X").
const placeNouns = `country city town village capital province region state district island territory port county nation republic`

// orgNouns before a name say it is an organization ("the group X").
const orgNouns = `group movement party organization organisation company firm agency militia newspaper broadcaster network outlet union alliance coalition network bank ministry`

// firstNames lists common given names from many languages; a name starting
// with one is a person's.
const firstNames = `aaron abdel abdul abdullah abu adam adrian ahmad ahmed aisha alan albert alberto alejandro alex alexander alexandra alexei alexis ali alice alicia amanda amir amy ana anders andre andrea andreas andrew andrés andrzej angela angelina ann anna anne anthony antonio antony ari ariel arthur ashley barack barbara ben benjamin benny bernard bernie bill bob boris brad brandon brian bruce carl carlos carmen caroline catherine charles charlie chen chris christian christina christine christopher claire claudia colin daniel danny david deborah dennis diana diego dmitry donald douglas ed edward elena elizabeth ellen emily emma emmanuel eric erik fatima felipe fernando francis francisco frank franz fred frederick gabriel gary george gerald gilad giorgia giuseppe gordon greg gregory hamid hans harold harry hassan heinz helen henry hillary hiroshi hugo hussein ian igor ilan isaac ivan jack jacob jake james jan jane janet jason javier jean jeff jennifer jeremy jerome jessica jim jimmy joan joe johan johann john jonathan jorge jose josé joseph josh juan julia julian justin kamala karen karl kate katherine kevin khalid kim kurt lars laura lee leonid li linda lisa liu louis lucas luis maria mariano mark marco maria marie mark martin mary matt matthew max michael michel michelle miguel mikhail mohamed mohammad mohammed muhammad nancy naftali natalia nathan nicholas nick nicola nicolas nikita nikolai olaf oleg olga omar oscar osama pablo patricia patrick paul pedro peter philip pierre rachel rafael ralph ramzan raul recep ricardo richard rishi robert roberto roger ron ronald rosa ryan salman sam samuel sandra sarah scott sebastian sergei sergey shinzo simon sophie stefan stephen steve steven susan sven tariq ted thomas tim timothy tom tony ursula valentina viktor vladimir volodymyr walter wang william xi yahya yair yasser yevgeny yoav yosef yuri yusuf zhang`

// conceptHeads are nouns that name proposals and agreements; the object
// noun phrase of accepted, rejected, proposed, supported, signed and
// opposed becomes a concept entity when it ends in one.
const conceptHeads = `draft package arrangement blueprint scheme ruling verdict invitation resignation recommendations guidelines regulation regulations proposal proposals plan plans deal agreement accord treaty pact truce ceasefire cease-fire armistice resolution bill law legislation offer initiative framework roadmap budget sanctions measure measures motion reform reforms policy request demand demands ultimatum compromise settlement contract bid merger takeover amendment declaration memorandum mandate petition referendum`

// conceptClass maps concept head nouns that a story uses for one and the
// same thing onto one key: a plan or an offer on the table is the
// proposal, a deal is the agreement.
var conceptClass = map[string]string{
	"plan": "proposal", "offer": "proposal", "initiative": "proposal", "blueprint": "proposal", "framework": "proposal", "roadmap": "proposal",
	"deal": "agreement", "accord": "agreement", "pact": "agreement",
	"truce": "ceasefire", "cease-fire": "ceasefire", "armistice": "ceasefire",
}

// conceptMods are adjectives that do not belong in a concept's name ("the
// updated proposal" is the proposal).
const conceptMods = `new latest updated revised previous earlier current final initial original first second third draft proposed possible potential so-called latest recent renewed fresh modified amended reworked whole entire full broader wider long-awaited long-term short-term last next same other`

// speechVerbs attribute quotations and reported speech.
const speechVerbs = `say says said saying tell tells told telling add adds added adding states stated declare declares declared announce announces announced note notes noted warn warns warned explain explains explained insist insists insisted argue argues argued claim claims claimed write writes wrote reiterate reiterates reiterated counters countered reply replies replied respond responds responded confirm confirms confirmed stress stresses stressed emphasize emphasizes emphasized emphasise emphasised acknowledge acknowledged admit admits admitted describe describes described continue continues continued conclude concludes concluded tweet tweets tweeted posted applaud applauds applauded urge urges urged`

// looseSpeechVerbs may be followed by a reported clause without "that".
const looseSpeechVerbs = `say says said saying tell tells told telling add adds added`

// A verbRule maps verb forms to a canonical predicate.
type verbRule struct {
	forms []string // surface forms, possibly several words ("held talks")
	pred  string
	// prep is the preposition the object follows ("with", "to"); "" for a
	// direct object. An object may also follow without it when optPrep.
	prep    string
	optPrep bool
	// objTypes restricts the object; empty means any named entity.
	objTypes []newsgraph.EntityType
	// concept allows concept objects ("the proposal").
	concept bool
	// symmetric allows "A and B met" without an object.
	symmetric bool
	// notPlaceSubj forbids place subjects (a country does not meet).
	notPlaceSubj bool
	// possObj lets a possessor stand for the object ("condemned Biden's
	// remarks" → condemned Biden).
	possObj bool
	// ahead lets the object come up to this many words after the
	// preposition's expected place ("threatened to retaliate against X").
	ahead int
}

var (
	placeOnly  = []newsgraph.EntityType{newsgraph.Place}
	orgOrPlace = []newsgraph.EntityType{newsgraph.Organization, newsgraph.Place}
)

// verbRules is the verb lexicon. Longer forms are matched first.
var verbRules = []verbRule{
	{forms: []string{"met", "meet", "meets", "meeting", "held talks", "holds talks", "hold talks", "holding talks", "had talks", "began talks", "begin talks", "begins talks", "talks"}, pred: newsgraph.Met, prep: "with", optPrep: true, symmetric: true, notPlaceSubj: true},
	{forms: []string{"accept", "accepts", "accepted", "accepting", "approve", "approves", "approved", "approving", "agree to", "agrees to", "agreed to", "back", "backs", "backed", "endorse", "endorses", "endorsed", "said yes to", "say yes to", "says yes to"}, pred: newsgraph.Accepted, concept: true},
	{forms: []string{"reject", "rejects", "rejected", "rejecting", "refuse", "refuses", "refused", "object to", "objects to", "objected to", "dismiss", "dismisses", "dismissed", "turned down", "turn down", "turns down", "objections to", "objection to", "discontent with", "rejection of"}, pred: newsgraph.Rejected, concept: true},
	{forms: []string{"oppose", "opposes", "opposed", "opposing", "opposition to"}, pred: newsgraph.Opposed, concept: true},
	{forms: []string{"condemn", "condemns", "condemned", "condemning", "denounce", "denounces", "denounced", "criticize", "criticizes", "criticized", "criticise", "criticises", "criticised"}, pred: newsgraph.Condemned, possObj: true},
	{forms: []string{"travel to", "travels to", "traveled to", "travelled to", "traveling to", "travelling to", "go to", "goes to", "went to", "going to", "visit", "visits", "visited", "visiting", "head to", "heads to", "headed to", "heading to", "arrive in", "arrives in", "arrived in", "arriving in", "fly to", "flies to", "flew to", "flying to", "trip to", "visit to", "arrival in", "returned to", "return to", "returns to"}, pred: newsgraph.Visits, objTypes: placeOnly, notPlaceSubj: true},
	{forms: []string{"thank", "thanks", "thanked", "thanking"}, pred: newsgraph.Thanked, possObj: true},
	{forms: []string{"accuse", "accuses", "accused", "accusing"}, pred: newsgraph.Accused, possObj: true},
	{forms: []string{"threaten", "threatens", "threatened", "threatening"}, pred: newsgraph.Threatened, ahead: 3},
	{forms: []string{"order", "orders", "ordered", "ordering"}, pred: newsgraph.Ordered},
	{forms: []string{"attack", "attacks", "attacked", "attacking", "attack on", "attacks on", "invade", "invades", "invaded", "invasion of", "bomb", "bombs", "bombed"}, pred: newsgraph.Attacked},
	{forms: []string{"kill", "kills", "killed", "killing", "assassinate", "assassinated"}, pred: newsgraph.Killed},
	{forms: []string{"release", "releases", "released", "freed"}, pred: newsgraph.Released},
	{forms: []string{"propose", "proposes", "proposed", "put forward", "puts forward", "put forth", "tabled", "floated", "unveiled", "unveils"}, pred: newsgraph.Proposed, concept: true},
	{forms: []string{"support", "supports", "supported", "supporting"}, pred: newsgraph.Supported, concept: true},
	{forms: []string{"sign", "signs", "signed", "signing"}, pred: newsgraph.Signed, concept: true},
	{forms: []string{"acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "purchase", "purchased", "take over", "took over", "takes over", "acquisition of"}, pred: newsgraph.Acquired},
	{forms: []string{"defeat", "defeats", "defeated", "beat", "beats", "defeating"}, pred: newsgraph.Defeated},
	{forms: []string{"win", "wins", "won", "winning"}, pred: newsgraph.Won},
	{forms: []string{"lead", "leads", "led", "leading", "heads", "headed", "head of", "leader of"}, pred: newsgraph.Leads, objTypes: orgOrPlace},
	{forms: []string{"tell", "tells", "told", "telling"}, pred: newsgraph.Told},
}

// wordSet turns a space- or newline-separated list into a set of folded
// words.
func wordSet(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}

// A lexicon holds the parsed word lists; built once, then read-only.
type lexicon struct {
	stop, calendar, calAbbr, nonNameAdj, honorific          map[string]bool
	titleHead, titleMod, roleNoun, orgMember                map[string]bool
	orgSuffix, placeSuffix, eventSuffix, placeNoun, orgNoun map[string]bool
	firstName, conceptHead, conceptMod, speech, looseSpeech map[string]bool
	multiTitles                                             [][]string // folded words
	// verbs maps the first folded word of a form to the rules and forms
	// starting with it, longest form first.
	verbs map[string][]verbForm
	gaz   *gazetteer
}

// A verbForm is one form of a verb rule, split into folded words.
type verbForm struct {
	words []string
	rule  *verbRule
}

func newLexicon() *lexicon {
	lx := &lexicon{
		stop:        wordSet(stopCap),
		calendar:    wordSet(calendarWords),
		calAbbr:     wordSet(calendarAbbr),
		nonNameAdj:  wordSet(nonNameAdj),
		honorific:   wordSet(honorifics),
		titleHead:   wordSet(titleHeads),
		titleMod:    wordSet(titleMods),
		roleNoun:    wordSet(roleNouns),
		orgMember:   wordSet(orgMemberNouns),
		orgSuffix:   wordSet(orgSuffixes),
		placeSuffix: wordSet(placeSuffixes),
		eventSuffix: wordSet(eventSuffixes),
		placeNoun:   wordSet(placeNouns),
		orgNoun:     wordSet(orgNouns),
		firstName:   wordSet(firstNames),
		conceptHead: wordSet(conceptHeads),
		conceptMod:  wordSet(conceptMods),
		speech:      wordSet(speechVerbs),
		looseSpeech: wordSet(looseSpeechVerbs),
		verbs:       map[string][]verbForm{},
		gaz:         newGazetteer(),
	}
	for _, t := range strings.Split(multiTitles, "\n") {
		if f := strings.Fields(strings.ToLower(t)); len(f) > 0 {
			lx.multiTitles = append(lx.multiTitles, f)
		}
	}
	for i := range verbRules {
		r := &verbRules[i]
		for _, f := range r.forms {
			w := strings.Fields(f)
			lx.verbs[w[0]] = append(lx.verbs[w[0]], verbForm{words: w, rule: r})
		}
	}
	for k, v := range lx.verbs {
		// longest first, stable for equal lengths
		for i := 1; i < len(v); i++ {
			for j := i; j > 0 && len(v[j].words) > len(v[j-1].words); j-- {
				v[j], v[j-1] = v[j-1], v[j]
			}
		}
		lx.verbs[k] = v
	}
	return lx
}
