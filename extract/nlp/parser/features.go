package parser

// Features follow Zhang & Nivre (2011) adapted to arc-hybrid: words, tags,
// child labels, distance, valency, label sets and third-order context of
// s0, s1, s2, b0, b1, b2 and the children of s0, s1 and b0. Each feature is
// a template id plus up to three atoms, hashed straight into a row of a flat
// weight table; nothing is looked up in maps while parsing.

const (
	noneW   = 0xFFFFFFFF // word id of a missing position
	rootW   = 0xFFFFFFFE // word id of the root
	noneP   = 0x7FF      // tag id of a missing position (11 bits)
	rootP   = 0x7FE      // tag id of the root
	noneL   = 0xFF       // label atom of a missing position
	tagBits = 11
)

const (
	hk1 = 0x9E3779B97F4A7C15
	hk2 = 0xC2B2AE3D27D4EB4F
	hk3 = 0x165667B19E3779F9
	hk4 = 0xD6E8FEB86659FD93
	hk5 = 0xFF51AFD7ED558CCD
)

// hashRow maps a template id and its atoms to a row of a table with 1<<bits
// rows.
func hashRow(bits uint, t, a, b, c uint64) uint32 {
	h := (t+1)*hk1 + a*hk2 + b*hk3 + c*hk4
	h ^= h >> 32
	h *= hk5
	h ^= h >> 29
	return uint32(h >> (64 - bits))
}

func (s *state) wd(i int32) uint64 {
	if i < 0 {
		return noneW
	}
	return uint64(s.w[i])
}

func (s *state) tg(i int32) uint64 {
	if i < 0 {
		return noneP
	}
	return uint64(s.p[i])
}

// tc returns the coarse tag of position i (see Model.coarse).
func (s *state) tc(i int32) uint64 {
	if i < 0 {
		return noneP
	}
	return uint64(s.pc[i])
}

func (s *state) wp(i int32) uint64 { return s.wd(i)<<tagBits | s.tg(i) }

func (s *state) lb(i int32) uint64 {
	if i < 0 {
		return noneL
	}
	return uint64(s.lab[i])
}

func (s *state) sf(i int32) uint64 {
	if i < 0 {
		return noneW
	}
	return uint64(s.sfx[i])
}

func (s *state) cmed(i int32) uint64 {
	if i < 0 {
		return noneW
	}
	return uint64(s.cm[i])
}

func (s *state) cfin(i int32) uint64 {
	if i < 0 {
		return noneW
	}
	return uint64(s.cf[i])
}

func child(c []int32, i int32) int32 {
	if i < 0 {
		return -1
	}
	return c[i]
}

func dist(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 15
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	case d <= 14:
		return 7
	}
	return 8
}

func capv(v []uint32, i int32) uint64 {
	if i < 0 {
		return 15
	}
	if v[i] > 7 {
		return 7
	}
	return uint64(v[i])
}

func set(v []uint64, i int32) uint64 {
	if i < 0 {
		return 1 << 63
	}
	return v[i]
}

// Which move features moveFeaturesOf extracts. The features fall in three
// groups: those of the buffer front only (the same for every configuration
// with the same b, so their scores are cached per position), those of the
// stack only (s0, s1, s2 and their children: the same for every
// configuration with the same stack context, see stackKey), and the cross
// features of the stack and the buffer together. allFeatures is all three,
// nonBufferFeatures the last two.
const (
	allFeatures = iota
	bufferFeatures
	nonBufferFeatures
	stackFeatures
	crossFeatures
)

// moveFeatures fills s.feats with the rows of the move features of the
// current configuration.
func (s *state) moveFeatures(bits uint) { s.moveFeaturesOf(bits, allFeatures) }

// moveFeaturesOf fills s.feats with the rows of the move features selected
// by which (one of the constants above).
func (s *state) moveFeaturesOf(bits uint, which int) {
	f := s.feats[:0]
	if which == allFeatures || which == bufferFeatures {
		f = s.appendBufferFeatures(f, bits)
	}
	if which == allFeatures || which == nonBufferFeatures || which == stackFeatures {
		f = s.appendStackFeatures(f, bits)
	}
	if which == allFeatures || which == nonBufferFeatures || which == crossFeatures {
		f = s.appendCrossFeatures(f, bits)
	}
	s.feats = f
}

