package exporters_test

import (
	"io"
	"os"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/exporters"
	"github.com/newsgraph/newsgraph/exporters/internal/exptest"
)

// BenchmarkFormats writes a synthetic store of about 150k quads (1000
// documents; NEWSGRAPH_BENCH_DOCS sets another number) with each format.
func BenchmarkFormats(b *testing.B) {
	docs := 1000
	if s := os.Getenv("NEWSGRAPH_BENCH_DOCS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			b.Fatal(err)
		}
		docs = n
	}
	qs := exptest.Synthetic(docs)
	b.Logf("%d quads", len(qs))
	for _, f := range exporters.Formats() {
		b.Run(f.Name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				ws := make([]io.Writer, max(1, len(f.Parts)))
				for k := range ws {
					ws[k] = io.Discard
				}
				w, err := f.Open(ws, exporters.Options{})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := w.WriteQuads(qs); err != nil {
					b.Fatal(err)
				}
				if err := w.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
