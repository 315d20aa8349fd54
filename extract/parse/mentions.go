package parse

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
)

// A mkind is what a mention is.
type mkind int

const (
	mName    mkind = iota // a name: "Tony Mendez", "CIA"
	mDesc                 // a definite description: "the company"
	mPron                 // a personal or possessive pronoun
	mConcept              // an unnamed concept: "the proposal"
)

// A mention is an occurrence of an entity: tokens [a, b) of sentence s.
type mention struct {
	s, a, b int
	head    int // the head token
	kind    mkind
	// ner is the recognizer's type of a name (PERSON, ORG, PLACE) or "".
	ner string
	// typ is the type the mention's own words and context give it, ""
	// when they say nothing.
	typ newsgraph.EntityType
	// name is the mention's text as it names the entity.
	name string
	// headTyped is set when the name's own words (a head word such as
	// "University") give its type.
	headTyped bool
	// orgHeaded is set when the name is two words or more and ends with
	// an organization's head word ("Acme Construction"), a disease's or a
	// facility's ("power plant"): its type whatever the context ("the
	// founder of Acme Construction").
	orgHeaded bool
	// given is set when the name starts with a given name; belief when
	// it names a religion or an ideology ("Communism").
	given, belief bool
	// sure is set when the name's words give its type whatever the
	// typing says ("the James Webb space telescope", "Rock and Roll Hall
	// of Fame").
	sure bool
	// placeMod is the mention of the place an institution belongs to
	// ("Paris" of "the Paris court"), -1 when none; country the country
	// of a nationality word before it ("South Korean police").
	placeMod int
	country  string
	// kinds is the typing evidence of the name (ner.TypeNames) over all
	// its occurrences in the document, nil when there is none.
	kinds *ner.Votes
	// titled is a name with the title it is known by ("Pope Francis"),
	// or "".
	titled string
	// introduced is set on a name that introduces someone new ("a
	// student named Wong"): no short form of another name of the story.
	introduced bool
	// called is set on a name given in quotation marks after "called"
	// ("a program called "Learning Together""): a name whatever its words.
	called bool
	// pron is a pronoun's lower-case form; desc a description's head noun.
	pron, desc string
	ent        int
}

// nameTypes maps the recognizer's types onto entity types.
var nameTypes = map[string]newsgraph.EntityType{
	"PERSON": newsgraph.Person, "ORG": newsgraph.Organization, "PLACE": newsgraph.Place,
	"EVENT": newsgraph.Event, "THING": newsgraph.Thing,
}

// isNameWord reports whether token i of s can be part of a name: a proper
// noun, or a capitalised word that is not a sentence's first word, a
// calendar word or a function word.
func (s *sent) isNameWord(i int) bool {
	t := &s.Tokens[i]
	if arabicArticle(t.Text) && i+2 < len(s.Tokens) && isDash(s.Tokens[i+1].Text) && s.adjacent(i) && s.adjacent(i+1) && capitalised(s.Tokens[i+2].Text) {
		return true // "al-Quaety", "el-Sisi": the article belongs to the name
	}
	if i > 0 && s.adjacent(i-1) && isDash(s.Tokens[i-1].Text) && particleName(t.Text) {
		return true // "Nour-e-Azar", tokenized "Nour", "-", "e-Azar"
	}
	if !capitalised(t.Text) {
		return false
	}
	if (t.Text == "No." || t.Text == "No") && i+1 < len(s.Tokens) && s.Tokens[i+1].Text[0] >= '0' && s.Tokens[i+1].Text[0] <= '9' && !(i > 0 && lawWords[s.low[i-1]]) {
		return false // "cosmonaut No. 11" (but "Republic Act No. 3846")
	}
	if t.XPOS == "VBG" && i > 0 && !s.quoteStart(i) && !s.isPunct(i-1) && i+1 < len(s.Tokens) && capitalised(s.Tokens[i+1].Text) && (s.Tokens[i+1].UPOS == "PROPN" || s.Tokens[i+1].UPOS == "NOUN") {
		return true // "the advocacy group Ending Child Hunger": a capitalised gerund inside a sentence begins a name
	}
	if (t.Text == "Most" || t.Text == "All") && i > 0 && !s.quoteStart(i) && i+1 < len(s.Tokens) && !lexicon.IsHonorific(s.Tokens[i+1].Text) && !strings.HasPrefix(s.low[i+1], "rev") && !strings.HasPrefix(s.low[i+1], "hon") &&
		(capitalised(s.Tokens[i+1].Text) || isDash(s.Tokens[i+1].Text) && s.adjacent(i) && i+2 < len(s.Tokens) && capitalised(s.Tokens[i+2].Text)) {
		return true // "Most Valuable Player", "All-Star", "All Elite Wrestling" inside a sentence
	}
	if t.Text == "One" && i > 1 && !s.quoteStart(i) && s.isNameWord(i-1) && !s.isPunct(i-1) && (i+1 >= len(s.Tokens) || !capitalised(s.Tokens[i+1].Text)) {
		return true // "Marine One", "Formula One"
	}
	if (t.Text == "Two" || t.Text == "One") && i > 1 && s.Tokens[i-1].Text == "War" && s.Tokens[i-2].Text == "World" {
		return true // "World War Two"
	}
	if lexicon.IsCalendar(t.Text) && s.surnames[s.low[i]] && !s.timeContext(i) && t.Text != s.low[i] {
		return true // "May said": the surname of the document's Theresa May
	}
	if s.namedDay(i) {
		return true // "Super Tuesday", "Black Friday"
	}
	if lexicon.IsCalendar(t.Text) || s.timeZone(i) {
		return false
	}
	if isAcronym(t.Text) && t.Text == strings.ToUpper(t.Text) && t.Text != "I" {
		return true // "WHO", tagged as a pronoun
	}
	if t.UPOS == "PROPN" || t.XPOS == "NNP" || t.XPOS == "NNPS" {
		if (i == 0 || s.quoteStart(i)) && s.lowerSeen[strings.ToLower(t.Text)] && (i+1 >= len(s.Tokens) || !capitalised(s.Tokens[i+1].Text)) {
			return false // "Union leader Peter Vos": a common word starting a sentence
		}
		return !lexicon.IsNotName(t.Text) || i > 0 && t.Text != strings.ToLower(t.Text) && !lexicon.IsNotName(strings.ToLower(t.Text))
	}
	if i == 0 || s.quoteStart(i) {
		if i+2 < len(s.Tokens) && isDash(s.Tokens[i+1].Text) && s.adjacent(i) && s.adjacent(i+1) && capitalised(s.Tokens[i+2].Text) && !lexicon.IsNotName(t.Text) {
			return true // "Sea-Eye spokesperson …": a hyphenated name starting the sentence
		}
		if i+2 < len(s.Tokens) && nameInnerPrep[s.Tokens[i+1].Text] && capitalised(s.Tokens[i+2].Text) && !s.heading {
			return true // "Reporters Without Borders said"
		}
		if s.capSeen[strings.ToLower(t.Text)] && !s.lowerSeen[strings.ToLower(t.Text)] && !lexicon.IsNotName(t.Text) {
			return true // "Cummings, the Democratic chairman …": capitalised elsewhere too
		}
		// "Johns Hopkins Center …": a sentence's first word before a
		// proper noun, unless it is a word that begins sentences
		if i+1 < len(s.Tokens) && (t.UPOS == "NOUN" || t.UPOS == "ADJ") && lexicon.IsOrgWord(strings.ToLower(t.Text)) &&
			isAcronym(s.Tokens[i+1].Text) && s.Tokens[i+1].Text == strings.ToUpper(s.Tokens[i+1].Text) {
			return true // "Press TV"
		}
		// "Planned Parenthood": a participle before a capitalised noun
		// it modifies
		if i+1 < len(s.Tokens) && t.XPOS == "VBN" && t.Head == i+1 && (s.Tokens[i+1].UPOS == "NOUN" || s.Tokens[i+1].UPOS == "PROPN") &&
			capitalised(s.Tokens[i+1].Text) && !isAcronym(s.Tokens[i+1].Text) && !lexicon.IsNotName(s.Tokens[i+1].Text) && !s.lowerSeen[strings.ToLower(t.Text)+" "+strings.ToLower(s.Tokens[i+1].Text)] {
			return true
		}
		if i+1 < len(s.Tokens) && s.Tokens[i+1].UPOS == "PROPN" && capitalised(s.Tokens[i+1].Text) && (t.UPOS == "NOUN" || t.UPOS == "ADJ") &&
			!lexicon.IsNotName(t.Text) && lexicon.Role(strings.ToLower(t.Text)) == lexicon.NotRole && !lexicon.IsRoleModifier(strings.ToLower(t.Text)) {
			_, desc := lexicon.Description(strings.ToLower(t.Text))
			return !desc && !lexicon.IsOrgWord(strings.ToLower(t.Text))
		}
		return false
	}
	switch t.UPOS {
	case "NOUN", "ADJ", "X", "NUM":
		return !lexicon.IsNotName(t.Text)
	}
	return false
}

// hyphenGiven reports whether tokens [k, b) are a hyphenated given name
// with its second part in lower case and a surname ("Man-kei Tam",
// "Wai-lun Chan"): a person's name, whatever name runs into it before.
func hyphenGiven(s *sent, k, b int) bool {
	return b-k == 4 && isDash(s.Tokens[k+1].Text) && s.adjacent(k) && s.adjacent(k+1) && capitalised(s.Tokens[k].Text) &&
		s.Tokens[k+2].Text == s.low[k+2] && isWord(s.Tokens[k+2].Text) && capitalised(s.Tokens[k+3].Text)
}

// personRest reports whether tokens [k, b) after an organization's head
// word read as a person's name: capitalised proper nouns, none a head
// word, a place or a connector, the first a given name or not a word of
// the recognizer's places.
func (x *doc) personRest(s *sent, k, b int) bool {
	for j := k; j < b; j++ {
		if j > k && (isDash(s.Tokens[j].Text) || isDash(s.Tokens[j-1].Text)) && s.adjacent(j-1) {
			continue // "Man-kei", "Man-yee": the parts of a hyphenated given name
		}
		if !capitalised(s.Tokens[j].Text) || s.Tokens[j].UPOS != "PROPN" || lexicon.Head(s.low[j]) != lexicon.NoHead || connector(s.low[j]) {
			return false
		}
		if _, ok := countryOf(s.Tokens[j].Text); ok || x.placeWords[s.low[j]] {
			return false
		}
	}
	return true
}

// particleName reports whether w is a short lower-case particle joined
// by a hyphen to a capitalised name part ("e-Azar", "ol-Molk").
func particleName(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 1 || i > 3 || i+1 >= len(w) || w[i+1] < 'A' || w[i+1] > 'Z' {
		return false
	}
	for j := 0; j < i; j++ {
		if w[j] < 'a' || w[j] > 'z' {
			return false
		}
	}
	return true
}

// arabicArticle reports whether a lower-case word is the article that
// Arabic names write before a hyphen ("al-Quaety", "el-Sisi").
func arabicArticle(w string) bool {
	switch w {
	case "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud":
		return true
	}
	return false
}

// titleBeforeName reports whether token j is a capitalised role word
// written before a person's name ("Manager" of "Railway Manager Aparna
// Garg"), inside a run of capitalised words.
func (x *doc) titleBeforeName(s *sent, j int, covered []bool) bool {
	if j+1 >= len(s.Tokens) || !capitalised(s.Tokens[j].Text) {
		return false
	}
	if k := lexicon.Role(s.low[j]); k != lexicon.Leads && k != lexicon.Member && k != lexicon.Occupation {
		return false
	}
	return (s.Tokens[j+1].UPOS == "PROPN" || ner.GivenName(s.Tokens[j+1].Text)) && capitalised(s.Tokens[j+1].Text) &&
		lexicon.Role(s.low[j+1]) == lexicon.NotRole && lexicon.Head(s.low[j+1]) == lexicon.NoHead
}

// latin reports whether a name is written mostly in the Latin script.
func latin(name string) bool {
	lat, other := 0, 0
	for _, r := range name {
		switch {
		case unicode.Is(unicode.Latin, r):
			lat++
		case unicode.IsLetter(r):
			other++ // (a mark of another script, U+0900…, is no letter of it)
		}
	}
	return lat > 0 && lat >= other
}

// direction reports whether a lower-case word is a compass direction.
func direction(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest", "central":
		return true
	}
	return false
}

// regnal reports whether w is a regnal number ("II", "XIV").
func regnal(w string) bool {
	if len(w) == 0 || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVX", r) {
			return false
		}
	}
	return true
}

// modelNumber reports whether token j continues a name as a model's
// number: "-2" of "SARS-CoV-2", "-15" of "AR-15", "747s" of "Boeing 747s".
func (s *sent) modelNumber(j int) bool {
	if j >= 2 && s.Tokens[j-1].Text == "-" {
		return s.digits(j) && s.adjacent(j-1) && (capitalised(s.Tokens[j-2].Text) || s.digits(j-2) && s.adjacent(j-2)) // (and "737-800")
	}
	if j >= 2 && s.Tokens[j].Text == "-" && s.digits(j-1) && capitalised(s.Tokens[j-2].Text) {
		return s.adjacent(j-1) && s.adjacent(j) && j+1 < len(s.Tokens) && s.digits(j+1) // "Boeing 737-800"
	}
	if j < 1 || !capitalised(s.Tokens[j-1].Text) {
		return false
	}
	if s.Tokens[j].Text == "-" {
		return s.adjacent(j-1) && s.adjacent(j) && j+1 < len(s.Tokens) && s.digits(j+1)
	}
	w := strings.TrimSuffix(s.Tokens[j].Text, "s")
	if s.digits(j) && len(w) <= 2 && j+1 < len(s.Tokens) && (s.low[j+1] == "mission" || s.low[j+1] == "spacecraft" || s.low[j+1] == "crew") {
		return true // "the Zarya 3 mission": a mission's number
	}
	return len(w) >= 3 && len(w) <= 4 && s.digits(j) && (j+1 >= len(s.Tokens) || !s.measure(j+1))
}

// versionNumber reports whether token j, a number of one or two digits,
// continues the proper name before it as its version's or its mission's
// number ("Velox 8", "Apollo 11", "Windows 10"), not as an amount, a
// score or a date ("Category 5" and "Phase 2" are common words).
func (x *doc) versionNumber(s *sent, j int) bool {
	n := len(s.Tokens)
	if j < 1 || !isDigits(s.Tokens[j].Text) || len(s.Tokens[j].Text) > 2 || !s.adjacentWord(j-1) {
		return false
	}
	prev := s.Tokens[j-1].Text
	if !capitalised(prev) || s.Tokens[j-1].UPOS != "PROPN" || lexicon.IsCalendar(prev) || x.usuallyLower == nil || x.usuallyLower(prev) || isAcronym(prev) && len(prev) <= 2 ||
		numberedWords[s.low[j-1]] {
		return false
	}
	if j+1 < n {
		switch nt := s.Tokens[j+1]; {
		case isDash(nt.Text) || nt.Text == "," || nt.Text == ":" || nt.Text == "/" || s.low[j+1] == "to" || s.low[j+1] == "points" || isDigits(nt.Text):
			return false // "Leeds 3–1", "Hull 2, Leeds 1": a score
		case nt.UPOS == "NOUN" || s.measure(j+1):
			return false // "Tarsk 2 people", "Velm 3 km"
		}
	}
	return true
}

// numberedWords are capitalised words before a number that make no name
// of it: abbreviated months, and grades and stages ("Category 5",
// "Phase 2").
var numberedWords = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "category": true, "level": true, "phase": true, "stage": true, "day": true, "week": true, "game": true,
	"round": true, "grade": true, "class": true, "type": true, "number": true, "no": true, "group": true, "tier": true, "step": true, "part": true,
	"volume": true, "vol": true, "episode": true, "season": true, "series": true, "page": true, "figure": true, "table": true, "item": true}

// shouted marks as covered (no name) the words of a sentence written in
// capitals for emphasis: when it has two common words in capitals or
// more ("FORMAT/SETUP/DEFINITION of a SOCIETY", "We WON THIS RACE BY A
// MILE"), every word in capitals that is a common word or a function
// word. Acronyms ("NASA") are no common words and stay names.
func (x *doc) shouted(s *sent, covered []bool) {
	if x.usuallyLower == nil {
		return
	}
	upper := func(k int) bool {
		t := s.Tokens[k].Text
		if t == "" || t[0] < 'A' || t[0] > 'Z' {
			return false // (most words: no allocation)
		}
		return t == strings.ToUpper(t)
	}
	common := func(k int) bool {
		t := s.Tokens[k].Text
		return upper(k) && (len(t) >= 4 && x.usuallyLower(t) || notNameWord(strings.ToLower(t)) || len(t) <= 3 && x.usuallyLower(t) && (k+1 < len(s.Tokens) && upper(k+1) || k > 0 && upper(k-1)))
	}
	n := 0
	for k := range s.Tokens {
		if common(k) && len(s.Tokens[k].Text) >= 4 {
			n++
		}
	}
	for k := range s.Tokens {
		if common(k) && (n >= 2 || len(s.Tokens[k].Text) >= 5) {
			covered[k] = true // (one common word of five letters or more in capitals is emphasis too: "We want this TODAY")
		}
	}
}

// placePlural are plural nouns that end the names of places ("Niagara
// Falls", "Palm Springs") and are no head words of the lexicon (those,
// "Islands", "Heights", are checked beside them).
var placePlural = map[string]bool{"isles": true, "falls": true, "lakes": true, "springs": true, "woods": true, "downs": true, "keys": true,
	"plains": true, "highlands": true, "lowlands": true, "states": true, "territories": true, "glades": true, "fields": true, "meadows": true,
	"rapids": true, "sands": true, "cliffs": true}

// bracketedParts joins to a name the part an editor added in square
// brackets inside a quotation ("Mark [Tollen]", "[Alireza] Firouzja").
func (x *doc) bracketedParts(s *sent, segs []seg) []seg {
	n := len(s.Tokens)
	out := segs[:0]
	for i := 0; i < len(segs); i++ {
		g := segs[i]
		switch {
		case g.b < n && s.Tokens[g.b].Text == "]" && x.hasConnector(s, g.a, g.b, "["):
			g.b++ // "Mark [Tollen" + "]"
		case g.b+2 < n && g.b-g.a == 1 && ner.GivenName(s.Tokens[g.a].Text) && s.Tokens[g.b].Text == "[" && s.Tokens[g.b+2].Text == "]" && s.isNameWord(g.b+1) && s.adjacent(g.b) &&
			!isAcronym(s.Tokens[g.b+1].Text):
			g.b += 3 // "Efe" + "[Varsi]": a given name and the surname an editor added
			for i+1 < len(segs) && segs[i+1].a < g.b {
				i++
			}
		}
		if g.a >= 3 && g.b-g.a == 1 && s.Tokens[g.a-1].Text == "]" && s.Tokens[g.a-3].Text == "[" && ner.GivenName(s.Tokens[g.a-2].Text) {
			g.a -= 3 // "[Alireza] Firouzja"
			for len(out) > 0 && out[len(out)-1].b > g.a {
				out = out[:len(out)-1]
			}
		}
		out = append(out, g)
	}
	return out
}

// unbracket drops an editor's square brackets from a name.
func unbracket(name string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("[", " ", "]", " ").Replace(name)), " ")
}

// score reports whether token k begins a score ("3–1", "32 to 22"): a
// number of one to three digits, a dash or "to", and another (two
// numbers of three digits are a model's: "737-800").
func (s *sent) score(k int) bool {
	if k+2 >= len(s.Tokens) || !isDigits(s.Tokens[k].Text) || !(isDash(s.Tokens[k+1].Text) || s.low[k+1] == "to") || !isDigits(s.Tokens[k+2].Text) {
		return false
	}
	a, b := len(s.Tokens[k].Text), len(s.Tokens[k+2].Text)
	return a <= 3 && b <= 3 && !(a == 3 && b == 3)
}

// adjacentWord reports whether token k is followed by one space only.
func (s *sent) adjacentWord(k int) bool {
	return k+1 < len(s.Tokens) && s.Tokens[k+1].Start == s.Tokens[k].End+1
}

// digits reports whether token k is a number of digits (with a plural "s":
// "747s").
func (s *sent) digits(k int) bool {
	return isDigits(strings.TrimSuffix(s.Tokens[k].Text, "s"))
}

// facilityNoun are lower-case nouns that end a facility's or a district's
// name after a capitalised name ("Waterloo station").
var facilityNoun = map[string]bool{"station": true, "airport": true, "school": true, "hospital": true, "district": true, "mosque": true,
	"church": true, "cathedral": true, "stadium": true, "prison": true, "plant": true, "junction": true, "bridge": true, "river": true, "line": true,
	"ground": true, "arena": true, "oval": true}

// routeWords name roads by their number ("Route 2", "Interstate 75").
var routeWords = map[string]bool{"route": true, "highway": true, "interstate": true, "motorway": true, "expressway": true}

// placeFacility are the facility nouns that make a place of the name
// they end ("the Costa Sur power plant"), where a school or a hospital
// is an institution.
var placeFacility = map[string]bool{"station": true, "airport": true, "stadium": true, "plant": true, "junction": true, "bridge": true,
	"river": true, "ground": true, "arena": true, "oval": true, "cathedral": true}

