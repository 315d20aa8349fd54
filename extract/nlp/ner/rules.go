package ner

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/nlp"
)

// applyRules adds the rule-based mentions to the model's: nationality
// words (NORP) and dates and times (DATE, TIME), on words the model left
// unlabelled. A model mention made only of nationality words, or a person
// named by one plural proper noun ("Texans"), becomes NORP.
func applyRules(words, upos, xpos []string, info []tokenInfo, out []nlp.Mention) []nlp.Mention {
	return applyRulesWith(words, upos, xpos, info, out, nil)
}

// applyRulesWith is applyRules with the span typer: once adjacent person
// mentions are joined and titles split off, retype (when not nil) gives
// the model's PERSON, ORG and PLACE mentions their final types, or drops
// them. It may change out, and returns a new slice.
func applyRulesWith(words, upos, xpos []string, info []tokenInfo, out []nlp.Mention, retype func([]nlp.Mention) []nlp.Mention) []nlp.Mention {
	added := false
	// Adjacent person mentions are one name split by the model ("State
	// Antony" + "Blinken").
	for k := 0; k+1 < len(out); k++ {
		if out[k].Type == Person && out[k+1].Type == Person && out[k].End == out[k+1].Start {
			out[k].End = out[k+1].End
			out = append(out[:k+1], out[k+2:]...)
			k--
		}
	}
	var keep, norp []nlp.Mention
	if len(out) > 0 {
		keep = make([]nlp.Mention, 0, len(out)+2) // room for a split title and a date
	}
	for _, mt := range out {
		if allDemonymWords(words[mt.Start:mt.End]) ||
			mt.Type == Person && mt.End-mt.Start == 1 && mt.Start < len(xpos) && xpos[mt.Start] == "NNPS" {
			mt.Type = NORP
			norp = append(norp, mt)
			continue
		}
		parts, n := splitTitles(words, info, mt)
		keep = append(keep, parts[:n]...)
	}
	if len(keep) == 0 {
		keep = nil // as without the room made above
	}
	keep = addCoordinated(words, info, keep)
	if retype != nil {
		keep = retype(keep)
	}
	// Storms are events, not people or places: "Hurricane Katrina",
	// "Cyclone Phailin", "Tropical Storm Alberto".
	kept := keep[:0]
	for _, p := range keep {
		if !stormWords[words[p.Start]] {
			kept = append(kept, p)
		}
	}
	keep = kept
	// A person's name right before the head word of a building or a
	// body is what it is named after: "Harold J. Wexley" + "Correctional
	// Facility", "Jane Doe" + "Memorial Hospital".
	for k := 0; k+1 < len(keep); k++ {
		a, b := keep[k], keep[k+1]
		if a.Type == Person && (b.Type == Place || b.Type == Org) && a.End == b.Start && b.End-b.Start <= 3 && namedAfter(words, info, b) {
			keep[k].End, keep[k].Type = b.End, b.Type
			keep = append(keep[:k+1], keep[k+2:]...)
		}
	}
	// ... and so is a person's name followed by capitalised words that
	// end in a building's word and no mention covers ("Richard J.
	// Donovan Correctional Facility" where only the person was found).
	for k := range keep {
		a := keep[k]
		if a.Type != Person || k+1 < len(keep) && keep[k+1].Start < a.End+4 {
			continue
		}
		for e := a.End + 1; e <= a.End+3 && e <= len(words); e++ {
			if !startsUpper(words[e-1]) {
				break
			}
			if buildingHeads[words[e-1]] && namedAfter(words, info, nlp.Mention{Start: a.End, End: e}) {
				keep[k].End, keep[k].Type = e, Place
				break
			}
		}
	}
	// "USA Today", "Wales Today": a capitalised "Today" right after a
	// name inside a sentence names a paper or a programme, not the day.
	for k := range keep {
		if e := keep[k].End; e < len(words) && (words[e] == "Today" || words[e] == "Tonight") && keep[k].Type != Person && (k+1 == len(keep) || keep[k+1].Start > e) {
			keep[k].End, keep[k].Type = e+1, Org
		}
	}
	if len(norp) > 0 {
		keep = append(keep, norp...)
		sortMentions(keep)
	}
	out = keep
	covered := func(i int) bool {
		for _, mt := range out {
			if mt.Start <= i && i < mt.End {
				return true
			}
		}
		return false
	}
	free := func(i, j int) bool {
		for k := i; k < j; k++ {
			if covered(k) {
				return false
			}
		}
		return true
	}
	n := len(words)
	for i := 0; i < n; {
		if l := wnGroupAt(info, i); l > 1 && free(i, i+l) {
			// A group that WordNet names ("Islamic Jihad", "Red Cross"),
			// of two words or more, that the model missed.
			out = append(out, nlp.Mention{Start: i, End: i + l, Type: Org})
			added = true
			i += l
			continue
		}
		if j := ruleAt(words, upos, info, i); j.End > i && free(i, j.End) {
			out = append(out, j)
			added = true
			i = j.End
			continue
		}
		i++
	}
	if added {
		sortMentions(out)
	}
	return out
}

