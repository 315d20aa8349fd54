// Package exptest holds the exporters' shared test helpers: the fixture
// documents behind the testdata/*.nq inputs, golden-file comparison, a
// writer that fails after n bytes, and the checks that skip when an
// external tool is missing (and fail instead when CI=true).
package exptest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/piprate/json-gold/ld"

	ng "github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// Step is the extractor step name of the fixtures.
const Step = "fixture/v1"

// Case is one fixture: documents and what an extractor found in them.
type Case struct {
	Name string
	Docs []DocExtraction
}

// DocExtraction pairs a document with its extraction. IRIs maps entity
// keys to the local part of their IRI, standing in for a resolver; other
// entities get the slug of their name.
type DocExtraction struct {
	Doc  ng.Doc
	Ex   *ng.Extraction
	IRIs map[string]string
}

// span returns the span of the n-th (0-based) occurrence of sub in text.
func span(text, sub string, n int) ng.Span {
	off := 0
	for {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			panic(fmt.Sprintf("exptest: %q not in text", sub))
		}
		if n == 0 {
			return ng.Span{Start: off + i, End: off + i + len(sub)}
		}
		n--
		off += i + len(sub)
	}
}

func mention(text, sub string, n int, sentence ng.Span) ng.Mention {
	return ng.Mention{Span: span(text, sub, n), Sentence: sentence, Text: sub}
}

// Cases returns the fixtures, by name.
func Cases() []Case {
	return []Case{basicCase(), escapingCase(), {Name: "empty"}}
}