// facilityModifier are the nouns before a facility noun in the name of a
// facility ("railway station", "power plant").
var facilityModifier = map[string]bool{"railway": true, "railroad": true, "train": true, "bus": true, "police": true, "fire": true,
	"power": true, "nuclear": true, "treatment": true, "cricket": true, "football": true, "rugby": true}

// facilityAdjective are the adjectives that can stand between a place's
// name and a facility noun in the facility's name ("the Christchurch central
// police station").
var facilityAdjective = map[string]bool{"central": true, "main": true, "international": true, "municipal": true, "regional": true}

// bodyOfPerson are lower-case nouns for a body named after a person ("the
// Trump campaign").
var bodyOfPerson = map[string]bool{"campaign": true, "administration": true, "government": true, "cabinet": true, "presidency": true}

func indefinite(w string) bool {
	return w == "a" || w == "an" || w == "another" || w == "any" || w == "one"
}

// timeZone reports whether token k is a time zone: a zone's abbreviation
// written in capitals ("BST") or after a time ("10:30 West"), not the
// surname "West".
func (s *sent) timeZone(k int) bool {
	w := s.Tokens[k].Text
	if !lexicon.IsTimeZone(w) {
		return false
	}
	if w == strings.ToUpper(w) {
		return true
	}
	if k == 0 {
		return false
	}
	p := s.low[k-1]
	return strings.ContainsAny(p, "0123456789") || p == "am" || p == "pm" || p == "a.m." || p == "p.m." || p == "("
}

// timeContext reports whether calendar word i is written as a date: after
// "in", "on", "since" and the like, or before a number.
func (s *sent) timeContext(i int) bool {
	if i+1 < len(s.Tokens) && s.digits(i+1) {
		return true
	}
	if i == 0 {
		return false
	}
	switch s.low[i-1] {
	case "in", "on", "since", "until", "till", "by", "last", "next", "this", "early", "late", "mid", "of", "from", "through", "during", "before", "after", "between", "and", "or", "to", "-", "–":
		return true
	}
	return s.digits(i - 1)
}

// calendarSurname reports whether calendar word k ends a person's name
// ("Theresa May"): it follows a given name or a capitalised name word and
// no number follows it.
func (x *doc) calendarSurname(s *sent, k int) bool {
	if !capitalised(s.Tokens[k].Text) || s.timeContext(k) {
		return false
	}
	if s.surnames[s.low[k]] {
		return true // "May said"
	}
	if k < 1 {
		return false
	}
	return ner.GivenName(s.Tokens[k-1].Text) || s.Tokens[k-1].UPOS == "PROPN" && !lexicon.IsCalendar(s.Tokens[k-1].Text)
}

// smallNumber reports whether w is a number of one to three digits.
func smallNumber(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// measure reports whether token k counts something after a number
// ("2 percent", "11 people", "4 hours"): a plural or unit noun.
func (s *sent) measure(k int) bool {
	t := s.Tokens[k]
	return t.XPOS == "NNS" || t.Text == "%" || s.low[k] == "percent" || s.low[k] == "per"
}

// splitsCountry reports whether tokens a and b (a name's last word and the
// next name's first) are together a country's name ("United" "Kingdom").
func (x *doc) splitsCountry(s *sent, a, b int) bool {
	_, ok := countryOf(x.text(s, a, b+1))
	return ok && s.isNameWord(a) && b-a == 1
}

// isOrgHead reports whether token k is a capitalised organization word
// ("Center", "Union").
func (s *sent) isOrgHead(k int) bool {
	if k < 0 || k >= len(s.Tokens) || !capitalised(s.Tokens[k].Text) {
		return false
	}
	w := s.low[k]
	// (also the plural: "Centers for Disease Control")
	return lexicon.Head(w) == lexicon.OrgHead || len(w) > 4 && strings.HasSuffix(w, "s") && lexicon.Head(w[:len(w)-1]) == lexicon.OrgHead
}

// orgOfName reports whether tokens [a, b) are an organization's name built
// on "of", "for" or "on" after an organization word ("International
// Committee on Taxonomy", "American Society for Biochemistry").
func (s *sent) orgOfName(a, b int) bool {
	for k := a; k+2 < b; k++ {
		if s.isOrgHead(k) && (s.low[k+1] == "of" || s.low[k+1] == "for" || s.low[k+1] == "on") && capitalised(s.Tokens[k+2].Text) {
			return true
		}
	}
	return false
}

// givenNameAt reports whether token k is a given name ("Anna").
func (x *doc) givenNameAt(s *sent, k int) bool {
	return ner.GivenName(s.Tokens[k].Text)
}

// placeStarts reports whether one of the recognizer's place names starts
// at token a.
func (s *sent) placeStarts(a int) bool {
	for _, m := range s.Mentions {
		if m.Type == "PLACE" && m.Start == a {
			return true
		}
	}
	return false
}

// personName reports whether every word of tokens [a, b) is a word of the
// recognizer's person names in the document.
func (x *doc) personName(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if !x.personWords[s.low[k]] {
			return false
		}
	}
	return a < b
}

