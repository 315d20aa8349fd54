// Command pipeline is the Go half of bench/pipeline.sh: it generates the
// benchmark corpora, measures loading into the embedded store side by side
// with Cayley's default writer, and times a Gizmo query in-process. The
// script times whole `newsgraph` runs itself.
//
//	pipeline gen -src ../shared/corpus/wikinews -mb 10 -out DIR [-change 1]
//	pipeline load -nq STORE.nq -quads 1000000 -runs 3 [-writers cayley,update,bulk,cayley-sql,copy -pg ADMIN]
//	pipeline query -store FILE|ADDRESS [-backend postgres] -runs 50
//	pipeline api -store FILE -runs 200
//	pipeline machine
//
// Every subcommand but machine prints one JSON object per line.
package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/writer" // registers the "single" writer
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: pipeline gen|load|query|api|machine [flags]")
		os.Exit(2)
	}
	ctx := context.Background()
	var err error
	switch os.Args[1] {
	case "gen":
		err = genCmd(os.Args[2:])
	case "load":
		err = loadCmd(ctx, os.Args[2:])
	case "query":
		err = queryCmd(ctx, os.Args[2:])
	case "api":
		err = apiCmd(ctx, os.Args[2:])
	case "machine":
		fmt.Println(machine())
	default:
		err = fmt.Errorf("unknown subcommand %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "pipeline:", err)
		os.Exit(1)
	}
}

// machine describes the CPU the benchmark runs on.
func machine() string {
	model := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	load := ""
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		load = ", load average " + strings.Join(strings.Fields(string(b))[:3], " ")
	}
	return fmt.Sprintf("%s, %d CPUs, %s/%s, %s%s", model, runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Version(), load)
}

// row is one article of the source corpus.
type row struct{ url, date, title, text string }

// readRows reads every url,date,title,text row of the CSV files in dir.
func readRows(dir string) ([]row, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	var rows []row
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read corpus: %w", err)
		}
		recs, err := csv.NewReader(strings.NewReader(string(b))).ReadAll()
		if err != nil {
			return nil, fmt.Errorf("read corpus %s: %w", f, err)
		}
		for _, r := range recs[1:] {
			if len(r) < 4 {
				return nil, fmt.Errorf("read corpus %s: want url,date,title,text rows", f)
			}
			rows = append(rows, row{r[0], r[1], r[2], r[3]})
		}
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("read corpus: no CSV rows in %s", dir)
	}
	return rows, nil
}

