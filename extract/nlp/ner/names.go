package ner

// The name lexicon is learned from the training corpora: every name of
// the training sentences (their gold PERSON, ORG and PLACE names and the
// names of other kinds, such as UNER's OTH), keyed by the hash of its
// exact words, with the number of training documents in which it was a
// name of each typer class. It is data of the model, saved with it. The
// recognizer and the span typer see, for each word, the longest name of
// the lexicon that covers it, its majority class and how sure the
// lexicon is (see nameCode); TypeNames counts it as evidence of a name's
// kind.
//
// In training, a sentence sees the lexicon without its own document's
// names (leave one document out), so that the model learns how far a
// name seen in other documents can be trusted, as it will meet the
// names of new text.

// maxLexNameWords bounds the length of the names of the lexicon.
const maxLexNameWords = 8

// nameCounts are the numbers of documents in which a name was a name of
// each typer class (Person, Org, Place, other), capped at 255.
type nameCounts [typeClasses]uint8

// A nameLexicon holds the learned names.
type nameLexicon struct {
	counts map[uint64]nameCounts // spanKey of the name's words → counts; foldKey → counts of the names written so in any case
	// first maps the form hash of a word that begins a name to
	// firstOne when the word alone is a name, plus firstLonger when a
	// longer name begins with it; firstFold is the same for the
	// lower-cased words (hashLower).
	first, firstFold map[uint64]uint8
	// pairs maps the pairKey of the first two words of names of two or
	// more words (and the foldPairKey of their lower-cased words) to the
	// most words of such a name.
	pairs map[uint64]uint8
}

// Bits of nameLexicon.first.
const (
	firstOne    = 1
	firstLonger = 2
)

// pairKey and foldPairKey hash the first two words of a name, as
// written (form hashes) and lower-cased (hashLower).
func pairKey(a, b uint64) uint64     { return mix(0x70616972, a, b) }
func foldPairKey(a, b uint64) uint64 { return mix(0x666f6c70, a, b) }

// foldKey hashes the lower-cased words of a span, apart from spanKey.
func foldKey(info []tokenInfo) uint64 {
	k := uint64(0x666f6c64)
	for i := range info {
		k = mix(k, info[i].lw, uint64(i))
	}
	return k
}

// lexDoc is the lexicon's part that one training document contributed,
// which the document's sentences do not see in training.
type lexDoc map[uint64]nameCounts

// buildNameLexicon counts the names of the training sentences by
// document (NewDoc starts one) and returns the lexicon and, per
// sentence, its document's own part.
func buildNameLexicon(sents []Labeled) (*nameLexicon, []lexDoc) {
	lx := &nameLexicon{counts: map[uint64]nameCounts{}, first: map[uint64]uint8{}, firstFold: map[uint64]uint8{}, pairs: map[uint64]uint8{}}
	own := make([]lexDoc, len(sents))
	var doc lexDoc
	var info []tokenInfo
	for i, s := range sents {
		if s.NewDoc || doc == nil {
			doc = lexDoc{}
		}
		own[i] = doc
		if cap(info) < len(s.Words) {
			info = make([]tokenInfo, len(s.Words))
		}
		info = info[:len(s.Words)]
		for j, w := range s.Words {
			info[j].form, info[j].lw = hashString(w), hashLower(w)
		}
		count := func(key uint64, class int) {
			c := doc[key]
			if c[class] != 0 {
				return // once per document
			}
			c[class] = 1
			doc[key] = c
			t := lx.counts[key]
			if t[class] < 255 {
				t[class]++
			}
			lx.counts[key] = t
		}
		add := func(st, en, class int) {
			if en-st > maxLexNameWords || class < 0 {
				return
			}
			count(spanKey(info[st:en]), class)
			count(foldKey(info[st:en]), class)
			f, lf := info[st].form, info[st].lw
			if en-st == 1 {
				lx.first[f] |= firstOne
				lx.firstFold[lf] |= firstOne
				return
			}
			lx.first[f] |= firstLonger
			lx.firstFold[lf] |= firstLonger
			pk, fk := pairKey(f, info[st+1].form), foldPairKey(lf, info[st+1].lw)
			lx.pairs[pk] = max(lx.pairs[pk], uint8(en-st))
			lx.pairs[fk] = max(lx.pairs[fk], uint8(en-st))
		}
		for _, mt := range s.Names {
			add(mt.Start, mt.End, typeIndex(mt.Type))
		}
		for _, mt := range s.Others {
			add(mt.Start, mt.End, typeOther)
		}
	}
	return lx, own
}

