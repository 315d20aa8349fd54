package tagger

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/newsgraph/newsgraph/extract/nlp/internal/bigmem"
)

// File format (gzip-compressed; integers little-endian, counts and
// lengths as uvarints):
//
//	magic "NGTAGGER", version
//	classes: n, then n × (upos, xpos) strings
//	useClusters byte
//	weights: scale float32, nfeat, nfeat key deltas (keys increasing),
//	         nfeat run lengths (byte), then all classes (byte), then all
//	         quantised weights (int16)
//	dict: n, keys (uint64, increasing), classes (byte)
//	lex: n, keys, ambiguity classes (uint64), clusters (uint32), flags (byte)
//	lemma table, lemma rules: string tables (n, keys, lengths, bytes)
//	case modes: one byte per class
//	lower-case forms: n, keys
//	vocabulary (frequent words): n, strings
const (
	magic   = "NGTAGGER"
	version = 2
)

type writer struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (w *writer) uvarint(v uint64) {
	n := binary.PutUvarint(w.buf[:], v)
	w.w.Write(w.buf[:n])
}
func (w *writer) u64(v uint64) {
	binary.LittleEndian.PutUint64(w.buf[:8], v)
	w.w.Write(w.buf[:8])
}
func (w *writer) u32(v uint32) {
	binary.LittleEndian.PutUint32(w.buf[:4], v)
	w.w.Write(w.buf[:4])
}
func (w *writer) str(s string) {
	w.uvarint(uint64(len(s)))
	w.w.WriteString(s)
}
func (w *writer) keys(ks []uint64) {
	w.uvarint(uint64(len(ks)))
	for _, k := range ks {
		w.u64(k)
	}
}
func (w *writer) strTable(t *strTable) {
	w.keys(t.ix.keys)
	for i := range t.ix.keys {
		w.uvarint(uint64(t.off[i+1] - t.off[i]))
	}
	w.w.WriteString(t.blob)
}

// Save writes the model to w in a compact gzip-compressed binary format.
// The same model always gives the same bytes.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save tagger: %w", err)
	}
	bw := &writer{w: bufio.NewWriterSize(zw, 1<<16)}
	bw.w.WriteString(magic)
	bw.uvarint(version)
	bw.uvarint(uint64(len(m.classes)))
	for _, c := range m.classes {
		bw.str(c.upos)
		bw.str(c.xpos)
	}
	if m.useClusters {
		bw.w.WriteByte(1)
	} else {
		bw.w.WriteByte(0)
	}
	bw.u32(math.Float32bits(m.qscale))
	bw.uvarint(uint64(len(m.keys)))
	prev := uint64(0)
	for _, k := range m.keys {
		bw.uvarint(k - prev)
		prev = k
	}
	// Runs are stored in key order: all the counts, then all the
	// classes, then all the weights.
	bw.w.Write(m.counts)
	for _, part := range []func(e uint32){
		func(e uint32) { bw.w.WriteByte(byte(e)) },
		func(e uint32) {
			q := uint16(int16(int32(e) >> 8))
			bw.w.WriteByte(byte(q))
			bw.w.WriteByte(byte(q >> 8))
		},
	} {
		q := 0
		for _, n := range m.counts {
			for k := range int(n) {
				part(m.quads[q+k/4][k%4])
			}
			q += (int(n) + 3) / 4
		}
	}
	bw.keys(m.dictIx.keys)
	bw.w.Write(m.dictCls)
	bw.keys(m.lexIx.keys)
	for _, a := range m.lexAmb {
		bw.u64(a)
	}
	for _, c := range m.lexClus {
		bw.u32(c)
	}
	bw.w.Write(m.lexFlags)
	bw.strTable(&m.lem.table)
	bw.strTable(&m.lem.rules)
	bw.w.Write(m.lem.caseMode)
	bw.keys(m.lem.lower.keys)
	bw.uvarint(uint64(len(m.vocab)))
	for _, w := range m.vocab {
		bw.str(w)
	}
	if err := bw.w.Flush(); err != nil {
		return fmt.Errorf("save tagger: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save tagger: %w", err)
	}
	return nil
}

// errFormat reports a malformed model file.
var errFormat = errors.New("malformed tagger model")

// reader decodes the model; after the first error every read returns
// zero values and err is set.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = errFormat
	}
	r.b = nil
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) bytes(n int) []byte {
	if n < 0 || n > len(r.b) {
		r.fail()
		return make([]byte, max(min(n, 1<<20), 8))[:max(n, 0)]
	}
	b := r.b[:n:n]
	r.b = r.b[n:]
	return b
}

func (r *reader) byte1() byte { return r.bytes(1)[0] }
func (r *reader) u64() uint64 { return binary.LittleEndian.Uint64(r.bytes(8)) }
func (r *reader) u32() uint32 { return binary.LittleEndian.Uint32(r.bytes(4)) }
func (r *reader) str() string { return string(r.bytes(r.count(1))) }

