package coref

import "strings"

// Features are 64-bit hashes of a template number and its values; the
// model's weight of a feature is w[hash & mask].

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func mix(h, x uint64) uint64 {
	h ^= x + 0x9e3779b97f4a7c15 + h<<6 + h>>2
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>31
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// Feature templates. Retired templates keep their place, so that the
// numbers (and the hashes of the saved model) stay the same.
const (
	_ uint64 = iota + 1
	tSentDist
	_ // retired: MentDist
	tCandKind
	_ // retired: CandClass
	_ // retired: CandRole
	tRoles
	tNumber
	_ // retired: Gender
	tClasses
	_ // retired: ClassDist
	tQuote
	_ // retired: SentFirst
	tCoArg
	tChainSize
	_ // retired: ChainName
	tChainGender
	_ // retired: ChainNumber
	tChainSame
	tHeadMatch
	tLemClass
	_ // retired: LemType
	tLemLem
	tLemLast
	tChainHead
	_ // retired: ModMatch
	_ // retired: DetKind
	_ // retired: DistMatch
	tFormKind
	tCandLemma
	tCandSubj
	tNull
	tNullForm
	tNullRole
	tNullPleon
	tNullQuote
	tNullLemma
	tNullSeen
	tNullMods
	tNullDet
	tNullClass
	tNullFirst
	tNullClassSeen
	tNullCands
	_ // retired: ChainKinds
	_ // retired: NameGender
	tDistKind
	tPredNom
	_ // retired: Appos
	tNameHead
	_ // retired: Parallel
	tClassName
)

// entity is what decoding knows of a chain built so far.
type entity struct {
	size     int
	names    int
	class    uint8 // class of its first name, else of its first mention
	nameGen  uint8 // gender of its names
	pronGen  [4]int
	plural   int
	singular int
	pronouns uint16    // bit per pronoun base seen (see baseBit)
	kinds    uint8     // bit per Kind seen
	lemmas   [6]uint64 // head lemmas of its nominal mentions, the first six
	nlemmas  int
}

func baseBit(b string) uint16 {
	switch b {
	case "he":
		return 1
	case "she":
		return 2
	case "it":
		return 4
	case "they":
		return 8
	case "i":
		return 16
	case "we":
		return 32
	case "you":
		return 64
	}
	return 0
}

func (e *entity) gender() uint8 {
	if e.nameGen != 0 {
		return e.nameGen
	}
	best, g := 0, uint8(0)
	for k := 1; k < 4; k++ {
		if e.pronGen[k] > best {
			best, g = e.pronGen[k], uint8(k)
		}
	}
	return g
}

func (e *entity) number() uint8 {
	switch {
	case e.plural > e.singular:
		return numPlur
	case e.singular > 0:
		return numSing
	}
	return numUnknown
}

func (e *entity) add(m *ment, lh uint64) {
	e.size++
	e.kinds |= 1 << m.Kind
	if m.Kind == Name {
		e.names++
		if e.names == 1 {
			e.class = m.class
			e.nameGen = m.gender
		}
	} else if e.size == 1 {
		e.class = m.class
	}
	if m.Kind == Pronoun || m.Kind == Speaker {
		e.pronouns |= baseBit(m.pron.base)
		e.pronGen[m.gender]++
	}
	switch m.number {
	case numPlur:
		e.plural++
	case numSing:
		e.singular++
	}
	if m.Kind != Pronoun && m.Kind != Speaker && e.nlemmas < len(e.lemmas) {
		e.lemmas[e.nlemmas] = lh
		e.nlemmas++
	}
}

func bucket(n int) uint64 {
	switch {
	case n < 4:
		return uint64(n)
	case n < 6:
		return 4
	case n < 10:
		return 5
	case n < 20:
		return 6
	}
	return 7
}

// hashes of a mention's strings, computed once per document.
type mentHash struct {
	anaphor uint64 // the anaphor key: pronoun base, or "desc"
	form    uint64
	role    uint64
	lemma   uint64
	last    uint64
	typ     uint64
	det     uint64
}

func hashMention(m *ment) mentHash {
	h := mentHash{
		role:  hashString(baseRel(m.role)),
		lemma: hashString(m.lemma),
		last:  hashString(m.last),
		typ:   hashString(m.Type),
		det:   hashString(m.det),
	}
	switch m.Kind {
	case Pronoun, Speaker:
		h.anaphor = hashString(m.pron.base)
		h.form = mix(h.anaphor, pack(b2u(m.pron.poss), b2u(m.pron.refl)))
	case Name:
		h.anaphor = hashString("name")
		h.form = h.anaphor
	default:
		h.anaphor = hashString("desc")
		h.form = h.anaphor
	}
	return h
}

// numTemplates bounds the template numbers.
const numTemplates = 64

// bases holds the hash of each template with one anaphor's key, so that a
// feature costs one mix per candidate.
type bases [numTemplates]uint64

func (b *bases) set(anaphor uint64) {
	for t := range b {
		b[t] = mix(uint64(t), anaphor)
	}
}

// pack packs small values (each below 256) into one.
func pack(vs ...uint64) uint64 {
	var x uint64
	for _, v := range vs {
		x = x<<8 | v&0xff
	}
	return x
}

// two combines two hashes into one value.
func two(a, b uint64) uint64 { return a*0x100000001b3 ^ b }

// pairFeatures appends the features of linking anaphor a to candidate c
// (whose chain is e) to buf. Values are packed into few conjoined
// features: each feature is a random memory access at decoding time.
func pairFeatures(buf []uint64, b *bases, a, c *ment, ah, ch *mentHash, e *entity, ai, ci int) []uint64 {
	sd := a.Sentence - c.Sentence
	sdb := bucket(sd)
	md := bucket(ai - ci - 1)
	cp := uint64(0)
	if c.Kind == Pronoun || c.Kind == Speaker {
		cp = ch.form
	}
	ck, ccls, acls := uint64(c.Kind), uint64(c.class), uint64(a.class)
	subj := b2u(strings.HasPrefix(c.role, "nsubj"))
	var fs [24]uint64
	n := 0
	f := func(t, v uint64) { fs[n] = mix(b[t], v); n++ }
	f(tSentDist, pack(sdb, md))
	f(tCandKind, two(ck, cp))
	f(tDistKind, pack(ck, ccls, sdb))
	f(tRoles, two(ah.role, ch.role))
	f(tNumber, pack(uint64(a.number), uint64(c.number), uint64(a.gender), uint64(c.gender)))
	f(tClasses, pack(acls, ccls))
	f(tQuote, pack(b2u(a.quoted), b2u(c.quoted), b2u(sd == 0), b2u(c.sentFirst)))
	f(tCoArg, pack(b2u(sd == 0 && a.parent >= 0 && a.parent == c.parent), b2u(a.pron.refl), b2u(a.pron.poss)))
	f(tCandSubj, pack(subj, b2u(a.role == c.role), sdb))
	f(tChainSize, pack(bucket(e.size), b2u(e.names > 0), uint64(e.class)))
	f(tChainGender, pack(uint64(a.gender), uint64(e.gender()), uint64(a.number), uint64(e.number())))
	f(tChainSame, pack(b2u(e.pronouns&baseBit(a.pron.base) != 0), uint64(e.kinds)))
	if sd == 0 {
		// "X is the Y", "X, the Y": a predicate or an apposition.
		f(tPredNom, pack(b2u(c.parent == a.Head && subj == 1), b2u(a.cop), b2u(a.role == "appos" && a.parent == c.Head)))
	}
	if c.Kind == Name {
		f(tClassName, pack(b2u(a.class != clsUnknown && a.class == c.class), b2u(c.Type != ""), uint64(c.gender), sdb))
	}
	if a.Kind == Description || a.Kind == Name {
		hm := a.lemma == c.lemma && c.Kind != Pronoun && c.Kind != Speaker
		inChain := false
		for _, l := range e.lemmas[:e.nlemmas] {
			if l == ah.lemma {
				inChain = true
				break
			}
		}
		f(tHeadMatch, pack(b2u(hm), ck, sdb, b2u(a.mods > 0), b2u(c.mods > 0)))
		f(tChainHead, pack(b2u(inChain), b2u(e.names > 0)))
		f(tLemClass, two(ah.lemma, ccls))
		if c.Kind == Name {
			f(tLemLast, two(ah.lemma, ch.last))
			f(tNameHead, b2u(c.last == a.lemma || len(c.last) == len(a.lemma)+1 && c.last[len(a.lemma)] == 's' && strings.HasPrefix(c.last, a.lemma)))
		} else {
			f(tLemLem, two(ah.lemma, ch.lemma))
		}
	} else {
		f(tFormKind, two(ah.form, pack(ck, ccls)))
		if c.Kind == Other || c.Kind == Description {
			f(tCandLemma, ch.lemma)
		}
	}
	return append(buf, fs[:n]...)
}

// nullFeatures appends the features of leaving a without an antecedent.
// seen: an earlier candidate has a's head lemma; classSeen: an earlier
// name has a's class; cands: the number of candidates.
func nullFeatures(buf []uint64, b *bases, a *ment, ah *mentHash, seen, classSeen bool, cands int) []uint64 {
	f := func(t, v uint64) { buf = append(buf, mix(b[t], v)) }
	f(tNull, 0)
	f(tNullForm, ah.form)
	f(tNullRole, ah.role)
	f(tNullQuote, b2u(a.quoted))
	f(tNullCands, bucket(cands))
	f(tNullFirst, b2u(a.Sentence == 0))
	if a.Kind == Description || a.Kind == Name {
		f(tNullLemma, ah.lemma)
		f(tNullSeen, b2u(seen))
		f(tNullMods, pack(uint64(min(a.mods, 3)), b2u(a.relcl)))
		f(tNullDet, ah.det)
		f(tNullClass, uint64(a.class))
		f(tNullClassSeen, pack(uint64(a.class), b2u(classSeen)))
	} else {
		f(tNullPleon, b2u(a.pleon))
	}
	return buf
}
