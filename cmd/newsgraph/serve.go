package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

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
--writable is given. Queries have the configured timeout and result limit.`,
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

// serve answers requests on ln until ctx is done, then shuts down
// gracefully.
func serve(ctx context.Context, ln net.Listener, st *graph.Store, c config.Config, e env) error {
	srv := &http.Server{
		Handler: st.Handler(graph.HTTPOptions{
			QueryOptions: graph.QueryOptions{Limit: c.Query.Limit, Timeout: c.Query.Timeout},
			Writable:     c.Serve.Writable,
		}),
		ReadHeaderTimeout: 10 * time.Second,
	}
	mode := "read-only"
	if c.Serve.Writable {
		mode = "writable"
	}
	fmt.Fprintf(e.stderr, "newsgraph: serving %s (%s) on http://%s/api/v2/query?lang=gizmo\n", c.Store.Path, mode, ln.Addr())
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
