package main

import (
	"context"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/newsgraph/newsgraph/internal/sharedtest"
)

// The browser tests drive the explorer's real pages in Chromium (Debian's
// chromium, which scripts/deps.sh installs; NEWSGRAPH_CHROMIUM names
// another binary). They skip, saying so, when no Chromium is found: the
// script could not install it. With NEWSGRAPH_SCREENSHOTS=DIR they save
// screenshots of the main pages there (scripts/screenshots.sh makes the
// README's).

// chromiumPath returns the browser to drive.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("NEWSGRAPH_CHROMIUM"), "chromium", "chromium-browser"} {
		if p == "" {
			continue
		}
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	t.Skip("no Chromium found: skipping the browser tests (scripts/deps.sh test installs Debian's chromium; NEWSGRAPH_CHROMIUM names another)")
	return ""
}

// A tab is one browser tab on the explorer of a server, with what its
// console said.
type tab struct {
	t      *testing.T
	ctx    context.Context
	base   string
	dl     string // the download folder
	mu     sync.Mutex
	errors []string
	allow  []string // texts of console errors a step expects
}

// newTab starts Chromium with a fresh profile and opens a tab on the
// server at addr.
func newTab(t *testing.T, addr string) *tab {
	t.Helper()
	chromium := chromiumPath(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-component-update", true), chromedp.WindowSize(1280, 900))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	tb := &tab{t: t, ctx: ctx, base: "http://" + addr, dl: t.TempDir()}
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		t.Fatalf("start %s: %v", chromium, err)
	}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			// Errors and exceptions of any source, and warnings of the
			// pages' own scripts (Cytoscape warns there of bad styles).
			if m.Type == chromedp.ConsoleError || m.IsException() || m.Type == chromedp.ConsoleWarning && m.Source == "" {
				tb.mu.Lock()
				tb.errors = append(tb.errors, fmt.Sprintf("%s (%s:%d)", m, m.URL, m.Line+1))
				tb.mu.Unlock()
			}
		}
	}()
	yes := true
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior,
		browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: tb.dl, EventsEnabled: &yes}); err != nil {
		t.Fatal(err)
	}
	return tb
}

// step runs actions with a deadline, and fails naming the step when one
// fails or the console reported an error.
func (tb *tab) step(name string, actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		loc, _ := chromedp.Run(tb.ctx, chromedp.Location())
		tb.t.Fatalf("%s: %v (at %s)", name, err, loc)
	}
	tb.checkConsole(name)
}

// checkConsole fails on any console error since the last check, but those
// the step expects.
func (tb *tab) checkConsole(name string) {
	tb.t.Helper()
	time.Sleep(50 * time.Millisecond) // let the last events arrive
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, e := range tb.errors {
		expected := false
		for _, a := range tb.allow {
			expected = expected || strings.Contains(e, a)
		}
		if !expected {
			tb.t.Errorf("%s: console: %s", name, e)
		}
	}
	tb.errors, tb.allow = nil, nil
}

// eval returns the value of a JavaScript expression in the page.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		tb.t.Fatalf("eval %s: %v", expr, err)
	}
	return v
}

// poll waits until a JavaScript expression is true.
func poll(expr string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Run(ctx, chromedp.Poll[bool]("!!("+expr+")", chromedp.WithPollingTimeout(45*time.Second)))
		if err != nil {
			return fmt.Errorf("waiting for %s: %w", expr, err)
		}
		return nil
	})
}

// shot saves a screenshot as name.png in NEWSGRAPH_SCREENSHOTS, when set.
func (tb *tab) shot(name string) {
	dir := os.Getenv("NEWSGRAPH_SCREENSHOTS")
	if dir == "" {
		return
	}
	buf, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		tb.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		tb.t.Fatal(err)
	}
}

// download waits for a downloaded file and returns its content.
func (tb *tab) download(name string) []byte {
	tb.t.Helper()
	p := filepath.Join(tb.dl, name)
	for i := 0; i < 600; i++ {
		if b, err := os.ReadFile(p); err == nil && len(b) > 0 {
			return b
		}
		time.Sleep(50 * time.Millisecond)
	}
	entries, _ := os.ReadDir(tb.dl)
	tb.t.Fatalf("no download %s (the folder holds %v)", name, entries)
	return nil
}

