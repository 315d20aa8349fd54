package coref

import (
	"fmt"
	"io"
	"strings"
)

// PRF is a precision, recall and F1 triple with the sums behind it.
type PRF struct {
	PNum, PDen, RNum, RDen float64
	Precision, Recall, F1  float64
}

func (p *PRF) add(pn, pd, rn, rd float64) {
	p.PNum += pn
	p.PDen += pd
	p.RNum += rn
	p.RDen += rd
}

func (p *PRF) finish() {
	if p.PDen > 0 {
		p.Precision = p.PNum / p.PDen
	}
	if p.RDen > 0 {
		p.Recall = p.RNum / p.RDen
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
}

// Accuracy counts right answers.
type Accuracy struct {
	Right, Total int
}

// Value is Right/Total, 0 when Total is 0.
func (a Accuracy) Value() float64 {
	if a.Total == 0 {
		return 0
	}
	return float64(a.Right) / float64(a.Total)
}

// Scores are the results of Evaluate.
type Scores struct {
	Docs int
	// Named is the resolution measure: over the gold pronouns and
	// definite descriptions that are not the first mention of their
	// chain and whose chain holds a named mention, the share whose
	// predicted antecedent is a mention of the same gold chain (see
	// README.md). NamedPronoun and NamedDescription split it.
	Named, NamedPronoun, NamedDescription Accuracy
	// NamedUnresolved counts those anaphors left without an antecedent
	// (found but not linked, or not found as mentions at all).
	NamedUnresolved int
	// FirstMentions counts the pronouns and descriptions left out of
	// Named because they are the first mention of their chain (a
	// cataphor: "When he arrived, Smith …"); Right counts those given no
	// antecedent, the right answer for them.
	FirstMentions Accuracy
	// NameRef is the same set scored by Resolution.Name: the named
	// mention returned is in the anaphor's gold chain.
	NameRef Accuracy
	// Linked is the precision of the antecedents: over the predicted
	// pronouns and descriptions that were given an antecedent and match
	// a gold mention, the share whose antecedent is in the same gold
	// chain.
	Linked Accuracy
	// LinkedPronoun and LinkedDescription split Linked.
	LinkedPronoun, LinkedDescription Accuracy
	// MUC, B3 and CEAFe over all mentions, singletons excluded, mentions
	// matched by sentence and head word; CoNLL is the mean of their F1.
	MUC, B3, CEAFe PRF
	CoNLL          float64
}

// String formats the scores.
func (s Scores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "documents      %d\n", s.Docs)
	fmt.Fprintf(&b, "named          %.4f  (%d/%d; unresolved %d)\n", s.Named.Value(), s.Named.Right, s.Named.Total, s.NamedUnresolved)
	fmt.Fprintf(&b, "  pronouns     %.4f  (%d/%d)\n", s.NamedPronoun.Value(), s.NamedPronoun.Right, s.NamedPronoun.Total)
	fmt.Fprintf(&b, "  descriptions %.4f  (%d/%d)\n", s.NamedDescription.Value(), s.NamedDescription.Right, s.NamedDescription.Total)
	fmt.Fprintf(&b, "first mentions %d of named chains left out, %d of them without antecedent\n", s.FirstMentions.Total, s.FirstMentions.Right)
	fmt.Fprintf(&b, "name (Name)    %.4f  (%d/%d)\n", s.NameRef.Value(), s.NameRef.Right, s.NameRef.Total)
	fmt.Fprintf(&b, "link precision %.4f  (%d/%d)\n", s.Linked.Value(), s.Linked.Right, s.Linked.Total)
	fmt.Fprintf(&b, "  pronouns     %.4f  (%d/%d)\n", s.LinkedPronoun.Value(), s.LinkedPronoun.Right, s.LinkedPronoun.Total)
	fmt.Fprintf(&b, "  descriptions %.4f  (%d/%d)\n", s.LinkedDescription.Value(), s.LinkedDescription.Right, s.LinkedDescription.Total)
	row := func(name string, p PRF) {
		fmt.Fprintf(&b, "%-14s P %.4f  R %.4f  F1 %.4f\n", name, p.Precision, p.Recall, p.F1)
	}
	row("MUC", s.MUC)
	row("B3", s.B3)
	row("CEAFe", s.CEAFe)
	fmt.Fprintf(&b, "CoNLL F1       %.4f\n", s.CoNLL)
	return b.String()
}

// Evaluate resolves every example with m and scores the result against
// the gold annotation.
func Evaluate(m *Model, exs []Example) Scores {
	var s Scores
	for _, ex := range exs {
		s.Docs++
		scoreDoc(&s, ex.Gold, m.Resolve(ex.Doc))
	}
	s.MUC.finish()
	s.B3.finish()
	s.CEAFe.finish()
	s.CoNLL = (s.MUC.F1 + s.B3.F1 + s.CEAFe.F1) / 3
	return s
}

