package parser

// The transition system is arc-hybrid (Kuhlmann et al. 2011) with the
// artificial root at the bottom of the stack:
//
//	SHIFT  moves the front of the buffer b0 onto the stack;
//	LEFT   pops s0 and attaches it to b0 (b0 → s0);
//	RIGHT  pops s0 and attaches it to s1 (s1 → s0).
//
// RIGHT onto the root is allowed only when the buffer is empty, so every
// parse ends with exactly one word attached to the root, and the output is
// always a single-rooted projective tree. Each sentence of n words takes
// exactly 2n transitions.

const (
	shift = iota
	left
	right
	nMoves
)

// moveWidth is the row width of the move weight table (3 moves padded to 4
// so that rows stay aligned in cache lines).
const moveWidth = 4

// state is the parser configuration of one sentence plus the scratch space
// used to extract features. Position 0 is the root; words are 1..n.
type state struct {
	n     int32
	w     []uint32 // word ids
	p     []uint32 // tag ids (XPOS and UPOS combined)
	pc    []uint32 // coarse tag ids: p with proper nouns as common nouns
	sfx   []uint32 // suffix ids
	cm    []uint32 // medium word cluster ids
	cf    []uint32 // fine word cluster ids
	stack []int32
	b     int32 // front of the buffer; the buffer is empty when b > n

	head   []int32
	lab    []int32 // label id +1 of each attached word (0 = none yet)
	l1, l2 []int32 // leftmost and second leftmost child, -1 = none
	r1, r2 []int32 // rightmost and second rightmost child
	lv, rv []uint32
	ls, rs []uint64 // sets of the labels of the left and right children

	clusters bool // whether the model has word clusters
	coarse   bool // whether the model has coarse-tag features

	// bsc caches, per buffer front b (1..n+1), the move scores of the
	// features of the buffer only (see bufferFeatures); bok tells which
	// are filled. Configurations copied from one another share them.
	bsc [][moveWidth]int32
	bok []bool
	// stk caches the move scores of the stack features by stack context
	// (see stackKey); configurations copied from one another share it.
	stk *stackCache
	// crs caches the move scores of the cross features by their context
	// (see crossKey), likewise.
	crs *stackCache
	// origin and gen identify the sentence the configuration belongs to:
	// the state that was reset for it, and the count of its resets.
	// Configurations of the same sentence differ only at positions up to
	// their buffer fronts (see copyFrom).
	origin *state
	gen    uint32

	feats  []uint32 // scratch: feature rows of the move model
	lfeats []uint32 // scratch: feature rows of the label model
	lacc   []uint64 // scratch: packed label scores
	lower  []byte   // scratch for lower-casing words
}

func (s *state) reset(n int) {
	s.n = int32(n)
	s.origin, s.gen = s, s.gen+1
	m := n + 1
	grow := func(x []int32) []int32 {
		if cap(x) < m {
			return make([]int32, m, m+m/2)
		}
		return x[:m]
	}
	grow32 := func(x []uint32) []uint32 {
		if cap(x) < m {
			return make([]uint32, m, m+m/2)
		}
		return x[:m]
	}
	grow64 := func(x []uint64) []uint64 {
		if cap(x) < m {
			return make([]uint64, m, m+m/2)
		}
		return x[:m]
	}
	s.w, s.p, s.sfx, s.pc = grow32(s.w), grow32(s.p), grow32(s.sfx), grow32(s.pc)
	s.cm, s.cf = grow32(s.cm), grow32(s.cf)
	s.head, s.lab = grow(s.head), grow(s.lab)
	s.l1, s.l2, s.r1, s.r2 = grow(s.l1), grow(s.l2), grow(s.r1), grow(s.r2)
	s.lv, s.rv = grow32(s.lv), grow32(s.rv)
	s.ls, s.rs = grow64(s.ls), grow64(s.rs)
	if cap(s.bok) < m+1 {
		s.bsc = make([][moveWidth]int32, m+1, m+m/2+1)
		s.bok = make([]bool, m+1, m+m/2+1)
	}
	s.bsc, s.bok = s.bsc[:m+1], s.bok[:m+1]
	clear(s.bok)
	if s.stk == nil {
		s.stk = new(stackCache)
	}
	clear(s.stk.key[:])
	if s.crs == nil {
		s.crs = new(stackCache)
	}
	clear(s.crs.key[:])
	for i := 0; i < m; i++ {
		s.head[i], s.lab[i] = -1, 0
		s.l1[i], s.l2[i], s.r1[i], s.r2[i] = -1, -1, -1, -1
		s.lv[i], s.rv[i] = 0, 0
		s.ls[i], s.rs[i] = 0, 0
	}
	if cap(s.stack) < m {
		s.stack = make([]int32, 0, m+m/2)
	}
	s.stack = append(s.stack[:0], 0)
	s.b = 1
}

func (s *state) done() bool { return s.b > s.n && len(s.stack) == 1 }

// legal reports whether move is allowed in the current configuration.
func (s *state) legal(move int) bool {
	switch move {
	case shift:
		return s.b <= s.n
	case left:
		return s.b <= s.n && len(s.stack) > 1
	case right:
		k := len(s.stack)
		return k > 2 || (k == 2 && s.b > s.n)
	}
	return false
}

// apply performs move; label is the label id of the new arc (ignored for
// shift).
func (s *state) apply(move int, label int32) {
	switch move {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case left:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		h := s.b
		s.attach(h, d, label)
		// Left dependents arrive nearest first, so d is the new leftmost.
		s.l2[h], s.l1[h] = s.l1[h], d
		s.lv[h]++
		s.ls[h] |= 1 << (uint(label) & 63)
	case right:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		h := s.stack[len(s.stack)-1]
		s.attach(h, d, label)
		// Right dependents arrive left to right, so d is the new rightmost.
		s.r2[h], s.r1[h] = s.r1[h], d
		s.rv[h]++
		s.rs[h] |= 1 << (uint(label) & 63)
	}
}

func (s *state) attach(h, d, label int32) {
	s.head[d] = h
	s.lab[d] = label + 1
}

// headOf returns the head the arc made by move would give to s0.
func (s *state) headOf(move int) int32 {
	if move == left {
		return s.b
	}
	return s.stack[len(s.stack)-2]
}
