package ner

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp"
)

func TestReadIOB(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []IOBSentence
	}{
		{
			name: "universal NER",
			in: "# newdoc id = d1\n# sent_id = d1-1\n# text = Ana Ruiz visited Lima .\n" +
				"1\tAna\tB-PER\t-\t-\n2\tRuiz\tI-PER\t-\t-\n3\tvisited\tO\n4\tLima\tB-LOC\t-\t-\n5\t.\tB-O\t-\t-\n\n" +
				"# sent_id = d1-2\n1\tPeruvian\tB-OTH\t-\t-\n2\tbanks\tO\n3\tand\tO\n4\tBCP\tB-ORG\n\n" +
				"# newdoc id = d2\n# sent_id = d2-1\n1\tHello\tO\n",
			want: []IOBSentence{
				{Doc: "d1", NewDoc: true, ID: "d1-1", Words: strings.Fields("Ana Ruiz visited Lima ."),
					Names: []nlp.Mention{{Start: 0, End: 2, Type: Person}, {Start: 3, End: 4, Type: Place}}},
				{Doc: "d1", ID: "d1-2", Words: strings.Fields("Peruvian banks and BCP"),
					Names: []nlp.Mention{{Start: 3, End: 4, Type: Org}}, Others: []nlp.Mention{{Start: 0, End: 1, Type: "OTH"}}},
				{Doc: "d2", NewDoc: true, ID: "d2-1", Words: []string{"Hello"}},
			},
		},
		{
			name: "CoNLL IO with document starts",
			in: "-DOCSTART- O\n\nThe I-ORG\nMad I-ORG\nCapsule I-ORG\nplayed O\nin O\nOsaka I-LOC\nLondon I-LOC\n\n" +
				"-DOCSTART- O\n\nJapanese I-MISC\nfans O\n",
			want: []IOBSentence{
				{Doc: "doc 1", NewDoc: true, Words: strings.Fields("The Mad Capsule played in Osaka London"),
					Names: []nlp.Mention{{Start: 0, End: 3, Type: Org}, {Start: 5, End: 7, Type: Place}}},
				{Doc: "doc 2", NewDoc: true, Words: strings.Fields("Japanese fans"), Others: []nlp.Mention{{Start: 0, End: 1, Type: "MISC"}}},
			},
		},
		{
			name: "B- splits adjacent names; no document header",
			in:   "Rome B-LOC\nParis B-LOC\nand O\nB.B. B-PER\n",
			want: []IOBSentence{
				{NewDoc: true, Words: strings.Fields("Rome Paris and B.B."),
					Names: []nlp.Mention{{Start: 0, End: 1, Type: Place}, {Start: 1, End: 2, Type: Place}, {Start: 3, End: 4, Type: Person}}},
			},
		},
		{name: "empty", in: "\n\n# only a comment\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadIOB(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestReadIOBErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		line int
		want error
	}{
		{"one column", "1\tOslo\tB-LOC\nOslo\n", 2, ErrIOBColumns},
		{"bad tag", "Oslo B-LOC\nis X\n", 2, ErrIOBTag},
		{"bad prefix", "\n\nOslo E-LOC\n", 3, ErrIOBTag},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadIOB(strings.NewReader(tc.in))
			var ie *IOBError
			if !errors.As(err, &ie) || !errors.Is(err, tc.want) || ie.Line != tc.line {
				t.Fatalf("got %v, want an *IOBError at line %d wrapping %v", err, tc.line, tc.want)
			}
		})
	}
}

func FuzzReadIOB(f *testing.F) {
	f.Add("# newdoc id = a\n1\tAna\tB-PER\t-\t-\n2\tRuiz\tI-PER\n\n")
	f.Add("-DOCSTART- O\n\nThe I-ORG\nMad I-ORG\n")
	f.Add("x B-\nI-LOC\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadIOB(strings.NewReader(in))
		if err != nil {
			var ie *IOBError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an *IOBError", err)
			}
			return
		}
		for _, s := range sents {
			if len(s.Words) == 0 {
				t.Fatal("empty sentence")
			}
			for _, ms := range [][]nlp.Mention{s.Names, s.Others} {
				last := 0
				for _, m := range ms {
					if m.Start < last || m.Start >= m.End || m.End > len(s.Words) {
						t.Fatalf("bad span %+v in %d words", m, len(s.Words))
					}
					last = m.End
				}
			}
		}
	})
}

func TestNormalizeNames(t *testing.T) {
	tests := []struct {
		words string
		in    []nlp.Mention
		want  []string
	}{
		{"the United States 's army", []nlp.Mention{{Start: 0, End: 4, Type: Place}}, []string{"PLACE:United States"}},
		{"The Hague is here", []nlp.Mention{{Start: 0, End: 2, Type: Place}}, []string{"PLACE:Hague"}},
		{"in The Hague", []nlp.Mention{{Start: 1, End: 3, Type: Place}}, []string{"PLACE:The Hague"}},
		{"President Barack Obama spoke", []nlp.Mention{{Start: 0, End: 3, Type: Person}}, []string{"PERSON:Barack Obama"}},
		{"Mr. Smith spoke", []nlp.Mention{{Start: 0, End: 2, Type: Person}}, []string{"PERSON:Smith"}},
		{"an Italian singer", []nlp.Mention{{Start: 1, End: 2, Type: Place}}, nil},
		{"\" Reuters \" said", []nlp.Mention{{Start: 0, End: 3, Type: Org}}, []string{"ORG:Reuters"}},
		{"General Motors hired", []nlp.Mention{{Start: 0, End: 2, Type: Org}}, []string{"ORG:General Motors"}},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.words)
		got := describe(words, NormalizeNames(words, tc.in))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.words, got, tc.want)
		}
	}
}