func scoreDoc(s *Scores, g *GoldDoc, r *Resolution) {
	twin := twins(len(r.Mentions), func(i int) *Mention { return &r.Mentions[i] }, g)
	goldOf := func(i int) int { return twin[i] }
	predOf := map[int]int{}
	for i, k := range twin {
		if k >= 0 {
			predOf[k] = i
		}
	}
	// Chains of the gold entities.
	chains := map[int][]int{}
	for k, gm := range g.Mentions {
		chains[gm.Entity] = append(chains[gm.Entity], k)
	}
	hasName := map[int]bool{}
	for k, gm := range g.Mentions {
		if gm.Named {
			hasName[gm.Entity] = true
		}
		_ = k
	}
	// The resolution measure.
	for k, gm := range g.Mentions {
		if !(gm.Pronoun || gm.Description) || !hasName[gm.Entity] {
			continue
		}
		if chains[gm.Entity][0] == k {
			s.FirstMentions.Total++
			if i, ok := predOf[k]; !ok || r.Mentions[i].Antecedent < 0 {
				s.FirstMentions.Right++
			}
			continue
		}
		right, nameRight := false, false
		i, found := predOf[k]
		if found && r.Mentions[i].Antecedent >= 0 {
			if a := goldOf(r.Mentions[i].Antecedent); a >= 0 && g.Mentions[a].Entity == gm.Entity {
				right = true
			}
		} else {
			s.NamedUnresolved++
		}
		if found {
			if j, ok := r.Name(i); ok && j != i {
				if a := goldOf(j); a >= 0 && g.Mentions[a].Entity == gm.Entity {
					nameRight = true
				}
			}
		}
		count := func(a *Accuracy, ok bool) {
			a.Total++
			if ok {
				a.Right++
			}
		}
		count(&s.Named, right)
		count(&s.NameRef, nameRight)
		if gm.Pronoun {
			count(&s.NamedPronoun, right)
		} else {
			count(&s.NamedDescription, right)
		}
	}
	for i, m := range r.Mentions {
		if (m.Kind != Pronoun && m.Kind != Description) || m.Antecedent < 0 {
			continue
		}
		k := goldOf(i)
		if k < 0 {
			continue
		}
		by := &s.LinkedPronoun
		if m.Kind == Description {
			by = &s.LinkedDescription
		}
		s.Linked.Total++
		by.Total++
		if a := goldOf(m.Antecedent); a >= 0 && g.Mentions[a].Entity == g.Mentions[k].Entity {
			s.Linked.Right++
			by.Right++
		}
	}
	// Clusters for the link metrics: gold mention indices; predicted
	// mentions without a gold twin get negative ids.
	var keys, resp [][]int
	for _, c := range chains {
		if len(c) > 1 {
			keys = append(keys, c)
		}
	}
	for _, c := range r.Chains {
		rc := make([]int, len(c))
		for x, i := range c {
			if k := goldOf(i); k >= 0 {
				rc[x] = k
			} else {
				rc[x] = -1 - i
			}
		}
		resp = append(resp, rc)
	}
	s.MUC.add(muc(resp, keys), mucDen(resp), muc(keys, resp), mucDen(keys))
	bp, bpd := b3(resp, keys)
	br, brd := b3(keys, resp)
	s.B3.add(bp, bpd, br, brd)
	phi := ceafe(keys, resp)
	s.CEAFe.add(phi, float64(len(resp)), phi, float64(len(keys)))
}

// muc returns the MUC recall numerator of keys against resp: for each key
// cluster, its size less the number of parts resp cuts it into (mentions
// in no response cluster are parts of their own).
func muc(keys, resp [][]int) float64 {
	where := map[int]int{}
	for i, c := range resp {
		for _, m := range c {
			where[m] = i
		}
	}
	n := 0
	for _, c := range keys {
		parts := map[int]bool{}
		lone := 0
		for _, m := range c {
			if i, ok := where[m]; ok {
				parts[i] = true
			} else {
				lone++
			}
		}
		n += len(c) - len(parts) - lone
	}
	return float64(n)
}

func mucDen(keys [][]int) float64 {
	n := 0
	for _, c := range keys {
		n += len(c) - 1
	}
	return float64(n)
}

// b3 returns the B³ recall numerator and denominator of keys against
// resp: sum over key mentions of |K ∩ R| / |K| for the response cluster R
// holding the mention (0 when none), and the number of key mentions.
func b3(keys, resp [][]int) (float64, float64) {
	where := map[int]int{}
	for i, c := range resp {
		for _, m := range c {
			where[m] = i
		}
	}
	num, den := 0.0, 0.0
	for _, c := range keys {
		overlap := map[int]int{}
		for _, m := range c {
			if i, ok := where[m]; ok {
				overlap[i]++
			}
		}
		for _, n := range overlap {
			num += float64(n*n) / float64(len(c))
		}
		den += float64(len(c))
	}
	return num, den
}

