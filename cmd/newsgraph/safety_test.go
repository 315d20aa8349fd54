package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// exampleStore builds the example articles into a store and returns its
// path.
func exampleStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "g.db")
	mustRun(t, "build", "-q", "--store", db, "../../examples/articles")
	return db
}

// TestQueryHostile runs the hostile queries of issue 14 through the query
// command: each used to kill the process (stack overflow), run for
// minutes, or take gigabytes.
func TestQueryHostile(t *testing.T) {
	db := exampleStore(t)
	dir := t.TempDir()
	tests := []struct {
		name, q string
		args    []string
		want    error  // a cause the error must wrap
		wantMsg string // or text it must contain
	}{
		{name: "cyclic object", q: `var o={};o.o=o;g.Emit(o)`, wantMsg: "refers to itself"},
		{name: "cyclic array", q: `var a=[];a.push(a);g.Emit(a)`, wantMsg: "refers to itself"},
		{name: "recursion through map", q: `function f(){return [1].map(f)};f()`, want: graph.ErrQueryCallDepth},
		{name: "nested parentheses", q: strings.Repeat("(", 1<<19) + strings.Repeat(")", 1<<19), want: graph.ErrQueryTooComplex},
		{name: "nested brackets", q: strings.Repeat("[", 1<<19) + strings.Repeat("]", 1<<19), want: graph.ErrQueryTooComplex},
		{name: "1 MB of minus signs within --timeout", q: strings.Repeat("-", 1<<20), args: []string{"--timeout", "2s"}, want: graph.ErrQueryTooComplex},
		{name: "memory", q: `var a=[];while(true){a.push(new Array(1e6).fill(0))}`, args: []string{"--max-memory", "33554432", "--timeout", "1m"}, want: graph.ErrQueryMemory},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(dir, fmt.Sprintf("q%d.js", i))
			if err := os.WriteFile(file, []byte(tt.q), 0o644); err != nil {
				t.Fatal(err)
			}
			args := append([]string{"query", "--store", db, "--file", file}, tt.args...)
			_, _, err := runCmd(t, "", args...)
			if err == nil {
				t.Fatal("got no error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
			if tt.wantMsg != "" && !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("got %v, want it to say %q", err, tt.wantMsg)
			}
		})
	}
	// A cyclic value as the script's result is fine.
	if out := mustRun(t, "query", "--store", db, `var o={};o.o=o;o`); !strings.Contains(out, "null") {
		t.Errorf("cyclic result: got %s", out)
	}
}

// TestQueryInterruptedDuringCompile cancels the command's context (as
// SIGTERM does) while a query runs: the command must return.
func TestQueryInterruptedDuringCompile(t *testing.T) {
	db := exampleStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(100 * time.Millisecond)
		cancel()
	}()
	var out, errb bytes.Buffer
	err := run(ctx, []string{"query", "--store", db, "--timeout", "1h", "while(true){}"}, env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
}

// startServe runs `newsgraph serve` with args on a free loopback port and
// returns its address; the server stops at the end of the test.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	addr, _ := startServeEnv(t, nil, args...)
	return addr
}

// syncBuffer is a bytes.Buffer safe for the server's goroutine and the
// test's.

// post sends a query as a text/plain POST, as any web page can without a
// CORS preflight, with the given Host header ("" for the address).
func post(t *testing.T, addr, host, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, "http://"+addr+"/api/v2/query?lang=gizmo", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "text/plain")
	if host != "" {
		req.Host = host
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST: %v", err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestServeHostile sends the hostile queries of issue 14 to a real server:
// it must answer each with an error and keep serving.
func TestServeHostile(t *testing.T) {
	db := exampleStore(t)
	addr := startServe(t, "--store", db, "--max-memory", "33554432", "--timeout", "30s")
	count := `g.Emit(g.V("<schema:NewsArticle>").In("<rdf:type>").Count())`
	tests := []struct {
		name, q  string
		code     int
		wantBody string
	}{
		{"cyclic result", `var o={};o.o=o;o`, 200, `"result"`},
		{"cyclic emit", `var o={};o.o=o;g.Emit(o)`, 400, "refers to itself"},
		{"cyclic array emit", `var a=[];a.push(a);g.Emit(a)`, 400, "refers to itself"},
		{"recursion through map", `function f(){return [1].map(f)};f()`, 400, "nested too deeply"},
		{"nested parentheses", strings.Repeat("(", 1<<19) + strings.Repeat(")", 1<<19), 400, "brackets nested"},
		{"nested brackets", strings.Repeat("[", 1<<19) + strings.Repeat("]", 1<<19), 400, "brackets nested"},
		{"1 MB of minus signs", strings.Repeat("-", 1<<20), 400, "operators"},
		{"memory", `var a=[];while(true){a.push(new Array(1e6).fill(0))}`, 503, "memory"},
		{"body over 1 MiB", strings.Repeat(" ", 1<<20+1), 413, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := post(t, addr, "", tt.q)
			if code != tt.code || !strings.Contains(body, tt.wantBody) {
				t.Errorf("got %d %.200s, want %d and %q", code, body, tt.code, tt.wantBody)
			}
			if code, body := post(t, addr, "", count); code != 200 || !strings.Contains(body, "3") {
				t.Fatalf("server after it: got %d %s", code, body)
			}
		})
	}
}

