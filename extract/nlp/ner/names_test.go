package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nlp"
)

func TestNameLexicon(t *testing.T) {
	sent := func(text string, newDoc bool, names ...nlp.Mention) Labeled {
		return Labeled{Words: strings.Fields(text), Names: names, NewDoc: newDoc}
	}
	train := []Labeled{
		sent("Omar Haddad joined Red Lake Mills .", true, nlp.Mention{Start: 0, End: 2, Type: Person}, nlp.Mention{Start: 3, End: 6, Type: Org}),
		sent("Red Lake Mills grew .", false, nlp.Mention{Start: 0, End: 3, Type: Org}),
		sent("He left Red Lake Mills for Oslo .", true, nlp.Mention{Start: 2, End: 5, Type: Org}, nlp.Mention{Start: 6, End: 7, Type: Place}),
	}
	lx, own := buildNameLexicon(train)
	m := newModel(10)
	m.names = lx
	code := func(text string, excl lexDoc) []uint16 {
		words := strings.Fields(text)
		info := make([]tokenInfo, len(words))
		m.fillInfoExcl(words, nil, nil, info, nil, excl)
		out := make([]uint16, len(words))
		for i := range info {
			out[i] = uint16(info[i].nlex)<<8 | uint16(info[i].nlexCode)
		}
		return out
	}
	orgTwo := uint16(nameCode(nameCounts{0, 2, 0, 0})) // two documents, all ORG
	orgOne := uint16(nameCode(nameCounts{0, 1, 0, 0}))
	if codeClass(uint8(orgTwo)) != 1 || orgTwo == orgOne {
		t.Fatalf("nameCode: ORG in two documents %d, in one %d", orgTwo, orgOne)
	}
	tests := []struct {
		name string
		text string
		excl lexDoc
		want []uint16
	}{
		{"new text sees both documents", "at Red Lake Mills", nil, []uint16{0, 2<<8 | orgTwo, 3<<8 | orgTwo, 4<<8 | orgTwo}},
		{"a training sentence does not see its own document", "at Red Lake Mills", own[0], []uint16{0, 2<<8 | orgOne, 3<<8 | orgOne, 4<<8 | orgOne}},
		{"a name of its own document only is unknown", "Omar Haddad", own[1], []uint16{0, 0}},
		{"the same words in another case", "AT RED LAKE MILLS", nil, []uint16{0, 2<<8 | (orgTwo + foldedCode), 3<<8 | (orgTwo + foldedCode), 4<<8 | (orgTwo + foldedCode)}},
		{"a one-word name", "in Oslo", nil, []uint16{0, 1<<8 | uint16(nameCode(nameCounts{0, 0, 1, 0}))}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := code(tc.text, tc.excl)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	words := strings.Fields("at Red Lake Mills")
	info := make([]tokenInfo, len(words))
	m.fillInfo(words, nil, nil, info)
	if c := uint16(wholeName(info, 1, 4)); c != orgTwo {
		t.Errorf("wholeName of the name: %d, want %d", c, orgTwo)
	}
	if c := wholeName(info, 1, 3); c != 0 {
		t.Errorf("wholeName of part of the name: %d, want 0", c)
	}
}
