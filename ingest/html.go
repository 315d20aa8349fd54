package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	readability "github.com/go-shiori/go-readability"
	"github.com/newsgraph/newsgraph"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// Limits on the pages given to go-readability, whose running time grows
// with the number of elements times the square of the nesting depth, or
// worse (a page of 300 nested tables takes seconds). News pages stay far
// below them (3,000 elements 40 deep: 5e6); a page over them is reduced to
// all of its body text instead, in well under a second.
const (
	maxReadabilityDepth = 120
	maxReadabilityWork  = 60_000_000 // elements × depth²
)

// maxHTMLElements bounds the elements of a page: the parsed tree takes
// about 80 bytes an element (a 45 MB page of nested <div>s, 9 million
// elements, took 740 MB), and a news page has a few thousand.
const maxHTMLElements = 1_000_000

// ErrNoText is wrapped by the error for an HTML page with no text.
var ErrNoText = errors.New("no extractable text")

// ErrTooComplex is wrapped by the error for an HTML page of more than
// maxHTMLElements elements.
var ErrTooComplex = errors.New("HTML page too complex")

// parseHTML fills doc from the bytes of an HTML page: Text is the article
// text found by readability (or, when it finds none, the text of the whole
// body), one paragraph per line; Title, URL and Published come from the
// page's metadata.
//
// The page is decoded from the charset it declares (BOM or <meta charset>)
// and must otherwise be valid UTF-8.
//
// Parsing stops when w.ctx is done, between stages and while the page is
// parsed, so that an interrupt is honoured within a fraction of a second
// even on a large page.
func (w *walker) parseHTML(doc *newsgraph.Doc, b []byte) error {
	b, err := decodeHTML(b)
	if err != nil {
		return err
	}
	if err := countElements(w.ctx, b); err != nil {
		return err
	}
	root, err := parseTree(w.ctx, bytes.NewReader(b))
	if err != nil {
		return err
	}
	if err := w.ctx.Err(); err != nil {
		return err
	}
	m := pageMeta(root)
	doc.URL = m.url

	var art readability.Article
	var rerr error
	if depth, elems := treeShape(root); depth > maxReadabilityDepth || elems*depth*depth > maxReadabilityWork {
		rerr = fmt.Errorf("page too complex for readability (depth %d, %d elements)", depth, elems)
		w.log.Info("reading all text of HTML page", "doc", doc.Source, "reason", rerr)
	} else {
		art, rerr = runReadability(root)
	}
	if err := w.ctx.Err(); err != nil {
		return err
	}
	if rerr == nil && art.Content != "" {
		if n, err := html.Parse(strings.NewReader(art.Content)); err == nil {
			doc.Text = blockText(n)
		}
	}
	if doc.Text == "" {
		// Readability found no article (a short or unusual page): take
		// all of the body's text.
		doc.Text = blockText(root)
	}
	if doc.Text == "" {
		if rerr != nil {
			return fmt.Errorf("%w in HTML (readability: %w)", ErrNoText, rerr)
		}
		return fmt.Errorf("%w in HTML", ErrNoText)
	}
	// go-readability's title is the page's <title> without the site's name
	// ("Storm hits coast | The Daily News" gives "Storm hits coast"), by
	// rules that sometimes keep it; a <title> holding the <h1> is surer.
	doc.Title = firstNonEmpty(m.title, m.h1InTitle, oneLine(art.Title), m.titleTag, m.h1)
	doc.Text = withHeadline(doc.Title, doc.Text, "\n")

	var firstBad string
	for _, s := range m.dates {
		t, err := parseDate(s)
		if err == nil {
			doc.Published = t
			break
		}
		if firstBad == "" {
			firstBad = s
		}
	}
	// art.PublishedTime is not used: go-readability reads dates without a
	// zone in the machine's local time, so it would differ between machines.
	if doc.Published.IsZero() && firstBad != "" {
		w.log.Warn("unparsable date; publication time left unset", "doc", doc.Source, "date", firstBad)
	}
	return nil
}

// countElements fails when the page b has more than maxHTMLElements start
// tags, or when ctx is done.
func countElements(ctx context.Context, b []byte) error {
	z := html.NewTokenizer(bytes.NewReader(b))
	n := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ctx.Err() // the end of the page
		case html.StartTagToken, html.SelfClosingTagToken:
			if n++; n > maxHTMLElements {
				return fmt.Errorf("%w: more than %d elements (a news page has a few thousand)", ErrTooComplex, maxHTMLElements)
			}
			if n%4096 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
		}
	}
}

