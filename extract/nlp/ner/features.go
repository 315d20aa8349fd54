package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hashing. Every feature is a template id combined with one or two 64-bit
// hashes of strings; the combined hash picks a row of the weight table.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a over s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashLower is FNV-1a over s with ASCII letters lower-cased.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// mix combines a template id and two values into one hash.
func mix(t uint64, a, b uint64) uint64 {
	x := t*0x9E3779B97F4A7C15 ^ a
	x ^= x >> 31
	x *= 0xBF58476D1CE4E5B9
	x ^= b
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

// wordShape hashes a compressed shape of w: upper-case letters become
// "X", lower-case "x", digits "d", other ASCII characters stay as they are
// and other characters become "u"; a run of the same class is written at
// most twice ("Netanyahu" → "Xxx", "U.S." → "X.X.", "2023" → "dd"), and
// at most 12 classes are hashed. It returns the hash and a
// capitalisation class: 0 no capitals, 1 initial capital only, 2 all
// capitals, 3 mixed.
func wordShape(w string) (uint64, uint8) {
	h := uint64(fnvOffset)
	var last byte
	run := 0
	n := 0
	var capc uint8 // 0 lower/other, 1 initial capital, 2 all caps, 3 mixed
	upper, lower := 0, 0
	firstUpper := false
	for i := 0; i < len(w); {
		c := w[i]
		var k byte
		size := 1
		switch {
		case 'A' <= c && c <= 'Z':
			k = 'X'
			upper++
			if i == 0 {
				firstUpper = true
			}
		case 'a' <= c && c <= 'z':
			k = 'x'
			lower++
		case '0' <= c && c <= '9':
			k = 'd'
		case c < utf8.RuneSelf:
			k = c
		default:
			r, sz := utf8.DecodeRuneInString(w[i:])
			size = sz
			switch {
			case r >= 0xC0 && r <= 0x24F && isUpperLatin(r):
				k = 'X'
				upper++
				if i == 0 {
					firstUpper = true
				}
			case r >= 0xC0 && r <= 0x24F:
				k = 'x'
				lower++
			default:
				k = 'u'
			}
		}
		i += size
		if k == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			last = k
			run = 1
		}
		h ^= uint64(k)
		h *= fnvPrime
		n++
		if n > 12 {
			break
		}
	}
	switch {
	case upper == 0:
		capc = 0
	case firstUpper && lower > 0 && upper == 1:
		capc = 1
	case lower == 0:
		capc = 2
	default:
		capc = 3
	}
	return h, capc
}

func isUpperLatin(r rune) bool {
	if r >= 0xC0 && r <= 0xDE && r != 0xD7 {
		return true
	}
	if r >= 0x100 && r <= 0x17F {
		return r%2 == 0
	}
	return false
}

// Gazetteer codes of a token: kind (country name, demonym) times position
// in the matched name (U single, B first, I inside, L last).
const (
	gazNone    = 0
	gazCountry = 1
	gazDemonym = 5
	gazU       = 0
	gazB       = 1
	gazI       = 2
	gazL       = 3
)

// monthWords and dayWords are used by the date rules and as features.
// All their words start with an ASCII capital (see isDateWord).
var monthWords = map[string]int{
	"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
	"July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
	"Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8,
	"Sep.": 9, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12,
	"Jan": 1, "Feb": 2, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}

var dayWords = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true,
	"Mon.": true, "Tue.": true, "Tues.": true, "Wed.": true, "Thu.": true,
	"Thur.": true, "Thurs.": true, "Fri.": true, "Sat.": true, "Sun.": true,
}

// isDateWord reports whether w is one of monthWords or dayWords.
func isDateWord(w string) bool {
	if !startsUpperASCII(w) {
		return false // most words; no need to hash them
	}
	_, isMonth := monthWords[w]
	return isMonth || dayWords[w]
}

