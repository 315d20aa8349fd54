package explore

import (
	"cmp"
	"net/http"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// DocumentPage is the answer of /api/v1/document: the article, its text cut
// into segments (so that pages mark mentions and sentences without
// counting bytes), the entities it mentions, its facts and quotations.
type DocumentPage struct {
	DocRef
	IRI string `json:"iri"`
	// TextSource says where the text comes from: "stored" (the text the
	// build read, kept in the store) or "evidence" (only the sentences
	// that state facts, for stores that keep no text).
	TextSource string      `json:"text_source"`
	Truncated  bool        `json:"truncated"` // the text was cut at maxDocumentText
	Segments   []Segment   `json:"segments"`
	Entities   []DocEntity `json:"entities"`
	Facts      []DocFact   `json:"facts"`
}

// Segment is a piece of a document's text: all of it belongs to the same
// mention (Entity, an entity's ID) and the same evidence sentence
// (Sentence, its start offset, -1 for none).
type Segment struct {
	Text     string `json:"t"`
	Entity   string `json:"e,omitempty"`
	Sentence int    `json:"s"`
}

// DocEntity is an entity a document mentions.
type DocEntity struct {
	EntityRef
	Mentions int `json:"mentions"` // in this document, when the store keeps the text
}

// DocFact is one fact a document states, pointing at its sentence.
type DocFact struct {
	Subject   EntityRef `json:"subject"`
	Predicate string    `json:"predicate"`
	Negated   bool      `json:"negated"`
	Object    EntityRef `json:"object"`
	Modality  string    `json:"modality,omitempty"`
	Sentence  Sentence  `json:"sentence"`
}

// maxDocumentText bounds the text a document page holds: a long news
// article is 100 KB.
const maxDocumentText = 1 << 20

var documentEndpoint = endpoint{known: []string{"id"}, answer: func(e *Explorer, ix *Index, p *params, _ http.ResponseWriter, r *http.Request) (any, *apiError) {
	id, aerr := p.required("id")
	if aerr != nil {
		return nil, aerr
	}
	di, ok := ix.document(id)
	if !ok {
		return nil, notFound("no document %q", id)
	}
	var text *newsgraph.DocText
	if e.texts != nil {
		t, ok, err := e.texts.DocumentText(r.Context(), ix.docs[di].rec.IRI)
		if err != nil {
			return nil, &apiError{code: http.StatusInternalServerError, msg: err.Error()}
		}
		if ok {
			text = &t
		}
	}
	return ix.documentPage(di, text), nil
}}

// documentPage returns the page of document di, with its stored text when
// text is not nil, else with its evidence sentences.
func (ix *Index) documentPage(di int32, text *newsgraph.DocText) DocumentPage {
	d := &ix.docs[di]
	pg := DocumentPage{DocRef: ix.docRef(di), IRI: string(d.rec.IRI), Entities: []DocEntity{}, Facts: []DocFact{}}

	// The evidence sentences, each once, in text order.
	type sent struct {
		span newsgraph.Span
		text string
	}
	var sents []sent
	seen := map[newsgraph.Span]bool{}
	for _, f := range d.facts {
		r := &ix.facts[f]
		if !seen[r.Evidence] {
			seen[r.Evidence] = true
			sents = append(sents, sent{r.Evidence, r.Text})
		}
		ed := DocFact{Subject: ix.entityRef(ix.entIdx[r.Subject]), Predicate: r.Predicate, Negated: r.Negated,
			Object: ix.entityRef(ix.entIdx[r.Object]), Modality: string(r.Modality), Sentence: ix.sentence(f)}
		if r.Negated {
			ed.Predicate = "not_" + r.Predicate
		}
		pg.Facts = append(pg.Facts, ed)
	}
	slices.SortFunc(sents, func(a, b sent) int {
		return cmp.Or(cmp.Compare(a.span.Start, b.span.Start), cmp.Compare(a.span.End, b.span.End))
	})

	// Mentions: the stored ones, or the document's entities' names found
	// in the sentences.
	counts := map[int32]int{}
	key := func(v int) string { return ix.ents[v].key }
	if text != nil {
		pg.TextSource = "stored"
		t := text.Text
		if len(t) > maxDocumentText {
			n := maxDocumentText
			for n > 0 && !utf8.RuneStart(t[n]) {
				n--
			}
			t, pg.Truncated = t[:n], true
		}
		var ments, sentLayer []interval
		for _, m := range text.Mentions {
			ei, ok := ix.entIdx[m.Entity]
			if !ok || ix.ents[ei].typ == typeQuote {
				continue
			}
			ments = append(ments, interval{m.Span.Start, m.Span.End, int(ei)})
			counts[ei]++
		}
		for _, s := range sents {
			sentLayer = append(sentLayer, interval{s.span.Start, s.span.End, s.span.Start})
		}
		pg.Segments = segments(t, nonOverlapping(ments, len(t), t), nonOverlapping(sentLayer, len(t), t), key)
	} else {
		pg.TextSource = "evidence"
		pg.Segments = []Segment{}
		names := ix.docNames(d)
		for i, s := range sents {
			if i > 0 {
				pg.Segments = append(pg.Segments, Segment{Text: "\n…\n", Sentence: -1})
			}
			ments := findNames(s.text, names)
			for _, m := range ments {
				counts[int32(m.v)]++
			}
			whole := []interval{{0, len(s.text), s.span.Start}}
			pg.Segments = append(pg.Segments, segments(s.text, nonOverlapping(ments, len(s.text), s.text), whole, key)...)
		}
	}

	// The entities it mentions, the most mentioned first.
	for _, iri := range d.rec.Mentions {
		if ei, ok := ix.entIdx[iri]; ok && ix.ents[ei].typ != typeQuote {
			pg.Entities = append(pg.Entities, DocEntity{EntityRef: ix.entityRef(ei), Mentions: counts[ei]})
		}
	}
	slices.SortFunc(pg.Entities, func(a, b DocEntity) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return pg
}

// An interval is a span of a text with a value: an entity index, or a
// sentence's start.
type interval struct {
	start, end int
	v          int
}

// nonOverlapping returns the intervals of in that lie in a text of n
// bytes on character boundaries, without overlaps: sorted by start, the
// longer first, each that overlaps one kept before is dropped.
func nonOverlapping(in []interval, n int, text string) []interval {
	s := slices.Clone(in)
	slices.SortFunc(s, func(a, b interval) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end), cmp.Compare(a.v, b.v))
	})
	var out []interval
	end := 0
	for _, x := range s {
		if x.start < end || x.start < 0 || x.end > n || x.start >= x.end || !utf8RuneStart(text, x.start) || !utf8RuneStart(text, x.end) {
			continue
		}
		out = append(out, x)
		end = x.end
	}
	return out
}

