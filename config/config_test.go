package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

func load(t *testing.T, args []string, env []string, file string) (Config, error) {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	if file != "" {
		if err := os.WriteFile(filepath.Join(dir, "newsgraph.yaml"), []byte(file), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	Flags(fs, "store", "extract", "query", "serve")
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return Load(fs, env)
}

func TestPrecedence(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  []string
		file string
		want string
	}{
		{"default", nil, nil, "", "newsgraph.db"},
		{"file", nil, nil, "store:\n  path: file.db\n", "file.db"},
		{"env over file", nil, []string{"NEWSGRAPH_STORE_PATH=env.db"}, "store:\n  path: file.db\n", "env.db"},
		{"flag over env", []string{"--store", "flag.db"}, []string{"NEWSGRAPH_STORE_PATH=env.db"}, "store:\n  path: file.db\n", "flag.db"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := load(t, tt.args, tt.env, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if c.Store.Path != tt.want {
				t.Errorf("got %q, want %q", c.Store.Path, tt.want)
			}
		})
	}
}

func TestTypes(t *testing.T) {
	c, err := load(t, []string{"--timeout", "3s", "--workers", "3"}, []string{"NEWSGRAPH_QUERY_LIMIT=7", "NEWSGRAPH_EXTRACT_KEEP_GOING=true"}, "serve:\n  addr: 127.0.0.1:9000\n")
	if err != nil {
		t.Fatal(err)
	}
	if c.Query.Timeout != 3*time.Second || c.Extract.Workers != 3 || c.Query.Limit != 7 || !c.Extract.KeepGoing || c.Serve.Addr != "127.0.0.1:9000" {
		t.Errorf("got %+v", c)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		env   []string
		file  string
		field string // FieldError expected for this field; "" = other error
		msg   string
	}{
		{"unknown key", nil, nil, "store:\n  backnd: bolt\n", "", "unknown keys store.backnd"},
		{"bad yaml", nil, nil, "store: [\n", "", "newsgraph.yaml"},
		{"workers", []string{"--workers", "0"}, nil, "", "extract.workers", "config extract.workers=0: out of range: want 1..256"},
		{"backend", nil, []string{"NEWSGRAPH_STORE_BACKEND=postgres"}, "", "store.backend", "postgres"},
		{"addr", nil, nil, "serve:\n  addr: nowhere\n", "serve.addr", "host:port"},
		{"bad duration", nil, []string{"NEWSGRAPH_QUERY_TIMEOUT=soon"}, "", "", "timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(t, tt.args, tt.env, tt.file)
			if err == nil {
				t.Fatal("got no error")
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("got %q, want it to contain %q", err, tt.msg)
			}
			if tt.field != "" {
				var fe *FieldError
				if !errors.As(err, &fe) || fe.Field != tt.field {
					t.Errorf("got %v, want a FieldError for %s", err, tt.field)
				}
			}
		})
	}
}