func basicCase() Case {
	t0 := "US Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Monday. " +
		"Blinken also held talks with Netanyahu about the ceasefire proposal. " +
		"\"We are working hard for a deal,\" Blinken said. " +
		"Blinken plans to visit Egypt on Tuesday. " +
		"Hamas did not accept the proposal."
	s := []ng.Span{
		span(t0, "US Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Monday.", 0),
		span(t0, "Blinken also held talks with Netanyahu about the ceasefire proposal.", 0),
		span(t0, "\"We are working hard for a deal,\" Blinken said.", 0),
		span(t0, "Blinken plans to visit Egypt on Tuesday.", 0),
		span(t0, "Hamas did not accept the proposal.", 0),
	}
	d0 := ng.Doc{ID: "000", Source: "seeds/000.txt", Title: "Blinken meets Netanyahu in Jerusalem", URL: "https://news.example.com/2024/06/10/blinken",
		Published: time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC), Text: t0}
	x0 := &ng.Extraction{
		Entities: []ng.Entity{
			{Key: "e1", Name: "Antony Blinken", Type: ng.Person, Aliases: []string{"Blinken"}, Roles: []string{"US Secretary of State"},
				Mentions: []ng.Mention{mention(t0, "Antony Blinken", 0, s[0]), mention(t0, "Blinken", 1, s[1]), mention(t0, "Blinken", 2, s[2]), mention(t0, "Blinken", 3, s[3])}},
			{Key: "e2", Name: "Benjamin Netanyahu", Type: ng.Person, Aliases: []string{"Netanyahu"}, Roles: []string{"Israeli Prime Minister"},
				Mentions: []ng.Mention{mention(t0, "Benjamin Netanyahu", 0, s[0]), mention(t0, "Netanyahu", 1, s[1])}},
			{Key: "e3", Name: "Jerusalem", Type: ng.Place, Mentions: []ng.Mention{mention(t0, "Jerusalem", 0, s[0])}},
			{Key: "e4", Name: "Egypt", Type: ng.Place, Mentions: []ng.Mention{mention(t0, "Egypt", 0, s[3])}},
			{Key: "e5", Name: "Hamas", Type: ng.Organization, Mentions: []ng.Mention{mention(t0, "Hamas", 0, s[4])}},
			{Key: "e6", Name: "the ceasefire proposal", Type: ng.Thing, Aliases: []string{"the proposal"},
				Mentions: []ng.Mention{mention(t0, "the ceasefire proposal", 0, s[1]), mention(t0, "the proposal", 0, s[4])}},
			{Key: "q1", Name: "We are working hard for a deal,", Type: ng.Quote,
				Mentions: []ng.Mention{mention(t0, "We are working hard for a deal,", 0, s[2])}},
		},
		Facts: []ng.Fact{
			{Subject: "e1", Predicate: ng.Met, Object: "e2", Raw: "met", Evidence: s[0], Span: span(t0, "Antony Blinken met Israeli Prime Minister Benjamin Netanyahu", 0), Confidence: 0.9},
			{Subject: "e1", Predicate: ng.Met, Object: "e2", Raw: "held talks with", Evidence: s[1], Confidence: 0.7},
			{Subject: "e1", Predicate: ng.Said, Object: "q1", Raw: "said", Evidence: s[2], Confidence: 0.95},
			{Subject: "e1", Predicate: ng.Visits, Object: "e4", Raw: "plans to visit", Evidence: s[3], Modality: ng.Planned, Confidence: 0.8},
			{Subject: "e5", Predicate: ng.Accepted, Object: "e6", Raw: "did not accept", Evidence: s[4], Negated: true, Confidence: 0.85},
		},
	}

	t1 := "Antony Blinken met Benjamin Netanyahu again on Wednesday. Netanyahu thanked Blinken for his support."
	u := []ng.Span{span(t1, "Antony Blinken met Benjamin Netanyahu again on Wednesday.", 0), span(t1, "Netanyahu thanked Blinken for his support.", 0)}
	d1 := ng.Doc{ID: "001", Source: "seeds/001.txt", Title: "Second meeting", Published: time.Date(2024, 6, 12, 9, 30, 0, 0, time.UTC), Text: t1}
	x1 := &ng.Extraction{
		Entities: []ng.Entity{
			{Key: "a", Name: "Antony Blinken", Type: ng.Person, Aliases: []string{"Blinken"},
				Mentions: []ng.Mention{mention(t1, "Antony Blinken", 0, u[0]), mention(t1, "Blinken", 1, u[1])}},
			// Typed Thing here: the vote across documents must still say Person.
			{Key: "b", Name: "Benjamin Netanyahu", Type: ng.Thing, Aliases: []string{"Netanyahu", "netanyahu"},
				Mentions: []ng.Mention{mention(t1, "Benjamin Netanyahu", 0, u[0]), mention(t1, "Netanyahu", 1, u[1])}},
		},
		Facts: []ng.Fact{
			{Subject: "a", Predicate: ng.Met, Object: "b", Raw: "met", Evidence: u[0], Confidence: 0.6},
			{Subject: "b", Predicate: ng.Thanked, Object: "a", Raw: "thanked", Evidence: u[1]},
		},
	}

	t2 := "Blinken met Netanyahu in Jerusalem."
	d2 := ng.Doc{ID: "https://other.example.org/world/talks", Source: "wikinews.csv:2", Text: t2}
	v := span(t2, t2, 0)
	x2 := &ng.Extraction{
		Entities: []ng.Entity{
			{Key: "a", Name: "Blinken", Type: ng.Person, Mentions: []ng.Mention{mention(t2, "Blinken", 0, v)}},
			{Key: "b", Name: "Netanyahu", Type: ng.Person, Mentions: []ng.Mention{mention(t2, "Netanyahu", 0, v)}},
			{Key: "c", Name: "Jerusalem", Type: ng.Place, Mentions: []ng.Mention{mention(t2, "Jerusalem", 0, v)}},
		},
		Facts: []ng.Fact{
			{Subject: "a", Predicate: ng.Met, Object: "b", Raw: "met", Evidence: v, Modality: ng.Reported},
		},
	}
	return Case{Name: "basic", Docs: []DocExtraction{{d0, x0, nil}, {d1, x1, nil},
		{d2, x2, map[string]string{"a": "antony-blinken", "b": "benjamin-netanyahu"}}}}
}

