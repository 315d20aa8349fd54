package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// The saved model is gzip-compressed:
//
//	magic "newsgraph-ner\x03"
//	bits (1 byte), labels (1 byte)
//	lexicon: count (uvarint), then per word in key order: key delta
//	(uvarint), value (1 byte)
//	scale (float32 bits, little endian)
//	weights: non-empty row count (uvarint), then per row: row delta
//	(uvarint), mask of non-zero labels (uvarint), the non-zero values as
//	int16 little endian, multiplied by scale.
//	typer: bits (1 byte, 0 for none), flags (1 byte, 0),
//	then scale and rows as for the
//	weights, with 4 classes per row.
//	name lexicon (names.go): count (uvarint), then per name in key
//	order: key delta (uvarint), its 4 counts (1 byte each); then the
//	tables first, firstFold and pairs, each a count (uvarint) and per
//	key in order the key delta (uvarint) and a byte. A count of 0 is no
//	lexicon.
//	beam width of the decoder (1 byte; 1: greedy)
const magic = "newsgraph-ner\x05"

// setWeights quantizes float weights (stride numLabels) into m.
func (m *Model) setWeights(w []float32) {
	m.gen++ // drop the caches of the old weights
	var maxAbs float32
	for _, v := range w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	m.scale = maxAbs / 32767
	rows := len(w) / numLabels
	for r := 0; r < rows; r++ {
		for l := 0; l < numLabels; l++ {
			q := int16(0)
			if m.scale > 0 {
				q = int16(math.Round(float64(w[r*numLabels+l] / m.scale)))
			}
			m.setWeight(r, l, q)
		}
	}
}

// Save writes the model in its compact gzip-compressed binary format.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save ner model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	bw.WriteByte(byte(m.bits))
	bw.WriteByte(byte(numLabels))
	writeTable(bw, m.lex)
	binary.Write(bw, binary.LittleEndian, math.Float32bits(m.scale))
	writeRows(bw, m.unpackedWeights(), rowStride, numLabels)
	if m.typer == nil {
		bw.WriteByte(0)
	} else {
		bw.WriteByte(byte(m.typer.bits))
		bw.WriteByte(0) // flags, none yet
		binary.Write(bw, binary.LittleEndian, math.Float32bits(m.typer.scale))
		writeRows(bw, m.typer.weights, typeClasses, typeClasses)
	}
	writeNames(bw, m.names)
	bw.WriteByte(byte(max(m.beam, 1)))
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save ner model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save ner model: %w", err)
	}
	return nil
}

// unpackedWeights returns the weights of m as rows of rowStride int16
// values, the layout of writeRows and readRows.
func (m *Model) unpackedWeights() []int16 {
	w := make([]int16, len(m.weights)*4)
	for i, x := range m.weights {
		r := w[4*i : 4*i+4 : 4*i+4]
		r[0], r[1], r[2], r[3] = unpackWord(x)
	}
	return w
}

// writeRows writes the non-empty rows of w (stride values per row, the
// first width of them used) as row deltas, masks of non-zero values and
// the values.
func writeRows(bw *bufio.Writer, w []int16, stride, width int) {
	var buf [binary.MaxVarintLen64]byte
	uvarint := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	rows := len(w) / stride
	nonEmpty := 0
	for r := 0; r < rows; r++ {
		for _, v := range w[r*stride : r*stride+width] {
			if v != 0 {
				nonEmpty++
				break
			}
		}
	}
	uvarint(uint64(nonEmpty))
	lastRow := 0
	for r := 0; r < rows; r++ {
		row := w[r*stride : r*stride+width]
		var mask uint64
		for l, v := range row {
			if v != 0 {
				mask |= 1 << l
			}
		}
		if mask == 0 {
			continue
		}
		uvarint(uint64(r - lastRow))
		lastRow = r
		uvarint(mask)
		for l, v := range row {
			if mask&(1<<l) != 0 {
				x := uint16(v)
				bw.WriteByte(byte(x))
				bw.WriteByte(byte(x >> 8))
			}
		}
	}
}

// readRows reads rows written by writeRows into w.
func readRows(br *bufio.Reader, w []int16, stride, width int) error {
	return readRowsFunc(br, len(w)/stride, width, func(r, l int, v int16) { w[r*stride+l] = v })
}

// readRowsFunc reads rows written by writeRows for a table of rows rows,
// calling set with the row, the column and the value of each non-zero
// value.
func readRowsFunc(br *bufio.Reader, nTableRows, width int, set func(r, l int, v int16)) error {
	nrows, err := binary.ReadUvarint(br)
	if err != nil {
		return err
	}
	rows := uint64(nTableRows)
	if nrows > rows {
		return ErrFormat
	}
	row := uint64(0)
	var pair [2]byte
	for i := uint64(0); i < nrows; i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return err
		}
		row += d
		mask, err := binary.ReadUvarint(br)
		if err != nil {
			return err
		}
		if row >= rows || mask >= 1<<width {
			return ErrFormat
		}
		for l := 0; l < width; l++ {
			if mask&(1<<l) == 0 {
				continue
			}
			if _, err := io.ReadFull(br, pair[:]); err != nil {
				return err
			}
			set(int(row), l, int16(uint16(pair[0])|uint16(pair[1])<<8))
		}
	}
	return nil
}