// suffixHash hashes the last n bytes of the lower-cased word (the whole
// word when shorter), marked with n.
func suffixHash(w string, n int) uint64 {
	if len(w) > n {
		w = w[len(w)-n:]
	}
	return hashLower(w) ^ uint64(n)
}

func prefixHash(w string, n int) uint64 {
	if len(w) > n {
		w = w[:n]
	}
	return hashLower(w) ^ uint64(n)<<8
}

// tokenInfo is the per-token part of the features, computed once per
// sentence.
type tokenInfo struct {
	wordInfo
	up, xp              uint64
	runFirst, runLast   uint64 // first and last word of the name-like run, 0 outside runs
	runBefore, runAfter uint64 // the words before and after the run
	gaz                 uint8
	place               uint8 // position in a matched place name: 0 none, 1 U, 2 B, 3 I, 4 L
	nlex                uint8 // position in a name of the model's name lexicon (names.go), as place
	nlexCode            uint8 // that name's nameCode
	run                 uint8 // position in a run of PROPN words: 0 none, 1 U, 2 B, 3 I, 4 L
	town                uint8 // position in a matched town name (towns.go), as place
	wn                  uint8 // position in a matched WordNet name (data.go), as place
	wnClass             uint8 // the WordNet class bits of that name
}

// wordInfo is the part of a tokenInfo that depends on nothing but the
// word.
type wordInfo struct {
	lw, form, shape, suf2, suf3, suf4, pre3 uint64
	capc                                    uint8 // capitalisation class of wordShape
	lex                                     uint8 // capitalisation habit from the model's lexicon
	head                                    uint8 // head-word class (headClasses)
	title                                   bool
	dateWord                                bool
	given                                   bool // a given name of data/firstnames.txt.gz
	// The gazetteer, place, learned and town names that start with the
	// word (see fillInfo): the most words of one (gazMax and placeMax are
	// at least 1, as maxWords gives them), and whether the word alone is
	// one (gazOne: 0 no, 1 a country, 2 a demonym; townOne only when
	// townMax > 0).
	gazMax, placeMax, townMax uint8
	// nameFirst and nameFirstFold are the word's entries in the first
	// tables of the model's name lexicon (names.go).
	nameFirst, nameFirstFold uint8
	gazOne                   uint8
	placeOne, townOne        bool
	wnMax                    uint8 // the most words of a WordNet name that starts with the word
	// lowGaz is set for a lower-case word whose capitalised form is a
	// country (1), a place (2), a town (3) or a demonym (4): "kerala".
	lowGaz uint8
}

// wordInfoOf returns the wordInfo of word w.
func (m *Model) wordInfoOf(w string) wordInfo {
	var wi wordInfo
	wi.lw = hashLower(w)
	wi.form = hashString(w)
	wi.shape, wi.capc = wordShape(w)
	wi.suf2 = suffixHash(w, 2)
	wi.suf3 = suffixHash(w, 3)
	wi.suf4 = suffixHash(w, 4)
	wi.pre3 = prefixHash(w, 3)
	wi.lex = m.lexClass(wi.lw)
	wi.given = loadFirstNames()[wi.form]
	wi.head = headClasses[wi.form]
	wi.title = isTitle(w)
	wi.dateWord = isDateWord(w)
	g := loadGazetteer()
	wi.gazMax = uint8(maxWords(g.firstGaz, w))
	if e, ok := g.lookupWords([]string{w}); ok {
		wi.gazOne = 1 + uint8(boolInt(e.demonym))
	}
	wi.placeMax = uint8(maxWords(g.firstPlace, w))
	wi.placeOne = w != "" && g.isPlace([]string{w})
	if m.names != nil {
		wi.nameFirst = m.names.first[wi.form]
		wi.nameFirstFold = m.names.firstFold[wi.lw]
	}
	if startsUpper(w) {
		wi.townMax = uint8(townWords(wi.form))
		wi.townOne = wi.townMax > 0 && isTownHash(wi.form)
	}
	if startsUpper(w) {
		wi.wnMax = loadWordNet().most[w]
	}
	if wi.capc == 0 && len(w) >= 4 && len(w) <= 32 && w[0] >= 'a' && w[0] <= 'z' {
		wi.lowGaz = lowGazetteer(g, w)
	}
	return wi
}

