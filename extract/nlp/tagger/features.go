package tagger

import (
	"unicode"
	"unicode/utf8"
)

// Feature hashing. Every feature is a 64-bit hash of a template number and
// one or two word or tag properties; the hashes of a word's properties are
// computed once per sentence position (wordInfo), and the features of a
// position are then cheap combinations of them. Nothing here allocates.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	golden    = 0x9E3779B97F4A7C15
)

// mix is a 64-bit finaliser (murmur3's fmix64).
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// feat1 and feat2 combine a template number with one or two values.
func feat1(t int, a uint64) uint64 { return mix(a ^ uint64(t+1)*golden) }
func feat2(t int, a, b uint64) uint64 {
	return mix(mix(a^uint64(t+1)*golden) + b*0xc2b2ae3d27d4eb4f)
}

// hashString is FNV-1a over the bytes of s, finalised.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return mix(h)
}

// hashRune adds the UTF-8 bytes of r to an FNV-1a state.
func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		h ^= uint64(r)
		return h * fnvPrime
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for i := 0; i < n; i++ {
		h ^= uint64(buf[i])
		h *= fnvPrime
	}
	return h
}

func lowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// hashLower hashes the lower-cased s; it equals hashString(strings.ToLower(s))
// for valid UTF-8.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		h = hashRune(h, unicode.ToLower(r))
		i += n
	}
	return mix(h)
}

// hashNorm hashes the lower-cased s with every digit replaced by '0', so
// that numbers of one shape share a feature.
func hashNorm(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				c = '0'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		h = hashRune(h, unicode.ToLower(r))
		i += n
	}
	return mix(h)
}

// Shape flags of a word.
const (
	flagUpperFirst = 1 << iota
	flagAllUpper
	flagHasDigit
	flagHasHyphen
	flagHasPeriod
	flagHasLower
	flagAllDigit
	flagHasOther
)

// shape returns a hash of the word's collapsed shape ("Blinken" → "Xx",
// "U.S." → "X.X.", "2024" → "d") and its flags. Runs of one character class
// collapse to one symbol; the shape is truncated after 8 symbols.
func shape(s string) (uint64, uint8) {
	h := uint64(fnvOffset)
	var flags uint8
	var last byte
	n := 0
	upper, digit, letters := 0, 0, 0
	first := true
	for _, r := range s {
		var c byte
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			c = 'x'
			flags |= flagHasLower
			letters++
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			c = 'X'
			upper++
			letters++
		case r < utf8.RuneSelf && '0' <= r && r <= '9':
			c = 'd'
			digit++
			flags |= flagHasDigit
		case r < utf8.RuneSelf:
			c = byte(r)
			switch r {
			case '-':
				flags |= flagHasHyphen
			case '.':
				flags |= flagHasPeriod
			}
		case unicode.IsUpper(r):
			c = 'X'
			upper++
			letters++
		case unicode.IsLetter(r):
			c = 'x'
			flags |= flagHasLower
			letters++
		case unicode.IsDigit(r):
			c = 'd'
			digit++
			flags |= flagHasDigit
		default:
			c = '*'
			flags |= flagHasOther
		}
		if first && c == 'X' {
			flags |= flagUpperFirst
		}
		first = false
		if c != last && n < 8 {
			h ^= uint64(c)
			h *= fnvPrime
			n++
		}
		last = c
	}
	if letters > 0 && upper == letters {
		flags |= flagAllUpper
	}
	if digit > 0 && digit == utf8.RuneCountInString(s) {
		flags |= flagAllDigit
	}
	return mix(h), flags
}

// affixes fills suf[k-1] and pre[k-1] with hashes of the lower-cased last
// and first k runes of s, for k = 1..maxAffix. Words shorter than k runes
// get the hash of the whole word with a marker.
func affixes(s string, suf, pre *[maxAffix]uint64) {
	// Suffixes: walk back rune by rune, hashing the reversed suffix.
	h := uint64(fnvOffset)
	i := len(s)
	for k := 0; k < maxAffix; k++ {
		if i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			i -= n
			h = hashRune(h, lowerRune(r))
			suf[k] = mix(h)
		} else {
			suf[k] = mix(h ^ 0x5a5a)
		}
	}
	h = fnvOffset
	i = 0
	for k := 0; k < maxAffix; k++ {
		if i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			h = hashRune(h, lowerRune(r))
			pre[k] = mix(h)
		} else {
			pre[k] = mix(h ^ 0xa5a5)
		}
	}
}

const maxAffix = 5

