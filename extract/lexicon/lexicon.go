package lexicon

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// A RoleKind says what holding a role says of a person's relation to the
// organization the role is held in.
type RoleKind int

// Role kinds.
const (
	// NotRole: the word is not a role.
	NotRole RoleKind = iota
	// Leads: the role heads the organization ("chairman", "coach").
	Leads
	// Member: the role belongs to the organization ("spokesman",
	// "professor").
	Member
	// Occupation: a role that links to no organization ("actor"), or one
	// held over a place ("mayor", "governor").
	Occupation
)

// Role returns the kind of role a lower-case word names ("director" →
// Leads), or NotRole.
func Role(w string) RoleKind {
	if k, ok := roleKind[w]; ok {
		return k
	}
	// plural roles ("officials", "spokesmen")
	if strings.HasSuffix(w, "men") {
		if k, ok := roleKind[w[:len(w)-3]+"man"]; ok {
			return k
		}
	}
	if strings.HasSuffix(w, "s") {
		if k, ok := roleKind[w[:len(w)-1]]; ok {
			return k
		}
	}
	// a scientist of a field the list does not name ("ornithologist",
	// "entomologists")
	if b := strings.TrimSuffix(w, "s"); len(b) > 8 && strings.HasSuffix(b, "ologist") {
		return Member
	}
	return NotRole
}

// RoleWord returns the kind of a lower-case role word written exactly so
// (no plural), and whether it is one.
func RoleWord(w string) (RoleKind, bool) {
	k, ok := roleKind[w]
	return k, ok
}

// IsRoleModifier reports whether a lower-case word may precede a role word
// inside a title ("deputy", "foreign", "former").
func IsRoleModifier(w string) bool { return roleModifier[w] }

// IsHonorific reports whether a word ("Dr.", "Mrs") is an honorific.
func IsHonorific(w string) bool { return honorific[strings.ToLower(w)] }

// MultiTitle returns the number of words of a title of several words
// ("Prime Minister", "Secretary of State") that starts words[i], or 0.
// Words are compared case-insensitively; the longest title wins.
func MultiTitle(words []string, i int) int {
	best := 0
	if i < 0 || i >= len(words) {
		return 0
	}
	for _, t := range multiTitleByFirst[strings.ToLower(words[i])] {
		if len(t) <= best || i+len(t) > len(words) {
			continue
		}
		ok := true
		for k, w := range t {
			if !strings.EqualFold(words[i+k], w) {
				ok = false
				break
			}
		}
		if ok {
			best = len(t)
		}
	}
	return best
}

// IsCalendar reports whether a word is a month or weekday name, or its
// abbreviation written with a period ("Oct.", but not the name "Jan").
func IsCalendar(w string) bool {
	l := strings.ToLower(w)
	if strings.HasSuffix(l, ".") {
		return calendar[l[:len(l)-1]] || calendarAbbr[l[:len(l)-1]]
	}
	return calendar[l]
}

