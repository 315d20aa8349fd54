package explore

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
)

//go:embed static
var staticFS embed.FS

// static is the tree of the pages' files: index.html, the application's
// modules and styles, and the vendored libraries (static/vendor, see
// scripts/vendor-js.sh).
var static, _ = fs.Sub(staticFS, "static")

// pages are the paths of the explorer's pages; each is index.html, which
// reads the path and its query to show the page, so that every page has a
// URL to share and bookmark.
var pages = []string{"/", "/search", "/entity", "/document", "/graph", "/agreement", "/conflicts", "/console"}

// ContentSecurityPolicy is the policy of every answer: the pages load
// their scripts, styles and data from the server alone, run no inline
// script, and may not be framed.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
	"connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// SecurityHeaders sets the headers every answer of the server carries:
// the content security policy, no MIME sniffing, no referrer, no framing,
// and a browsing context of its own.
func SecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
		next.ServeHTTP(w, r)
	})
}

// endpoints are the API's resources, under /api/v1/.
var endpoints = map[string]endpoint{
	"overview":      overviewEndpoint,
	"search":        searchEndpoint,
	"entity":        entityEndpoint,
	"evidence":      evidenceEndpoint,
	"document":      documentEndpoint,
	"neighbourhood": neighbourhoodEndpoint,
	"subgraph":      subgraphEndpoint,
	"facts":         factsEndpoint,
	"conflicts":     conflictsEndpoint,
	"export":        exportEndpoint,
}

// Handler returns the explorer: its pages (see pages), their files under
// /static/, and the API under /api/v1/. Other paths get 404.
func (e *Explorer) Handler() http.Handler {
	mux := http.NewServeMux()
	for name, ep := range endpoints {
		mux.HandleFunc("/api/v1/"+name, func(w http.ResponseWriter, r *http.Request) { e.serveAPI(ep, w, r) })
	}
	mux.HandleFunc("/api/v1/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, notFound("no API resource %q (known: /api/v1/conflicts, document, entity, evidence, export, facts, neighbourhood, overview, search, subgraph)", r.URL.Path))
	})
	files := newFileServer()
	mux.Handle("/static/", http.StripPrefix("/static", files))
	for _, p := range pages {
		page := p
		mux.HandleFunc(page, func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != page {
				http.NotFound(w, r)
				return
			}
			r2 := r.Clone(r.Context())
			r2.URL.Path = "/index.html"
			files.ServeHTTP(w, r2)
		})
	}
	return mux
}

// contentTypes are the media types of the embedded files, by extension;
// the rest (licences, the manifest) is plain text.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".json": "application/json",
	".svg":  "image/svg+xml",
	".png":  "image/png",
}

func contentType(p string) string {
	if t, ok := contentTypes[path.Ext(p)]; ok {
		return t
	}
	return "text/plain; charset=utf-8"
}

// A fileServer serves the embedded files with strong ETags (their
// SHA-256), so that browsers revalidate instead of downloading again.
type fileServer struct {
	etags map[string]string
}

func newFileServer() *fileServer {
	fsv := &fileServer{etags: map[string]string{}}
	fs.WalkDir(static, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(static, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		fsv.etags["/"+p] = `"` + hex.EncodeToString(sum[:12]) + `"`
		return nil
	})
	return fsv
}

func (fsv *fileServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "use GET", http.StatusMethodNotAllowed)
		return
	}
	p := path.Clean("/" + r.URL.Path)
	etag, ok := fsv.etags[p]
	if !ok || strings.HasSuffix(p, "/") {
		http.NotFound(w, r)
		return
	}
	b, err := fs.ReadFile(static, strings.TrimPrefix(p, "/"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", contentType(p))
	h.Set("ETag", etag)
	h.Set("Cache-Control", "no-cache")
	if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if r.Method == http.MethodHead {
		h.Set("Content-Length", strconv.Itoa(len(b)))
		return
	}
	w.Write(b)
}
