package graph

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unsafe"

	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/dop251/goja"
)

// Limits on what a running Gizmo query may do inside goja.
const (
	// maxCallDepth bounds JavaScript calls in progress. A call from a
	// native function back into JavaScript ([1].map(f), sort comparators,
	// getters) nests Go frames, and unbounded, such recursion overflows
	// Go's stack, which is fatal. 1024 levels of [1].map(f) take about
	// 8 MB of stack.
	maxCallDepth = 1024
	// maxArgDepth and maxArgValues bound an object or array passed to a
	// Gizmo function (g.Emit, .Is, .Has, …): Cayley walks it recursively,
	// and a cyclic or very deep value would overflow the stack.
	maxArgDepth  = 32
	maxArgValues = 100_000
	// maxPathSteps bounds the steps of a path, counting those of the
	// paths it takes as arguments: Cayley builds and optimizes a path by
	// Go recursion, and "p = p.Follow(p)" twenty times over makes a
	// path of a million steps that overflows Go's stack, which is fatal,
	// or fills the heap inside one call, which no interrupt stops.
	maxPathSteps = 5_000
	// maxSkip bounds Skip: Cayley skips in a Go loop that neither the
	// timeout nor the memory budget stops.
	maxSkip = 1_000_000
)

// arrayLength returns the length of an array or typed array. A Map or Set
// also exports as a Go slice but has no length: it is copied as an object,
// as JSON.stringify does.
func arrayLength(obj *goja.Object) (int64, bool) {
	t := obj.ExportType()
	if obj.ClassName() != "Array" && (t == nil || (t.Kind() != reflect.Slice && t.Kind() != reflect.Array)) {
		return 0, false
	}
	l := obj.Get("length")
	if l == nil || goja.IsUndefined(l) || goja.IsNull(l) {
		return 0, false
	}
	return l.ToInteger(), true
}

// sessionVM returns the JavaScript runtime of a Gizmo session. Cayley keeps
// it in an unexported field and offers no way to limit it; we need it to
// bound the call depth and to guard the functions Cayley exposes (see
// guardSession). The field's type is checked, so that a Cayley version
// without it fails here with an error, not with a crash.
func sessionVM(ses *gizmo.Session) (*goja.Runtime, error) {
	f := reflect.ValueOf(ses).Elem().FieldByName("vm")
	if !f.IsValid() || f.Type() != reflect.TypeOf((*goja.Runtime)(nil)) {
		return nil, errors.New("gizmo: the session has no goja runtime to limit")
	}
	vm := *(**goja.Runtime)(unsafe.Pointer(f.UnsafeAddr()))
	if vm == nil {
		return nil, errors.New("gizmo: the session's runtime is not set up")
	}
	return vm, nil
}

// A guard stands between a query's JavaScript and the Go objects of Cayley's
// Gizmo. Cayley converts every argument of its functions to Go values and
// walks them recursively without noticing cycles (so g.Emit(o) of a cyclic
// o overflows the stack), and it hands its own objects to callbacks. The
// guard replaces the global g, graph and helper functions (iri, lt, regex,
// …) with facades: plain objects whose methods copy each argument into a
// fresh acyclic value of bounded depth and size, call Cayley's method on
// the hidden Go object, and wrap returned Cayley objects in facades again.
type guard struct {
	vm      *goja.Runtime
	targets map[*goja.Object]*goja.Object // facade → Cayley's object
	facades map[*goja.Object]*goja.Object // Cayley's object → facade
	protos  map[reflect.Type]*goja.Object // methods of facades, by Go type
	steps   map[*goja.Object]int          // facade → steps of its path
}

// guardSession limits the call depth of a Gizmo session's runtime and puts
// facades in front of its global objects. It must run before the session
// executes a query.
func guardSession(ses *gizmo.Session) error {
	vm, err := sessionVM(ses)
	if err != nil {
		return err
	}
	vm.SetMaxCallStackSize(maxCallDepth)
	g := &guard{
		vm:      vm,
		targets: make(map[*goja.Object]*goja.Object),
		facades: make(map[*goja.Object]*goja.Object),
		protos:  make(map[reflect.Type]*goja.Object),
		steps:   make(map[*goja.Object]int),
	}
	global := vm.GlobalObject()
	// Built-ins are not enumerable: the keys are what Cayley set.
	for _, name := range global.Keys() {
		v := global.Get(name)
		if fn, ok := goja.AssertFunction(v); ok {
			if err := global.Set(name, g.wrapFunc(name, fn)); err != nil {
				return err
			}
			continue
		}
		if obj, ok := v.(*goja.Object); ok && isGoObject(obj) {
			if err := global.Set(name, g.facade(obj)); err != nil {
				return err
			}
		}
	}
	return global.Set(resultFunc, resultValue(vm))
}

