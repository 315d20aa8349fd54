package tagger

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
)

// maxRuleSuffix is the longest word ending (in bytes) a lemma rule is
// conditioned on.
const maxRuleSuffix = 6

// A rule turns a word into its lemma: drop the last cut bytes, append add.
type rule struct {
	cut int
	add string
}

// lemmatizer finds lemmas: first in a table of the (form, tag) pairs seen
// in training, then by the suffix rule learned for the word's ending and
// XPOS tag.
type lemmatizer struct {
	table strTable // lemmaKey(form or lower form, class) → lemma
	rules strTable // ruleKey(xpos, ending) → rule: cut as a byte, then add
	// caseMode per class for capitalised words missing from the table:
	// 0 lower-case, 1 keep case, 2 keep case unless the lower-case form
	// is a known word.
	caseMode []uint8
	lower    keyIndex // hashes of lower-case forms seen in training
	// ruleSeeds[c] is ruleSeed(classes[c].xpos), when set (see
	// Model.buildStatic).
	ruleSeeds []uint64
}

const (
	keyExact = 101
	keyLower = 102
	keyRule  = 103
)

func lemmaKey(t int, formHash uint64, c int) uint64 { return feat2(t, formHash, uint64(c)) }
func ruleKey(xpos string, ending string) uint64 {
	return ruleKeySeeded(ruleSeed(xpos), ending)
}

// ruleSeed and ruleKeySeeded split ruleKey (feat2 is feat1 of its first
// value, then mixed with the second), so that the part that depends on
// the tag alone is computed once per word, or once per class.
func ruleSeed(xpos string) uint64 { return feat1(keyRule, hashString(xpos)) }
func ruleKeySeeded(seed uint64, ending string) uint64 {
	return ruleKeyHashed(seed, hashString(ending))
}

// ruleKeyHashed is ruleKeySeeded with the hash of the ending.
func ruleKeyHashed(seed, ending uint64) uint64 { return mix(seed + ending*0xc2b2ae3d27d4eb4f) }

// ruleFor returns the rule that maps lower-case form to lower-case lemma.
func ruleFor(form, lemma string) rule {
	p := 0
	for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
		p++
	}
	for p > 0 && p < len(form) && !utf8.RuneStart(form[p]) {
		p-- // do not split a rune
	}
	return rule{cut: len(form) - p, add: lemma[p:]}
}

