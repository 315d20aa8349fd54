package explore

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold returns the form names are compared in: lower case, accents
// removed, apostrophes and full stops dropped ("U.S." and "US", "O'Brien"
// and "OBrien" match), every other run of characters that are neither
// letters nor digits one space, no space at either end.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '.' || r == '\'' || r == '’' || r == 'ʼ':
		default:
			space = true
		}
	}
	return b.String()
}

// A nameEntry is one way to find an entity: a folded name or alias from
// the start of one of its words to its end ("vos" and "pieter vos" for
// "Pieter Vos").
type nameEntry struct {
	key  string // the folded name, from a word start
	ent  int32
	full bool   // key is the whole folded name
	name string // the name or alias as written
}

// buildNames returns the name entries of every entity but quotations,
// sorted by key.
func buildNames(ents []entity) []nameEntry {
	var out []nameEntry
	for i, e := range ents {
		if e.typ == typeQuote {
			continue
		}
		seen := map[string]bool{}
		for _, n := range append(append([]string{e.name}, e.rec.Names...), e.rec.Aliases...) {
			f := fold(n)
			if f == "" || seen[f] {
				continue
			}
			seen[f] = true
			out = append(out, nameEntry{key: f, ent: int32(i), full: true, name: n})
			for j := 1; j < len(f); j++ {
				if f[j-1] == ' ' {
					out = append(out, nameEntry{key: f[j:], ent: int32(i), name: n})
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b nameEntry) int {
		return cmp.Or(strings.Compare(a.key, b.key), cmp.Compare(a.ent, b.ent))
	})
	return out
}

// A hit is one entity found by a search.
type hit struct {
	ent   int32
	tier  int    // how well it matched: see matchTier
	match string // the name or alias that matched
}

// matchTier ranks how entry e matches the folded query fq, whose prefix
// it has: 0, a name equals the query; 1, a name starts with the query's
// words ("pieter" for "Pieter Vos"); 2, words within a name are the
// query's ("vos" for "Pieter Vos"); 3 and 4, the same with the query
// ending within a word ("piet", "vo").
func matchTier(e nameEntry, fq string) int {
	switch {
	case e.full && len(e.key) == len(fq):
		return 0
	case len(e.key) == len(fq) || e.key[len(fq)] == ' ':
		if e.full {
			return 1
		}
		return 2
	case e.full:
		return 3
	}
	return 4
}

// search returns the entities whose names or aliases match the query q,
// the best matches first (see matchTier); within each tier, the most
// mentioned first (then the most documents, then the name). typ,
// when not "", keeps only entities of that type. Quotations are not
// searched.
func (ix *Index) search(q, typ string, limit int) (hits []hit, total int) {
	fq := fold(q)
	if fq == "" {
		return nil, 0
	}
	lo, _ := slices.BinarySearchFunc(ix.names, fq, func(e nameEntry, t string) int { return strings.Compare(e.key, t) })
	best := make(map[int32]hit)
	for _, e := range ix.names[lo:] {
		if !strings.HasPrefix(e.key, fq) {
			break
		}
		if typ != "" && ix.ents[e.ent].typ != typ {
			continue
		}
		h := hit{ent: e.ent, tier: matchTier(e, fq), match: e.name}
		if old, ok := best[e.ent]; !ok || h.tier < old.tier {
			best[e.ent] = h
		}
	}
	hits = make([]hit, 0, len(best))
	for _, h := range best {
		hits = append(hits, h)
	}
	order := func(a, b hit) int {
		x, y := &ix.ents[a.ent], &ix.ents[b.ent]
		return cmp.Or(cmp.Compare(a.tier, b.tier), cmp.Compare(y.rec.Mentions, x.rec.Mentions), cmp.Compare(len(y.docs), len(x.docs)),
			cmp.Compare(x.name, y.name), cmp.Compare(a.ent, b.ent))
	}
	total = len(hits)
	if len(hits) > limit {
		// Keep the best limit hits without sorting them all.
		hits = topK(hits, limit, order)
	}
	slices.SortFunc(hits, order)
	return hits, total
}

// topK returns the k smallest elements of s by cmp, in no particular
// order; s is reordered.
func topK[T any](s []T, k int, cmp func(a, b T) int) []T {
	if k <= 0 {
		return s[:0]
	}
	// Quickselect: partition around a pivot until the first k are the
	// smallest.
	lo, hi := 0, len(s)-1
	for lo < hi {
		p := s[(lo+hi)/2]
		i, j := lo, hi
		for i <= j {
			for cmp(s[i], p) < 0 {
				i++
			}
			for cmp(s[j], p) > 0 {
				j--
			}
			if i <= j {
				s[i], s[j] = s[j], s[i]
				i++
				j--
			}
		}
		switch {
		case k-1 <= j:
			hi = j
		case k-1 >= i:
			lo = i
		default:
			return s[:k]
		}
	}
	return s[:k]
}