// top returns the three top positions of the stack, -1 where missing.
func (s *state) top() (s0, s1, s2 int32) {
	s0, s1, s2 = -1, -1, -1
	k := len(s.stack)
	if k > 0 {
		s0 = s.stack[k-1]
	}
	if k > 1 {
		s1 = s.stack[k-2]
	}
	if k > 2 {
		s2 = s.stack[k-3]
	}
	return s0, s1, s2
}

// front returns the three front positions of the buffer, -1 where missing.
func (s *state) front() (n0, n1, n2 int32) {
	n0, n1, n2 = -1, -1, -1
	if s.b <= s.n {
		n0 = s.b
	}
	if s.b+1 <= s.n {
		n1 = s.b + 1
	}
	if s.b+2 <= s.n {
		n2 = s.b + 2
	}
	return n0, n1, n2
}

// stackKey hashes everything the stack features read from the
// configuration: the three top positions, the children of s0 and s1 with
// their labels, and the valencies and label sets of s0 and s1. It is never 0.
func stackKey(s *state) uint64 {
	s0, s1, s2 := s.top()
	k := (uint64(uint32(s0)) | uint64(uint32(s1))<<32) * hk1
	k ^= uint64(uint32(s2)) * hk2
	k = (k ^ k>>29) * hk5
	s0l, s0l2, s0r, s0r2 := child(s.l1, s0), child(s.l2, s0), child(s.r1, s0), child(s.r2, s0)
	s1l, s1r := child(s.l1, s1), child(s.r1, s1)
	k ^= (uint64(uint32(s0l)) | uint64(uint32(s0l2))<<32) * hk3
	k ^= (uint64(uint32(s0r)) | uint64(uint32(s0r2))<<32) * hk4
	k = (k ^ k>>31) * hk1
	k ^= (uint64(uint32(s1l)) | uint64(uint32(s1r))<<32) * hk2
	k ^= (s.lb(s0l) | s.lb(s0l2)<<8 | s.lb(s0r)<<16 | s.lb(s0r2)<<24 | s.lb(s1l)<<32 | s.lb(s1r)<<40) * hk3
	k = (k ^ k>>29) * hk5
	k ^= (capv(s.lv, s0) | capv(s.rv, s0)<<8 | capv(s.lv, s1)<<16 | capv(s.rv, s1)<<24) * hk4
	k ^= set(s.ls, s0) * hk1
	k = (k ^ k>>31) * hk2
	k ^= set(s.rs, s0) * hk3
	k ^= set(s.ls, s1) * hk5
	k = (k ^ k>>29) * hk4
	k ^= set(s.rs, s1) * hk1
	k ^= k >> 32
	return k | 1
}

// crossKey hashes everything the cross features read from the
// configuration: s0, s1, the buffer front, the nearest children of s0,
// the two leftmost children of b0 with their labels, and the valency and
// left label set of b0. It is never 0.
func crossKey(s *state) uint64 {
	s0, s1, _ := s.top()
	n0, _, _ := s.front()
	s0l, s0r := child(s.l1, s0), child(s.r1, s0)
	n0l, n0l2 := child(s.l1, n0), child(s.l2, n0)
	k := (uint64(uint32(s0)) | uint64(uint32(s1))<<32) * hk1
	k ^= uint64(uint32(s.b)) * hk2
	k = (k ^ k>>29) * hk5
	k ^= (uint64(uint32(s0l)) | uint64(uint32(s0r))<<32) * hk3
	k ^= (uint64(uint32(n0l)) | uint64(uint32(n0l2))<<32) * hk4
	k = (k ^ k>>31) * hk1
	k ^= (s.lb(n0l) | s.lb(n0l2)<<8 | capv(s.lv, n0)<<16) * hk2
	k ^= set(s.ls, n0) * hk3
	k = (k ^ k>>29) * hk5
	k ^= k >> 32
	return k | 1
}

