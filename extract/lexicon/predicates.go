package lexicon

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
)

//go:embed predicates.txt
var predicatesText string

// A Frame is what a verb or noun key of the predicate lexicon maps to.
type Frame struct {
	Pred  string // canonical predicate, "" for none
	Recip bool   // reciprocal: "A and B met"
	Self  bool   // (nouns) the noun itself is the object
	Cmp   bool   // (nouns) a proper-noun compound is the object
	// Pass (verbs with a preposition): in the passive, without an agent,
	// the grammatical subject is the subject ("was elected to the
	// Senate": member_of(subject, Senate)).
	Pass bool
	// As (verbs): the predicate holds only with an "as" phrase naming the
	// post ("selected X as his running mate", not "selected a logo" or
	// "was chosen by the Hornets in the draft").
	As bool
}

// A Control verb passes its subject (or object) to its to-infinitive.
type Control struct {
	Mod    newsgraph.Modality
	Neg    bool // the embedded fact is negated ("refused to")
	ObjCtl bool // the controller is the object ("urged X to")
	Keep   bool // the control verb gives a relation of its own
}

// Predicates is the parsed predicate lexicon (predicates.txt): the verbs
// and nouns that map onto newsgraph's canonical predicates, speech, light
// and control verbs, and the objects that block a predicate. Built once,
// then read-only.
type Predicates struct {
	Verbs   map[string]Frame   // "meet", "meet with", "pull out of"
	Nouns   map[string]Frame   // "talk with", "proposal"
	Speech  map[string]bool    // verbs whose clausal complement is said
	Light   map[string]bool    // light verbs ("hold", "make")
	Control map[string]Control // control verbs ("plan", "refuse")
	// Block holds predicate + " " + object lemma pairs that do not have
	// the predicate's sense ("met requirement").
	Block map[string]bool
	// Only holds, for a verb key, the object lemmas with which alone it
	// has its predicate ("introduce" proposes a bill, not a guest).
	Only map[string]map[string]bool
	// Pairs holds the first two words of verb keys ("put forward",
	// "meet with"), to recognise particles the parser took for adverbs.
	Pairs map[string]bool
}

var (
	predOnce sync.Once
	predVal  *Predicates
)

// PredicateLexicon returns the embedded predicate lexicon, parsed on first
// use. The text is part of the binary and checked by the tests, so a
// malformed line is a programming error and panics.
func PredicateLexicon() *Predicates {
	predOnce.Do(func() {
		lx, err := ParsePredicates(predicatesText)
		if err != nil {
			panic(err)
		}
		predVal = lx
	})
	return predVal
}

var validPred = func() map[string]bool {
	m := map[string]bool{"-": true}
	for _, p := range newsgraph.Predicates {
		m[p] = true
	}
	return m
}()

var modalities = map[string]Control{
	"asserted": {Mod: newsgraph.Asserted},
	"planned":  {Mod: newsgraph.Planned},
	"expected": {Mod: newsgraph.Expected},
	"reported": {Mod: newsgraph.Reported},
	"possible": {Mod: newsgraph.Possible},
	"negated":  {Neg: true},
}

// ParsePredicates reads the lexicon format described at the top of
// predicates.txt.
func ParsePredicates(text string) (*Predicates, error) {
	lx := &Predicates{
		Verbs:   map[string]Frame{},
		Nouns:   map[string]Frame{},
		Speech:  map[string]bool{},
		Light:   map[string]bool{},
		Control: map[string]Control{},
		Block:   map[string]bool{},
		Pairs:   map[string]bool{},
		Only:    map[string]map[string]bool{},
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
			return fmt.Errorf("predicate lexicon line %d: %s: %q", n+1, msg, line)
		}
		if f[0] == "l" {
			for _, w := range f[1:] {
				lx.Light[w] = true
			}
			continue
		}
		if f[0] == "o" {
			if len(f) < 3 || !validPred[f[1]] || f[1] == "-" {
				return nil, bad("want o PREDICATE LEMMA...")
			}
			for _, w := range f[2:] {
				lx.Block[f[1]+" "+w] = true
			}
			continue
		}
		if f[0] == "w" {
			if len(f) < 3 {
				return nil, bad("want w VERB LEMMA...")
			}
			if lx.Only[f[1]] == nil {
				lx.Only[f[1]] = map[string]bool{}
			}
			for _, w := range f[2:] {
				lx.Only[f[1]][w] = true
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
			case "recip", "speech", "clause", "self", "cmp", "objctl", "keep", "pass", "as":
			default:
				return nil, bad("unknown flag " + fl)
			}
		}
		switch f[0] {
		case "v", "n":
			if !validPred[val] {
				return nil, bad("unknown predicate " + val)
			}
			fr := Frame{Pred: val, Recip: has("recip"), Self: has("self"), Cmp: has("cmp"), Pass: has("pass"), As: has("as")}
			if fr.Pred == "-" {
				fr.Pred = ""
			}
			m := lx.Verbs
			if f[0] == "n" {
				m = lx.Nouns
			}
			if has("speech") || has("clause") {
				if f[0] != "v" || val != newsgraph.Said && val != newsgraph.Told {
					return nil, bad("speech and clause are for verbs of saying")
				}
				lx.Speech[key] = true
				if has("clause") {
					continue
				}
			}
			if _, dup := m[key]; dup {
				return nil, bad("duplicate key")
			}
			m[key] = fr
			if w := f[1:eq]; f[0] == "v" && len(w) >= 2 {
				lx.Pairs[w[0]+" "+w[1]] = true
			}
		case "x":
			c, ok := modalities[val]
			if !ok {
				return nil, bad("unknown modality " + val)
			}
			c.ObjCtl, c.Keep = has("objctl"), has("keep")
			if _, dup := lx.Control[key]; dup {
				return nil, bad("duplicate key")
			}
			lx.Control[key] = c
		default:
			return nil, bad("unknown kind " + f[0])
		}
	}
	return lx, nil
}
