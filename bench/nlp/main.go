// Command nlp measures the speed and memory use of newsgraph's NLP core
// (extract/nlp: tokenize, tagger, parser, ner, the analyze facade and coref) and of
// github.com/jdkato/prose/v2 on the same news text, on one core.
//
// Each invocation measures one system and one stage and prints one JSON
// object on stdout, so that peak RSS (VmHWM) is that of a single system and
// stage; ../nlp.sh runs every combination and prints a Markdown table.
//
//	go run . -machine                      # machine description
//	go run . -system ours -stage all       # one measurement
//	go run . -system ours -stage load      # model load time (one sample)
//	go run . -system prose -stage accuracy # XPOS accuracy on EWT test
//
// It lives in its own module so that prose never enters newsgraph's go.mod.
package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/newsgraph/newsgraph/extract/nlp"
	"github.com/newsgraph/newsgraph/extract/nlp/analyze"
	"github.com/newsgraph/newsgraph/extract/nlp/conllu"
	"github.com/newsgraph/newsgraph/extract/nlp/coref"
	"github.com/newsgraph/newsgraph/extract/nlp/ner"
	"github.com/newsgraph/newsgraph/extract/nlp/parser"
	"github.com/newsgraph/newsgraph/extract/nlp/tagger"
	"github.com/newsgraph/newsgraph/extract/nlp/tokenize"
)

// errSkip reports that the input data is absent.
var errSkip = errors.New("input data absent")

func main() {
	var (
		system  = flag.String("system", "ours", "system to measure: ours or prose")
		stage   = flag.String("stage", "all", "stage: tokenize, tag, parse, ner, coref, all, load or accuracy (ours); tokenize, tag, ner, all, load or accuracy (prose)")
		runs    = flag.Int("runs", 5, "timed runs; the median is reported")
		warmup  = flag.Int("warmup", 1, "untimed runs before the timed ones")
		maxMB   = flag.Float64("max-mb", 0, "use only the first articles up to this many MB of text (0: all)")
		corpus  = flag.String("corpus", filepath.Join("..", "..", "..", "shared", "corpus", "wikinews"), "directory of the Wikinews CSV files")
		ud      = flag.String("ud", filepath.Join("..", "..", "..", "shared", "ud", "en_ewt-ud-test.conllu"), "EWT test file for -stage accuracy")
		machine = flag.Bool("machine", false, "print the machine description and exit")
		procs   = flag.Int("procs", 1, "GOMAXPROCS")
	)
	flag.Parse()
	runtime.GOMAXPROCS(*procs)
	if *machine {
		fmt.Println(machineLine())
		return
	}
	res, err := run(*system, *stage, *runs, *warmup, *maxMB, *corpus, *ud)
	if errors.Is(err, errSkip) {
		fmt.Fprintf(os.Stderr, "skip: %v\n", err)
		os.Exit(3)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "nlp bench: %v\n", err)
		os.Exit(1)
	}
	res.PeakRSSMB = peakRSSMB()
	if err := json.NewEncoder(os.Stdout).Encode(res); err != nil {
		fmt.Fprintf(os.Stderr, "nlp bench: %v\n", err)
		os.Exit(1)
	}
}

// A result is one measured row.
type result struct {
	System string  `json:"system"`
	Stage  string  `json:"stage"`
	Runs   int     `json:"runs"`
	Bytes  int     `json:"bytes,omitempty"`  // input text per run
	Tokens int     `json:"tokens,omitempty"` // tokens per run (the system's own count)
	Docs   int     `json:"docs,omitempty"`
	MBs    float64 `json:"mb_s,omitempty"`      // MB/s of process CPU time, median
	WallMB float64 `json:"wall_mb_s,omitempty"` // MB/s of wall time, median
	TokS   float64 `json:"tok_s,omitempty"`     // tokens/s of CPU time, median
	// Allocations and allocated bytes per MB of input text, median.
	AllocsMB  float64 `json:"allocs_per_mb,omitempty"`
	BytesMB   float64 `json:"alloc_bytes_per_mb,omitempty"`
	LoadMS    float64 `json:"load_ms,omitempty"` // model load time, one sample
	PeakRSSMB float64 `json:"peak_rss_mb"`
	// Accuracy (stage accuracy), in percent of gold words.
	XPOS     float64 `json:"xpos,omitempty"`
	UPOS     float64 `json:"upos,omitempty"`
	Aligned  float64 `json:"aligned,omitempty"`      // gold words whose span the system reproduced
	XPOSAlig float64 `json:"xpos_aligned,omitempty"` // XPOS accuracy on aligned words only
	// XPOS accuracy counting PTB-vs-EWT convention differences as right.
	XPOSMapped float64 `json:"xpos_mapped,omitempty"`
	Words      int     `json:"words,omitempty"`
}

