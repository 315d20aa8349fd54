package relclass_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/relclass"
)

// A small document in Re-DocRED's layout, written for this test:
// entities 0 (PER), 1 (LOC), 2 (ORG), 3 (TIME); place of birth (P19)
// stated by sentence 0, employer (P108) without evidence, headquarters
// (P159) stated by sentence 1, date of birth (P569, not mapped). Sentence
// 1's mentions are Lee, Vexa, Leeds.
const reDoc = `[{"title": "Ann Lee",
 "sents": [["Ann", "Lee", "was", "born", "in", "Leeds", "in", "1950", "."],
           ["Lee", "worked", "for", "Vexa", "in", "Leeds", "."]],
 "vertexSet": [
   [{"name": "Ann Lee", "pos": [0, 2], "sent_id": 0, "type": "PER"}, {"name": "Lee", "pos": [0, 1], "sent_id": 1, "type": "PER"}],
   [{"name": "Leeds", "pos": [5, 6], "sent_id": 0, "type": "LOC"}, {"name": "Leeds", "pos": [5, 6], "sent_id": 1, "type": "LOC"}],
   [{"name": "Vexa", "pos": [3, 4], "sent_id": 1, "type": "ORG"}],
   [{"name": "1950", "pos": [7, 8], "sent_id": 0, "type": "TIME"}]],
 "labels": [
   {"r": "P19", "h": 0, "t": 1, "evidence": [0]},
   {"r": "P108", "h": 0, "t": 2, "evidence": []},
   {"r": "P159", "h": 2, "t": 1, "evidence": [1]},
   {"r": "P569", "h": 0, "t": 3, "evidence": [0]}]}]`

func writeFile(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "redocred.json")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReDocExamples(t *testing.T) {
	docs, err := relclass.ReadReDocRED(writeFile(t, reDoc))
	if err != nil {
		t.Fatal(err)
	}
	if got := docs[0].Document().Text; got != "Ann Lee was born in Leeds in 1950 . Lee worked for Vexa in Leeds ." {
		t.Errorf("text: got %q", got)
	}
	cases := []struct {
		name       string
		noEvidence bool
		// gold and unknown relations of each sentence, written
		// "subject pred object" with mention indices
		gold, unknown [][]relclass.Candidate
	}{
		{"evidence only", false,
			[][]relclass.Candidate{{{Subj: 0, Obj: 1, Pred: newsgraph.BornIn, Score: 1}}, {{Subj: 1, Obj: 2, Pred: newsgraph.LocatedIn, Score: 1}}},
			[][]relclass.Candidate{nil, {{Subj: 0, Obj: 1, Pred: newsgraph.MemberOf}, {Subj: 0, Obj: 2, Pred: newsgraph.BornIn}}}},
		{"no evidence is positive", true,
			[][]relclass.Candidate{{{Subj: 0, Obj: 1, Pred: newsgraph.BornIn, Score: 1}}, {{Subj: 0, Obj: 1, Pred: newsgraph.MemberOf, Score: 1}, {Subj: 1, Obj: 2, Pred: newsgraph.LocatedIn, Score: 1}}},
			[][]relclass.Candidate{nil, {{Subj: 0, Obj: 2, Pred: newsgraph.BornIn}}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			opt := relclass.DefaultExampleOptions()
			opt.NoEvidence = c.noEvidence
			exs := relclass.ReDocExamples(docs, analyzer(t).AnalyzeTokens, opt)
			if len(exs) != 2 {
				t.Fatalf("got %d examples, want 2", len(exs))
			}
			// sentence 0: Ann Lee, Leeds (the TIME mention is no entity)
			if got, want := exs[0].Mentions, []relclass.Mention{{Start: 0, End: 2, Type: newsgraph.Person}, {Start: 5, End: 6, Type: newsgraph.Place}}; !reflect.DeepEqual(got, want) {
				t.Errorf("mentions: got %v, want %v", got, want)
			}
			for i, ex := range exs {
				if !reflect.DeepEqual(ex.Gold, c.gold[i]) {
					t.Errorf("sentence %d gold: got %v, want %v", i, ex.Gold, c.gold[i])
				}
				if !reflect.DeepEqual(ex.Unknown, c.unknown[i]) {
					t.Errorf("sentence %d unknown: got %v, want %v", i, ex.Unknown, c.unknown[i])
				}
			}
		})
	}
}

func TestReadReDocREDErrors(t *testing.T) {
	cases := []struct {
		name, text string
		data       bool   // the error must wrap ErrData
		want       string // in the message
	}{
		{"syntax", `[{"title": "A", "sents": [[`, false, "byte"},
		{"not a list", `{"title": "A"}`, false, "redocred.json"},
		{"mention sentence", strings.Replace(reDoc, `"sent_id": 1, "type": "ORG"`, `"sent_id": 5, "type": "ORG"`, 1), true, `document 0 ("Ann Lee")`},
		{"mention tokens", strings.Replace(reDoc, `"pos": [3, 4]`, `"pos": [3, 40]`, 1), true, "entity 2 mention 0"},
		{"empty mention", strings.Replace(reDoc, `"pos": [3, 4]`, `"pos": [4, 4]`, 1), true, "tokens [4, 4)"},
		{"relation entity", strings.Replace(reDoc, `"h": 2, "t": 1`, `"h": 9, "t": 1`, 1), true, "relation 2"},
		{"evidence", strings.Replace(reDoc, `"evidence": [1]`, `"evidence": [2]`, 1), true, "evidence sentence 2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := writeFile(t, c.text)
			_, err := relclass.ReadReDocRED(p)
			if err == nil {
				t.Fatal("got no error")
			}
			if c.data != errors.Is(err, relclass.ErrData) {
				t.Errorf("errors.Is(err, ErrData) = %v, want %v (%v)", !c.data, c.data, err)
			}
			if msg := err.Error(); !strings.Contains(msg, p) || !strings.Contains(msg, c.want) {
				t.Errorf("got %q, want the file name and %q", msg, c.want)
			}
		})
	}
	if _, err := relclass.ReadReDocRED(filepath.Join(t.TempDir(), "missing.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: got %v, want os.ErrNotExist", err)
	}
}
