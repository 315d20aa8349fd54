package graph

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/newsgraph/newsgraph"
)

// hostileStore is a memory store with one document, for hostile queries.
func hostileStore(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), Options{Backend: Memory})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	d, q := docQuads(t, "one", "Alice Smith met Bob Jones.", "Alice Smith", "Bob Jones")
	if _, err := s.Update(context.Background(), []newsgraph.DocQuads{{Doc: d.IRI(), Quads: q, Hash: testHash(d)}}); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestHostileQueries runs the queries of issue 14 that crashed the process
// (a fatal stack overflow) or ran without a memory bound: each must now
// return a result or a QueryError with the right cause.
func TestHostileQueries(t *testing.T) {
	s := hostileStore(t)
	tests := []struct {
		name, q string
		want    error // nil: must succeed
	}{
		{"cyclic object returned", `var o={};o.o=o;o`, nil},
		{"a getter that throws in the value returned", `var o={get x(){return {yFo}}};o`, errReferenceError},
		{"a getter that throws an object in the value returned", `var o={get x(){throw {}}};o`, errJSThrow},
		{"cyclic object emitted", `var o={};o.o=o;g.Emit(o)`, errTypeError},
		{"cyclic array emitted", `var a=[];a.push(a);g.Emit(a)`, errTypeError},
		{"cyclic argument to a path step", `var o={};o.o=o;g.V(o).All()`, errTypeError},
		{"fresh object from a getter", `var o={get x(){return {y:o}}};g.Emit(o)`, errTypeError},
		{"cyclic object in a callback's this", `g.V().ForEach(function(d){var o={};o.o=o;this.Is(o)})`, errTypeError},
		{"cyclic argument to a helper", `var a=[];a.push(a);g.V().Filter(regex(a)).All()`, errTypeError},
		{"deep acyclic object emitted", `var a=1;for(var i=0;i<100;i++)a=[a];g.Emit(a)`, errTypeError},
		{"recursion through a native callback", `function f(){return [1].map(f)};f()`, ErrQueryCallDepth},
		{"recursion through sort", `function f(){return [2,1].sort(f)};f()`, ErrQueryCallDepth},
		{"plain unbounded recursion", `function f(n){return f(n+1)+1};f(0)`, ErrQueryCallDepth},
		{"1 MB of nested parentheses", strings.Repeat("(", 1<<19) + strings.Repeat(")", 1<<19), ErrQueryTooComplex},
		{"1 MB of nested brackets", strings.Repeat("[", 1<<19) + strings.Repeat("]", 1<<19), ErrQueryTooComplex},
		{"1 MB of minus signs", strings.Repeat("-", 1<<20), ErrQueryTooComplex},
		{"constant && chain", "1" + strings.Repeat("&&1", 30), ErrQueryTooComplex},
		{"larger than 1 MiB", strings.Repeat(" ", MaxQueryBytes+1), ErrQueryTooLarge},
		{"emitted values stay usable", `var o={a:[1,"x",{b:null}]};g.Emit(o)`, nil},
		{"a function where Cayley wants a predicate", `g.V().Out(function(){}).All()`, errGoError},
		{"the graph object where Cayley wants a predicate", `g.V().Out(g).All()`, errGoError},
		{"Cayley's panic caught by the query", `try{g.V().Out(function(){})}catch(e){g.Emit(1)}`, nil},
		{"a tag that is no string", `g.V().Out("x",5)`, errGoError},
		{"a path mixed with values", `g.V().Out([g.M(),"x"]).All()`, errGoError},
		{"a path doubled by Follow", `var p=g.M().Out();for(var i=0;i<20;i++)p=p.Follow(p);p.All()`, errTypeError},
		{"a path doubled by Union", `var p=g.V();for(var i=0;i<40;i++)p=p.Union(p);p.All()`, errTypeError},
		{"a skip past any result", `g.V().Out().In().Skip(1e12).All()`, errTypeError},
		{"one long string emitted many times", `var s="x".repeat(1<<16),a=[];for(var i=0;i<99999;i++)a.push(s);g.Emit(a)`, errResultsTooLarge},
		{"a long path is fine", `var p=g.V();for(var i=0;i<1000;i++)p=p.Out();p.All()`, nil},
		{"a value filter", `g.V().Filter(regex("Smith")).All()`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := s.Query(context.Background(), tt.q, QueryOptions{Timeout: 20 * time.Second})
			if tt.want == nil {
				if err != nil {
					t.Fatalf("got %v, want results", err)
				}
				if _, err := json.Marshal(CompactIRIs(res)); err != nil {
					t.Fatalf("results do not encode: %v", err)
				}
				return
			}
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("got %v (%T), want a QueryError", err, err)
			}
			if tt.want == errTypeError || tt.want == errGoError || tt.want == errReferenceError || tt.want == errJSThrow {
				if !strings.Contains(err.Error(), tt.want.Error()) {
					t.Errorf("got %v, want a %v", err, tt.want)
				}
			} else if !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
		})
	}
}

