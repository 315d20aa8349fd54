package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
)

// A result is one call of Walk's callback.
type result struct {
	doc newsgraph.Doc
	err error
}

// walkAll runs Walk over paths and returns every callback, failing the test
// when Walk itself fails.
func walkAll(t *testing.T, paths []string, opt ingest.Options) []result {
	t.Helper()
	var got []result
	err := ingest.Walk(context.Background(), paths, opt, func(doc newsgraph.Doc, err error) error {
		got = append(got, result{doc, err})
		return nil
	})
	if err != nil {
		t.Fatalf("Walk(%q): %v", paths, err)
	}
	return got
}

// walkOne runs Walk over one path that must give exactly one callback.
func walkOne(t *testing.T, path string, opt ingest.Options) (newsgraph.Doc, error) {
	t.Helper()
	got := walkAll(t, []string{path}, opt)
	if len(got) != 1 {
		t.Fatalf("Walk(%q): got %d documents, want 1: %+v", path, len(got), got)
	}
	return got[0].doc, got[0].err
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestWalkTextFiles(t *testing.T) {
	tests := []struct {
		name string
		path string
		want newsgraph.Doc
	}{
		{
			name: "headline taken from first line",
			path: "testdata/files/headline.txt",
			want: newsgraph.Doc{
				ID: "headline", Source: "testdata/files/headline.txt",
				Title: "Harbour bridge reopens after two years of repairs",
				Text:  "Harbour bridge reopens after two years of repairs\nThe Eastport harbour bridge reopened to traffic on Tuesday, the city said.\nMayor Lena Ortiz cut the ribbon at a short ceremony.\n",
			},
		},
		{
			name: "sentence is no headline",
			path: "testdata/files/sentence.txt",
			want: newsgraph.Doc{
				ID: "sentence", Source: "testdata/files/sentence.txt",
				Text: "The Eastport harbour bridge reopened to traffic on Tuesday.\nMayor Lena Ortiz cut the ribbon at a short ceremony.\n",
			},
		},
		{
			name: "markdown heading kept in text",
			path: "testdata/files/heading.md",
			want: newsgraph.Doc{
				ID: "heading", Source: "testdata/files/heading.md",
				Title: "Council approves new library budget",
				Text:  "# Council approves new library budget\n\nThe town council of Millbrook voted 7 to 2 on Thursday to fund a new library.\n",
			},
		},
		{
			name: "markdown setext heading",
			path: "testdata/files/setext.md",
			want: newsgraph.Doc{
				ID: "setext", Source: "testdata/files/setext.md",
				Title: "Rail strike ends after talks",
				Text:  "Rail strike ends after talks\n============================\n\nTrain drivers in Norland returned to work on Monday.\n",
			},
		},
		{
			name: "CRLF normalised",
			path: "testdata/files/crlf.txt",
			want: newsgraph.Doc{
				ID: "crlf", Source: "testdata/files/crlf.txt",
				Title: "Ferry service resumes",
				Text:  "Ferry service resumes\nThe island ferry sailed again on Sunday.\nPassengers cheered.\n",
			},
		},
		{
			name: "BOM stripped",
			path: "testdata/files/bom.txt",
			want: newsgraph.Doc{
				ID: "bom", Source: "testdata/files/bom.txt",
				Title: "Snow closes mountain pass",
				Text:  "Snow closes mountain pass\nThe pass was closed on Friday after heavy snow.\n",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := walkOne(t, tt.path, ingest.Options{})
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if got != tt.want {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestWalkHTML(t *testing.T) {
	tests := []struct {
		name          string
		path          string
		title, url    string
		published     time.Time
		wantLines     []string // lines that Text must hold, in order
		notInText     []string
		wantParagraph int // minimum number of lines
	}{
		{
			name:          "og meta",
			path:          "testdata/html/article.html",
			title:         "Orchard growers report record harvest",
			url:           "https://courier.example/2023/05/orchard-harvest",
			published:     date("2023-05-14T08:30:00+02:00"),
			wantLines:     []string{"Apple growers in the Tarn valley picked more fruit", "The association's chair, Marta Quill, said a mild spring", "Prices, however, fell by a fifth"},
			notInText:     []string{"tracking", "color: red", "Copyright", "News"},
			wantParagraph: 3,
		},
		{
			name:          "JSON-LD date and canonical link",
			path:          "testdata/html/jsonld.html",
			title:         "Museum returns stolen painting",
			url:           "https://news.example/museum-painting",
			published:     date("2021-11-03T10:00:00Z"),
			wantLines:     []string{"A painting stolen from the Harlow museum", "The museum's director thanked"},
			notInText:     []string{"schema.org"},
			wantParagraph: 2,
		},
		{
			name:          "time element",
			path:          "testdata/html/time.html",
			title:         "Local team wins cup",
			published:     date("2020-02-29T00:00:00Z"),
			wantLines:     []string{"beating Oakley 3–1 in the final"},
			wantParagraph: 1,
		},
		{
			name:          "declared latin-1 charset",
			path:          "testdata/html/latin1.html",
			title:         "Café opens",
			wantLines:     []string{"A new café opened on the square in Châtelet on Monday."},
			wantParagraph: 1,
		},
		{
			name:          "malformed markup",
			path:          "testdata/html/malformed.html",
			wantLines:     []string{"The bakery on Mill Street closed for good on Friday after forty years.", "Its owner, Sam Reyes, said he would retire."},
			wantParagraph: 2,
		},
		{
			name:          "unparsable date kept as zero",
			path:          "testdata/html/baddate.html",
			title:         "Heatwave warning",
			wantLines:     []string{"Forecasters issued a heatwave warning for the coast on Thursday."},
			wantParagraph: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := walkOne(t, tt.path, ingest.Options{})
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if got.Title != tt.title {
				t.Errorf("got title %q, want %q", got.Title, tt.title)
			}
			if got.URL != tt.url {
				t.Errorf("got URL %q, want %q", got.URL, tt.url)
			}
			if !got.Published.Equal(tt.published) {
				t.Errorf("got published %v, want %v", got.Published, tt.published)
			}
			lines := strings.Split(got.Text, "\n")
			if len(lines) < tt.wantParagraph {
				t.Errorf("got %d lines, want at least %d:\n%s", len(lines), tt.wantParagraph, got.Text)
			}
			rest := got.Text
			for _, l := range tt.wantLines {
				i := strings.Index(rest, l)
				if i < 0 {
					t.Errorf("text lacks %q (in order):\n%s", l, got.Text)
					continue
				}
				rest = rest[i+len(l):]
			}
			for _, s := range tt.notInText {
				if strings.Contains(got.Text, s) {
					t.Errorf("text holds %q:\n%s", s, got.Text)
				}
			}
			for i, l := range lines {
				if l == "" || strings.TrimSpace(l) != l || strings.Contains(l, "  ") {
					t.Errorf("line %d is %q, want trimmed non-empty text with single spaces", i, l)
				}
			}
		})
	}
}

func TestWalkTables(t *testing.T) {
	tests := []struct {
		name string
		path string
		want []result // err compared by message
	}{
		{
			name: "csv with columns in any order",
			path: "testdata/rows/articles.csv",
			want: []result{
				{doc: newsgraph.Doc{ID: "https://example.org/wind-farm", Source: "testdata/rows/articles.csv:2", Title: "Wind farm approved", URL: "https://example.org/wind-farm", Published: date("2019-01-04T00:00:00Z"), Text: "Wind farm approved\n\nThe planning board approved a wind farm off the Kellan coast on Monday.\n\nConstruction is to start next spring."}},
				{doc: newsgraph.Doc{ID: "articles#2", Source: "testdata/rows/articles.csv:5", Title: "Bus fares to rise, city says", Published: date("2020-03-01T09:15:00Z"), Text: "Bus fares to rise, city says\n\nBus fares in Portley will rise by ten cents in March, the city said."}},
				{doc: newsgraph.Doc{ID: "https://example.org/vote", Source: "testdata/rows/articles.csv:6", Title: "Vote delayed", URL: "https://example.org/vote", Text: "Vote delayed\n\nThe vote on the harbour plan was delayed by a week."}},
			},
		},
		{
			name: "jsonl with blank line and missing url",
			path: "testdata/rows/articles.jsonl",
			want: []result{
				{doc: newsgraph.Doc{ID: "https://example.org/tunnel", Source: "testdata/rows/articles.jsonl:1", Title: "Tunnel opens", URL: "https://example.org/tunnel", Published: date("2022-07-19T00:00:00Z"), Text: "Tunnel opens\n\nA road tunnel under the Selby hills opened on Tuesday."}},
				{doc: newsgraph.Doc{ID: "articles#2", Source: "testdata/rows/articles.jsonl:3", Title: "No URL here", Text: "No URL here\n\nA story without a URL gets an ID from its row number."}},
			},
		},
		{
			name: "csv bad rows reported, others kept",
			path: "testdata/rows/badrows.csv",
			want: []result{
				{doc: newsgraph.Doc{ID: "https://example.org/one", Source: "testdata/rows/badrows.csv:2", Title: "One", URL: "https://example.org/one", Published: date("2019-02-01T00:00:00Z"), Text: "One\n\nFirst story text."}},
				{doc: newsgraph.Doc{Source: "testdata/rows/badrows.csv:3"}, err: errors.New("testdata/rows/badrows.csv:3: read: wrong number of fields: got 3, want 4 as in the header")},
				{doc: newsgraph.Doc{ID: "https://example.org/three", Source: "testdata/rows/badrows.csv:4", Title: "Three", URL: "https://example.org/three", Published: date("2019-02-03T00:00:00Z"), Text: "Three\n\nThird story text."}},
				{doc: newsgraph.Doc{ID: "https://example.org/four", Source: "testdata/rows/badrows.csv:5"}, err: errors.New("testdata/rows/badrows.csv:5: read: empty file: no text")},
			},
		},
		{
			name: "csv quoting error ends the file",
			path: "testdata/rows/badquote.csv",
			want: []result{
				{doc: newsgraph.Doc{ID: "https://example.org/one", Source: "testdata/rows/badquote.csv:2", Title: "One", URL: "https://example.org/one", Published: date("2019-02-01T00:00:00Z"), Text: "One\n\nFirst story text."}},
				{doc: newsgraph.Doc{Source: "testdata/rows/badquote.csv:3"}, err: errors.New(`testdata/rows/badquote.csv:3: read: bad quoting at line 3, column 50: extraneous or missing " in quoted-field; the rest of the file is not read`)},
			},
		},
		{
			name: "csv without text column",
			path: "testdata/rows/notext.csv",
			want: []result{
				{doc: newsgraph.Doc{ID: "notext", Source: "testdata/rows/notext.csv"}, err: errors.New(`testdata/rows/notext.csv: read: no "text" column in header ["url" "date" "headline" "body"] (want columns url, date, title, text)`)},
			},
		},
		{
			name: "jsonl bad lines reported, others kept",
			path: "testdata/rows/badrows.jsonl",
			want: []result{
				{doc: newsgraph.Doc{ID: "https://example.org/a", Source: "testdata/rows/badrows.jsonl:1", URL: "https://example.org/a", Text: "Good line one."}},
				{doc: newsgraph.Doc{Source: "testdata/rows/badrows.jsonl:2"}, err: errors.New("testdata/rows/badrows.jsonl:2: read: bad JSON: unexpected end of JSON input")},
				{doc: newsgraph.Doc{Source: "testdata/rows/badrows.jsonl:3"}, err: errors.New(`testdata/rows/badrows.jsonl:3: read: bad JSON: "date" is a JSON number, want a string`)},
				{doc: newsgraph.Doc{Source: "testdata/rows/badrows.jsonl:4"}, err: errors.New("testdata/rows/badrows.jsonl:4: read: bad JSON: got a JSON array, want an object")},
				{doc: newsgraph.Doc{ID: "https://example.org/d", Source: "testdata/rows/badrows.jsonl:5"}, err: errors.New(`testdata/rows/badrows.jsonl:5: read: bad row: no "text" key (want keys url, date, title, text)`)},
				{doc: newsgraph.Doc{ID: "https://example.org/e", Source: "testdata/rows/badrows.jsonl:6", URL: "https://example.org/e", Text: "Good line six."}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := walkAll(t, []string{tt.path}, ingest.Options{})
			if len(got) != len(tt.want) {
				t.Errorf("got %d results, want %d", len(got), len(tt.want))
			}
			for i := range min(len(got), len(tt.want)) {
				g, w := got[i], tt.want[i]
				if g.doc != w.doc {
					t.Errorf("result %d: got doc  %+v\nwant doc %+v", i, g.doc, w.doc)
				}
				switch {
				case (g.err == nil) != (w.err == nil):
					t.Errorf("result %d: got error %v, want %v", i, g.err, w.err)
				case g.err != nil && g.err.Error() != w.err.Error():
					t.Errorf("result %d: got error %q\nwant error %q", i, g.err, w.err)
				}
				var de *newsgraph.DocError
				if g.err != nil && !errors.As(g.err, &de) {
					t.Errorf("result %d: got error of type %T, want *newsgraph.DocError", i, g.err)
				}
			}
		})
	}
}

func TestWalkTree(t *testing.T) {
	var skipped []string
	opt := ingest.Options{Skipped: func(path, reason string) {
		skipped = append(skipped, path+": "+reason)
	}}
	got := walkAll(t, []string{"testdata/tree", "testdata/files/sentence.txt"}, opt)
	var ids, sources []string
	for _, r := range got {
		if r.err != nil {
			t.Errorf("got error %v, want none", r.err)
		}
		ids = append(ids, r.doc.ID)
		sources = append(sources, r.doc.Source)
	}
	wantIDs := []string{"a", "b/c", "b/d", "z", "sentence"}
	wantSources := []string{"testdata/tree/a.txt", "testdata/tree/b/c.md", "testdata/tree/b/d.txt", "testdata/tree/z.html", "testdata/files/sentence.txt"}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("got IDs %q, want %q", ids, wantIDs)
	}
	if !slices.Equal(sources, wantSources) {
		t.Errorf("got sources %q, want %q", sources, wantSources)
	}
	wantSkipped := []string{
		`testdata/tree/README: unknown format: no file extension`,
		`testdata/tree/notes.pdf: unknown format ".pdf"`,
	}
	if !slices.Equal(skipped, wantSkipped) {
		t.Errorf("got skipped %q, want %q", skipped, wantSkipped)
	}

	// The order does not depend on how the folder is named.
	abs, err := filepath.Abs("testdata/tree")
	if err != nil {
		t.Fatal(err)
	}
	var absIDs []string
	for _, r := range walkAll(t, []string{abs + "/"}, opt) {
		absIDs = append(absIDs, r.doc.ID)
	}
	if !slices.Equal(absIDs, wantIDs[:4]) {
		t.Errorf("with absolute root: got IDs %q, want %q", absIDs, wantIDs[:4])
	}
}

func TestWalkBadInput(t *testing.T) {
	big := bytes.Repeat([]byte("word "), 300)
	// 10,000 bytes of text: a NUL byte after it lies past the first 8 KB,
	// which are sniffed for binary content.
	long := bytes.Repeat([]byte("Some words here. "), 10_000/17+1)[:10_000]
	withNUL := func(prefix, suffix string) []byte {
		return []byte(prefix + string(long) + "\x00 more" + suffix)
	}
	tests := []struct {
		name    string
		file    string // created in a temporary folder
		content []byte
		opt     ingest.Options
		wantIs  error  // when not nil, errors.Is must hold
		wantMsg string // the error message must hold this
	}{
		{name: "empty text", file: "a.txt", content: nil, wantIs: ingest.ErrEmpty, wantMsg: "empty file"},
		{name: "whitespace text", file: "a.txt", content: []byte(" \n\t\n"), wantIs: ingest.ErrEmpty, wantMsg: "empty file (only whitespace)"},
		{name: "empty csv", file: "a.csv", content: nil, wantIs: ingest.ErrEmpty, wantMsg: "empty file"},
		{name: "empty jsonl", file: "a.jsonl", content: []byte("\n\n"), wantIs: ingest.ErrEmpty, wantMsg: "empty file (only blank lines)"},
		{name: "empty html", file: "a.html", content: nil, wantIs: ingest.ErrEmpty, wantMsg: "empty file"},
		{name: "NUL bytes", file: "a.txt", content: []byte("Some text\x00\x01\x02 and more"), wantIs: ingest.ErrBinary, wantMsg: "binary file, not text (NUL byte at offset 9)"},
		{name: "NUL byte after 8 KB of text", file: "a.txt", content: withNUL("", ""), wantIs: ingest.ErrBinary, wantMsg: "binary file, not text (NUL byte at offset 10000)"},
		{name: "NUL byte after 8 KB of text and a BOM", file: "a.txt", content: withNUL("\xef\xbb\xbf", ""), wantIs: ingest.ErrBinary, wantMsg: "(NUL byte at offset 10003)"},
		{name: "NUL byte after 8 KB of Markdown", file: "a.md", content: withNUL("# Title\n", ""), wantIs: ingest.ErrBinary, wantMsg: "(NUL byte at offset 10008)"},
		{name: "NUL byte after 8 KB of HTML", file: "a.html", content: withNUL("<p>", "</p>"), wantIs: ingest.ErrBinary, wantMsg: "(NUL byte at offset 10003)"},
		{name: "NUL byte after 8 KB of decoded HTML", file: "a.html", content: withNUL(`<meta charset="windows-1252"><p>`, "</p>"), wantIs: ingest.ErrBinary, wantMsg: "(NUL byte in the decoded text)"},
		{name: "control bytes", file: "a.md", content: bytes.Repeat([]byte{0x01, 0x02, 'a', 0x7f, 0x03}, 20), wantIs: ingest.ErrBinary, wantMsg: "binary file, not text"},
		{name: "binary csv", file: "a.csv", content: []byte("url,text\n\x00\x00\x00"), wantIs: ingest.ErrBinary, wantMsg: "binary file, not text"},
		{name: "binary html", file: "a.html", content: []byte("<p>\x00\x01</p>"), wantIs: ingest.ErrBinary, wantMsg: "binary file, not text"},
		{name: "random bytes", file: "a.txt", content: randomBytes(4096), wantIs: ingest.ErrBinary, wantMsg: "binary file, not text"},
		{name: "windows-1251 text", file: "a.txt", content: []byte("\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0"), wantIs: ingest.ErrInvalidUTF8, wantMsg: "invalid UTF-8 at byte offset 0"},
		{name: "latin-1 text", file: "a.txt", content: []byte("Caf\xe9 au lait"), wantIs: ingest.ErrInvalidUTF8, wantMsg: "invalid UTF-8 at byte offset 3"},
		{name: "latin-1 text after BOM", file: "a.txt", content: []byte("\xef\xbb\xbfCaf\xe9"), wantIs: ingest.ErrInvalidUTF8, wantMsg: "invalid UTF-8 at byte offset 6"},
		{name: "UTF-16 text", file: "a.txt", content: []byte("\xff\xfeH\x00i\x00"), wantIs: ingest.ErrInvalidUTF8, wantMsg: "UTF-16"},
		{name: "latin-1 html without charset", file: "a.html", content: []byte("<p>Caf\xe9</p>"), wantIs: ingest.ErrInvalidUTF8, wantMsg: "invalid UTF-8 at byte offset 6"},
		{name: "latin-1 csv row", file: "a.csv", content: []byte("url,text\nhttps://x.example/,Caf\xe9\n"), wantIs: ingest.ErrInvalidUTF8, wantMsg: "a.csv:2: read: invalid UTF-8 in text at byte offset 3"},
		{name: "latin-1 jsonl line", file: "a.jsonl", content: []byte("{\"text\":\"Caf\xe9\"}\n"), wantIs: ingest.ErrInvalidUTF8, wantMsg: "a.jsonl:1: read: invalid UTF-8 at byte offset 12 of the line"},
		{name: "text too large", file: "a.txt", content: big, opt: ingest.Options{MaxBytes: 1000}, wantIs: ingest.ErrTooLarge, wantMsg: "file too large: 1500 bytes, more than 1000"},
		{name: "html too large", file: "a.html", content: big, opt: ingest.Options{MaxBytes: 1000}, wantIs: ingest.ErrTooLarge, wantMsg: "file too large"},
		{name: "csv row too large", file: "a.csv", content: append([]byte("url,text\n,"), big...), opt: ingest.Options{MaxBytes: 1000}, wantIs: ingest.ErrTooLarge, wantMsg: "a.csv:2: read: row too large: 1501 bytes, more than 1000"},
		{name: "jsonl line too large", file: "a.jsonl", content: []byte(`{"text":"` + string(big) + `"}`), opt: ingest.Options{MaxBytes: 1000}, wantIs: ingest.ErrTooLarge, wantMsg: "a.jsonl:1: read: line too large"},
		{name: "html without text", file: "a.html", content: []byte("<html><head><title>T</title></head><body><img src=x></body></html>"), wantIs: ingest.ErrNoText, wantMsg: "no extractable text in HTML"},
		{name: "html nested too deep", file: "a.html", content: []byte("<html><body>" + strings.Repeat("<div>", 20_000) + "<p>Deep text.</p></body></html>"), wantMsg: "parse HTML: html: open stack of elements exceeds 512 nodes"},
		{name: "html with too many elements", file: "a.html", content: []byte("<html><body><p>Text." + strings.Repeat("<br>", 1_000_001) + "</p></body></html>"), wantIs: ingest.ErrTooComplex, wantMsg: "more than 1000000 elements"},
		{name: "unknown extension", file: "a.pdf", content: []byte("%PDF"), wantMsg: `unknown format ".pdf" (known: .csv, .htm, .html, .jsonl, .md, .ndjson, .text, .txt)`},
		{name: "no extension", file: "README", content: []byte("text"), wantMsg: `unknown format: no file extension`},
		{name: "csv header only blank", file: "a.csv", content: []byte("\n\n"), wantIs: ingest.ErrEmpty, wantMsg: "empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(path, tt.content, 0o644); err != nil {
				t.Fatal(err)
			}
			got := walkAll(t, []string{path}, tt.opt)
			if len(got) != 1 {
				t.Fatalf("got %d results, want 1: %+v", len(got), got)
			}
			err := got[0].err
			if err == nil {
				t.Fatalf("got no error, want %q (doc %+v)", tt.wantMsg, got[0].doc)
			}
			var de *newsgraph.DocError
			if !errors.As(err, &de) {
				t.Fatalf("got error of type %T, want *newsgraph.DocError", err)
			}
			if !strings.HasPrefix(de.Source, path) || got[0].doc.Source != de.Source {
				t.Errorf("got source %q (doc source %q), want it to name %s", de.Source, got[0].doc.Source, path)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("got error %q, want it to name %s", err, path)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("got error %v, want errors.Is %v", err, tt.wantIs)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("got error %q, want it to hold %q", err, tt.wantMsg)
			}
		})
	}
}

// randomBytes returns n bytes from a fixed pseudo-random sequence, without
// NUL bytes.
func randomBytes(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x>>8) | 1
	}
	return b
}

func TestWalkMissingPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nope.txt")
	_, err := walkOne(t, path, ingest.Options{})
	var de *newsgraph.DocError
	if !errors.As(err, &de) || de.Source != path {
		t.Fatalf("got error %v, want a DocError for %s", err, path)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("got error %v, want errors.Is fs.ErrNotExist", err)
	}
	if want := path + ": read: stat: no such file or directory"; err.Error() != want {
		t.Errorf("got error %q, want %q", err, want)
	}
}