// lowGazetteer returns the lowGaz class of the lower-case word w (of at
// most 32 bytes), without allocating.
func lowGazetteer(g *gazetteer, w string) uint8 {
	var buf [32]byte
	b := append(buf[:0], w...)
	b[0] -= 'a' - 'A'
	// As g.lookup of the capitalised word: exact, then case-folded
	// (ASCII only).
	e, ok := g.exact[string(b)]
	if !ok && len(w) > 3 && isASCII(w) {
		e, ok = g.folded[w]
	}
	if ok {
		if e.demonym {
			return 4
		}
		return 1
	}
	if g.places[string(b)] {
		return 2
	}
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	if isTownHash(h) {
		return 3
	}
	return 0
}

// Word cache: the wordInfo of recent words, direct-mapped by the hash of
// the word. Words recur (function words, names in a document), and their
// look-ups (the lexicon, given names, titles) are slow.
const (
	wordCacheSize   = 4096 // entries, a power of two
	wordCacheMaxLen = 23   // longer words are not cached
)

// A wordEntry is one entry of a wordCache.
type wordEntry struct {
	n    uint8 // length of the word, 0 for an unused entry
	word [wordCacheMaxLen]byte
	info wordInfo
}

// A wordCache holds the wordInfo of recent words of one Model.
type wordCache [wordCacheSize]wordEntry

// cachedWordInfo returns m.wordInfoOf(w), from the cache c when it has
// w, adding w to c when not; c may be nil.
func (m *Model) cachedWordInfo(c *wordCache, w string) wordInfo {
	if c == nil || w == "" || len(w) > wordCacheMaxLen {
		return m.wordInfoOf(w)
	}
	e := &c[hashString(w)&(wordCacheSize-1)]
	if int(e.n) == len(w) && string(e.word[:e.n]) == w {
		return e.info
	}
	e.info = m.wordInfoOf(w)
	e.n = uint8(copy(e.word[:], w))
	return e.info
}

// boundary values for positions outside the sentence.
var (
	hashBOS = hashString("<s>")
	hashEOS = hashString("</s>")
)

// fillInfo computes the token infos of a sentence into info.
func (m *Model) fillInfo(words, upos, xpos []string, info []tokenInfo) {
	m.fillInfoCached(words, upos, xpos, info, nil)
}

// fillInfoCached is fillInfo with the word cache c (nil for none).
func (m *Model) fillInfoCached(words, upos, xpos []string, info []tokenInfo, c *wordCache) {
	m.fillInfoExcl(words, upos, xpos, info, c, nil)
}

