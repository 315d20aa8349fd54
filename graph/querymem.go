package graph

import (
	"context"
	"errors"
	"runtime"
	"runtime/metrics"
	"sync"
	"time"
)

// ErrQueryMemory stops a query whose heap use passed its budget
// (QueryOptions.MaxMemory).
var ErrQueryMemory = errors.New("query used more memory than allowed")

// memSampleEvery is how often the heap is read while queries run. Reading
// it costs about a microsecond; a query allocating as fast as goja can
// (about 1 GB/s) overshoots its budget by at most this much time's worth.
const memSampleEvery = 5 * time.Millisecond

// memWatch stops queries whose heap growth passes their budget. Go cannot
// tell which goroutine holds which memory, so a query's use is the growth
// of the whole heap since it started: a query running next to one that
// runs away may be stopped too. Each query holds at most its budget above
// the heap it started with, so n queries at once hold at most n budgets.
// The heap is one per process, and so is memWatch.
type memWatch struct {
	mu       sync.Mutex
	queries  map[*memQuery]bool
	sampling bool // a sample goroutine runs
}

var queryMemory = &memWatch{queries: make(map[*memQuery]bool)}

type memQuery struct {
	start, limit uint64
	stop         context.CancelCauseFunc
	stopped      bool
}

// heapBytes returns the bytes of heap objects, live or not yet swept.
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// watch starts watching a query with a budget of limit bytes; stop is
// called with ErrQueryMemory when it passes. The returned function ends the
// watch and reports whether the query was stopped.
func (m *memWatch) watch(limit int64, stop context.CancelCauseFunc) (done func() bool) {
	q := &memQuery{start: heapBytes(), limit: uint64(limit), stop: stop}
	m.mu.Lock()
	m.queries[q] = true
	if !m.sampling {
		m.sampling = true
		go m.sample()
	}
	m.mu.Unlock()
	return func() bool {
		m.mu.Lock()
		defer m.mu.Unlock()
		delete(m.queries, q)
		return q.stopped
	}
}

// sample checks the heap until no query is left.
func (m *memWatch) sample() {
	t := time.NewTicker(memSampleEvery)
	defer t.Stop()
	for range t.C {
		heap := heapBytes()
		m.mu.Lock()
		if len(m.queries) == 0 {
			m.sampling = false
			m.mu.Unlock()
			return
		}
		over := false
		for q := range m.queries {
			over = over || (!q.stopped && heap > q.start+q.limit)
		}
		m.mu.Unlock()
		if !over {
			continue
		}
		// Part of the heap may be garbage: collect it before blaming
		// anyone.
		runtime.GC()
		heap = heapBytes()
		m.mu.Lock()
		for q := range m.queries {
			if !q.stopped && heap > q.start+q.limit {
				q.stopped = true
				q.stop(ErrQueryMemory)
			}
		}
		m.mu.Unlock()
	}
}
