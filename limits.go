package newsgraph

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"
)

// limits bound what one document may take of a build (see Options).
type limits struct {
	chunk, facts, entities int
}

// A limitedExtraction is an extraction within the limits, with the reason
// it was cut ("" when it was not).
type limitedExtraction struct {
	Extraction
	cut string
}

// extractLimited extracts doc with ex within lim: a text longer than
// lim.chunk is extracted piece by piece (each piece a Doc of its own, its
// spans moved back to doc's text, its entity keys prefixed with the
// piece's number), and extraction stops once lim.facts facts are found;
// the result keeps at most lim.facts facts and lim.entities entities.
// Spans and keys of the result are as if doc had been extracted whole,
// except that nothing links entities across pieces (the resolver merges
// their names into the same graph nodes).
func extractLimited(ctx context.Context, ex Extractor, doc Doc, lim limits) (*limitedExtraction, error) {
	out := &limitedExtraction{}
	text := doc.Text
	pieces := 0
	for start := 0; start < len(text); pieces++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		end := pieceEnd(text, start, lim.chunk)
		sub := doc
		sub.Text = text[start:end]
		if start > 0 {
			sub.Title = ""
		}
		x, err := safeExtract(ctx, ex, sub)
		if err != nil {
			return nil, err
		}
		if x != nil {
			if start == 0 && end == len(text) {
				out.Extraction = *x
			} else {
				appendPiece(&out.Extraction, x, start, fmt.Sprintf("p%d:", pieces))
			}
		}
		if end < len(text) && len(out.Facts) >= lim.facts {
			out.cut = fmt.Sprintf("more than %d facts: extracted the first %d bytes of %d", lim.facts, end, len(text))
			break
		}
		start = end
	}
	out.limit(lim)
	return out, nil
}

// pieceEnd returns the end of the piece of text starting at start: at most
// max bytes on, after the last newline, else the last sentence end (". "),
// else the last space in the second half of the piece, else at a rune
// boundary.
func pieceEnd(text string, start, max int) int {
	if len(text)-start <= max {
		return len(text)
	}
	window := text[start : start+max]
	half := max / 2
	if i := strings.LastIndexByte(window, '\n'); i >= half {
		return start + i + 1
	}
	if i := strings.LastIndex(window, ". "); i >= half {
		return start + i + 2
	}
	if i := strings.LastIndexByte(window, ' '); i >= half {
		return start + i + 1
	}
	end := start + max
	for end > start+1 && !utf8.RuneStart(text[end]) {
		end--
	}
	return end
}

// appendPiece adds the extraction x of the piece at offset off to out,
// moving its spans by off and prefixing its entity keys with prefix.
func appendPiece(out, x *Extraction, off int, prefix string) {
	move := func(s Span) Span {
		if s == (Span{}) {
			return s
		}
		return Span{s.Start + off, s.End + off}
	}
	for _, e := range x.Entities {
		e.Key = prefix + e.Key
		ms := make([]Mention, len(e.Mentions))
		for i, m := range e.Mentions {
			ms[i] = Mention{Span: move(m.Span), Sentence: move(m.Sentence), Text: m.Text}
		}
		e.Mentions = ms
		out.Entities = append(out.Entities, e)
	}
	for _, f := range x.Facts {
		f.Subject, f.Object = prefix+f.Subject, prefix+f.Object
		f.Evidence, f.Span = move(f.Evidence), move(f.Span)
		out.Facts = append(out.Facts, f)
	}
}

// limit keeps at most lim.facts facts and lim.entities entities: the
// first facts, the entities they name, then the other entities in order;
// facts naming an entity left out go too.
func (x *limitedExtraction) limit(lim limits) {
	if len(x.Facts) > lim.facts {
		x.note(fmt.Sprintf("%d facts: kept the first %d", len(x.Facts), lim.facts))
		x.Facts = x.Facts[:lim.facts:lim.facts]
	}
	if len(x.Entities) <= lim.entities {
		return
	}
	x.note(fmt.Sprintf("%d entities: kept %d", len(x.Entities), lim.entities))
	keep := make(map[string]bool, lim.entities)
	for _, f := range x.Facts {
		for _, k := range []string{f.Subject, f.Object} {
			if len(keep) < lim.entities {
				keep[k] = true
			}
		}
	}
	for _, e := range x.Entities {
		if len(keep) < lim.entities {
			keep[e.Key] = true
		}
	}
	ents := x.Entities[:0]
	for _, e := range x.Entities {
		if keep[e.Key] {
			ents = append(ents, e)
		}
	}
	x.Entities = ents
	facts := x.Facts[:0]
	for _, f := range x.Facts {
		if keep[f.Subject] && keep[f.Object] {
			facts = append(facts, f)
		}
	}
	x.Facts = facts
}

func (x *limitedExtraction) note(s string) {
	if x.cut != "" {
		x.cut += "; "
	}
	x.cut += s
}
