package tokenize

import (
	"strings"
	"unicode"
)

// Kinds of abbreviation, for deciding whether a period after the word is
// part of it and whether it may end a sentence.
const (
	abbrNone    = iota
	abbrTitle   // precedes a name: never ends a sentence ("Mr.", "Gen.", "St.")
	abbrNumber  // an abbreviation only before a number ("No. 1", "Vol. 3")
	abbrGeneral // may end a sentence ("Inc.", "etc.", "Jr.")
	abbrMonth   // "Oct." — rarely ends a sentence
	abbrInitial // a single capital letter ("J.")
	abbrDotted  // letters with inner periods ("U.S", "e.g", "Ph.D")
)

// abbreviations maps words written with a final period to their kind. It is
// a constant table, read only.
var abbreviations = map[string]uint8{
	// Titles and ranks.
	"Mr": abbrTitle, "Mrs": abbrTitle, "Ms": abbrTitle, "Messrs": abbrTitle, "Dr": abbrTitle,
	"Prof": abbrTitle, "Gen": abbrTitle, "Sen": abbrTitle, "Sens": abbrTitle, "Rep": abbrTitle,
	"Reps": abbrTitle, "Gov": abbrTitle, "Govs": abbrTitle, "Lt": abbrTitle, "Col": abbrTitle,
	"Capt": abbrTitle, "Cpt": abbrTitle, "Maj": abbrTitle, "Sgt": abbrTitle, "Cpl": abbrTitle,
	"Pvt": abbrTitle, "Adm": abbrTitle, "Cmdr": abbrTitle, "Cdr": abbrTitle, "Brig": abbrTitle,
	"Rev": abbrTitle, "Hon": abbrTitle, "Pres": abbrTitle, "Supt": abbrTitle, "Det": abbrTitle,
	"Insp": abbrTitle, "Atty": abbrTitle, "Amb": abbrTitle, "Fr": abbrTitle, "Sr": abbrGeneral,
	"Jr": abbrGeneral, "St": abbrTitle, "Ste": abbrTitle, "Mt": abbrTitle, "Ft": abbrTitle,
	"Pt": abbrTitle, "Mme": abbrTitle, "Mlle": abbrTitle, "Msgr": abbrTitle, "Gens": abbrTitle,
	"Sec": abbrTitle, "Secs": abbrTitle, "Mx": abbrTitle, "Drs": abbrTitle, "Profs": abbrTitle,
	"vs": abbrTitle, "v": abbrTitle, "Vs": abbrTitle, "approx": abbrTitle, "Approx": abbrTitle,
	"ca": abbrTitle, "cf": abbrTitle, "Cf": abbrTitle, "viz": abbrTitle, "est": abbrTitle,
	// Months.
	"Jan": abbrMonth, "Feb": abbrMonth, "Mar": abbrMonth, "Apr": abbrMonth, "Jun": abbrMonth,
	"Jul": abbrMonth, "Aug": abbrMonth, "Sep": abbrMonth, "Sept": abbrMonth, "Oct": abbrMonth,
	"Nov": abbrMonth, "Dec": abbrMonth,
	// Before numbers only.
	"No": abbrNumber, "Nos": abbrNumber, "no": abbrNumber, "Vol": abbrNumber, "vol": abbrNumber,
	"p": abbrNumber, "pp": abbrNumber, "Art": abbrNumber, "art": abbrNumber, "Fig": abbrNumber,
	"fig": abbrNumber, "ch": abbrNumber, "Ch": abbrNumber, "sec": abbrNumber, "para": abbrNumber,
	"Ex": abbrNumber, "Nr": abbrNumber, "Rt": abbrNumber, "Hwy": abbrNumber, "Rte": abbrNumber,
	// Companies, places, others that may end a sentence.
	"Inc": abbrGeneral, "Ltd": abbrGeneral, "Co": abbrGeneral, "Corp": abbrGeneral, "Bros": abbrGeneral,
	"Kft": abbrGeneral, "Zrt": abbrGeneral, "Nyrt": abbrGeneral, "Bt": abbrGeneral, "Pty": abbrGeneral, "Bhd": abbrGeneral, "Sdn": abbrGeneral,
	"Cos": abbrGeneral, "Plc": abbrGeneral, "LLC": abbrGeneral, "Intl": abbrGeneral, "Assn": abbrGeneral,
	"Dept": abbrGeneral, "Univ": abbrGeneral, "Ave": abbrGeneral, "Blvd": abbrGeneral, "Rd": abbrGeneral,
	"Sq": abbrGeneral, "Hts": abbrGeneral, "Ln": abbrGeneral, "Pl": abbrGeneral, "Esq": abbrGeneral,
	"etc": abbrGeneral, "al": abbrGeneral, "Etc": abbrGeneral, "ed": abbrGeneral, "eds": abbrGeneral,
	"min": abbrGeneral, "mins": abbrGeneral, "hr": abbrGeneral, "hrs": abbrGeneral, "yr": abbrGeneral,
	"yrs": abbrGeneral, "mo": abbrGeneral, "mos": abbrGeneral, "wk": abbrGeneral, "sq": abbrGeneral,
	"ft": abbrGeneral, "oz": abbrGeneral, "lb": abbrGeneral, "lbs": abbrGeneral, "tel": abbrGeneral,
	"Tel": abbrGeneral, "ext": abbrGeneral, "Ext": abbrGeneral, "dept": abbrGeneral, "govt": abbrGeneral,
	"Govt": abbrGeneral, "misc": abbrGeneral, "inc": abbrGeneral, "corp": abbrGeneral, "ltd": abbrGeneral,
	"Mon": abbrGeneral, "Tue": abbrGeneral, "Tues": abbrGeneral, "Thu": abbrGeneral,
	"Thur": abbrGeneral, "Thurs": abbrGeneral, "Fri": abbrGeneral,
	// US states as news agencies abbreviate them.
	"Ala": abbrGeneral, "Ariz": abbrGeneral, "Ark": abbrGeneral, "Calif": abbrGeneral, "Colo": abbrGeneral,
	"Conn": abbrGeneral, "Fla": abbrGeneral, "Ga": abbrGeneral, "Ill": abbrGeneral,
	"Kan": abbrGeneral, "Kans": abbrGeneral, "Ky": abbrGeneral, "La": abbrGeneral,
	"Md": abbrGeneral, "Mich": abbrGeneral, "Minn": abbrGeneral,
	"Mo": abbrGeneral, "Neb": abbrGeneral, "Nev": abbrGeneral, "Okla": abbrGeneral,
	"Pa": abbrGeneral, "Tenn": abbrGeneral, "Tex": abbrGeneral,
	"Va": abbrGeneral, "Vt": abbrGeneral, "Wis": abbrGeneral, "Wyo": abbrGeneral,
}

