// Package exporters is the registry of newsgraph's export formats.
//
// Each format lives in its own package (exporters/graphml, exporters/dot,
// exporters/jsonld, exporters/nquads, exporters/csv) and registers itself
// from init, in the style of github.com/cayleygraph/quad's format registry;
// import exporters/all to register every one. A format's writer is a
// quad.WriteCloser: quads go in (in any order), the output is written on
// Close, which writes the footer but never closes the underlying writer.
// The first error is sticky: every later call returns it.
//
// Formats that write a property graph (GraphML, DOT, CSV, the JSON-LD
// article snippet) aggregate the quads with exporters/model: one node per
// entity, one edge per (subject, predicate, object) with the evidence
// labels, documents and weight on the edge. Quad formats (N-Quads, JSON-LD)
// keep every quad and its label.
//
// A format may write more than one file (CSV writes a node table and an
// edge table, as Gephi's spreadsheet import expects): such a format has
// Parts and NewMultiWriter instead of NewWriter, and PartPaths names the
// files for an output path. Format.Open hides the difference.
//
// Whether the provenance graph <urn:newsgraph:graph:provenance> is part of
// the export is up to the caller (it decides which quads to write); the
// property-graph formats need it for evidence sentences, documents,
// confidence and modality.
//
// The tests check the output with its consumers, and skip (fail when
// CI=true) when one is missing: Graphviz (Debian graphviz) renders every
// DOT golden file, networkx and python-igraph (python3-networkx,
// python3-igraph) load the GraphML, pyld and rdflib (python3-pyld,
// python3-rdflib) turn the JSON-LD back into N-Quads, all run with
// /usr/bin/python3; ../shared/eval/graphscore scores a GraphML golden file.
package exporters

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/exporters/model"
)

// ErrUnknownFormat is returned (wrapped) by Lookup and ForPath.
var ErrUnknownFormat = errors.New("unknown export format")

// ErrMultiFile is returned (wrapped) by Format.Open when a multi-file
// format is given the wrong number of writers.
var ErrMultiFile = errors.New("wrong number of output files")

// ErrInvalidOption is returned (wrapped) by Options.Validate for a value
// a format does not accept.
var ErrInvalidOption = errors.New("invalid option")

// Options configure a writer. The zero Options export everything, each
// format with its own defaults.
type Options struct {
	// Filter restricts the exported graph (see model.Filter). Every format
	// applies it: property-graph formats drop nodes and edges, quad
	// formats drop the quads that describe what was dropped.
	Filter model.Filter
	// Set holds the values the caller gave for the format's own options
	// (Format.Options), by Option.Name; options not in Set take their
	// Default.
	Set map[string]any
}

// With returns a copy of o with option opt set to v.
func (o Options) With(opt Option, v any) Options {
	set := make(map[string]any, len(o.Set)+1)
	for k, x := range o.Set {
		set[k] = x
	}
	set[opt.Name] = v
	o.Set = set
	return o
}

// An Option is a setting that one format understands (GraphML's Gephi
// hints, DOT's label length, the JSON-LD article): the format declares it
// in Format.Options, the caller sets it in Options.Set, and the writer
// reads it with Options.Bool, Int or String. cmd offers each as the flag
// --Name.
type Option struct {
	Name  string // "viz", "max-label"
	Usage string // one line for --help
	// Default is the value when the option is not set; its type (bool,
	// int or string) is the option's.
	Default any
	// Min is the least value of an int option.
	Min int
}

func value[T any](o Options, opt Option) T {
	if v, ok := o.Set[opt.Name].(T); ok {
		return v
	}
	v, _ := opt.Default.(T)
	return v
}

// Bool returns the value of the bool option opt.
func (o Options) Bool(opt Option) bool { return value[bool](o, opt) }

// Int returns the value of the int option opt.
func (o Options) Int(opt Option) int { return value[int](o, opt) }

// String returns the value of the string option opt.
func (o Options) String(opt Option) string { return value[string](o, opt) }

// Validate checks the filter, and that every option in o.Set is one of
// own (the options of the format that reads o) with a value of its type
// and range.
func (o Options) Validate(own ...Option) error {
	for name, v := range o.Set {
		i := slices.IndexFunc(own, func(opt Option) bool { return opt.Name == name })
		if i < 0 {
			return fmt.Errorf("option %s: %w: not an option of this format", name, ErrInvalidOption)
		}
		opt := own[i]
		if reflect.TypeOf(v) != reflect.TypeOf(opt.Default) {
			return fmt.Errorf("option %s=%v: %w: want a %T", name, v, ErrInvalidOption, opt.Default)
		}
		if n, ok := v.(int); ok && n < opt.Min {
			return fmt.Errorf("option %s=%d: %w: want >= %d", name, n, ErrInvalidOption, opt.Min)
		}
	}
	return o.Filter.Validate()
}

// A Format is an export format.
type Format struct {
	// Name is the --format value ("graphml").
	Name string
	// Ext are the file extensions that select the format when --format is
	// omitted (".graphml").
	Ext []string
	// Description is a one-line description for --help.
	Description string
	// Options are the format's own options (see Option).
	Options []Option
	// NewWriter returns a writer of the format to w. It is nil for
	// multi-file formats.
	NewWriter func(w io.Writer, opt Options) quad.WriteCloser
	// Parts names the files a multi-file format writes ("nodes",
	// "edges"); it is nil for formats that write one stream.
	Parts []string
	// NewMultiWriter returns a writer of a multi-file format: ws[i]
	// receives Parts[i]. It is nil for single-stream formats.
	NewMultiWriter func(ws []io.Writer, opt Options) quad.WriteCloser
}