// TestServeHost checks the DNS rebinding guard: a page whose name resolves
// to 127.0.0.1 still sends its own name as Host.
func TestServeHost(t *testing.T) {
	db := exampleStore(t)
	addr := startServe(t, "--store", db, "--allowed-hosts", "graph.example.org")
	_, port, _ := net.SplitHostPort(addr)
	tests := []struct {
		host string
		code int
	}{
		{"", 200},
		{"localhost:" + port, 200},
		{"[::1]:" + port, 200},
		{"graph.example.org", 200},
		{"GRAPH.example.org:" + port, 200},
		{"attacker.example:" + port, 403},
		{"127.0.0.1.attacker.example", 403},
	}
	for _, tt := range tests {
		code, body := post(t, addr, tt.host, `g.V().Limit(1).All()`)
		if code != tt.code {
			t.Errorf("Host %q: got %d %s, want %d", tt.host, code, body, tt.code)
		}
	}
}

// TestServeSlowClient holds a connection with an unfinished body: the
// server must close it after --read-timeout instead of waiting forever.
func TestServeSlowClient(t *testing.T) {
	db := exampleStore(t)
	addr := startServe(t, "--store", db, "--read-timeout", "300ms")
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "POST /api/v2/query?lang=gizmo HTTP/1.1\r\nHost: %s\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\ng.V(", addr)
	// Without a read timeout this read would wait for our own deadline.
	c.SetReadDeadline(time.Now().Add(20 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("the server kept the slow connection open: %v", err)
	}
	if err == nil {
		resp.Body.Close()
		if resp.StatusCode == 200 {
			t.Errorf("got 200 for an unfinished body")
		}
	}
}

// TestServeBusy fills the only query slot with a long query: another query
// gets 503 instead of piling up.
func TestServeBusy(t *testing.T) {
	db := exampleStore(t)
	addr := startServe(t, "--store", db, "--max-queries", "1", "--timeout", "3s")
	long := make(chan int, 1)
	go func() {
		code, _ := post(t, addr, "", `while(true){}`)
		long <- code
	}()
	time.Sleep(300 * time.Millisecond)
	if code, body := post(t, addr, "", `g.V().Limit(1).All()`); code != http.StatusServiceUnavailable {
		t.Errorf("second query: got %d %s, want 503", code, body)
	}
	if code := <-long; code != 400 {
		t.Errorf("long query: got %d, want 400 (timeout)", code)
	}
}

// syncBuffer is a bytes.Buffer safe for the server's goroutine and the
// test's.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// TestBuildProgressTerminal draws the progress bar (as on a terminal) while
// documents are read and extracted in other goroutines; under -race it
// catches unsynchronized progress state.
func TestBuildProgressTerminal(t *testing.T) {
	in := t.TempDir()
	for i := 0; i < 40; i++ {
		text := fmt.Sprintf("Minister Anna Berg met union leader Carl Holm in Oslo on day %d.\n", i)
		if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("a%02d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errb syncBuffer
	db := filepath.Join(t.TempDir(), "g.db")
	err := run(context.Background(), []string{"build", "--store", db, "--workers", "2", in},
		env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, isTerminal: true})
	if err != nil {
		t.Fatalf("build: %v\n%s", err, errb.String())
	}
	if !strings.Contains(errb.String(), "documents=40") {
		t.Errorf("got %q, want a summary of 40 documents", errb.String())
	}
}