// genCmd writes copies of the source corpus, each row with its own URL
// (so its own document ID), until the text reaches -mb megabytes: one CSV
// file per copy. With -change P, every (100/P)-th article gets an extra
// sentence, as an edited article would.
func genCmd(args []string) error {
	fs := flag.NewFlagSet("gen", flag.ExitOnError)
	src := fs.String("src", "../shared/corpus/wikinews", "folder of url,date,title,text CSV files")
	mb := fs.Float64("mb", 10, "megabytes of article text to write")
	out := fs.String("out", "", "folder to write (created)")
	change := fs.Float64("change", 0, "percentage of articles to edit")
	fs.Parse(args)
	if *out == "" {
		return errors.New("gen: -out is required")
	}
	rows, err := readRows(*src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	every := 0
	if *change > 0 {
		every = max(1, int(100 / *change + 0.5))
	}
	var size int64
	docs, changed := 0, 0
	for c := 0; size < int64(*mb*1e6); c++ {
		f, err := os.Create(filepath.Join(*out, fmt.Sprintf("copy-%04d.csv", c)))
		if err != nil {
			return err
		}
		bw := bufio.NewWriter(f)
		w := csv.NewWriter(bw)
		w.Write([]string{"url", "date", "title", "text"})
		for _, r := range rows {
			if size >= int64(*mb*1e6) {
				break
			}
			text := r.text
			if every > 0 && docs%every == every-1 {
				text += "\n\nThis article was updated after publication."
				changed++
			}
			w.Write([]string{fmt.Sprintf("%s?copy=%d", r.url, c), r.date, r.title, text})
			size += int64(len(text))
			docs++
		}
		w.Flush()
		if err := errors.Join(w.Error(), bw.Flush()); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return json.NewEncoder(os.Stdout).Encode(map[string]any{"documents": docs, "bytes": size, "changed": changed})
}

// loadCmd reads the N-Quads export of a store built from the corpus and
// loads about -quads quads, copies of it with document-specific IRIs
// renamed in each copy (as distinct documents with the same text would
// give), into new Bolt stores: with Cayley's default writer, with
// Store.Update as before the bulk loader (Cayley's ApplyDeltas, 5,000
// quads per transaction), and with Store.Update as a build of new
// documents uses it (the bulk loader, 50,000 quads per transaction).
func loadCmd(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("load", flag.ExitOnError)
	nq := fs.String("nq", "", "N-Quads export of a store built from the corpus")
	nquads := fs.Int("quads", 1_000_000, "quads to load")
	runs := fs.Int("runs", 3, "runs per writer")
	dir := fs.String("dir", os.TempDir(), "folder for the stores")
	writers := fs.String("writers", "cayley,update,bulk", "writers to run (cayley, update, bulk into Bolt; cayley-sql, copy into PostgreSQL)")
	admin := fs.String("pg", "", "PostgreSQL connection string of a role that may create databases (for cayley-sql and copy)")
	profile := fs.String("cpuprofile", "", "write a CPU profile of the loads to this file")
	fs.Parse(args)
	if *profile != "" {
		f, err := os.Create(*profile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}

	base, err := readNQuads(*nq)
	if err != nil {
		return err
	}
	sets := copies(base, *nquads)
	var quads []quad.Quad
	for _, c := range sets {
		quads = append(quads, c...)
	}
	for _, name := range strings.Split(*writers, ",") {
		var secs, cpus []float64
		for range *runs {
			path := filepath.Join(*dir, fmt.Sprintf("load-%s-%d.db", name, os.Getpid()))
			os.Remove(path)
			cpu0 := cpuSeconds()
			var s float64
			var err error
			if name == "cayley-sql" || name == "copy" {
				s, err = timeLoadSQL(ctx, name, *admin, sets)
			} else {
				s, err = timeLoad(ctx, name, path, sets)
			}
			cpus = append(cpus, cpuSeconds()-cpu0)
			os.Remove(path)
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			secs = append(secs, s)
			runtime.GC()
		}
		med, cpu := median(secs), median(cpus)
		if err := json.NewEncoder(os.Stdout).Encode(map[string]any{
			"writer": name, "quads": len(quads), "seconds": med, "quads_per_s": float64(len(quads)) / med, "runs": secs,
			"cpu_seconds": cpu, "quads_per_cpu_s": float64(len(quads)) / cpu,
		}); err != nil {
			return err
		}
	}
	return nil
}

func readNQuads(path string) ([]quad.Quad, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := nquads.NewReader(bufio.NewReaderSize(f, 1<<20), false)
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		out = append(out, q)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("read %s: no quads", path)
	}
	return out, nil
}

// copies returns about n quads: base, then base again with the IRIs of
// documents, labels, statements and quotations renamed, and so on, one
// slice per copy.
func copies(base []quad.Quad, n int) [][]quad.Quad {
	docs := map[quad.Value]bool{}
	for _, q := range base {
		if newsgraph.Classify(q) == newsgraph.KindDocument {
			docs[q.Subject] = true
		}
	}
	rename := func(v quad.Value, c int) quad.Value {
		iri, ok := v.(quad.IRI)
		if !ok || c == 0 {
			return v
		}
		s := string(iri)
		if _, label := newsgraph.ParseLabel(iri); docs[v] || label || strings.HasPrefix(s, newsgraph.FactNS) || strings.HasPrefix(s, newsgraph.QuoteNS) {
			return quad.IRI(fmt.Sprintf("%s~%d", s, c))
		}
		return v
	}
	var out [][]quad.Quad
	for c, total := 0, 0; total < n; c++ {
		var set []quad.Quad
		for _, q := range base {
			if total >= n {
				break
			}
			if q.Label == newsgraph.ProvenanceGraph && c > 0 && rename(q.Subject, c) == q.Subject {
				continue // not document-specific: stored once
			}
			set = append(set, quad.Quad{Subject: rename(q.Subject, c), Predicate: q.Predicate, Object: rename(q.Object, c), Label: rename(q.Label, c)})
			total++
		}
		out = append(out, set)
	}
	return out
}

// timeLoad loads the copies into a new store at path with the named writer
// and returns the seconds it took, from the first write to the last commit.
// The bulk loader gets whole copies (whole documents, as a build gives it),
// at least 50,000 quads at a time; Store.Update through Cayley's writer
// gets 5,000 quads at a time, as builds wrote before.
func timeLoad(ctx context.Context, name, path string, sets [][]quad.Quad) (float64, error) {
	switch name {
	case "cayley":
		// As `cayley load` does: a Bolt store opened with Cayley's
		// defaults, the "single" writer, batches of quad.DefaultBatch.
		db, err := hbolt.Open(path, &bolt.Options{Timeout: time.Second})
		if err != nil {
			return 0, err
		}
		if err := ckv.Init(db, nil); err != nil {
			db.Close()
			return 0, err
		}
		qs, err := ckv.New(db, nil)
		if err != nil {
			db.Close()
			return 0, err
		}
		defer qs.Close()
		qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true})
		if err != nil {
			return 0, err
		}
		// Transactions of quad.DefaultBatch quads, as cayley load and
		// Cayley's batch writer make them.
		var all []quad.Quad
		for _, set := range sets {
			all = append(all, set...)
		}
		start := time.Now()
		for chunk := range slices.Chunk(all, quad.DefaultBatch) {
			if err := qw.AddQuadSet(chunk); err != nil {
				return 0, err
			}
		}
		return time.Since(start).Seconds(), nil
	case "update", "bulk":
		s, err := graph.Open(ctx, graph.Options{Path: path})
		if err != nil {
			return 0, err
		}
		defer s.Close()
		var batches [][]quad.Quad
		if name == "bulk" {
			var b []quad.Quad
			for i, set := range sets {
				b = append(b, set...)
				if len(b) >= 50_000 || i == len(sets)-1 {
					batches = append(batches, b)
					b = nil
				}
			}
		} else {
			var all []quad.Quad
			for _, set := range sets {
				all = append(all, set...)
			}
			for i := 0; i < len(all); i += 5_000 {
				batches = append(batches, all[i:min(i+5_000, len(all))])
			}
		}
		start := time.Now()
		for i, b := range batches {
			u := []newsgraph.DocQuads{{Doc: newsgraph.IRI(fmt.Sprintf("urn:bench:batch:%d", i)), Quads: b, Hash: "bench", New: name == "bulk"}}
			if _, err := s.Update(ctx, u); err != nil {
				return 0, err
			}
		}
		return time.Since(start).Seconds(), nil
	}
	return 0, fmt.Errorf("unknown writer %q (cayley, update, bulk)", name)
}

