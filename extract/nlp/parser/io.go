package parser

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"slices"

	"github.com/newsgraph/newsgraph/extract/nlp/internal/bigmem"
)

// The model file is a gzip stream holding a magic string, the table sizes,
// the vocabularies (word, XPOS, UPOS, relation lists), the word clusters
// (word and three cluster ids, sorted by word) and the two weight tables
// stored sparsely: a bitmap of the rows with a non-zero weight, then for
// each such row a bitmap of its non-zero columns and those int8 weights as
// raw bytes. Version 5 adds the beam width and margin after the table
// sizes, version 6 then a set of feature flags (1 = coarse tags); models
// that need neither are still written as version 4.

const (
	magic   = "newsgraph-parser\x04"
	magicV5 = "newsgraph-parser\x05"
	magicV6 = "newsgraph-parser\x06"
	maxBeam = 64
	// maxMargin bounds the beam margin.
	maxMargin = 1 << 30
	// flagCoarse marks a model with coarse-tag features.
	flagCoarse = 1
)

// Limits on what Load accepts, so that a corrupt file cannot ask for huge
// tables.
const (
	maxMoveBits   = 24
	maxLabelBits  = 18
	maxModelBytes = 1 << 28
)

// Save writes m to w in the package's compressed binary format.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.DefaultCompression)
	if err != nil {
		return fmt.Errorf("save parser: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	v6 := m.beam > 1 || m.coarseFeats
	if v6 {
		bw.WriteString(magicV6)
	} else {
		bw.WriteString(magic)
	}
	uv(uint64(m.moveBits))
	uv(uint64(m.labelBits))
	if v6 {
		uv(uint64(max(m.beam, 1)))
		uv(uint64(m.margin))
		var flags uint64
		if m.coarseFeats {
			flags |= flagCoarse
		}
		uv(flags)
	}
	for _, list := range [][]string{m.words, m.xposList, m.uposList, m.labels} {
		uv(uint64(len(list)))
		for _, s := range list {
			uv(uint64(len(s)))
			bw.WriteString(s)
		}
	}
	words := make([]string, 0, len(m.clusters))
	for w := range m.clusters {
		words = append(words, w)
	}
	slices.Sort(words)
	uv(uint64(len(words)))
	for _, w := range words {
		uv(uint64(len(w)))
		bw.WriteString(w)
		for _, c := range m.clusters[w] {
			uv(uint64(c))
		}
	}
	nl := len(m.labels)
	writeTable := func(rows, width int, get func(r int, row []int8)) {
		bitmap := make([]byte, (rows+7)/8)
		cols := make([]byte, (width+7)/8)
		row := make([]int8, width)
		var body bytes.Buffer
		for r := 0; r < rows; r++ {
			get(r, row)
			if zero(row) {
				continue
			}
			bitmap[r/8] |= 1 << (r % 8)
			clear(cols)
			for j, v := range row {
				if v != 0 {
					cols[j/8] |= 1 << (j % 8)
				}
			}
			body.Write(cols)
			for _, v := range row {
				if v != 0 {
					body.WriteByte(byte(v))
				}
			}
		}
		bw.Write(bitmap)
		bw.Write(body.Bytes())
	}
	writeTable(1<<m.moveBits, nMoves, func(r int, row []int8) { unpackMove(row, m.move[r]) })
	writeTable(1<<m.labelBits, nl, func(r int, row []int8) {
		unpackRow(row, m.label[r*m.labelRow:(r+1)*m.labelRow])
	})
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save parser: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save parser: %w", err)
	}
	return nil
}

func zero(row []int8) bool {
	for _, v := range row {
		if v != 0 {
			return false
		}
	}
	return true
}

// ErrFormat is returned by Load for data that is not a valid parser model.
var ErrFormat = errors.New("not a parser model")

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("load parser: %w: %w", ErrFormat, err)
	}
	var data bytes.Buffer
	data.Grow(8 << 20)
	if _, err := data.ReadFrom(io.LimitReader(zr, maxModelBytes)); err != nil {
		return nil, fmt.Errorf("load parser: %w", err)
	}
	m, err := decode(data.Bytes())
	if err != nil {
		return nil, fmt.Errorf("load parser: %w", err)
	}
	return m, nil
}

// decoder reads from a byte slice; the first error sticks.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s", ErrFormat, what)
	}
	d.b = nil
}

func (d *decoder) uvarint(limit uint64) uint64 {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("truncated")
		return 0
	}
	d.b = d.b[n:]
	if x > limit {
		d.fail(fmt.Sprintf("value %d out of range", x))
		return 0
	}
	return x
}