// ceafe returns the total similarity of the best one-to-one alignment of
// key and response clusters, with φ4(K, R) = 2|K ∩ R| / (|K| + |R|).
func ceafe(keys, resp [][]int) float64 {
	if len(keys) == 0 || len(resp) == 0 {
		return 0
	}
	where := map[int]int{}
	for i, c := range resp {
		for _, m := range c {
			where[m] = i
		}
	}
	sim := make([][]float64, len(keys))
	for i, c := range keys {
		sim[i] = make([]float64, len(resp))
		for _, m := range c {
			if j, ok := where[m]; ok {
				sim[i][j]++
			}
		}
		for j := range resp {
			sim[i][j] = 2 * sim[i][j] / float64(len(c)+len(resp[j]))
		}
	}
	return maxAssignment(sim)
}

// maxAssignment returns the largest sum of sim[i][j] over a one-to-one
// assignment of rows to columns (the Hungarian method on costs −sim).
func maxAssignment(sim [][]float64) float64 {
	n, m := len(sim), len(sim[0])
	size := max(n, m)
	cost := func(i, j int) float64 {
		if i < n && j < m {
			return -sim[i][j]
		}
		return 0
	}
	const inf = 1e18
	u, v := make([]float64, size+1), make([]float64, size+1)
	p, way := make([]int, size+1), make([]int, size+1)
	for i := 1; i <= size; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, size+1)
		used := make([]bool, size+1)
		for j := range minv {
			minv[j] = inf
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= size; j++ {
				if used[j] {
					continue
				}
				cur := cost(i0-1, j-1) - u[i0] - v[j]
				if cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= size; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
			if j0 == 0 {
				break
			}
		}
	}
	total := 0.0
	for j := 1; j <= size; j++ {
		if i := p[j]; i > 0 && i <= n && j <= m {
			total += sim[i-1][j-1]
		}
	}
	return total
}

// ListErrors resolves every example with m and writes one line for each
// anaphor of the resolution measure (see Scores.Named) that it gets
// wrong: the anaphor in its sentence, the antecedent chosen, and the
// nearest earlier mention of the gold chain.
func ListErrors(w io.Writer, m *Model, exs []Example) {
	for _, ex := range exs {
		g, r := ex.Gold, m.Resolve(ex.Doc)
		twin := twins(len(r.Mentions), func(i int) *Mention { return &r.Mentions[i] }, g)
		predOf := map[int]int{}
		for i, k := range twin {
			if k >= 0 {
				predOf[k] = i
			}
		}
		hasName := map[int]bool{}
		first := map[int]int{}
		for k, gm := range g.Mentions {
			if gm.Named {
				hasName[gm.Entity] = true
			}
			if _, ok := first[gm.Entity]; !ok {
				first[gm.Entity] = k
			}
		}
		words := func(s, a, b int) string {
			var parts []string
			for _, w := range g.Sentences[s].Words[a:b] {
				parts = append(parts, w.Form)
			}
			return strings.Join(parts, " ")
		}
		for k, gm := range g.Mentions {
			if !(gm.Pronoun || gm.Description) || !hasName[gm.Entity] || first[gm.Entity] == k {
				continue
			}
			got := "(not a mention)"
			i, ok := predOf[k]
			name := "name (none)"
			if ok {
				if j, ok := r.Name(i); ok {
					nm := r.Mentions[j]
					name = fmt.Sprintf("name %q", words(nm.Sentence, nm.Start, nm.End))
					if gk := twin[j]; gk >= 0 && g.Mentions[gk].Entity == gm.Entity {
						name += " ok"
					}
				}
			}
			if ok {
				got = "(none)"
				if a := r.Mentions[i].Antecedent; a >= 0 {
					am := r.Mentions[a]
					if gk := twin[a]; gk >= 0 && g.Mentions[gk].Entity == gm.Entity {
						got = "right"
					}
					if got != "right" {
						got = fmt.Sprintf("%q (s%d, %s)", words(am.Sentence, am.Start, am.End), am.Sentence, am.Kind)
					}
				}
			}
			want := ""
			for j := k - 1; j >= 0; j-- {
				if g.Mentions[j].Entity == gm.Entity {
					wm := g.Mentions[j]
					want = fmt.Sprintf("%q (s%d)", words(wm.Sentence, wm.Start, wm.End), wm.Sentence)
					break
				}
			}
			if got == "right" && strings.HasSuffix(name, " ok") {
				continue
			}
			fmt.Fprintf(w, "%s s%d %q in %q: got %s, want %s; %s\n", g.ID, gm.Sentence, words(gm.Sentence, gm.Start, gm.End),
				words(gm.Sentence, 0, len(g.Sentences[gm.Sentence].Words)), got, want, name)
		}
	}
}