func run(system, stage string, runs, warmup int, maxMB float64, corpus, ud string) (*result, error) {
	if runs < 1 {
		return nil, fmt.Errorf("runs must be at least 1, got %d", runs)
	}
	switch stage {
	case "load":
		return load(system)
	case "accuracy":
		return accuracy(system, ud)
	}
	texts, err := readCorpus(corpus, maxMB)
	if err != nil {
		return nil, err
	}
	var pass func() int // processes texts once, returns the token count
	switch system {
	case "ours":
		pass, err = oursPass(stage, texts)
	case "prose":
		pass, err = prosePass(stage, texts)
	default:
		return nil, fmt.Errorf("unknown system %q", system)
	}
	if err != nil {
		return nil, err
	}
	return measure(system, stage, texts, pass, runs, warmup), nil
}

// measure runs pass warmup+runs times and reports the medians of the timed
// runs.
func measure(system, stage string, texts []string, pass func() int, runs, warmup int) *result {
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	mb := float64(size) / 1e6
	for range warmup {
		pass()
	}
	var cpu, wall, mallocs, alloc []float64
	tokens := 0
	var ms runtime.MemStats
	for range runs {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		m0, a0 := ms.Mallocs, ms.TotalAlloc
		c0, w0 := cpuTime(), time.Now()
		tokens = pass()
		c1, w1 := cpuTime(), time.Now()
		runtime.ReadMemStats(&ms)
		cpu = append(cpu, (c1 - c0).Seconds())
		wall = append(wall, w1.Sub(w0).Seconds())
		mallocs = append(mallocs, float64(ms.Mallocs-m0))
		alloc = append(alloc, float64(ms.TotalAlloc-a0))
	}
	c := median(cpu)
	return &result{
		System:   system,
		Stage:    stage,
		Runs:     runs,
		Bytes:    size,
		Tokens:   tokens,
		Docs:     len(texts),
		MBs:      mb / c,
		WallMB:   mb / median(wall),
		TokS:     float64(tokens) / c,
		AllocsMB: median(mallocs) / mb,
		BytesMB:  median(alloc) / mb,
	}
}

// sink keeps results alive so that no stage is optimised away.
type sink struct{ n int }

func oursPass(stage string, texts []string) (func() int, error) {
	if stage == "tokenize" {
		return func() int {
			n := 0
			for _, t := range texts {
				for _, s := range tokenize.Sentences(t) {
					n += len(s.Tokens)
				}
			}
			return n
		}, nil
	}
	if stage == "all" || stage == "coref" {
		a, err := analyze.Default()
		if err != nil {
			return nil, err
		}
		cm, err := coref.Default()
		if err != nil {
			return nil, err
		}
		if stage == "coref" {
			// Coreference alone, on documents analysed beforehand.
			docs := make([]*nlp.Document, len(texts))
			n := 0
			for i, t := range texts {
				docs[i] = a.Analyze(t)
				for _, s := range docs[i].Sentences {
					n += len(s.Tokens)
				}
			}
			var sk sink
			return func() int {
				for _, d := range docs {
					sk.n += len(cm.Resolve(d).Chains)
				}
				return n
			}, nil
		}
		return func() int {
			n := 0
			for _, t := range texts {
				doc := a.Analyze(t)
				cm.Resolve(doc)
				for _, s := range doc.Sentences {
					n += len(s.Tokens)
				}
			}
			return n
		}, nil
	}
	tg, err := tagger.Default()
	if err != nil {
		return nil, err
	}
	// Sentences as word lists, tagged beforehand for the later stages.
	type sent struct{ words, upos, xpos []string }
	var sents []sent
	n := 0
	for _, t := range texts {
		for _, s := range tokenize.Sentences(t) {
			words := make([]string, len(s.Tokens))
			for i, tok := range s.Tokens {
				words[i] = tok.Text
			}
			st := sent{words, make([]string, len(words)), make([]string, len(words))}
			tg.Tag(st.words, st.upos, st.xpos)
			sents = append(sents, st)
			n += len(words)
		}
	}
	var sk sink
	switch stage {
	case "tag":
		return func() int {
			var upos, xpos []string
			for _, s := range sents {
				upos, xpos = grow(upos, len(s.words)), grow(xpos, len(s.words))
				tg.Tag(s.words, upos, xpos)
				for i, w := range s.words {
					sk.n += len(tg.Lemma(w, upos[i], xpos[i]))
				}
			}
			return n
		}, nil
	case "parse":
		p, err := parser.Default()
		if err != nil {
			return nil, err
		}
		return func() int {
			var heads []int
			var rels []string
			for _, s := range sents {
				rels = grow(rels, len(s.words))
				if cap(heads) < len(s.words) {
					heads = make([]int, len(s.words))
				}
				heads = heads[:len(s.words)]
				p.Parse(s.words, s.upos, s.xpos, heads, rels)
				sk.n += heads[0]
			}
			return n
		}, nil
	case "ner":
		m, err := ner.Default()
		if err != nil {
			return nil, err
		}
		return func() int {
			for _, s := range sents {
				sk.n += len(m.Recognize(s.words, s.upos, s.xpos))
			}
			return n
		}, nil
	}
	return nil, fmt.Errorf("unknown stage %q for ours", stage)
}