// parseTree parses the page in r, stopping with ctx's error when ctx is
// done.
func parseTree(ctx context.Context, r io.Reader) (*html.Node, error) {
	root, err := html.Parse(ctxReader{ctx, r})
	if cerr := ctx.Err(); cerr != nil {
		return nil, cerr
	}
	if err != nil {
		// Since golang.org/x/net v0.62.0 the parser stops at a page nested
		// more than 512 elements deep ("html: open stack of elements
		// exceeds 512 nodes"), in a fraction of a second; before, 200,000
		// nested <div>s (2.2 MB) took 427 s.
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	return root, nil
}

// A ctxReader reads from r until ctx is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// decodeHTML returns b as UTF-8 without a BOM, decoded from the charset
// that b declares, if any, or checked to be UTF-8 text.
func decodeHTML(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, ErrEmpty
	}
	offset := 0
	if bytes.HasPrefix(b, []byte(bomUTF8)) {
		b = b[len(bomUTF8):]
		offset = len(bomUTF8)
	} else if declaresCharset(b) {
		enc, name, _ := charset.DetermineEncoding(b, "")
		if name != "utf-8" {
			d, err := enc.NewDecoder().Bytes(b)
			if err != nil {
				return nil, fmt.Errorf("decode %s: %w", name, err)
			}
			b, offset = d, -1
		}
	}
	if offset < 0 {
		// Decoded: offsets in the file are unknown, but the text is UTF-8.
		if err := checkNUL(b, -1); err != nil {
			return nil, err
		}
		if err := sniff(b); err != nil {
			return nil, err
		}
	} else if err := checkText(b, offset); err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, fmt.Errorf("%w (only whitespace)", ErrEmpty)
	}
	return b, nil
}

// declaresCharset reports whether the start of an HTML page declares its
// charset with a UTF-16 BOM or a <meta> tag.
func declaresCharset(b []byte) bool {
	if bytes.HasPrefix(b, []byte(bomUTF16LE)) || bytes.HasPrefix(b, []byte(bomUTF16BE)) {
		return true
	}
	if len(b) > 1024 {
		b = b[:1024]
	}
	return bytes.Contains(bytes.ToLower(b), []byte("charset"))
}

// runReadability runs go-readability on a copy of root, turning a panic
// inside it into an error: a malformed page must not stop a run.
func runReadability(root *html.Node) (art readability.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("readability panicked: %v", r)
		}
	}()
	return readability.FromDocument(root, nil)
}

// A meta holds what a page says about itself.
type meta struct {
	title     string // og:title or twitter:title
	titleTag  string // <title>
	h1        string // the first <h1>
	h1InTitle string // the first <h1> when <title> holds it
	url       string
	dates     []string // publication date candidates, best first
}

// pageMeta reads a page's title, canonical URL and publication dates:
//   - title: og:title, twitter:title; <title> (or the first <h1> when the
//     <title> holds it and more, such as the site's name); the first <h1>;
//   - URL: og:url, <link rel=canonical>;
//   - dates: article:published_time and its og: variants, JSON-LD
//     datePublished, itemprop=datePublished, <time datetime> (a pubdate one
//     first), then date meta names (date, dc.date, …).
func pageMeta(root *html.Node) meta {
	props := map[string]string{} // first content of each meta property or name
	var (
		titleTag, h1, canonical string
		jsonLD                  []string
		timePub, timeAny        string
		itempropDate            string
	)
	walkNodes(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				for _, k := range []string{"property", "name", "itemprop"} {
					if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" && content != "" {
						if _, ok := props[key]; !ok {
							props[key] = content
						}
					}
				}
			case atom.Title:
				if titleTag == "" {
					titleTag = oneLine(textOf(n))
				}
			case atom.H1:
				if h1 == "" {
					h1 = oneLine(textOf(n))
				}
			case atom.Link:
				if canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					jsonLD = append(jsonLD, textOf(n))
				}
			case atom.Time:
				if dt := strings.TrimSpace(attr(n, "datetime")); dt != "" {
					switch {
					case itempropDate == "" && strings.EqualFold(attr(n, "itemprop"), "datePublished"):
						itempropDate = dt
					case timePub == "" && hasAttr(n, "pubdate"):
						timePub = dt
					case timeAny == "":
						timeAny = dt
					}
				}
			}
		}
		return true
	}, nil)

	var m meta
	m.title = firstNonEmpty(oneLine(props["og:title"]), oneLine(props["twitter:title"]))
	m.titleTag, m.h1 = titleTag, h1
	if h1 != "" && strings.Contains(titleTag, h1) {
		m.h1InTitle = h1
	}
	m.url = firstNonEmpty(props["og:url"], canonical)
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			m.dates = append(m.dates, s)
		}
	}
	for _, k := range []string{"article:published_time", "og:article:published_time", "og:published_time"} {
		add(props[k])
	}
	for _, src := range jsonLD {
		add(jsonLDDate(src))
	}
	add(props["datepublished"]) // <meta itemprop="datePublished">
	add(itempropDate)
	add(timePub)
	add(timeAny)
	for _, k := range []string{"pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date"} {
		add(props[k])
	}
	return m
}

