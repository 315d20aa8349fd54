package newsgraph

import (
	"bytes"
	"compress/flate"
	"context"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/quad"
)

// The store-level resolve step. A Resolver is greedy: it names the
// entities of one document at a time, against everything it named
// before, so the IRIs it gives depend on the order in which it sees the
// documents. A graph built in two runs, by two processes, or from the
// same articles in another order would differ from one built in one run.
//
// So a store that keeps records (a RecordStore) keeps, beside the graph,
// what the extract stage found in each document (a Record), and a build
// ends with Settle: it resolves every recorded document of the store
// again, with a fresh Resolver, in one canonical order (RecordKey: by
// publication date, then document ID), and rewrites the documents whose
// IRIs came out differently. The graph is then a function of the set of
// documents in the store, whatever the runs, processes and input orders
// that brought them there. The build's own resolve stage still resolves
// each document as it comes (in input order, against the store's
// entities) and writes it at once, so that writing overlaps extraction;
// Settle corrects what that first guess got wrong, which for input in
// roughly chronological order is little.

// A Record is what the extract stage found in one document, as a
// RecordStore keeps it.
type Record struct {
	Doc IRI
	// Key is the document's place in the canonical order (RecordKey).
	Key string
	// Hash is the document's ContentHash: the record is up to date when
	// the document's ContentHash is the same.
	Hash string
	// Sum is a digest of Head and Body.
	Sum string
	// Head holds the extractor step and the document's metadata and
	// entities: what resolving needs.
	Head []byte
	// Body holds the document's text and facts; a RecordStore may leave
	// it nil when the caller asked for heads only.
	Body []byte
}

// A RecordStore is a Store that keeps a Record of every document it holds
// and lets Build settle it (see Settle). Records are written together
// with their document's quads (DocQuads.Record).
type RecordStore interface {
	Store
	QuadReader
	// RecordHash returns the Hash of the record of doc, or "" when the
	// store holds none.
	RecordHash(ctx context.Context, doc IRI) (string, error)
	// Records calls fn for every record in canonical order (by Key, then
	// Doc), with Body only when body is true, and stops at the first
	// error fn returns, returning it.
	Records(ctx context.Context, body bool, fn func(Record) error) error
	// RecordBodies calls fn with the whole record of each of docs that the
	// store holds, in any order.
	RecordBodies(ctx context.Context, docs []IRI, fn func(Record) error) error
	// RecordDocs returns the documents that have a record.
	RecordDocs(ctx context.Context) (map[IRI]bool, error)
	// DocumentHashes returns DocumentHash of every document that has one.
	DocumentHashes(ctx context.Context) (map[IRI]string, error)
	// LockSettle waits until no other process or goroutine settles the
	// store, and returns the function that lets the next one in. A
	// process that dies holding it must release it.
	LockSettle(ctx context.Context) (unlock func(), err error)
}

// RecordKey returns the place of doc in the canonical order of Settle:
// its publication date (undated documents first), then its ID, joined by
// a space (which sorts before the digits of a date).
func RecordKey(doc Doc) string {
	return formatDate(doc) + " " + doc.ID
}

// recordFormat is the first byte of every encoded Head and Body.
const recordFormat = 1

// recordHead is what a Record's Head holds.
type recordHead struct {
	Step     string
	Doc      Doc // without its text
	TextLen  int
	Entities []Entity
	Cut      string
}

// recordBody is what a Record's Body holds.
type recordBody struct {
	Text  string
	Facts []Fact
}

// newRecord makes the record of doc as extracted by step into x, whose
// ContentHash is hash.
func newRecord(doc Doc, step, hash string, x *limitedExtraction) (Record, error) {
	meta := doc
	meta.Text = ""
	head, err := encodeRecordPart(recordHead{Step: step, Doc: meta, TextLen: len(doc.Text), Entities: x.Entities, Cut: x.cut})
	if err != nil {
		return Record{}, fmt.Errorf("record of %s: %w", doc.Source, err)
	}
	body, err := encodeRecordPart(recordBody{Text: doc.Text, Facts: x.Facts})
	if err != nil {
		return Record{}, fmt.Errorf("record of %s: %w", doc.Source, err)
	}
	h := sha256.New()
	fmt.Fprintf(h, "%d:%s%d:%s", len(head), head, len(body), body)
	return Record{Doc: doc.IRI(), Key: RecordKey(doc), Hash: hash, Sum: hex.EncodeToString(h.Sum(nil)), Head: head, Body: body}, nil
}