// TestQueryFinished checks that a query calls its finished function
// exactly once, whether it succeeds, is refused before it runs, fails or
// times out.
func TestQueryFinished(t *testing.T) {
	s := hostileStore(t)
	for _, q := range []string{`g.V().All()`, strings.Repeat("(", 200), `g.V().Out(function(){})`, `while(true){}`} {
		n := 0
		done := make(chan struct{})
		_, _ = s.Query(context.Background(), q, QueryOptions{Timeout: 200 * time.Millisecond, finished: func() { n++; close(done) }})
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("%.20s: finished not called", q)
		}
		if n != 1 {
			t.Errorf("%.20s: finished called %d times", q, n)
		}
	}
}

// TestQueryResultsAsJSON checks that what a query emits encodes as JSON,
// as JavaScript's JSON.stringify would have it, and that a Map or Set
// (exported by goja as a slice without a length) no longer crashes the
// process.
func TestQueryResultsAsJSON(t *testing.T) {
	s := hostileStore(t)
	tests := []struct{ q, want string }{
		{`g.Emit(1/0)`, `[null]`},
		{`g.Emit(NaN)`, `[null]`},
		{`g.Emit({a:-1/0,b:[NaN,1]})`, `[{"a":null,"b":[null,1]}]`},
		{`g.Emit(new Float64Array([NaN,2]))`, `[[null,2]]`},
		{`g.Emit(function(){})`, `[]`},
		{`g.Emit({f:function(){},a:1})`, `[{"a":1}]`},
		{`g.Emit([function(){},"x"])`, `[[null,"x"]]`},
		{`g.Emit(iri)`, `[]`},
		{`g.Emit(new Map([[1,2]]))`, `[{}]`},
		{`g.Emit([new Set([1])])`, `[[{}]]`},
		{`g.Emit({length:2})`, `[{"length":2}]`},
		{`g.Emit(-0)`, `[-0]`},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res, err := s.Query(context.Background(), tt.q, QueryOptions{Timeout: 20 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(res)
			if err != nil {
				t.Fatalf("results do not encode: %v", err)
			}
			if string(b) != tt.want {
				t.Errorf("got %s, want %s", b, tt.want)
			}
		})
	}
}