// jsonLDDate returns the first datePublished in a JSON-LD script, looking
// into arrays and @graph.
func jsonLDDate(src string) string {
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return ""
	}
	var find func(v any, depth int) string
	find = func(v any, depth int) string {
		if depth > 16 {
			return ""
		}
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["datePublished"].(string); ok && strings.TrimSpace(s) != "" {
				return s
			}
			if g, ok := v["@graph"]; ok {
				return find(g, depth+1)
			}
		case []any:
			for _, e := range v {
				if s := find(e, depth+1); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return find(v, 0)
}

// blockElements are the elements that start a new line of text.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Br: true, atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Td: true, atom.Th: true, atom.Tr: true, atom.Ul: true,
	atom.Caption: true, atom.Body: true, atom.Html: true,
}

// skipElements hold no readable text.
var skipElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Iframe: true, atom.Object: true, atom.Svg: true,
	atom.Math: true, atom.Select: true, atom.Button: true, atom.Canvas: true,
}

// blockText returns the text under n, one line per block element (paragraph,
// heading, list item, table cell), with white space inside a line collapsed
// (except in <pre>) and blank lines dropped.
func blockText(n *html.Node) string {
	var b strings.Builder
	space := false // a space is pending between words
	pre := 0       // depth of <pre> elements
	walkNodes(n, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			s := strings.ReplaceAll(n.Data, "\u00a0", " ")
			if pre > 0 {
				b.WriteString(normalizeNewlines(s))
				space = false
				return false
			}
			if s != "" && isHTMLSpace(rune(s[0])) {
				space = true
			}
			for i, f := range strings.FieldsFunc(s, isHTMLSpace) {
				if i > 0 || space {
					b.WriteByte(' ')
				}
				b.WriteString(f)
				space = false
			}
			if s != "" && isHTMLSpace(rune(s[len(s)-1])) {
				space = true
			}
			return false
		case html.ElementNode:
			if skipElements[n.DataAtom] {
				return false
			}
			if n.DataAtom == atom.Pre {
				pre++
			}
			if blockElements[n.DataAtom] {
				b.WriteByte('\n')
				space = false
			}
			return true
		case html.DocumentNode:
			return true
		}
		return false
	}, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if n.DataAtom == atom.Pre {
			pre--
		}
		if blockElements[n.DataAtom] {
			b.WriteByte('\n')
			space = false
		}
	})
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// walkNodes visits the tree under root in document order, without
// recursion (pages can nest deeply): enter is called for each node, and when
// it returns true, the node's children are visited and then exit is called
// for the node (when exit is not nil).
func walkNodes(root *html.Node, enter func(*html.Node) bool, exit func(*html.Node)) {
	n := root
	for {
		if enter(n) {
			if n.FirstChild != nil {
				n = n.FirstChild
				continue
			}
			if exit != nil {
				exit(n)
			}
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
			if exit != nil {
				exit(n)
			}
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// treeShape returns the depth of the deepest node under root and the number
// of elements.
func treeShape(root *html.Node) (maxDepth, elements int) {
	depth := 0
	walkNodes(root, func(n *html.Node) bool {
		depth++
		maxDepth = max(maxDepth, depth)
		if n.Type == html.ElementNode {
			elements++
		}
		return true
	}, func(*html.Node) { depth-- })
	return maxDepth, elements
}

// isHTMLSpace reports whether r is HTML white space.
func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// textOf returns the concatenated text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	walkNodes(n, func(n *html.Node) bool {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		return true
	}, nil)
	return b.String()
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// hasToken reports whether the space-separated list s holds tok, in any
// case.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// oneLine collapses the white space of s (including no-break spaces) and
// replaces invalid UTF-8.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
	if !utf8.ValidString(s) {
		return strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