// wordInfo holds the hashed properties of one sentence position.
type wordInfo struct {
	norm     uint64 // lower case, digits folded
	form     uint64 // exact form
	shape    uint64
	suf      [maxAffix]uint64
	pre      [maxAffix]uint64
	amb      uint64 // ambiguity class (tags seen in training), 0 if unseen
	clus     uint32 // cluster bit string, with a leading 1 bit; 0 if none
	flags    uint8
	lexFlags uint8
	fixed    int16 // class from the tag dictionary, or -1
	static   int32 // row of the word in Model.static, or -1
	padTag   bool  // a padding position outside the sentence
}

// Padding values for positions before and after the sentence.
var (
	padStart = wordInfo{norm: 0x1111, form: 0x1111, shape: 0x1111, amb: 0x1111, fixed: -1, static: 0, padTag: true}
	padEnd   = wordInfo{norm: 0x2222, form: 0x2222, shape: 0x2222, amb: 0x2222, fixed: -1, static: 1, padTag: true}
)

// fillInfo computes the properties of word w.
func (m *Model) fillInfo(w string, wi *wordInfo) {
	h := hashString(w)
	if m.vocabInfo != nil {
		if i := m.vocabIx.find(h); i >= 0 {
			*wi = m.vocabInfo[i]
			return
		}
	}
	m.computeInfo(w, h, wi)
}

// computeInfo computes the properties of word w, whose hash is h.
func (m *Model) computeInfo(w string, h uint64, wi *wordInfo) {
	wi.form = h
	wi.norm = hashNorm(w)
	wi.shape, wi.flags = shape(w)
	affixes(w, &wi.suf, &wi.pre)
	lower := hashLower(w)
	wi.amb = 0
	wi.clus = 0
	wi.lexFlags = 0
	if i := m.lexIx.find(lower); i >= 0 {
		wi.amb = m.lexAmb[i]
		wi.clus = m.lexClus[i]
		wi.lexFlags = m.lexFlags[i]
	}
	wi.fixed = -1
	if i := m.dictIx.find(wi.form); i >= 0 {
		wi.fixed = int16(m.dictCls[i])
	}
	wi.static = -1
	if i := m.vocabIx.find(wi.form); i >= 0 {
		wi.static = int32(i + 2)
	}
	wi.padTag = false
}

// Template numbers.
const (
	tBias = iota
	tNorm
	tForm
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape
	tFlags
	tPrevNorm
	tNextNorm
	tPrev2Norm
	tNext2Norm
	tPrevSuf3
	tNextSuf3
	tPrevShape
	tNextShape
	tPrevTag
	tPrev2Tag
	tPrevTags
	tPrevTagNorm
	tPrevNormNorm
	tNormNextNorm
	tFirstShape
	tAmb
	tNextAmb
	tPrevTagNextNorm
	tPrevTagSuf3
	tNext2Amb
	tPrevTagAmb
	tAmbNextAmb
	tCase
	tSuf5

	tClusCoarse
	tClusMedium
	tClusFine
	tPrevClus
	tNextClus
	tNextClusMedium
	tPrev2Clus
	tNext2Clus
	tPrevTagClus
	tClusNextClus
	numTemplates
)

// keyMask keeps the low 40 bits of feature hashes: enough to make
// collisions rare among a few million features, and cheap to store.
const keyMask = 1<<40 - 1

// maxFeatures bounds the features of one position.
const maxFeatures = numTemplates

// Cluster numbers of a packed cluster value (see packClusters); words
// without clusters get distinct values.
func clusFine(c uint32) uint64   { return uint64(c&1023) | uint64(c>>31)<<12 }
func clusMedium(c uint32) uint64 { return uint64(c>>10&127) | uint64(c>>31)<<12 }
func clusCoarse(c uint32) uint64 { return uint64(c>>17&31) | uint64(c>>31)<<12 }

// Roles of a word relative to the position being tagged. The features of
// a word in a role depend on that word alone, so a model can add them up
// in advance for frequent words (Model.static).
const (
	roleSelf = iota
	rolePrev
	roleNext
	rolePrev2
	roleNext2
	numRoles
)

// roleOffset is the position of each role relative to the tagged word.
var roleOffset = [numRoles]int{0, -1, 1, -2, 2}