func TestWalkIDCollision(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.md", "a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Some news text."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := walkAll(t, []string{dir}, ingest.Options{})
	if len(got) != 3 {
		t.Fatalf("got %d results, want 3", len(got))
	}
	if got[0].err != nil || got[0].doc.ID != "a" || got[2].err != nil || got[2].doc.ID != "b" {
		t.Errorf("got %+v, want a.md and b.txt read", got)
	}
	want := fmt.Sprintf(`%s: read: ID "a" already used by a.md in the same folder`, filepath.Join(dir, "a.txt"))
	if got[1].err == nil || got[1].err.Error() != want {
		t.Errorf("got error %v, want %q", got[1].err, want)
	}
}

func TestWalkStdin(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []result
	}{
		{
			name:  "plain text",
			input: "Flood waters recede\nThe river fell below its banks on Sunday.\n",
			want:  []result{{doc: newsgraph.Doc{ID: "stdin", Source: "stdin", Title: "Flood waters recede", Text: "Flood waters recede\nThe river fell below its banks on Sunday.\n"}}},
		},
		{
			name:  "jsonl",
			input: "\n  {\"url\":\"https://example.org/x\",\"text\":\"First.\"}\n{\"text\":\"Second.\"}\n",
			want: []result{
				{doc: newsgraph.Doc{ID: "https://example.org/x", Source: "stdin:2", URL: "https://example.org/x", Text: "First."}},
				{doc: newsgraph.Doc{ID: "stdin#2", Source: "stdin:3", Text: "Second."}},
			},
		},
		{
			name:  "empty",
			input: "",
			want:  []result{{doc: newsgraph.Doc{ID: "stdin", Source: "stdin"}, err: errors.New("stdin: read: empty file")}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := walkAll(t, []string{"-"}, ingest.Options{Stdin: strings.NewReader(tt.input)})
			if len(got) != len(tt.want) {
				t.Fatalf("got %d results, want %d: %+v", len(got), len(tt.want), got)
			}
			for i := range got {
				if got[i].doc != tt.want[i].doc {
					t.Errorf("result %d: got  %+v\nwant %+v", i, got[i].doc, tt.want[i].doc)
				}
				if fmt.Sprint(got[i].err) != fmt.Sprint(tt.want[i].err) {
					t.Errorf("result %d: got error %v, want %v", i, got[i].err, tt.want[i].err)
				}
			}
		})
	}

	t.Run("no stdin", func(t *testing.T) {
		_, err := walkOne(t, "-", ingest.Options{})
		var de *newsgraph.DocError
		if !errors.As(err, &de) || !strings.Contains(err.Error(), "Options.Stdin is nil") {
			t.Errorf("got error %v, want a DocError about Options.Stdin", err)
		}
	})
}

