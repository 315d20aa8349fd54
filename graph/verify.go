package graph

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// A store file is a Bolt database (boltdb/bolt v1.3.1) holding Cayley's
// key-value layout (see bulk.go). Bolt trusts its file: a truncated file,
// or a flipped byte in a page header or a page number, makes it read
// outside its memory map (a fault that kills the process), panic ("invalid
// page type"), or descend forever. The checks here read the file with
// ReadAt, never through the map, and decide whether Bolt may open it.

// ErrDamaged is wrapped by every error reporting a damaged store.
var ErrDamaged = errors.New("store is damaged")

// A DamagedError reports a store file that is damaged. It prints as
//
//	store PATH is damaged: DETAIL; restore it from a backup (…)
type DamagedError struct {
	Path   string
	Detail error
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("store %s is damaged: %v; restore it from a backup (one made with `newsgraph export -o backup.nq`, loaded into a new store with `newsgraph import`)", e.Path, e.Detail)
}

// Unwrap returns ErrDamaged and the detail.
func (e *DamagedError) Unwrap() []error { return []error{ErrDamaged, e.Detail} }

// damaged returns a *DamagedError for path, unless err is one already.
func damaged(path string, err error) error {
	var de *DamagedError
	if errors.As(err, &de) {
		return err
	}
	return &DamagedError{Path: path, Detail: err}
}

// Bolt's file format: a page header of 16 bytes (id uint64, flags uint16,
// count uint16, overflow uint32), then count elements of 16 bytes, then the
// keys and values they point to, relative to the element's own position.
const (
	pageHeaderSize   = 16
	elementSize      = 16
	branchPageFlag   = 0x01
	leafPageFlag     = 0x02
	metaPageFlag     = 0x04
	freelistPageFlag = 0x10
	bucketLeafFlag   = 0x01
	bucketHeaderSize = 16 // root pgid uint64, sequence uint64
	boltMagic        = 0xED0CDAED
	boltVersion      = 2
	metaSumLen       = 56 // the meta fields before the checksum
	// maxTreeDepth bounds the nesting of pages and buckets; a B+tree of
	// a million-fold fan-out per level needs far fewer.
	maxTreeDepth = 64
)

// boltMeta is the part of a meta page the checks use.
type boltMeta struct {
	pageSize uint32
	root     uint64 // the root bucket's page
	freelist uint64
	pgid     uint64 // high water mark: pages in use are below it
	txid     uint64
}

// readMeta decodes and validates the meta page at offset off of f.
func readMeta(f io.ReaderAt, off int64) (boltMeta, error) {
	var b [pageHeaderSize + 64]byte
	if _, err := f.ReadAt(b[:], off); err != nil {
		return boltMeta{}, fmt.Errorf("read meta page at byte %d: %w", off, err)
	}
	if flags := binary.LittleEndian.Uint16(b[8:]); flags&metaPageFlag == 0 {
		return boltMeta{}, fmt.Errorf("meta page at byte %d: not a meta page (flags %#x)", off, flags)
	}
	m := b[pageHeaderSize:]
	if binary.LittleEndian.Uint32(m[0:]) != boltMagic {
		return boltMeta{}, fmt.Errorf("meta page at byte %d: not a Bolt file (bad magic number)", off)
	}
	if v := binary.LittleEndian.Uint32(m[4:]); v != boltVersion {
		return boltMeta{}, fmt.Errorf("meta page at byte %d: Bolt format version %d, want %d", off, v, boltVersion)
	}
	h := fnv.New64a()
	h.Write(m[:metaSumLen])
	if sum := binary.LittleEndian.Uint64(m[metaSumLen:]); sum != 0 && sum != h.Sum64() {
		return boltMeta{}, fmt.Errorf("meta page at byte %d: checksum mismatch", off)
	}
	return boltMeta{
		pageSize: binary.LittleEndian.Uint32(m[8:]),
		root:     binary.LittleEndian.Uint64(m[16:]),
		freelist: binary.LittleEndian.Uint64(m[32:]),
		pgid:     binary.LittleEndian.Uint64(m[40:]),
		txid:     binary.LittleEndian.Uint64(m[48:]),
	}, nil
}

// A fileCheck checks the page structure of one Bolt file.
type fileCheck struct {
	f        io.ReaderAt
	size     int64
	meta     boltMeta
	ps       int64
	seen     bits     // pages reached from the root or the freelist
	bufs     [][]byte // a page buffer per tree depth
	pages    int      // branch and leaf pages read
	buckets  int
	elements int
}

// checkFile checks the store file f of size bytes: its meta pages, that it
// holds every page in use, and, when full is set, the tree of every bucket
// (page types, element bounds, key order, page numbers in range and used
// once), the freelist, and that every page in use is reached, so that Bolt
// reads nothing outside the file. It returns the detail of the first
// damage found, or nil, with what it read.
func checkFile(f io.ReaderAt, size int64, full bool) (*fileCheck, error) {
	c, err := checkFile1(f, size, full)
	if err == nil && full {
		if u := c.unreachable(); len(u) > 0 {
			err = fmt.Errorf("%d pages in use are neither in a tree nor free (page %d first)", len(u), u[0])
		}
	}
	return c, err
}