// roleFeatures writes at out[n:] the features of word w in role r and
// returns the new count.
func roleFeatures(r int, w *wordInfo, out *[maxFeatures]uint64, n int, useClusters bool) int {
	add := func(h uint64) {
		out[n] = h & keyMask
		n++
	}
	switch r {
	case roleSelf:
		add(feat1(tNorm, w.norm))
		add(feat1(tForm, w.form))
		add(feat1(tSuf1, w.suf[0]))
		add(feat1(tSuf2, w.suf[1]))
		add(feat1(tSuf3, w.suf[2]))
		add(feat1(tSuf4, w.suf[3]))
		add(feat1(tSuf5, w.suf[4]))
		add(feat1(tPre1, w.pre[0]))
		add(feat1(tPre2, w.pre[1]))
		add(feat1(tPre3, w.pre[2]))
		add(feat1(tShape, w.shape))
		add(feat1(tFlags, uint64(w.flags)))
		add(feat1(tAmb, w.amb))
		if useClusters {
			add(feat1(tClusCoarse, clusCoarse(w.clus)))
			add(feat1(tClusMedium, clusMedium(w.clus)))
			add(feat1(tClusFine, clusFine(w.clus)))
		}
	case rolePrev:
		add(feat1(tPrevNorm, w.norm))
		add(feat1(tPrevSuf3, w.suf[2]))
		add(feat1(tPrevShape, w.shape))
		if useClusters {
			add(feat1(tPrevClus, clusFine(w.clus)))
		}
	case roleNext:
		add(feat1(tNextNorm, w.norm))
		add(feat1(tNextSuf3, w.suf[2]))
		add(feat1(tNextShape, w.shape))
		add(feat1(tNextAmb, w.amb))
		if useClusters {
			add(feat1(tNextClus, clusFine(w.clus)))
			add(feat1(tNextClusMedium, clusMedium(w.clus)))
		}
	case rolePrev2:
		add(feat1(tPrev2Norm, w.norm))
		if useClusters {
			add(feat1(tPrev2Clus, clusMedium(w.clus)))
		}
	case roleNext2:
		add(feat1(tNext2Norm, w.norm))
		add(feat1(tNext2Amb, w.amb))
		if useClusters {
			add(feat1(tNext2Clus, clusMedium(w.clus)))
		}
	}
	return n
}

// tagFeatures writes at out[n:] the features of the two previous tags
// alone and returns the new count.
func tagFeatures(p1, p2 int, out *[maxFeatures]uint64, n int) int {
	t1 := uint64(p1 + 2)
	t2 := uint64(p2 + 2)
	out[n] = feat1(tPrevTag, t1) & keyMask
	out[n+1] = feat1(tPrev2Tag, t2) & keyMask
	out[n+2] = feat2(tPrevTags, t1, t2) & keyMask
	return n + 3
}

// contextFeatures writes at out[n:] the features of position i that
// depend on more than one word or on a word and the previous tag, and
// returns the new count. The bias and tagFeatures are not among them.
func contextFeatures(infos []wordInfo, i int, p1 int, out *[maxFeatures]uint64, n int, useClusters bool) int {
	w := &infos[i]
	wp, wn := &infos[i-1], &infos[i+1]
	t1 := uint64(p1 + 2)
	add := func(h uint64) {
		out[n] = h & keyMask
		n++
	}
	add(feat2(tPrevTagNorm, t1, w.norm))
	add(feat2(tPrevNormNorm, wp.norm, w.norm))
	add(feat2(tNormNextNorm, w.norm, wn.norm))
	first := uint64(0)
	if wp.padTag {
		first = 1
		add(feat2(tFirstShape, w.shape, uint64(w.flags)))
	}
	add(feat2(tPrevTagNextNorm, t1, wn.norm))
	add(feat2(tPrevTagSuf3, t1, w.suf[2]))
	add(feat2(tPrevTagAmb, t1, w.amb))
	add(feat2(tAmbNextAmb, w.amb, wn.amb))
	add(feat2(tCase, uint64(w.lexFlags)<<8|uint64(w.flags&(flagUpperFirst|flagAllUpper)), first))
	if useClusters {
		add(feat2(tPrevTagClus, t1, clusFine(w.clus)))
		add(feat2(tClusNextClus, clusMedium(w.clus), clusMedium(wn.clus)))
	}
	return n
}

// biasFeature is the feature every position has.
var biasFeature = feat1(tBias, 0) & keyMask

// features writes all the feature hashes of position i (an index into
// infos, which has two padding positions on each side) given the classes
// predicted for the two previous positions (-1 for padding), and returns
// how many it wrote. The first is the bias.
func features(infos []wordInfo, i int, p1, p2 int, out *[maxFeatures]uint64, useClusters bool) int {
	out[0] = biasFeature
	n := 1
	for r := range numRoles {
		n = roleFeatures(r, &infos[i+roleOffset[r]], out, n, useClusters)
	}
	n = tagFeatures(p1, p2, out, n)
	return contextFeatures(infos, i, p1, out, n, useClusters)
}
