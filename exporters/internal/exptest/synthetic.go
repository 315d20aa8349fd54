package exptest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/cayleygraph/quad"

	ng "github.com/newsgraph/newsgraph"
)

// Synthetic returns the quads of docs generated documents (about 150
// quads each) over a pool of entities, deterministically, for benchmarks.
func Synthetic(docs int) []quad.Quad {
	r := rand.New(rand.NewPCG(1, 2))
	pool := docs/2 + 10
	types := []ng.EntityType{ng.Person, ng.Organization, ng.Place, ng.Thing}
	preds := []string{ng.Met, ng.Visits, ng.Supported, ng.Accused, ng.Thanked}
	var out []quad.Quad
	for d := 0; d < docs; d++ {
		var sb strings.Builder
		var sents []ng.Span
		for s := 0; s < 12; s++ {
			start := sb.Len()
			fmt.Fprintf(&sb, "Sentence %d of document %d says something about several people. ", s, d)
			sents = append(sents, ng.Span{Start: start, End: sb.Len() - 1})
		}
		doc := ng.Doc{ID: fmt.Sprintf("doc%06d", d), Title: fmt.Sprintf("Title %d", d), Text: sb.String()}
		ex := &ng.Extraction{}
		var iris []ng.IRI
		for k := 0; k < 8; k++ {
			e := r.IntN(pool)
			ex.Entities = append(ex.Entities, ng.Entity{
				Key: fmt.Sprint("e", k), Name: fmt.Sprintf("Entity %d", e), Type: types[e%len(types)],
				Aliases: []string{fmt.Sprintf("E%d", e)}, Mentions: []ng.Mention{{Span: sents[k]}},
			})
			iris = append(iris, ng.IRI(fmt.Sprintf("%sentity-%d-%d", ng.EntityNS, e, k)))
		}
		for i := range iris { // keep keys unique per document but IRIs shared across documents
			iris[i] = ng.IRI(fmt.Sprintf("%s%s", ng.EntityNS, ng.Slug(ex.Entities[i].Name)))
		}
		seen := map[ng.IRI]bool{}
		for i := range ex.Entities {
			if seen[iris[i]] { // the same entity twice in one document: drop the copy
				ex.Entities[i].Key = ""
			}
			seen[iris[i]] = true
		}
		var ents []ng.Entity
		var eiris []ng.IRI
		for i, e := range ex.Entities {
			if e.Key != "" {
				ents = append(ents, e)
				eiris = append(eiris, iris[i])
			}
		}
		ex.Entities = ents
		for f := 0; f < 10; f++ {
			a, b := r.IntN(len(ents)), r.IntN(len(ents))
			if a == b {
				continue
			}
			ex.Facts = append(ex.Facts, ng.Fact{Subject: ents[a].Key, Object: ents[b].Key, Predicate: preds[r.IntN(len(preds))],
				Raw: "did", Evidence: sents[r.IntN(len(sents))], Confidence: 0.5 + r.Float64()/2})
		}
		qs, err := ng.Quads(doc, "synthetic/v1", ex, eiris)
		if err != nil {
			panic(err)
		}
		out = append(out, qs...)
	}
	return out
}