func css(s string) chromedp.CSS { return chromedp.CSS(s) }

// TestBrowserExplorer walks the explorer as a user would, on the store of
// the example articles: search, an entity, its evidence, a document, the
// back button, the graph (grow, filters), conflicting reports, where
// sources agree, the Gizmo console, the exports, keyboard use and a phone's
// screen. Any console error fails it.
func TestBrowserExplorer(t *testing.T) {
	chromiumPath(t)
	db := exampleStore(t)
	addr, _ := startServeEnv(t, nil, "--store", db)
	waitAPI(t, addr)
	tb := newTab(t, addr)

	tb.step("home", chromedp.Navigate(tb.base+"/"), chromedp.WaitVisible(css("ul.stats")), poll(`document.querySelectorAll('ul.cards li').length > 3`))
	if h1 := eval[string](tb, `document.querySelector('h1').textContent`); h1 != "What the archive knows" {
		t.Errorf("home: h1 %q", h1)
	}
	tb.shot("home")

	// Search with suggestions, chosen with the keyboard.
	tb.step("search", chromedp.Click(css("#q")), chromedp.SendKeys(css("#q"), "vos"), chromedp.WaitVisible(css("#suggestions li")))
	if s := eval[string](tb, `document.querySelector('#suggestions li').textContent`); !strings.Contains(s, "Pieter Vos") || !strings.Contains(s, "Person") {
		t.Errorf("first suggestion: %q", s)
	}
	if eval[string](tb, `document.getElementById('q').getAttribute('aria-expanded')`) != "true" {
		t.Error("the combobox does not say it is expanded")
	}
	tb.step("pick a suggestion", chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.Enter),
		poll(`location.pathname === '/entity' && document.querySelector('h1') && document.querySelector('h1').textContent.includes('Pieter Vos')`))
	if loc := eval[string](tb, `location.pathname + location.search`); loc != "/entity?id=pieter-vos" {
		t.Errorf("entity URL %q", loc)
	}
	body := eval[string](tb, `document.querySelector('main').innerText`)
	for _, want := range []string{"Also called", "Peter Vos", "Facts", "met (by)", "Quotations", "Documents", "expected"} {
		if !strings.Contains(body, want) {
			t.Errorf("entity page lacks %q:\n%s", want, body)
		}
	}

	// The evidence of a fact, opened with the keyboard.
	tb.step("evidence", chromedp.Focus(css("button.evidence-button")), chromedp.KeyEvent(kb.Enter),
		poll(`document.querySelector('.evidence:not([hidden]) mark') !== null`))
	if mark := eval[string](tb, `document.querySelector('.evidence mark').textContent`); mark == "" {
		t.Error("the fact's words are not marked")
	}
	if eval[string](tb, `document.querySelector('button.evidence-button').getAttribute('aria-expanded')`) != "true" {
		t.Error("the evidence button does not say it is expanded")
	}
	tb.shot("entity")

	// The document the evidence comes from, at its sentence.
	tb.step("document", chromedp.Click(css(".evidence a[href^='/document']")),
		poll(`location.pathname === '/document' && document.querySelectorAll('.doctext a.mention').length > 3`))
	hash := eval[string](tb, `location.hash`)
	if !strings.HasPrefix(hash, "#s-") || !eval[bool](tb, `document.getElementById(location.hash.slice(1)) !== null && document.activeElement === document.getElementById(location.hash.slice(1))`) {
		t.Errorf("the document does not show the evidence sentence %q", hash)
	}
	if n := eval[int](tb, `document.querySelectorAll('aside li a[href^="#s-"]').length`); n == 0 {
		t.Error("the document's facts do not point at their sentences")
	}
	tb.shot("document")
	tb.step("a fact's sentence", chromedp.Click(css(`aside li a[href^="#s-"]`)), poll(`document.querySelector('.sentence.current') !== null`))

	// The back button returns to the entity.
	tb.step("back", chromedp.NavigateBack(), poll(`location.pathname === '/entity' && document.querySelector('h1') && document.querySelector('h1').textContent.includes('Pieter Vos')`))

	// The graph, grown by clicking a node on the canvas.
	tb.step("graph", chromedp.Click(css("a.button[href^='/graph']")), poll(`document.getElementById('cy') && document.getElementById('cy').dataset.nodes > 1`))
	nodes := eval[int](tb, `Number(document.getElementById('cy').dataset.nodes)`)
	// Click the neighbour with the most neighbours of its own.
	target := eval[string](tb, `(() => { const cy = document.getElementById('cy').cy;
		const ns = cy.nodes().filter(n => n.data('hops') === 1).sort((a, b) => b.degree() - a.degree()); return ns[0].id(); })()`)
	// Scroll the canvas into view and let Cytoscape see the scroll (it
	// reads the container's place after a scroll event).
	tb.step("show the canvas", chromedp.Evaluate[chromedp.Void](`document.getElementById('cy').scrollIntoView({block: 'center'})`), chromedp.Sleep(300*time.Millisecond))
	pos := eval[[]float64](tb, `(() => { const el = document.getElementById('cy'); const n = el.cy.getElementById(`+jsString(target)+`); el.cy.center(n);
		const r = el.getBoundingClientRect(); const p = n.renderedPosition(); return [r.left + p.x, r.top + p.y]; })()`)
	tb.step("grow", chromedp.MouseClickXY(pos[0], pos[1]), poll(`new URLSearchParams(location.search).getAll('expand').length === 1`),
		poll(`document.getElementById('cy') && Number(document.getElementById('cy').dataset.nodes) > `+fmt.Sprint(nodes)))
	if got := eval[string](tb, `new URLSearchParams(location.search).get('expand')`); got != target {
		t.Errorf("expanded %q, clicked %q", got, target)
	}
	tb.shot("graph")
	// The same growth from the keyboard: the table's buttons.
	before := eval[int](tb, `Number(document.getElementById('cy').dataset.nodes)`)
	tb.step("grow from the table", chromedp.Click(css("details.node-table summary")),
		chromedp.Click(css(`details.node-table button.grow:not([data-id="pieter-vos"]):not([data-id=`+jsString(target)+`])`)),
		poll(`new URLSearchParams(location.search).getAll('expand').length === 2`), poll(`document.getElementById('cy')`))
	if after := eval[int](tb, `Number(document.getElementById('cy').dataset.nodes)`); after < before {
		t.Errorf("growing from the table: %d nodes, before %d", after, before)
	}

	// Filters: a relation and a type, through the form.
	tb.step("filter by relation", chromedp.Navigate(tb.base+"/graph?id=pieter-vos"), poll(`document.getElementById('cy') && document.getElementById('cy').dataset.nodes > 1`),
		chromedp.Evaluate[chromedp.Void](`document.querySelector('select[name=predicates] option[value=met]').selected = true`),
		chromedp.Click(css("form.filters button[type=submit]")), poll(`location.search.includes('predicates=met') && document.getElementById('cy') && document.getElementById('cy').cy`))
	if !eval[bool](tb, `document.getElementById('cy').cy.edges().every(e => e.data('predicate') === 'met') && document.getElementById('cy').cy.edges().length > 0`) {
		t.Error("the relation filter shows other relations")
	}
	tb.step("filter by type", chromedp.Navigate(tb.base+"/graph?id=lotte-de-graaf"), poll(`document.getElementById('cy') && document.getElementById('cy').dataset.nodes > 1`),
		chromedp.Evaluate[chromedp.Void](`for (const b of document.querySelectorAll('input[name=types]')) b.checked = b.value === 'Place'`),
		chromedp.Click(css("form.filters button[type=submit]")), poll(`location.search.includes('types=Place') && document.getElementById('cy') && document.getElementById('cy').cy`))
	if !eval[bool](tb, `document.getElementById('cy').cy.nodes().every(n => n.data('type') === 'Place' || n.data('hops') === 0) && document.getElementById('cy').cy.nodes().length > 1`) {
		t.Error("the type filter shows other types")
	}
	tb.step("filter by date", chromedp.SetValue(css("input[name=since]"), "2026-11-20"), chromedp.Click(css("form.filters button[type=submit]")),
		poll(`location.search.includes('since=2026-11-20') && document.getElementById('cy') && document.getElementById('cy').cy`))

	// Exports of what is shown: files from the server, pictures from the page.
	tb.step("export view", chromedp.Navigate(tb.base+"/graph?id=pieter-vos"), poll(`document.getElementById('cy') && document.getElementById('cy').cy`))
	shown := eval[int](tb, `document.getElementById('cy').cy.nodes().length`)
	tb.step("export GraphML", chromedp.Click(css("a.button[href*='format=graphml']")))
	var gml struct {
		Nodes []struct{} `xml:"graph>node"`
	}
	if err := xml.Unmarshal(tb.download("newsgraph-pieter-vos.graphml"), &gml); err != nil || len(gml.Nodes) != shown {
		t.Errorf("GraphML export: %v, %d nodes, the view shows %d", err, len(gml.Nodes), shown)
	}
	tb.step("export JSON-LD", chromedp.Click(css("a.button[href*='format=jsonld']")))
	if b := tb.download("newsgraph-pieter-vos.jsonld"); !strings.Contains(string(b), "pieter-vos") {
		t.Errorf("JSON-LD export: %.200s", b)
	}
	tb.step("export CSV", chromedp.Click(css("a.button[href*='format=csv']")))
	if b := tb.download("newsgraph-pieter-vos.csv.zip"); !strings.HasPrefix(string(b), "PK") {
		t.Errorf("CSV export is no ZIP file")
	}
	tb.step("export PNG", chromedp.Click(css("button.export-png")))
	if b := tb.download("newsgraph-pieter-vos.png"); !strings.HasPrefix(string(b), "\x89PNG") {
		t.Errorf("PNG export is no PNG")
	}
	tb.step("export SVG", chromedp.Click(css("button.export-svg")))
	var svg struct {
		Texts []string `xml:"text"`
	}
	if b := tb.download("newsgraph-pieter-vos.svg"); xml.Unmarshal(b, &svg) != nil || !slices.Contains(svg.Texts, "Pieter Vos") {
		t.Errorf("SVG export: %.300s", b)
	}

	// Conflicting reports, through the navigation.
	tb.step("conflicts", chromedp.Click(css("nav a[href='/conflicts']")), poll(`location.pathname === '/conflicts' && document.querySelectorAll('section.conflict').length > 0`))
	conflicts := eval[string](tb, `document.querySelector('main').innerText`)
	for _, want := range []string{"Nordwave Lines", "wage agreement", "supported", "opposed", "Minister de Graaf visits harbour", "Unions and employers react"} {
		if !strings.Contains(conflicts, want) {
			t.Errorf("conflicts lack %q:\n%s", want, conflicts)
		}
	}
	tb.shot("conflicts")
	tb.step("agreement", chromedp.Click(css("nav a[href='/agreement']")), poll(`location.pathname === '/agreement' && document.querySelectorAll('li.fact').length > 0`))
	if s := eval[string](tb, `document.querySelector('li.fact').innerText`); !strings.Contains(s, "2 documents") {
		t.Errorf("where sources agree: %q", s)
	}

	// The Gizmo console: an example, its table and graph, and an error.
	tb.step("console", chromedp.Click(css("nav a[href='/console']")), chromedp.WaitVisible(css("#gizmo")),
		chromedp.SetValue(css(".console select"), "0"), chromedp.Evaluate[chromedp.Void](`document.querySelector('.console select').dispatchEvent(new Event('change'))`),
		chromedp.Click(css("#gizmo-run")), poll(`document.querySelectorAll('#gizmo-table tbody tr').length > 0`),
		poll(`document.getElementById('console-graph') && Number(document.getElementById('console-graph').dataset.nodes) > 1`))
	if s := eval[string](tb, `document.querySelector('#gizmo-table').innerText`); !strings.Contains(s, "<entity:lotte-de-graaf>") {
		t.Errorf("console table: %s", s)
	}
	tb.shot("console")
	tb.allow = []string{"400 (Bad Request)"} // the failed query's answer
	tb.step("console error", chromedp.SetValue(css("#gizmo"), "g.V(.All()"), chromedp.Click(css("#gizmo-run")), chromedp.WaitVisible(css("#gizmo-out .error")))
	if s := eval[string](tb, `document.querySelector('#gizmo-out .error').textContent`); !strings.Contains(s, "query") {
		t.Errorf("console error: %q", s)
	}
	tb.allow = []string{"400 (Bad Request)"}
	tb.step("console timeout", chromedp.SetValue(css("#gizmo"), "while(true){}"), chromedp.Click(css("#gizmo-run")), chromedp.WaitVisible(css("#gizmo-out .error")))
	if s := eval[string](tb, `document.querySelector('#gizmo-out .error').textContent`); !strings.Contains(s, "stopped after") {
		t.Errorf("console timeout: %q", s)
	}

	// The keyboard: the skip link first, then the search box.
	tb.step("skip link", chromedp.Navigate(tb.base+"/"), chromedp.WaitVisible(css("ul.stats")), chromedp.KeyEvent(kb.Tab))
	if s := eval[string](tb, `document.activeElement.textContent`); s != "Skip to content" {
		t.Errorf("the first Tab reaches %q", s)
	}
	tb.step("skip", chromedp.KeyEvent(kb.Enter), poll(`document.activeElement === document.getElementById('main')`), chromedp.KeyEvent(kb.Tab))
	if s := eval[string](tb, `document.activeElement.tagName + ' ' + document.activeElement.textContent`); !strings.HasPrefix(s, "A") {
		t.Errorf("after the skip link, Tab reaches %q, not the page's first link", s)
	}

	// A phone: one column, nothing wider than the screen.
	for _, page := range []string{"/entity?id=pieter-vos", "/document?id=harbour-strike-deal", "/graph?id=pieter-vos", "/conflicts"} {
		tb.step("phone "+page, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateTouch), chromedp.Navigate(tb.base+page),
			poll(`document.querySelector('main h1') !== null && !document.querySelector('main').hasAttribute('aria-busy')`))
		if w := eval[[]float64](tb, `[document.documentElement.scrollWidth, window.innerWidth]`); w[0] > w[1] {
			t.Errorf("phone %s: the page is %v wide on a screen of %v", page, w[0], w[1])
		}
		if page == "/entity?id=pieter-vos" {
			tb.shot("phone-entity")
		}
	}
	tb.step("phone search", chromedp.Click(css("#q")), chromedp.SendKeys(css("#q"), "graaf"), chromedp.WaitVisible(css("#suggestions li")))
	tb.checkConsole("end")
}