// appendStackFeatures appends to f the rows of the move features that
// depend on nothing but the stack (see stackKey).
func (s *state) appendStackFeatures(f []uint32, bits uint) []uint32 {
	s0, s1, s2 := s.top()
	s0l, s0l2, s0r, s0r2 := child(s.l1, s0), child(s.l2, s0), child(s.r1, s0), child(s.r2, s0)
	s1l, s1r := child(s.l1, s1), child(s.r1, s1)
	s0w, s0p, s0wp := s.wd(s0), s.tg(s0), s.wp(s0)
	s1w, s1p, s1wp := s.wd(s1), s.tg(s1), s.wp(s1)
	s0lp, s0rp := s.tg(s0l), s.tg(s0r)
	d10 := dist(s1, s0)
	add := func(t, a, b, c uint64) { f = append(f, hashRow(bits, t, a, b, c)) }
	// Unigrams.
	add(1, s0wp, 0, 0)
	add(2, s0w, 0, 0)
	add(3, s0p, 0, 0)
	add(13, s1wp, 0, 0)
	add(14, s1w, 0, 0)
	add(15, s1p, 0, 0)
	add(16, s.sf(s0), s0p, 0)
	// Pairs.
	add(28, s1wp, s0wp, 0)
	add(29, s1w, s0w, 0)
	add(30, s1p, s0p, 0)
	add(31, s1w, s0p, 0)
	add(32, s1p, s0w, 0)
	// Triples.
	add(46, s.tg(s2), s1p, s0p)
	add(47, s1p, s.tg(s1r), s0p)
	add(48, s1p, s.tg(s1l), s0p)
	// Distance.
	add(66, s1p, s0p, d10)
	add(67, s1w, s0w, d10)
	// Valency.
	add(70, s0w, capv(s.rv, s0), 0)
	add(71, s0p, capv(s.rv, s0), 0)
	add(72, s0w, capv(s.lv, s0), 0)
	add(73, s0p, capv(s.lv, s0), 0)
	add(76, s1p, capv(s.rv, s1), 0)
	// Children of s0 and s1.
	add(80, s.wd(s0l), 0, 0)
	add(81, s0lp, 0, 0)
	add(82, s.lb(s0l), 0, 0)
	add(83, s.wd(s0r), 0, 0)
	add(84, s0rp, 0, 0)
	add(85, s.lb(s0r), 0, 0)
	add(89, s.lb(s1r), s1p, 0)
	add(90, s.lb(s1l), s1p, 0)
	// Third order.
	add(100, s.wd(s0l2), 0, 0)
	add(101, s.tg(s0l2), 0, 0)
	add(102, s.lb(s0l2), 0, 0)
	add(103, s.wd(s0r2), 0, 0)
	add(104, s.tg(s0r2), 0, 0)
	add(105, s.lb(s0r2), 0, 0)
	add(109, s0p, s0lp, s.tg(s0l2))
	add(110, s0p, s0rp, s.tg(s0r2))
	add(112, s.wd(s2), 0, 0)
	add(113, s.tg(s2), 0, 0)
	// Label sets.
	add(120, s0w, set(s.rs, s0), 0)
	add(121, s0p, set(s.rs, s0), 0)
	add(122, s0w, set(s.ls, s0), 0)
	add(123, s0p, set(s.ls, s0), 0)
	add(126, s1p, set(s.rs, s1), 0)
	add(127, s1p, set(s.ls, s1), s0p)
	// Word clusters.
	if s.clusters {
		s0c, s1c := s.cfin(s0), s.cfin(s1)
		s0m, s1m := s.cmed(s0), s.cmed(s1)
		add(140, s0c, 0, 0)
		add(142, s1c, 0, 0)
		add(147, s1m, s0m, 0)
		add(148, s1c, s0p, 0)
		add(149, s1p, s0c, 0)
		add(152, s.cmed(s0l), s0m, 0)
	}
	// Coarse tags (proper nouns as common nouns), which predicted tags
	// get right more often.
	if s.coarse {
		add(165, s.tc(s1), s.tc(s0), 0)
	}
	return f
}

