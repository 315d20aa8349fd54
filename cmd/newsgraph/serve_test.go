package main

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/explore"
)

// startServeEnv runs `newsgraph serve` with args and the environment
// environ on a free loopback port; it returns the address and what the
// server writes to stderr. The server stops at the end of the test.
func startServeEnv(t *testing.T, environ []string, args ...string) (string, *syncBuffer) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	errb := &syncBuffer{}
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", addr}, args...), env{stdout: io.Discard, stderr: errb, environ: environ})
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	for i := 0; i < 400; i++ {
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v\n%s", err, errb.String())
		default:
		}
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return addr, errb
		}
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatalf("server did not start: %s", errb.String())
	return "", nil
}

// do sends a request and returns the answer with its body read.
func do(t *testing.T, method, u string, body string, header map[string]string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// waitAPI waits until the explorer has read the store.
func waitAPI(t *testing.T, addr string) {
	t.Helper()
	for i := 0; i < 400; i++ {
		resp, _ := do(t, "GET", "http://"+addr+"/api/v1/overview", "", nil)
		if resp.StatusCode == 200 {
			return
		}
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatal("the explorer never read the store")
}

// TestServeExplorer checks that serve answers the explorer's pages and API
// beside Gizmo, with the security headers on every answer.
func TestServeExplorer(t *testing.T) {
	db := exampleStore(t)
	addr, errb := startServeEnv(t, nil, "--store", db)
	waitAPI(t, addr)
	for _, tt := range []struct{ method, path, want string }{
		{"GET", "/", "<title>newsgraph</title>"},
		{"GET", "/entity?id=pieter-vos", "<title>newsgraph</title>"},
		{"GET", "/api/v1/search?q=vos", `"id":"pieter-vos"`},
		{"GET", "/api/v1/entity?id=pieter-vos", `"name":"Pieter Vos"`},
		{"GET", "/api/v2/query?lang=gizmo&qu=g.V().Limit(1).All()", `"result"`},
		{"GET", "/api/v2/query?lang=gizmo&qu=" + "while(true)%7B%7D", `"error"`},
	} {
		resp, body := do(t, tt.method, "http://"+addr+tt.path, "", nil)
		if !strings.Contains(body, tt.want) {
			t.Errorf("%s: got %d %.300s, want %q", tt.path, resp.StatusCode, body, tt.want)
		}
		h := resp.Header
		if h.Get("Content-Security-Policy") != explore.ContentSecurityPolicy || h.Get("X-Content-Type-Options") != "nosniff" ||
			h.Get("Referrer-Policy") != "no-referrer" || h.Get("X-Frame-Options") != "DENY" || h.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("%s: headers %v", tt.path, h)
		}
	}
	// The page says where to go; the access log has each request, and no
	// query text.
	log := errb.String()
	if !strings.Contains(log, "open http://"+addr+"/") || !strings.Contains(log, "msg=request method=GET path=/api/v1/search") ||
		strings.Contains(log, "while(true)") || !strings.Contains(log, "status=400") {
		t.Errorf("stderr:\n%s", log)
	}
}

// TestServeOrigin checks that pages of other sites cannot use the server,
// unless their origin is configured for CORS.
func TestServeOrigin(t *testing.T) {
	db := exampleStore(t)
	addr, _ := startServeEnv(t, nil, "--store", db, "--cors-origins", "https://app.example.org")
	query := "http://" + addr + "/api/v2/query?lang=gizmo"
	tests := []struct {
		name, origin string
		code         int
		acao         string
	}{
		{"no origin (a program)", "", 200, ""},
		{"the server's own pages", "http://" + addr, 200, ""},
		{"another site", "https://attacker.example", 403, ""},
		{"another port of the same host", "http://127.0.0.1:1", 403, ""},
		{"a configured origin", "https://app.example.org", 200, "https://app.example.org"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := map[string]string{"Content-Type": "text/plain"}
			if tt.origin != "" {
				h["Origin"] = tt.origin
			}
			resp, body := do(t, "POST", query, `g.V().Limit(1).All()`, h)
			if resp.StatusCode != tt.code || resp.Header.Get("Access-Control-Allow-Origin") != tt.acao {
				t.Errorf("got %d %q %s, want %d %q", resp.StatusCode, resp.Header.Get("Access-Control-Allow-Origin"), body, tt.code, tt.acao)
			}
		})
	}
	resp, _ := do(t, "OPTIONS", query, "", map[string]string{"Origin": "https://app.example.org", "Access-Control-Request-Method": "POST"})
	if resp.StatusCode != 204 || !strings.Contains(resp.Header.Get("Access-Control-Allow-Methods"), "POST") {
		t.Errorf("preflight: %d %v", resp.StatusCode, resp.Header)
	}
}