func jsString(s string) string { return fmt.Sprintf("%q", s) }

// TestBrowserSeeds opens the explorer on the five seed articles
// (../shared/corpus/seeds): one story told by five outlets.
func TestBrowserSeeds(t *testing.T) {
	chromiumPath(t)
	seeds := sharedtest.Dir(t, "corpus", "seeds")
	db := filepath.Join(t.TempDir(), "seeds.db")
	mustRun(t, "build", "-q", "--store", db, seeds)
	addr, _ := startServeEnv(t, nil, "--store", db)
	waitAPI(t, addr)
	tb := newTab(t, addr)
	tb.step("search", chromedp.Navigate(tb.base+"/"), chromedp.WaitVisible(css("ul.stats")), chromedp.Click(css("#q")), chromedp.SendKeys(css("#q"), "blinken"),
		chromedp.WaitVisible(css("#suggestions li")), chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.Enter),
		poll(`location.pathname === '/entity' && document.querySelectorAll('button.evidence-button').length > 0`))
	if s := eval[string](tb, `document.querySelector('h1').textContent`); !strings.Contains(s, "Blinken") {
		t.Errorf("entity %q", s)
	}
	tb.step("evidence", chromedp.Click(css("button.evidence-button")), poll(`document.querySelector('.evidence mark') !== null`),
		chromedp.Click(css(".evidence a[href^='/document']")), poll(`document.querySelectorAll('.doctext a.mention').length > 3`))
	tb.step("graph", chromedp.Navigate(tb.base+"/graph"), poll(`document.getElementById('cy') && document.getElementById('cy').dataset.nodes > 5`))
	tb.step("agreement", chromedp.Navigate(tb.base+"/agreement"), poll(`document.querySelectorAll('li.fact').length > 0`))
	tb.step("conflicts", chromedp.Navigate(tb.base+"/conflicts"), poll(`document.querySelector('main h1') && !document.querySelector('main').hasAttribute('aria-busy')`))
}

