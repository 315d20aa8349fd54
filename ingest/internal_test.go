package ingest

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/newsgraph/newsgraph"
)

func TestHeadline(t *testing.T) {
	long := ""
	for range 30 {
		long += "word word "
	}
	tests := []struct {
		name, text, want string
	}{
		{"headline", "Storm hits coast\nThe storm hit on Monday.", "Storm hits coast"},
		{"leading blank lines", "\n\n  Storm hits coast  \nThe storm hit.", "Storm hits coast"},
		{"sentence", "The storm hit the coast.\nMore text.", ""},
		{"question", "Will the storm hit?\nMore text.", ""},
		{"colon", "Breaking:\nMore text.", ""},
		{"comma", "Storm hits coast,\nmore text.", ""},
		{"quote after period", "He said \"no.\"\nMore text.", ""},
		{"curly quote after period", "He said “no.”\nMore text.", ""},
		{"quoted headline", "Minister: \"We will act\"\nMore text.", "Minister: \"We will act\""},
		{"only line", "Storm hits coast", ""},
		{"only line then blank", "Storm hits coast\n\n  \n", ""},
		{"too long", long + "\nMore text.", ""},
		{"no letters", "----\nMore text.", ""},
		{"ellipsis", "And then…\nMore text.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headline(tt.text); got != tt.want {
				t.Errorf("headline(%q): got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestMarkdownTitle(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"atx", "# Storm hits coast\n\nText.", "Storm hits coast"},
		{"atx closed", "## Storm hits coast ##\nText.", "Storm hits coast"},
		{"atx only", "# Storm hits coast", "Storm hits coast"},
		{"hashtag", "#storm\nText.", ""},
		{"setext", "Storm hits coast\n===\nText.", "Storm hits coast"},
		{"setext h2", "Storm hits coast\n---\nText.", "Storm hits coast"},
		{"plain headline", "Storm hits coast\nThe storm hit.", "Storm hits coast"},
		{"front matter", "---\ntitle: x\n---\nText.", ""},
		{"list", "- item one\n- item two", ""},
		{"quote", "> quoted words\nText.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := markdownTitle(tt.text); got != tt.want {
				t.Errorf("markdownTitle(%q): got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		in      string
		want    time.Time
		wantErr bool
	}{
		{in: "2019-01-04", want: utc(2019, 1, 4, 0, 0)},
		{in: " 2019-01-04 ", want: utc(2019, 1, 4, 0, 0)},
		{in: "2019-01-04T10:30:00Z", want: utc(2019, 1, 4, 10, 30)},
		{in: "2019-01-04T12:30:00+02:00", want: utc(2019, 1, 4, 10, 30)},
		{in: "2019-01-04T12:30:00.123+02:00", want: utc(2019, 1, 4, 10, 30).Add(123 * time.Millisecond)},
		{in: "2019-01-04T12:30:00+0200", want: utc(2019, 1, 4, 10, 30)},
		{in: "2019-01-04T10:30:00", want: utc(2019, 1, 4, 10, 30)},
		{in: "2019-01-04T10:30", want: utc(2019, 1, 4, 10, 30)},
		{in: "2019-01-04 10:30:00", want: utc(2019, 1, 4, 10, 30)},
		{in: "2019/01/04", want: utc(2019, 1, 4, 0, 0)},
		{in: "Fri, 04 Jan 2019 10:30:00 +0000", want: utc(2019, 1, 4, 10, 30)},
		{in: "Fri, 4 Jan 2019 10:30:00 GMT", want: utc(2019, 1, 4, 10, 30)},
		{in: "January 4, 2019", want: utc(2019, 1, 4, 0, 0)},
		{in: "Jan 4, 2019", want: utc(2019, 1, 4, 0, 0)},
		{in: "4 January 2019", want: utc(2019, 1, 4, 0, 0)},
		{in: "Friday, January 4, 2019", want: utc(2019, 1, 4, 0, 0)},
		{in: "last Friday", wantErr: true},
		{in: "2019-13-45", wantErr: true},
		{in: "", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseDate(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("parseDate(%q): got error %v, want error: %v", tt.in, err, tt.wantErr)
			}
			if !got.Equal(tt.want) {
				t.Errorf("parseDate(%q): got %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestBlockText(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"inline spacing", "<p>Hello <b>big</b> world</p>", "Hello big world"},
		{"no space between inline", "<p>Hel<b>lo</b></p>", "Hello"},
		{"paragraphs", "<p>One.</p><p>Two.</p>", "One.\nTwo."},
		{"br", "<p>One<br>Two</p>", "One\nTwo"},
		{"collapse", "<p>  One \n\t two  </p>", "One two"},
		{"nbsp", "<p>One&nbsp;two</p>", "One two"},
		{"pre", "<pre>a\n  b</pre>", "a\nb"},
		{"list", "<ul><li>a</li><li>b</li></ul>", "a\nb"},
		{"script", "<p>a<script>x()</script>b</p>", "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := parseHTMLString(tt.html)
			if err != nil {
				t.Fatal(err)
			}
			if got := blockText(root); got != tt.want {
				t.Errorf("blockText(%q): got %q, want %q", tt.html, got, tt.want)
			}
		})
	}
}

func parseHTMLString(s string) (*html.Node, error) { return html.Parse(strings.NewReader(s)) }

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

func TestSniff(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr bool
	}{
		{"text", "Plain text.\n", false},
		{"two control chars in short text", "a,b\n\x1c\x1c\n", false},
		{"escape codes", "\x1b[1mBold\x1b[0m text", false},
		{"latin-1", "Caf\xe9 cr\xe8me br\xfbl\xe9e", false},
		{"windows-1251", "\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0", false},
		{"NUL", "text\x00", true},
		{"many control chars", "\x04\x04\x04\x04\x04\x04\x04\x04 and some text", true},
		{"control and invalid", "\x01\xff\xfe\xfd\xfc ab", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := sniff([]byte(tt.in))
			if (err != nil) != tt.wantErr {
				t.Errorf("sniff(%q): got error %v, want error: %v", tt.in, err, tt.wantErr)
			}
		})
	}
}

// cancelReader reads from r and cancels the context after its first read,
// as an interrupt arriving while a page is parsed.
type cancelReader struct {
	r      io.Reader
	cancel context.CancelFunc
	reads  int
}

func (c *cancelReader) Read(p []byte) (int, error) {
	c.reads++
	if c.reads > 1 {
		c.cancel()
	}
	return c.r.Read(p[:min(len(p), 1024)])
}

func TestParseHTMLStops(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div><p>Text of a long page.</p></div>", 20_000) + "</body></html>"
	t.Run("while parsing", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		cr := &cancelReader{r: strings.NewReader(page), cancel: cancel}
		root, err := parseTree(ctx, cr)
		if !errors.Is(err, context.Canceled) || root != nil {
			t.Fatalf("got %v, %v; want context.Canceled", root, err)
		}
		if cr.reads > 3 {
			t.Errorf("the parser read %d times after the interrupt, want it to stop at the next read", cr.reads-2)
		}
	})
	t.Run("before parsing", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		w := &walker{ctx: ctx, log: slog.New(slog.DiscardHandler)}
		var doc newsgraph.Doc
		if err := w.parseHTML(&doc, []byte(page)); !errors.Is(err, context.Canceled) {
			t.Fatalf("got %v, want context.Canceled", err)
		}
	})
}
