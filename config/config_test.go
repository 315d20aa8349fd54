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

// TestPostgresStore configures a PostgreSQL store from each layer; the
// test suite's NEWSGRAPH_TEST_* variables are no configuration errors.
func TestPostgresStore(t *testing.T) {
	c, err := load(t, []string{"--backend", "postgres", "--password-file", "pw"},
		[]string{"NEWSGRAPH_STORE_PATH=postgres://ann@db.example/news", "NEWSGRAPH_TEST_POSTGRES=postgres://x@y/z"},
		"store:\n  backend: bolt\n")
	if err != nil {
		t.Fatal(err)
	}
	if c.Store.Backend != "postgres" || c.Store.Path != "postgres://ann@db.example/news" || c.Store.PasswordFile != "pw" {
		t.Errorf("got %+v", c.Store)
	}
	// A password in an invalid address is not printed.
	_, err = load(t, []string{"--backend", "postgres", "--store", "ann:secret@db/news"}, nil, "")
	if err == nil || strings.Contains(err.Error(), "secret") {
		t.Errorf("got %v", err)
	}
}

// TestFileTypes: values in the file take the type of their key.
func TestFileTypes(t *testing.T) {
	c, err := load(t, nil, nil, "query:\n  timeout: 1m30s\n  limit: 5\nextract:\n  max_bytes: '1000'\n  keep_going: true\n")
	if err != nil {
		t.Fatal(err)
	}
	if c.Query.Timeout != 90*time.Second || c.Query.Limit != 5 || c.Extract.MaxBytes != 1000 || !c.Extract.KeepGoing {
		t.Errorf("got %+v", c)
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
		{"backend", nil, []string{"NEWSGRAPH_STORE_BACKEND=mysql"}, "", "store.backend", "mysql"},
		{"postgres without an address", nil, []string{"NEWSGRAPH_STORE_BACKEND=postgres"}, "", "store.path", "want a connection string"},
		{"postgres with a file", nil, []string{"NEWSGRAPH_STORE_BACKEND=cockroach", "NEWSGRAPH_STORE_PATH=news.db"}, "", "store.path", "the default newsgraph.db is a Bolt file"},
		{"addr", nil, nil, "serve:\n  addr: nowhere\n", "serve.addr", "host:port"},
		{"bad duration", nil, []string{"NEWSGRAPH_QUERY_TIMEOUT=soon"}, "", "query.timeout", "config query.timeout=soon (NEWSGRAPH_QUERY_TIMEOUT): invalid: want a duration with its unit"},
		{"duration without unit in file", nil, nil, "query:\n  timeout: 30\n", "query.timeout", "config query.timeout=30 (newsgraph.yaml): invalid: want a duration with its unit, such as 30s or 2m"},
		{"duration without unit in env", nil, []string{"NEWSGRAPH_QUERY_TIMEOUT=30"}, "", "query.timeout", "config query.timeout=30 (NEWSGRAPH_QUERY_TIMEOUT): invalid"},
		{"fraction in file", nil, nil, "query:\n  limit: 5.7\n", "query.limit", "config query.limit=5.7 (newsgraph.yaml): invalid: want a whole number"},
		{"fraction in env", nil, []string{"NEWSGRAPH_QUERY_LIMIT=5.7"}, "", "query.limit", "config query.limit=5.7 (NEWSGRAPH_QUERY_LIMIT): invalid: want a whole number"},
		{"bool in file", nil, nil, "extract:\n  keep_going: 3\n", "extract.keep_going", "want true or false"},
		{"misspelled env", nil, []string{"NEWSGRAPH_STORE_PTH=x.db"}, "", "", "config: unknown environment variables NEWSGRAPH_STORE_PTH (did you mean NEWSGRAPH_STORE_PATH?)"},
		{"unknown env", nil, []string{"NEWSGRAPH_COLOUR=blue"}, "", "", "unknown environment variables NEWSGRAPH_COLOUR (known: NEWSGRAPH_CONFIG, "},
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

// FuzzLoad reads arbitrary bytes as the configuration file and as the
// value of an environment variable: Load must return a valid
// configuration or an error, never panic.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("store:\n  path: a.db\nquery:\n  timeout: 30s\n  limit: 5\n"), "NEWSGRAPH_QUERY_LIMIT", "7")
	f.Add([]byte("query:\n  timeout: 30\n"), "NEWSGRAPH_QUERY_TIMEOUT", "1h")
	f.Add([]byte("extract: {workers: [1, 2], keep_going: yes}\n"), "NEWSGRAPH_EXTRACT_MAX_BYTES", "-1")
	f.Add([]byte("serve:\n  addr: !!binary aGVsbG8=\n"), "NEWSGRAPH_SERVE_WRITABLE", "maybe")
	f.Fuzz(func(t *testing.T, file []byte, name, value string) {
		dir := t.TempDir()
		path := filepath.Join(dir, "c.yaml")
		if err := os.WriteFile(path, file, 0o644); err != nil {
			t.Fatal(err)
		}
		fs := pflag.NewFlagSet("fuzz", pflag.ContinueOnError)
		Flags(fs, "store", "extract", "query", "serve")
		if err := fs.Parse([]string{"--config", path}); err != nil {
			t.Fatal(err)
		}
		c, err := Load(fs, []string{name + "=" + value})
		if err != nil {
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("Load returned a configuration that does not validate: %v", err)
		}
	})
}