func escapingCase() Case {
	t0 := "Sean \"The Boss\" O'Brien met AT&T <Labs> in Zürich. " +
		"He said: \"Back\\slash\nand new line\". " +
		"北京 welcomed the 🚀 launch."
	s := []ng.Span{
		span(t0, "Sean \"The Boss\" O'Brien met AT&T <Labs> in Zürich.", 0),
		span(t0, "He said: \"Back\\slash\nand new line\".", 0),
		span(t0, "北京 welcomed the 🚀 launch.", 0),
	}
	d0 := ng.Doc{ID: "odd/\"quoted\" id", Source: "odd.txt", Title: "<b>Breaking</b> & \"more\"", Text: t0}
	x0 := &ng.Extraction{
		Entities: []ng.Entity{
			{Key: "p", Name: "Sean \"The Boss\" O'Brien", Type: ng.Person, Aliases: []string{"O'Brien", "A|B \\ C"}, Roles: []string{"boss <of> all & more"},
				Mentions: []ng.Mention{mention(t0, "Sean \"The Boss\" O'Brien", 0, s[0])}},
			{Key: "o", Name: "AT&T <Labs>", Type: ng.Organization, Mentions: []ng.Mention{mention(t0, "AT&T <Labs>", 0, s[0])}},
			{Key: "z", Name: "Zürich", Type: ng.Place, Mentions: []ng.Mention{mention(t0, "Zürich", 0, s[0])}},
			{Key: "q", Name: "Back\\slash\nand new line\x01", Type: ng.Quote, Mentions: []ng.Mention{mention(t0, "Back\\slash\nand new line", 0, s[1])}},
			{Key: "b", Name: "北京", Type: ng.Place, Mentions: []ng.Mention{mention(t0, "北京", 0, s[2])}},
			{Key: "r", Name: "the 🚀 launch", Type: ng.Event, Mentions: []ng.Mention{mention(t0, "the 🚀 launch", 0, s[2])}},
		},
		Facts: []ng.Fact{
			{Subject: "p", Predicate: ng.Met, Object: "o", Raw: "met \"with\"", Evidence: s[0], Confidence: 0.5},
			{Subject: "p", Predicate: ng.Said, Object: "q", Raw: "said", Evidence: s[1]},
			{Subject: "b", Predicate: "welcomed", Object: "r", Raw: "welcomed", Evidence: s[2], Modality: ng.Possible},
		},
	}
	return Case{Name: "escaping", Docs: []DocExtraction{{d0, x0, nil}}}
}

// Quads returns the quads of c, as newsgraph.Quads writes them, with entity
// IRIs from their names.
func (c Case) Quads() ([]quad.Quad, error) {
	var out []quad.Quad
	for _, d := range c.Docs {
		iris := make([]ng.IRI, len(d.Ex.Entities))
		for i, e := range d.Ex.Entities {
			if local, ok := d.IRIs[e.Key]; ok {
				iris[i] = ng.IRI(ng.EntityNS + local)
			} else if e.Type == ng.Quote {
				iris[i] = ng.QuoteIRI(d.Doc, e.Mentions[0].Span)
			} else {
				iris[i] = ng.IRI(ng.EntityNS + ng.Slug(e.Name))
			}
		}
		qs, err := ng.Quads(d.Doc, Step, d.Ex, iris)
		if err != nil {
			return nil, err
		}
		out = append(out, qs...)
	}
	return out, nil
}

// RepoRoot returns the directory holding go.mod, walking up from the
// working directory.
func RepoRoot(t testing.TB) string {
	t.Helper()
	return sharedtest.Root(t)
}

// TestdataDir returns exporters/testdata, where the shared inputs live.
func TestdataDir(t testing.TB) string {
	return filepath.Join(RepoRoot(t), "exporters", "testdata")
}

// InputNames returns the names of the shared inputs (testdata/*.nq without
// extension), sorted.
func InputNames(t testing.TB) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(TestdataDir(t), "*.nq"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range m {
		out = append(out, strings.TrimSuffix(filepath.Base(p), ".nq"))
	}
	sort.Strings(out)
	if len(out) == 0 {
		t.Fatal("no inputs in exporters/testdata")
	}
	return out
}

// ReadInput reads the shared input testdata/<name>.nq.
func ReadInput(t testing.TB, name string) []quad.Quad {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(TestdataDir(t), name+".nq"))
	if err != nil {
		t.Fatal(err)
	}
	qs, err := ParseNQuads(b)
	if err != nil {
		t.Fatalf("read %s.nq: %v", name, err)
	}
	return qs
}

// ToRDF runs json-gold's toRDF on a JSON-LD document and returns the
// quads.
func ToRDF(t testing.TB, doc []byte) []quad.Quad {
	t.Helper()
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		t.Fatalf("parse JSON: %v", err)
	}
	opts := ld.NewJsonLdOptions("")
	opts.Format = "application/n-quads"
	out, err := ld.NewJsonLdProcessor().ToRDF(v, opts)
	if err != nil {
		t.Fatalf("json-gold toRDF: %v", err)
	}
	qs, err := ParseNQuads([]byte(out.(string)))
	if err != nil {
		t.Fatalf("read json-gold N-Quads: %v", err)
	}
	return qs
}

// ParseNQuads reads N-Quads with quad's reader.
func ParseNQuads(b []byte) ([]quad.Quad, error) {
	r := nquads.NewReader(bytes.NewReader(b), false)
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			return out, nil
		} else if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
}