// DottedInitials reports whether a word is two or more single letters,
// each followed by a dot ("U.S.", "C.L.", "d.c.").
func DottedInitials(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if c := w[i] | 0x20; c < 'a' || c > 'z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// IsTimeZone reports whether a word is a time-zone abbreviation ("BST",
// "UTC").
func IsTimeZone(w string) bool { return timeZone[strings.ToLower(w)] }

// IsNotName reports whether a word is a function word, sentence adverb or
// other word that never begins or ends a name.
func IsNotName(w string) bool { return notName[strings.ToLower(w)] }

// A HeadType is the type a head word gives a name that contains or ends in
// it.
type HeadType int

// Head types.
const (
	NoHead HeadType = iota
	OrgHead
	PlaceHead
	EventHead
	ThingHead
)

// Head returns the type that the lower-case word w gives a name ending in
// it ("university" → OrgHead, "marathon" → EventHead, "prize" →
// ThingHead, "county" → PlaceHead). A word on several lists is taken as
// an organization word first, then a place, an event, a thing.
func Head(w string) HeadType {
	switch {
	case orgHead[w]:
		return OrgHead
	case placeHead[w]:
		return PlaceHead
	case eventHead[w]:
		return EventHead
	case thingHead[w]:
		return ThingHead
	}
	return NoHead
}

// IsOrgWord reports whether a lower-case word makes a name containing it an
// organization ("Ministry of Health").
func IsOrgWord(w string) bool { return orgHead[w] }

// IsPublicBody reports whether a lower-case word makes a name holding it a
// body that is no business: an authority, a ministry, a party, a
// university ("the company" cannot refer to it).
func IsPublicBody(w string) bool { return publicBody[w] }

// IsStormWord reports whether a lower-case word precedes a storm's name
// ("Hurricane").
func IsStormWord(w string) bool { return stormWord[w] }

// IsSpeechVerb reports whether a lemma is a verb that attributes speech.
func IsSpeechVerb(lemma string) bool { return speechVerb[lemma] }

// IsHearerVerb reports whether a speech verb's object is the hearer
// ("told reporters").
func IsHearerVerb(lemma string) bool { return hearerVerb[lemma] }

// Party returns the party name form of a party word ("Democrats",
// "Democratic" → "Democrat"), and whether the word is one.
func Party(w string) (string, bool) {
	p, ok := partyOf[strings.ToLower(w)]
	return p, ok
}

// PartyName returns the name of the party a party word stands for
// ("Libertarian" → "Libertarian Party"), false when w is no party word.
func PartyName(w string) (string, bool) {
	p, ok := partyOf[strings.ToLower(w)]
	if !ok {
		return "", false
	}
	n, ok := partyNames[strings.ToLower(p)]
	return n, ok
}

// IsConceptHead reports whether a lower-case noun names a proposal,
// agreement or decision.
func IsConceptHead(w string) bool { return conceptHead[w] }

// ConceptClass returns the key under which a concept noun is merged with
// others of the same story ("plan" → "proposal"); the noun itself when it
// has no class.
func ConceptClass(w string) string {
	if c, ok := conceptClass[w]; ok {
		return c
	}
	return w
}

// IsConceptModifier reports whether an adjective is left out of a
// concept's name ("updated").
func IsConceptModifier(w string) bool { return conceptMod[w] }

// Description returns the entity type ("Person", "Organization",
// "Place") that a definite description headed by the lower-case noun w
// ("the company") refers to, and whether w is such a noun.
func Description(w string) (string, bool) {
	if kin[w] {
		return "Person", true
	}
	t, ok := description[w]
	return t, ok
}

// IsCharacterNoun reports whether a lower-case noun lemma names a
// fictional character or its costume ("character", "costume").
func IsCharacterNoun(lemma string) bool { return character[lemma] }

// IsCostumeVerb reports whether a verb lemma takes the character someone
// appears as ("dress as", "cosplay as").
func IsCostumeVerb(lemma string) bool { return costumeVerb[lemma] }

// IsEponymHead reports whether a lower-case word ends the name of a thing
// or day named after a person ("prize", "medal", "day").
func IsEponymHead(w string) bool { return eponymHead[w] }

// IsFaith reports whether a lower-case word names a religion that does
// not end in "ism" ("christianity", "islam").
func IsFaith(w string) bool { return faith[w] }

// IsDisease reports whether a lower-case word names a disease or a virus
// ("measles", "hiv").
func IsDisease(w string) bool { return disease[w] }

// Gender returns "f" or "m" for a lower-case noun or honorific that says
// a person's gender ("daughter", "actress", "chairman", "mrs"), "" for
// others.
func Gender(w string) string {
	switch {
	case female[w]:
		return "f"
	case male[w]:
		return "m"
	}
	return ""
}

// IsKin reports whether a lower-case noun names a person by a family
// relation ("daughter", "son-in-law").
func IsKin(w string) bool { return kin[w] }

// Fold returns the form under which two names are the same name: lower
// case, accents removed, curly apostrophes straightened, quotation marks
// dropped, inner whitespace collapsed and a leading "the " removed.
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '’' || r == '‘':
			r = '\''
		case r == '"' || r == '“' || r == '”':
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		r = unicode.ToLower(r)
		if f, ok := plainLetter[r]; ok {
			b.WriteString(f) // "Łukasz" and "Lukasz", "Øresund" and "Oresund"
			continue
		}
		b.WriteRune(r)
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// plainLetter spells the Latin letters that Unicode does not decompose
// into a base letter and a mark the way English text writes them.
var plainLetter = map[rune]string{'ł': "l", 'ø': "o", 'đ': "d", 'ð': "d", 'ħ': "h", 'ı': "i", 'æ': "ae", 'œ': "oe", 'ß': "ss", 'þ': "th"}

// IsInstitution reports whether a lower-case noun is a generic word for a
// public institution ("police", "court"), which stands for the named
// institution of a story.
func IsInstitution(w string) bool { return institution[w] }

// IsGenericVerb reports whether a verb lemma is too general to name a
// relation of its own ("make", "have").
func IsGenericVerb(lemma string) bool { return genericVerb[lemma] }

// IsNotNameWord reports whether a word written like a name names nothing
// ("DNA", "Pentecostal", "Eastern").
func IsNotNameWord(w string) bool { return notNameWord[strings.ToLower(w)] }

// IsCircumstance reports whether a lower-case conjunction introduces a
// clause of time, cause, contrast or condition ("while", "if").
func IsCircumstance(w string) bool { return circumstance[w] }

// EditDistance returns the Levenshtein distance of a and b, or limit+1
// when it exceeds limit.
func EditDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			low = min(low, cur[j])
		}
		if low > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// A List names one of the lexicon's small word lists of the news
// extractor (words.go holds them); In reports whether a word is on one.
type List int

// The small word lists.
const (
	SureEvent List = iota
	CraftNoun
	WorkNoun
	TitleJoiner
	ShipPrefix
	Fellowship
	Vehicle
	CompanyNoun
	CreativeNoun
	PictureSide
	HearerTo
	Alleging
	LevelWord
	OutletNoun
)

// In reports whether word w is on list l (lower-case words, but for
// ShipPrefix's capitals).
func In(l List, w string) bool { return lists[l][w] }

// rankWords mark a rank below or beside the one a phrase names without
// them ("vice", "deputy").
var rankWords = []string{"vice", "deputy", "lieutenant", "assistant", "under", "co"}

// RankDiffers reports whether one of two phrases (lower-case words) has a
// word of rank the other lacks: "the vice presidential nomination" is not
// "the presidential nomination".
func RankDiffers(a, b []string) bool {
	for _, w := range rankWords {
		if slices.Contains(a, w) != slices.Contains(b, w) {
			return true
		}
	}
	return false
}
