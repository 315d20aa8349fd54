package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsgraph/newsgraph/explore"
	"github.com/newsgraph/newsgraph/internal/pgtest"
)

// sorted returns the lines of s, sorted.
func sorted(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// TestPostgresCommands runs every store command on a PostgreSQL store and
// on a Bolt store built from the same articles: build, re-build, an edited
// article, export (the N-Quads are equal), stats, Gizmo queries, import,
// check and serve.
func TestPostgresCommands(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.CopyFS(in, os.DirFS("../../examples/articles")); err != nil {
		t.Fatal(err)
	}
	pg := []string{"--backend", "postgres", "--store", pgtest.Database(t)}
	bolt := []string{"--store", filepath.Join(dir, "g.db")}
	cmd := func(name string, store []string, args ...string) []string {
		return append(append([]string{name}, store...), args...)
	}
	for _, st := range [][]string{bolt, pg} {
		mustRun(t, cmd("build", st, in)...)
	}
	export := func(st []string) string { return sorted(mustRun(t, cmd("export", st, "--format", "nquads")...)) }
	want := export(bolt)
	if got := export(pg); got != want {
		t.Fatalf("PostgreSQL export differs from Bolt's:\n%s", lineDiff(got, want))
	}
	if !strings.Contains(want, "schema.org/NewsArticle") {
		t.Fatalf("export has no articles")
	}

	// Building again changes nothing.
	_, errOut, err := runCmd(t, "", cmd("build", pg, in)...)
	if err != nil || !strings.Contains(errOut, "unchanged=3") || !strings.Contains(errOut, "added=0 removed=0") {
		t.Errorf("re-build: %v %q, want 3 unchanged documents and no change", err, errOut)
	}

	// Stats and queries agree.
	if got, want := mustRun(t, cmd("stats", pg, "--json")...), mustRun(t, cmd("stats", bolt, "--json")...); got != want {
		t.Errorf("stats: got %s, want %s", got, want)
	}
	for _, q := range []string{
		`g.V("<schema:NewsArticle>").In("<rdf:type>").Count()`,
		`g.V().Has("<rdf:type>", "<schema:Person>").Out("<schema:name>").All()`,
		`g.Emit(g.V().Has("<rdf:type>", "<schema:Person>").Out().Out("<schema:name>").Count())`,
		`g.V().Has("<schema:name>", "Port Operators Association").Tag("a").In().Tag("b").Out("<schema:name>").All()`,
	} {
		got, want := mustRun(t, cmd("query", pg, q)...), mustRun(t, cmd("query", bolt, q)...)
		if sorted(got) != sorted(want) || len(want) < 5 {
			t.Errorf("query %s: got\n%s\nwant\n%s", q, got, want)
		}
	}

	// An edited article replaces its facts in both stores alike.
	file := filepath.Join(in, "harbour-strike-deal.txt")
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(text), ".", ". Minister Anna Berg met union leader Carl Holm in Oslo on Monday.", 1)
	if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, st := range [][]string{bolt, pg} {
		mustRun(t, cmd("build", st, in)...)
	}
	want = export(bolt)
	if got := export(pg); got != want || !strings.Contains(got, "Carl Holm") {
		t.Fatalf("after an edit, PostgreSQL export differs from Bolt's:\n%s", lineDiff(got, want))
	}

	// A Bolt backup imported into a new PostgreSQL store gives the same
	// graph; check finds both stores intact.
	backup := filepath.Join(dir, "backup.nq")
	mustRun(t, cmd("export", bolt, "-o", backup)...)
	restored := []string{"--backend", "postgres", "--store", pgtest.Database(t)}
	mustRun(t, cmd("import", restored, backup)...)
	if got := export(restored); got != want {
		t.Errorf("imported store differs:\n%s", lineDiff(got, want))
	}
	for _, st := range [][]string{pg, restored} {
		if out := mustRun(t, cmd("check", st)...); !strings.Contains(out, "intact") {
			t.Errorf("check: %s", out)
		}
	}

	// serve answers Gizmo queries over HTTP from the PostgreSQL store.
	addr := startServe(t, pg...)
	resp, err := http.Get("http://" + addr + "/api/v2/query?lang=gizmo&qu=" + url.QueryEscape(`g.Emit(g.V("<schema:NewsArticle>").In("<rdf:type>").Count())`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "3") {
		t.Errorf("serve: got %d %s", resp.StatusCode, body)
	}
}

// TestPostgresServeDocument serves the explorer from a PostgreSQL store
// and from a Bolt store built from the same articles: each document's page
// in the API is the same, with the text the build read (kept in the
// store) and the entities' mentions in it.
func TestPostgresServeDocument(t *testing.T) {
	pg := pgtest.Database(t)
	mustRun(t, "build", "-q", "--backend", "postgres", "--store", pg, "../../examples/articles")
	pgAddr, _ := startServeEnv(t, nil, "--backend", "postgres", "--store", pg)
	boltAddr, _ := startServeEnv(t, nil, "--store", exampleStore(t))
	for _, addr := range []string{pgAddr, boltAddr} {
		waitAPI(t, addr)
	}
	article, err := os.ReadFile("../../examples/articles/harbour-strike-deal.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"harbour-strike-deal", "minister-visit", "strike-reactions"} {
		resp, body := do(t, "GET", "http://"+pgAddr+"/api/v1/document?id="+id, "", nil)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d %.300s", id, resp.StatusCode, body)
		}
		var d explore.DocumentPage
		if err := json.Unmarshal([]byte(body), &d); err != nil {
			t.Fatal(err)
		}
		var text strings.Builder
		mentions := 0
		for _, sg := range d.Segments {
			text.WriteString(sg.Text)
			if sg.Entity != "" {
				mentions++
			}
		}
		if d.TextSource != "stored" || mentions < 3 || text.Len() < 200 {
			t.Errorf("%s: text from %q, %d bytes, %d mentions; want the stored text with its mentions", id, d.TextSource, text.Len(), mentions)
		}
		if id == "harbour-strike-deal" && !strings.Contains(string(article), strings.TrimSpace(text.String())) {
			t.Errorf("%s: the text is not the article's:\n%s", id, text.String())
		}
		if _, want := do(t, "GET", "http://"+boltAddr+"/api/v1/document?id="+id, "", nil); body != want {
			t.Errorf("%s: the page differs from a Bolt store's:\n%.600s\nwant\n%.600s", id, body, want)
		}
	}
}