// isYear reports whether a word is a year of the last or this century,
// which may begin an event's name ("2019 World Championships").
func isYear(w string) bool {
	if len(w) != 4 || !(strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// quoteStart reports whether token i follows an opening quotation mark.
func (s *sent) quoteStart(i int) bool {
	return i > 0 && quoteMark(s.Tokens[i-1].Text)&1 != 0
}

// connector reports whether a lower-case word may join two parts of a name
// ("Bank of America", "Transport for London", "Trinidad and Tobago").
func connector(w string) bool {
	switch w {
	case "of", "for", "and", "&", "de", "del", "della", "des", "du", "la", "le", "van", "von", "der", "den", "y", "on", "the", "al", "al-", "bin", "ibn", "da", "dos", "das":
		return true
	}
	return false
}

// A seg is a candidate name: tokens [a, b) with the recognizer's type.
type seg struct {
	a, b int
	ner  string
	// from is where the recognizer's person name starts in a segment
	// that joined a run of title words to it ("Loco Pilot" + "Rangoli").
	from int
	// work is set on the title of a work after a word for one ("the film
	// Rise of the Guardians").
	work bool
	// person is set on a person's name split off an organization's name
	// before it ("Civic Watch International" + "Lo Man-yee").
	person bool
	// slogan is set on an event named by a slogan and a gathering noun
	// ("the Unite the Right rally").
	slogan bool
	// called is set on a name given in quotation marks after a noun and
	// "called" ("a program called "Learning Together""): a name, not a
	// label.
	called bool
}

// levelWords name the level of a court or an office ("District judge",
// "County commissioner").
var levelWords = map[string]bool{"district": true, "circuit": true, "federal": true, "county": true, "provincial": true, "municipal": true, "regional": true}

// eventOfPlace are the words of an event named by its place ("War in
// Afghanistan", "Battle of Mosul").
var eventOfPlace = map[string]bool{"War": true, "Battle": true, "Siege": true, "Invasion": true, "Liberation": true, "Occupation": true}

// regionInstitutionStart are the first words of the names of a state's
// or a province's institutions written after its name ("North Carolina
// State Board of Elections", "Ontario Provincial Police").
var regionInstitutionStart = map[string]bool{"State": true, "County": true, "Department": true, "Board": true, "Office": true, "Bureau": true,
	"Division": true, "Highway": true, "Supreme": true, "Superior": true, "Provincial": true, "Commission": true, "Attorney": true, "General": true, "Legislature": true, "House": true, "Senate": true}

// findNames finds the names of sentence s.
func (x *doc) findNames(s *sent) {
	n := len(s.Tokens)
	if n == 0 {
		return
	}
	var segs []seg
	covered := make([]bool, n)
	x.shouted(s, covered)
	given := -1 // a given name cut from the end of a place name
	for _, m := range s.Mentions {
		switch m.Type {
		case "DATE", "TIME":
			// "20 Nov 2019": no run of name words
			if m.End-m.Start >= 2 && m.Start >= 0 && m.End <= n {
				for k := m.Start; k < m.End; k++ {
					if isNumber(s.Tokens[k].Text) {
						for k := m.Start; k < m.End; k++ {
							covered[k] = true
						}
						break
					}
				}
			}
		case "PERSON", "ORG", "PLACE", "EVENT", "THING":
			a, b := m.Start, m.End
			if a < 0 || b > n || a >= b || covered[a] && covered[b-1] {
				continue
			}
			if b-a == 1 && s.Tokens[a].UPOS == "VERB" && s.Tokens[a].XPOS == "VB" && a >= 1 && s.low[a-1] == "to" {
				continue // "to Re-open": a verb, capitalised for a slogan
			}
			for a < b-1 && connector(s.Tokens[a].Text) {
				a++ // "on Taxonomy": the recognizer's name starts after a connector
			}
			if b-a >= 2 && s.score(b-1) {
				b-- // "Westmoor City 32–22": the score is no part of the name
			}
			if (m.Type == "PERSON" || m.Type == "ORG") && b-a == 2 && a >= 1 && (s.low[a-1] == "on" || s.low[a-1] == "via") && x.docSurname(s.low[a+1]) && !x.docSurname(s.low[a]) && !ner.GivenName(s.Tokens[a].Text) {
				// "on Twitter West accused …": the medium, then the
				// surname of a person of the document
				segs = append(segs, seg{a: a, b: a + 1, ner: "ORG", from: a})
				covered[a] = true
				a++
				m.Type = "PERSON"
			}
			if m.Type == "PERSON" {
				// "Lucy Fischer of The Times" read as one person: a
				// person's name ends before "of"
				for k := a + 1; k < b-1; k++ {
					if s.low[k] == "of" || s.low[k] == "from" {
						b = k
						break
					}
				}
				// "told MSNBC Cummings", "Mayor of London Sadiq Khan": an
				// acronym or a place of the document before a name of
				// two more words is no part of it
				for b-a >= 2 && (isAcronym(s.Tokens[a].Text) && s.Tokens[a].Text == strings.ToUpper(s.Tokens[a].Text) && !personInitials(s.Tokens[a].Text) ||
					b-a >= 3 && (x.placeWords[s.low[a]] || placePrefix([]string{s.low[a]}) ||
						a >= 2 && s.low[a-1] == "of" && (lexicon.Role(s.low[a-2]) != lexicon.NotRole || multiTitleEnding(s, a-2) > 0))) {
					if isAcronym(s.Tokens[a].Text) && s.Tokens[a].Text == strings.ToUpper(s.Tokens[a].Text) && !personInitials(s.Tokens[a].Text) {
						segs = append(segs, seg{a: a, b: a + 1, ner: "ORG", from: a}) // the outlet
						covered[a] = true
					}
					a++ // "Mayor of Lisbon Rui Costa"
				}
			}
			if m.Type != "PERSON" && b-a >= 2 && b < n && ner.GivenName(s.Tokens[b-1].Text) && s.isNameWord(b) &&
				(isRegion(strings.Join(wordsOf(s, a, b-1), " ")) || b-a == 2 && x.placeWords[s.low[a]]) {
				// "Senator from Vermont Bernie Sanders": a place, then a
				// person's given name
				b--
				m.Type = "PLACE"
				given = b
			}
			if m.Type == "PERSON" && given >= 0 && a == given+1 {
				a = given
			}

			segs = append(segs, seg{a: a, b: b, ner: m.Type, from: a})
			for k := a; k < b; k++ {
				covered[k] = true
			}
		}
	}
	// "the North Carolina State Board of Elections": a region's own
	// institution named after it
	for i := 0; i+1 < len(segs); i++ {
		p, o := segs[i], segs[i+1]
		if p.ner == "PLACE" && o.ner == "ORG" && o.a == p.b && isRegion(strings.Join(wordsOf(s, p.a, p.b), " ")) && regionInstitutionStart[s.Tokens[o.a].Text] {
			segs[i] = seg{a: p.a, b: o.b, ner: "ORG", from: p.a}
			segs = append(segs[:i+1], segs[i+2:]...)
		}
	}
	// Names spelled by a bracketed acronym after them ("Transport for
	// Lisbon (TfL)"), whatever the recognizer found.
	for k := 2; k+1 < n; k++ {
		if s.Tokens[k-1].Text != "(" || s.Tokens[k+1].Text != ")" || !isAcronym(s.Tokens[k].Text) {
			continue
		}
		for a := max(0, k-12); a < k-2; a++ {
			if !capitalised(s.Tokens[a].Text) || !spells(s.Tokens[k].Text, wordsOf(s, a, k-1)) || !nameRun(s, a, k-1) {
				continue
			}
			segs = dropOverlaps(segs, a, k-1)
			segs = append(segs, seg{a: a, b: k - 1, ner: "ORG", from: a})
			for j := a; j < k-1; j++ {
				covered[j] = true
			}
			break
		}
	}
	// Runs of name words the recognizer left out.
	for i := 0; i < n; {
		if covered[i] || !s.isNameWord(i) {
			i++
			continue
		}
		j := i + 1
		for j < n && !covered[j] && !s.score(j) && (s.isNameWord(j) || s.continuesName(j) || s.modelNumber(j) || j > i && x.versionNumber(s, j) ||
			j == i+1 && numberedParts[s.low[i]] && isNumber(s.Tokens[j].Text) || // "Article 50"

			capitalised(s.Tokens[j].Text) && s.Tokens[j].Text != s.low[j] && lexicon.IsNotName(s.low[j]) && !s.isPunct(j) && j+1 < n && (covered[j+1] || s.isNameWord(j+1)) ||
			s.Tokens[j].Text == "-" && s.adjacent(j-1) && s.adjacent(j) && j+1 < n && (s.isNameWord(j+1) || isWord(s.Tokens[j+1].Text)) ||
			j >= 2 && s.Tokens[j-1].Text == "-" && s.adjacent(j-2) && s.adjacent(j-1) && isWord(s.Tokens[j].Text) ||
			s.possessiveName(j) ||
			nameParticle(s.low[j]) && (s.Tokens[j].UPOS == "PROPN" || s.Tokens[j].XPOS == "NNP") && j+1 < n && (s.isNameWord(j+1) ||
				j+2 < n && nameParticle(s.low[j+1]) && s.isNameWord(j+2))) { // ("Banco de la Nación")
			if x.titleBeforeName(s, j, covered) {
				// "Railway Manager Aparna Garg": the title ends the name
				// before it
				segs = append(segs, seg{a: i, b: j, ner: "", from: i})
				i = j + 1
				j = -1
				break
			}
			j++
		}
		if j < 0 {
			continue
		}
		if j-i >= 2 && isAcronym(s.Tokens[i].Text) && s.Tokens[i].Text == strings.ToUpper(s.Tokens[i].Text) && x.personName(s, i+1, j) {
			// "told MSNBC Cummings": an outlet's acronym before the name
			// of a person of the document
			segs = append(segs, seg{a: i, b: i + 1, ner: "ORG", from: i}, seg{a: i + 1, b: j, ner: "PERSON", from: i + 1})
			i = j
			continue
		}
		segs = append(segs, seg{a: i, b: j, ner: "", from: i})
		i = j
	}
	sortSegs(segs)
	// "the War in Afghanistan", "the Battle of Mosul": an event named by
	// its place
	for i := 0; i+1 < len(segs); i++ {
		p, o := segs[i], segs[i+1]
		if p.b-p.a == 1 && eventOfPlace[s.Tokens[p.a].Text] && o.a == p.b+1 && (s.low[p.b] == "in" || s.low[p.b] == "of") && o.ner == "PLACE" {
			segs[i] = seg{a: p.a, b: o.b, ner: "EVENT", from: p.a}
			segs = append(segs[:i+1], segs[i+2:]...)
		}
	}
	for i := range segs {
		// "Boeing 747s": a maker and a model number the recognizer left
		// out are one product
		if b := segs[i].b; b < n && segs[i].ner == "ORG" && s.modelNumber(b) && s.Tokens[b].Start == s.Tokens[b-1].End+1 && (i+1 == len(segs) || segs[i+1].a > b) {
			segs[i].b, segs[i].ner = b+1, "THING"
		}
	}
	for i := 0; i < len(segs); i++ {
		// "Steve Peers", the surname tagged as a plural noun: a given
		// name's capitalised flat continuation is the person's surname
		if g := &segs[i]; g.ner == "PERSON" && g.b < n && g.b-g.a == 1 && ner.GivenName(s.Tokens[g.a].Text) && capitalised(s.Tokens[g.b].Text) &&
			(s.Tokens[g.b].Rel == "flat" && s.Tokens[g.b].Head >= g.a && s.Tokens[g.b].Head < g.b || s.Tokens[g.a].Rel == "compound" && s.Tokens[g.a].Head == g.b) {
			switch {
			case i+1 == len(segs) || segs[i+1].a > g.b:
				g.b++
			case segs[i+1].a == g.b && segs[i+1].b == g.b+1 && segs[i+1].ner == "":
				g.b++
				segs = slices.Delete(segs, i+1, i+2)
			}
		}
	}
	for i := range segs {
		// "newspaper The Hindu": an outlet's name keeps its article
		if a := segs[i].a; a >= 2 && s.Tokens[a-1].Text == "The" && outletNouns[s.lemma[a-2]] && (i == 0 || segs[i-1].b < a-1) {
			segs[i].a, segs[i].ner = a-1, "ORG"
		}
	}
	for i := range segs {
		// "Parkinson's disease", "Tourette's syndrome": a condition named
		// after a person
		if b := segs[i].b; b+1 < n && s.Tokens[b].XPOS == "POS" && s.adjacent(b-1) && (s.low[b+1] == "disease" || s.low[b+1] == "syndrome") && (i+1 == len(segs) || segs[i+1].a > b+1) {
			segs[i].b, segs[i].ner = b+2, "THING"
		}
	}
	for i := range segs {
		// "WESH 2", "Region 11": a station's or a body's number
		if b := segs[i].b; b < n && smallNumber(s.Tokens[b].Text) && !s.score(b) && (i+1 == len(segs) || segs[i+1].a > b) &&
			(isAcronym(s.Tokens[b-1].Text) && s.Tokens[b-1].Text == strings.ToUpper(s.Tokens[b-1].Text) || s.isOrgHead(b-1) || capitalised(s.Tokens[b-1].Text) && (lexicon.Head(s.low[b-1]) == lexicon.PlaceHead || routeWords[s.low[b-1]])) &&
			(b+1 == n || !s.measure(b+1)) {
			segs[i].b++
		}
	}
	for i := range segs {
		// "the Command and Control Centre": an organization word alone is
		// no person's name
		if g := &segs[i]; g.ner == "PERSON" && g.b-g.a == 1 && lexicon.Head(s.low[g.a]) == lexicon.OrgHead && !ner.GivenName(s.Tokens[g.a].Text) && !x.docSurname(s.low[g.a]) {
			g.ner = ""
		}
	}
	segs = x.bracketedParts(s, segs)
	segs = x.splitTwoBodies(s, segs)
	segs = x.joinSegs(s, segs)
	segs = x.portfolios(s, segs)
	segs = x.calledNames(s, segs)
	segs = x.quotedTitles(s, segs)
	for i := range segs {
		// "the 25th Amendment", "the First Amendment", "the 116th
		// Congress": the ordinal is part of the name
		if g := segs[i]; g.a >= 1 && ordinalNouns[s.low[g.a]] && ordinalWord(s.low[g.a-1]) && (i == 0 || segs[i-1].b <= g.a-1) &&
			(capitalised(s.Tokens[g.a-1].Text) || isNumber(s.Tokens[g.a-1].Text[:1])) {
			segs[i].a--
			segs[i].from = min(segs[i].from, segs[i].a)
		}
	}
	for i := 0; i < len(segs); i++ {
		// "Republican US Senator": a party word, then a country
		if g := segs[i]; g.b-g.a >= 2 {
			e := g.b
			for e > g.a+2 && lexicon.Role(s.low[e-1]) != lexicon.NotRole {
				e-- // (a title after it: "Republican US Senator")
			}
			if _, whole := countryOf(strings.Join(wordsOf(s, g.a, g.b), " ")); whole {
				// ("Democratic Republic of the Congo" is one country)
			} else if _, party := lexicon.Party(s.Tokens[g.a].Text); party {
				if _, country := countryOf(strings.Join(wordsOf(s, g.a+1, e), " ")); country {
					segs[i] = seg{a: g.a + 1, b: g.b, ner: "PLACE", from: g.a + 1}
					continue
				}
			}
		}
		// "the Iranian Chess Federation Mehrdad Pahlavanzadeh": an
		// organization, then its officer's name
		g := segs[i]
		if g.ner == "PERSON" {
			continue
		}
		for k := g.a + 2; k+1 < g.b; k++ {
			if lexicon.Head(s.low[k-1]) == lexicon.OrgHead && ner.GivenName(s.Tokens[k].Text) && !lexicon.IsNotName(s.low[k]) && capitalised(s.Tokens[k+1].Text) {
				segs[i] = seg{a: g.a, b: k, ner: "ORG", from: g.a}
				segs = slices.Insert(segs, i+1, seg{a: k, b: g.b, ner: "PERSON", from: k})
				break
			}
		}
	}
	for i := range segs {
		// "a United States District judge": the court's level is the
		// title's, not the name's
		g := &segs[i]
		if g.b < n && g.b-g.a >= 2 && levelWords[s.low[g.b-1]] && !capitalised(s.Tokens[g.b].Text) && lexicon.Role(s.low[g.b]) != lexicon.NotRole {
			g.b--
		}
	}
	for i := range segs {
		// "the Nevada caucuses", "the 2019 Hong Kong district council
		// elections": a contest named by its region or party and a
		// lower-case noun is an event of that name
		g := &segs[i]
		if g.ner != "PLACE" && g.ner != "ORG" && g.ner != "" || i+1 < len(segs) && segs[i+1].a <= g.b+2 {
			continue
		}
		if _, ok := countryOf(x.text(s, g.a, g.b)); ok {
			continue // ("the U.S. presidential election": the country stays a place the story names)
		}
		if _, party := lexicon.Party(x.text(s, g.a, g.b)); party && (g.a == 0 || !yearWord(s.Tokens[g.a-1].Text)) {
			continue // "the Democratic primary": which one, the story says elsewhere
		}
		k := g.b
		if k+1 < n && electionAdjectives[s.low[k]] && !capitalised(s.Tokens[k].Text) && contestWords[s.low[k+1]] {
			k++ // ("the Kansas primary election"; but "the Kansas primary" ends at its contest)
		}
		if k < n && contestWords[s.low[k]] && !capitalised(s.Tokens[k].Text) && (k+1 >= n || s.Tokens[k+1].UPOS != "NOUN") {
			g.b, g.ner = k+1, "EVENT"
			if g.a >= 1 && yearWord(s.Tokens[g.a-1].Text) {
				g.a-- // "the 2019 Hong Kong district council elections"
			}
		}
	}
	segs = yearContests(s, segs)
	segs = x.placeEvents(s, segs)
	segs = diseases(s, segs)
	for i := 0; i+1 < len(segs); i++ {
		// "the Archbishop of Gdańsk, Sławoj Leszek Głódź", the first
		// given name taken for an organization: the parse's flat name
		// is one person's
		p, o := segs[i], segs[i+1]
		if p.b-p.a == 1 && p.ner != "PERSON" && o.ner == "PERSON" && o.a == p.b && s.Tokens[o.a].Rel == "flat" && s.Tokens[o.a].Head == p.a && s.Tokens[p.a].UPOS == "PROPN" && !isAcronym(s.Tokens[p.a].Text) {
			segs[i] = seg{a: p.a, b: o.b, ner: "PERSON", from: p.a}
			segs = slices.Delete(segs, i+1, i+2)
		}
	}
	for i := range segs {
		// "Waterloo station", "All Saints school": a facility named by a
		// name and a lower-case noun (but "a London hospital" is any)
		g := &segs[i]
		b := g.b
		if k := b; k < n && (i+1 == len(segs) || segs[i+1].a > k+1) {
			// "the James Webb space telescope": a craft named after a
			// person or a place
			if s.low[k] == "space" && k+1 < n {
				k++
			}
			if lexicon.In(lexicon.CraftNoun, s.low[k]) && s.Tokens[k].UPOS == "NOUN" && (k == b || s.Tokens[b].Head == k) {
				g.b, g.ner = k+1, "THING"
				continue
			}
		}
		if b < n && g.a >= 1 && s.low[g.a-1] == "the" && bodyOfPerson[s.low[b]] && s.Tokens[b].UPOS == "NOUN" && (i+1 == len(segs) || segs[i+1].a > b) &&
			(g.ner == "PERSON" || x.personName(s, g.a, g.b)) {
			// "the Trump campaign", "the Biden administration": a body
			// named after a person
			g.b, g.ner = b+1, "ORG"
			continue
		}
		if b+1 < n && s.Tokens[b].XPOS == "POS" && (s.low[b+1] == "government" || s.low[b+1] == "administration") && s.Tokens[b+1].UPOS == "NOUN" && (i+1 == len(segs) || segs[i+1].a > b+1) &&
			g.b-g.a == 1 && x.docSurname(s.low[g.a]) && (g.a == 0 || s.low[g.a-1] != "the") && !x.placeLike(s, g.a, g.b) && !countryName(s.Tokens[g.a].Text) && !x.docPlace(s.low[g.a]) {
			// "Johnson's government": the government a person heads, a
			// body of its own
			g.b, g.ner = b+2, "ORG"
			continue
		}
		if b+2 < n && facilityAdjective[s.low[b]] && s.Tokens[b].UPOS == "ADJ" && (facilityModifier[s.low[b+1]] && placeFacility[s.low[b+2]] && s.Tokens[b+2].UPOS == "NOUN" || placeFacility[s.low[b+1]] && s.Tokens[b+1].UPOS == "NOUN") &&
			g.ner != "PERSON" && (i+1 == len(segs) || segs[i+1].a > b+2) {
			// "the Port Alder central police station", "Velm international
			// airport": a facility named by its place and a word for which
			// of the place's it is
			if d := s.child(b+1, "det"); d < 0 || !indefinite(s.low[d]) {
				g.b += 2
				if facilityModifier[s.low[b+1]] {
					g.b++
				}
				g.ner = "PLACE"
			}
			continue
		}
		if b+1 < n && (g.ner != "PERSON" || g.a >= 1 && s.low[g.a-1] == "the") && facilityModifier[s.low[b]] && facilityNoun[s.low[b+1]] && s.Tokens[b+1].UPOS == "NOUN" && (i+1 == len(segs) || segs[i+1].a > b+1) {
			// "Mysore Junction railway station", "the Costa Sur power
			// plant"
			if d := s.child(b+1, "det"); d < 0 || !indefinite(s.low[d]) {
				g.b += 2
				if placeFacility[s.low[b+1]] {
					g.ner = "PLACE"
				}
			}
			continue
		}
		if b >= n || g.ner == "PERSON" || !facilityNoun[s.low[b]] || s.Tokens[b].UPOS != "NOUN" || s.Tokens[b-1].Head != b || i+1 < len(segs) && segs[i+1].a <= b {
			continue
		}
		if d := s.child(b, "det"); d < 0 || !indefinite(s.low[d]) {
			g.b++
			if placeFacility[s.low[b]] && g.ner != "ORG" {
				g.ner = "PLACE"
			}
		}
	}
	for i := range segs {
		// "10 Downing Street": a house number is part of the address
		if g := &segs[i]; g.a >= 1 && isDigits(s.Tokens[g.a-1].Text) && len(s.Tokens[g.a-1].Text) <= 4 && s.adjacentWord(g.a-1) && (streetWords[s.low[g.b-1]] || streetFirstWords[s.low[g.a]] && g.b-g.a >= 2) && g.ner != "PERSON" &&
			(i == 0 || segs[i-1].b < g.a-1) {
			g.a, g.from = g.a-1, g.a-1
		}
	}
	segs = x.embassies(s, segs)
	segs = x.camps(s, segs)
	for i := 0; i < len(segs); i++ {
		// "like the Democratic National Convention  Republicans opted":
		// two spaces inside a sentence stand for a missing comma, which
		// no name crosses
		// (but a person's name is sometimes typed with two: "Ana  Ruiz")
		for k := segs[i].a + 1; k < segs[i].b && segs[i].ner != "PERSON"; k++ {
			if gap := x.d.Text[s.Tokens[k-1].End:s.Tokens[k].Start]; len(gap) >= 2 && strings.Trim(gap, " ") == "" {
				rest := seg{a: k, b: segs[i].b, ner: "", from: k}
				segs[i].b = k
				segs = slices.Insert(segs, i+1, rest)
				break
			}
		}
	}
	foreign := foreignSentence(s)
	for _, g := range x.splitPairs(s, segs) {
		if x.inGloss(s, g.a, g.b) {
			continue // a name in another language's gloss
		}
		if foreign && g.b-g.a == 1 && g.ner != "PLACE" {
			continue // "En mon nom, je pense aux familles": a sentence of another language
		}
		x.addName(s, g)
	}
}

// splitPairs splits a name made of two names joined by a dash that
// modifies the common noun after it ("the Trump-Biden debate", "the
// Egypt–Israel peace treaty", however the recognizer spans it) into its
// two people or places.
func (x *doc) splitPairs(s *sent, segs []seg) []seg {
	var out []seg
	for _, g := range segs {
		k := -1
		for j := g.a + 1; j+1 < g.b; j++ {
			if isDash(s.Tokens[j].Text) && s.adjacent(j-1) && s.adjacent(j) {
				k = j
			}
		}
		if k >= 0 {
			p, q := seg{a: g.a, b: k, from: g.a}, seg{a: k + 1, b: g.b, from: k + 1}
			p.ner, q.ner = x.pairKind(s, &p), x.pairKind(s, &q)
			if x.pairModifier(s, &p, &q) {
				out = append(out, p, q)
				continue
			}
		}
		out = append(out, g)
	}
	return out
}

// ticket reports whether tokens [a, b) are two people's surnames joined by
// a dash ("Biden-Harris", "Trump–Pence"): an electoral ticket or a
// campaign, a body of its own.
func (x *doc) ticket(s *sent, a, b int) bool {
	if b-a != 3 || !isDash(s.Tokens[a+1].Text) || !s.adjacent(a) || !s.adjacent(a+1) {
		return false
	}
	return x.docSurname(s.low[a]) && x.docSurname(s.low[a+2])
}

// pairKind returns "PERSON" or "PLACE" for a part of a dashed pair that is
// a person's name of the document or a country, "" otherwise.
func (x *doc) pairKind(s *sent, q *seg) string {
	if q.b-q.a <= 3 && (x.docSurname(s.low[q.b-1]) || x.givenNameAt(s, q.a) && q.b-q.a >= 2) {
		return "PERSON"
	}
	if _, ok := countryOf(x.text(s, q.a, q.b)); ok {
		return "PLACE"
	}
	return ""
}

func sortSegs(segs []seg) {
	for i := 1; i < len(segs); i++ {
		for j := i; j > 0 && segs[j].a < segs[j-1].a; j-- {
			segs[j], segs[j-1] = segs[j-1], segs[j]
		}
	}
}

// joinSegs joins candidate names that are one name: parts touching through
// a hyphen or dash ("Export–Import Bank"), an unlabelled run touching a
// labelled one ("Academy Award"), and "X of Y" where X ends in an
// organization, place, event or thing word ("Bank of England") or an
// acronym in brackets spells the whole ("Transport for London (TfL)").
// docSurname reports whether a folded word is the last word of a
// person's name the recognizer found in the document.
func (x *doc) docSurname(w string) bool { return x.lastNames[w] }

func (x *doc) joinSegs(s *sent, segs []seg) []seg {
	segs = x.workTitles(s, segs)
	segs = x.purposeNames(s, segs)
	segs = x.sloganEvents(s, segs)
	if len(segs) < 2 {
		return segs
	}
	segs = x.spelledRuns(s, segs)
	out := segs[:1]
	for gi, g := range segs[1:] {
		p := &out[len(out)-1]
		// the kind of g with the name touching it after ("Roll" +
		// "Hall of Fame")
		if g.b <= p.b {
			continue // inside the name before it ("MV Professor Albrecht Penck")
		}
		gner := g.ner
		if gi+2 < len(segs) && segs[gi+2].a == g.b && gner == "" {
			gner = segs[gi+2].ner
		}
		switch {
		case g.a == p.b && p.b-p.a >= 2 && s.Tokens[p.b-1].UPOS == "ADJ" && g.b-g.a == 1 && (p.ner == "ORG" || s.orgOfName(p.a, p.b) || s.isOrgHead(p.a)):
			// "Commission on Presidential" + "Debates": a name does not
			// end in an adjective
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b+1 && (s.low[p.b] == "of" || s.low[p.b] == "in") && p.b-p.a >= 2 && (g.ner == "PLACE" || g.ner == "") &&
			(divisionName(s.low[p.a], s.low[p.b-1]) || p.b-p.a >= 3 && divisionName(s.low[p.b-2], s.low[p.b-1])):
			// "Western District of Texas", "Autonomous Region in Muslim
			// Mindanao": a division named by the place it divides
			p.b, p.ner = g.b, "PLACE"
			continue
		case g.a == p.b && p.b-p.a >= 1 && x.splitsCountry(s, p.b-1, g.a):
			// "Supreme Court of the United" + "Kingdom"
			p.b = g.b
			continue
		case g.a == p.b && (p.ner == "PLACE" || p.ner == "") && g.ner == "ORG" && placePrefix([]string{x.text(s, p.a, p.b)}) && !ner.IsDemonym(x.text(s, p.a, p.b)):
			// "U.S." + "Geological Survey"
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b && p.ner == "PERSON" && g.ner == "" && g.b-g.a >= 2 && s.isOrgHead(g.b-1) && !x.personName(s, g.a, g.b):
			// "Doris" + "Day Animal Foundation": a foundation named after
			// a person
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b+1 && s.Tokens[p.b].Text == "," && p.b-p.a >= 3 && s.low[p.a] == "university" && s.low[p.a+1] == "of" && (g.ner == "PLACE" || g.ner == "") && g.b-g.a <= 3 &&
			!isRegion(x.text(s, g.a, g.b)) && !x.isCountry(s, g.a) && (g.b >= len(s.Tokens) || s.isPunct(g.b) || !capitalised(s.Tokens[g.b].Text)):
			// "University of California, Los Angeles": a campus, named
			// after its city (but "University of Oxford, England" is in
			// England)
			p.b, p.ner = g.b, "ORG"
			continue
		case (g.a == p.b || g.a == p.b+1 && capitalised(s.Tokens[p.b].Text)) && p.b-p.a == 1 && lexicon.In(lexicon.ShipPrefix, s.Tokens[p.a].Text) && g.b-g.a <= 4:
			// "MV Alan Kurdi", "MV Professor Albrecht Penck": a ship,
			// named after whom it may be
			p.b, p.ner, p.from, p.work = g.b, "THING", p.a, true
			for p.b < len(s.Tokens) && capitalised(s.Tokens[p.b].Text) && s.Tokens[p.b].UPOS == "PROPN" {
				p.b++ // the rest of the name, whatever segments it was cut into
			}
			continue
		case g.a == p.b+1 && (s.low[p.b] == "v." || s.low[p.b] == "v" || s.low[p.b] == "vs." || s.low[p.b] == "vs") && p.b-p.a <= 4 && g.b-g.a <= 5 &&
			s.Tokens[p.b].Text == s.low[p.b] && !s.adjacent(p.b-1):
			// "Roe v. Wade", "Brown vs. Board of Education": a court case
			p.b, p.ner = g.b, "THING"
			continue
		case g.a == p.b && p.ner == "PERSON" && g.ner == "" && lexicon.IsEponymHead(s.low[g.b-1]) && !lexicon.IsNotName(s.Tokens[g.b-1].Text) &&
			(g.b-g.a >= 2 || p.b-p.a >= 2 && s.low[g.a] != "day"):
			// "George" + "Pólya Prize", "Martin Luther" + "King Jr.
			// Day": a prize or a day named after a person (but "Lena" +
			// "Day" is a person's name)
			p.b, p.ner = g.b, "THING"
			if lexicon.Head(s.low[g.b-1]) == lexicon.EventHead {
				p.ner = "EVENT"
			}
			continue
		case g.a == p.b && p.ner != "EVENT" && p.ner != "THING" && s.isOrgHead(g.a) && !x.personName(s, g.a, g.b):
			// "Johns Hopkins Center", "Robert Koch Institute": a name
			// before an organization word names the organization
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b && (p.ner == "PLACE" || p.ner == "" && x.placeLike(s, p.a, p.b)) && (g.ner == "ORG" || g.ner == "") && s.isOrgHead(g.b-1):
			// "Sunshine Coast Rugby Union", "Texas Medical Board"
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b+1 && (s.low[p.b] == "of" && s.orgOfName(p.a, p.b) || (s.low[p.b] == "of" || s.low[p.b] == "for" || s.low[p.b] == "on") && s.isOrgHead(p.b-1)) &&
			g.ner != "PLACE" && !x.givenNameAt(s, g.a) && !x.personName(s, g.a, g.b):
			// "International Committee on Taxonomy" + "of Viruses",
			// whatever type the recognizer gives the parts
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a >= p.b+2 && s.Tokens[p.b].Text == "[" && g.b < len(s.Tokens) && s.Tokens[g.b].Text == "]" && x.bracketRole(s, p.b+1, g.b):
			// "Ramdas [local MLA]": the editor's note of a role is the
			// name's, no name of its own
			if x.bracketRoles == nil {
				x.bracketRoles = map[pos]string{}
			}
			x.bracketRoles[pos{s.idx, p.b - 1}] = x.text(s, p.b+1, g.b)
			continue
		case g.a == p.b+1 && s.Tokens[p.b].Text == "]" && p.a >= 1 && s.Tokens[p.a-1].Text == "[" && g.b-g.a <= 2 && (p.ner == "PERSON" || x.givenNameAt(s, p.a)) &&
			(g.ner == "PERSON" || g.ner == "") && s.isNameWord(g.a):
			// "[Tomas Reyes] Attah": the given names an editor added
			// before the surname the speaker used
			p.b, p.ner = g.b, "PERSON"
			continue
		case g.a == p.b+2 && s.low[p.b] == "of" && s.low[p.b+1] == "the" && g.b-g.a <= 3 && p.ner != "PERSON" && (g.ner == "PLACE" || g.ner == "") && !isAcronym(s.Tokens[g.a].Text) && (!s.isOrgHead(g.b-1) || honourHead[s.low[p.b-1]]) &&
			(s.isOrgHead(p.b-1) || honourHead[s.low[p.b-1]] || p.b-p.a >= 2 && bodyOfMembers[s.low[p.b-1]]) && capitalised(s.Tokens[p.b-1].Text) && !x.givenNameAt(s, g.a):
			// "Catholic Bishops' Conference of the Philippines", "Grand
			// Society of the Falcon", "Most Brilliant Order of the Sun":
			// a body's or an honour's name goes on over "of the" (but
			// "Mysore Division of the SWR", "Control Centre of the Coast
			// Guard" are parts of another body)
			if honourHead[s.low[p.b-1]] {
				p.ner = ""
			} else {
				p.ner = "ORG"
			}
			p.b = g.b
			continue
		case (g.a == p.b+1 && s.low[p.b] == "of" || g.a == p.b+2 && s.low[p.b] == "of" && s.low[p.b+1] == "the") && p.b-p.a == 1 && journalWords[s.low[p.a]] && g.ner != "PERSON":
			// "Proceedings of the National Academy of Sciences", "Annals
			// of Internal Medicine": a journal named after what it prints
			p.b, p.ner = g.b, "ORG"
			continue
		case (g.a == p.b+1 && s.low[p.b] == "of" || g.a == p.b+2 && s.low[p.b] == "of" && s.low[p.b+1] == "the") && p.b-p.a == 1 && lexicon.In(lexicon.Fellowship, s.low[p.a]) && p.ner != "PERSON" && g.ner != "PERSON":
			// "Knights of Columbus", "Friends of the Earth", "Daughters of
			// the American Revolution": a fellowship named by what it serves
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b+1 && (s.low[p.b] == "for" || s.low[p.b] == "against" || s.low[p.b] == "without") && (p.b-p.a == 1 || p.b-p.a == 2 && p.ner != "PERSON") && groupNoun(s.low[p.b-1]) &&
			p.ner != "PERSON" && p.ner != "PLACE" && (g.ner != "PERSON" || p.a > 0 && capitalised(s.Tokens[p.a].Text)) && (p.a == 0 || !capitalised(s.Tokens[p.a-1].Text)):
			// "Women for America First", "Doctors Without Borders": a
			// group of people for a cause (or for a person, written
			// with a capital inside a sentence: "the co-chair of
			// Farmers for Hale")
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b && p.b-p.a >= 2 && lexicon.IsHonorific(s.Tokens[p.b-1].Text) && strings.HasSuffix(s.Tokens[p.b-1].Text, ".") && !lexicon.IsHonorific(s.Tokens[p.a].Text):
			// "the documentary Beware of Mr. Tollen": a name does not end
			// with "Mr."
			p.b = g.b
			continue
		case (g.a == p.b+1 || g.a == p.b+2 && s.low[p.b+1] == "the") && nameInnerPrep[s.Tokens[p.b].Text] && !s.heading && p.ner != "PERSON" && g.ner != "PERSON":
			// "Iraq Veterans Against the War": a capitalised preposition
			// inside one name
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b+1 && s.low[p.b] == "and" && s.orgOfName(p.a, p.b) && g.ner != "PERSON" && g.ner != "PLACE" && g.b-g.a <= 3 &&
			!x.placeWords[s.low[p.b-1]] && !x.placeNames[lexicon.Fold(s.Tokens[p.b-1].Text)] && !x.placeLike(s, p.b-1, p.b) && !isCapital(s.Tokens[p.b-1].Text) && !s.isOrgHead(g.b-1):
			// "Society for Biochemistry and Molecular Biology",
			// "Department of Health and Human Services"
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b && (p.ner == "" || g.ner == "" || p.ner == g.ner) && !(p.ner == "PERSON" && g.ner == "") &&
			!(g.ner == "PERSON" && p.ner == "" && (x.placeLike(s, p.a, p.b) || jurisdiction(s, p.a))) &&
			!(p.b-p.a == 1 && g.b-g.a == 1 && isAcronym(s.Tokens[p.a].Text) && x.docSurname(s.low[g.a])):
			// (not "told MSNBC" + "Cummings", the surname of a person of
			// the document)
			// touching: "Academy" + "Award", "Monica Schoch" +
			// "Spana"; a title run before a person ("Loco Pilot" +
			// "Rangoli") is stripped by addName.
			if g.ner == "PERSON" && p.ner == "" {
				p.from = g.a
			}
			p.b = g.b
			if p.ner == "" {
				p.ner = g.ner
			}
			continue
		case g.a == p.b+1 && isDash(s.Tokens[p.b].Text) && s.adjacent(p.b-1) && s.adjacent(p.b) && !x.pairModifier(s, p, &g):
			// one hyphenated word: "Schoch-Spana", "Export–Import Bank"
			if g.ner == "PERSON" && p.ner == "" {
				p.from = g.a
			}
			p.b = g.b
			if p.ner == "" || g.ner == "ORG" {
				p.ner = g.ner
			}
			continue
		case g.a == p.b+1 && nameParticle(s.low[p.b]) && !capitalised(s.Tokens[p.b].Text) && (p.ner == "PERSON" || p.ner == "") && (g.ner == "PERSON" || g.ner == "") && (p.ner == "PERSON" || g.ner == "PERSON"):
			// "Lotte de Graaf", "Ludwig van Beethoven"
			p.b = g.b
			p.ner = "PERSON"
			continue
		case g.a == p.b+2 && s.Tokens[p.b].XPOS == "POS" && ordinalWord(s.low[p.b+1]) && p.ner == "PLACE" && s.low[g.b-1] == "district":
			// "Maryland's seventh Congressional District"
			p.b, p.ner = g.b, "PLACE"
			continue
		case g.a == p.b+1 && s.Tokens[p.b].Text == "&" && p.b-p.a <= 3 && g.b-g.a <= 4 && !(p.ner == "PERSON" && g.ner == "PERSON" && ner.GivenName(s.Tokens[g.a].Text)):
			// "Marks & Spencer", "Harlow & Finch Strategies": one firm (but
			// "Ana Ruiz & Tom Vale" are two people)
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b+2 && s.low[p.b] == "to" && s.low[p.b+1] == "the" && s.low[p.b-1] == "amendment" && constitutionWithin(s, g.a) > 0:
			// "the Fourteenth Amendment to the United States Constitution"
			p.b, p.ner = constitutionWithin(s, g.a), "THING"
			continue
		case g.a == p.b+2 && s.low[p.b] == "for" && s.low[p.b+1] == "the" && s.isOrgHead(p.b-1) && s.low[p.b-1] != "appeals" && g.ner != "PERSON" && g.ner != "PLACE" &&
			!x.placeLike(s, g.a, g.b) && g.b-g.a <= 5:
			// "the Velorian League for the Defence of Civil Liberties",
			// "Centre for the Study of Democracy": a body named by its cause
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b+1 && s.low[p.b] == "in" && fieldPrize[s.low[p.b-1]] && g.ner != "PERSON" && g.ner != "PLACE" && g.b-g.a <= 3 &&
			!x.placeLike(s, g.a, g.b) && !isRegion(x.text(s, g.a, g.b)) && !x.isCountry(s, g.a):
			// "Nemmers Prize in Mathematics", "Olympiad in Neurosurgery":
			// a prize or a contest of a field
			p.b = g.b
			continue
		case g.a == p.b+1 && s.low[p.b] == "and" && p.ner != "PERSON" && g.ner != "PERSON" && p.b-p.a >= 2 && g.b-g.a >= 2 &&
			lexicon.Head(s.low[p.b-1]) == lexicon.NoHead && x.commonWords(s, p.b-1, p.b) && x.commonWords(s, g.a, g.a+1) &&
			(lexicon.Head(s.low[g.b-1]) == lexicon.PlaceHead || lexicon.Head(s.low[g.b-1]) == lexicon.OrgHead):
			// "Ostrava Test and Training Range", "Disaster and Emergency
			// Management Presidency": two common words joined inside one name
			p.b, p.ner = g.b, g.ner
			continue
		case g.a == p.b+2 && s.low[p.b] == "for" && s.low[p.b+1] == "the" && s.low[p.b-1] == "appeals" && s.low[g.b-1] == "circuit":
			// "the Court of Appeals for the D.C. Circuit"
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b+1 && s.Tokens[p.b].XPOS == "POS" && s.adjacent(p.b-1) && (lexicon.Head(s.low[g.b-1]) == lexicon.PlaceHead || lexicon.Head(s.low[g.b-1]) == lexicon.OrgHead || lexicon.Head(s.low[g.b-1]) == lexicon.EventHead) &&
			(p.ner != "PERSON" || saintWord(s.low[p.a])) && p.ner != "PLACE" && !x.placeWords[s.low[p.b-1]] && !(g.b-g.a >= 2 && p.ner == "ORG" && (g.ner == "PLACE" || g.ner == "ORG")):
			// "Fishmongers' Hall", "St Mary's Hospital", "International
			// Women's Day" (but "Wynnum's Grenada Street": a club's
			// place, "the Union's Food Safety Agency": its agency)
			p.b = g.b
			if g.ner != "" {
				p.ner = g.ner
			}
			continue
		case g.a == p.b+1 && s.Tokens[p.b].XPOS == "POS" && s.adjacent(p.b-1) && g.b-g.a == 1 && lexicon.In(lexicon.Fellowship, s.low[g.a]) && p.b-p.a <= 2:
			// "Jehovah's Witnesses": a body named as the followers of
			// someone
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b+1 && s.low[p.b] == "and" && p.b-p.a <= 2 && g.b-g.a >= 2 && (p.ner != "PLACE" || ner.GivenName(s.Tokens[p.a].Text)) && !countryName(x.text(s, p.a, p.b)) &&
			p.ner != "ORG" && lexicon.Head(s.low[p.b-1]) == lexicon.NoHead && !isAcronym(s.Tokens[p.a].Text) && !isAcronym(s.Tokens[g.a].Text) && // (not "the AP and NBC News", "the Secret Service and US Park Police": two bodies) (p.a == 0 || s.low[p.a-1] == "the" || s.Tokens[p.a-1].UPOS == "ADP") &&
			(s.isOrgHead(g.b-1) && lexicon.Head(s.low[g.b-1]) == lexicon.OrgHead && s.low[g.b-1] != "party" || s.low[g.b-1] == "show" || s.low[g.b-1] == "center" || s.low[g.b-1] == "centre") &&
			capitalised(s.Tokens[g.b-1].Text):
			// "Baylor Scott and White Medical Center", "The Bernie and Sid
			// Show": one name with "and" inside, before its head word
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b+1 && s.low[p.b] == "and" && p.b-p.a == 1 && g.b-g.a >= 3 && ner.GivenName(s.Tokens[p.a].Text) && ner.GivenName(s.Tokens[g.a].Text) &&
			lexicon.Head(s.low[g.b-1]) == lexicon.OrgHead:
			// "the Bill and Melinda Gates Foundation": a body named after
			// two people
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b+1 && s.low[p.b] == "at" && p.b-p.a >= 3 && (s.low[p.a] == "university" || s.low[p.a] == "college") && s.low[p.a+1] == "of" && !capitalised(s.Tokens[p.b].Text) &&
			(g.ner == "PLACE" || g.ner == "") && g.b-g.a <= 3:
			// "the University of Hawaii at Mānoa": a campus named by its
			// town is part of the university's name
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b+1 && s.low[p.b] == "and" && p.b-p.a == 1 && g.b-g.a == 2 && (s.low[g.b-1] == "party" || s.low[g.b-1] == "alliance" || s.low[g.b-1] == "front" || s.low[g.b-1] == "league") &&
			capitalised(s.Tokens[g.b-1].Text) && !isPartyWord(s.Tokens[p.a].Text) && !isPartyWord(s.Tokens[g.a].Text) && p.ner != "PERSON" && !countryName(x.text(s, p.a, p.b)):
			// "the Peace and Freedom Party", "the Labor and Farmers Party":
			// one party of two words (but "the Democratic and Republican
			// parties" are two)
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b+1 && s.low[p.b] == "and" && sharedGroupHead(s, g.a, g.b) && lexicon.Head(s.low[p.b-1]) == lexicon.NoHead && !(p.ner == "PERSON" && ner.GivenName(s.Tokens[p.a].Text)) && !countryName(x.text(s, p.a, p.b)):
			// "the Confederated Salish and Kootenai Tribes", "Assiniboine
			// and Sioux Tribes of Fort Peck": peoples sharing one plural
			// head are one body
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b+1 && s.low[p.b] == "and" && p.ner == "" && gner == "ORG" && p.b-p.a == 1 && p.a > 0 && s.low[p.a-1] == "the" && !x.placeLike(s, p.a, p.b):
			// "the Rock and Roll Hall of Fame": a word the recognizer
			// left out before "and" in an organization's name
			p.b, p.ner = g.b, "ORG"
			continue
		case g.a == p.b+1 && s.low[p.b] == "and" && (p.ner != "PERSON" && g.ner != "PERSON" && lexicon.IsOrgWord(s.low[g.b-1]) && lexicon.Head(s.low[p.b-1]) != lexicon.OrgHead && !(p.a > 0 && s.Tokens[p.a-1].Text == "The") &&
			!(p.b-p.a == 1 && isAcronym(s.Tokens[p.a].Text)) && // (not "the AP and NBC News": an outlet by its acronym, then another)
			!(s.isOrgHead(p.a) && p.b-p.a >= 3 && s.low[p.a+1] == "of" && g.b-g.a >= 2) && // (nor "the University of Alder and Kellsburg University": two whole bodies)
			!x.ofPlaceEnd(s, p.a, p.b) || // (not "the Civil Liberties Union of Montana and Native American Rights Fund": two)
			p.ner != "PERSON" && g.b-g.a == 1 && (x.hasConnector(s, p.a, p.b, "of") || x.hasConnector(s, p.a, p.b, "for") && s.orgOfName(p.a, p.b)) && (g.b >= len(s.Tokens) || !s.isNameWord(g.b))):
			// "Food and Agriculture Organization", "High Court of
			// England and Wales"
			p.b = g.b
			if g.ner == "ORG" || p.ner == "" {
				p.ner = g.ner
			}
			continue
		case g.a == p.b+1 && (s.low[p.b] == "of" || s.low[p.b] == "on" || s.low[p.b] == "the") && p.ner == "" && g.ner == "" && p.a > 0 && !x.allTitle(s, p.a, p.b):
			// titles of works and bodies the recognizer does not know:
			// "Wheels of Fire", "Band on the Run"
			p.b = g.b
			continue
		case g.a == p.b+1 && connector(s.low[p.b]) && s.low[p.b] != "and" && p.ner != "PERSON" && g.ner != "PERSON":
			last := s.low[p.b-1]
			if lexicon.Head(last) != lexicon.NoHead && lexicon.Head(last) != lexicon.PlaceHead || last == "house" || last == "hall" || x.acronymAfter(s, p.a, g.b) {
				p.b = g.b
				if p.ner == "" || p.ner == "PLACE" && lexicon.IsOrgWord(s.low[p.b-1]) {
					p.ner = g.ner
				}
				continue
			}
		case g.a == p.b+1 && connector(s.low[p.b]) && x.acronymAfter(s, p.a, g.b):
			p.b = g.b
			p.ner = "ORG"
			continue
		}
		out = append(out, g)
	}
	return out
}

// fieldPrize are the words of prizes, chairs and contests named with
// their field after "in" ("Nobel Prize in Physics").
var fieldPrize = map[string]bool{"prize": true, "award": true, "medal": true, "olympiad": true, "championship": true, "championships": true,
	"professorship": true, "chair": true, "fellowship": true, "scholarship": true, "diploma": true, "degree": true}

// commonWords reports whether tokens [a, b) are all common words written
// with capitals inside a name ("Defence of Civil Liberties",
// "Mathematics"): words the recognizer's training text usually writes in
// lower case, and function words.
func (x *doc) commonWords(s *sent, a, b int) bool {
	if x.usuallyLower == nil {
		return false
	}
	for k := a; k < b; k++ {
		if t := s.Tokens[k].Text; !connector(s.low[k]) && !x.usuallyLower(t) {
			return false
		}
	}
	return true
}

// pairModifier reports whether two names joined by a dash modify the
// common noun after them ("the Trump-Biden debate", "the Egypt–Israel
// peace treaty"): two people or two places, each an entity of its own.
func (x *doc) pairModifier(s *sent, p, g *seg) bool {
	if g.b >= len(s.Tokens) || capitalised(s.Tokens[g.b].Text) || s.Tokens[g.b].UPOS != "NOUN" && s.Tokens[g.b].UPOS != "ADJ" {
		return false
	}
	kind := func(q *seg) string {
		if k := x.pairKind(s, q); k != "" {
			return k
		}
		if q.ner == "PERSON" || q.ner == "PLACE" {
			return q.ner
		}
		return ""
	}
	k := kind(p)
	return k != "" && k == kind(g)
}

// workTitles joins the parts of a work's title after a word for a work
// ("the film Rise of the Guardians", "the game Fallout: New Vegas", "a
// character from Back to the Future"): capitalised words through the
// small words of titles, as one thing.
func (x *doc) workTitles(s *sent, segs []seg) []seg {
	var out []seg
	next := false // the title after "and" of a title just closed
	for i := 0; i < len(segs); i++ {
		g := segs[i]
		k := g.a - 1
		if k >= 0 && s.Tokens[k].Text == "The" {
			k--
		}
		work := next || k >= 0 && lexicon.In(lexicon.WorkNoun, s.lemma[k]) && s.Tokens[k].UPOS == "NOUN" && !capitalised(s.Tokens[k].Text)
		next = false
		if costumed(s, g.a, g.b) {
			// "dressed as Velma", "a Captain Orbit costume": a character
			// worn, not a person, whose title is part of the name
			g.work, g.from, g.ner = true, g.a, "THING"
			for i+1 < len(segs) && segs[i+1].a == g.b {
				g.b = segs[i+1].b // ("Lord" + "Tarsk")
				i++
			}
			out = append(out, g)
			continue
		}
		if !work && titleCue(s, k) {
			work = true // "a character from Back to the Future", "starred in Kings of the Valley"
		}
		if !work && g.a > 1 && (i == 0 || segs[i-1].b < g.a-1) {
			// "a character from Back to the Future": capitalised words the
			// tagger read as no name, before the first name of the title
			for k = g.a - 1; k > 0 && !titleCue(s, k) && (lexicon.In(lexicon.TitleJoiner, s.low[k]) || capitalised(s.Tokens[k].Text) && !s.isPunct(k)); k-- {
			}
			if titleCue(s, k) && capitalised(s.Tokens[k+1].Text) && k+1 < g.a {
				work = true
				g.a, g.from = k+1, k+1
			}
		}
		vessel := k >= 0 && k == g.a-1 && lexicon.In(lexicon.Vehicle, s.lemma[k]) // ("the cargo ship Velm Bangor", named after someone or not)
		if !work || g.ner == "PERSON" && k == g.a-1 && !vessel && !(i+1 < len(segs) && segs[i+1].a <= g.b+2) {
			out = append(out, g)
			continue
		}
		j := i
		for j+1 < len(segs) && segs[j+1].b-g.a <= 10 {
			gap, ok := segs[j+1].a-segs[j].b, true
			for t := segs[j].b; t < segs[j+1].a; t++ {
				ok = ok && (lexicon.In(lexicon.TitleJoiner, s.low[t]) || s.Tokens[t].XPOS == "POS") // ("Mara Quell's Best Friends")
			}
			if !ok || gap < 1 || gap > 2 || segs[j+1].ner == "PERSON" && s.low[segs[j].b] == "with" {
				break
			}
			if s.low[segs[j].b] == "and" && segs[j].b-g.a >= 3 && gap == 1 && segs[j+1].ner != "PERSON" {
				next = true // a title of three words or more ends before "and": "Return of the Lost Kingdom and Kings of the Valley" are two
				break
			}
			j++
		}
		if j > i {
			g = seg{a: g.a, b: segs[j].b, ner: "THING", from: g.a}
		}
		g.work = true
		out = append(out, g)
		i = j
	}
	return out
}

// titleCue reports whether token k is the word after which a work's
// title follows: "from" after a word for a character or a work ("a
// character from …"), "in" after the verb "star" ("starred in …"), "of"
// or "to" after a word for a part or a version of a work ("an episode of
// …", "the sequel to …").
func titleCue(s *sent, k int) bool {
	if k < 1 || k+1 >= len(s.Tokens) {
		return false
	}
	switch s.low[k] {
	case "from":
		return lexicon.IsCharacterNoun(s.lemma[k-1]) || lexicon.In(lexicon.WorkNoun, s.lemma[k-1])
	case "in":
		return (s.lemma[k-1] == "star" || s.lemma[k-1] == "co-star") && s.Tokens[k-1].UPOS == "VERB"
	case "of", "to":
		switch s.lemma[k-1] {
		case "episode", "sequel", "prequel", "remake", "adaptation", "premiere", "cast", "reboot", "spin-off", "spinoff":
			return s.Tokens[k-1].UPOS == "NOUN"
		}
	}
	return false
}

// spelledRuns joins the parts of a name written with commas that the
// acronym in brackets after it spells whole ("United Nations Educational,
// Scientific and Cultural Organization (UNESCO)").
func (x *doc) spelledRuns(s *sent, segs []seg) []seg {
	for i := len(segs) - 1; i >= 1; i-- {
		g := segs[i]
		if g.b+2 >= len(s.Tokens) || s.Tokens[g.b].Text != "(" || s.Tokens[g.b+2].Text != ")" {
			continue
		}
		from := -1
		for j := i - 1; j >= 0; j-- {
			gap := true
			for k := segs[j].b; k < segs[j+1].a; k++ {
				if w := s.low[k]; w != "," && !connector(w) {
					gap = false
				}
			}
			if !gap || segs[j+1].a-segs[j].b > 2 {
				break
			}
			if x.hasConnector(s, segs[j].b, g.b, ",") && spells(s.Tokens[g.b+1].Text, wordsOf(s, segs[j].a, g.b)) {
				from = j
			}
		}
		if from < 0 {
			continue
		}
		joined := seg{a: segs[from].a, b: g.b, ner: "ORG", from: segs[from].a}
		segs = append(append(segs[:from:from], joined), segs[i+1:]...)
		i = from
	}
	return segs
}

// thingTail are the lower-case nouns that end the name of a disease, a
// virus or an effect named after a place or a person ("Powassan virus",
// "Lyme disease", "the Streisand effect").
var thingTail = map[string]bool{"virus": true, "disease": true, "syndrome": true, "fever": true, "flu": true, "effect": true, "paradox": true,
	"protocol": true}

// bracketRole reports whether tokens [a, b) of s, an editor's note in
// square brackets after a name, are a role: role words and their
// modifiers ("local MLA", "Chief Health Director").
func (x *doc) bracketRole(s *sent, a, b int) bool {
	if a >= b || b-a > 4 || lexicon.Role(s.low[b-1]) == lexicon.NotRole {
		return false
	}
	for k := a; k < b-1; k++ {
		if lexicon.Role(s.low[k]) == lexicon.NotRole && !lexicon.IsRoleModifier(s.low[k]) && s.Tokens[k].UPOS != "ADJ" {
			return false
		}
	}
	return true
}

// giveBracketRoles gives the names before editors' notes of roles their
// roles ("Ramdas [local MLA]").
func (x *doc) giveBracketRoles() {
	for _, m := range x.ments {
		if m.kind != mName || m.ent < 0 {
			continue
		}
		if r, ok := x.bracketRoles[pos{m.s, m.b - 1}]; ok {
			x.ents[m.ent].addRole(r)
			x.ents[m.ent].vote(newsgraph.Person, 3)
		}
	}
}

// eventTail are the lower-case nouns that end the name of an event named
// after a place, a person or a thing ("the Watergate scandal").
var eventTail = map[string]bool{"scandal": true, "affair": true, "massacre": true, "massacres": true, "riots": true, "uprising": true}

// postNominal are the letters written after a person's name for a rank,
// a seat or an honour.
var postNominal = map[string]bool{"QC": true, "KC": true, "MBE": true, "OBE": true, "CBE": true, "KBE": true, "DBE": true, "MP": true, "MSP": true,
	"MEP": true, "MLA": true, "PhD": true, "FRS": true, "Esq": true, "Esq.": true, "VC": true}

// postNominalRole are the post-nominal letters that are a role: a seat or
// a rank.
var postNominalRole = map[string]bool{"QC": true, "KC": true, "MP": true, "MSP": true, "MEP": true, "MLA": true}

// honourHead are the head words of honours named "X of the Y" ("Order of
// the Rising Sun", "Cross of the Order of Merit").
var honourHead = map[string]bool{"order": true, "cross": true, "medal": true, "star": true, "prize": true, "award": true}

// bodyOfMembers are words for a body whose members name it before them
// ("Catholic Bishops' Conference of the Philippines").
var bodyOfMembers = map[string]bool{"conference": true, "congress": true, "assembly": true, "convention": true, "synod": true}

// divisionName reports whether a name from first to last (lower-case)
// names a division of a place by its position or status ("Western
// District", "Autonomous Region"), whose full name goes on with "of" or
// "in" and the place.
func divisionName(first, last string) bool {
	switch last {
	case "district", "region", "province", "circuit", "division", "territory", "department":
	default:
		return false
	}
	switch first {
	case "northern", "southern", "eastern", "western", "central", "middle", "north", "south", "east", "west", "autonomous", "special", "federal":
		return true
	}
	return false
}

// ofPlaceEnd reports whether the name of tokens [a, b) ends with "of" and
// a place ("Civil Liberties Union of Montana"): a whole name.
func (x *doc) ofPlaceEnd(s *sent, a, b int) bool {
	for k := b - 1; k > a; k-- {
		if s.low[k] == "of" {
			return k+1 < b && x.placeLike(s, k+1, b)
		}
	}
	return false
}

// facilityName reports whether folded name words name a facility after a
// person or a place rather than a person ("Bradley International
// Airport", "Victoria Station"): a building's word last, or a word such as
// "International" or "Memorial" inside.
func facilityName(words []string) bool {
	switch words[len(words)-1] {
	case "airport", "station", "stadium", "arena", "terminal", "bridge", "tower", "building", "centre", "center", "campus",
		"junction", "highway", "avenue", "boulevard", "plaza", "harbour", "harbor", "canal", "dam", "cathedral", "church",
		"monument", "memorial", "museum", "basilica", "abbey", "zoo", "cemetery", "prison", "jail", "penitentiary", "facility",
		"theatre", "theater", "auditorium", "amphitheatre", "amphitheater", "gallery", "dc", "d.c.":
		return true // ("Washington Monument", "Washington DC": no person)
	}
	for _, w := range words[1 : len(words)-1] {
		switch w {
		case "international", "national", "memorial", "regional", "municipal", "county", "central", "correctional":
			return true
		}
	}
	return false
}

// placeStarts are the first words of place names that are also given
// names or articles ("El Paso", "San Jose", "Fort Worth").
var placeStarts = map[string]bool{"el": true, "la": true, "los": true, "las": true, "san": true, "santa": true, "são": true, "fort": true, "port": true, "mount": true, "lake": true, "cape": true, "puerto": true, "porto": true}

// generationMark reports whether a lower-case word is a generation's
// mark after a name ("jr.", "sr", "iii").
func generationMark(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "jr", "sr", "ii", "iii", "iv":
		return true
	}
	return false
}

// familyName reports whether a lower-case word is the plural of the
// surname of a person the document names ("lis" of "Li Wen-hao", "vales"
// of "Tom Vale").
func (x *doc) familyName(w string) bool {
	for _, suf := range []string{"es", "s"} {
		if sg, ok := strings.CutSuffix(w, suf); ok && len(sg) >= 2 && (x.lastNames[sg] || x.personWords[sg]) {
			return true
		}
	}
	return false
}

// adherentNouns name a person by faith or allegiance ("a Roman Catholic",
// "an Evangelical Christian", "every Independent").
var adherentNouns = map[string]bool{"christian": true, "christians": true, "catholic": true, "catholics": true, "protestant": true, "evangelical": true,
	"muslim": true, "jew": true, "buddhist": true, "hindu": true, "sikh": true, "mormon": true, "baptist": true, "methodist": true, "anglican": true,
	"lutheran": true, "presbyterian": true, "quaker": true, "independent": true, "independents": true}

// placeNounFirst are the English nouns that begin places' names.
var placeNounFirst = map[string]bool{"fort": true, "port": true, "mount": true, "lake": true, "cape": true}

// politicalWords begin the names of parties made of two words.
var politicalWords = map[string]bool{"democratic": true, "national": true, "socialist": true, "liberal": true, "conservative": true, "popular": true, "progressive": true,
	"patriotic": true, "republican": true, "civic": true, "green": true, "labour": true, "labor": true, "nationalist": true, "communist": true}

// numberedParts are the parts of a law or text named by their number
// ("Article 50", "Section 230").
var numberedParts = map[string]bool{"article": true, "section": true, "chapter": true, "clause": true, "paragraph": true, "title": true, "resolution": true, "rule": true, "protocol": true}

// lawWords end the names of laws and their parts, which are things
// whatever the words before them ("Tenure of Office Act").
var lawWords = map[string]bool{"act": true, "bill": true, "law": true, "clause": true, "amendment": true, "treaty": true, "accord": true, "accords": true, "protocol": true, "statute": true, "ordinance": true, "directive": true}

// namedDay reports whether token i is a weekday that ends the name of a
// day ("Super Tuesday", "Black Friday", "Good Friday").
func (s *sent) namedDay(i int) bool {
	if i < 1 || !lexicon.IsCalendar(s.Tokens[i].Text) || !capitalised(s.Tokens[i-1].Text) {
		return false
	}
	return dayNames[s.low[i-1]] && weekdays[s.low[i]]
}

// electionAdjectives and contestWords make the lower-case end of an
// election's name ("presidential election", "caucuses").
var (
	electionAdjectives = map[string]bool{"presidential": true, "general": true, "parliamentary": true, "legislative": true, "local": true, "municipal": true, "midterm": true,
		"gubernatorial": true, "mayoral": true, "senate": true, "congressional": true, "federal": true, "state": true, "regional": true, "provincial": true, "council": true, "district": true, "primary": true, "leadership": true}
	contestWords = map[string]bool{"election": true, "elections": true, "primary": true, "primaries": true, "caucus": true, "caucuses": true, "referendum": true, "by-election": true, "runoff": true}
)

// ordinalWord reports whether a lower-case word is an ordinal ("seventh",
// "7th").
// isPartyWord reports whether a word names a party by itself
// ("Democratic", "Labour").
func isPartyWord(w string) bool {
	_, ok := lexicon.Party(w)
	return ok
}

// countryName reports whether name is a country's, not its people's.
func countryName(name string) bool {
	_, ok := countryOf(name)
	return ok && !ner.IsDemonym(name)
}

// sharedGroupHead reports whether the name [a, b) and the capitalised
// words right after it hold a plural head that the name before "and"
// shares ("… and Kootenai Tribes", "… and Sioux
// Nations of …").
func sharedGroupHead(s *sent, a, b int) bool {
	for k := a + 1; k < len(s.Tokens) && k < a+4 && capitalised(s.Tokens[k].Text); k++ {
		// (the head may be a name of its own after b: "Sioux" + "Tribes")
		switch s.low[k] {
		case "tribes", "nations", "peoples", "bands":
			return true
		}
	}
	return false
}

// costumed reports whether the name [a, b) is a character someone
// dresses as: after "dressed (up) as", "cosplaying as", "costumed as",
// or before "costume", "cosplay".
func costumed(s *sent, a, b int) bool {
	if b < len(s.Tokens) {
		switch s.low[b] {
		case "costume", "costumes", "cosplay", "cosplays", "cosplayer", "cosplayers", "outfit", "outfits":
			return true
		}
	}
	if a < 2 || s.low[a-1] != "as" {
		return false
	}
	k := a - 2
	if s.low[k] == "up" && k >= 1 {
		k--
	}
	switch s.low[k] {
	case "dressed", "dress", "dresses", "dressing", "costumed", "cosplaying", "cosplayed", "cosplay", "cosplays", "disguised":
		return true
	}
	return false
}

// ordinalNouns are the names an ordinal before them belongs to.
var ordinalNouns = map[string]bool{"amendment": true, "congress": true, "circuit": true}

func ordinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth":
		return true
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n := strings.TrimSuffix(w, suf); n != w && isNumber(n) {
			return true
		}
	}
	return false
}