// resultFunc is the global function runQuery passes a query's final
// value through (see resultValue).
const resultFunc = "__newsgraphResult"

// resultValue returns the function that exports a query's final value
// while the query still runs, where an exception a getter throws is the
// query's error: Cayley exports the value on a goroutine of its own,
// where the panic would end the process. What it returns holds Go values
// only.
func resultValue(vm *goja.Runtime) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		if _, ok := v.(*goja.Object); !ok {
			return v
		}
		return vm.ToValue(v.Export()) // (a getter's exception propagates to the query as a JavaScript error)
	}
}

// isGoObject reports whether obj wraps a Go struct or a pointer to one:
// one of Cayley's path or graph objects, or the value filter that regex(),
// lt() and the like return (a struct, passed on as it is).
func isGoObject(obj *goja.Object) bool {
	t := obj.ExportType()
	return t != nil && (t.Kind() == reflect.Struct || t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct)
}

// facade returns the facade of one of Cayley's objects.
func (g *guard) facade(target *goja.Object) *goja.Object {
	if f, ok := g.facades[target]; ok {
		return f
	}
	t := target.ExportType()
	proto, ok := g.protos[t]
	if !ok {
		proto = g.vm.NewObject()
		for _, name := range target.Keys() {
			if _, ok := goja.AssertFunction(target.Get(name)); ok {
				proto.Set(name, g.method(name))
			}
		}
		g.protos[t] = proto
	}
	f := g.vm.NewObject()
	f.SetPrototype(proto)
	g.targets[f] = target
	g.facades[target] = f
	return f
}

// method returns the facades' method name: it calls Cayley's method of the
// facade's target with guarded arguments.
func (g *guard) method(name string) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		defer g.contain(name)
		this, _ := call.This.(*goja.Object)
		target := g.targets[this]
		if target == nil {
			panic(g.vm.NewTypeError("%s called on an object that is not a Gizmo path or graph", name))
		}
		fn, ok := goja.AssertFunction(target.Get(name))
		if !ok {
			panic(g.vm.NewTypeError("%s is not a function", name))
		}
		steps := g.steps[this] + 1
		for _, a := range call.Arguments {
			steps += g.pathSteps(a)
		}
		if steps > maxPathSteps {
			panic(g.vm.NewTypeError("%s: the path would have more than %d steps", name, maxPathSteps))
		}
		if strings.EqualFold(name, "skip") && len(call.Arguments) > 0 && call.Arguments[0].ToFloat() > maxSkip {
			panic(g.vm.NewTypeError("%s: more than %d results cannot be skipped", name, maxSkip))
		}
		res := g.call(fn, target, call.Arguments)
		if obj, ok := res.(*goja.Object); ok && obj != this && g.targets[obj] != nil {
			g.steps[obj] = max(g.steps[obj], steps)
		}
		return res
	}
}

// pathSteps returns the steps of the paths an argument holds: a path's,
// or those of the paths in an array.
func (g *guard) pathSteps(v goja.Value) int {
	obj, ok := v.(*goja.Object)
	if !ok {
		return 0
	}
	if _, ok := g.targets[obj]; ok {
		return g.steps[obj] + 1
	}
	n, ok := arrayLength(obj)
	if !ok {
		return 0
	}
	steps := 0
	for i := int64(0); i < min(n, maxArgValues); i++ {
		if e, ok := obj.Get(strconv.FormatInt(i, 10)).(*goja.Object); ok && g.targets[e] != nil {
			steps += g.steps[e] + 1
		}
	}
	return steps
}

// wrapFunc guards a global helper function of Cayley's.
func (g *guard) wrapFunc(name string, fn goja.Callable) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		defer g.contain(name)
		return g.call(fn, goja.Undefined(), call.Arguments)
	}
}