func encodeRecordPart(v any) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte(recordFormat)
	zw, _ := flateWriters.Get().(*flate.Writer)
	if zw == nil {
		var err error
		if zw, err = flate.NewWriter(&buf, flate.BestSpeed); err != nil {
			return nil, err
		}
	} else {
		zw.Reset(&buf)
	}
	defer flateWriters.Put(zw)
	if err := gob.NewEncoder(zw).Encode(v); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// flateWriters keeps compressors for reuse: making one allocates about a
// megabyte, more than most records take to encode.
var flateWriters sync.Pool

// ErrRecord is the cause of a record that cannot be decoded: the store
// that holds it is damaged or was written by a newer version.
var ErrRecord = errors.New("undecodable record")

func decodeRecordPart(b []byte, v any) error {
	if len(b) == 0 || b[0] != recordFormat {
		return fmt.Errorf("%w: unknown format", ErrRecord)
	}
	zr := flate.NewReader(bytes.NewReader(b[1:]))
	defer zr.Close()
	if err := gob.NewDecoder(zr).Decode(v); err != nil {
		return fmt.Errorf("%w: %v", ErrRecord, err)
	}
	// The whole stream must have been read: trailing bytes are damage.
	if n, _ := io.Copy(io.Discard, zr); n != 0 {
		return fmt.Errorf("%w: %d bytes after the data", ErrRecord, n)
	}
	return nil
}

// head decodes r's Head.
func (r Record) head() (recordHead, error) {
	var h recordHead
	if err := decodeRecordPart(r.Head, &h); err != nil {
		return h, fmt.Errorf("record of %s: %w", r.Doc, err)
	}
	if h.Doc.IRI() != r.Doc {
		return h, fmt.Errorf("record of %s: %w: it describes %s", r.Doc, ErrRecord, h.Doc.IRI())
	}
	return h, nil
}

// extraction decodes the whole record: the document, the extractor step
// that read it, and what the step found.
func (r Record) extraction() (Doc, string, *limitedExtraction, error) {
	h, err := r.head()
	if err != nil {
		return Doc{}, "", nil, err
	}
	var b recordBody
	if err := decodeRecordPart(r.Body, &b); err != nil {
		return Doc{}, "", nil, fmt.Errorf("record of %s: %w", r.Doc, err)
	}
	if len(b.Text) != h.TextLen {
		return Doc{}, "", nil, fmt.Errorf("record of %s: %w: text of %d bytes, want %d", r.Doc, ErrRecord, len(b.Text), h.TextLen)
	}
	doc := h.Doc
	doc.Text = b.Text
	return doc, h.Step, &limitedExtraction{Extraction: Extraction{Entities: h.Entities, Facts: b.Facts}, cut: h.Cut}, nil
}