// appendCrossFeatures appends to f the rows of the move features that
// combine the stack and the buffer.
func (s *state) appendCrossFeatures(f []uint32, bits uint) []uint32 {
	s0, s1, _ := s.top()
	n0, n1, n2 := s.front()
	s0l, s0r := child(s.l1, s0), child(s.r1, s0)
	n0l, n0l2 := child(s.l1, n0), child(s.l2, n0)
	s0w, s0p, s0wp := s.wd(s0), s.tg(s0), s.wp(s0)
	s1p := s.tg(s1)
	n0w, n0p, n0wp := s.wd(n0), s.tg(n0), s.wp(n0)
	n1p := s.tg(n1)
	n2p := s.tg(n2)
	s0lp, s0rp, n0lp := s.tg(s0l), s.tg(s0r), s.tg(n0l)
	d := dist(s0, n0)
	add := func(t, a, b, c uint64) { f = append(f, hashRow(bits, t, a, b, c)) }
	// Pairs.
	add(20, s0wp, n0wp, 0)
	add(21, s0wp, n0w, 0)
	add(22, s0w, n0wp, 0)
	add(23, s0wp, n0p, 0)
	add(24, s0p, n0wp, 0)
	add(25, s0w, n0w, 0)
	add(26, s0p, n0p, 0)
	// Triples.
	add(41, s0p, n0p, n1p)
	add(42, s1p, s0p, n0p)
	add(43, s0p, s0lp, n0p)
	add(44, s0p, s0rp, n0p)
	add(45, s0p, n0p, n0lp)
	add(49, s0w, n0p, n1p)
	add(50, s0p, n0w, n1p)
	add(52, s0p, n1p, n2p)
	// Distance.
	add(60, s0w, d, 0)
	add(61, s0p, d, 0)
	add(62, n0w, d, 0)
	add(63, n0p, d, 0)
	add(64, s0w, n0w, d)
	add(65, s0p, n0p, d)
	// Valency, children, third order and label sets of n0.
	add(74, n0w, capv(s.lv, n0), 0)
	add(75, n0p, capv(s.lv, n0), 0)
	add(86, s.wd(n0l), 0, 0)
	add(87, n0lp, 0, 0)
	add(88, s.lb(n0l), 0, 0)
	add(106, s.wd(n0l2), 0, 0)
	add(107, s.tg(n0l2), 0, 0)
	add(108, s.lb(n0l2), 0, 0)
	add(111, n0p, n0lp, s.tg(n0l2))
	add(124, n0w, set(s.ls, n0), 0)
	add(125, n0p, set(s.ls, n0), 0)
	// Word clusters.
	if s.clusters {
		s0c, n0c := s.cfin(s0), s.cfin(n0)
		s0m, n0m := s.cmed(s0), s.cmed(n0)
		add(144, s0m, n0m, 0)
		add(145, s0c, n0p, 0)
		add(146, s0p, n0c, 0)
		add(151, s0m, n0m, d)
		add(153, s.cmed(n0l), n0m, 0)
	}
	if !s.coarse {
		return f
	}
	s0c, n0c, s1c := s.tc(s0), s.tc(n0), s.tc(s1)
	add(160, s0c, n0c, 0)
	add(161, s1c, s0c, n0c)
	add(162, s0c, n0c, s.tc(n1))
	add(163, s0w, n0c, 0)
	add(164, s0c, n0w, 0)
	add(166, s0c, n0c, d)
	return f
}