// MultiFile reports whether the format writes more than one file.
func (f Format) MultiFile() bool { return len(f.Parts) > 0 }

// Open returns a writer of the format: ws must hold one writer for a
// single-stream format, and one per part, in the order of Parts, for a
// multi-file format.
func (f Format) Open(ws []io.Writer, opt Options) (quad.WriteCloser, error) {
	if f.MultiFile() {
		if len(ws) != len(f.Parts) {
			return nil, fmt.Errorf("open %s writer with %d files: %w: want %d (%s)", f.Name, len(ws), ErrMultiFile, len(f.Parts), strings.Join(f.Parts, ", "))
		}
		return f.NewMultiWriter(ws, opt), nil
	}
	if len(ws) != 1 {
		return nil, fmt.Errorf("open %s writer with %d files: %w: want 1", f.Name, len(ws), ErrMultiFile)
	}
	return f.NewWriter(ws[0], opt), nil
}

// PartPaths returns the files a format writes for the output path: path
// itself for a single-stream format; for a multi-file format, one file per
// part, named by inserting the part before the extension when path has the
// format's extension ("out/g.csv" → "out/g.nodes.csv", "out/g.edges.csv"),
// or inside path when it has none, taken as a directory ("out" →
// "out/nodes.csv", "out/edges.csv").
func (f Format) PartPaths(path string) []string {
	if !f.MultiFile() {
		return []string{path}
	}
	ext := ""
	if len(f.Ext) > 0 {
		ext = f.Ext[0]
	}
	out := make([]string, len(f.Parts))
	pe := filepath.Ext(path)
	for i, p := range f.Parts {
		if pe != "" && hasExt(f, pe) {
			out[i] = strings.TrimSuffix(path, pe) + "." + p + pe
		} else {
			out[i] = filepath.Join(path, p+ext)
		}
	}
	return out
}

func hasExt(f Format, ext string) bool {
	for _, e := range f.Ext {
		if strings.EqualFold(e, ext) {
			return true
		}
	}
	return false
}

var registry = struct {
	sync.RWMutex
	byName   map[string]Format
	byExt    map[string]string
	byOption map[string]string // option name → format name
}{byName: make(map[string]Format), byExt: make(map[string]string), byOption: make(map[string]string)}

// Register adds a format. It is meant to be called from init and panics
// when the name, an extension or an option name is already registered,
// when an option's default is not a bool, int or string, or when the
// format has neither or both of NewWriter and NewMultiWriter.
func Register(f Format) {
	registry.Lock()
	defer registry.Unlock()
	if f.Name == "" {
		panic("exporters: Register of a format without a name")
	}
	if _, dup := registry.byName[f.Name]; dup {
		panic(fmt.Sprintf("exporters: Register called twice for format %q", f.Name))
	}
	if (f.NewWriter == nil) == (f.NewMultiWriter == nil) || (f.NewMultiWriter != nil) != (len(f.Parts) > 0) {
		panic(fmt.Sprintf("exporters: format %q needs either NewWriter, or Parts and NewMultiWriter", f.Name))
	}
	for _, e := range f.Ext {
		e = strings.ToLower(e)
		if other, dup := registry.byExt[e]; dup {
			panic(fmt.Sprintf("exporters: extension %q of format %q already belongs to %q", e, f.Name, other))
		}
	}
	for _, o := range f.Options {
		switch o.Default.(type) {
		case bool, int, string:
		default:
			panic(fmt.Sprintf("exporters: option %q of format %q has a default of type %T, not bool, int or string", o.Name, f.Name, o.Default))
		}
		if other, dup := registry.byOption[o.Name]; dup {
			panic(fmt.Sprintf("exporters: option %q of format %q already belongs to %q", o.Name, f.Name, other))
		}
	}
	for _, o := range f.Options {
		registry.byOption[o.Name] = f.Name
	}
	for _, e := range f.Ext {
		registry.byExt[strings.ToLower(e)] = f.Name
	}
	registry.byName[f.Name] = f
}

// Lookup returns the format registered under name.
func Lookup(name string) (Format, error) {
	registry.RLock()
	f, ok := registry.byName[name]
	registry.RUnlock()
	if !ok {
		return Format{}, fmt.Errorf("%w %q (known: %s)", ErrUnknownFormat, name, strings.Join(Names(), ", "))
	}
	return f, nil
}

// ForPath returns the format whose extension path has.
func ForPath(path string) (Format, error) {
	ext := strings.ToLower(filepath.Ext(path))
	registry.RLock()
	name, ok := registry.byExt[ext]
	registry.RUnlock()
	if !ok {
		return Format{}, fmt.Errorf("%w for %q: extension %q (known: %s)", ErrUnknownFormat, path, ext, strings.Join(exts(), ", "))
	}
	return Lookup(name)
}

// Names returns the names of the registered formats, sorted.
func Names() []string {
	registry.RLock()
	defer registry.RUnlock()
	out := make([]string, 0, len(registry.byName))
	for n := range registry.byName {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func exts() []string {
	registry.RLock()
	defer registry.RUnlock()
	out := make([]string, 0, len(registry.byExt))
	for e := range registry.byExt {
		out = append(out, e)
	}
	sort.Strings(out)
	return out
}

// Formats returns the registered formats, sorted by name.
func Formats() []Format {
	var out []Format
	for _, n := range Names() {
		f, _ := Lookup(n)
		out = append(out, f)
	}
	return out
}