// graphHash is the DocumentHash a RecordStore keeps for a document whose
// quads were made from the record with digest sum and the entity IRIs
// iris: Settle rewrites the document when it differs.
func graphHash(sum string, iris []IRI) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00", sum)
	for _, iri := range iris {
		fmt.Fprintf(h, "%s\x00", iri)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// SettleStats are what Settle did.
type SettleStats struct {
	Documents int           // records resolved
	Rewritten int           // documents whose quads changed
	Added     int           // quads added
	Removed   int           // quads removed
	Foreign   int           // documents of the graph without a record (their entities were known to the resolver)
	Elapsed   time.Duration // including the wait for the lock
}

// Settle resolves every recorded document of st with a fresh Resolver from
// newResolver, in canonical order, and rewrites the documents whose entity
// IRIs differ from what the store holds, batchQuads quads per update. The
// Resolver knows beforehand the entities of the graph's documents that
// have no record (imported ones, or built by an older version), which
// Settle leaves alone. Only one process settles a store at a time (see
// RecordStore.LockSettle); a Settle that stops early leaves every
// document either as it was or rewritten, and the next one finishes the
// work.
func Settle(ctx context.Context, st RecordStore, newResolver func(known []EntityRecord) Resolver, batchQuads int) (SettleStats, error) {
	start := time.Now()
	var s SettleStats
	if batchQuads <= 0 {
		batchQuads = DefaultBatchQuads
	}
	unlock, err := st.LockSettle(ctx)
	if err != nil {
		return s, fmt.Errorf("settle: %w", err)
	}
	defer unlock()
	stored, err := st.DocumentHashes(ctx)
	if err != nil {
		return s, fmt.Errorf("settle: %w", err)
	}
	// Every record's IRIs first, then the documents whose IRIs changed.
	type change struct {
		iris []IRI
		hash string
		new  bool
	}
	changes := make(map[IRI]change)
	var order []IRI
	recorded, err := st.RecordDocs(ctx)
	if err != nil {
		return s, fmt.Errorf("settle: %w", err)
	}
	known, foreign, err := foreignEntities(ctx, st, recorded)
	if err != nil {
		return s, fmt.Errorf("settle: entities of documents without a record: %w", err)
	}
	s.Foreign = foreign
	res := newResolver(known)
	err = st.Records(ctx, false, func(r Record) error {
		h, err := r.head()
		if err != nil {
			return err
		}
		iris, err := res.Resolve(ctx, h.Doc, h.Entities)
		if err != nil {
			return fmt.Errorf("resolve %s: %w", h.Doc.Source, err)
		}
		s.Documents++
		gh := graphHash(r.Sum, iris)
		if old := stored[r.Doc]; old != gh {
			changes[r.Doc] = change{iris: iris, hash: gh, new: old == ""}
			order = append(order, r.Doc)
		}
		return nil
	})
	if err != nil {
		return s, fmt.Errorf("settle: %w", err)
	}
	// Rewrite them in canonical order, in batches of about batchQuads
	// quads; record bodies are read a few documents at a time.
	const readAhead = 64
	var batch []DocQuads
	pending := 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		ch, err := st.Update(ctx, batch)
		s.Added += ch.Added
		s.Removed += ch.Removed
		if err != nil {
			return err
		}
		s.Rewritten += len(batch)
		batch, pending = nil, 0
		return nil
	}
	for part := range slices.Chunk(order, readAhead) {
		qs := make(map[IRI][]quad.Quad, len(part))
		texts := make(map[IRI]*DocText, len(part))
		err := st.RecordBodies(ctx, part, func(r Record) error {
			c, ok := changes[r.Doc]
			if !ok {
				return nil
			}
			doc, step, x, err := r.extraction()
			if err != nil {
				return err
			}
			q, err := Quads(doc, step, &x.Extraction, c.iris)
			if err != nil {
				return err
			}
			qs[r.Doc] = q
			// The text's mentions name the new IRIs; without a text the
			// store would drop the document's (see DocQuads.Text).
			texts[r.Doc] = NewDocText(doc, &x.Extraction, c.iris)
			return nil
		})
		if err != nil {
			return s, fmt.Errorf("settle: %w", err)
		}
		for _, d := range part {
			q, ok := qs[d]
			if !ok {
				return s, fmt.Errorf("settle: the record of %s went missing", d)
			}
			c := changes[d]
			batch = append(batch, DocQuads{Doc: d, Quads: q, Hash: c.hash, New: c.new, Text: texts[d]})
			pending += len(q)
			if pending >= batchQuads {
				if err := flush(); err != nil {
					return s, fmt.Errorf("settle: %w", err)
				}
			}
		}
	}
	if err := flush(); err != nil {
		return s, fmt.Errorf("settle: %w", err)
	}
	s.Elapsed = time.Since(start)
	return s, nil
}

// foreignEntities returns the entities that the graph's documents without
// a record describe, and how many such documents there are.
func foreignEntities(ctx context.Context, r QuadReader, recorded map[IRI]bool) ([]EntityRecord, int, error) {
	docs, err := subjectsOf(ctx, r, RDFType, SchemaNewsArticle)
	if err != nil {
		return nil, 0, err
	}
	v := NewView()
	n := 0
	for _, d := range docs {
		iri, ok := d.(IRI)
		if !ok || recorded[iri] {
			continue
		}
		n++
		qs, err := DocumentQuads(ctx, r, iri)
		if err != nil {
			return nil, 0, err
		}
		v.AddQuads(qs)
	}
	if n == 0 {
		return nil, 0, nil
	}
	out := v.Entities()
	return slices.DeleteFunc(out, func(e EntityRecord) bool { return !strings.HasPrefix(string(e.IRI), EntityNS) }), n, nil
}

// Check decodes the whole record and reports whether it is sound: both
// parts decode and belong to its document, and Sum matches them.
func (r Record) Check() error {
	if _, _, _, err := r.extraction(); err != nil {
		return err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%d:%s%d:%s", len(r.Head), r.Head, len(r.Body), r.Body)
	if hex.EncodeToString(h.Sum(nil)) != r.Sum {
		return fmt.Errorf("record of %s: %w: its digest does not match its data", r.Doc, ErrRecord)
	}
	return nil
}