func grow(v []string, n int) []string {
	if cap(v) < n {
		return make([]string, n)
	}
	return v[:n]
}

// proseOpts are the NewDocument options of each prose stage. prose cannot
// tag or recognise entities without tokenizing, so its stages are
// cumulative.
func proseOpts(stage string) ([]prose.DocOpt, bool, error) {
	switch stage {
	case "tokenize": // tokenizer and sentence segmenter
		return []prose.DocOpt{prose.WithTagging(false), prose.WithExtraction(false)}, false, nil
	case "tag": // tokenizer and tagger
		return []prose.DocOpt{prose.WithSegmentation(false), prose.WithExtraction(false)}, true, nil
	case "ner": // tokenizer, tagger and entity extraction
		return []prose.DocOpt{prose.WithSegmentation(false)}, true, nil
	case "all": // everything prose does
		return nil, true, nil
	}
	return nil, false, fmt.Errorf("unknown stage %q for prose", stage)
}

func prosePass(stage string, texts []string) (func() int, error) {
	opts, needModel, err := proseOpts(stage)
	if err != nil {
		return nil, err
	}
	if needModel {
		// Without UsingModel, NewDocument would load the models for
		// every document.
		opts = append(opts, prose.UsingModel(prose.ModelFromData("bench")))
	}
	return func() int {
		n := 0
		for _, t := range texts {
			doc, err := prose.NewDocument(t, opts...)
			if err != nil {
				panic(err)
			}
			n += len(doc.Tokens())
		}
		return n
	}, nil
}

// load measures one model load in a fresh process.
func load(system string) (*result, error) {
	t0 := time.Now()
	switch system {
	case "ours":
		if _, err := analyze.Default(); err != nil {
			return nil, err
		}
		if _, err := coref.Default(); err != nil {
			return nil, err
		}
	case "prose":
		prose.ModelFromData("bench")
	default:
		return nil, fmt.Errorf("unknown system %q", system)
	}
	d := time.Since(t0)
	return &result{System: system, Stage: "load", Runs: 1, LoadMS: float64(d.Microseconds()) / 1e3}, nil
}

// proseQuotes is the quote normalisation prose applies before tokenizing.
var proseQuotes = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")

