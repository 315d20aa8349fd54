package clause

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
)

//go:embed lexicon.txt
var lexiconText string

// A frame is what a verb or noun key maps to.
type frame struct {
	pred  string // canonical predicate, "" for none
	recip bool   // reciprocal: "A and B met"
	self  bool   // (nouns) the noun itself is the object
	cmp   bool   // (nouns) a proper-noun compound is the object
}

// A control verb passes its subject (or object) to its to-infinitive.
type control struct {
	mod    newsgraph.Modality
	neg    bool // the embedded fact is negated ("refused to")
	objctl bool // the controller is the object ("urged X to")
	keep   bool // the control verb gives a relation of its own
}

// A lexicon is the parsed lexicon.txt; built once, then read-only.
type lexicon struct {
	verbs   map[string]frame   // "meet", "meet with", "pull out of"
	nouns   map[string]frame   // "talk with", "proposal"
	speech  map[string]bool    // verbs whose clausal complement is said
	light   map[string]bool    // light verbs ("hold", "make")
	control map[string]control // control verbs ("plan", "refuse")
	// block holds predicate + " " + object lemma pairs that do not have
	// the predicate's sense ("met requirement").
	block map[string]bool
	// pairs holds the first two words of verb keys ("put forward",
	// "meet with"), to recognise particles the parser took for adverbs.
	pairs map[string]bool
}

var (
	lexOnce sync.Once
	lexVal  *lexicon
)

// defaultLexicon returns the embedded lexicon, parsed on first use. The
// text is part of the binary and checked by the tests, so a malformed line
// is a programming error and panics.
func defaultLexicon() *lexicon {
	lexOnce.Do(func() {
		lx, err := parseLexicon(lexiconText)
		if err != nil {
			panic(err)
		}
		lexVal = lx
	})
	return lexVal
}

var validPred = func() map[string]bool {
	m := map[string]bool{"-": true}
	for _, p := range newsgraph.Predicates {
		m[p] = true
	}
	return m
}()

var modalities = map[string]control{
	"asserted": {mod: newsgraph.Asserted},
	"planned":  {mod: newsgraph.Planned},
	"expected": {mod: newsgraph.Expected},
	"reported": {mod: newsgraph.Reported},
	"possible": {mod: newsgraph.Possible},
	"negated":  {neg: true},
}

// parseLexicon reads the lexicon format described at the top of
// lexicon.txt.
func parseLexicon(text string) (*lexicon, error) {
	lx := &lexicon{
		verbs:   map[string]frame{},
		nouns:   map[string]frame{},
		speech:  map[string]bool{},
		light:   map[string]bool{},
		control: map[string]control{},
		block:   map[string]bool{},
		pairs:   map[string]bool{},
	}
	for n, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		bad := func(msg string) error {
			return fmt.Errorf("clause lexicon line %d: %s: %q", n+1, msg, line)
		}
		if f[0] == "l" {
			for _, w := range f[1:] {
				lx.light[w] = true
			}
			continue
		}
		if f[0] == "o" {
			if len(f) < 3 || !validPred[f[1]] || f[1] == "-" {
				return nil, bad("want o PREDICATE LEMMA...")
			}
			for _, w := range f[2:] {
				lx.block[f[1]+" "+w] = true
			}
			continue
		}
		eq := -1
		for i, w := range f {
			if w == "=" {
				eq = i
			}
		}
		if eq < 2 || eq+1 >= len(f) {
			return nil, bad("want KIND KEY = VALUE [FLAGS]")
		}
		key := strings.Join(f[1:eq], " ")
		val, flags := f[eq+1], f[eq+2:]
		has := func(fl string) bool {
			for _, x := range flags {
				if x == fl {
					return true
				}
			}
			return false
		}
		for _, fl := range flags {
			switch fl {
			case "recip", "speech", "clause", "self", "cmp", "objctl", "keep":
			default:
				return nil, bad("unknown flag " + fl)
			}
		}
		switch f[0] {
		case "v", "n":
			if !validPred[val] {
				return nil, bad("unknown predicate " + val)
			}
			fr := frame{pred: val, recip: has("recip"), self: has("self"), cmp: has("cmp")}
			if fr.pred == "-" {
				fr.pred = ""
			}
			m := lx.verbs
			if f[0] == "n" {
				m = lx.nouns
			}
			if has("speech") || has("clause") {
				if f[0] != "v" || val != newsgraph.Said && val != newsgraph.Told {
					return nil, bad("speech and clause are for verbs of saying")
				}
				lx.speech[key] = true
				if has("clause") {
					continue
				}
			}
			if _, dup := m[key]; dup {
				return nil, bad("duplicate key")
			}
			m[key] = fr
			if w := f[1:eq]; f[0] == "v" && len(w) >= 2 {
				lx.pairs[w[0]+" "+w[1]] = true
			}
		case "x":
			c, ok := modalities[val]
			if !ok {
				return nil, bad("unknown modality " + val)
			}
			c.objctl, c.keep = has("objctl"), has("keep")
			if _, dup := lx.control[key]; dup {
				return nil, bad("duplicate key")
			}
			lx.control[key] = c
		default:
			return nil, bad("unknown kind " + f[0])
		}
	}
	return lx, nil
}