// abbrevKind returns the kind of abbreviation w is when written with a
// final period (w excludes the period).
func abbrevKind(w string) uint8 {
	if k, ok := abbreviations[w]; ok {
		return k
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return abbrInitial
	}
	if len(w) == 1 && strings.IndexByte("bcdfmnprv", w[0]) >= 0 {
		return abbrNumber // "c. 1900", "b. March 2009", "p. 5"
	}
	if dotted(w) {
		return abbrDotted
	}
	return abbrNone
}

// dotted reports whether w is letters with inner periods, every part at
// most three letters long and at least one of a single letter ("U.S",
// "e.g", "Ph.D", "a.m"), unlike a domain name ("wikinews.org").
func dotted(w string) bool {
	if strings.IndexByte(w, '.') < 0 {
		return false
	}
	one := false
	n := 0
	for k := 0; k <= len(w); k++ {
		if k == len(w) || w[k] == '.' {
			if n == 0 || n > 3 {
				return false
			}
			if n == 1 {
				one = true
			}
			n = 0
			continue
		}
		c := w[k] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
		n++
	}
	return one
}

// abbrevPeriod reports whether the period at s[j] belongs to the word
// s[start:j] (b is the end of the chunk).
func abbrevPeriod(s string, start, j, b int) bool {
	w := s[start:j]
	switch abbrevKind(w) {
	case abbrNone:
		return false
	case abbrNumber:
		// "No. 1": the number follows after a space.
		k := j + 1
		if k != b {
			return false
		}
		for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		if k == j+1 || k == len(s) {
			return false
		}
		if len(w) == 1 {
			r, _ := decode(s, k)
			return unicode.IsDigit(r) || unicode.IsUpper(r)
		}
		return s[k] >= '0' && s[k] <= '9'
	}
	return true
}

// starters are words that commonly open a sentence; after an abbreviation
// that may end a sentence, a capitalised starter signals a new sentence.
var starters = map[string]bool{
	"The": true, "A": true, "An": true, "This": true, "That": true, "These": true, "Those": true,
	"There": true, "Here": true, "It": true, "Its": true, "He": true, "She": true, "They": true,
	"We": true, "I": true, "You": true, "His": true, "Her": true, "Their": true, "Our": true,
	"My": true, "Your": true, "But": true, "And": true, "Or": true, "So": true, "Yet": true,
	"In": true, "On": true, "At": true, "For": true, "From": true, "With": true, "By": true,
	"As": true, "If": true, "When": true, "While": true, "After": true, "Before": true,
	"Since": true, "Although": true, "Though": true, "Because": true, "However": true,
	"Meanwhile": true, "Also": true, "Still": true, "Then": true, "Now": true, "Today": true,
	"Yesterday": true, "Some": true, "Many": true, "Most": true, "All": true, "Both": true,
	"Each": true, "Every": true, "No": true, "Not": true, "What": true, "Who": true, "Why": true,
	"How": true, "Where": true, "Which": true, "Other": true, "Another": true, "Despite": true,
	"During": true, "Instead": true, "Later": true, "Earlier": true, "According": true,
	"Officials": true, "Police": true, "Authorities": true, "Thus": true, "Therefore": true,
	"Such": true, "Once": true, "Even": true, "Only": true, "Please": true, "Thank": true,
	"Thanks": true, "Yes": true, "Well": true, "Oh": true, "Let": true, "Do": true, "Did": true,
	"Is": true, "Are": true, "Was": true, "Were": true, "Will": true, "Would": true, "Can": true,
	"Could": true, "Should": true, "Have": true, "Has": true, "Had": true, "Does": true,
	"Further": true, "Furthermore": true, "Moreover": true, "Nevertheless": true,
}

// splitPoint returns where a contraction written without an apostrophe
// splits ("dont" → 2: "do" "nt"; "gonna" → 3: "gon" "na"), or 0.
func splitPoint(w string) int {
	var buf [16]byte
	switch string(lowerBytes(&buf, w)) {
	case "im", "ive":
		return 1
	case "dont", "cant", "wont", "isnt", "aint":
		return 2
	case "didnt", "wasnt", "arent", "hasnt", "hadnt", "youre", "youll", "youve", "gonna", "wanna", "gotta", "cannot", "outta", "gimme", "lemme", "lotta":
		return 3
	case "doesnt", "werent", "havent", "theyre", "thats", "whats":
		return 4
	case "couldnt", "wouldnt", "theres", "theyll", "theyve":
		return 5
	case "shouldnt":
		return 6
	}
	return 0
}
