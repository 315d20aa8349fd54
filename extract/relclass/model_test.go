package relclass_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"reflect"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/relclass"
)

// sentence analyses one sentence and returns it with a mention for each
// (words, type) given, in the order given.
func sentence(t *testing.T, text string, ns ...named) (*nlp.Sentence, []relclass.Mention) {
	t.Helper()
	return mentions(t, text, ns)
}

func TestSaveLoad(t *testing.T) {
	m := model(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	saved := bytes.Clone(buf.Bytes())
	m2, err := relclass.Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := m2.Save(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saved, again.Bytes()) {
		t.Error("saving a loaded model gives other bytes")
	}
	s, ms := sentence(t, "Tom Hardy was born in Hammersmith in 1977.", named{"Tom Hardy", newsgraph.Person}, named{"Hammersmith", newsgraph.Place})
	if got, want := m2.Relations(s, ms, 0), m.Relations(s, ms, 0); !reflect.DeepEqual(got, want) {
		t.Errorf("loaded model: got %v, want %v", got, want)
	}
}

// rezip decompresses a saved model, lets edit change the bytes and
// compresses them again.
func rezip(t *testing.T, saved []byte, edit func([]byte) []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(saved))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(edit(bytes.Clone(raw)))
	zw.Close()
	return buf.Bytes()
}

func TestLoadErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := model(t).Save(&buf); err != nil {
		t.Fatal(err)
	}
	saved := buf.Bytes()
	const magicLen = len("newsgraph-relclass\x01")
	cases := []struct {
		name   string
		data   []byte
		format bool // the error must wrap ErrFormat
	}{
		{"empty", nil, false},
		{"not gzip", []byte("member_of 0.5\n"), false},
		{"truncated", saved[:len(saved)/2], false},
		{"wrong magic", rezip(t, saved, func(b []byte) []byte { b[0] = 'N'; return b }), true},
		{"bits out of range", rezip(t, saved, func(b []byte) []byte { b[magicLen] = 40; return b }), true},
		{"class count", rezip(t, saved, func(b []byte) []byte { b[magicLen+1] = 3; return b }), true},
		{"predicate renamed", rezip(t, saved, func(b []byte) []byte { b[magicLen+3] = 'X'; return b }), true},
		{"data after the weights", rezip(t, saved, func(b []byte) []byte { return append(b, 7) }), true},
		{"weights cut short", rezip(t, saved, func(b []byte) []byte { return b[:len(b)-3] }), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := relclass.Load(bytes.NewReader(c.data))
			if err == nil {
				t.Fatal("got no error")
			}
			if c.format && !errors.Is(err, relclass.ErrFormat) {
				t.Errorf("got %v, want an error wrapping ErrFormat", err)
			}
		})
	}
}

// TestTrain trains twice on three sentences: the models must be the same
// byte for byte and must have learned the relation of the sentences.
func TestTrain(t *testing.T) {
	var exs []relclass.Example
	for _, c := range []struct{ text, person, place string }{
		{"Ann Lee was born in Leeds in 1950.", "Ann Lee", "Leeds"},
		{"Bo Chen was born in Wuhan in 1961.", "Bo Chen", "Wuhan"},
		{"Cal Ross was born in Perth in 1977.", "Cal Ross", "Perth"},
	} {
		s, ms := sentence(t, c.text, named{c.person, newsgraph.Person}, named{c.place, newsgraph.Place})
		exs = append(exs, relclass.Example{Sentence: s, Mentions: ms,
			Gold: []relclass.Candidate{{Subj: 0, Obj: 1, Pred: newsgraph.BornIn}}})
	}
	opt := relclass.DefaultTrainOptions()
	opt.Bits, opt.Epochs, opt.Runs, opt.MinCount = 12, 5, 2, 1
	var saved [2]bytes.Buffer
	var m *relclass.Model
	for i := range saved {
		m = relclass.Train(exs, opt)
		if err := m.Save(&saved[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(saved[0].Bytes(), saved[1].Bytes()) {
		t.Error("two trainings on the same data differ")
	}
	res := relclass.Evaluate(m, exs, 0.5)
	if s := res[newsgraph.BornIn]; s.TP != 3 || s.FP != 0 {
		t.Errorf("born_in on the training sentences: got %+v, want 3 true positives and none false", s)
	}
	if s := res[newsgraph.MemberOf]; s.FP != 0 {
		t.Errorf("member_of: got %d false positives, want 0", s.FP)
	}
}

func TestConcurrent(t *testing.T) {
	m := model(t)
	type input struct {
		s  *nlp.Sentence
		ms []relclass.Mention
	}
	var ins []input
	for _, text := range []string{
		"The festival was held at Riverside Park in Leeds on Saturday.",
		"Kenya's Rift Valley was hit by floods.",
		"Maria Lopez joined Vexa Systems in 2015 as an engineer.",
	} {
		doc := analyzer(t).Analyze(text)
		s := &doc.Sentences[0]
		var ms []relclass.Mention
		for _, mt := range s.Mentions {
			ms = append(ms, relclass.Mention{Start: mt.Start, End: mt.End, Type: newsgraph.Place})
		}
		ins = append(ins, input{s, ms})
	}
	want := make([][]relclass.Candidate, len(ins))
	for i, in := range ins {
		want[i] = m.Relations(in.s, in.ms, 0)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				i := (g + k) % len(ins)
				if got := m.Relations(ins[i].s, ins[i].ms, 0); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("sentence %d: concurrent result differs", i)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestRelationsWhere(t *testing.T) {
	m := model(t)
	s, ms := sentence(t, "The festival was held at Riverside Park in Leeds on Saturday.",
		named{"Riverside Park", newsgraph.Place}, named{"Leeds", newsgraph.Place})
	all := m.Relations(s, ms, 0)
	var want []relclass.Candidate
	for _, c := range all {
		if c.Subj == 0 {
			want = append(want, c)
		}
	}
	if len(want) == 0 || len(want) == len(all) {
		t.Fatalf("got %d candidates, %d with subject 0: the test needs both kinds", len(all), len(want))
	}
	got := m.RelationsWhere(s, ms, 0, func(i, j int) bool { return i == 0 })
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
