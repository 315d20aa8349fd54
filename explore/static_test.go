package explore

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"
)

func TestPagesAndFiles(t *testing.T) {
	srv := newTestServer(t, fixtureReader(t))
	index, err := fs.ReadFile(static, "index.html")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path, ctype string
		code        int
		body        []byte // nil: not checked
	}{
		{"/", "text/html; charset=utf-8", 200, index},
		{"/entity?id=oslo", "text/html; charset=utf-8", 200, index},
		{"/graph?id=oslo&hops=2", "text/html; charset=utf-8", 200, index},
		{"/document", "text/html; charset=utf-8", 200, index},
		{"/console", "text/html; charset=utf-8", 200, index},
		{"/static/js/app.js", "text/javascript; charset=utf-8", 200, nil},
		{"/static/app.css", "text/css; charset=utf-8", 200, nil},
		{"/static/vendor/cytoscape.min.js", "text/javascript; charset=utf-8", 200, nil},
		{"/static/vendor/MANIFEST", "text/plain; charset=utf-8", 200, nil},
		{"/static/gizmo-examples.json", "application/json", 200, nil},
		{"/static/", "", 404, nil},
		{"/static/js/", "", 404, nil},
		{"/static/../explore.go", "", 404, nil},
		{"/static/nothing.js", "", 404, nil},
		{"/entity/oslo", "", 404, nil},
		{"/favicon.ico", "", 404, nil},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := http.Get(srv.URL + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.code || (tt.ctype != "" && resp.Header.Get("Content-Type") != tt.ctype) {
				t.Fatalf("got %d %q, want %d %q", resp.StatusCode, resp.Header.Get("Content-Type"), tt.code, tt.ctype)
			}
			if tt.body != nil && string(b) != string(tt.body) {
				t.Errorf("body differs from index.html")
			}
			h := resp.Header
			if h.Get("Content-Security-Policy") != ContentSecurityPolicy || h.Get("X-Content-Type-Options") != "nosniff" ||
				h.Get("Referrer-Policy") != "no-referrer" || h.Get("X-Frame-Options") != "DENY" {
				t.Errorf("security headers: %v", h)
			}
			if tt.code == 200 && resp.Header.Get("ETag") != "" {
				req, _ := http.NewRequest(http.MethodGet, srv.URL+tt.path, nil)
				req.Header.Set("If-None-Match", resp.Header.Get("ETag"))
				again, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				again.Body.Close()
				if again.StatusCode != http.StatusNotModified {
					t.Errorf("revalidation: %d", again.StatusCode)
				}
			}
		})
	}
	if !strings.Contains(ContentSecurityPolicy, "frame-ancestors 'none'") || strings.Contains(ContentSecurityPolicy, "unsafe") {
		t.Errorf("policy: %s", ContentSecurityPolicy)
	}
}

// TestNoInlineScript checks what the policy enforces, in the files: no
// inline script or style in the page, no style attribute, no innerHTML.
func TestNoInlineScript(t *testing.T) {
	index, _ := fs.ReadFile(static, "index.html")
	for _, tag := range regexp.MustCompile(`<script[^>]*>`).FindAll(index, -1) {
		if !strings.Contains(string(tag), " src=") {
			t.Errorf("index.html has an inline script: %s", tag)
		}
	}
	if strings.Contains(string(index), "<style") || strings.Contains(string(index), "style=") || regexp.MustCompile(` on[a-z]+=`).Match(index) {
		t.Errorf("index.html has inline style or event handlers")
	}
	fs.WalkDir(static, "js", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, _ := fs.ReadFile(static, p)
		for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setAttribute('style'", "console.log"} {
			if strings.Contains(string(b), bad) {
				t.Errorf("%s uses %s", p, bad)
			}
		}
		return nil
	})
}

// TestVendoredFiles checks the vendored libraries against their manifest
// and the manifest against the npm lock file: a change of version in
// explore/js/package.json without scripts/vendor-js.sh fails here (the
// script's --check compares the files byte for byte with npm's).
func TestVendoredFiles(t *testing.T) {
	var pkg struct {
		Dependencies map[string]string `json:"dependencies"`
	}
	var lock struct {
		Packages map[string]struct {
			Version      string            `json:"version"`
			License      string            `json:"license"`
			Dependencies map[string]string `json:"dependencies"`
		} `json:"packages"`
	}
	for name, v := range map[string]any{"js/package.json": &pkg, "js/package-lock.json": &lock} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	for name, want := range pkg.Dependencies {
		if got := lock.Packages["node_modules/"+name].Version; got != want {
			t.Errorf("package.json pins %s %s, the lock file has %q: run npm install in explore/js", name, want, got)
		}
	}
	m, err := static.Open("vendor/MANIFEST")
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	sc := bufio.NewScanner(m)
	files := 0
	seen := map[string]bool{}
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 4 {
			t.Fatalf("manifest line %q", line)
		}
		pkgName, version, file, sum := f[0], f[1], f[2], f[3]
		seen[pkgName] = true
		lp, ok := lock.Packages["node_modules/"+pkgName]
		if !ok || lp.Version != version {
			t.Errorf("%s: vendored from %s %s, the lock file has %q: run scripts/vendor-js.sh", file, pkgName, version, lp.Version)
		}
		if lp.License != "MIT" {
			t.Errorf("%s: licence %q; list it in the README's credits before vendoring", pkgName, lp.License)
		}
		b, err := fs.ReadFile(static, "vendor/"+file)
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		h := sha256.Sum256(b)
		if hex.EncodeToString(h[:]) != sum {
			t.Errorf("%s: its SHA-256 is not the manifest's: the file was edited; run scripts/vendor-js.sh", file)
		}
		files++
	}
	entries, _ := fs.ReadDir(static, "vendor")
	if files == 0 || len(entries) != files+1 {
		t.Errorf("the manifest lists %d files, vendor/ holds %d besides it", files, len(entries)-1)
	}
	for p := range lock.Packages {
		if name := strings.TrimPrefix(p, "node_modules/"); p != "" && !seen[name] {
			t.Errorf("the lock file holds %s, which nothing vendors", name)
		}
	}
}

// TestGizmoExamples checks that the console's examples are the README's.
func TestGizmoExamples(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	sec := string(readme)
	if i := strings.Index(sec, "## Gizmo examples"); i >= 0 {
		sec = sec[i:]
		if j := strings.Index(sec[3:], "\n## "); j >= 0 {
			sec = sec[:j+3]
		}
	}
	for _, block := range strings.Split(sec, "```js\n")[1:] {
		q, _, _ := strings.Cut(block, "```")
		want = append(want, q)
	}
	b, err := fs.ReadFile(static, "gizmo-examples.json")
	if err != nil {
		t.Fatal(err)
	}
	var got []struct{ Title, Query string }
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) || len(want) < 5 {
		t.Fatalf("%d examples, the README has %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Query != want[i] || got[i].Title == "" {
			t.Errorf("example %d: %q, the README says %q", i+1, got[i].Query, want[i])
		}
	}
}