// Canonical returns the quads as sorted, deduplicated N-Quads lines, after
// a round trip through quad's N-Quads writer and reader so that equal
// values compare equal (quad reads "0.9"^^xsd:double as a native float).
func Canonical(t testing.TB, qs []quad.Quad) []string {
	t.Helper()
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	if _, err := w.WriteQuads(qs); err != nil {
		t.Fatalf("canonical quads: %v", err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	back, err := ParseNQuads(buf.Bytes())
	if err != nil {
		t.Fatalf("canonical quads: %v", err)
	}
	seen := make(map[string]bool)
	var out []string
	for _, q := range back {
		s := q.NQuad()
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// DiffLines reports the lines only in got and only in want.
func DiffLines(got, want []string) (onlyGot, onlyWant []string) {
	g := make(map[string]bool, len(got))
	for _, s := range got {
		g[s] = true
	}
	w := make(map[string]bool, len(want))
	for _, s := range want {
		w[s] = true
		if !g[s] {
			onlyWant = append(onlyWant, s)
		}
	}
	for _, s := range got {
		if !w[s] {
			onlyGot = append(onlyGot, s)
		}
	}
	return onlyGot, onlyWant
}

// Golden compares got with testdata/<name> in the package directory, or
// writes it when update is set.
func Golden(t testing.TB, update bool, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s: output differs from the golden file (run go test -update and review the diff)\n%s", path, firstDiff(got, want))
	}
}

func firstDiff(got, want []byte) string {
	gl := strings.Split(string(got), "\n")
	wl := strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			return fmt.Sprintf("line %d:\n got: %q\nwant: %q", i+1, g, w)
		}
	}
	return ""
}

// FailWriter accepts N bytes, then fails every write with Err. Writes
// counts the calls made after the first failure.
type FailWriter struct {
	N      int
	Err    error
	Writes int
	failed bool
	buf    bytes.Buffer
}

// Write implements io.Writer.
func (w *FailWriter) Write(p []byte) (int, error) {
	if w.failed {
		w.Writes++
		return 0, w.Err
	}
	if len(p) > w.N-w.buf.Len() {
		n := w.N - w.buf.Len()
		w.buf.Write(p[:n])
		w.failed = true
		return n, w.Err
	}
	return w.buf.Write(p)
}

// Failed reports whether the writer has failed.
func (w *FailWriter) Failed() bool { return w.failed }

// CI reports whether tests run in CI, where missing tools are failures.
func CI() bool { return os.Getenv("CI") == "true" }

// Missing skips the test, or fails it when CI=true, because what is
// missing.
func Missing(t testing.TB, what string) {
	t.Helper()
	if CI() {
		t.Fatalf("%s is missing (CI=true: install it; see the exporters package comment)", what)
	}
	t.Skipf("skipping: %s is missing (install it to run this consumer check)", what)
}

// Tool returns the path of an executable from the Debian package pkg, or
// skips (fails under CI).
func Tool(t testing.TB, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		Missing(t, fmt.Sprintf("%s (Debian package %s)", name, pkg))
	}
	return p
}

// SystemPython is the Debian interpreter that sees the Debian Python
// packages (python3-networkx, …); the python3 first on PATH may not.
const SystemPython = "/usr/bin/python3"

// Python returns SystemPython, or skips (fails under CI) when it is
// missing.
func Python(t testing.TB) string {
	t.Helper()
	if _, err := os.Stat(SystemPython); err != nil {
		Missing(t, SystemPython)
	}
	return SystemPython
}

// RunScript runs one of the Python check scripts of exporters/testdata
// with SystemPython and decodes its JSON output into v. A script that
// cannot import its modules prints {"__missing__": "…"}, and the test is
// skipped (failed under CI); importing only once keeps the checks fast.
func RunScript(t testing.TB, v any, script string, args ...string) {
	t.Helper()
	py := Python(t)
	out := Run(t, nil, py, append([]string{Script(t, script)}, args...)...)
	var missing struct {
		Missing string `json:"__missing__"`
	}
	if err := json.Unmarshal(out, &missing); err == nil && missing.Missing != "" {
		Missing(t, missing.Missing+" for "+SystemPython)
	}
	if err := json.Unmarshal(out, v); err != nil {
		t.Fatalf("read the output of %s: %v\n%s", script, err, out)
	}
}

// Run runs a command with stdin and a timeout, returning its stdout; a
// failure is fatal and shows stderr.
func Run(t testing.TB, stdin []byte, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdin = bytes.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return stdout.Bytes()
}

// Script returns the path of a helper script in exporters/testdata.
func Script(t testing.TB, name string) string {
	return filepath.Join(TestdataDir(t), name)
}
