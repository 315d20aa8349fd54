package coref

import "strings"

// Grammatical number, gender and person of mentions. Zero means unknown.
const (
	numUnknown uint8 = iota
	numSing
	numPlur
)

const (
	genUnknown uint8 = iota
	genMasc
	genFem
	genNeut
)

// A pronoun describes one pronoun form.
type pronoun struct {
	base   string // the nominative third-person or speaker form: he, she, it, they, i, we, you
	person uint8  // 1, 2 or 3
	number uint8
	gender uint8
	poss   bool // his, its, their, hers…
	refl   bool // himself, themselves…
}

// pronouns are the personal pronouns by lower-case form.
var pronouns = map[string]pronoun{
	"he": {"he", 3, numSing, genMasc, false, false}, "him": {"he", 3, numSing, genMasc, false, false},
	"his": {"he", 3, numSing, genMasc, true, false}, "himself": {"he", 3, numSing, genMasc, false, true},
	"she": {"she", 3, numSing, genFem, false, false}, "her": {"she", 3, numSing, genFem, false, false},
	"hers": {"she", 3, numSing, genFem, true, false}, "herself": {"she", 3, numSing, genFem, false, true},
	"it": {"it", 3, numSing, genNeut, false, false}, "its": {"it", 3, numSing, genNeut, true, false},
	"itself": {"it", 3, numSing, genNeut, false, true},
	"they":   {"they", 3, numPlur, genUnknown, false, false}, "them": {"they", 3, numPlur, genUnknown, false, false},
	"their": {"they", 3, numPlur, genUnknown, true, false}, "theirs": {"they", 3, numPlur, genUnknown, true, false},
	"themselves": {"they", 3, numPlur, genUnknown, false, true}, "themself": {"they", 3, numSing, genUnknown, false, true},
	"i": {"i", 1, numSing, genUnknown, false, false}, "me": {"i", 1, numSing, genUnknown, false, false},
	"my": {"i", 1, numSing, genUnknown, true, false}, "mine": {"i", 1, numSing, genUnknown, true, false},
	"myself": {"i", 1, numSing, genUnknown, false, true},
	"we":     {"we", 1, numPlur, genUnknown, false, false}, "us": {"we", 1, numPlur, genUnknown, false, false},
	"our": {"we", 1, numPlur, genUnknown, true, false}, "ours": {"we", 1, numPlur, genUnknown, true, false},
	"ourselves": {"we", 1, numPlur, genUnknown, false, true},
	"you":       {"you", 2, numUnknown, genUnknown, false, false}, "your": {"you", 2, numUnknown, genUnknown, true, false},
	"yours": {"you", 2, numUnknown, genUnknown, true, false}, "yourself": {"you", 2, numSing, genUnknown, false, true},
	"yourselves": {"you", 2, numPlur, genUnknown, false, true},
}

// definite determiners make a common noun phrase a description.
var definite = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// genderedNouns are common nouns (lemmas) and titles that give a person's
// gender.
var genderedNouns = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range strings.Fields(`man boy father son brother husband king prince duke emperor lord sir
		uncle nephew grandfather grandson boyfriend gentleman widower monk actor chairman spokesman
		businessman congressman policeman fireman dad daddy mr mr. pope bishop priest sultan sheikh
		stepfather stepson brother-in-law father-in-law son-in-law he`) {
		m[w] = genMasc
	}
	for _, w := range strings.Fields(`woman girl mother daughter sister wife queen princess duchess empress
		lady madam aunt niece grandmother granddaughter girlfriend widow nun actress chairwoman
		spokeswoman businesswoman congresswoman policewoman mom mum mommy mrs mrs. ms ms. miss dame
		stepmother stepdaughter sister-in-law mother-in-law daughter-in-law she`) {
		m[w] = genFem
	}
	return m
}()

// isQuote reports whether a token opens or closes a quotation.
func isQuote(w string) bool {
	switch w {
	case `"`, "“", "”", "``", "''":
		return true
	}
	return false
}

// nounClasses are hand-written semantic classes of common nouns (lemmas)
// that news uses for organizations, people and places; they take
// precedence over the classes learned from the training data (Lexicon).
var nounClasses = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range strings.Fields(`company firm group agency ministry department government party bank airline
		carrier maker manufacturer retailer club team band council committee board court university college
		newspaper network broadcaster union organization organisation institute foundation charity army military
		police navy authority commission regulator startup conglomerate insurer publisher studio label operator
		utility league federation association society church hospital chain brand corporation business outlet
		parliament congress senate legislature administration cabinet coalition alliance consortium tribunal
		firm subsidiary unit division watchdog lender automaker carmaker giant`) {
		m[w] = clsOrg
	}
	for _, w := range strings.Fields(`minister president official spokesman spokeswoman spokesperson leader chief
		executive director manager chairman chairwoman ceo founder man woman boy girl player coach singer actor
		actress author writer victim suspect officer senator lawmaker candidate governor mayor judge lawyer
		prosecutor doctor scientist researcher professor student teacher star artist driver pilot soldier king
		queen prince princess pope bishop father mother son daughter wife husband boss premier chancellor
		ambassador envoy diplomat secretary commander general captain striker goalkeeper champion winner
		rapper musician composer director filmmaker journalist reporter editor analyst economist activist
		opponent rival incumbent veteran teenager child baby grandmother grandfather widow priest archbishop`) {
		m[w] = clsPerson
	}
	for _, w := range strings.Fields(`country nation city town village state province region capital island county
		district territory republic kingdom continent peninsula municipality suburb neighbourhood neighborhood`) {
		m[w] = clsPlace
	}
	return m
}()

// calendarWords are proper nouns that name times, not entities.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true, "aug.": true, "sep.": true,
	"sept.": true, "oct.": true, "nov.": true, "dec.": true,
}