// contain turns a Go panic that is not goja's own (Cayley's error for an
// argument of a type it does not take, "g.V().Out(function(){})", or a
// bug: a nil pointer, an index out of range, a panic with a message) into
// a JavaScript error thrown in the query. Escaping, it would unwind the
// goroutine Cayley runs queries on and stop the whole process. goja's own
// panics (thrown values, exceptions, interrupts, stack overflows) pass on
// unchanged. It must be deferred by each Go function the query can call.
func (g *guard) contain(name string) {
	x := recover()
	if x == nil {
		return
	}
	switch e := x.(type) {
	case *goja.Exception, *goja.InterruptedError, *goja.StackOverflowError:
	case error, string: // (a runtime.Error too; Cayley panics with errors on bad arguments)
		panic(g.vm.NewGoError(fmt.Errorf("%s failed inside Gizmo: %v", name, e)))
	}
	panic(x)
}

// call calls fn with copies of args and wraps what it returns.
func (g *guard) call(fn goja.Callable, this goja.Value, args []goja.Value) goja.Value {
	safe := make([]goja.Value, len(args))
	for i, a := range args {
		safe[i] = g.argument(a)
	}
	res, err := fn(this, safe...)
	if err != nil {
		// Rethrow: a JavaScript exception stays catchable, an
		// interrupt or stack overflow keeps unwinding the runtime.
		panic(err)
	}
	if obj, ok := res.(*goja.Object); ok && isGoObject(obj) {
		return g.facade(obj)
	}
	return res
}

// argument makes an argument safe to hand to Cayley: a facade becomes its
// target, a function becomes a function that gives callbacks facades, and
// an object or array becomes an acyclic copy made of Go values.
func (g *guard) argument(v goja.Value) goja.Value {
	obj, ok := v.(*goja.Object)
	if !ok {
		return v
	}
	if t, ok := g.targets[obj]; ok {
		return t
	}
	if fn, ok := goja.AssertFunction(obj); ok {
		return g.vm.ToValue(g.callback(fn))
	}
	if isGoObject(obj) {
		return obj
	}
	budget := maxArgValues
	return g.vm.ToValue(g.copyValue(obj, 0, &budget))
}

// callback wraps a function passed to Cayley (ForEach, Map), which calls it
// with its own path object as this.
func (g *guard) callback(fn goja.Callable) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		defer g.contain("a callback")
		this := call.This
		if obj, ok := this.(*goja.Object); ok && isGoObject(obj) {
			this = g.facade(obj)
		}
		res, err := fn(this, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return res
	}
}

// copyValue copies a JavaScript value into Go values: []any for arrays,
// map[string]any for other objects, facades' targets and functions as
// they are. Deeper than maxArgDepth (so any cycle) or larger than
// maxArgValues in all is a TypeError.
func (g *guard) copyValue(v goja.Value, depth int, budget *int) any {
	*budget--
	if *budget < 0 {
		panic(g.vm.NewTypeError("argument has more than %d values", maxArgValues))
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		if v == nil {
			return nil
		}
		return v.Export()
	}
	if t, ok := g.targets[obj]; ok {
		return t.Export()
	}
	if _, ok := goja.AssertFunction(obj); ok {
		return obj.Export()
	}
	if isGoObject(obj) {
		return obj.Export()
	}
	if depth >= maxArgDepth {
		panic(g.vm.NewTypeError("argument is nested more than %d deep or refers to itself", maxArgDepth))
	}
	if n, ok := arrayLength(obj); ok {
		if n < 0 || n > int64(*budget) {
			panic(g.vm.NewTypeError("argument has more than %d values", maxArgValues))
		}
		out := make([]any, n)
		for i := range out {
			out[i] = g.copyValue(obj.Get(strconv.Itoa(i)), depth+1, budget)
		}
		return out
	}
	keys := obj.Keys()
	if len(keys) > *budget {
		panic(g.vm.NewTypeError("argument has more than %d values", maxArgValues))
	}
	out := make(map[string]any, len(keys))
	for _, k := range keys {
		out[k] = g.copyValue(obj.Get(k), depth+1, budget)
	}
	return out
}