// stormWords begin the names of storms.
var stormWords = map[string]bool{"Cyclone": true, "Hurricane": true, "Typhoon": true, "Storm": true, "Tropical": true, "Superstorm": true}

// splitTitles separates titles from names in a model mention. A title
// word followed by more words ends what comes before it: "NASA
// Administrator Charles Bolden" → "NASA" and PERSON "Charles Bolden";
// "US Secretary of State Antony Blinken" → "US" (a PLACE, known to the
// gazetteer) and PERSON "Antony Blinken". What precedes the first title is
// kept only when it is not a person (a person's name does not come before
// a title) or is a country; titles at the end of a person mention are
// dropped ("US Secretary" → "US"). It returns up to two mentions.
func splitTitles(words []string, info []tokenInfo, mt nlp.Mention) ([2]nlp.Mention, int) {
	var out [2]nlp.Mention
	first, last := -1, -1
	for j := mt.Start; j < mt.End; j++ {
		if isTitle(words[j]) {
			if first < 0 {
				first = j
			}
			last = j
		}
	}
	if first < 0 {
		// "[Secretary of] State Antony Blinken": the complement of a title
		// just before the mention, in a person's name or before a given
		// name (whatever the model took it for).
		if s := mt.Start; s >= 2 && mt.End-s >= 3 && words[s-1] == "of" && isTitle(words[s-2]) &&
			(mt.Type == Person || s+1 < len(info) && info[s+1].given) {
			mt.Start++
			mt.Type = Person
		}
		out[0] = mt
		return out, 1
	}
	if mt.Type != Person && !splittable(words, mt, last) {
		// "US Secretary": a title at the end is not part of a name.
		// Only when what precedes the title is a country ("Burger King"
		// is a name).
		head := nlp.Mention{Start: mt.Start, End: first, Type: Place}
		if _, ok := MentionCountry(words, head); ok && last == mt.End-1 && first > mt.Start && !loadGazetteer().isPlace(words[mt.Start:mt.End]) {
			mt = head
		}
		out[0] = mt
		return out, 1
	}
	n := 0
	// The part before the titles.
	if head := (nlp.Mention{Start: mt.Start, End: first, Type: mt.Type}); head.End > head.Start {
		if _, ok := MentionCountry(words, head); ok {
			head.Type = Place
			out[n] = head
			n++
		} else if head.Type != Person {
			out[n] = head
			n++
		}
	}
	// The name after the last title, skipping the title's complement
	// ("Secretary of State", "Minister of Defence").
	start := last + 1
	if start+1 < mt.End && words[start] == "of" {
		start += 2
	}
	if start < mt.End {
		out[n] = nlp.Mention{Start: start, End: mt.End, Type: Person}
		n++
	}
	return out, n
}

// splittable reports whether an organization or place mention with a
// title at last is really a title and a person's name: the words after the
// title (and its complement) are two or more capitalised words, and the
// whole is not a known place ("Prince Edward Island", "Duke University").
func splittable(words []string, mt nlp.Mention, last int) bool {
	start := last + 1
	if start+1 < mt.End && words[start] == "of" {
		start += 2
	}
	if mt.End-start < 2 {
		return false
	}
	for _, w := range words[start:mt.End] {
		if !startsUpper(w) {
			return false
		}
	}
	return !loadGazetteer().isPlace(words[mt.Start:mt.End])
}