// journalWords begin the names of journals ("Proceedings of …").
var journalWords = map[string]bool{"proceedings": true, "annals": true, "transactions": true, "bulletin": true, "journal": true, "archives": true}

// dayNames are the words that make a weekday the name of a day.
var dayNames = map[string]bool{"super": true, "black": true, "good": true, "cyber": true, "ash": true, "bloody": true, "easter": true, "palm": true, "holy": true, "maundy": true, "giving": true}

// weekdays are the days of the week.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// siteWords end the names of places that a person's name or a word of
// organizations' names often begins ("Washington Monument", "Lincoln
// Memorial", "Washington DC", "National Bison Range").
var siteWords = map[string]bool{"monument": true, "memorial": true, "dc": true, "d.c.": true, "range": true, "refuge": true, "reservation": true, "sanctuary": true, "wilderness": true, "complex": true}

// outletNouns are the nouns for a news outlet written before its name.
var outletNouns = map[string]bool{"newspaper": true, "paper": true, "magazine": true, "daily": true, "weekly": true, "tabloid": true,
	"journal": true, "broadcaster": true, "channel": true, "outlet": true, "website": true, "publication": true, "network": true}

// saintWord reports whether a lower-case word is "Saint" or its short
// form: "St. John's Episcopal Church" is one name.
func saintWord(w string) bool { return w == "st." || w == "st" || w == "saint" || w == "ste." }