// TestPostgresErrors gives the commands addresses that do not lead to a
// store: each fails with a clear message that holds no password, and the
// configuration comes from the environment as from flags.
func TestPostgresErrors(t *testing.T) {
	const secret = "Open-Sesame-77"
	server := pgtest.Server(t)
	u, err := url.Parse(server)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.UserPassword(u.User.Username(), secret)
	wrong := u.String()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no address", []string{"stats", "--backend", "postgres"}, "connection string"},
		{"wrong password", []string{"stats", "--backend", "postgres", "--store", wrong}, "refused the login"},
		{"wrong password, build", []string{"build", "--backend", "postgres", "--store", wrong, "../../examples/articles"}, "refused the login"},
		{"bad address", []string{"stats", "--backend", "postgres", "--store", "postgres://ann:" + secret + "@host:notaport/db"}, "not a PostgreSQL address"},
		{"empty database", []string{"query", "--backend", "postgres", "--store", pgtest.Database(t), "g.V().All()"}, "newsgraph build"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, err := runCmd(t, "", tt.args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error saying %q", err, tt.want)
			}
			if err != nil && strings.Contains(err.Error()+errOut, secret) {
				t.Errorf("the password is printed: %v %s", err, errOut)
			}
		})
	}
	// NEWSGRAPH_STORE_* configure the backend like the flags.
	db := pgtest.Database(t)
	var out, errb bytes.Buffer
	environ := []string{"NEWSGRAPH_STORE_BACKEND=postgres", "NEWSGRAPH_STORE_PATH=" + db, "NEWSGRAPH_TEST_POSTGRES=" + server}
	if err := run(context.Background(), []string{"build", "--json", "../../examples/articles"}, env{stdout: &out, stderr: &errb, environ: environ}); err != nil {
		t.Fatalf("build from the environment: %v\n%s", err, errb.String())
	}
	var summary map[string]any
	if err := json.Unmarshal(out.Bytes(), &summary); err != nil || summary["documents"] != 3.0 {
		t.Errorf("got %s (%v)", out.String(), err)
	}
}