// bytes returns the next n bytes.
func (d *decoder) bytes(n uint64) []byte {
	if n > uint64(len(d.b)) {
		d.fail("truncated")
		return nil
	}
	b := d.b[:n]
	d.b = d.b[n:]
	return b
}

func decode(data []byte) (*Model, error) {
	v5 := bytes.HasPrefix(data, []byte(magicV5))
	v6 := bytes.HasPrefix(data, []byte(magicV6))
	if !v5 && !v6 && !bytes.HasPrefix(data, []byte(magic)) {
		return nil, ErrFormat
	}
	d := &decoder{b: data[len(magic):]}
	m := &Model{moveBits: uint(d.uvarint(maxMoveBits)), labelBits: uint(d.uvarint(maxLabelBits)), beam: 1}
	if v5 || v6 {
		m.beam = int(d.uvarint(maxBeam))
		m.margin = int32(d.uvarint(maxMargin))
	}
	if v6 {
		m.coarseFeats = d.uvarint(flagCoarse) == flagCoarse
	}
	var lists [4][]string
	for i := range lists {
		n := d.uvarint(uint64(len(d.b)))
		list := make([]string, n)
		for j := range list {
			list[j] = string(d.bytes(d.uvarint(1 << 16)))
		}
		lists[i] = list
	}
	m.words, m.xposList, m.uposList, m.labels = lists[0], lists[1], lists[2], lists[3]
	if n := d.uvarint(uint64(len(d.b))); n > 0 {
		m.clusters = make(map[string][3]uint16, n)
		for i := uint64(0); i < n && d.err == nil; i++ {
			w := string(d.bytes(d.uvarint(1 << 16)))
			var c [3]uint16
			for j := range c {
				c[j] = uint16(d.uvarint(noCluster - 1))
			}
			m.clusters[w] = c
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	nl := len(m.labels)
	if nl == 0 || nl > 250 || m.moveBits < 10 || m.labelBits < 8 || m.beam < 1 {
		return nil, fmt.Errorf("%w: bad header", ErrFormat)
	}
	m.move = bigmem.Table[uint32](m, 1<<m.moveBits)
	zeroMove := packMove(make([]int8, nMoves))
	for r := range m.move {
		m.move[r] = zeroMove
	}
	m.labelRow = labelRowLen(nl)
	m.label = bigmem.Table[uint64](m, (1<<m.labelBits)*m.labelRow)
	zeroRow := make([]uint64, m.labelRow)
	packRow(zeroRow, make([]int8, nl))
	for r := 0; r < 1<<m.labelBits; r++ {
		copy(m.label[r*m.labelRow:], zeroRow)
	}
	readTable := func(rows, width int, set func(r int, row []int8)) {
		if d.err != nil {
			return
		}
		var err error
		if d.b, err = readSparse(d.b, rows, width, set); err != nil {
			d.fail(err.Error())
		}
	}
	readTable(1<<m.moveBits, nMoves, func(r int, row []int8) { m.move[r] = packMove(row) })
	readTable(1<<m.labelBits, nl, func(r int, row []int8) {
		packRow(m.label[r*m.labelRow:(r+1)*m.labelRow], row)
	})
	if d.err != nil {
		return nil, d.err
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFormat, len(d.b))
	}
	m.index()
	if m.rootLabel < 0 {
		return nil, fmt.Errorf("%w: no root label", ErrFormat)
	}
	return m, nil
}

// readSparse reads a table written by Save's writeTable from b, calling set
// for each non-zero row, and returns the rest of b.
func readSparse(b []byte, rows, width int, set func(r int, row []int8)) ([]byte, error) {
	nb := (rows + 7) / 8
	if len(b) < nb {
		return nil, errors.New("truncated")
	}
	bitmap := b[:nb]
	b = b[nb:]
	nc := (width + 7) / 8
	row := make([]int8, width)
	for i, rb := range bitmap {
		for ; rb != 0; rb &= rb - 1 {
			r := i*8 + bits.TrailingZeros8(rb)
			if r >= rows || len(b) < nc {
				return nil, errors.New("bad row")
			}
			cols := b[:nc]
			b = b[nc:]
			clear(row)
			for ci, cb := range cols {
				for ; cb != 0; cb &= cb - 1 {
					j := ci*8 + bits.TrailingZeros8(cb)
					if j >= width || len(b) == 0 {
						return nil, errors.New("bad row")
					}
					row[j] = int8(b[0])
					b = b[1:]
				}
			}
			set(r, row)
		}
	}
	return b, nil
}
