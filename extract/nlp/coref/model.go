package coref

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
)

// A Model holds the weights of the ranking model and the semantic classes
// of common nouns. It is immutable after loading and safe for concurrent
// use.
type Model struct {
	bits  uint8
	mask  uint64
	w     []float32        // weights while training
	q     []int16          // weights of a loaded model, times scale (half the cache footprint)
	lex   map[string]uint8 // lemma → semantic class
	scale float32          // quantization step of q
	// Decoding settings, saved with the weights.
	pronWindow, descWindow, maxCands int
	nameWindow                       int // -1: names are only linked by the name rules
	speakers                         bool
	descRule                         bool // describedName links plain descriptions
	filter                           bool // only plausible candidates are scored
}

func (m *Model) score(feats []uint64) float32 {
	mask := m.mask
	if q := m.q; q != nil {
		var s int32
		for _, f := range feats {
			s += int32(q[f&mask])
		}
		return float32(s) * m.scale
	}
	var s float32
	w := m.w
	for _, f := range feats {
		s += w[f&mask]
	}
	return s
}

func (m *Model) class(lemma string) uint8 { return m.lex[lemma] }

// ErrFormat reports a model file that is not a coreference model of this
// version.
var ErrFormat = errors.New("not a newsgraph coreference model")

// The saved model is gzip-compressed:
//
//	magic "newsgraph-coref\x01"
//	bits, pronoun window, description window, max candidates, speakers,
//	name window + 1, description rule, candidate filter (1 byte each)
//	lexicon: count (uvarint), then per lemma in order: length (uvarint),
//	bytes, class (1 byte)
//	scale (float32 bits, little endian)
//	weights: non-zero count (uvarint), then per weight: index delta
//	(uvarint) and value (int16 little endian, times scale)
const magic = "newsgraph-coref\x01"

// Save writes the model in its gzip-compressed binary format.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save coref model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	bw.Write([]byte{m.bits, byte(m.pronWindow), byte(m.descWindow), byte(m.maxCands), byte(b2u(m.speakers)), byte(m.nameWindow + 1), byte(b2u(m.descRule)), byte(b2u(m.filter))})
	var buf [binary.MaxVarintLen64]byte
	uvarint := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	lemmas := make([]string, 0, len(m.lex))
	for l := range m.lex {
		lemmas = append(lemmas, l)
	}
	slices.Sort(lemmas)
	uvarint(uint64(len(lemmas)))
	for _, l := range lemmas {
		uvarint(uint64(len(l)))
		bw.WriteString(l)
		bw.WriteByte(m.lex[l])
	}
	q, scale := m.q, m.scale
	if q == nil {
		q, scale = quantize(m.w)
	}
	binary.Write(bw, binary.LittleEndian, math.Float32bits(scale))
	nz := 0
	for _, v := range q {
		if v != 0 {
			nz++
		}
	}
	uvarint(uint64(nz))
	last := 0
	for i, v := range q {
		if v == 0 {
			continue
		}
		uvarint(uint64(i - last))
		last = i
		bw.WriteByte(byte(uint16(v)))
		bw.WriteByte(byte(uint16(v) >> 8))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save coref model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save coref model: %w", err)
	}
	return nil
}

// quantize returns w as int16 values times a scale.
func quantize(w []float32) ([]int16, float32) {
	var maxAbs float32
	for _, v := range w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	q := make([]int16, len(w))
	for i, v := range w {
		q[i] = int16(math.Round(float64(v / scale)))
	}
	return q, scale
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	m, err := load(r)
	if err != nil {
		return nil, fmt.Errorf("load coref model: %w", err)
	}
	return m, nil
}

func load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic)+8)
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, err
	}
	if string(head[:len(magic)]) != magic {
		return nil, ErrFormat
	}
	h := head[len(magic):]
	if h[0] < 8 || h[0] > 26 {
		return nil, ErrFormat
	}
	m := &Model{bits: h[0], pronWindow: int(h[1]), descWindow: int(h[2]), maxCands: int(h[3]), speakers: h[4] == 1, nameWindow: int(h[5]) - 1, descRule: h[6] == 1, filter: h[7] == 1}
	m.mask = 1<<m.bits - 1
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	if n > 1<<20 {
		return nil, ErrFormat
	}
	m.lex = make(map[string]uint8, n)
	for range n {
		l, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		if l > 256 {
			return nil, ErrFormat
		}
		b := make([]byte, l+1)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, err
		}
		if b[l] >= numClasses {
			return nil, ErrFormat
		}
		m.lex[string(b[:l])] = b[l]
	}
	var sb [4]byte
	if _, err := io.ReadFull(br, sb[:]); err != nil {
		return nil, err
	}
	m.scale = math.Float32frombits(binary.LittleEndian.Uint32(sb[:]))
	m.q = make([]int16, 1<<m.bits)
	nz, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	if nz > uint64(len(m.q)) {
		return nil, ErrFormat
	}
	at := uint64(0)
	var vb [2]byte
	for range nz {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		at += d
		if at >= uint64(len(m.q)) {
			return nil, ErrFormat
		}
		if _, err := io.ReadFull(br, vb[:]); err != nil {
			return nil, err
		}
		m.q[at] = int16(binary.LittleEndian.Uint16(vb[:]))
	}
	return m, nil
}

// defaultModel is the trained model (see README.md and scripts/train.sh).
//
//go:embed model/coref.bin.gz
var defaultModel []byte

var loadDefault = sync.OnceValues(func() (*Model, error) {
	if _, err := givenNames(); err != nil {
		return nil, err
	}
	m, err := Load(bytes.NewReader(defaultModel))
	if err != nil {
		return nil, fmt.Errorf("load embedded coref model: %w", err)
	}
	return m, nil
})

// Default returns the embedded model, loaded on first use and shared.
func Default() (*Model, error) { return loadDefault() }