// lowerTemp returns strings.ToLower(s). When s is ASCII, at most
// len(buf) bytes long and has upper-case letters, the result is built in
// buf and shares its memory: it must not outlive buf.
func lowerTemp(s string, buf *[64]byte) string {
	if len(s) > len(buf) {
		return strings.ToLower(s)
	}
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return unsafe.String(&b[0], len(b))
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// learnLemmatizer learns the lemma table, suffix rules and case handling
// from the training sentences.
func learnLemmatizer(train []conllu.Sentence, m *Model) lemmatizer {
	type key struct {
		form string
		c    int
	}
	exact := map[key]map[string]int{}
	lowerT := map[key]map[string]int{}
	type rkey struct{ xpos, ending string }
	ruleCounts := map[rkey]map[rule]int{}
	seenType := map[[3]string]bool{}
	keep := make([][2]int, len(m.classes))
	var lz lemmatizer
	table := map[uint64]string{}
	rules := map[uint64]string{}
	lower := map[uint64]bool{}
	inc := func(mp map[key]map[string]int, k key, l string) {
		if mp[k] == nil {
			mp[k] = map[string]int{}
		}
		mp[k][l]++
	}
	for _, s := range train {
		for _, w := range s.Words {
			if w.Lemma == "_" && w.Form != "_" {
				continue
			}
			c := m.classIndex[class{w.UPOS, w.XPOS}]
			inc(exact, key{w.Form, c}, w.Lemma)
			lf := strings.ToLower(w.Form)
			inc(lowerT, key{lf, c}, w.Lemma)
			if lf == w.Form {
				lower[hashString(lf)] = true
			}
			if isCapitalised(w.Form) {
				if isCapitalised(w.Lemma) {
					keep[c][1]++
				} else {
					keep[c][0]++
				}
			}
			t := [3]string{lf, w.XPOS, strings.ToLower(w.Lemma)}
			if seenType[t] {
				continue
			}
			seenType[t] = true
			r := ruleFor(t[0], t[2])
			for k := 0; k <= maxRuleSuffix && k <= len(lf); k++ {
				rk := rkey{w.XPOS, lf[len(lf)-k:]}
				if ruleCounts[rk] == nil {
					ruleCounts[rk] = map[rule]int{}
				}
				ruleCounts[rk][r]++
			}
		}
	}
	best := func(cs map[string]int) string {
		var b string
		bn := -1
		for l, n := range cs {
			if n > bn || (n == bn && l < b) {
				b, bn = l, n
			}
		}
		return b
	}
	for rk, cs := range ruleCounts {
		total := 0
		var br rule
		bn := -1
		rs := make([]rule, 0, len(cs))
		for r := range cs {
			rs = append(rs, r)
		}
		sort.Slice(rs, func(a, b int) bool {
			if rs[a].cut != rs[b].cut {
				return rs[a].cut < rs[b].cut
			}
			return rs[a].add < rs[b].add
		})
		for _, r := range rs {
			n := cs[r]
			total += n
			if n > bn {
				br, bn = r, n
			}
		}
		// Endings seen with one word only are too specific.
		if len(rk.ending) > 1 && total < 2 {
			continue
		}
		if br.cut > 255 {
			continue
		}
		rules[ruleKey(rk.xpos, rk.ending)] = string([]byte{byte(br.cut)}) + br.add
	}
	lz.rules = newStrTable(rules)
	lz.lower = newKeyIndex(sortedKeys(lower))
	lz.caseMode = make([]uint8, len(m.classes))
	for c, kv := range keep {
		tot := kv[0] + kv[1]
		switch {
		case tot == 0 || kv[1]*10 < tot:
			lz.caseMode[c] = 0
		case kv[0]*10 < tot:
			lz.caseMode[c] = 1
		default:
			lz.caseMode[c] = 2
		}
	}
	// The table keeps only the words the rules get wrong: first the
	// lower-case entries, then the exact forms, whose fallback is the
	// lower-case table.
	lowerKept := map[key]string{}
	for k, cs := range lowerT {
		l := strings.ToLower(best(cs))
		cl := m.classes[k.c]
		if lz.byRule(k.form, cl.upos, cl.xpos, k.c, true, nil) != l {
			lowerKept[k] = l
			table[lemmaKey(keyLower, hashString(k.form), k.c)] = l
		}
	}
	for k, cs := range exact {
		l := best(cs)
		cl := m.classes[k.c]
		fallback, ok := "", false
		if cl.upos != "PROPN" {
			fallback, ok = lowerKept[key{strings.ToLower(k.form), k.c}]
		}
		if !ok {
			fallback = lz.byRule(k.form, cl.upos, cl.xpos, k.c, true, nil)
		}
		if fallback != l {
			table[lemmaKey(keyExact, hashString(k.form), k.c)] = l
		}
	}
	lz.table = newStrTable(table)
	return lz
}

// Lemma returns the lemma of word tagged upos and xpos: its dictionary
// form, lower case except for proper nouns (UD conventions: "met" VBD →
// "meet", "talks" NNS → "talk", "Netanyahu" NNP → "Netanyahu").
func (m *Model) Lemma(word, upos, xpos string) string {
	if word == "" {
		return ""
	}
	prefix, w, x := regularForm(word, upos, xpos)
	l := m.lemmaOf(w, upos, x)
	if x != xpos {
		// the past tense's own rules, when only theirs give a word the
		// tagger knows ("conceded": "concede", not "conced")
		if p := m.lemmaOf(w, upos, xpos); p != l && m.knownWord(p) && !m.knownWord(l) {
			l = p
		}
	}
	return prefix + l
}

// knownWord reports whether w is a word of the tagger's lexicon (the
// training words and the words of its clusters).
func (m *Model) knownWord(w string) bool {
	return m.lexIx.find(hashLower(w)) >= 0
}

// regularForm returns what the lemma of word tagged upos and xpos is
// looked up as: a hyphenated verb's last part after its prefix
// ("co-" and "sponsored"), and a regular past tense as the participle it
// is spelt like ("sponsored" VBD as VBN, whose rules are the better
// trained: "sponsor", not "sponsore").
func regularForm(word, upos, xpos string) (prefix, w, x string) {
	if upos != "VERB" || !strings.HasPrefix(xpos, "VB") {
		return "", word, xpos
	}
	if i := strings.LastIndexByte(word, '-'); i > 0 && i+2 < len(word) && word == strings.ToLower(word) {
		prefix, word = word[:i+1], word[i+1:]
	}
	if xpos == "VBD" && strings.HasSuffix(word, "ed") {
		xpos = "VBN"
	}
	return prefix, word, xpos
}

// lemmaOf is Lemma without regularForm.
func (m *Model) lemmaOf(word, upos, xpos string) string {
	c, known := m.classOf(upos, xpos)
	h := hashString(word)
	if m.vocabLemmas != nil {
		if i := m.vocabIx.find(h); i >= 0 {
			// Words of the tag dictionary, which always get their own
			// class from Tag, have their lemma computed in advance,
			// and the other frequent words the hashes it needs.
			if v := &m.vocabLemmas[i]; v.word == word {
				if known && v.fixed == c {
					return v.lemma
				}
				return m.lemma(word, h, &v.lemmaHashes, upos, xpos, c, known)
			}
		}
	}
	return m.lemma(word, h, nil, upos, xpos, c, known)
}

// vocabLemma holds what the lemmas of a vocabulary word need.
type vocabLemma struct {
	word  string
	fixed int    // class from the tag dictionary, or -1
	lemma string // lemma in class fixed
	lemmaHashes
}

// lemmaHashes holds the hashes of a word that its lemma needs whatever
// its class.
type lemmaHashes struct {
	lower uint64 // hashLower(word)
	// ends[k] is hashString of the last k bytes of strings.ToLower(word),
	// for k up to its length.
	ends [maxRuleSuffix + 1]uint64
}

func newLemmaHashes(word string) lemmaHashes {
	lh := lemmaHashes{lower: hashLower(word)}
	lt := strings.ToLower(word)
	for k := 0; k <= maxRuleSuffix && k <= len(lt); k++ {
		lh.ends[k] = hashString(lt[len(lt)-k:])
	}
	return lh
}

// classOf returns the class of the tags upos and xpos, if the model has
// it. It looks in tagBuckets, which is cheaper than hashing the two
// strings for classIndex.
func (m *Model) classOf(upos, xpos string) (int, bool) {
	if m.tagBuckets == nil || upos == "" || xpos == "" {
		c, ok := m.classIndex[class{upos, xpos}]
		return c, ok
	}
	for _, c := range m.tagBuckets[tagBucket(upos, xpos)] {
		if cl := &m.classes[c]; cl.xpos == xpos && cl.upos == upos {
			return int(c), true
		}
	}
	return 0, false
}

// tagBucket returns the bucket of tagBuckets of two non-empty tags.
func tagBucket(upos, xpos string) uint8 {
	return uint8(len(xpos)*31 + int(xpos[0])*7 + int(xpos[len(xpos)-1])*131 + int(upos[0])*17 + int(upos[len(upos)-1]))
}

// lemma is Lemma for a word whose hash is h, and whose lemmaHashes are
// lh if not nil; c is its class if known.
func (m *Model) lemma(word string, h uint64, lh *lemmaHashes, upos, xpos string, c int, known bool) string {
	lz := &m.lem
	if known {
		if l, ok := lz.table.get(lemmaKey(keyExact, h, c)); ok {
			return l
		}
		if upos != "PROPN" {
			var hl uint64
			if lh != nil {
				hl = lh.lower
			} else {
				hl = hashLower(word)
			}
			if l, ok := lz.table.get(lemmaKey(keyLower, hl, c)); ok {
				return l
			}
		}
	}
	return lz.byRule(word, upos, xpos, c, known, lh)
}

// byRule lemmatizes word by case conventions and the suffix rules; c is
// the word's class if known, lh its lemmaHashes if not nil.
func (lz *lemmatizer) byRule(word, upos, xpos string, c int, known bool, lh *lemmaHashes) string {
	// lt is strings.ToLower(word), in buf when word is short ASCII with
	// upper-case letters: it is only hashed and compared, never returned,
	// so the common cases (proper nouns keep their case) do not allocate.
	var buf [64]byte
	lt := lowerTemp(word, &buf)
	base := word
	if isCapitalised(word) || lt != word {
		mode := uint8(0)
		if upos == "PROPN" {
			mode = 1
		} else if known {
			mode = lz.caseMode[c]
		}
		switch mode {
		case 0:
			base = strings.ToLower(word)
		case 2:
			if lz.lower.find(hashString(lt)) >= 0 {
				base = strings.ToLower(word)
			}
		}
	}
	lb := lt // strings.ToLower(base), as base is word or its lower case
	if base != word {
		lb = strings.ToLower(base)
	}
	var seed uint64
	if known && lz.ruleSeeds != nil {
		seed = lz.ruleSeeds[c]
	} else {
		seed = ruleSeed(xpos)
	}
	var ends *[maxRuleSuffix + 1]uint64
	if lh != nil && lb == lt {
		ends = &lh.ends
	}
	for k := min(maxRuleSuffix, len(lb)); k >= 0; k-- {
		var eh uint64
		if ends != nil {
			eh = ends[k]
		} else {
			eh = hashString(lb[len(lb)-k:])
		}
		v, ok := lz.rules.get(ruleKeyHashed(seed, eh))
		if !ok || v == "" {
			continue
		}
		r := rule{cut: int(v[0]), add: v[1:]}
		if r.cut > len(base) {
			continue
		}
		if r.cut == 0 && r.add == "" {
			return base
		}
		return base[:len(base)-r.cut] + r.add
	}
	return base
}