func checkFile1(f io.ReaderAt, size int64, full bool) (*fileCheck, error) {
	if size == 0 {
		return nil, errors.New("the file is empty (0 bytes)")
	}
	if size < 2*1024 {
		return nil, fmt.Errorf("the file holds only %d bytes, less than Bolt's two meta pages", size)
	}
	m0, err0 := readMeta(f, 0)
	ps := int64(os.Getpagesize()) // Bolt's guess when meta page 0 is bad
	if err0 == nil {
		ps = int64(m0.pageSize)
	}
	if ps < 1024 || ps > 1<<20 || ps&(ps-1) != 0 {
		return nil, fmt.Errorf("meta page 0: page size %d", ps)
	}
	if size < 2*ps {
		return nil, fmt.Errorf("the file holds only %d bytes, less than Bolt's two meta pages of %d bytes", size, ps)
	}
	m1, err1 := readMeta(f, ps)
	// Bolt uses the valid meta page of the later transaction.
	var m boltMeta
	switch {
	case err0 != nil && err1 != nil:
		return nil, fmt.Errorf("both meta pages are invalid: %v; %v", err0, err1)
	case err0 != nil:
		m = m1
	case err1 != nil:
		m = m0
	case m1.txid > m0.txid:
		m = m1
	default:
		m = m0
	}
	if m.pageSize != uint32(ps) {
		return nil, fmt.Errorf("meta pages disagree on the page size (%d and %d)", ps, m.pageSize)
	}
	if m.pgid < 2 || m.pgid > uint64(1)<<40 {
		return nil, fmt.Errorf("meta page: %d pages in use", m.pgid)
	}
	if need := int64(m.pgid) * ps; size < need {
		return nil, fmt.Errorf("the file holds %d bytes but its pages in use reach %d: it was cut short", size, need)
	}
	if m.root < 2 || m.root >= m.pgid || m.freelist < 2 || m.freelist >= m.pgid {
		return nil, fmt.Errorf("meta page: root page %d or freelist page %d outside the %d pages in use", m.root, m.freelist, m.pgid)
	}
	c := &fileCheck{f: f, size: size, meta: m, ps: ps, seen: newBits(m.pgid)}
	if !full {
		// The pages Bolt reads at open: the freelist and the root.
		if _, err := c.readPage(m.freelist, freelistPageFlag, 0); err != nil {
			return c, err
		}
		_, err := c.readPage(m.root, branchPageFlag|leafPageFlag, 0)
		return c, err
	}
	if err := c.freelist(); err != nil {
		return c, err
	}
	return c, c.tree(m.root, nil, 0)
}

// readPage reads page id with its overflow pages and checks its header:
// the id it records and a type among want. The page is read into the
// buffer of the given tree depth, which stays valid until the next read at
// that depth.
func (c *fileCheck) readPage(id uint64, want uint16, depth int) ([]byte, error) {
	if id < 2 || id >= c.meta.pgid {
		return nil, fmt.Errorf("page %d referenced, outside the %d pages in use", id, c.meta.pgid)
	}
	for len(c.bufs) <= depth {
		c.bufs = append(c.bufs, make([]byte, c.ps))
	}
	b := c.bufs[depth][:c.ps]
	if _, err := c.f.ReadAt(b, int64(id)*c.ps); err != nil {
		return nil, fmt.Errorf("read page %d: %w", id, err)
	}
	if got := binary.LittleEndian.Uint64(b[0:]); got != id {
		return nil, fmt.Errorf("page %d: header says page %d", id, got)
	}
	flags := binary.LittleEndian.Uint16(b[8:])
	if flags&want == 0 || flags&^(branchPageFlag|leafPageFlag|metaPageFlag|freelistPageFlag) != 0 {
		return nil, fmt.Errorf("page %d: invalid page type (flags %#x)", id, flags)
	}
	overflow := uint64(binary.LittleEndian.Uint32(b[12:]))
	if id+overflow >= c.meta.pgid {
		return nil, fmt.Errorf("page %d: %d overflow pages reach past the %d pages in use", id, overflow, c.meta.pgid)
	}
	if overflow > 0 {
		n := int64(overflow+1) * c.ps
		if int64(cap(c.bufs[depth])) < n {
			grown := make([]byte, n)
			copy(grown, b)
			c.bufs[depth] = grown
		}
		b = c.bufs[depth][:n]
		if _, err := c.f.ReadAt(b[c.ps:], int64(id+1)*c.ps); err != nil {
			return nil, fmt.Errorf("read page %d: %w", id, err)
		}
	}
	for p := id; p <= id+overflow; p++ {
		if c.seen.has(p) {
			return nil, fmt.Errorf("page %d is used twice", p)
		}
		c.seen.set(p)
	}
	return b, nil
}