// groupNoun reports whether a lower-case word names people in the plural
// ("women", "doctors", "americans"), as the first word of a group's name.
func groupNoun(w string) bool {
	switch w {
	case "women", "men", "people", "children", "parents", "mothers", "fathers", "veterans", "citizens", "students", "doctors", "physicians", "lawyers", "scientists", "journalists", "reporters", "nurses", "teachers", "workers", "farmers", "voters", "families", "friends", "artists", "engineers",
		"voices", "moms", "dads", "seniors", "evangelicals", "catholics", "christians", "muslims", "jews", "latinos", "blacks", "conservatives", "progressives", "democrats", "republicans", "patriots", "athletes", "leaders", "lawmakers", "mayors", "economists", "youth":
		return true
	}
	_, ok := countryOf(w)
	return ok && strings.HasSuffix(w, "s") // "Americans for Prosperity"
}

func isDash(w string) bool { return w == "-" || w == "–" || w == "—" || w == "‐" }

// acronymAfter reports whether tokens [a, b) are followed by a bracketed
// acronym that spells them ("Transport for London (TfL)").
func (x *doc) acronymAfter(s *sent, a, b int) bool {
	if b+2 >= len(s.Tokens) || s.Tokens[b].Text != "(" || s.Tokens[b+2].Text != ")" {
		return false
	}
	return spells(s.Tokens[b+1].Text, wordsOf(s, a, b))
}

func wordsOf(s *sent, a, b int) []string {
	var ws []string
	for k := a; k < b; k++ {
		if !s.isPunct(k) {
			ws = append(ws, s.Tokens[k].Text)
		}
	}
	return ws
}

// labelInQuotes reports whether tokens [a, b) are a label put on
// something in quotation marks ("referred to the vote as "The Impeachment
// Hoax"", "calling it "Project Fear""): words of a speaker, no name
// (but what something "was nicknamed" is its name).
func (x *doc) labelInQuotes(s *sent, a, b int) bool {
	k := a - 1
	if k >= 0 && s.low[k] == "the" {
		k--
	}
	if k < 1 || quoteMark(s.Tokens[k].Text) == 0 || b >= len(s.Tokens) || quoteMark(s.Tokens[b].Text) == 0 && !(b+1 < len(s.Tokens) && s.isPunct(b) && quoteMark(s.Tokens[b+1].Text) != 0) {
		return false
	}
	if s.Tokens[k-1].XPOS == "VBN" {
		return false // ("the events were nicknamed "the Canadian Caper"": the name they go by)
	}
	switch s.lemma[k-1] {
	case "as", "call", "dub", "nickname", "label", "brand", "term":
		return true
	}
	// "calling the investigation "…"": the verb before the object
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if s.isPunct(j) {
			break
		}
		switch s.lemma[j] {
		case "call", "dub", "label", "brand", "term":
			return s.Tokens[j].UPOS == "VERB"
		}
	}
	return false
}

// nameRun reports whether tokens [a, b) can be one name: every word
// capitalised but connectors, and the first no determiner ("The study
// also revealed the … cortex (ACC)" is no name).
func nameRun(s *sent, a, b int) bool {
	if s.low[a] == "the" || s.low[a] == "a" || s.low[a] == "an" {
		return false
	}
	for k := a; k < b; k++ {
		if !capitalised(s.Tokens[k].Text) && !connector(s.low[k]) && !isDash(s.Tokens[k].Text) && s.Tokens[k].Text != "'s" && s.Tokens[k].Text != "&" {
			return false
		}
	}
	return true
}

// spells reports whether acr is an acronym of words: their initials in
// order, capitalised words required and connectors optional ("TfL" of
// "Transport for London", "CIA" of "Central Intelligence Agency").
func spells(acr string, words []string) bool {
	acr = strings.ReplaceAll(acr, ".", "")
	if len(acr) < 2 || len(acr) > 10 {
		return false
	}
	up := 0
	for _, r := range acr {
		if unicode.IsUpper(r) {
			up++
		}
	}
	if up < 2 {
		return false
	}
	var match func(i, k int) bool
	match = func(i, k int) bool {
		if i == len(acr) {
			for ; k < len(words); k++ {
				if capitalised(words[k]) && !connector(strings.ToLower(words[k])) {
					return false
				}
			}
			return true
		}
		if k == len(words) {
			return false
		}
		w := words[k]
		r := []rune(w)
		if len(r) > 0 && unicode.ToUpper(r[0]) == unicode.ToUpper(rune(acr[i])) && match(i+1, k+1) {
			return true
		}
		// a word may give two letters ("TfL"? no; "GmbH"): skip
		if !capitalised(w) || connector(strings.ToLower(w)) {
			return match(i, k+1)
		}
		return false
	}
	return match(0, 0)
}