// segments cuts text at every boundary of the mentions and the
// sentences, two lists of non-overlapping intervals of text; key names the
// entity of a mention's value.
func segments(text string, ments, sents []interval, key func(v int) string) []Segment {
	cuts := []int{0, len(text)}
	for _, l := range [][]interval{ments, sents} {
		for _, x := range l {
			cuts = append(cuts, x.start, x.end)
		}
	}
	cuts = sortedSet(cuts)
	var out []Segment
	mi, si := 0, 0
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		for mi < len(ments) && ments[mi].end <= a {
			mi++
		}
		for si < len(sents) && sents[si].end <= a {
			si++
		}
		seg := Segment{Text: text[a:b], Sentence: -1}
		if mi < len(ments) && ments[mi].start <= a {
			seg.Entity = key(ments[mi].v)
		}
		if si < len(sents) && sents[si].start <= a {
			seg.Sentence = sents[si].v
		}
		// Plain text joins the plain text before it.
		if n := len(out); n > 0 && seg.Entity == "" && out[n-1].Entity == "" && out[n-1].Sentence == seg.Sentence {
			out[n-1].Text += seg.Text
			continue
		}
		out = append(out, seg)
	}
	return out
}

// docNames returns the names and aliases of the entities document d
// mentions (quotations left out), for finding them in its sentences.
func (ix *Index) docNames(d *document) map[string]int32 {
	names := map[string]int32{}
	for _, iri := range d.rec.Mentions {
		ei, ok := ix.entIdx[iri]
		if !ok || ix.ents[ei].typ == typeQuote {
			continue
		}
		e := &ix.ents[ei]
		for _, n := range slices.Concat([]string{e.name}, e.rec.Names, e.rec.Aliases) {
			if len(strings.TrimSpace(n)) >= 2 {
				names[n] = ei
			}
		}
	}
	return names
}

// findNames returns where the names occur in text as whole words, each
// interval's value the entity of the name; longer names first, so that
// "Pieter Vos" wins over "Vos".
func findNames(text string, names map[string]int32) []interval {
	keys := make([]string, 0, len(names))
	for n := range names {
		keys = append(keys, n)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a, b)) })
	var out []interval
	taken := make([]bool, len(text))
	for _, n := range keys {
		for off := 0; off < len(text); {
			i := strings.Index(text[off:], n)
			if i < 0 {
				break
			}
			start, end := off+i, off+i+len(n)
			off = end
			if !wordEdge(text, start) || !wordEdge(text, end) || slices.Contains(taken[start:end], true) {
				continue
			}
			for j := start; j < end; j++ {
				taken[j] = true
			}
			out = append(out, interval{start, end, int(names[n])})
		}
	}
	return out
}

// wordEdge reports whether offset i of text is not inside a word.
func wordEdge(text string, i int) bool {
	if i == 0 || i == len(text) {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i:])
	return !(isWordRune(before) && isWordRune(after))
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