// freelist checks the freelist page: free pages in range, each once.
func (c *fileCheck) freelist() error {
	b, err := c.readPage(c.meta.freelist, freelistPageFlag, 0)
	if err != nil {
		return err
	}
	count, idx := uint64(binary.LittleEndian.Uint16(b[10:])), uint64(0)
	if count == 0xFFFF { // the count is the first element
		count, idx = binary.LittleEndian.Uint64(b[pageHeaderSize:]), 1
	}
	if pageHeaderSize+count*8 > uint64(len(b)) || idx > count {
		return fmt.Errorf("freelist page %d: %d entries do not fit", c.meta.freelist, count)
	}
	for i := idx; i < count; i++ {
		id := binary.LittleEndian.Uint64(b[pageHeaderSize+i*8:])
		if id < 2 || id >= c.meta.pgid || c.seen.has(id) {
			return fmt.Errorf("freelist page %d: free page %d outside the pages in use or listed twice", c.meta.freelist, id)
		}
		c.seen.set(id)
	}
	return nil
}

// tree checks the pages of the bucket tree rooted at page id (or, when
// inline is set, the page held in a bucket's value).
func (c *fileCheck) tree(id uint64, inline []byte, depth int) error {
	if depth > maxTreeDepth {
		return fmt.Errorf("page %d: tree deeper than %d levels", id, maxTreeDepth)
	}
	b, name := inline, pageName(id)
	if inline == nil {
		var err error
		if b, err = c.readPage(id, branchPageFlag|leafPageFlag, depth); err != nil {
			return err
		}
	} else {
		if len(b) < pageHeaderSize {
			return fmt.Errorf("%s: %d bytes", name, len(b))
		}
	}
	flags := binary.LittleEndian.Uint16(b[8:])
	count := int(binary.LittleEndian.Uint16(b[10:]))
	if pageHeaderSize+count*elementSize > len(b) {
		return fmt.Errorf("%s: %d elements do not fit", name, count)
	}
	if flags&branchPageFlag == 0 && flags&leafPageFlag == 0 {
		return fmt.Errorf("%s: invalid page type (flags %#x)", name, flags)
	}
	if inline == nil {
		c.pages++
	}
	c.elements += count
	var prev []byte
	for i := range count {
		e := pageHeaderSize + i*elementSize
		el := b[e : e+elementSize]
		var pos, ksize, vsize uint64
		branch := flags&branchPageFlag != 0
		if branch {
			pos, ksize = uint64(binary.LittleEndian.Uint32(el[0:])), uint64(binary.LittleEndian.Uint32(el[4:]))
		} else {
			pos, ksize, vsize = uint64(binary.LittleEndian.Uint32(el[4:])), uint64(binary.LittleEndian.Uint32(el[8:])), uint64(binary.LittleEndian.Uint32(el[12:]))
		}
		start := uint64(e) + pos
		if start+ksize+vsize > uint64(len(b)) {
			return fmt.Errorf("%s: element %d reaches past the page", name, i)
		}
		key := b[start : start+ksize]
		if prev != nil && bytes.Compare(key, prev) <= 0 {
			return fmt.Errorf("%s: keys out of order at element %d", name, i)
		}
		prev = key
		if branch {
			child := binary.LittleEndian.Uint64(el[8:])
			if inline != nil {
				return fmt.Errorf("%s: an inline bucket has a branch page", name)
			}
			if err := c.tree(child, nil, depth+1); err != nil {
				return err
			}
			continue
		}
		if binary.LittleEndian.Uint32(el[0:])&bucketLeafFlag == 0 {
			continue
		}
		v := b[start+ksize : start+ksize+vsize]
		if len(v) < bucketHeaderSize {
			return fmt.Errorf("%s: bucket %q has a value of %d bytes", name, key, len(v))
		}
		c.buckets++
		if root := binary.LittleEndian.Uint64(v); root != 0 {
			if err := c.tree(root, nil, depth+1); err != nil {
				return err
			}
		} else if err := c.tree(0, v[bucketHeaderSize:], depth+1); err != nil {
			return err
		}
	}
	return nil
}

// A pageName formats as "page ID", or "inline bucket page" for 0.
type pageName uint64

func (p pageName) String() string {
	if p == 0 {
		return "inline bucket page"
	}
	return fmt.Sprintf("page %d", uint64(p))
}

// unreachable returns the pages in use that neither the trees nor the
// freelist reach, after a full check; Bolt leaves none.
func (c *fileCheck) unreachable() []uint64 {
	var out []uint64
	for id := uint64(2); id < c.meta.pgid; id++ {
		if !c.seen.has(id) {
			out = append(out, id)
		}
	}
	return out
}