// addName turns a candidate segment into a name mention, after stripping
// titles, honorifics and nationality words from its start and possessive
// or hyphen endings from its end.
func (x *doc) addName(s *sent, g seg) {
	a, b := g.a, g.b
	if !g.called && x.labelInQuotes(s, a, b) {
		return
	}
	if b-a == 1 && (a == 0 || s.quoteStart(a)) && lexicon.Role(s.low[a]) != lexicon.NotRole && !lexicon.IsOrgWord(s.low[a]) && !ner.GivenName(s.Tokens[a].Text) &&
		(b >= len(s.Tokens) || !capitalised(s.Tokens[b].Text)) {
		return // "Lyricist dies": a title starting a sentence, no name
	}
	if b-a == 1 && (s.Tokens[a].Text == "God" || s.Tokens[a].Text == "Gods") {
		return // "Thank God": no entity (but "Church of God", "Charlamagne tha God" keep it)
	}
	if b-a == 1 && generationMark(s.low[a]) {
		return // "Cyrus Vance, Jr.": the mark of the name before, no one's name
	}
	if b-a == 1 && a >= 1 && s.low[a-1] == "the" && x.familyName(s.low[a]) && !x.placeLike(s, a, b) {
		return // "the Lis", "the Vales' son": a family, not one of its members
	}
	if a >= 1 && (indefinite(s.low[a-1]) || s.low[a-1] == "every" || s.low[a-1] == "each") && adherentNouns[s.low[b-1]] {
		return // "a Roman Catholic", "every Independent": a kind of person, no name
	}
	if b-a == 1 && (a == 0 || s.quoteStart(a)) && (s.lowerSeen[s.low[a]] || x.usuallyLower != nil && x.usuallyLower(s.Tokens[a].Text) && !x.capSeen[s.low[a]]) &&
		!x.docSurname(s.low[a]) && !ner.GivenName(s.Tokens[a].Text) && !isAcronym(s.Tokens[a].Text) {
		// "Fitness was a big factor": a common word of the document (or
		// of English: ""Hell yes," he said"), capitalised to begin a
		// sentence
		return
	}
	if b-a >= 2 && b < len(s.Tokens) && lexicon.IsInstitution(s.low[b-1]) && s.Tokens[b].Text == s.low[b] && lexicon.Head(s.low[b]) == lexicon.EventHead {
		return // "the West Virginia Republican Senate primary": a contest for the chamber, not the chamber
	}
	for k := a + 2; k+1 < b && g.ner != "PERSON"; k++ {
		// "the President of the Iranian Chess Federation Mehrdad
		// Pahlavanzadeh": an organization's name and a person's, run
		// together
		if (lexicon.Head(s.low[k-1]) == lexicon.OrgHead || s.low[k-1] == "international" || hyphenGiven(s, k, b)) && (b-k == 2 || b-k == 3 || b-k == 4 && (isDash(s.Tokens[k+2].Text) || isDash(s.Tokens[k+1].Text))) && x.personRest(s, k, b) {
			// ("Lo Man-yee", "Man-kei Tam": a hyphenated given name after the surname or before it)
			x.addName(s, seg{a: a, b: k, ner: g.ner, from: a})
			x.addName(s, seg{a: k, b: b, ner: "PERSON", from: k, person: x.givenNameAt(s, k) || b-k == 4})
			return
		}
	}
	if g.from > a {
		// "Loco Pilot Rangoli", "Broadcaster Piers Morgan": the title
		// words before the recognizer's person name are no part of it
		last := -1
		for k := a; k < g.from; k++ {
			if lexicon.Role(s.low[k]) != lexicon.NotRole || lexicon.MultiTitle(s.low, k) > 0 {
				last = k
				if n := lexicon.MultiTitle(s.low, k); n > 1 {
					last = k + n - 1
				}
			}
		}
		if last >= 0 {
			a = last + 1
		}
	}
	// "Mayor of Koszalin Piotr Jedlinski": the place of a title before a
	// person's name
	if jurisdiction(s, a) && g.ner == "PERSON" && b-a >= 3 {
		k := a + 1
		for j := a + 2; j < b-1; j++ {
			if x.placeLike(s, a, j) {
				k = j
			}
		}
		a = k
	}
	// "Secretary of State Antony Blinken" read as "State Antony Blinken":
	// the end of a title before the name is no part of it
	for a < b-1 {
		if n := multiTitleEnding(s, a); n > 1 && !(s.low[a+1] == "of" && (g.ner == "ORG" || lexicon.Head(s.low[b-1]) == lexicon.OrgHead)) {
			// (but "Speaker of the House of Representatives" names the House)
			a++
			continue
		}
		break
	}
	// "the State of France", "the State of Virginia": the place itself
	if b-a >= 3 && s.Tokens[a].Text == "State" && s.low[a+1] == "of" && x.placeLike(s, a+2, b) {
		a += 2
	}
	// trailing possessives, hyphens, punctuation
	for b > a && (s.isPunct(b-1) || s.Tokens[b-1].XPOS == "POS" || isDash(s.Tokens[b-1].Text)) {
		b--
	}
	// "Jane Doe QC", "Tom Reeve MBE", "Ana Ruiz MP": letters after a
	// person's name are a rank or an honour, no part of the name
	if b-a >= 3 && postNominal[s.Tokens[b-1].Text] && (g.ner == "PERSON" || ner.GivenName(s.Tokens[a].Text)) {
		if postNominalRole[s.Tokens[b-1].Text] {
			if x.bracketRoles == nil {
				x.bracketRoles = map[pos]string{}
			}
			x.bracketRoles[pos{s.idx, b - 2}] = s.Tokens[b-1].Text // (a seat or a rank is a role; an honour is not)
		}
		b--
	}
	// "a Falcon 9 rocket": the number of a model before the kind of
	// craft it is
	if b > a && b+1 < len(s.Tokens) && s.ment[b] < 0 && isDigits(s.Tokens[b].Text) && len(s.Tokens[b].Text) <= 3 && !lexicon.IsCalendar(s.Tokens[b-1].Text) &&
		(lexicon.In(lexicon.Vehicle, s.lemma[b+1]) || s.lemma[b+1] == "spacecraft" || s.lemma[b+1] == "launcher" || s.lemma[b+1] == "capsule") {
		b++
	}
	// "Florida Governor" before "Ron DeSantis": a title after a place is
	// no part of its name
	for b-a >= 2 && g.ner != "ORG" && g.ner != "PERSON" && b < len(s.Tokens) && capitalised(s.Tokens[b].Text) && s.Tokens[b].UPOS == "PROPN" && lexicon.Role(s.low[b-1]) != lexicon.NotRole {
		b--
	}
	for pass := 0; pass < 2; pass++ {
		// leading punctuation, function words, titles
		for a < b {
			w := s.Tokens[a].Text
			lw := s.low[a]
			if g.ner == "PLACE" && capitalised(w) && (s.placeStarts(a) || lexicon.Head(s.low[b-1]) == lexicon.PlaceHead) {
				break // "Sultan Kudarat", "General Santos City": a title word in a place's name
			}
			if capitalised(w) && b-a >= 3 && lexicon.Role(lw) != lexicon.NotRole && (lexicon.Head(s.low[b-1]) == lexicon.PlaceHead || placeFacility[s.low[b-1]] || s.low[b-1] == "mosque") && (a == 0 || s.low[a-1] == "the") {
				break // "the Sultan Qaboos Grand Mosque", "the King Fahd Airport": a title in a building's name
			}
			if a+3 < b && isDash(s.Tokens[a+1].Text) && s.low[a+2] == "born" && ner.IsDemonym(w) {
				a += 3 // "Tanzanian-born Mira Sefu": where she was born is no part of her name
				continue
			}
			surname := x.calendarSurname(s, a)
			if s.isPunct(a) || lexicon.IsHonorific(w) && !(g.work && g.ner == "THING") || lexicon.IsCalendar(w) && !surname || (lw == "elect" || lw == "designate") && a >= 1 && isDash(s.Tokens[a-1].Text) || (lw == "emeritus" || lw == "emerita") && a >= 1 && a+1 < b && lexicon.Role(s.low[a-1]) != lexicon.NotRole || (lw == "former" || lw == "ex" || lw == "then" || lw == "longtime" || lw == "long-time" || lw == "veteran" || lw == "retired" || lw == "late" || lw == "incumbent" || lw == "outgoing") && a+1 < b || a == 0 && notNameWord(w) && lw != "the" && !surname || lw == "the" && (a == 0 || !capitalised(w)) ||
				!capitalised(w) && lexicon.IsNotName(lw) {
				a++
				continue
			}
			if k := lexicon.MultiTitle(s.low, a); k > 0 && a+k < b {
				a += k
				continue
			}
			if (a == 0 || s.quoteStart(a)) && b-a >= 3 && g.ner != "ORG" && x.usuallyLower != nil && x.usuallyLower(w) && !ner.GivenName(w) && ner.GivenName(s.Tokens[a+1].Text) &&
				isWord(w) {
				a++ // "Critic Joan Petrel said": a common noun opening the sentence before a given name is her description
				continue
			}
			if (lexicon.Role(lw) != lexicon.NotRole || lexicon.IsRoleModifier(lw) && a+1 < b && (lexicon.Role(s.low[a+1]) != lexicon.NotRole || lexicon.IsRoleModifier(s.low[a+1]))) && a+1 < b && g.ner != "ORG" &&
				!(g.work && g.ner == "THING") && // (a character's title is its name's: "Captain Orbit")
				!nameInnerPrep[s.Tokens[a+1].Text] { // ("Doctors Without Borders")
				a++
				continue
			}
			if _, ok := lexicon.Party(w); ok && a+1 < b && (g.ner == "PERSON" || lexicon.Role(s.low[a+1]) != lexicon.NotRole || lexicon.MultiTitle(s.low, a+1) > 0 ||
				b-a >= 3 && personName(x.text(s, a+1, b)) || b-a == 2 && x.docSurname(s.low[a+1]) ||
				b-a == 2 && lexicon.IsOrgWord(s.low[a+1]) && s.low[a+1] != "party" && !partyBody[s.low[a+1]]) {
				// "Democrat Chuck Schumer", "the Republican Senate": a party
				// word before a name is the party, not the name
				// ("Republican Party" stays whole)
				a++
				continue
			}
			break
		}
		// a title at the end of an organization's name is the title of the
		// person it precedes ("Senate Majority Leader", "CIA director")
		orgLike := g.ner == "ORG"
		for k := a; k < b; k++ {
			if lexicon.IsOrgWord(s.low[k]) {
				orgLike = true
			}
		}
		if g.ner != "PERSON" && (orgLike || g.ner == "PLACE" || g.ner == "" && b-a >= 2 && x.placeLike(s, a, a+1)) {
			for k := a + 1; k < b; k++ {
				if s.low[k-1] == "of" || k >= 2 && s.low[k-2] == "to" {
					continue // "House of Representatives", "Council of Ministers", "Committee to Protect Journalists"
				}
				if lexicon.MultiTitle(s.low, k) > 0 || lexicon.Role(s.low[k]) == lexicon.Leads || lexicon.Role(s.low[k]) == lexicon.Member && !lexicon.IsOrgWord(s.low[k]) {
					if lexicon.Head(s.low[b-1]) == lexicon.NoHead || b-k <= 2 && lexicon.Role(s.low[b-1]) != lexicon.NotRole {
						b = k
						break
					}
				}
			}
		}

	}
	if g.ner != "PERSON" && b < len(s.Tokens) && capitalised(s.Tokens[b].Text) && lexicon.Role(s.low[b]) != lexicon.NotRole {
		// "United States Federal District" before "Judge": the words
		// of the title are no part of the name
		for b > a && lexicon.IsRoleModifier(s.low[b-1]) && !lexicon.IsOrgWord(s.low[b-1]) {
			b--
		}
	}
	for b > a && (lexicon.IsCalendar(s.Tokens[b-1].Text) && !x.calendarSurname(s, b-1) && !s.namedDay(b-1) && !g.slogan ||
		lexicon.IsNotName(s.low[b-1]) && !capitalised(s.Tokens[b-1].Text) && !(g.ner == "EVENT" && contestWords[s.low[b-1]]) || // (but "the Kansas primary" ends in its contest)
		connector(s.low[b-1]) || s.isPunct(b-1) || isDash(s.Tokens[b-1].Text)) {
		b--
	}
	if a >= b {
		return
	}
	// A lone nationality word is no entity ("Polish", "Canadians").
	if b-a == 1 && ner.IsDemonym(s.Tokens[a].Text) || x.demonymPlural(x.text(s, a, b)) {
		return
	}
	if b-a >= 2 && b < len(s.Tokens) && (s.low[a] == "latin" || direction(s.low[a])) && ner.IsDemonym(s.Tokens[b-1].Text) && s.Tokens[b].UPOS == "NOUN" && s.Tokens[b].Text == s.low[b] {
		return // "the Latin American country", "a South African man": a nationality, no name
	}
	if b-a >= 2 && capitalised(s.Tokens[b-1].Text) && officeTitle[s.low[b-1]] && x.usuallyLower != nil && g.ner != "PERSON" {
		title := true
		for k := a; k < b-1; k++ {
			title = title && (lexicon.IsRoleModifier(s.low[k]) || x.usuallyLower(s.Tokens[k].Text)) && !ner.GivenName(s.Tokens[k].Text)
		}
		if title {
			return // "the Information Minister", "the Health Secretary": a title, no name
		}
	}
	if a >= 2 && (s.low[a-1] == "for" || s.low[a-1] == "of") && (s.low[a-2] == "minister" || s.low[a-2] == "secretary") && s.low[b-1] == "affairs" {
		return // "the minister for Northern Affairs": a portfolio, no body
	}
	if b-a == 1 && b < len(s.Tokens) && numberedWords[s.low[a]] && s.digits(b) {
		return // "a Category 4 hurricane", "Phase 2": a grade, no name
	}
	if b-a >= 3 && isDash(s.Tokens[b-2].Text) && (s.low[b-1] == "winning" || s.low[b-1] == "nominated") && s.Tokens[b-1].Text == s.low[b-1] {
		b -= 2 // "an Academy Award-winning film": the award is named
	}
	if x.adjectiveName(s, a, b) && !(b-a == 1 && lexicon.IsDisease(s.low[a])) {
		return // "Soviet-style", "Neo-Nazi", "Pentecostal", "Eastern Europeans", "DNA" (but "HIV" names a virus)
	}
	if !latin(x.text(s, a, b)) {
		return // a name in another script ("महीने …") is no name of the English text
	}
	for k := max(0, a-4); k <= a; k++ {
		if n := lexicon.MultiTitle(s.low, k); n > 0 && k+n >= b && (lexicon.Role(s.low[k+n-1]) != lexicon.NotRole || lexicon.IsRoleModifier(s.low[k+n-1])) {
			return // the words of a title ("Chief Technological Officer")
		}
	}
	if t := x.text(s, a, b); len([]rune(t)) == 1 || strings.ContainsFunc(t, func(r rune) bool { return unicode.Is(unicode.So, r) || r == '█' }) {
		return // a letter alone ("C", "H") or a symbol is no name
	}
	allSkip := true
	for k := a; k < b; k++ {
		w := s.Tokens[k].Text
		lw := s.low[k]
		if !s.isPunct(k) && (!notNameWord(w) && !lexicon.IsCalendar(w) || x.calendarSurname(s, k) || lexicon.IsDisease(lw)) && !s.timeZone(k) && !isNumber(w) &&
			!(g.ner == "" && (lexicon.Role(lw) != lexicon.NotRole || lexicon.IsRoleModifier(lw) || lexicon.IsHonorific(w) || connector(lw))) {
			allSkip = false
		}
	}
	if b-a == 1 && lexicon.Head(s.low[a]) == lexicon.PlaceHead && regionNouns[s.low[a]] {
		return // "County sheriff Bram Wexley": a kind of place, no place's name
	}
	if b-a == 1 && lexicon.Role(s.low[a]) != lexicon.NotRole && !lexicon.IsOrgWord(s.low[a]) && b < len(s.Tokens) && s.ment[b] < 0 && capitalised(s.Tokens[b].Text) {
		return // "fellow Republican Representative Bob Jones": the title left of a party word
	}
	if lexicon.Role(s.low[b-1]) != lexicon.NotRole && !lexicon.IsOrgWord(s.low[b-1]) && a >= 1 && (indefinite(s.low[a-1]) || s.low[a-1] == "former") && g.ner != "PERSON" {
		return // "a former City Councillor": a title, not a name
	}
	if allSkip && !(g.ner == "EVENT" && b-a >= 3 && yearWord(s.Tokens[a].Text) && contestWords[s.low[b-1]]) {
		return // (but "the 2018 midterm elections" is named by its year)
	}
	if b-a >= 2 && direction(s.low[a]) && !(a > 0 && capitalised(s.Tokens[a].Text) && strings.HasSuffix(s.low[a], "ern") && !s.quoteStart(a)) {
		// (but "only Northern Cyprus", capitalised inside a sentence,
		// is a name)
		// "Koszalin, North Poland": a direction before a country is no
		// part of its name (but "North Korea", "South Carolina" are names)
		full, rest := x.text(s, a, b), x.text(s, a+1, b)
		if _, ok := countryOf(full); !ok && !isRegion(full) && !ner.IsDemonym(rest) && rest != "America" { // ("South America" is a continent, not the United States)
			if _, ok := countryOf(rest); ok {
				a++
			}
		}
	}
	if a >= 1 && b-a >= 1 && isYear(s.Tokens[a-1].Text) && lexicon.Head(s.low[b-1]) == lexicon.EventHead && s.ment[a-1] < 0 && !g.slogan {
		a-- // "the 2020 US Presidential Election": the year is the event's
	}
	for k := a; k < b; k++ {
		if s.ment[k] >= 0 {
			return // overlaps a mention already made
		}
	}
	species := false
	tail := false
	var tailType newsgraph.EntityType
	if b < len(s.Tokens) && b-a <= 3 && s.ment[b] < 0 && s.Tokens[b].UPOS == "NOUN" && capitalised(s.Tokens[a].Text) && (b+1 >= len(s.Tokens) || s.Tokens[b+1].UPOS != "NOUN") {
		w := s.Tokens[b].Text
		switch {
		case thingTail[w] && g.ner != "PERSON" && !(b-a == 1 && isAcronym(s.Tokens[a].Text)):
			// (but "the HIV virus" is HIV, whose acronym names its kind)
			b++ // "Powassan virus", "the Streisand effect": a name with the kind of thing it names
			tail, tailType = true, newsgraph.Thing
		case eventTail[w] && g.ner != "ORG" && (w != "massacre" && w != "massacres" || g.ner != "PERSON") && (b-a == 1 || g.ner == "PERSON"):
			// (but "the Cambridge Analytica scandal" keeps the company)
			b++ // "the Watergate scandal", "the Lewinsky affair", "the Srebrenica massacre": an event by its name
			tail, tailType = true, newsgraph.Event
		}
	}
	if b-a == 1 && b < len(s.Tokens) && len(s.Tokens[a].Text) == 2 && s.Tokens[a].Text[1] == '.' && capitalised(s.Tokens[a].Text) &&
		len(s.Tokens[b].Text) >= 3 && strings.ToLower(s.Tokens[b].Text) == s.Tokens[b].Text && s.ment[b] < 0 && isWord(s.Tokens[b].Text) &&
		(s.Tokens[b].UPOS == "NOUN" || s.Tokens[b].UPOS == "PROPN" || s.Tokens[b].UPOS == "X" || s.Tokens[b].UPOS == "ADJ") {
		b++ // "E. coli", "S. aureus": a species named by its genus's initial
	}
	if b-a == 2 && len(s.Tokens[a].Text) == 2 && s.Tokens[a].Text[1] == '.' && capitalised(s.Tokens[a].Text) && len(s.Tokens[a+1].Text) >= 3 &&
		strings.ToLower(s.Tokens[a+1].Text) == s.Tokens[a+1].Text && isWord(s.Tokens[a+1].Text) {
		species = true
	}
	if b-a == 1 && x.binomial(s, a) {
		b++ // "Escherichia coli", "Saccharomyces cerevisiae": a genus and its species
		species = true
	}
	craft := false
	if k := b; a >= 1 && k < len(s.Tokens) && lexicon.Role(s.low[a-1]) != lexicon.NotRole && capitalised(s.Tokens[a-1].Text) && s.ment[a-1] < 0 {
		if s.Tokens[k].UPOS == "NOUN" && !lexicon.In(lexicon.Vehicle, s.lemma[k]) && k+1 < len(s.Tokens) {
			k++ // ("supply vessel")
		}
		if lexicon.In(lexicon.Vehicle, s.lemma[k]) && s.Tokens[k].Text == s.low[k] {
			a-- // "the Navy's Sergeant Ortt supply vessel": a craft named after someone, its rank and all
			craft = true
		}
	}
	m := &mention{s: s.idx, a: a, b: b, kind: mName, ner: g.ner, ent: -1, placeMod: -1, called: g.called || craft}
	m.name = x.text(s, a, b)
	if strings.ContainsAny(m.name, "[]") {
		m.name = unbracket(m.name) // "Mark [Tollen]": an editor's brackets inside a quoted name
	}
	sharedKind := x.sharedKind(s, a, b)
	if sharedKind != "" {
		m.name += " " + sharedKind // "the Northern and Jubilee lines": the Northern line
		m.called = true
	}
	if w, ok := strings.CutSuffix(m.name, " Parties"); ok && !strings.Contains(w, " ") {
		if _, ok := lexicon.Party(w); ok {
			m.name = w + " Party" // "the Democratic and Republican Parties": each a party
		}
	}
	if b-a == 1 && b+3 < len(s.Tokens) && s.low[b] == "and" && ner.GivenName(s.Tokens[a].Text) && ner.GivenName(s.Tokens[b+1].Text) &&
		capitalised(s.Tokens[b+2].Text) && s.Tokens[b+2].UPOS == "PROPN" && (b+3 >= len(s.Tokens) || !capitalised(s.Tokens[b+3].Text)) && !x.docSurname(s.low[a]) &&
		lexicon.Head(s.low[b+2]) == lexicon.NoHead && s.low[b+2] != "show" { // (but "The Bernie and Sid Show" is a show)
		// "Richard and Lisa Parry": two people of one surname
		m.name = s.Tokens[a].Text + " " + s.Tokens[b+2].Text
	}
	// "Pope Francis", "Queen Elizabeth II": a person known by a given
	// name alone is named with the title
	if a >= 1 && capitalised(s.Tokens[a-1].Text) && lexicon.Role(s.low[a-1]) != lexicon.NotRole && (b-a == 1 || b-a == 2 && regnal(s.Tokens[b-1].Text)) &&
		s.Tokens[a-1].Rel != "nsubj" && (g.ner == "PERSON" || ner.GivenName(s.Tokens[a].Text)) && !x.placeLike(s, a, b) &&
		!(a >= 2 && (lexicon.IsRoleModifier(s.low[a-2]) || lexicon.MultiTitle(s.low, a-2) > 0 || isDash(s.Tokens[a-2].Text))) {
		// (but "Vice President Pence" is not "President Pence")
		m.titled = x.text(s, a-1, b)
	}
	m.head = spanHead(s, a, b)
	if a >= 2 && namingParticiple(s, a-1) && b-a == 1 {
		if d := s.child(s.head(a-1), "det"); d >= 0 && indefinite(s.low[d]) {
			m.introduced = true
		}
	}
	m.typ = x.nameType(s, m)
	if species {
		m.typ, m.sure = newsgraph.Thing, true
	}
	if tail {
		m.typ, m.sure = tailType, true
	}
	if sharedKind != "" {
		m.typ, m.sure = newsgraph.Place, true
	}
	if craft {
		m.typ, m.sure, m.titled = newsgraph.Thing, true, ""
	}
	if g.work && b == g.b && a >= g.a {
		m.typ, m.sure = newsgraph.Thing, true // "the film Rise of the Guardians"
	}
	if g.slogan && b == g.b {
		m.typ, m.sure = newsgraph.Event, true // "the Unite the Right rally"
	}
	if g.person {
		m.typ, m.sure = newsgraph.Person, true // an officer named after the organization and title
	}
	if x.ticket(s, a, b) {
		m.typ, m.sure = newsgraph.Organization, true // "Biden-Harris released a statement": a campaign
	}
	placeAfter := func(e int) bool { // a place name [b+1, e) that ends a phrase, not one that modifies a noun after it
		return e <= len(s.Tokens) && x.placeLike(s, b+1, e) && (e == len(s.Tokens) || !(s.Tokens[e].UPOS == "ADJ" || s.Tokens[e].UPOS == "NOUN" || s.Tokens[e].UPOS == "PROPN"))
	}
	if b-a == 1 && a >= 1 && b+1 < len(s.Tokens) && s.Tokens[b].Text == "," && (placeAfter(b+2) || placeAfter(b+3)) {
		switch s.low[a-1] {
		case "of", "in", "from", "near", "at":
			m.typ, m.sure = newsgraph.Place, true // "Patrick Crusius of Allen, Texas": a town, not someone's surname
		}
	}
	m.headTyped = m.typ != "" && m.typ != nameTypes[m.ner]
	if ws := strings.Fields(strings.ToLower(m.name)); len(ws) >= 2 {
		last := ws[len(ws)-1]
		m.orgHeaded = m.typ == newsgraph.Organization && lexicon.Head(last) == lexicon.OrgHead ||
			m.typ == newsgraph.Thing && (last == "disease" || last == "syndrome") // "Parkinson's disease"
		if len(ws) >= 3 && groupNoun(ws[0]) && (ws[1] == "for" || ws[1] == "against" || ws[1] == "without") {
			m.typ, m.orgHeaded = newsgraph.Organization, true // "Parents for Safer Streets"
		}
		for _, w := range strings.Fields(m.name)[1 : len(ws)-1] {
			if nameInnerPrep[w] && m.ner != "PERSON" {
				m.typ, m.orgHeaded, m.sure = newsgraph.Organization, true, true // "Iraq Veterans Against the War": a group named by its cause
			}
		}
		if lexicon.In(lexicon.SureEvent, last) && m.typ == newsgraph.Event && capitalised(strings.Fields(m.name)[len(ws)-1]) && !m.given {
			m.sure = true // "Texas Haunters Festival", "2019 World Athletics Championships"
		}
		if g.ner == "EVENT" && contestWords[last] && yearWord(ws[0]) {
			m.typ, m.sure = newsgraph.Event, true // "the 2018 midterm elections"
		}
		if lexicon.In(lexicon.CraftNoun, last) && !capitalised(strings.Fields(m.name)[len(ws)-1]) {
			m.typ, m.orgHeaded, m.sure = newsgraph.Thing, true, true // "the James Webb space telescope"
		}
		if n := len(ws); n >= 3 && isNumber(last) && (ws[n-2] == "no." || ws[n-2] == "no" || ws[n-2] == "number") && lawWords[ws[n-3]] || n == 2 && numberedParts[ws[0]] && isNumber(last) {
			m.typ, m.sure = newsgraph.Thing, true // "Republic Act No. 3846", "Article 50"
		}
		if siteWords[last] && m.ner != "PERSON" && m.typ != newsgraph.Person {
			m.typ = newsgraph.Place // "National Bison Range", whatever "National" suggests
		}
		if m.typ == newsgraph.Place && siteWords[last] || m.typ == newsgraph.Thing && lawWords[last] {
			m.sure = true // "Washington Monument": a site by its head word, whatever the first word's a name of; "Due Process Clause" a law's
		}
		switch last {
		case "united":
			if capitalised(strings.Fields(m.name)[len(ws)-1]) && m.ner != "PERSON" {
				m.typ, m.sure = newsgraph.Organization, true // "Port Alder United": a club
			}
		case "tv", "radio", "television", "fc", "rovers", "wanderers", "albion":
			if m.typ == newsgraph.Organization && capitalised(strings.Fields(m.name)[len(ws)-1]) {
				m.sure = true // "Harbor TV", "Port Alder United": a broadcaster or a club, whatever the place it is named after
			}
		}
		if placeFacility[last] && !capitalised(strings.Fields(m.name)[len(ws)-1]) || len(ws) == 2 && routeWords[ws[0]] && smallNumber(last) {
			m.typ, m.orgHeaded, m.sure = newsgraph.Place, true, true // "the Costa Sur power plant", "Route 2"
		}
	}
	x.addMention(s, m)
}

func (x *doc) addMention(s *sent, m *mention) {
	mi := len(x.ments)
	x.ments = append(x.ments, m)
	for k := m.a; k < m.b; k++ {
		s.ment[k] = mi
	}
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return w != ""
}