func TestWalkStops(t *testing.T) {
	stop := errors.New("stop here")
	t.Run("callback error", func(t *testing.T) {
		calls := 0
		err := ingest.Walk(context.Background(), []string{"testdata/tree"}, ingest.Options{}, func(newsgraph.Doc, error) error {
			calls++
			if calls == 2 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || calls != 2 {
			t.Errorf("got error %v after %d calls, want %v after 2", err, calls, stop)
		}
	})
	t.Run("callback error in table", func(t *testing.T) {
		calls := 0
		err := ingest.Walk(context.Background(), []string{"testdata/rows/badrows.jsonl"}, ingest.Options{}, func(_ newsgraph.Doc, derr error) error {
			calls++
			return derr // stop at the first bad row
		})
		var de *newsgraph.DocError
		if !errors.As(err, &de) || de.Source != "testdata/rows/badrows.jsonl:2" || calls != 2 {
			t.Errorf("got error %v after %d calls, want the error of line 2 after 2 calls", err, calls)
		}
	})
	t.Run("context", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		calls := 0
		err := ingest.Walk(ctx, []string{"testdata/tree", "testdata/rows/articles.csv"}, ingest.Options{}, func(newsgraph.Doc, error) error {
			calls++
			cancel()
			return nil
		})
		if !errors.Is(err, context.Canceled) || calls != 1 {
			t.Errorf("got error %v after %d calls, want context.Canceled after 1", err, calls)
		}
	})
}

// TestWalkDocsValid checks what every Doc from the test data holds.
func TestWalkDocsValid(t *testing.T) {
	got := walkAll(t, []string{"testdata"}, ingest.Options{Skipped: func(string, string) {}})
	if len(got) < 20 {
		t.Errorf("got %d results, want at least 20", len(got))
	}
	for _, r := range got {
		if r.err != nil {
			var de *newsgraph.DocError
			if !errors.As(r.err, &de) || de.Source == "" || de.Source != r.doc.Source || de.Step != ingest.Step {
				t.Errorf("got error %#v with doc %+v, want a DocError with the doc's Source", r.err, r.doc)
			}
			continue
		}
		d := r.doc
		if d.ID == "" || d.Source == "" || strings.TrimSpace(d.Text) == "" || !utf8.ValidString(d.Text) || strings.Contains(d.Text, "\r") {
			t.Errorf("got doc %+v, want ID, Source and valid UTF-8 text without CR", d)
		}
	}
}

func TestWalkLogsBadDates(t *testing.T) {
	var buf bytes.Buffer
	opt := ingest.Options{Logger: slog.New(slog.NewTextHandler(&buf, nil))}
	got := walkAll(t, []string{"testdata/rows/articles.csv", "testdata/html/baddate.html"}, opt)
	for _, r := range got {
		if r.err != nil {
			t.Errorf("got error %v, want none", r.err)
		}
	}
	for _, want := range []string{
		`level=WARN msg="unparsable date; publication time left unset" doc=testdata/rows/articles.csv:6`,
		`level=WARN msg="unparsable date; publication time left unset" doc=testdata/html/baddate.html date="sometime last week"`,
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestWalkLinks(t *testing.T) {
	dir := t.TempDir()
	other := t.TempDir()
	if err := os.WriteFile(filepath.Join(other, "story.txt"), []byte("A linked story."), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, l := range []struct{ target, name string }{
		{filepath.Join(other, "story.txt"), "file.txt"},
		{other, "folder"},
		{filepath.Join(other, "missing.txt"), "broken.txt"},
	} {
		if err := os.Symlink(l.target, filepath.Join(dir, l.name)); err != nil {
			t.Skipf("cannot make links here: %v", err)
		}
	}
	var skipped []string
	got := walkAll(t, []string{dir}, ingest.Options{Skipped: func(path, reason string) {
		skipped = append(skipped, filepath.Base(path)+": "+reason)
	}})
	if len(got) != 2 {
		t.Fatalf("got %d results, want 2: %+v", len(got), got)
	}
	if got[0].err == nil || !errors.Is(got[0].err, fs.ErrNotExist) || got[0].doc.Source != filepath.Join(dir, "broken.txt") {
		t.Errorf("got %+v, want a not-exist error for broken.txt", got[0])
	}
	if got[1].err != nil || got[1].doc.ID != "file" || got[1].doc.Text != "A linked story." {
		t.Errorf("got %+v, want file.txt read through its link", got[1])
	}
	if want := []string{"folder: link to a folder, not followed"}; !slices.Equal(skipped, want) {
		t.Errorf("got skipped %q, want %q", skipped, want)
	}
}

func TestWalkHugeCSVRow(t *testing.T) {
	// A row far over MaxBytes is stopped while it is read, so its memory
	// stays bounded; the rest of the file cannot be found again.
	path := filepath.Join(t.TempDir(), "big.csv")
	content := "url,text\nhttps://example.org/a,First.\n,\"" + strings.Repeat("long text\n", 10000) + "\"\nhttps://example.org/c,Third.\n"
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	got := walkAll(t, []string{path}, ingest.Options{MaxBytes: 1000})
	if len(got) != 2 || got[0].err != nil {
		t.Fatalf("got %+v, want the first row and an error", got)
	}
	want := path + ": read: row 2 (after the row at line 2) too large: more than 1000 bytes (Options.MaxBytes); the rest of the file is not read"
	if got[1].err == nil || got[1].err.Error() != want || !errors.Is(got[1].err, ingest.ErrTooLarge) {
		t.Errorf("got error %v, want %q", got[1].err, want)
	}
}

func ExampleWalk() {
	err := ingest.Walk(context.Background(), []string{"testdata/tree"}, ingest.Options{
		Skipped: func(path, reason string) { fmt.Printf("skipped %s: %s\n", path, reason) },
	}, func(doc newsgraph.Doc, err error) error {
		if err != nil {
			return err // or count it and go on
		}
		fmt.Printf("%s %q (%d bytes)\n", doc.ID, doc.Title, len(doc.Text))
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// skipped testdata/tree/README: unknown format: no file extension
	// a "Stray dog finds its way home" (99 bytes)
	// b/c "Night market returns" (93 bytes)
	// b/d "" (58 bytes)
	// skipped testdata/tree/notes.pdf: unknown format ".pdf"
	// z "Library extends hours" (86 bytes)
}