// nameCode sums up counts for the features: 0 when no document is
// left, else 1 + class*6 + bucket*2 + pure, with the majority class, the
// number of documents bucketed (1, 2–3, 4 or more) and whether nine in
// ten of them agree.
func nameCode(c nameCounts) uint8 {
	total, best := 0, 0
	for k, n := range c {
		total += int(n)
		if n > c[best] {
			best = k
		}
	}
	if total == 0 {
		return 0
	}
	bucket := 0
	switch {
	case total >= 4:
		bucket = 2
	case total >= 2:
		bucket = 1
	}
	pure := 0
	if 10*int(c[best]) >= 9*total {
		pure = 1
	}
	return uint8(1 + best*6 + bucket*2 + pure)
}

// foldedCode is added to the nameCode of a name matched in another case.
const foldedCode = 24

// codeClass returns the majority class of a nameCode (not 0).
func codeClass(code uint8) int { return int(code-1) % foldedCode / 6 }

// lookup returns the counts of the words of info (of key spanKey or
// foldKey), less those of excl.
func (lx *nameLexicon) lookup(key uint64, excl lexDoc) nameCounts {
	c, ok := lx.counts[key]
	if !ok {
		return nameCounts{}
	}
	if e, ok := excl[key]; ok {
		for k := range c {
			c[k] -= e[k]
		}
	}
	return c
}

// fillNames sets the nlex and nlexCode fields of info: each word's
// position in the longest lexicon name that covers it (1 a one-word
// name, 2 first, 3 inside, 4 last word) and the name's nameCode. Names
// as written come before the same words in another case. It reads
// nameFirst and nameFirstFold of the words' wordInfo; excl is left out
// of the counts.
func (lx *nameLexicon) fillNames(info []tokenInfo, excl lexDoc) {
	n := len(info)
	for i := range info {
		info[i].nlex, info[i].nlexCode = 0, 0
	}
	if lx == nil {
		return
	}
	for i := 0; i < n; {
		matched, code := 0, uint8(0)
		if f := info[i].nameFirst; f != 0 {
			matched, code = lx.match(info, i, f, excl, false)
		}
		if f := info[i].nameFirstFold; matched == 0 && f != 0 {
			// The same words in another case ("air asia", "AIR ASIA").
			matched, code = lx.match(info, i, f, excl, true)
			code += foldedCode
		}
		if matched == 0 {
			i++
			continue
		}
		for j := i; j < i+matched; j++ {
			info[j].nlex, info[j].nlexCode = 3, code
		}
		if matched == 1 {
			info[i].nlex = 1
		} else {
			info[i].nlex = 2
			info[i+matched-1].nlex = 4
		}
		i += matched
	}
}

// match returns the length and nameCode of the longest name of the
// lexicon at word i of info (0 for none); first is the word's entry of
// first (or firstFold, with fold).
func (lx *nameLexicon) match(info []tokenInfo, i int, first uint8, excl lexDoc, fold bool) (int, uint8) {
	key := func(st, en int) uint64 {
		if fold {
			return foldKey(info[st:en])
		}
		return spanKey(info[st:en])
	}
	if first&firstLonger != 0 && i+1 < len(info) {
		var most uint8
		if fold {
			most = lx.pairs[foldPairKey(info[i].lw, info[i+1].lw)]
		} else {
			most = lx.pairs[pairKey(info[i].form, info[i+1].form)]
		}
		for l := min(int(most), len(info)-i); l >= 2; l-- {
			if c := nameCode(lx.lookup(key(i, i+l), excl)); c != 0 {
				return l, c
			}
		}
	}
	if first&firstOne != 0 {
		if c := nameCode(lx.lookup(key(i, i+1), excl)); c != 0 {
			return 1, c
		}
	}
	return 0, 0
}

// wholeName returns the nameCode of the lexicon name that is exactly
// the span [st, en) of info, or 0.
func wholeName(info []tokenInfo, st, en int) uint8 {
	f, l := &info[st], &info[en-1]
	if en-st == 1 && f.nlex == 1 || en-st > 1 && f.nlex == 2 && l.nlex == 4 && f.nlexCode == l.nlexCode {
		for i := st + 1; i < en-1; i++ {
			if info[i].nlex != 3 {
				return 0
			}
		}
		return f.nlexCode
	}
	return 0
}