// accuracy tags the EWT test words and compares the PTB tags with gold XPOS.
// Ours tags the gold words directly; prose cannot take pre-tokenized input,
// so it gets the gold words joined by spaces and its tokens are aligned to
// the gold words by their character spans (words it splits or joins
// differently count as errors).
func accuracy(system, path string) (*result, error) {
	sents, err := conllu.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", errSkip, path)
	}
	if err != nil {
		return nil, fmt.Errorf("read treebank: %w", err)
	}
	r := &result{System: system, Stage: "accuracy"}
	switch system {
	case "ours":
		tg, err := tagger.Default()
		if err != nil {
			return nil, err
		}
		var total, xp, up, mapped int
		for _, s := range sents {
			words := make([]string, len(s.Words))
			for i, w := range s.Words {
				words[i] = w.Form
			}
			upos, xpos := make([]string, len(words)), make([]string, len(words))
			tg.Tag(words, upos, xpos)
			for i, w := range s.Words {
				total++
				if xpos[i] == w.XPOS {
					xp++
				}
				if upos[i] == w.UPOS {
					up++
				}
				if sameConvention(w.XPOS, xpos[i], w.Form) {
					mapped++
				}
			}
		}
		r.Words, r.XPOS, r.UPOS, r.Aligned = total, pct(xp, total), pct(up, total), 100
		r.XPOSAlig, r.XPOSMapped = r.XPOS, pct(mapped, total)
		return r, nil
	case "prose":
	default:
		return nil, fmt.Errorf("unknown system %q", system)
	}
	model := prose.ModelFromData("bench")
	opts := []prose.DocOpt{prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(model)}
	var total, aligned, right, mapped int
	type pair struct{ gold, pred string }
	confusions := map[pair]int{}
	for _, s := range sents {
		forms := make([]string, len(s.Words))
		for i, w := range s.Words {
			forms[i] = proseQuotes.Replace(w.Form)
		}
		doc, err := prose.NewDocument(strings.Join(forms, " "), opts...)
		if err != nil {
			return nil, fmt.Errorf("prose: %w", err)
		}
		// Spans in the text with all spaces removed.
		tags := map[[2]int]string{}
		off := 0
		for _, t := range doc.Tokens() {
			l := len(strings.ReplaceAll(t.Text, " ", ""))
			tags[[2]int{off, off + l}] = t.Tag
			off += l
		}
		off = 0
		for i, w := range s.Words {
			l := len(strings.ReplaceAll(forms[i], " ", ""))
			total++
			if tag, ok := tags[[2]int{off, off + l}]; ok {
				aligned++
				if sameConvention(w.XPOS, tag, w.Form) {
					mapped++
				}
				if tag == w.XPOS {
					right++
				} else {
					confusions[pair{w.XPOS, tag}]++
				}
			}
			off += l
		}
	}
	if os.Getenv("BENCH_DEBUG") != "" {
		for p, n := range confusions {
			if n >= 20 {
				fmt.Fprintf(os.Stderr, "%d\t%s\t%s\n", n, p.gold, p.pred)
			}
		}
	}
	r.Words = total
	r.XPOS = pct(right, total)
	r.Aligned = pct(aligned, total)
	r.XPOSAlig = pct(right, aligned)
	r.XPOSMapped = pct(mapped, total)
	return r, nil
}

// sameConvention reports whether a predicted PTB tag matches the gold EWT
// XPOS, allowing for the tagging conventions in which the Wall Street
// Journal PTB (prose's training data) and EWT differ: brackets written as
// "(" and ")" rather than -LRB- and -RRB-, "-" rather than HYPH for
// hyphens, and "to" always TO rather than IN when it is a preposition.
func sameConvention(gold, pred, word string) bool {
	switch {
	case gold == pred:
		return true
	case gold == "-LRB-" && pred == "(", gold == "-RRB-" && pred == ")":
		return true
	case gold == "HYPH" && pred == "-":
		return true
	case gold == "IN" && pred == "TO" && strings.EqualFold(word, "to"):
		return true
	}
	return false
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// readCorpus returns the text column of every CSV file in dir, in file
// order, stopping once maxMB megabytes are collected (0: no limit).
func readCorpus(dir string, maxMB float64) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		return nil, fmt.Errorf("list corpus: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%w: no CSV files in %s", errSkip, dir)
	}
	slices.Sort(files)
	var texts []string
	size := 0
	for _, f := range files {
		ts, err := readCSV(f)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			if maxMB > 0 && float64(size+len(t)) > maxMB*1e6 && len(texts) > 0 {
				return texts, nil
			}
			texts = append(texts, t)
			size += len(t)
		}
	}
	return texts, nil
}

func readCSV(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open corpus: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	col := slices.Index(head, "text")
	if col < 0 {
		return nil, fmt.Errorf("read %s: no text column in %v", name, head)
	}
	var texts []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return texts, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		if t := rec[col]; strings.TrimSpace(t) != "" {
			texts = append(texts, t)
		}
	}
}

// cpuTime is the user plus system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// peakRSSMB is the process's peak resident set size (VmHWM) in MB.
func peakRSSMB() float64 {
	kb, _ := statusKB("VmHWM")
	return float64(kb) / 1024
}

func statusKB(key string) (int, bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok || k != key {
			continue
		}
		f := strings.Fields(v)
		if len(f) == 0 {
			return 0, false
		}
		n, err := strconv.Atoi(f[0])
		return n, err == nil
	}
	return 0, false
}

// machineLine describes the CPU, core count, load average and Go version.
func machineLine() string {
	model := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	load := "?"
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(b)); len(f) >= 3 {
			load = strings.Join(f[:3], " ")
		}
	}
	return fmt.Sprintf("Machine: %s, %d cores, load average %s at start, %s %s/%s",
		model, runtime.NumCPU(), load, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