// fillInfoExcl is fillInfoCached with the names of excl left out of the
// model's name lexicon (a training document's own names).
func (m *Model) fillInfoExcl(words, upos, xpos []string, info []tokenInfo, c *wordCache, excl lexDoc) {
	g := loadGazetteer()
	words = plainApostrophes(words)
	n := len(words)
	for i, w := range words {
		ti := &info[i]
		ti.wordInfo = m.cachedWordInfo(c, w)
		ti.up, ti.xp = 0, 0
		if i < len(upos) {
			ti.up = hashString(upos[i])
		}
		if i < len(xpos) {
			ti.xp = hashString(xpos[i])
		}
		ti.town = 0
		ti.gaz = gazNone
		ti.place = 0
		ti.run = 0
		ti.runFirst, ti.runLast, ti.runBefore, ti.runAfter = 0, 0, 0, 0
	}
	// Gazetteer: longest match first, exact spelling.
	for i := 0; i < n; {
		matched := 0
		demonym := false
		for l := min(int(info[i].gazMax), n-i); l >= 1; l-- {
			if l == 1 {
				if info[i].gazOne != 0 {
					matched, demonym = 1, info[i].gazOne == 2
				}
				break
			}
			if e, ok := g.lookupWords(words[i : i+l]); ok {
				matched, demonym = l, e.demonym
				break
			}
		}
		if matched == 0 {
			i++
			continue
		}
		kind := uint8(gazCountry)
		if demonym {
			kind = gazDemonym
		}
		if matched == 1 {
			info[i].gaz = kind + gazU
		} else {
			for j := i; j < i+matched; j++ {
				p := uint8(gazI)
				switch j {
				case i:
					p = gazB
				case i + matched - 1:
					p = gazL
				}
				info[j].gaz = kind + p
			}
		}
		i += matched
	}
	// Places: longest match first.
	for i := 0; i < n; {
		if words[i] == "" {
			i++
			continue
		}
		matched := 0
		for l := min(int(info[i].placeMax), n-i); l >= 1; l-- {
			if l == 1 && info[i].placeOne || l > 1 && g.isPlace(words[i:i+l]) {
				matched = l
				break
			}
		}
		switch matched {
		case 0:
			i++
			continue
		case 1:
			info[i].place = 1
		default:
			for j := i; j < i+matched; j++ {
				info[j].place = 3
			}
			info[i].place = 2
			info[i+matched-1].place = 4
		}
		i += matched
	}
	fillTowns(words, info)
	fillWordNet(words, info)
	m.names.fillNames(info, excl)
	// Runs of name-like words: proper nouns, or capitalised words away
	// from the sentence start that are not usually lower case. Every word
	// of a run sees the run's first and last words and the words around
	// it ("Piedmont Avenue", "in San Francisco").
	for i := 0; i < n; {
		if !nameLike(words, upos, xpos, info, i) {
			i++
			continue
		}
		j := i + 1
		for j < n && nameLike(words, upos, xpos, info, j) {
			j++
		}
		before, after := hashBOS, hashEOS
		if i > 0 {
			before = info[i-1].lw
		}
		if j < n {
			after = info[j].lw
		}
		for k := i; k < j; k++ {
			ti := &info[k]
			ti.runFirst, ti.runLast, ti.runBefore, ti.runAfter = info[i].lw, info[j-1].lw, before, after
			switch {
			case j-i == 1:
				ti.run = 1
			case k == i:
				ti.run = 2
			case k == j-1:
				ti.run = 4
			default:
				ti.run = 3
			}
		}
		i = j
	}
}

// nameLike reports whether word i may be part of a name.
func nameLike(words, upos, xpos []string, info []tokenInfo, i int) bool {
	if i < len(upos) && upos[i] == "PROPN" || i < len(xpos) && (xpos[i] == "NNP" || xpos[i] == "NNPS") {
		return true
	}
	c := info[i].capc
	return i > 0 && (c == 1 || c == 2) && info[i].lex&3 != 1 && len(words[i]) > 1
}

// lookupWords matches the words as one name of the gazetteer (countries
// and demonyms), without allocating.
func (g *gazetteer) lookupWords(ws []string) (gazEntry, bool) {
	if len(ws) == 1 {
		if !startsUpperASCII(ws[0]) {
			return gazEntry{}, false
		}
		return g.lookup(ws[0])
	}
	var buf [64]byte
	key, ok := joinWords(ws, buf[:0])
	if !ok || !(startsUpperASCII(ws[0]) || ws[0] == "the") {
		return gazEntry{}, false
	}
	e, ok := g.exact[string(key)]
	return e, ok
}

// isPlace reports whether the words form a subdivision or city name.
func (g *gazetteer) isPlace(ws []string) bool {
	if !startsUpperASCII(ws[0]) && ws[0][0] < utf8.RuneSelf {
		return false
	}
	if len(ws) == 1 {
		return g.places[ws[0]]
	}
	var buf [64]byte
	key, ok := joinWords(ws, buf[:0])
	return ok && g.places[string(key)]
}