// nameType returns the type a name's own words give it: its head word
// ("University", "Marathon", "Prize"), a storm word before it, a
// country, or the recognizer's type.
func (x *doc) nameType(s *sent, m *mention) newsgraph.EntityType {
	words := strings.Fields(strings.ToLower(m.name))
	if len(words) == 0 {
		return ""
	}
	if n := len(words); n >= 2 && lexicon.Head(strings.TrimSuffix(words[n-1], ".")) == lexicon.OrgHead {
		words[n-1] = strings.TrimSuffix(words[n-1], ".") // "Lark Kft.", "Vexa Co."
	}
	if len(words) == 2 && campNouns[words[1]] && (strings.HasPrefix(words[0], "pro-") || strings.HasPrefix(words[0], "anti-")) {
		m.sure, m.called = true, true // (a name, though its first word is an adjective's)
		return newsgraph.Organization // "the pro-Beijing camp"
	}
	if len(words) == 1 && (len(words[0]) > 5 && strings.HasSuffix(words[0], "ism") || lexicon.IsFaith(words[0])) {
		m.belief = true
		return newsgraph.Thing // "Communism", "Christianity": a belief
	}
	if _, ok := ner.Country(m.name); ok && !ner.IsDemonym(m.name) {
		return newsgraph.Place
	}
	if _, ok := lexicon.Party(m.name); ok {
		return newsgraph.Organization
	}
	if ws := strings.Fields(m.name); len(ws) >= 2 && contestWords[ws[len(ws)-1]] {
		m.sure = true
		return newsgraph.Event // "the Nevada caucuses", written in lower case (but "the Congressional Black Caucus" is a body)
	}
	if n := len(words); n >= 3 && words[n-1] == "convention" && strings.HasSuffix(words[n-2], "s") && !strings.HasSuffix(words[n-2], "ss") && !strings.Contains(m.name, " of ") {
		m.sure = true
		return newsgraph.Event // "the Texas Haunters Convention": a gathering of its members (but "the Geneva Convention" is a treaty)
	}
	if len(words) >= 2 && words[len(words)-1] == "convention" && (politicalWords[words[0]] || yearWord(words[0])) {
		m.sure = true
		return newsgraph.Event // "the (1972) Republican National Convention", a party's (but "the Geneva Convention" is a treaty)
	}
	if n, ws := len(words), strings.Fields(m.name); n >= 2 && placeEventHeads[words[n-1]] && ws[len(ws)-1] == words[n-1] {
		m.sure = true
		return newsgraph.Event // "the European migrant crisis", "the Syrian civil war"
	}
	if n := len(words); n >= 2 && (words[n-1] == "embassy" || words[n-1] == "consulate") {
		m.sure = true
		if r := s.Tokens[m.head].Rel; strings.HasPrefix(r, "nsubj") && r != "nsubj:pass" || s.child(m.head, "case") >= 0 && s.low[s.child(m.head, "case")] == "according" {
			// (and "according to the US embassy": the mission speaks)
			return newsgraph.Organization // "The US Embassy in Israel released a photo": the mission acts
		}
		return newsgraph.Place // "fled to the Canadian embassy": the mission's building
	}
	if n := len(words); n >= 3 && (words[n-1] == "center" || words[n-1] == "centre") && venueCentre[words[n-2]] {
		m.sure = true
		return newsgraph.Place // "the Mesquite Convention Center": a venue (but "the National Hurricane Center" is a body)
	}
	if len(words) == 2 && dayNames[words[0]] && weekdays[words[1]] {
		m.sure = true
		return newsgraph.Event // "Super Tuesday", a day of events (see namedDay)
	}
	if len(words) == 2 && (words[1] == "rally" || words[1] == "movement" || words[1] == "front") && politicalWords[words[0]] {
		m.sure = true
		return newsgraph.Organization // "Democratic Rally", "National Front": a party
	}
	if lexicon.IsStormWord(words[0]) && len(words) > 1 {
		m.sure = true // ("Hurricane Dorian", whatever its short name "Dorian" looks like)
		return newsgraph.Event
	}
	if len(words) == 2 && strings.HasSuffix(words[0], "'s") && lexicon.In(lexicon.Fellowship, words[1]) {
		m.sure = true
		return newsgraph.Organization // "Jehovah's Witnesses"
	}
	if len(words) >= 3 && lexicon.In(lexicon.Fellowship, words[0]) && words[1] == "of" {
		m.sure = true
		return newsgraph.Organization // "Knights of Columbus"
	}
	for _, w := range words[1:] {
		if w == "of" {
			break
		}
		if w == "tribes" || w == "nations" || w == "peoples" || w == "bands" {
			m.sure = true
			return newsgraph.Organization // "the Confederated Salish and Kootenai Tribes": a people's body
		}
	}
	if strings.HasSuffix(strings.Join(words, " "), "hall of fame") {
		m.sure = true
		return newsgraph.Organization // an institution, not a building
	}
	for k := 1; k+1 < len(words); k++ {
		if w := words[k]; w == "v." || w == "vs." || w == "v" || w == "vs" {
			return newsgraph.Thing // a court case ("Roe v. Wade")
		}
	}
	if ws := strings.Fields(m.name); len(ws) >= 2 && direction(words[0]) {
		if _, ok := countryOf(strings.Join(ws[1:], " ")); ok || isRegion(strings.Join(ws[1:], " ")) || x.placeWords[words[1]] {
			return newsgraph.Place // "North Poland", "South Texas"
		}
	}
	if n := len(words); n >= 2 && n <= 4 && m.b-m.a == n && s.Tokens[m.b-1].XPOS == "NNPS" && len(words[n-1]) >= 5 && !placePlural[words[n-1]] &&
		lexicon.Head(words[n-1]) == lexicon.NoHead && !ner.IsDemonym(s.Tokens[m.b-1].Text) && (x.placeLike(s, m.a, m.b-1) || placeNounFirst[words[0]]) {
		m.sure = true
		return newsgraph.Organization // "the Port Alder Lakers", "the Velm Hornets": a team named by its town and a plural
	}
	if len(words) >= 2 && len(words) <= 3 && placeNounFirst[words[0]] && lexicon.Head(words[len(words)-1]) == lexicon.NoHead && m.ner != "ORG" {
		m.sure = true
		return newsgraph.Place // "Port Arden", "Fort Peck", "Mount Kenya": a place whatever the second word
	}
	if ws := strings.Fields(m.name); len(ws) >= 2 && len(ws) <= 3 && ner.GivenName(ws[0]) && m.ner != "ORG" && !strings.Contains(m.name, " of ") && !direction(words[0]) &&
		lexicon.Head(words[len(words)-1]) != lexicon.OrgHead && !(len(ws) == 3 && lexicon.IsEponymHead(words[2])) && !facilityName(words) &&
		!(m.ner == "PLACE" && (lexicon.Head(words[len(words)-1]) == lexicon.PlaceHead || placeStarts[words[0]])) {
		// (but the recognizer's place with a place's head or first
		// word is one: "Palm Beach County", "Victoria Park", "El Paso")
		m.given = true
		return newsgraph.Person // "Lina Park", "Damon Hill": a given name first
	}
	// the last word decides ("Region" of "Region 11"); "X of Y" is
	// decided by X's last word
	last := words[len(words)-1]
	if n := len(words); n >= 2 && yearWord(last) && lexicon.Head(words[n-2]) == lexicon.EventHead {
		m.sure = true
		return newsgraph.Event // "Port Alder Comic Fair 2019", "Toronto Comicon 2019": an event's edition by its year
	}
	if len(words) >= 2 && smallNumber(last) {
		last = words[len(words)-2]
		if isAcronym(strings.Fields(m.name)[len(words)-2]) {
			return newsgraph.Organization // "WESH 2", a station
		}
		if routeWords[last] {
			return newsgraph.Place // "Route 2", "Interstate 75"
		}
	}
	for i, w := range words {
		if (w == "of" || w == "for" || w == "on" || (w == "de" || w == "del" || w == "des" || w == "du" || w == "di") && (i > 1 || lexicon.Head(words[0]) == lexicon.OrgHead)) && i > 0 && (!lawWords[last] || lexicon.Head(words[i-1]) == lexicon.OrgHead) {
			last = words[i-1] // (but "Tenure of Office Act" is an act; "School of Law" a school)
			break
		}
	}
	if lawWords[last] && m.ner != "PERSON" {
		return newsgraph.Thing // "Due Process Clause", "Tenure of Office Act"
	}
	if len(words) >= 2 && siteWords[words[len(words)-1]] && m.ner != "ORG" {
		return newsgraph.Place // "Washington Monument", "Washington DC"
	}
	switch lexicon.Head(last) {
	case lexicon.OrgHead:
		return newsgraph.Organization
	case lexicon.EventHead:
		if m.ner != "PERSON" {
			return newsgraph.Event
		}
	case lexicon.ThingHead:
		if m.ner != "PERSON" {
			return newsgraph.Thing
		}
	case lexicon.PlaceHead:
		if m.ner != "PERSON" && m.ner != "ORG" {
			return newsgraph.Place
		}
		if len(words) >= 3 && facilityName(words) {
			m.sure = true
			return newsgraph.Place // "Harold J. Wexley Correctional Facility", named after someone
		}
	case lexicon.NoHead:
		for _, w := range words[:len(words)-1] {
			if lexicon.IsOrgWord(w) && m.ner != "PERSON" && m.ner != "PLACE" {
				return newsgraph.Organization
			}
		}
	}
	if t, ok := nameTypes[m.ner]; ok {
		return t
	}
	return ""
}

// adjectiveSuffix are the words that make an adjective of a name joined to
// them by a hyphen ("Soviet-style", "Tokyo-based", "US-led").
var adjectiveSuffix = map[string]bool{"style": true, "era": true, "based": true, "led": true, "born": true, "made": true, "owned": true,
	"backed": true, "controlled": true, "run": true, "linked": true, "affiliated": true, "sponsored": true, "funded": true, "like": true,
	"related": true, "type": true, "class": true, "level": true, "wide": true, "free": true, "friendly": true, "specific": true,
	"centric": true, "inspired": true, "themed": true, "bound": true, "speaking": true, "allied": true, "aligned": true}

// adjectiveName reports whether tokens [a, b) are an adjective or a common
// word written like a name: a hyphenated compound ending in a lower-case
// word ("Soviet-style", "Jurassic-era") or starting with a prefix
// ("Neo-Nazi", "Pro-Beijing"), a word of the lexicon's not-name list
// ("DNA", "Pentecostal"), a direction before a nationality ("Eastern
// Europeans").
func (x *doc) adjectiveName(s *sent, a, b int) bool {
	last := s.Tokens[b-1].Text
	if b-a >= 3 && isDash(s.Tokens[b-2].Text) && adjectiveSuffix[last] {
		return true
	}
	if b-a >= 3 && isDash(s.Tokens[a+1].Text) {
		switch s.low[a] {
		case "neo", "pro", "anti", "ex", "non", "post", "pre", "pan", "semi":
			return true
		}
	}
	if b-a == 1 {
		if p, _, ok := strings.Cut(s.low[a], "-"); ok {
			switch p {
			case "neo", "pro", "anti", "ex", "non", "post", "pre", "pan", "semi":
				return true // "Neo-Nazi" written as one token
			}
		}
	}
	if b-a == 1 && currencyAmount(s.Tokens[a].Text) {
		return true // "USD15", "EUR2.5": an amount
	}
	if b-a == 1 && lexicon.IsNotNameWord(s.Tokens[a].Text) && !(a > 0 && s.Tokens[a-1].Text == "The") {
		return true // ("The Hindu" is a newspaper)
	}
	if b-a == 2 && lexicon.IsNotNameWord(s.Tokens[a].Text) && (ner.IsDemonym(last) || ner.IsDemonym(strings.TrimSuffix(last, "s")) ||
		strings.HasSuffix(last, "ans") || strings.HasSuffix(last, "ese")) {
		return true
	}
	if b-a >= 2 && lexicon.IsNotNameWord(last) && b < len(s.Tokens) && capitalised(s.Tokens[b].Text) && s.Tokens[b-1].UPOS != "NOUN" {
		return true // "Roman Catholic" before "Pope Francis"
	}
	return false
}

// currencyAmount reports whether w is a currency code and a number
// written together ("USD15", "EUR2.5").
func currencyAmount(w string) bool {
	return len(w) > 3 && currencyCodes[w[:3]] && isNumber(w[3:])
}

// currencyCodes are the ISO codes of currencies news quotes amounts in.
var currencyCodes = map[string]bool{"USD": true, "EUR": true, "GBP": true, "JPY": true, "CNY": true, "RMB": true, "INR": true, "AUD": true, "CAD": true, "CHF": true,
	"RUB": true, "BRL": true, "ZAR": true, "KRW": true, "MXN": true, "HKD": true, "SGD": true, "NZD": true, "SEK": true, "NOK": true, "DKK": true, "PLN": true,
	"TRY": true, "PHP": true, "IDR": true, "THB": true, "NGN": true, "KES": true, "EGP": true, "PKR": true, "BDT": true, "UAH": true, "ILS": true, "AED": true, "SAR": true}

// demonymPlural reports whether a name is the plural of a place's people
// ("Hong Kongers", "New Yorkers", "Londoners"): a known place or a place
// the recognizer found in the document, with "ers", "ites" or "ians".
func (x *doc) demonymPlural(name string) bool {
	if ner.IsDemonym(name) {
		return true
	}
	for _, suf := range []string{"ers", "ites", "ians", "er", "ite", "ian", "ns", "n"} {
		if strings.HasSuffix(name, suf) {
			stem := strings.TrimSuffix(name, suf)
			if (suf == "ns" || suf == "n") && (!strings.HasSuffix(stem, "a") || len(stem) < 4) {
				continue // "Montanans", "Kenyan" (but "Sweden" is no Swede's)
			}
			for _, st := range []string{stem, stem + "a", stem + "e"} {
				if _, ok := countryOf(st); ok || isRegion(st) || x.placeWords[strings.ToLower(st)] || x.placeNames[lexicon.Fold(st)] {
					return true
				}
			}
		}
	}
	return false
}

// continuesName reports whether token j, after a name word, continues the
// name although it is no noun: a capitalised adverb, verb or adjective
// inside a title-cased name ("Learning Together", "Make America Great").
func (s *sent) continuesName(j int) bool {
	if j == 0 || !capitalised(s.Tokens[j].Text) || lexicon.IsNotName(s.Tokens[j].Text) {
		return false
	}
	if nameInnerPrep[s.Tokens[j].Text] && !s.heading {
		// "Doctors Without Borders", "Mothers Against Drunk Driving": a
		// capitalised preposition between name words
		return s.isNameWord(j-1) && j+1 < len(s.Tokens) && (s.isNameWord(j+1) || s.low[j+1] == "the" && j+2 < len(s.Tokens) && s.isNameWord(j+2))
	}
	if s.low[j] == "the" && nameInnerPrep[s.Tokens[j-1].Text] && !s.heading {
		return j+1 < len(s.Tokens) && s.isNameWord(j+1) // "Veterans Against the War"
	}
	switch s.Tokens[j].UPOS {
	case "ADV", "VERB", "ADJ", "NOUN", "NUM", "X":
	default:
		return false
	}
	return s.isNameWord(j-1) && !s.adjacent(j-1)
}

// nameInnerPrep are prepositions that, capitalised between name words
// inside a sentence, belong to the name.
var nameInnerPrep = map[string]bool{"Without": true, "Against": true, "Beyond": true, "Sans": true, "Sin": true, "Ohne": true}

// possessiveName reports whether token j is the apostrophe of a name such
// as "Fishmongers' Hall" or "St Mary's Hospital": a possessive between
// two name words whose second is a place or organization word.
func (s *sent) possessiveName(j int) bool {
	if s.Tokens[j].XPOS != "POS" || j == 0 || j+1 >= len(s.Tokens) || !s.isNameWord(j-1) || !s.isNameWord(j+1) {
		return false
	}
	switch lexicon.Head(s.low[j+1]) {
	case lexicon.PlaceHead, lexicon.OrgHead:
		return true
	}
	return false
}

// hasConnector reports whether tokens [a, b) hold the word w.
func (x *doc) hasConnector(s *sent, a, b int, w string) bool {
	for k := a; k < b; k++ {
		if s.low[k] == w {
			return true
		}
	}
	return false
}

// notNameWord reports whether w is a function word or other word that is
// never a name by itself; a word in capitals ("WHO", "US") may be one.
func notNameWord(w string) bool {
	if len(w) >= 2 && w == strings.ToUpper(w) && isAcronym(w) {
		return false
	}
	return lexicon.IsNotName(w)
}

// spanHead returns the syntactic head of tokens [a, b): the first whose
// head lies outside the span, else the last token.
func spanHead(s *sent, a, b int) int {
	for k := a; k < b; k++ {
		if h := s.Tokens[k].Head; h < a || h >= b {
			if s.Tokens[k].Head >= 0 || k == b-1 {
				return k
			}
		}
	}
	return b - 1
}

// placeLike reports whether tokens [a, b) name a country, a region or a
// place the recognizer found elsewhere in the document.
func (x *doc) placeLike(s *sent, a, b int) bool {
	name := x.text(s, a, b)
	if _, ok := countryOf(name); ok {
		return true
	}
	return isRegion(name) || b-a == 1 && x.placeWords[s.low[a]]
}

// nameParticle reports whether a lower-case word joins the parts of a
// person's name ("de", "van", "bin").
func nameParticle(w string) bool {
	switch w {
	case "de", "van", "von", "der", "den", "da", "dos", "das", "du", "la", "le", "al", "bin", "ibn", "el", "ben", "di", "del", "della", "ter", "ten", "op":
		return true
	}
	return false
}

// isWord reports whether w is made of letters.
func isWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// streetWords end the names of streets that a house number may begin.
var streetWords = map[string]bool{"street": true, "road": true, "avenue": true, "lane": true, "drive": true, "boulevard": true,
	"terrace": true, "crescent": true, "square": true, "place": true, "way": true}

// sharedKinds are the plural nouns for places that two names joined by
// "and" share ("the Northern and Jubilee lines"), with their singular.
var sharedKinds = map[string]string{"lines": "line", "rivers": "river", "streets": "street", "roads": "road", "avenues": "avenue", "bridges": "bridge",
	"stations": "station", "islands": "island", "lakes": "lake", "mountains": "mountain", "valleys": "valley"}

// sharedKind returns the kind of place that name [a, b) of s shares with
// the other name it is joined to by "and" before the plural noun of the
// kind ("Northern" and "Jubilee" of "the Northern and Jubilee lines"),
// or "".
func (x *doc) sharedKind(s *sent, a, b int) string {
	n := len(s.Tokens)
	switch {
	case b+2 < n && s.low[b] == "and" && capitalised(s.Tokens[b+1].Text) && (b+3 >= n || !capitalised(s.Tokens[b+2].Text)) && sharedKinds[s.low[b+2]] != "":
		return sharedKinds[s.low[b+2]]
	case b < n && sharedKinds[s.low[b]] != "" && a >= 2 && s.low[a-1] == "and" && capitalised(s.Tokens[a-2].Text):
		return sharedKinds[s.low[b]]
	}
	return ""
}

// streetFirstWords begin the names of streets in languages that put the
// kind first ("36 Quai des Orfèvres", "10 Rue des Lilas").
var streetFirstWords = map[string]bool{"rue": true, "quai": true, "boulevard": true, "avenue": true, "via": true, "viale": true, "piazza": true,
	"calle": true, "avenida": true, "rua": true, "praça": true, "plaza": true, "ulica": true, "aleja": true, "carrer": true}

// embassies adds the names of a country's embassy or consulate written
// with its people's or its own name and the noun in lower case ("the
// Canadian embassy", "the U.S. embassy"): a named building.
func (x *doc) embassies(s *sent, segs []seg) []seg {
	for k := 2; k < len(s.Tokens); k++ {
		if s.low[k] != "embassy" && s.low[k] != "consulate" || s.Tokens[k].Text != s.low[k] {
			continue
		}
		a := k - 1
		if j := slices.IndexFunc(segs, func(g seg) bool { return g.b == k }); j >= 0 {
			if _, ok := countryOf(x.text(s, segs[j].a, segs[j].b)); !ok {
				continue
			}
			a = segs[j].a
		} else if !ner.IsDemonym(s.Tokens[a].Text) {
			continue
		}
		if a < 1 || s.low[a-1] != "the" {
			continue
		}
		segs = append(dropOverlaps(segs, a, k+1), seg{a: a, b: k + 1, ner: "PLACE", from: a})
		sortSegs(segs)
	}
	return segs
}

// camps adds the names of political camps written in lower case with
// what they are for or against ("the pro-Beijing camp", "the
// anti-government bloc"), organizations of the story.
func (x *doc) camps(s *sent, segs []seg) []seg {
	for k := 2; k < len(s.Tokens); k++ {
		if !campNouns[s.low[k]] || s.Tokens[k].Text != s.low[k] || s.low[k-2] != "the" {
			continue
		}
		if p := s.low[k-1]; !(strings.HasPrefix(p, "pro-") || strings.HasPrefix(p, "anti-")) || len(p) < 6 {
			continue
		}
		segs = append(dropOverlaps(segs, k-1, k+1), seg{a: k - 1, b: k + 1, ner: "ORG", from: k - 1})
		sortSegs(segs)
	}
	return segs
}

// campNouns are the nouns for a political camp.
var campNouns = map[string]bool{"camp": true, "bloc": true, "faction": true}

// venueCentre are the words before "Center" in the names of venues.
var venueCentre = map[string]bool{"convention": true, "exhibition": true, "conference": true, "events": true, "shopping": true,
	"community": true, "civic": true, "aquatic": true, "aquatics": true, "sports": true, "leisure": true, "congress": true, "expo": true, "trade": true}

