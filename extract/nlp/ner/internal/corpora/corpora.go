// Package corpora reads the named-entity data sets of ../shared as
// ner.Labeled sentences, for the training and analysis commands of
// package ner: GUM (../shared/ud, entity annotation), Universal NER on
// English EWT and PUD, Re-DocRED and Wikigold (../shared/ner).
package corpora

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
)

// Dirs locates the data: UD is ../shared/ud, NER is ../shared/ner.
type Dirs struct {
	UD, NER string
}

// GUM reads GUM-CC split ("train", "dev", "test") with its gold tags and
// the gold names of ner.GoldNames. It also returns the treebank
// sentences.
func (d Dirs) GUM(split string) ([]ner.Labeled, []conllu.Sentence, error) {
	s, err := conllu.ReadFile(filepath.Join(d.UD, "en_gum-cc-"+split+".conllu"))
	if err != nil {
		return nil, nil, err
	}
	return ner.FromGUM(s), s, nil
}

// EWT reads the Universal NER labels of UD English EWT split ("train",
// "dev", "test") and lays them onto the treebank's sentences matched by
// sent_id: a sentence whose words are the treebank's gets the gold tags
// (others keep nil tags). It also returns the treebank sentences.
func (d Dirs) EWT(split string) ([]ner.Labeled, []conllu.Sentence, error) {
	is, err := ner.ReadIOBFile(filepath.Join(d.NER, "uner_en_ewt-"+split+".iob2"))
	if err != nil {
		return nil, nil, err
	}
	tb, err := conllu.ReadFile(filepath.Join(d.UD, "en_ewt-ud-"+split+".conllu"))
	if err != nil {
		return nil, nil, err
	}
	byID := map[string]*conllu.Sentence{}
	for i := range tb {
		if id, ok := tb[i].Comment("sent_id"); ok {
			byID[id] = &tb[i]
		}
	}
	ls := ner.FromIOB(is)
	for i := range ls {
		t := byID[is[i].ID]
		if t == nil || len(t.Words) != len(ls[i].Words) {
			continue
		}
		same := true
		for j, w := range t.Words {
			if w.Form != ls[i].Words[j] {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		u, x := make([]string, len(t.Words)), make([]string, len(t.Words))
		for j, w := range t.Words {
			u[j], x[j] = w.UPOS, w.XPOS
		}
		ls[i].UPOS, ls[i].XPOS = u, x
	}
	return ls, tb, nil
}

// IOB reads a named-entity file of ../shared/ner (UNER PUD, Wikigold);
// tags are nil.
func (d Dirs) IOB(name string) ([]ner.Labeled, error) {
	is, err := ner.ReadIOBFile(filepath.Join(d.NER, name))
	if err != nil {
		return nil, err
	}
	return ner.FromIOB(is), nil
}

// DocRED reads a Re-DocRED file (redocred-dev.json, redocred-test.json):
// each document's sentences with their PER, ORG and LOC mentions as
// names and MISC mentions as others (TIME and NUM are left out), nested
// mentions resolved to the longest, as annotated; tags are nil.
func (d Dirs) DocRED(name string) ([]ner.Labeled, error) {
	path := filepath.Join(d.NER, name)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var docs []struct {
		Sents     [][]string `json:"sents"`
		VertexSet [][]struct {
			Type   string `json:"type"`
			Pos    [2]int `json:"pos"`
			SentID int    `json:"sent_id"`
		} `json:"vertexSet"`
	}
	if err := json.Unmarshal(data, &docs); err != nil {
		return nil, fmt.Errorf("decode %s: %w", path, err)
	}
	types := map[string]string{"PER": ner.Person, "ORG": ner.Org, "LOC": ner.Place, "MISC": "MISC"}
	var out []ner.Labeled
	for di, doc := range docs {
		names := make([][]nlp.Mention, len(doc.Sents))
		for _, v := range doc.VertexSet {
			for _, m := range v {
				t, ok := types[m.Type]
				if !ok {
					continue
				}
				if m.SentID < 0 || m.SentID >= len(doc.Sents) || m.Pos[0] < 0 || m.Pos[1] > len(doc.Sents[m.SentID]) || m.Pos[0] >= m.Pos[1] {
					return nil, fmt.Errorf("%s: document %d: mention %v out of range", path, di, m.Pos)
				}
				names[m.SentID] = append(names[m.SentID], nlp.Mention{Start: m.Pos[0], End: m.Pos[1], Type: t})
			}
		}
		for si, ws := range doc.Sents {
			l := ner.Labeled{Words: ws, NewDoc: si == 0}
			var ns, os []nlp.Mention
			for _, m := range longest(names[si]) {
				if m.Type == "MISC" {
					os = append(os, m)
				} else {
					ns = append(ns, m)
				}
			}
			l.Names, l.Others = ns, os
			out = append(out, l)
		}
	}
	return out, nil
}

// longest keeps, of overlapping mentions, the longest (then the first),
// in text order, without duplicates.
func longest(ms []nlp.Mention) []nlp.Mention {
	sort.SliceStable(ms, func(a, b int) bool {
		la, lb := ms[a].End-ms[a].Start, ms[b].End-ms[b].Start
		if la != lb {
			return la > lb
		}
		return ms[a].Start < ms[b].Start
	})
	var out []nlp.Mention
	for _, m := range ms {
		ok := true
		for _, o := range out {
			if m.Start < o.End && o.Start < m.End {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// Normalize applies ner.NormalizeNames to the names and others of ls in
// place and returns the number of names it changed or dropped.
func Normalize(ls []ner.Labeled) int {
	changed := 0
	for i := range ls {
		l := &ls[i]
		n := ner.NormalizeNames(l.Words, l.Names)
		if len(n) != len(l.Names) {
			changed += len(l.Names) - len(n)
		}
		for _, m := range n {
			found := false
			for _, o := range l.Names {
				if o == m {
					found = true
				}
			}
			if !found {
				changed++
			}
		}
		l.Names = n
		l.Others = ner.NormalizeNames(l.Words, l.Others)
	}
	return changed
}
