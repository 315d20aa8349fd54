// Command typeeval scores the entity typing of package ner (TypeNames)
// on the hand-made gold of ../shared/eval/news-dev: for every gold entity
// with a capitalised alias that occurs in an article, the kind that
// TypeNames gives the alias's occurrences (passed as the caller's refs)
// against the gold type, document by document; and for every gold
// non-entity that occurs, whether it is typed NotEntity (or at least not
// Person, Organization or Place). As a baseline it also scores the
// recognizer's own mention types (the majority over the occurrences that
// it found; Thing when it found none).
//
//	go run ./extract/nlp/ner/internal/typeeval [-eval ../shared/eval] [-list]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
)

func main() {
	dir := flag.String("eval", "../shared/eval", "directory of news-dev and news-dev-gold.json")
	list := flag.Bool("list", false, "list the errors")
	flag.Parse()
	data, err := os.ReadFile(filepath.Join(*dir, "news-dev-gold.json"))
	if err != nil {
		log.Fatal(err)
	}
	var gold struct {
		Entities []struct {
			ID, Type string
			Aliases  []string
		}
		NotEntities []string `json:"not_entities"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		log.Fatal(err)
	}
	a, err := analyze.Default()
	if err != nil {
		log.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(*dir, "news-dev", "*.txt"))
	sort.Strings(files)
	var acc ner.Accumulator
	type item struct {
		doc, name, gold string
		got, base       ner.Kind
	}
	var items, nots []item
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		doc := a.Analyze(string(text))
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		// Gold names found in this document.
		type cand struct {
			name, typ string
			refs      []ner.NameRef
		}
		var cands []cand
		var all []ner.NameRef
		for _, e := range gold.Entities {
			for _, al := range e.Aliases {
				if !nameLike(al) {
					continue
				}
				if refs := refsOf(doc, al); len(refs) > 0 {
					cands = append(cands, cand{al, e.Type, refs})
					all = append(all, refs...)
				}
			}
		}
		var notc []cand
		for _, ne := range gold.NotEntities {
			if refs := refsOf(doc, ne); len(refs) > 0 {
				notc = append(notc, cand{ne, "", refs})
				all = append(all, refs...)
			}
		}
		typed := a.NER.TypeNames(doc, all)
		acc.Add(typed)
		byName := map[string]ner.TypedName{}
		for _, t := range typed {
			byName[t.Name] = t
		}
		for _, c := range cands {
			items = append(items, item{id, c.name, c.typ, byName[c.name].Kind, baseline(doc, c.refs)})
		}
		for _, c := range notc {
			nots = append(nots, item{id, c.name, "", byName[c.name].Kind, baseline(doc, c.refs)})
		}
	}
	score := func(name string, kind func(item) ner.Kind) {
		ok, byType := 0, map[string][2]int{}
		for _, it := range items {
			k := kind(it)
			c := byType[it.gold]
			c[1]++
			if k.String() == it.gold {
				ok++
				c[0]++
			} else if *list && name == "TypeNames" {
				fmt.Printf("  %s %-40q gold %-12s got %v\n", it.doc, it.name, it.gold, k)
			}
			byType[it.gold] = c
		}
		fmt.Printf("%-26s type accuracy %.3f (%d/%d);", name, float64(ok)/float64(len(items)), ok, len(items))
		for _, t := range []string{"Person", "Organization", "Place", "Event", "Thing"} {
			c := byType[t]
			fmt.Printf(" %s %d/%d", t, c[0], c[1])
		}
		fmt.Println()
		none, notPOL := 0, 0
		for _, it := range nots {
			k := kind(it)
			if k == ner.NotEntity {
				none++
			}
			if k != ner.PersonKind && k != ner.OrganizationKind && k != ner.PlaceKind {
				notPOL++
			} else if *list && name == "TypeNames" {
				fmt.Printf("  %s %-40q not an entity, got %v\n", it.doc, it.name, k)
			}
		}
		fmt.Printf("%-26s non-entities: NotEntity %d/%d, not Person/Organization/Place %d/%d\n", name, none, len(nots), notPOL, len(nots))
	}
	score("recognizer (baseline)", func(it item) ner.Kind { return it.base })
	score("TypeNames", func(it item) ner.Kind { return it.got })
	score("TypeNames + Accumulator", func(it item) ner.Kind {
		k, _, _ := acc.Kind(it.name)
		return k
	})
}

// refsOf returns the runs of tokens of doc whose text is name.
func refsOf(doc *nlp.Document, name string) []ner.NameRef {
	var out []ner.NameRef
	for si, s := range doc.Sentences {
		for i := range s.Tokens {
			for j := i; j < len(s.Tokens); j++ {
				t := doc.Text[s.Tokens[i].Start:s.Tokens[j].End]
				if t == name {
					out = append(out, ner.NameRef{Sentence: si, Start: i, End: j + 1})
				}
				if len(t) >= len(name) {
					break
				}
			}
		}
	}
	return out
}

// baseline returns the majority type of the recognizer's mentions with
// exactly the spans of refs, Thing when there are none.
func baseline(doc *nlp.Document, refs []ner.NameRef) ner.Kind {
	var votes [8]int
	for _, r := range refs {
		for _, m := range doc.Sentences[r.Sentence].Mentions {
			if m.Start == r.Start && m.End == r.End {
				switch m.Type {
				case ner.Person:
					votes[ner.PersonKind]++
				case ner.Org:
					votes[ner.OrganizationKind]++
				case ner.Place:
					votes[ner.PlaceKind]++
				case ner.NORP, ner.Date, ner.Time:
					votes[ner.NotEntity]++
				}
			}
		}
	}
	best := ner.ThingKind
	for k, v := range votes {
		if v > votes[best] {
			best = ner.Kind(k)
		}
	}
	return best
}

// nameLike reports whether a gold alias is written as a name: every word
// capitalised or a connector ("of", "de"), no possessive, and no title
// or description ("US President Donald Trump", "Puerto Rico's governor"
// are aliases of the gold, not names).
func nameLike(al string) bool {
	for i, w := range strings.Fields(al) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case strings.Contains(w, "'s") || strings.Contains(w, "’s"):
			return false
		case titles[strings.ToLower(w)]:
			return false
		case i == 0 && w == "The":
			return false
		case unicode.IsUpper(r) || unicode.IsDigit(r):
		case connectors[w] && i > 0:
		default:
			return false
		}
	}
	return true
}

var connectors = map[string]bool{"of": true, "the": true, "de": true, "la": true, "du": true, "des": true,
	"and": true, "for": true, "von": true, "van": true, "der": true, "del": true, "bin": true, "al": true, "on": true, "in": true}

var titles = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`president vice prime minister secretary senator representative governor mayor
		chancellor director chief leader speaker spokesman spokeswoman former agent superintendent manager
		professor scientist expert general majesty king queen prince princess deputy head chairman ceo
		judge justice commissioner ambassador drummer singer pilot officer police mr. mrs. ms. dr. sir`) {
		m[w] = true
	}
	return m
}()