// portfolios drops the capitalised common words of a minister's
// portfolio written before the title and a name ("Emergency Situations
// Minister Anton Belov", "Velmish Public Works Minister Tom Vale"): the
// words are the title's, no name of their own.
func (x *doc) portfolios(s *sent, segs []seg) []seg {
	out := segs[:0]
	for i, g := range segs {
		t := g.b
		if t+1 < len(s.Tokens) && g.ner != "PERSON" && capitalised(s.Tokens[t].Text) && lexicon.Role(s.low[t]) != lexicon.NotRole && !lexicon.IsOrgWord(s.low[t]) &&
			i+1 < len(segs) && segs[i+1].a == t+1 && segs[i+1].ner == "PERSON" {
			a := g.a
			if ner.IsDemonym(s.Tokens[a].Text) || x.placeLike(s, a, a+1) {
				a++ // "Velmish Public Works": the country's portfolio
			}
			if _, party := lexicon.Party(x.text(s, g.a, g.b)); a < g.b && (x.commonWords(s, a, g.b) || g.ner == "" && portfolio(x.text(s, a, g.b), s.low[t]) && !x.ministryNamed(x.text(s, a, g.b))) && !s.isOrgHead(g.b-1) && !party {
				continue // (or words the recognizer took for no name: "Civil Aviation Minister X")
			}
		}
		out = append(out, g)
	}
	return out
}

// ministryNamed reports whether the story names the ministry of
// portfolio p ("the Emergencies Ministry", "the Ministry of Civil
// Aviation"), whose minister belongs to it.
func (x *doc) ministryNamed(p string) bool {
	for _, f := range []string{p + " Ministry", "Ministry of " + p, "Ministry for " + p, "Department of " + p, p + " Department"} {
		if strings.Contains(x.d.Text, f) {
			return true
		}
	}
	return false
}

// splitTwoBodies splits a name the recognizer ran over "and" when its
// first part is a whole body named after its place and the second one
// names another body ("the University of Miami and Apex Shark
// Expeditions", "the University of Dorland and Institute for Wetland
// Studies"); "the Department of Health and Human Services" stays one.
func (x *doc) splitTwoBodies(s *sent, segs []seg) []seg {
	var out []seg
	for _, g := range segs {
		k := -1
		for j := g.a + 3; j+2 < g.b; j++ {
			if s.low[j] == "and" {
				k = j
				break
			}
		}
		placed := x.placeLike(s, g.a+2, k) || (s.low[g.a] == "university" || s.low[g.a] == "college") && k-g.a <= 5
		if k < 0 || g.ner == "PERSON" || !s.isOrgHead(g.a) || s.low[g.a+1] != "of" || !placed || !capitalised(s.Tokens[k+1].Text) ||
			!(s.isOrgHead(k+1) || g.b-k >= 3 && (lexicon.IsOrgWord(s.low[g.b-1]) || s.Tokens[g.b-1].XPOS == "NNPS") && x.usuallyLower != nil && !x.usuallyLower(s.Tokens[k+1].Text) ||
				g.b-k <= 3 && isAcronym(s.Tokens[k+1].Text) && s.Tokens[k+1].Text == strings.ToUpper(s.Tokens[k+1].Text)) { // ("the University of Bristol and UC Davis")
			out = append(out, g)
			continue
		}
		out = append(out, seg{a: g.a, b: k, ner: "ORG", from: g.a}, seg{a: k + 1, b: g.b, ner: "ORG", from: k + 1})
	}
	return out
}

// placeEventHeads are lower-case nouns of events that news names by
// their place or people ("the European migrant crisis", "the Syrian civil
// war").
var placeEventHeads = map[string]bool{"crisis": true, "war": true, "pandemic": true, "epidemic": true, "earthquake": true, "tsunami": true,
	"revolution": true, "uprising": true, "genocide": true, "famine": true, "bushfires": true, "wildfires": true}

// placeEvents adds the names of events written with their place or
// people and a lower-case head ("the European migrant crisis", "the
// Syrian civil war"): "the", the place or demonym, at most two
// lower-case words, the head.
func (x *doc) placeEvents(s *sent, segs []seg) []seg {
	n := len(s.Tokens)
	for k := 2; k < n; k++ {
		if !placeEventHeads[s.low[k]] || capitalised(s.Tokens[k].Text) || s.Tokens[k].UPOS != "NOUN" || k+1 < n && s.Tokens[k+1].UPOS == "NOUN" {
			continue
		}
		a := k - 1
		for a > 0 && a >= k-2 && !capitalised(s.Tokens[a].Text) && (s.Tokens[a].UPOS == "ADJ" || s.Tokens[a].UPOS == "NOUN") {
			a--
		}
		if a < 1 || s.low[a-1] != "the" || !capitalised(s.Tokens[a].Text) || !(ner.IsDemonym(s.Tokens[a].Text) || x.placeLike(s, a, a+1)) {
			continue
		}
		if slices.ContainsFunc(segs, func(g seg) bool { return g.a < a && a < g.b || g.a <= k && k < g.b }) {
			continue // (part of a longer name)
		}
		segs = append(dropOverlaps(segs, a, k+1), seg{a: a, b: k + 1, ner: "EVENT", from: a})
		sortSegs(segs)
	}
	return segs
}

// constitutionWithin returns the end of a constitution's name that
// begins at token a ("United States Constitution"), 0 when none does.
func constitutionWithin(s *sent, a int) int {
	for k := a; k < len(s.Tokens) && k < a+5; k++ {
		if !capitalised(s.Tokens[k].Text) && s.low[k] != "of" && s.low[k] != "the" {
			return 0
		}
		if s.low[k] == "constitution" {
			return k + 1
		}
	}
	return 0
}

// calledNames adds the names given in quotation marks after a noun and
// "called", "named" or "titled" ("a program called "Learning Together"",
// "a rally called "Save Our Parks""), whatever words they are made of,
// in place of the candidate names inside them.
func (x *doc) calledNames(s *sent, segs []seg) []seg {
	n := len(s.Tokens)
	for k := 1; k+2 < n; k++ {
		switch s.low[k] {
		case "called", "named", "titled", "entitled", "dubbed":
		default:
			continue
		}
		if s.Tokens[k].XPOS != "VBN" && s.Tokens[k].XPOS != "VBD" || s.Tokens[k-1].UPOS != "NOUN" && s.Tokens[k-1].UPOS != "PROPN" || quoteMark(s.Tokens[k+1].Text) == 0 || s.quote[k] >= 0 {
			continue
		}
		if s.child(k, "nsubj") >= 0 {
			continue // ("Brandt called "Sleepy Joe"": a speaker's label for someone)
		}
		a := k + 2
		b := a
		for b < n && b < a+8 && quoteMark(s.Tokens[b].Text) == 0 {
			b++
		}
		if b >= n || b == a || b >= a+8 || !capitalised(s.Tokens[a].Text) {
			continue
		}
		ok := true
		for j := a; j < b; j++ {
			w := s.Tokens[j].Text
			ok = ok && (capitalised(w) || lexicon.In(lexicon.TitleJoiner, s.low[j]) || connector(s.low[j]) || isDigits(w) || w == "&" || w == "'s")
		}
		if !ok {
			continue
		}
		ner := ""
		for _, g := range segs {
			if g.a == a && g.b == b {
				ner = g.ner
			}
		}
		segs = append(dropOverlaps(segs, a, b), seg{a: a, b: b, ner: ner, from: a, called: true})
		sortSegs(segs)
	}
	return segs
}

// quotedTitles makes one work's title of each quoted item listed after a
// plural word for works and "such as", "including" or "like" ("songs such
// as "Dark Lantern", "Uncle Fred's Band" and "Rollin'""), whatever words
// they are made of; and drops the names inside a quoted title of office
// ("take the title of "Custodian of the Federal Government"").
func (x *doc) quotedTitles(s *sent, segs []seg) []seg {
	n := len(s.Tokens)
	item := func(k int) (int, int, bool) { // the quoted item opening at token k
		if k >= n || quoteMark(s.Tokens[k].Text) == 0 || s.quote[k] >= 0 {
			return 0, 0, false
		}
		a := k + 1
		b := a
		for b < n && b < a+10 && quoteMark(s.Tokens[b].Text) == 0 {
			b++
		}
		if b >= n || b == a || b >= a+10 || !capitalised(s.Tokens[a].Text) {
			return 0, 0, false
		}
		return a, b, true
	}
	for k := 2; k+1 < n; k++ {
		if s.low[k] == "of" && (s.lemma[k-1] == "title" || s.lemma[k-1] == "nickname" || s.lemma[k-1] == "rank") {
			if a, b, ok := item(k + 1); ok {
				segs = dropOverlaps(segs, a, b) // a title of office, no one's name
			}
			continue
		}
		cue := s.low[k] == "including" || s.low[k] == "like" || s.low[k] == "as" && s.low[k-1] == "such"
		if !cue {
			continue
		}
		w := k - 1
		if s.low[k] == "as" {
			w = k - 2
		}
		if w < 0 || !lexicon.In(lexicon.WorkNoun, s.lemma[w]) || s.Tokens[w].XPOS != "NNS" {
			continue
		}
		for j := k + 1; j < n; {
			a, b, ok := item(j)
			if !ok {
				break
			}
			e := b
			for e > a && (s.isPunct(e-1) || s.Tokens[e-1].Text == "'") {
				e-- // ("Dark Lantern," with the list's comma inside the quotation marks)
			}
			if e > a {
				segs = append(dropOverlaps(segs, a, b), seg{a: a, b: e, ner: "THING", from: a, work: true, called: true})
			}
			j = b + 1
			for j < n && (s.Tokens[j].Text == "," || s.low[j] == "and" || s.low[j] == "or") {
				j++
			}
		}
	}
	sortSegs(segs)
	return segs
}

// sloganEvents makes one event's name of a slogan written in capitals and
// the lower-case noun of a gathering after it ("the Unite the Right
// rally", "a Stop the Steal march"): the slogan's words through "the",
// "of", "and", "to", whatever the recognizer made of them.
func (x *doc) sloganEvents(s *sent, segs []seg) []seg {
	n := len(s.Tokens)
	for b := 2; b < n; b++ {
		switch s.low[b] {
		case "rally", "march", "protest", "protests", "rallies", "campaign", "movement":
		default:
			continue
		}
		if s.Tokens[b].UPOS != "NOUN" && !(b+1 >= n || s.isPunct(b+1) || s.Tokens[b+1].UPOS == "ADP") || capitalised(s.Tokens[b].Text) {
			continue // (a noun, or a word the tagger took for a verb that ends the phrase: "joined a Stop the Steal march.")
		}
		a := b
		caps, joiners := 0, 0
		for a > 0 && (capitalised(s.Tokens[a-1].Text) && isWord(s.Tokens[a-1].Text) || a-1 > 0 && (s.low[a-1] == "the" || s.low[a-1] == "of" || s.low[a-1] == "and" || s.low[a-1] == "to") && capitalised(s.Tokens[a-2].Text)) && b-a < 6 {
			a--
			if capitalised(s.Tokens[a].Text) {
				caps++
			} else {
				joiners++
			}
		}
		for a < b && (!capitalised(s.Tokens[a].Text) || isDigits(s.Tokens[a].Text) || lexicon.IsCalendar(s.Tokens[a].Text)) {
			a++ // ("the August 2017 Unite the Right rally")
		}
		if caps < 2 || joiners == 0 || a == 0 && s.quoteStart(0) || b-a < 3 {
			continue // (a slogan has its small words: "Unite the Right", not "Women's March" or a name before "rally")
		}
		segs = append(dropOverlaps(segs, a, b+1), seg{a: a, b: b + 1, ner: "EVENT", from: a, slogan: true})
		sortSegs(segs)
	}
	return segs
}

// purposeNames extends an organization's name over the purpose it states
// after "to" ("Committee to Protect Journalists", "Society to Prevent
// Cruelty") and over the services of "Fire and Rescue", "Fire and
// Emergency" ("Westvale Fire and Rescue Service").
func (x *doc) purposeNames(s *sent, segs []seg) []seg {
	n := len(s.Tokens)
	for i := range segs {
		g := &segs[i]
		b := g.b
		switch {
		case b+2 < n && lexicon.Head(s.low[b-1]) == lexicon.OrgHead && s.low[b] == "to" && capitalised(s.Tokens[b+1].Text) && s.Tokens[b+1].Text != s.Tokens[b+1].Text[:1] &&
			(s.Tokens[b+1].XPOS == "VB" || s.Tokens[b+1].UPOS == "VERB" || s.Tokens[b+1].UPOS == "PROPN") && capitalised(s.Tokens[b+2].Text):
			e := b + 2
			for e < n && (capitalised(s.Tokens[e].Text) || s.low[e] == "of" || s.low[e] == "the" || s.low[e] == "and") && e < b+7 {
				e++
			}
			for e > b+2 && !capitalised(s.Tokens[e-1].Text) {
				e--
			}
			g.b, g.ner = e, "ORG"
		case b+1 < n && s.low[g.a] == "operation" && b-g.a >= 2 && s.low[b] == "and" && capitalised(s.Tokens[b+1].Text) && s.Tokens[b+1].UPOS != "PROPN" && isWord(s.Tokens[b+1].Text):
			g.b, g.ner = b+2, "EVENT" // "Operation Fast and Furious": an operation's name goes on over "and"
		case b < n && (s.low[b-1] == "depression" || s.low[b-1] == "storm" || s.low[b-1] == "cyclone") && capitalised(s.Tokens[b].Text) && numberWord(s.low[b]):
			g.b, g.ner = b+1, "EVENT" // "Tropical Depression Three": a storm numbered before it is named
		case b+1 < n && s.low[b-1] == "fire" && s.low[b] == "and" && (s.Tokens[b+1].Text == "Rescue" || s.Tokens[b+1].Text == "Emergency"):
			e := b + 2
			if e < n && capitalised(s.Tokens[e].Text) && lexicon.Head(s.low[e]) == lexicon.OrgHead {
				e++ // "… Fire and Rescue Service"
			}
			g.b, g.ner = e, "ORG"
		default:
			continue
		}
		var out []seg
		for j, h := range segs {
			if j == i || h.b <= g.a || h.a >= g.b {
				out = append(out, h)
			}
		}
		return x.purposeNames(s, out)
	}
	return segs
}

// dropOverlaps removes the segments overlapping tokens [a, b).
func dropOverlaps(segs []seg, a, b int) []seg {
	out := segs[:0]
	for _, g := range segs {
		if g.b <= a || g.a >= b {
			out = append(out, g)
		}
	}
	return out
}

// jurisdiction reports whether the name starting at token a follows a
// title and "of" ("Mayor of Lisbon"): it names the place of the title.
func jurisdiction(s *sent, a int) bool {
	return a >= 2 && s.low[a-1] == "of" && (lexicon.Role(s.low[a-2]) != lexicon.NotRole || multiTitleEnding(s, a-2) > 0)
}

// typeNames asks the recognizer's typing for the kind of every name of
// the document (its evidence over all occurrences, contexts, head words
// and gazetteers) and keeps it on each name mention.
func (x *doc) typeNames(m *ner.Model) {
	if m == nil {
		return
	}
	var refs []ner.NameRef
	for _, mt := range x.ments {
		if mt.kind == mName {
			refs = append(refs, ner.NameRef{Sentence: mt.s, Start: mt.a, End: mt.b})
		}
	}
	typed := m.TypeNames(x.nd, refs)
	at := map[ner.NameRef]*ner.Votes{}
	for i := range typed {
		for _, r := range typed[i].Refs {
			at[r] = &typed[i].Votes
		}
	}
	for _, mt := range x.ments {
		if mt.kind == mName {
			mt.kinds = at[ner.NameRef{Sentence: mt.s, Start: mt.a, End: mt.b}]
		}
	}
}

// allTitle reports whether tokens [a, b) are all title words ("Mayor",
// "Prime Minister").
func (x *doc) allTitle(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if lexicon.Role(s.low[k]) == lexicon.NotRole && !lexicon.IsRoleModifier(s.low[k]) && lexicon.MultiTitle(s.low, k) == 0 {
			return false
		}
	}
	return true
}

// yearContests makes an event of a year followed by an election's
// lower-case name, with the country, region or party it belongs to
// between them: "the 2018 midterm elections", "the 2020 U.S. presidential
// election", "the 2019 Hong Kong district council elections". The year is
// what names the election; without it ("the presidential election") the
// words are a description.
func yearContests(s *sent, segs []seg) []seg {
	n := len(s.Tokens)
	for k := 2; k < n; k++ {
		if !contestWords[s.low[k]] || capitalised(s.Tokens[k].Text) || k+1 < n && s.Tokens[k+1].UPOS == "NOUN" {
			continue
		}
		a := k
		for a > 0 && electionAdjectives[s.low[a-1]] && !capitalised(s.Tokens[a-1].Text) {
			a--
		}
		for _, g := range segs {
			if g.b == a && g.a < a && g.ner != "PERSON" && g.ner != "EVENT" {
				a = g.a // the country, region or party
			}
		}
		if a == k || a == 0 || !yearWord(s.Tokens[a-1].Text) {
			continue
		}
		a--
		segs = append(dropOverlaps(segs, a, k+1), seg{a: a, b: k + 1, ner: "EVENT", from: a})
		sortSegs(segs)
	}
	return segs
}

// diseases adds the names of diseases no segment covers as things.
func diseases(s *sent, segs []seg) []seg {
	added := false
	for k := range s.Tokens {
		if !lexicon.IsDisease(s.low[k]) || s.Tokens[k].UPOS == "VERB" {
			continue
		}
		free := true
		for i, g := range segs {
			if g.a == k && g.b == k+1 {
				segs[i].ner, segs[i].work = "THING", true // ("HIV", which the recognizer found as a name of no kind)
			}
			if g.a <= k && k < g.b {
				free = false
				break
			}
		}
		if free {
			segs = append(segs, seg{a: k, b: k + 1, ner: "THING", from: k, work: true})
			added = true
		}
	}
	if added {
		sortSegs(segs)
	}
	return segs
}

// personInitials reports whether a word is a person's initials written
// with dots ("C.L.", "J.R.R."), not an outlet's acronym; a country's
// ("U.S.") is no one's.
func personInitials(w string) bool {
	_, country := countryOf(w)
	return !country && w == strings.ToUpper(w) && lexicon.DottedInitials(w)
}

// binomial reports whether token k, a capitalised Latin-looking genus, and
// the lower-case word after it are a species' scientific name
// ("Escherichia coli", "Acropora millepora"): both end as Latin names do,
// the second is no English word, and the first no known name.
func (x *doc) binomial(s *sent, k int) bool {
	if k+1 >= len(s.Tokens) || s.ment[k+1] >= 0 || !s.adjacentWord(k) || x.usuallyLower == nil {
		return false
	}
	g, e := s.Tokens[k].Text, s.Tokens[k+1].Text
	if len(g) < 4 || len(e) < 4 || !capitalised(g) || e != strings.ToLower(e) || !isWord(g) || !isWord(e) || strings.ContainsAny(g+e, "-'.") {
		return false
	}
	if ner.GivenName(g) || x.usuallyLower(g) || x.usuallyLower(strings.ToUpper(e[:1])+e[1:]) || s.lowerSeen[strings.ToLower(g)] || x.placeWords[strings.ToLower(g)] {
		return false
	}
	if _, ok := countryOf(g); ok {
		return false
	}
	latin := func(w string, ends []string) bool {
		for _, x := range ends {
			if strings.HasSuffix(w, x) {
				return true
			}
		}
		return false
	}
	return latin(g, []string{"a", "us", "um", "es", "is", "on", "ix", "ax", "ys", "ops", "ia", "io", "bacter", "mo"}) &&
		latin(e, []string{"us", "um", "a", "ae", "is", "i", "ii", "ensis", "oides", "ata", "ica", "ella", "ens", "ans", "ora", "ix", "ea", "ia", "ium"})
}

// partyBody are the words that, after a party word, name a party of their
// own ("Green Alliance", "Democratic Rally", "Liberal Front"), not the
// party's part of an institution ("the Republican Senate").
var partyBody = map[string]bool{"alliance": true, "coalition": true, "union": true, "front": true, "movement": true, "rally": true,
	"league": true, "bloc": true, "federation": true, "list": true, "platform": true}

// officeTitle are the titles of offices that news writes after the field
// of the office ("Information Minister", "Health Secretary").
var officeTitle = map[string]bool{"minister": true, "secretary": true, "commissioner": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "envoy": true, "ambassador": true, "adviser": true, "advisor": true, "chief": true, "director": true}

// docPlace reports whether a folded word is the whole name of a place the
// document names ("Nortena"), as far as the recognizer's spans tell.
func (x *doc) docPlace(w string) bool {
	for _, t := range x.sents {
		for _, m := range t.Mentions {
			if m.Type == "PLACE" && m.End-m.Start == 1 && m.Start >= 0 && m.Start < len(t.low) && t.low[m.Start] == w {
				return true
			}
		}
	}
	return false
}

// numberWord reports whether a lower-case word is a cardinal number from
// one to twenty written out.
func numberWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
		"fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty":
		return true
	}
	return false
}