// TestGuardContainsGoPanics checks that a Go panic inside a function the
// guard puts before a query becomes a JavaScript error the query can
// catch, while a thrown JavaScript value passes through unchanged.
func TestGuardContainsGoPanics(t *testing.T) {
	vm := goja.New()
	g := &guard{vm: vm, targets: map[*goja.Object]*goja.Object{}, facades: map[*goja.Object]*goja.Object{}}
	nilMap := func(goja.FunctionCall) goja.Value {
		var m *struct{ n int }
		return vm.ToValue(m.n)
	}
	thrower := func(goja.FunctionCall) goja.Value { panic(vm.ToValue("thrown")) }
	errorer := func(goja.FunctionCall) goja.Value { panic(errors.New("unsupported type: func")) }
	for name, f := range map[string]func(goja.FunctionCall) goja.Value{"nilMap": nilMap, "thrower": thrower, "errorer": errorer} {
		fn, _ := goja.AssertFunction(vm.ToValue(f))
		if err := vm.Set(name, g.wrapFunc(name, fn)); err != nil {
			t.Fatal(err)
		}
	}
	for q, want := range map[string]string{
		`try{nilMap();"no error"}catch(e){e.message}`:  "nilMap failed inside Gizmo: runtime error: invalid memory address or nil pointer dereference",
		`try{thrower();"no error"}catch(e){e}`:         "thrown",
		`try{errorer();"no error"}catch(e){e.message}`: "errorer failed inside Gizmo: unsupported type: func",
	} {
		v, err := vm.RunString(q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		if v.String() != want {
			t.Errorf("%s: got %q, want %q", q, v, want)
		}
	}
}

// errTypeError stands for a JavaScript TypeError thrown by the guard,
// errGoError for a Go panic the guard turned into a JavaScript error.
var (
	errTypeError = errors.New("TypeError")
	// errReferenceError and errJSThrow stand for a JavaScript exception
	// the query threw (a ReferenceError, any value).
	errReferenceError = errors.New("ReferenceError")
	errJSThrow        = errors.New("query")
	errGoError        = errors.New("GoError")
)

// TestQueryMemory runs the allocation loop of issue 14 (~3.8 GB before)
// with a 64 MiB budget: it must stop with ErrQueryMemory, and the heap
// must come back down afterwards.
func TestQueryMemory(t *testing.T) {
	s := hostileStore(t)
	before := heapBytes()
	_, err := s.Query(context.Background(), `var a=[];while(true){a.push(new Array(1e6).fill(0))}`,
		QueryOptions{Timeout: time.Minute, MaxMemory: 64 << 20})
	if !errors.Is(err, ErrQueryMemory) {
		t.Fatalf("got %v, want ErrQueryMemory", err)
	}
	if after := heapBytes(); after > before+64<<20 {
		t.Errorf("heap %d MiB after the query, %d MiB before: not released", after>>20, before>>20)
	}
	// The store still answers.
	if _, err := s.Query(context.Background(), `g.V().All()`, QueryOptions{}); err != nil {
		t.Errorf("query after a stopped one: %v", err)
	}
}

// TestQueryCancelDuringRun checks that cancelling the caller's context
// stops a query and says so.
func TestQueryCancelDuringRun(t *testing.T) {
	s := hostileStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(50 * time.Millisecond)
		cancel()
	}()
	_, err := s.Query(ctx, `while(true){}`, QueryOptions{Timeout: time.Minute})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
}