// appendBufferFeatures appends to f the rows of the move features that
// depend on nothing but the buffer front b (words, tags and clusters of
// b0..b3): they are the same for every configuration with the same b.
func (s *state) appendBufferFeatures(f []uint32, bits uint) []uint32 {
	n0, n1, n2, n3 := int32(-1), int32(-1), int32(-1), int32(-1)
	if s.b <= s.n {
		n0 = s.b
	}
	if s.b+1 <= s.n {
		n1 = s.b + 1
	}
	if s.b+2 <= s.n {
		n2 = s.b + 2
	}
	if s.b+3 <= s.n {
		n3 = s.b + 3
	}
	n0w, n0p, n0wp := s.wd(n0), s.tg(n0), s.wp(n0)
	n1w, n1p := s.wd(n1), s.tg(n1)
	n2w, n2p := s.wd(n2), s.tg(n2)
	n3p := s.tg(n3)
	add := func(t, a, b, c uint64) { f = append(f, hashRow(bits, t, a, b, c)) }
	add(0, 0, 0, 0) // bias
	add(4, n0wp, 0, 0)
	add(5, n0w, 0, 0)
	add(6, n0p, 0, 0)
	add(7, s.wp(n1), 0, 0)
	add(8, n1w, 0, 0)
	add(9, n1p, 0, 0)
	add(10, s.wp(n2), 0, 0)
	add(11, n2w, 0, 0)
	add(12, n2p, 0, 0)
	add(17, s.sf(n0), n0p, 0)
	add(27, n0p, n1p, 0)
	add(33, n0w, n1w, 0)
	add(40, n0p, n1p, n2p)
	add(51, n1p, n2p, n3p)
	add(53, n3p, 0, 0)
	if s.clusters {
		n0c, n1c := s.cfin(n0), s.cfin(n1)
		n0m := s.cmed(n0)
		add(141, n0c, 0, 0)
		add(143, n1c, 0, 0)
		add(150, n0m, s.cmed(n1), 0)
	}
	return f
}

// labelFeatures fills s.lfeats with the rows of the label features of the
// arc h → d made by move (left or right).
func (s *state) labelFeatures(bits uint, move int, h, d int32) {
	dir := uint64(move) << 8
	hw, hp, dw, dp := s.wd(h), s.tg(h), s.wd(d), s.tg(d)
	dl := s.l1[d]
	dr := s.r1[d]
	prev, next := int32(-1), int32(-1)
	if d > 1 {
		prev = d - 1
	}
	if d < s.n {
		next = d + 1
	}
	hn := int32(-1)
	if h > 0 && h < s.n {
		hn = h + 1
	}
	dd := dist(h, d)
	f := s.lfeats[:0]
	add := func(t, a, b, c uint64) { f = append(f, hashRow(bits, t|dir, a, b, c)) }
	add(0, 0, 0, 0)
	add(1, dw, 0, 0)
	add(2, dp, 0, 0)
	add(3, dw, dp, 0)
	add(4, hw, 0, 0)
	add(5, hp, 0, 0)
	add(6, hw, hp, 0)
	add(7, hp, dp, 0)
	add(8, hw, dp, 0)
	add(9, hp, dw, 0)
	add(10, hw, dw, 0)
	add(11, hp, dp, dd)
	add(12, dp, set(s.ls, d), 0)
	add(13, dp, set(s.rs, d), 0)
	add(14, hp, set(s.ls, h), set(s.rs, h))
	add(15, hp, dp, s.lb(dl))
	add(16, dp, s.lb(dr), 0)
	add(17, hp, dp, s.lb(s.l1[h]))
	add(18, hp, dp, s.lb(s.r1[h]))
	add(19, dp, s.tg(prev), s.tg(next))
	add(20, dp, s.wd(dl), 0)
	add(21, hp, dp, s.wd(dl))
	add(22, s.sf(d), dp, 0)
	add(23, dw, s.wd(dl), 0)
	add(24, hw, set(s.ls, h), 0)
	add(25, dp, s.wd(dr), 0)
	add(26, dp, s.wd(prev), 0)
	add(27, hp, dp, s.tg(dl))
	add(28, hp, s.tg(hn), dp)
	if s.clusters {
		add(29, s.cfin(d), dp, 0)
		add(30, s.cfin(h), dp, 0)
		add(31, s.cmed(h), s.cmed(d), 0)
	}
	if !s.coarse {
		s.lfeats = f
		return
	}
	hc, dc := s.tc(h), s.tc(d)
	add(32, hc, dc, 0)
	add(33, hc, dc, dd)
	add(34, dw, hc, 0)
	add(35, hw, dc, 0)
	s.lfeats = f
}
