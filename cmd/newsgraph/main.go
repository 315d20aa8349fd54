// Command newsgraph turns news articles into a knowledge graph: it extracts
// subject–predicate–object facts with their sources into a Cayley store,
// exports the graph as GraphML, DOT, JSON-LD, CSV or N-Quads, and answers
// Gizmo queries from the command line and over HTTP.
//
// Run `newsgraph help` for the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func main() {
	// The first Ctrl-C (or SIGTERM) cancels ctx, so that a build stops
	// cleanly after the batch it is writing; a second one kills at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop()
	}()
	err := run(ctx, os.Args[1:], env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, environ: os.Environ(),
		isTerminal: term.IsTerminal(int(os.Stderr.Fd()))})
	if err != nil {
		fmt.Fprintln(os.Stderr, "newsgraph:", err)
		var ue *usageError
		if errors.As(err, &ue) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// env is what a run sees of the process: its streams and environment, so
// that tests can run commands with buffers.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	environ        []string
	// isTerminal reports whether stderr is a terminal (progress bars).
	isTerminal bool
}

// A usageError is a mistake in the command line; main exits with status 2.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// A stickyWriter remembers the first error of the writes to w and fails
// every write after it, so that a command whose output was lost (a full
// disk, a closed pipe) fails although it printed with fmt.Fprintf.
type stickyWriter struct {
	w   io.Writer
	err error
}

func (s *stickyWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	s.err = err
	return n, err
}

// run parses args and runs one command. A command that could not write
// all of its standard output fails, whatever it returned.
func run(ctx context.Context, args []string, e env) (err error) {
	out := &stickyWriter{w: e.stdout}
	e.stdout = out
	defer func() {
		if err == nil && out.err != nil {
			err = fmt.Errorf("write standard output: %w", out.err)
		}
	}()
	root := &cobra.Command{
		Use:   "newsgraph",
		Short: "Turn news articles into a knowledge graph",
		Long: `newsgraph reads news articles (text, Markdown, HTML, CSV, JSONL), extracts
entities and subject–predicate–object facts with their sources, stores them
in a Cayley graph, and exports the graph for Gephi (GraphML, CSV), Graphviz
(DOT) and the web (JSON-LD), or answers Gizmo queries over it.

Configuration: flags, then NEWSGRAPH_* environment variables
(NEWSGRAPH_STORE_PATH, …), then newsgraph.yaml (or --config FILE).`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetArgs(args)
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &usageError{fmt.Errorf("%w (see '%s --help')", err, c.CommandPath())}
	})
	root.AddCommand(
		buildCmd(e),
		exportCmd(e),
		importCmd(e),
		queryCmd(e),
		serveCmd(e),
		statsCmd(e),
		checkCmd(e),
		evalCmd(e),
		openieCmd(e),
	)
	var cpuProfile, memProfile string
	root.PersistentFlags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile to `FILE` (for go tool pprof)")
	root.PersistentFlags().StringVar(&memProfile, "memprofile", "", "write a heap profile to `FILE` when the command ends")
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		if cpuProfile == "" {
			return nil
		}
		f, err := os.Create(cpuProfile)
		if err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return fmt.Errorf("cpu profile: %w", err)
		}
		return nil
	}
	defer func() {
		if cpuProfile != "" {
			pprof.StopCPUProfile()
		}
		if memProfile != "" {
			if f, err := os.Create(memProfile); err == nil {
				pprof.WriteHeapProfile(f)
				f.Close()
			}
		}
	}()
	// Without subcommand, root prints its help; with an unknown one, it
	// fails as cobra would, but with a usage error.
	root.Args = func(c *cobra.Command, args []string) error {
		if len(args) == 0 {
			return nil
		}
		msg := fmt.Sprintf("unknown command %q for %q", args[0], c.CommandPath())
		if s := c.SuggestionsFor(args[0]); len(s) > 0 {
			msg += "\n\nDid you mean this?\n\t" + strings.Join(s, "\n\t") + "\n"
		}
		return usagef("%s (see '%s --help')", msg, c.CommandPath())
	}
	root.SuggestionsMinimumDistance = 2
	root.RunE = func(c *cobra.Command, args []string) error { return c.Help() }
	usageArgs(root)
	_, err = root.ExecuteContextC(ctx)
	return err
}

// usageArgs makes the argument checks of c's subcommands, and theirs,
// return usage errors.
func usageArgs(c *cobra.Command) {
	for _, sub := range c.Commands() {
		if check := sub.Args; check != nil {
			sub.Args = func(c *cobra.Command, args []string) error {
				if err := check(c, args); err != nil {
					return &usageError{fmt.Errorf("%w (see '%s --help')", err, c.CommandPath())}
				}
				return nil
			}
		}
		usageArgs(sub)
	}
}
