package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/net/netutil"

	"github.com/newsgraph/newsgraph/config"
	"github.com/newsgraph/newsgraph/graph"
)

func serveCmd(e env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve Cayley's HTTP API (Gizmo queries) over the graph",
		Long: `Serve answers Gizmo queries over HTTP with Cayley's API v2:

  GET  /api/v2/query?lang=gizmo&qu=QUERY
  POST /api/v2/query?lang=gizmo   (the query as the request body)
  GET  /api/v2/read               (quads as N-Quads or JSON)

It listens on 127.0.0.1:64210 by default and is read-only unless
--writable is given. Queries have the configured timeout, result limit and
memory budget, and at most --max-queries run at once. Requests must name
the server by a loopback or IP address, or by a name in --allowed-hosts
(so that a web page cannot reach it through DNS rebinding), send their
headers and body within --read-timeout, and carry at most --max-body bytes.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			c, err := loadConfig(cmd, e)
			if err != nil {
				return err
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
	api := st.Handler(graph.HTTPOptions{
		QueryOptions: graph.QueryOptions{Limit: c.Query.Limit, Timeout: c.Query.Timeout, MaxMemory: c.Query.MaxMemory},
		Writable:     c.Serve.Writable,
		MaxQueries:   c.Serve.MaxQueries,
	})
	srv := &http.Server{
		Handler:           limitRequests(api, c.Serve),
		ReadHeaderTimeout: c.Serve.ReadTimeout,
		ReadTimeout:       c.Serve.ReadTimeout,
		// A query may take its timeout; the answer then has as long again
		// to reach a slow client.
		WriteTimeout:   2*c.Query.Timeout + c.Serve.ReadTimeout,
		IdleTimeout:    time.Minute,
		MaxHeaderBytes: 64 << 10,
	}
	ln = netutil.LimitListener(ln, maxConnections)
	mode := "read-only"
	if c.Serve.Writable {
		mode = "writable"
	}
	fmt.Fprintf(e.stderr, "newsgraph: serving %s (%s) on http://%s/api/v2/query?lang=gizmo\n", st.Name(), mode, ln.Addr())
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
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusForbidden)
			b, _ := json.Marshal(map[string]string{"error": fmt.Sprintf("Host %q is not allowed: use a loopback or IP address, or add the name to serve.allowed_hosts", r.Host)})
			w.Write(append(b, '\n'))
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