func sortMentions(ms []nlp.Mention) {
	slices.SortFunc(ms, func(a, b nlp.Mention) int { return a.Start - b.Start })
}

func allDemonymWords(ws []string) bool {
	for _, w := range ws {
		if !IsDemonym(w) {
			return false
		}
	}
	return len(ws) > 0
}

// periodWords name parts of a year: "the summer of 2023".
var periodWords = map[string]bool{
	"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
	"end": true, "beginning": true, "start": true, "middle": true, "half": true, "quarter": true,
}

// relativeDays are single words that name a day relative to now.
var relativeDays = map[string]bool{"today": true, "yesterday": true, "tomorrow": true, "Today": true, "Yesterday": true, "Tomorrow": true}

// ruleAt returns the rule-based mention starting at word i, or a mention
// with End == 0 when none starts there.
func ruleAt(words, upos []string, info []tokenInfo, i int) nlp.Mention {
	n := len(words)
	w := words[i]
	// Nationality words, as matched by the gazetteer.
	if g := info[i].gaz; g >= gazDemonym && startsUpper(w) {
		switch g - gazDemonym {
		case gazU:
			return nlp.Mention{Start: i, End: i + 1, Type: NORP}
		case gazB:
			j := i + 1
			for j < n && info[j].gaz-gazDemonym == gazI {
				j++
			}
			if j < n && info[j].gaz-gazDemonym == gazL {
				return nlp.Mention{Start: i, End: j + 1, Type: NORP}
			}
		}
	}
	// Dates: [day] Month [day] [,] [year]; weekdays; years.
	// (info[j].dateWord tells whether words[j] is one of monthWords or
	// dayWords, without looking it up again.)
	if info[i].dateWord && dayWords[w] || relativeDays[w] {
		return nlp.Mention{Start: i, End: i + 1, Type: Date}
	}
	if isDayNumber(w) && i+1 < n && info[i+1].dateWord {
		if _, ok := monthWords[words[i+1]]; ok {
			end := i + 2
			if end < n && isYear(words[end]) {
				end++
			}
			return nlp.Mention{Start: i, End: end, Type: Date}
		}
	}
	mo, ok := 0, false
	if info[i].dateWord {
		mo, ok = monthWords[w]
	}
	if ok {
		end := i + 1
		if end < n && isDayNumber(words[end]) {
			end++
			if end+1 < n && words[end] == "," && isYear(words[end+1]) {
				end += 2
			} else if end < n && isYear(words[end]) {
				end++
			}
		} else if end < n && isYear(words[end]) {
			end++
		}
		// "May" and "March" alone are too often a verb or a noun; bare
		// abbreviations without a day or year are not dates either.
		ambiguous := mo == 5 || mo == 3 || len(w) <= 4
		if end > i+1 || !ambiguous && (i > 0 || upos == nil || i < len(upos) && upos[i] == "PROPN") {
			return nlp.Mention{Start: i, End: end, Type: Date}
		}
		return nlp.Mention{}
	}
	if isYear(w) && i > 0 {
		switch words[i-1] {
		case "in", "In", "since", "Since", "by", "until", "till", "from", "From", "through", "before", "after", "early", "late", "mid":
			return nlp.Mention{Start: i, End: i + 1, Type: Date}
		case "of":
			// "the summer of 2023", but not "a crowd of 2000".
			if i > 1 && periodWords[strings.ToLower(words[i-2])] {
				return nlp.Mention{Start: i, End: i + 1, Type: Date}
			}
		}
	}
	if len(w) == 5 && isYear(w[:4]) && w[4] == 's' { // "1990s"
		return nlp.Mention{Start: i, End: i + 1, Type: Date}
	}
	// Times: "10 a.m.", "3:30 pm", "noon", "midnight".
	if w == "noon" || w == "midnight" {
		return nlp.Mention{Start: i, End: i + 1, Type: Time}
	}
	if isClock(w) || isDayNumber(w) {
		if i+1 < n && isMeridiem(words[i+1]) {
			return nlp.Mention{Start: i, End: i + 2, Type: Time}
		}
		if isClock(w) {
			return nlp.Mention{Start: i, End: i + 1, Type: Time}
		}
	}
	return nlp.Mention{}
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isDayNumber reports whether w is a day of the month: "7", "31", "7th".
func isDayNumber(w string) bool {
	if len(w) > 2 {
		switch w[len(w)-2:] {
		case "st", "nd", "rd", "th":
			w = w[:len(w)-2]
		}
	}
	if !isDigits(w) || len(w) > 2 {
		return false
	}
	d := int(w[0] - '0')
	if len(w) == 2 {
		d = d*10 + int(w[1]-'0')
	}
	return d >= 1 && d <= 31
}

// isYear reports whether w is a plausible year, 1000 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && isDigits(w) && (w[0] == '1' || w[0] == '2' && w[1] == '0')
}