// lineDiff lists the lines of got and want that the other lacks.
func lineDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var b strings.Builder
	n := 0
	for _, l := range g {
		if !slices.Contains(w, l) && n < 10 {
			fmt.Fprintf(&b, "+ %s\n", l)
			n++
		}
	}
	for _, l := range w {
		if !slices.Contains(g, l) && n < 20 {
			fmt.Fprintf(&b, "- %s\n", l)
			n++
		}
	}
	return fmt.Sprintf("%d lines, want %d\n%s", len(g), len(w), b.String())
}

// splitWikinews writes the Wikinews corpus into parts folders, as
// consecutive runs of rows (so that a part is a stretch of time, as an
// archive split between machines would be).
func splitWikinews(t *testing.T, parts int) (all string, dirs []string, urls [][]string) {
	t.Helper()
	src := filepath.Join(shared(t), "corpus", "wikinews")
	var header []string
	var rows [][]string
	for _, name := range []string{"wikinews_2019.csv", "wikinews_2020.csv"} {
		f, err := os.Open(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		header = recs[0]
		rows = append(rows, recs[1:]...)
	}
	write := func(dir string, rs [][]string) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(filepath.Join(dir, "part.csv"))
		if err != nil {
			t.Fatal(err)
		}
		w := csv.NewWriter(f)
		w.Write(header)
		w.WriteAll(rs)
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	base := t.TempDir()
	for p := range parts {
		d := filepath.Join(base, fmt.Sprintf("part%d", p))
		part := rows[p*len(rows)/parts : (p+1)*len(rows)/parts]
		write(d, part)
		dirs = append(dirs, d)
		var us []string
		for _, r := range part {
			us = append(us, r[0])
		}
		urls = append(urls, us)
	}
	all = filepath.Join(base, "all")
	write(all, rows)
	return all, dirs, urls
}

// exportAt returns the sorted N-Quads of a store, run by the binary.
func exportAt(t *testing.T, bin string, store ...string) string {
	t.Helper()
	out, err := exec.Command(bin, append([]string{"export", "--format", "nquads"}, store...)...).Output()
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	return sorted(string(out))
}

// builder starts `newsgraph build` on dir into the PostgreSQL store db.
func builder(t *testing.T, bin, db, dir string, extra ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	var errb bytes.Buffer
	c := exec.Command(bin, append([]string{"build", "--quiet", "--workers", "1", "--backend", "postgres", "--store", db, dir}, extra...)...)
	c.Stderr = &errb
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	return c, &errb
}

// storedDocs counts the documents among docs whose quads a PostgreSQL
// store holds.
func storedDocs(t *testing.T, db string, docs []string) int {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM newsgraph_docs WHERE graph_hash IS NOT NULL AND doc = ANY($1::text[])`, docs).Scan(&n); err != nil {
		return 0 // the store is not created yet
	}
	return n
}

// TestPostgresConcurrentBuilders builds the Wikinews corpus split over four
// builder processes running at once into one PostgreSQL database: the
// graph must be the one a single builder makes of the whole corpus in a
// Bolt store (same entities, same edges, documents and weights: the same
// quads). Then again with one builder killed with SIGKILL midway and run
// again; and re-running a builder changes nothing.
func TestPostgresConcurrentBuilders(t *testing.T) {
	bin := buildBinary(t)
	all, parts, urls := splitWikinews(t, 4)
	boltDB := filepath.Join(t.TempDir(), "one.db")
	if out, err := exec.Command(bin, "build", "--quiet", "--store", boltDB, all).CombinedOutput(); err != nil {
		t.Fatalf("one builder: %v\n%s", err, out)
	}
	want := exportAt(t, bin, "--store", boltDB)

	t.Run("four builders", func(t *testing.T) {
		db := pgtest.Database(t)
		var cmds []*exec.Cmd
		var errs []*bytes.Buffer
		for _, p := range parts {
			c, e := builder(t, bin, db, p)
			cmds, errs = append(cmds, c), append(errs, e)
		}
		for i, c := range cmds {
			if err := c.Wait(); err != nil {
				t.Fatalf("builder %d: %v\n%s", i, err, errs[i])
			}
		}
		if got := exportAt(t, bin, "--backend", "postgres", "--store", db); got != want {
			t.Fatalf("four builders differ from one: %s", lineDiff(got, want))
		}
		// Re-running a builder changes nothing.
		out, err := exec.Command(bin, "build", "--json", "--backend", "postgres", "--store", db, parts[1]).Output()
		if err != nil {
			t.Fatal(err)
		}
		var s map[string]any
		if err := json.Unmarshal(out, &s); err != nil {
			t.Fatal(err)
		}
		if s["documents"] == 0.0 || s["unchanged"] != s["documents"] || s["added"] != 0.0 || s["removed"] != 0.0 || s["rewritten"] != 0.0 {
			t.Errorf("re-run: got %s, want every document unchanged and nothing written", out)
		}
		if out, err := exec.Command(bin, "check", "--backend", "postgres", "--store", db).CombinedOutput(); err != nil {
			t.Errorf("check: %v\n%s", err, out)
		}
	})

	t.Run("one builder killed", func(t *testing.T) {
		db := pgtest.Database(t)
		var cmds []*exec.Cmd
		var errs []*bytes.Buffer
		for i, p := range parts {
			var extra []string
			if i == 2 {
				// Small batches: the victim commits often, so that it dies
				// with some of its documents written.
				extra = []string{"--batch-quads", "500"}
			}
			c, e := builder(t, bin, db, p, extra...)
			cmds, errs = append(cmds, c), append(errs, e)
		}
		// Kill builder 2 once it has written a few of its documents.
		deadline := time.Now().Add(2 * time.Minute)
		for storedDocs(t, db, urls[2]) < 5 && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		if err := cmds[2].Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		killed := cmds[2].Wait()
		written := storedDocs(t, db, urls[2])
		for i, c := range cmds {
			if i == 2 {
				continue
			}
			if err := c.Wait(); err != nil {
				t.Fatalf("builder %d: %v\n%s", i, err, errs[i])
			}
		}
		t.Logf("builder 2 ended with %v, with %d of its %d documents written", killed, written, len(urls[2]))
		if written == len(urls[2]) {
			t.Logf("builder 2 had written all its documents before it was killed (a slow poll)")
		}
		// The store is consistent as the killed builder left it.
		if out, err := exec.Command(bin, "check", "--backend", "postgres", "--store", db).CombinedOutput(); err != nil {
			t.Errorf("check after the kill: %v\n%s", err, out)
		}
		c, e := builder(t, bin, db, parts[2])
		if err := c.Wait(); err != nil {
			t.Fatalf("re-run of builder 2: %v\n%s", err, e)
		}
		if got := exportAt(t, bin, "--backend", "postgres", "--store", db); got != want {
			t.Fatalf("after a killed builder and its re-run, the graph differs from one builder's: %s", lineDiff(got, want))
		}
	})
}