func TestCheckQuery(t *testing.T) {
	ok := []string{
		`g.V("<entity:alice-smith>").Out("<ng:met>").Out("<schema:name>").All()`,
		"var re = /a(b)[/)]c/g; g.Emit(re.test('ab)c'))",
		"var x = (1 + 2) / 3 / 4; g.Emit(x)",
		"if (true) /x)/.test('x'); g.Emit(1)",
		"var t = `a ${ {b: 1}.b } c ${ `d${1}` }`; g.Emit(t)",
		"// a comment with ((((\n/* and )))) here */ g.Emit(\"(\")",
		"var a = 1\nvar b = a++\n/x/.test('x')",
		"var s = 'it\\'s (' + \"a \\\" )\"",
		"g.Emit([1, [2, [3, [4]]]])",
		"x = a ? {b: 1} : {c: 2}",
		strings.Repeat("g.V().Out('<ng:met>').All()\n", 2000),
		strings.Repeat("var a = 1 + 2 + 3;", 5000),
		"[" + strings.Repeat("1,", 100000) + "]",
	}
	for _, q := range ok {
		if err := CheckQuery(q); err != nil {
			t.Errorf("CheckQuery(%.60q): %v", q, err)
		}
	}
	bad := []struct {
		name, q string
		want    error
	}{
		{"deep parens", strings.Repeat("(", 200), ErrQueryTooComplex},
		{"deep template", strings.Repeat("`${", 200), ErrQueryTooComplex},
		{"long chain", "1" + strings.Repeat("+1", 3000), ErrQueryTooComplex},
		{"call chain", "f" + strings.Repeat("()", 3000), ErrQueryTooComplex},
		{"member chain after a number", "1.." + strings.Repeat("a.", 3000), ErrQueryTooComplex},
		{"unary chain", strings.Repeat("!", 3000) + "1", ErrQueryTooComplex},
		{"assignment chain", strings.Repeat("a=", 3000) + "1", ErrQueryTooComplex},
		{"nested ifs", strings.Repeat("if(1)", 3000) + ";", ErrQueryTooComplex},
		{"else if chain", "if(1){}" + strings.Repeat("else if(1){}", 1000), ErrQueryTooComplex},
		{"chain across lines", "1" + strings.Repeat("\n+1", 3000), ErrQueryTooComplex},
		{"function expressions in a chain", "1" + strings.Repeat("+function(){}", 3000), ErrQueryTooComplex},
		{"constant logical chain", "(1)" + strings.Repeat("||(0)", 20), ErrQueryTooComplex},
		{"too large", strings.Repeat(";", MaxQueryBytes+1), ErrQueryTooLarge},
		{"unbalanced", "g.V())", ErrQuerySyntax},
		{"unterminated string", "g.V('x)", ErrQuerySyntax},
		{"unterminated comment", "/* (", ErrQuerySyntax},
		{"ambiguous slash after a block", "{}/'/;", ErrQuerySyntax},
		{"code hidden after a regex", "{}/a//" + strings.Repeat("(", 200), ErrQuerySyntax},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckQuery(tt.q)
			var se *QuerySourceError
			if !errors.As(err, &se) || !errors.Is(err, tt.want) {
				t.Errorf("got %v, want a QuerySourceError for %v", err, tt.want)
			}
		})
	}
}

// FuzzQuery runs arbitrary text as a Gizmo query: it must never crash the
// process, and must return within its timeout (plus compilation, which
// CheckQuery keeps short) and within its memory budget.
func FuzzQuery(f *testing.F) {
	for _, q := range []string{
		`g.V().All()`,
		`var o={};o.o=o;o`,
		`var o={};o.o=o;g.Emit(o)`,
		`var a=[];a.push(a);g.Emit(a)`,
		`function f(){return [1].map(f)};f()`,
		`function f(n){return f(n+1)+1};f(0)`,
		`g.V("<entity:alice-smith>").Tag("s").Out("<ng:met>").ForEach(function(d){g.Emit(d)})`,
		"var t=`${1}`;/x/.test(t)",
		`((((((((((1))))))))))`,
		`1&&1&&1&&1&&1&&1&&1&&1&&1&&1&&1&&1`,
		`{}/a/`,
		`g.Emit(1/0)`,
		`g.Emit(new Map([[1,2]]))`,
		`g.V().Out(function(){}).All()`,
	} {
		f.Add(q)
	}
	s := hostileStore(f)
	// Short, so that shrinking an input that runs into it stays well
	// within the engine's time for shrinking (scripts/fuzz.sh).
	const timeout = 500 * time.Millisecond
	f.Fuzz(func(t *testing.T, q string) {
		start := time.Now()
		res, err := s.Query(context.Background(), q, QueryOptions{Timeout: timeout, MaxMemory: 64 << 20})
		if err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("got %v (%T), want a QueryError", err, err)
			}
			return
		}
		// A generous bound: a hang (uninterruptible compilation) shows
		// as minutes.
		if d := time.Since(start); d > 10*timeout {
			t.Errorf("query took %v with a %v timeout", d, timeout)
		}
		if _, err := json.Marshal(CompactIRIs(res)); err != nil {
			t.Errorf("results do not encode: %v", err)
		}
	})
}
