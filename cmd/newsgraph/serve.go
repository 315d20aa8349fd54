package main

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/net/netutil"

	"github.com/newsgraph/newsgraph/config"
	"github.com/newsgraph/newsgraph/explore"
	"github.com/newsgraph/newsgraph/graph"
)

func serveCmd(e env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web explorer and Cayley's HTTP API (Gizmo queries) over the graph",
		Long: `Serve shows the graph in a browser and answers queries over HTTP:

  GET  /                          the web explorer: search, entities with their
                                  evidence, documents, the graph, where sources
                                  agree and disagree, a Gizmo console
  GET  /api/v1/…                  the explorer's JSON API (search, entity,
                                  evidence, document, neighbourhood, subgraph,
                                  facts, conflicts, overview, export)
  GET  /api/v2/query?lang=gizmo&qu=QUERY
  POST /api/v2/query?lang=gizmo   (the query as the request body)
  GET  /api/v2/read               (quads as N-Quads or JSON)

It listens on 127.0.0.1:64210 by default and is read-only unless
--writable is given; then Cayley's write and delete endpoints need the
bearer token serve.token (set it in NEWSGRAPH_SERVE_TOKEN or the
configuration file). Queries have the configured timeout, result limit and
memory budget, and at most --max-queries run at once. Requests must name
the server by a loopback or IP address, or by a name in --allowed-hosts
(so that a web page cannot reach it through DNS rebinding), come from the
server's own pages or an origin in --cors-origins, send their headers and
body within --read-timeout, and carry at most --max-body bytes. Ctrl-C
stops the server after the requests under way.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			c, err := loadConfig(cmd, e)
			if err != nil {
				return err
			}
			if c.Serve.Writable && c.Serve.Token == "" {
				return usagef("serve --writable needs a token for the write endpoints: set serve.token (NEWSGRAPH_SERVE_TOKEN, or token: under serve: in newsgraph.yaml) to a secret of at least 16 characters, and send it as \"Authorization: Bearer TOKEN\"")
			}
			ctx := cmd.Context()
			st, err := openStore(ctx, c, !c.Serve.Writable)
			if err != nil {
				return err
			}
			defer closeStore(st, &err)
			ln, err := net.Listen("tcp", c.Serve.Addr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			return serve(ctx, ln, st, c, e)
		},
	}
	config.Flags(cmd.Flags(), "store", "query", "serve")
	return cmd
}

// maxConnections bounds the connections served at once; slow clients
// cannot hold more, and each is dropped after serve.read_timeout.
const maxConnections = 256

// serve answers requests on ln until ctx is done, then shuts down
// gracefully.
func serve(ctx context.Context, ln net.Listener, st *graph.Store, c config.Config, e env) error {
	logger := slog.New(slog.NewTextHandler(e.stderr, nil))
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	ex := explore.New(st, explore.Options{Logger: logger})
	ex.Start(ctx)
	// The store is closed after serve returns: loads must have stopped.
	defer ex.Wait()
	defer stop()

	gizmo := st.Handler(graph.HTTPOptions{
		QueryOptions: graph.QueryOptions{Limit: c.Query.Limit, Timeout: c.Query.Timeout, MaxMemory: c.Query.MaxMemory},
		Writable:     c.Serve.Writable,
		MaxQueries:   c.Serve.MaxQueries,
	})
	mux := http.NewServeMux()
	mux.Handle("/api/v2/", guardWrites(gizmo, c.Serve, ex.Invalidate))
	mux.Handle("/", ex.Handler())
	var h http.Handler = explore.SecurityHeaders(checkOrigin(limitRequests(mux, c.Serve), c.Serve))
	if c.Serve.AccessLog {
		h = accessLog(h, logger)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: c.Serve.ReadTimeout,
		ReadTimeout:       c.Serve.ReadTimeout,
		// A query may take its timeout; the answer then has as long again
		// to reach a slow client.
		WriteTimeout:   2*c.Query.Timeout + c.Serve.ReadTimeout,
		IdleTimeout:    time.Minute,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	ln = netutil.LimitListener(ln, maxConnections)
	mode := "read-only"
	if c.Serve.Writable {
		mode = "writable"
	}
	fmt.Fprintf(e.stderr, "newsgraph: serving %s (%s): open http://%s/ (Gizmo: http://%s/api/v2/query?lang=gizmo)\n", st.Name(), mode, ln.Addr(), ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// writeError answers {"error": msg} with the status code.
func writeError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	b, _ := json.Marshal(map[string]string{"error": msg})
	w.Write(append(b, '\n'))
}

// limitRequests refuses requests whose Host is not allowed (see
// hostAllowed) and caps request bodies at c.MaxBody bytes.
func limitRequests(next http.Handler, c config.Serve) http.Handler {
	extra := map[string]bool{}
	for _, h := range strings.Split(c.AllowedHosts, ",") {
		if h = strings.ToLower(strings.TrimSpace(h)); h != "" {
			extra[h] = true
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !hostAllowed(r.Host, extra) {
			writeError(w, http.StatusForbidden, fmt.Sprintf("Host %q is not allowed: use a loopback or IP address, or add the name to serve.allowed_hosts", r.Host))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, c.MaxBody)
		next.ServeHTTP(w, r)
	})
}

// hostAllowed reports whether a request's Host header names this server in
// a way no other site can: an IP address (DNS rebinding needs a name),
// "localhost", or a name configured in extra. A page on an attacker's site
// that makes its name resolve to 127.0.0.1 still sends that name as Host.
func hostAllowed(host string, extra map[string]bool) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.ToLower(strings.TrimSuffix(strings.Trim(host, "[]"), "."))
	if host == "" {
		return false
	}
	if net.ParseIP(host) != nil || host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	return extra[host]
}

// checkOrigin refuses requests that a page of another site sends (their
// Origin header names another origin than the server's own), unless the
// origin is in c.CORSOrigins, whose pages may read the answers (CORS). A
// browser sends Origin with every cross-site request a script makes and
// with every form post, so another site's page can neither read the API
// nor make the server run queries; programs that send no Origin are not
// concerned.
func checkOrigin(next http.Handler, c config.Serve) http.Handler {
	allowed := map[string]bool{}
	for _, o := range strings.Split(c.CORSOrigins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			allowed[o] = true
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin == "" || origin == "http://"+r.Host {
			next.ServeHTTP(w, r)
			return
		}
		if !allowed[origin] && !allowed["*"] {
			writeError(w, http.StatusForbidden, fmt.Sprintf("requests from pages of %s are not allowed: add the origin to serve.cors_origins", origin))
			return
		}
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", origin)
		h.Add("Vary", "Origin")
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h.Set("Access-Control-Allow-Methods", "GET, HEAD, POST")
			h.Set("Access-Control-Allow-Headers", "Content-Type, Authorization")
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// writePaths are Cayley's endpoints that change the store.
var writePaths = map[string]bool{"/api/v2/write": true, "/api/v2/delete": true, "/api/v2/node/delete": true}

// guardWrites lets a request to Cayley's write and delete endpoints
// through only with the bearer token c.Token, and calls changed after a
// write that succeeded, so that the explorer reads the store again.
// Without --writable those endpoints do not exist.
func guardWrites(next http.Handler, c config.Serve, changed func()) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !writePaths[r.URL.Path] {
			next.ServeHTTP(w, r)
			return
		}
		if !c.Writable {
			writeError(w, http.StatusForbidden, "the server is read-only: start it with --writable to write")
			return
		}
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(token), []byte(c.Token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
			writeError(w, http.StatusUnauthorized, "writes need the server's token: send \"Authorization: Bearer TOKEN\" with serve.token")
			return
		}
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		if sw.status() < 300 {
			changed()
		}
	})
}

// A statusWriter records the status and size of an answer.
type statusWriter struct {
	http.ResponseWriter
	code  int
	bytes int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

func (w *statusWriter) status() int {
	if w.code == 0 {
		return http.StatusOK
	}
	return w.code
}

// accessLog logs each request: method, path (without the query, which may
// hold a Gizmo query), status, size, time and client. Headers, the token
// among them, are never logged.
func accessLog(next http.Handler, logger *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		logger.Info("request", "method", r.Method, "path", r.URL.Path, "query_bytes", len(r.URL.RawQuery), "status", sw.status(),
			"bytes", sw.bytes, "ms", float64(time.Since(start).Microseconds())/1000, "remote", r.RemoteAddr)
	})
}