// TestBrowserLargeGraph draws thousands of nodes of the Wikinews store and
// checks that the page still answers: a node grows the graph, the search
// box suggests. It logs how long drawing and layout took (for the record;
// speed is measured in bench/).
func TestBrowserLargeGraph(t *testing.T) {
	chromiumPath(t)
	db := wikinewsStore(t)
	addr, _ := startServeEnv(t, nil, "--store", db, "--access-log=false")
	waitAPI(t, addr)
	tb := newTab(t, addr)
	all := "&types=Person&types=Organization&types=Place&types=Event&types=Thing&types=Quotation"
	// While the nodes are placed (in a worker), the page answers: the
	// search box suggests.
	tb.step("draw", chromedp.Navigate(tb.base+"/graph?limit=3000"+all), poll(`document.getElementById('cy') !== null`),
		chromedp.Click(css("#q")), chromedp.SendKeys(css("#q"), "tru"), chromedp.WaitVisible(css("#suggestions li")))
	placing := eval[bool](tb, `!document.getElementById('cy').dataset.nodes`)
	tb.step("drawn", chromedp.KeyEvent(kb.Escape), poll(`document.getElementById('cy') && Number(document.getElementById('cy').dataset.nodes) === 3000`))
	t.Logf("3,000 nodes and %s edges drawn and laid out in %s ms; the search box answered during the layout: %v",
		eval[string](tb, `document.getElementById('cy').dataset.edges`), eval[string](tb, `document.getElementById('cy').dataset.ms`), placing)
	tb.shot("large-graph")
	// A click on a node centres the view on it.
	tb.step("show the canvas", chromedp.Evaluate[chromedp.Void](`document.getElementById('cy').scrollIntoView({block: 'center'})`), chromedp.Sleep(300*time.Millisecond))
	hub := eval[string](tb, `document.getElementById('cy').cy.nodes().max(n => n.degree()).ele.id()`)
	pos := eval[[]float64](tb, `(() => { const el = document.getElementById('cy'); const n = el.cy.getElementById(`+jsString(hub)+`); el.cy.zoom(1.5); el.cy.center(n);
		const r = el.getBoundingClientRect(); const p = n.renderedPosition(); return [r.left + p.x, r.top + p.y]; })()`)
	// (Nodes may overlap where the clicked one is: any of them will do.)
	tb.step("grow", chromedp.MouseClickXY(pos[0], pos[1]), poll(`new URLSearchParams(location.search).get('id') !== null`),
		poll(`document.getElementById('cy') && Number(document.getElementById('cy').dataset.nodes) > 1`))
	tb.step("a 2-hop neighbourhood", chromedp.Navigate(tb.base+"/graph?hops=2&limit=2000&id="+hub+all),
		poll(`document.getElementById('cy') && Number(document.getElementById('cy').dataset.nodes) > 100`))
	t.Logf("2-hop neighbourhood of %s: %s nodes drawn and laid out in %s ms", hub, eval[string](tb, `document.getElementById('cy').dataset.nodes`), eval[string](tb, `document.getElementById('cy').dataset.ms`))
}