// joinWords joins ws with spaces into b, reporting false when the last
// word does not start with a capital or the result would not fit in b.
func joinWords(ws []string, b []byte) ([]byte, bool) {
	last := ws[len(ws)-1]
	if last == "" || !startsUpperASCII(last) && last[0] < utf8.RuneSelf {
		return nil, false
	}
	n := len(ws) - 1
	for _, w := range ws {
		n += len(w)
	}
	if n > cap(b) {
		return nil, false
	}
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return b, true
}

func startsUpperASCII(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// Feature templates.
const (
	tBias = iota + 1
	tW
	tWm1
	tWp1
	tWm2
	tWp2
	tShape
	tShapeM1
	tShapeP1
	tSuf2
	tSuf3
	tSuf4
	tPre3
	tUP
	tXP
	tUPm1
	tUPp1
	tXPm1
	tXPp1
	tUPm1UP
	tUPUPp1
	tPrev
	tPrev2
	tPrevW
	tPrevShape
	tPrevUP
	tWm1W
	tWWp1
	tGaz
	tGazM1
	tGazP1
	tTitleM1
	tTitle
	tLexShape
	tLexFirst
	tFirstShape
	tWm1Shape
	tShapeShapeP1
	tXPShape
	tPrevWm1
	tRun
	tRunM1Shape
	tDate
	tWp1Shape
	tPlace
	tPlaceM1
	tPlaceP1
	tName
	tNameM1
	tNameP1
	tForm
	tRunFirst
	tRunLast
	tRunBefore
	tRunAfter
	tRunBeforeAfter
	tOrg
	tPlaceName
	tHead
	tHeadP1
	tHeadP2
	tLowGaz
	tWN
	tWNP1
	tGiven
	numTemplates
)

// maxFeatures bounds the number of features of one token.
const maxFeatures = numTemplates

// numOwnFeatures is the number of features that ownFeatures writes.
const numOwnFeatures = 18

// features writes the weight-row indices of token i's features into
// out, given the labels of the two previous tokens, and returns the number
// written: the token's own features (ownFeatures), then those of its
// context (contextFeatures).
func (m *Model) features(info []tokenInfo, i int, prev, prev2 int, out *[maxFeatures]uint32) int {
	k := m.ownFeatures(&info[i], i == 0, out)
	return k + m.contextFeatures(info, i, prev, prev2, (*[maxFeatures - numOwnFeatures]uint32)(out[k:]))
}

// ownFeatures writes the weight-row indices of the features that depend
// only on the token itself (the fields of its ownKey) into out and
// returns their number, numOwnFeatures; first says whether it is the
// sentence's first token.
func (m *Model) ownFeatures(cur *tokenInfo, first bool, out *[maxFeatures]uint32) int {
	fst := uint64(0)
	if first {
		fst = 1
	}
	tb := func(b bool) uint64 {
		if b {
			return 1
		}
		return 0
	}
	mask := m.mask
	k := 0
	add := func(t uint64, a, b uint64) {
		out[k] = uint32(mix(t, a, b) & mask)
		k++
	}
	add(tBias, 0, 0)
	add(tW, cur.lw, 0)
	add(tShape, cur.shape, 0)
	add(tSuf2, cur.suf2, 0)
	add(tSuf3, cur.suf3, 0)
	add(tSuf4, cur.suf4, 0)
	add(tPre3, cur.pre3, 0)
	add(tUP, cur.up, 0)
	add(tXP, cur.xp, 0)
	add(tTitle, tb(cur.title), uint64(cur.capc))
	add(tLexShape, uint64(cur.lex), cur.shape)
	add(tLexFirst, uint64(cur.lex), fst<<8|uint64(cur.capc))
	add(tFirstShape, fst, cur.shape)
	add(tXPShape, cur.xp, cur.shape)
	add(tDate, tb(cur.dateWord), 0)
	add(tName, uint64(cur.lex>>2), uint64(cur.capc))
	add(tForm, cur.form, 0)
	add(tHead, uint64(cur.head), uint64(cur.capc))
	return k
}

// An ownKey holds everything that ownFeatures reads of a token: tokens
// with equal keys have the same own features.
type ownKey struct {
	form, lw, shape, suf2, suf3, suf4, pre3, up, xp uint64
	capc, lex, head                                 uint8
	title, dateWord, first                          bool
	set                                             bool // always true; tells a key from an unused cache entry
}

// ownKeyOf returns the ownKey of token cur, first saying whether it is
// the sentence's first token.
func ownKeyOf(cur *tokenInfo, first bool) ownKey {
	return ownKey{
		form: cur.form, lw: cur.lw, shape: cur.shape,
		suf2: cur.suf2, suf3: cur.suf3, suf4: cur.suf4, pre3: cur.pre3,
		up: cur.up, xp: cur.xp,
		capc: cur.capc, lex: cur.lex, head: cur.head,
		title: cur.title, dateWord: cur.dateWord, first: first,
		set: true,
	}
}

// contextFeatures writes the weight-row indices of the features of token
// i that depend on the tokens around it and, unless prev is negative, on
// the labels of the two previous tokens (labelFeatures) into out, and
// returns their number.
func (m *Model) contextFeatures(info []tokenInfo, i int, prev, prev2 int, out *[maxFeatures - numOwnFeatures]uint32) int {
	n := len(info)
	cur := &info[i]
	var wm1, wm2, wp1, wp2, sm1, sp1, upm1, upp1, xpm1, xpp1 uint64
	var gm1, gp1 uint8
	titleM1 := false
	var headP1, headP2 uint8
	capP1 := uint8(255)
	var runM1 uint8
	placeM1, placeP1, nameM1, nameP1 := uint8(255), uint8(255), uint8(255), uint8(255)
	if i > 0 {
		p := &info[i-1]
		wm1, sm1, upm1, xpm1, gm1, titleM1, runM1 = p.lw, p.shape, p.up, p.xp, p.gaz, p.title, p.run
		placeM1, nameM1 = p.place, p.lex>>2
	} else {
		wm1, sm1, upm1, xpm1 = hashBOS, hashBOS, hashBOS, hashBOS
		gm1 = 255
	}
	if i > 1 {
		wm2 = info[i-2].lw
	} else {
		wm2 = hashBOS
	}
	if i+1 < n {
		p := &info[i+1]
		wp1, sp1, upp1, xpp1, gp1 = p.lw, p.shape, p.up, p.xp, p.gaz
		placeP1, nameP1 = p.place, p.lex>>2
		headP1, capP1 = p.head, p.capc
	} else {
		wp1, sp1, upp1, xpp1 = hashEOS, hashEOS, hashEOS, hashEOS
		gp1 = 255
	}
	if i+2 < n {
		wp2 = info[i+2].lw
		if info[i+1].capc != 0 {
			headP2 = info[i+2].head
		}
	} else {
		wp2 = hashEOS
	}
	tb := func(b bool) uint64 {
		if b {
			return 1
		}
		return 0
	}
	mask := m.mask
	k := 0
	add := func(t uint64, a, b uint64) {
		out[k] = uint32(mix(t, a, b) & mask)
		k++
	}
	add(tWm1, wm1, 0)
	add(tWp1, wp1, 0)
	add(tWm2, wm2, 0)
	add(tWp2, wp2, 0)
	add(tShapeM1, sm1, 0)
	add(tShapeP1, sp1, 0)
	add(tUPm1, upm1, 0)
	add(tUPp1, upp1, 0)
	add(tXPm1, xpm1, 0)
	add(tXPp1, xpp1, 0)
	add(tUPm1UP, upm1, cur.up)
	add(tUPUPp1, cur.up, upp1)
	if prev >= 0 {
		k += m.labelFeatures(info, i, prev, prev2, (*[numLabelFeatures]uint32)(out[k:]))
	}
	add(tWm1W, wm1, cur.lw)
	add(tWWp1, cur.lw, wp1)
	add(tGaz, uint64(cur.gaz), 0)
	add(tGazM1, uint64(gm1), 0)
	add(tGazP1, uint64(gp1), 0)
	add(tTitleM1, tb(titleM1), uint64(cur.capc))
	add(tWm1Shape, wm1, cur.shape)
	add(tShapeShapeP1, cur.shape, sp1)
	add(tRun, uint64(cur.run), uint64(cur.capc))
	add(tRunM1Shape, uint64(runM1), uint64(cur.run)<<8|uint64(cur.capc))
	add(tWp1Shape, wp1, cur.shape)
	add(tPlace, uint64(cur.place), uint64(cur.capc))
	add(tPlaceM1, uint64(placeM1), uint64(cur.place))
	add(tPlaceP1, uint64(placeP1), uint64(cur.place))
	add(tNameM1, uint64(nameM1), uint64(cur.lex>>2))
	add(tNameP1, uint64(nameP1), uint64(cur.lex>>2))
	add(tRunFirst, cur.runFirst, uint64(cur.run))
	add(tRunLast, cur.runLast, uint64(cur.run))
	add(tRunBefore, cur.runBefore, uint64(cur.run))
	add(tRunAfter, cur.runAfter, uint64(cur.run))
	add(tRunBeforeAfter, cur.runBefore, cur.runAfter)
	add(tOrg, uint64(cur.nlex)<<8|uint64(cur.nlexCode), uint64(cur.capc))
	add(tPlaceName, uint64(cur.place)<<8|uint64(cur.lex>>2), uint64(cur.run))
	add(tHeadP1, uint64(headP1), uint64(cur.capc)<<8|uint64(capP1))
	add(tHeadP2, uint64(headP2), uint64(cur.capc))
	// Given names, WordNet names and "kerala": only where there are some,
	// to save the look-ups of the other tokens.
	if g := givenContext(info, i); g != 0 {
		add(tGiven, g, uint64(cur.capc))
	}
	if cur.wn != 0 {
		add(tWN, uint64(cur.wn)<<8|uint64(cur.wnClass), uint64(cur.capc))
	}
	if i+1 < n && info[i+1].wn != 0 {
		add(tWNP1, uint64(info[i+1].wn)<<8|uint64(info[i+1].wnClass), uint64(cur.wn))
	}
	if cur.lowGaz != 0 {
		lm1 := uint8(0)
		if i > 0 {
			lm1 = info[i-1].lowGaz
		}
		add(tLowGaz, uint64(cur.lowGaz), uint64(lm1))
	}
	return k
}

// numLabelFeatures is the number of features that labelFeatures writes.
const numLabelFeatures = 6

// labelFeatures writes the weight-row indices of the features of token i
// that depend on the labels of the two previous tokens into out and
// returns their number, numLabelFeatures.
func (m *Model) labelFeatures(info []tokenInfo, i int, prev, prev2 int, out *[numLabelFeatures]uint32) int {
	cur := &info[i]
	wm1 := hashBOS
	if i > 0 {
		wm1 = info[i-1].lw
	}
	pl, pl2 := uint64(prev), uint64(prev2)
	mask := m.mask
	out[0] = uint32(mix(tPrev, pl, 0) & mask)
	out[1] = uint32(mix(tPrev2, pl, pl2) & mask)
	out[2] = uint32(mix(tPrevW, pl, cur.lw) & mask)
	out[3] = uint32(mix(tPrevShape, pl, cur.shape) & mask)
	out[4] = uint32(mix(tPrevUP, pl, cur.up) & mask)
	out[5] = uint32(mix(tPrevWm1, pl, wm1) & mask)
	return numLabelFeatures
}

// numWordLabelFeatures is the number of features that
// wordLabelFeatures writes.
const numWordLabelFeatures = 4

// wordLabelFeatures writes the weight-row indices of the features of
// labelFeatures that join the previous label with the words (the last
// four; the first two depend on the labels alone) into out.
func (m *Model) wordLabelFeatures(info []tokenInfo, i int, prev int, out *[numWordLabelFeatures]uint32) {
	cur := &info[i]
	wm1 := hashBOS
	if i > 0 {
		wm1 = info[i-1].lw
	}
	pl := uint64(prev)
	mask := m.mask
	out[0] = uint32(mix(tPrevW, pl, cur.lw) & mask)
	out[1] = uint32(mix(tPrevShape, pl, cur.shape) & mask)
	out[2] = uint32(mix(tPrevUP, pl, cur.up) & mask)
	out[3] = uint32(mix(tPrevWm1, pl, wm1) & mask)
}

// lexClass returns what the model's lexicon knows of a word: in bits 0-1
// its capitalisation habit (0 unknown, 1 usually lower case, 2 mixed, 3
// usually capitalised), bit 2 set when it starts multi-word names (a
// given name), bit 3 when it ends them (a family name).
func (m *Model) lexClass(lw uint64) uint8 {
	if m.lex == nil {
		return 0
	}
	return m.lex[lw]
}

// UsuallyLower reports whether the model's training text writes word w
// (in any case) mostly in lower case: capitalised, it is a common word at
// the start of a sentence or a quotation, not a name.
func (m *Model) UsuallyLower(w string) bool {
	return m.lexClass(hashLower(w))&3 == 1
}

// capHabit buckets the share of capitalised occurrences of a word.
func capHabit(capitalised, total int) uint8 {
	switch r := float64(capitalised) / float64(total); {
	case r < 0.1:
		return 1
	case r > 0.9:
		return 3
	default:
		return 2
	}
}

// startsUpper reports whether w begins with an upper-case letter.
func startsUpper(w string) bool {
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// fillWordNet sets the wn and wnClass fields of info: the position of
// each word in the longest WordNet name matched at it (as fillTowns) and
// the name's class bits. It reads wnMax of the words' wordInfo.
func fillWordNet(words []string, info []tokenInfo) {
	n := len(words)
	wn := loadWordNet()
	for i := 0; i < n; {
		info[i].wn, info[i].wnClass = 0, 0
		matched, class := 0, uint8(0)
		for l := min(int(info[i].wnMax), n-i); l >= 1; l-- {
			var buf [64]byte
			key, ok := joinWords(words[i:i+l], buf[:0])
			if !ok {
				continue
			}
			if c, ok := wn.names[string(key)]; ok {
				matched, class = l, c
				break
			}
		}
		if matched == 0 {
			i++
			continue
		}
		for j := i; j < i+matched; j++ {
			info[j].wn, info[j].wnClass = 3, class
		}
		if matched == 1 {
			info[i].wn = 1
		} else {
			info[i].wn = 2
			info[i+matched-1].wn = 4
		}
		i += matched
	}
}

// givenContext returns bits 0, 1 and 2 set when token i, the token before
// it and the token after it are given names.
func givenContext(info []tokenInfo, i int) uint64 {
	g := uint64(boolInt(info[i].given))
	if i > 0 && info[i-1].given {
		g |= 2
	}
	if i+1 < len(info) && info[i+1].given {
		g |= 4
	}
	return g
}

// isASCII reports whether w is all ASCII.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// plainApostrophes returns words with typographic apostrophes (’ and ‘)
// written as the typewriter one, so that "O’Malley" and "O'Malley" are
// the same word to every feature and the document pass; words itself
// when none has one.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'")

func plainApostrophes(words []string) []string {
	var out []string
	for i, w := range words {
		if !strings.ContainsAny(w, "’‘") {
			continue
		}
		if out == nil {
			out = slices.Clone(words)
		}
		out[i] = apostrophes.Replace(w)
	}
	if out == nil {
		return words
	}
	return out
}