// writeTable writes a word-hash table: its size, then the keys in order
// as deltas, each with its value.
func writeTable(bw *bufio.Writer, t map[uint64]uint8) {
	var buf [binary.MaxVarintLen64]byte
	keys := make([]uint64, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	bw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(keys)))])
	var last uint64
	for _, k := range keys {
		bw.Write(buf[:binary.PutUvarint(buf[:], k-last)])
		last = k
		bw.WriteByte(t[k])
	}
}

// readTable reads a table written by writeTable.
func readTable(br *bufio.Reader) (map[uint64]uint8, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	if n > 1<<24 {
		return nil, ErrFormat
	}
	t := make(map[uint64]uint8, n)
	var key uint64
	for i := uint64(0); i < n; i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		c, err := br.ReadByte()
		if err != nil {
			return nil, err
		}
		key += d
		t[key] = c
	}
	return t, nil
}

// ErrFormat is returned by Load for data that is not a model of this
// package and version.
var ErrFormat = errors.New("not a newsgraph ner model")

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("load ner model: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<16)
	head := make([]byte, len(magic)+2)
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, fmt.Errorf("load ner model: %w", err)
	}
	if string(head[:len(magic)]) != magic || int(head[len(magic)+1]) != numLabels {
		return nil, fmt.Errorf("load ner model: %w", ErrFormat)
	}
	bits := uint(head[len(magic)])
	if bits < 10 || bits > 24 {
		return nil, fmt.Errorf("load ner model: bits %d: %w", bits, ErrFormat)
	}
	m := newModel(bits)
	fail := func(err error) (*Model, error) {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("load ner model: %w", err)
	}
	if m.lex, err = readTable(br); err != nil {
		return fail(err)
	}
	var sbits uint32
	if err := binary.Read(br, binary.LittleEndian, &sbits); err != nil {
		return fail(err)
	}
	m.scale = math.Float32frombits(sbits)
	if err := readRowsFunc(br, len(m.weights)/rowWords, numLabels, m.setWeight); err != nil {
		return fail(err)
	}
	tbits, err := br.ReadByte()
	if err != nil {
		return fail(err)
	}
	if tbits != 0 {
		if tbits < 8 || tbits > 24 {
			return fail(ErrFormat)
		}
		t := &typer{bits: uint(tbits), mask: 1<<tbits - 1, weights: make([]int16, (1<<tbits)*typeClasses)}
		if _, err := br.ReadByte(); err != nil { // flags, none yet
			return fail(err)
		}
		if err := binary.Read(br, binary.LittleEndian, &sbits); err != nil {
			return fail(err)
		}
		t.scale = math.Float32frombits(sbits)
		if err := readRows(br, t.weights, typeClasses, typeClasses); err != nil {
			return fail(err)
		}
		m.typer = t
	}
	if m.names, err = readNames(br); err != nil {
		return fail(err)
	}
	beam, err := br.ReadByte()
	if err != nil {
		return fail(err)
	}
	if beam < 1 || beam > maxBeam {
		return fail(ErrFormat)
	}
	m.beam = int(beam)
	return m, nil
}

// writeNames writes the name lexicon lx (nil for none).
func writeNames(bw *bufio.Writer, lx *nameLexicon) {
	var buf [binary.MaxVarintLen64]byte
	uvarint := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	if lx == nil || len(lx.counts) == 0 {
		uvarint(0)
		return
	}
	keys := make([]uint64, 0, len(lx.counts))
	for k := range lx.counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	uvarint(uint64(len(keys)))
	var last uint64
	for _, k := range keys {
		uvarint(k - last)
		last = k
		c := lx.counts[k]
		bw.Write(c[:])
	}
	writeTable(bw, lx.first)
	writeTable(bw, lx.firstFold)
	writeTable(bw, lx.pairs)
}

// readNames reads a name lexicon written by writeNames (nil for none).
func readNames(br *bufio.Reader) (*nameLexicon, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, nil
	}
	if n > 1<<24 {
		return nil, ErrFormat
	}
	lx := &nameLexicon{counts: make(map[uint64]nameCounts, n)}
	var key uint64
	for i := uint64(0); i < n; i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		key += d
		var c nameCounts
		if _, err := io.ReadFull(br, c[:]); err != nil {
			return nil, err
		}
		lx.counts[key] = c
	}
	if lx.first, err = readTable(br); err != nil {
		return nil, err
	}
	if lx.firstFold, err = readTable(br); err != nil {
		return nil, err
	}
	if lx.pairs, err = readTable(br); err != nil {
		return nil, err
	}
	for _, t := range []map[uint64]uint8{lx.first, lx.firstFold} {
		for _, v := range t {
			if v == 0 || v > firstOne|firstLonger {
				return nil, ErrFormat
			}
		}
	}
	for _, v := range lx.pairs {
		if v < 2 || v > maxLexNameWords {
			return nil, ErrFormat
		}
	}
	return lx, nil
}