// TestServeWrites checks that writes need --writable and the token, and
// that the explorer shows what was written.
func TestServeWrites(t *testing.T) {
	db := exampleStore(t)
	if _, _, err := runCmd(t, "", "serve", "--store", db, "--writable", "--addr", "127.0.0.1:0"); err == nil || !strings.Contains(err.Error(), "serve.token") {
		t.Errorf("--writable without a token: got %v", err)
	}
	if _, _, err := runCmd(t, "", "serve", "--store", db, "--token", "short"); err == nil || strings.Contains(err.Error(), "short") {
		t.Errorf("a short token: got %v (the message must not print it)", err)
	}

	ro, _ := startServeEnv(t, nil, "--store", exampleStore(t))
	resp, body := do(t, "POST", "http://"+ro+"/api/v2/write", "", nil)
	if resp.StatusCode != 403 || !strings.Contains(body, "read-only") {
		t.Errorf("read-only write: %d %s", resp.StatusCode, body)
	}

	const token = "a-secret-of-some-length"
	addr, errb := startServeEnv(t, []string{"NEWSGRAPH_SERVE_TOKEN=" + token}, "--store", db, "--writable")
	waitAPI(t, addr)
	nq := `<https://w3id.org/newsgraph/entity/ines-moreau> <http://schema.org/name> "Ines Moreau" <urn:test> .` + "\n" +
		`<https://w3id.org/newsgraph/entity/ines-moreau> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> <urn:test> .` + "\n"
	write := "http://" + addr + "/api/v2/write"
	for _, auth := range []string{"", "Bearer wrong-token-of-some-length", "Basic " + token, token} {
		resp, body := do(t, "POST", write, nq, map[string]string{"Content-Type": "application/n-quads", "Authorization": auth})
		if resp.StatusCode != 401 || resp.Header.Get("WWW-Authenticate") == "" {
			t.Errorf("Authorization %q: %d %s", auth, resp.StatusCode, body)
		}
	}
	resp, body = do(t, "POST", write, nq, map[string]string{"Content-Type": "application/n-quads", "Authorization": "Bearer " + token})
	if resp.StatusCode != 200 {
		t.Fatalf("write: %d %s", resp.StatusCode, body)
	}
	found := false
	for i := 0; i < 400 && !found; i++ {
		var res explore.SearchResult
		_, body := do(t, "GET", "http://"+addr+"/api/v1/search?q=moreau", "", nil)
		found = json.Unmarshal([]byte(body), &res) == nil && len(res.Results) == 1 && res.Results[0].ID == "ines-moreau"
		time.Sleep(25 * time.Millisecond)
	}
	if !found {
		t.Error("the explorer does not show the entity written")
	}
	if strings.Contains(errb.String(), token) {
		t.Error("the token is in the log")
	}
}

// TestServeBusyRetry checks that a 503 for too many queries says when to
// try again.
func TestServeBusyRetry(t *testing.T) {
	db := exampleStore(t)
	addr, _ := startServeEnv(t, nil, "--store", db, "--max-queries", "1", "--timeout", "2s")
	long := make(chan struct{})
	go func() {
		defer close(long)
		do(t, "POST", "http://"+addr+"/api/v2/query?lang=gizmo", `while(true){}`, nil)
	}()
	time.Sleep(300 * time.Millisecond)
	resp, _ := do(t, "POST", "http://"+addr+"/api/v2/query?lang=gizmo", `g.V().Limit(1).All()`, nil)
	if resp.StatusCode != 503 || resp.Header.Get("Retry-After") == "" {
		t.Errorf("got %d %v, want 503 with Retry-After", resp.StatusCode, resp.Header)
	}
	<-long
}