// isClock reports whether w is a clock time "9:30" or "21:05".
func isClock(w string) bool {
	h, m, ok := cut(w, ':')
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && isDigits(h) && isDigits(m)
}

func cut(s string, c byte) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

func isMeridiem(w string) bool {
	switch w {
	case "a.m.", "p.m.", "am", "pm", "AM", "PM", "a.m", "p.m", "A.M.", "P.M.":
		return true
	}
	return false
}

// coordinators join names of the same kind: "Blinken and Netanyahu".
var coordinators = map[string]bool{"and": true, "or": true, "&": true}

// addCoordinated adds the single-word proper nouns coordinated with a
// model mention that the model left out, with the mention's type (the
// span typer decides afterwards): "[Blinken] and [Netanyahu] met".
func addCoordinated(words []string, info []tokenInfo, ms []nlp.Mention) []nlp.Mention {
	single := func(j int) bool {
		t := &info[j]
		return t.run == 1 && t.capc == 1 && !t.title && !t.dateWord && t.gaz < gazDemonym && !stormWords[words[j]]
	}
	n := len(ms)
	for k := 0; k < n; k++ {
		mt := ms[k]
		if typeIndex(mt.Type) < 0 {
			continue
		}
		if j := mt.Start - 2; j >= 0 && coordinators[words[j+1]] && single(j) && !overlapsAny(ms, j, j+1) {
			ms = append(ms, nlp.Mention{Start: j, End: j + 1, Type: mt.Type})
		}
		if j := mt.End + 1; j < len(words) && coordinators[words[j-1]] && single(j) && !overlapsAny(ms, j, j+1) {
			ms = append(ms, nlp.Mention{Start: j, End: j + 1, Type: mt.Type})
		}
	}
	if len(ms) > n {
		sortMentions(ms)
	}
	return ms
}

// wnGroupAt returns the length of the WordNet name of a particular group
// (an instance, not also a person or a place) that starts at word i, or
// 0.
func wnGroupAt(info []tokenInfo, i int) int {
	c := info[i].wnClass
	if c&wnGroup == 0 || c&wnInstance == 0 || c&(wnPerson|wnPlace) != 0 {
		return 0
	}
	switch info[i].wn {
	case 1:
		return 1
	case 2:
		j := i + 1
		for j < len(info) && info[j].wn == 3 {
			j++
		}
		if j < len(info) && info[j].wn == 4 {
			return j + 1 - i
		}
	}
	return 0
}

// namedAfter reports whether mention m can end a name that begins with a
// person's: capitalised words ending in the head word of a place or an
// organization that is no name of its own (a place of the gazetteer, a
// name of the training corpora: "White House").
func namedAfter(words []string, info []tokenInfo, m nlp.Mention) bool {
	for _, w := range words[m.Start:m.End] {
		if !startsUpper(w) {
			return false
		}
	}
	if c := headClasses[hashString(words[m.End-1])]; c != 1 && c != 2 && !buildingHeads[words[m.End-1]] {
		return false
	}
	if loadGazetteer().isPlace(words[m.Start:m.End]) {
		return false
	}
	for j := m.Start + 1; info != nil && j <= m.End; j++ {
		if wholeName(info, m.Start, j) != 0 {
			return false // ("Bill Clinton" + "White House Press Secretary")
		}
	}
	return true
}

// buildingHeads end the names of buildings, which are often named after
// people ("Jane Doe Memorial Hospital").
var buildingHeads = wordSet(`Facility Hospital Airport Stadium Arena Centre Center Library Museum
Theatre Theater Auditorium Hall School Prison Jail Penitentiary Cemetery Bridge Tower Park`)
