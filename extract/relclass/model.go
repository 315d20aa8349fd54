package relclass

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
	"sync"
)

// maxBits is the largest weight table a model file may ask for (2^20
// slots of 8 int16 weights: 16 MB).
const maxBits = 20

// stride is the number of weights per slot: the classes, padded to 8 so
// that a feature's weights share a cache line.
const stride = 8

// A Model holds the weights of the relation classifier. It is immutable
// after loading or training and safe for concurrent use.
type Model struct {
	bits  uint8
	mask  uint64
	w     []float32 // weights while training
	q     []int16   // weights of a loaded model, times scale
	scale float32
}

// scores sets out[c] to the score (log-odds) of each class for features
// feats.
func (m *Model) scores(feats []uint64, out *[numClasses]float64) {
	mask := m.mask
	if q := m.q; q != nil {
		var acc [stride]int32
		for _, f := range feats {
			ws := q[(f&mask)*stride : (f&mask)*stride+stride]
			for c := range acc {
				acc[c] += int32(ws[c])
			}
		}
		for c := range out {
			out[c] = float64(acc[c]) * float64(m.scale)
		}
		return
	}
	var acc [stride]float32
	for _, f := range feats {
		ws := m.w[(f&mask)*stride : (f&mask)*stride+stride]
		for c := range acc {
			acc[c] += ws[c]
		}
	}
	for c := range out {
		out[c] = float64(acc[c])
	}
}

// ErrFormat reports a model file that is not a relation classifier of
// this version.
var ErrFormat = errors.New("not a newsgraph relation classifier model")

// The saved model is gzip-compressed:
//
//	magic "newsgraph-relclass\x01"
//	bits (1 byte)
//	class count (1 byte), then each predicate: length (1 byte), bytes
//	scale (float32 bits, little endian)
//	weights: non-zero count (uvarint), then per weight: index delta
//	(uvarint) and value (int16 little endian, times scale)
const magic = "newsgraph-relclass\x01"

// Save writes the model in its gzip-compressed binary format.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save relation model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	bw.WriteByte(m.bits)
	bw.WriteByte(numClasses)
	for _, p := range Predicates {
		bw.WriteByte(byte(len(p)))
		bw.WriteString(p)
	}
	q, scale := m.q, m.scale
	if q == nil {
		q, scale = quantize(m.w)
	}
	var buf [binary.MaxVarintLen64]byte
	uvarint := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
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
		return fmt.Errorf("save relation model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save relation model: %w", err)
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

// Load reads a model written by Save. A file that is not such a model, or
// one whose predicates differ from Predicates, gives an error wrapping
// ErrFormat.
func Load(r io.Reader) (*Model, error) {
	m, err := load(r)
	if err != nil {
		return nil, fmt.Errorf("load relation model: %w", err)
	}
	return m, nil
}

func load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic)+2)
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, err
	}
	if string(head[:len(magic)]) != magic {
		return nil, ErrFormat
	}
	bits, nc := head[len(magic)], head[len(magic)+1]
	if bits < 8 || bits > maxBits {
		return nil, fmt.Errorf("%w: table of 2^%d slots", ErrFormat, bits)
	}
	if int(nc) != numClasses {
		return nil, fmt.Errorf("%w: %d classes, want %d", ErrFormat, nc, numClasses)
	}
	for _, p := range Predicates {
		l, err := br.ReadByte()
		if err != nil {
			return nil, err
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, err
		}
		if string(b) != p {
			return nil, fmt.Errorf("%w: predicate %q where %q was expected", ErrFormat, b, p)
		}
	}
	m := &Model{bits: bits, mask: 1<<bits - 1}
	var sb [4]byte
	if _, err := io.ReadFull(br, sb[:]); err != nil {
		return nil, err
	}
	m.scale = math.Float32frombits(binary.LittleEndian.Uint32(sb[:]))
	if math.IsNaN(float64(m.scale)) || math.IsInf(float64(m.scale), 0) {
		return nil, fmt.Errorf("%w: scale %v", ErrFormat, m.scale)
	}
	m.q = make([]int16, (1<<bits)*stride)
	nz, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	if nz > uint64(len(m.q)) {
		return nil, fmt.Errorf("%w: %d weights for %d places", ErrFormat, nz, len(m.q))
	}
	at := uint64(0)
	var vb [2]byte
	for k := range nz {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		if k > 0 && d == 0 {
			return nil, fmt.Errorf("%w: weight %d repeats its place", ErrFormat, k)
		}
		at += d
		if at >= uint64(len(m.q)) {
			return nil, fmt.Errorf("%w: weight %d out of range", ErrFormat, k)
		}
		if _, err := io.ReadFull(br, vb[:]); err != nil {
			return nil, err
		}
		m.q[at] = int16(binary.LittleEndian.Uint16(vb[:]))
	}
	switch _, err := br.ReadByte(); {
	case err == nil:
		return nil, fmt.Errorf("%w: data after the weights", ErrFormat)
	case err != io.EOF:
		return nil, err
	}
	return m, nil
}

// defaultModel is the trained model (see README.md and scripts/train.sh).
//
//go:embed model/relclass.bin.gz
var defaultModel []byte

var loadDefault = sync.OnceValues(func() (*Model, error) {
	m, err := Load(bytes.NewReader(defaultModel))
	if err != nil {
		return nil, fmt.Errorf("load embedded relation model: %w", err)
	}
	return m, nil
})

// Default returns the embedded model, loaded on first use and shared.
func Default() (*Model, error) { return loadDefault() }