// count reads a count of items of at least size bytes each.
func (r *reader) count(size int) int {
	n := r.uvarint()
	if n > uint64(len(r.b)/size) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *reader) keys() []uint64 {
	n := r.count(8)
	b := r.bytes(8 * n)
	ks := make([]uint64, n)
	for i := range ks {
		ks[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	if !slices.IsSorted(ks) {
		r.fail()
	}
	return ks
}

func (r *reader) strTable() strTable {
	ks := r.keys()
	off := make([]uint32, len(ks)+1)
	total := uint64(0)
	for i := range ks {
		total += r.uvarint()
		if total > uint64(len(r.b)) {
			r.fail()
			total = 0
		}
		off[i+1] = uint32(total)
	}
	blob := string(r.bytes(int(total)))
	return strTable{ix: newKeyIndex(ks), off: off, blob: blob}
}

// loadBytes reads a model written by Save from memory. The gzip trailer
// gives the size of the data, so it is read into one buffer.
func loadBytes(b []byte) (*Model, error) {
	if len(b) < 18 {
		return nil, fmt.Errorf("load tagger: %w: %d bytes", errFormat, len(b))
	}
	size := binary.LittleEndian.Uint32(b[len(b)-4:])
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	zr.Multistream(false)
	data := make([]byte, size)
	if _, err := io.ReadFull(zr, data); err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	// The stream must end here, with a valid checksum.
	if n, err := zr.Read(make([]byte, 1)); n != 0 || err != io.EOF {
		return nil, fmt.Errorf("load tagger: %w: size in trailer", errFormat)
	}
	m, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	return m, nil
}

// Load reads a model written by Save.
func Load(rd io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(rd)
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	m, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	return m, nil
}

func decode(data []byte) (*Model, error) {
	r := &reader{b: data}
	if string(r.bytes(len(magic))) != magic {
		return nil, fmt.Errorf("%w: bad magic", errFormat)
	}
	if v := r.uvarint(); v != version {
		return nil, fmt.Errorf("%w: version %d, want %d", errFormat, v, version)
	}
	m := &Model{classIndex: map[class]int{}}
	nc := r.count(2)
	if nc > 255 || nc == 0 {
		return nil, fmt.Errorf("%w: %d classes", errFormat, nc)
	}
	for i := 0; i < nc; i++ {
		c := class{upos: r.str(), xpos: r.str()}
		m.classes = append(m.classes, c)
		m.classIndex[c] = i
	}
	m.useClusters = r.byte1() == 1
	scale := math.Float32frombits(r.u32())
	nf := r.count(1)
	keys := make([]uint64, nf)
	prev := uint64(0)
	for i := range keys {
		prev += r.uvarint()
		keys[i] = prev
	}
	counts := r.bytes(nf)
	total, nq := 0, 0
	for _, c := range counts {
		total += int(c)
		nq += (int(c) + 3) / 4
	}
	if nq > maxQuads {
		return nil, fmt.Errorf("%w: %d weights", errFormat, total)
	}
	cls := r.bytes(total)
	wb := r.bytes(2 * total)
	if r.err != nil {
		return nil, r.err
	}
	for _, c := range cls {
		if int(c) >= nc {
			return nil, fmt.Errorf("%w: class %d of %d", errFormat, c, nc)
		}
	}
	m.setWeights(keys, counts, cls, wb, scale)
	// The look-up tables are read at random while tagging: keep them on
	// huge pages (see package bigmem).
	m.table = bigmem.Move(m, m.table)
	m.quads = bigmem.Move(m, m.quads)

	dk := r.keys()
	m.dictCls = slices.Clone(r.bytes(len(dk)))
	for _, c := range m.dictCls {
		if int(c) >= nc {
			return nil, fmt.Errorf("%w: dictionary class %d of %d", errFormat, c, nc)
		}
	}
	m.dictIx = newKeyIndex(dk)
	lk := r.keys()
	m.lexAmb = make([]uint64, len(lk))
	for i := range m.lexAmb {
		m.lexAmb[i] = r.u64()
	}
	m.lexClus = make([]uint32, len(lk))
	for i := range m.lexClus {
		m.lexClus[i] = r.u32()
	}
	m.lexFlags = slices.Clone(r.bytes(len(lk)))
	m.lexIx = newKeyIndex(lk)
	m.lem.table = r.strTable()
	m.lem.rules = r.strTable()
	m.lem.caseMode = slices.Clone(r.bytes(nc))
	for _, c := range m.lem.caseMode {
		if c > 2 {
			return nil, fmt.Errorf("%w: case mode %d", errFormat, c)
		}
	}
	m.lem.lower = newKeyIndex(r.keys())
	nv := r.count(1)
	m.vocab = make([]string, nv)
	for i := range m.vocab {
		m.vocab[i] = r.str()
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", errFormat, len(r.b))
	}
	m.buildStatic()
	return m, nil
}