// queryCmd times a two-hop Gizmo query from the entity that the most
// documents mention, in-process on an open store.
func queryCmd(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("query", flag.ExitOnError)
	path := fs.String("store", "", "Bolt store, or a PostgreSQL store's connection string")
	backend := fs.String("backend", graph.Bolt, "store backend")
	runs := fs.Int("runs", 50, "timed queries")
	fs.Parse(args)
	s, err := graph.Open(ctx, graph.Options{Backend: *backend, Path: *path, ReadOnly: true})
	if err != nil {
		return err
	}
	defer s.Close()
	ent, err := topEntity(ctx, s)
	if err != nil {
		return err
	}
	q := fmt.Sprintf("g.V(%q).Out().Out().All()", "<"+string(ent)+">")
	var ms []float64
	n := 0
	for i := range *runs + 1 {
		start := time.Now()
		res, err := s.Query(ctx, q, graph.QueryOptions{})
		if err != nil {
			return err
		}
		if i > 0 { // the first run warms the page cache
			ms = append(ms, float64(time.Since(start).Microseconds())/1000)
		}
		n = len(res)
	}
	return json.NewEncoder(os.Stdout).Encode(map[string]any{
		"entity": ent, "query": q, "results": n, "median_ms": median(ms), "runs": len(ms),
	})
}

// topEntity returns the entity that the most documents mention.
func topEntity(ctx context.Context, s *graph.Store) (newsgraph.IRI, error) {
	count := map[quad.Value]int{}
	err := s.Each(ctx, func(q quad.Quad) error {
		if newsgraph.Classify(q) == newsgraph.KindMention {
			count[q.Object]++
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	var best quad.Value
	for v, n := range count {
		if best == nil || n > count[best] || n == count[best] && v.String() < best.String() {
			best = v
		}
	}
	iri, ok := best.(quad.IRI)
	if !ok {
		return "", errors.New("no entity is mentioned in the store")
	}
	return iri, nil
}

// cpuSeconds returns the user and system CPU time of the process so far,
// which on a shared machine is steadier than wall time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
