// Package config loads newsgraph's configuration: command-line flags, then
// NEWSGRAPH_* environment variables, then a YAML file (newsgraph.yaml in the
// working directory, or --config FILE), then defaults. It is the only
// package that imports viper; everything else takes plain values.
package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

// Config is the whole configuration.
type Config struct {
	Store   Store   `mapstructure:"store"`
	Extract Extract `mapstructure:"extract"`
	Query   Query   `mapstructure:"query"`
	Serve   Serve   `mapstructure:"serve"`
}

// Store says where the graph lives.
type Store struct {
	Path         string `mapstructure:"path"`          // Bolt file, or a PostgreSQL connection string
	Backend      string `mapstructure:"backend"`       // bolt, memory, postgres or cockroach
	PasswordFile string `mapstructure:"password_file"` // .pgpass-style file with the database password
}

// Extract configures the build.
type Extract struct {
	Extractor  string `mapstructure:"extractor"`   // which extractor reads the articles
	Workers    int    `mapstructure:"workers"`     // documents extracted at once
	BatchQuads int    `mapstructure:"batch_quads"` // quads written per transaction
	KeepGoing  bool   `mapstructure:"keep_going"`  // skip documents that fail instead of stopping
	MaxBytes   int64  `mapstructure:"max_bytes"`   // largest file or row read
}

// Query limits Gizmo queries, from the command line and over HTTP.
type Query struct {
	Timeout   time.Duration `mapstructure:"timeout"`
	Limit     int           `mapstructure:"limit"`
	MaxMemory int64         `mapstructure:"max_memory"` // heap bytes one query may add
}

// Serve configures the HTTP API.
type Serve struct {
	Addr         string        `mapstructure:"addr"`
	Writable     bool          `mapstructure:"writable"`
	MaxQueries   int           `mapstructure:"max_queries"`   // queries run at once
	MaxBody      int64         `mapstructure:"max_body"`      // largest request body, bytes
	ReadTimeout  time.Duration `mapstructure:"read_timeout"`  // to read a request's headers and body
	AllowedHosts string        `mapstructure:"allowed_hosts"` // Host names accepted besides loopback, comma-separated
	Token        string        `mapstructure:"token"`         // bearer token writes need (with Writable); never logged
	CORSOrigins  string        `mapstructure:"cors_origins"`  // origins other sites' pages may call the API from, comma-separated
	AccessLog    bool          `mapstructure:"access_log"`    // log each request to stderr
}

// Extractors lists the known extractor names; the first is the default.
var Extractors = []string{"parse"}

// Default returns the configuration used when nothing is set. Settings
// that a library package also defaults take that package's default, so
// that each has one.
func Default() Config {
	return Config{
		Store: Store{Path: "newsgraph.db", Backend: graph.Bolt},
		Extract: Extract{Extractor: Extractors[0], Workers: newsgraph.DefaultWorkers(), BatchQuads: newsgraph.DefaultBatchQuads,
			MaxBytes: ingest.DefaultMaxBytes},
		Query: Query{Timeout: graph.DefaultQueryTimeout, Limit: graph.DefaultQueryLimit, MaxMemory: graph.DefaultQueryMemory},
		Serve: Serve{Addr: "127.0.0.1:64210", MaxQueries: graph.DefaultMaxQueries, MaxBody: 1 << 20, ReadTimeout: 10 * time.Second, AccessLog: true},
	}
}

// A flagDef ties a configuration key to its command-line flag.
type flagDef struct {
	key, flag, usage string
}

var flagDefs = []flagDef{
	{"store.path", "store", "the graph store: a Bolt file, or for --backend postgres/cockroach a connection string (postgres://USER@HOST[:PORT]/DATABASE)"},
	{"store.backend", "backend", "store backend: " + strings.Join(graph.Backends, ", ")},
	{"store.password_file", "password-file", "file in .pgpass format with the database password (default: PGPASSWORD, PGPASSFILE, ~/.pgpass)"},
	{"extract.extractor", "extractor", "extractor: " + strings.Join(Extractors, ", ")},
	{"extract.workers", "workers", "documents extracted at once"},
	{"extract.batch_quads", "batch-quads", "quads written per store transaction (unless set, documents new to the store go in transactions of 50000)"},
	{"extract.keep_going", "keep-going", "skip documents that cannot be read or extracted, report them at the end"},
	{"extract.max_bytes", "max-bytes", "largest file or CSV/JSONL row read, in bytes"},
	{"query.timeout", "timeout", "query timeout"},
	{"query.limit", "limit", "most results a query returns"},
	{"serve.addr", "addr", "address the HTTP API listens on"},
	{"serve.writable", "writable", "enable the HTTP write and delete endpoints"},
	{"query.max_memory", "max-memory", "heap bytes one query may add before it is stopped"},
	{"serve.max_queries", "max-queries", "queries the HTTP API runs at once (more wait, then get 503)"},
	{"serve.max_body", "max-body", "largest HTTP request body, in bytes"},
	{"serve.read_timeout", "read-timeout", "time a client has to send a request's headers and body"},
	{"serve.allowed_hosts", "allowed-hosts", "Host header names accepted besides loopback ones, comma-separated (DNS rebinding guard)"},
	{"serve.token", "token", "bearer token the write endpoints require with --writable (better set in NEWSGRAPH_SERVE_TOKEN or the file than on the command line)"},
	{"serve.cors_origins", "cors-origins", "origins (https://example.org) whose pages may call the API, comma-separated; none by default"},
	{"serve.access_log", "access-log", "log each HTTP request to stderr"},
}

// Flags declares on fs, with their defaults, the flags of the given
// configuration keys ("extract.batch_quads") and sections ("store": every
// key of the section), plus --config. A command declares only the
// settings it uses.
func Flags(fs *pflag.FlagSet, keys ...string) {
	d := Default()
	if fs.Lookup("config") == nil {
		fs.String("config", "", "configuration file (default: ./newsgraph.yaml when present)")
	}
	for _, f := range flagDefs {
		if !selected(f.key, keys) || fs.Lookup(f.flag) != nil {
			continue
		}
		switch v := lookupDefault(d, f.key).(type) {
		case string:
			fs.String(f.flag, v, f.usage)
		case int:
			fs.Int(f.flag, v, f.usage)
		case int64:
			fs.Int64(f.flag, v, f.usage)
		case bool:
			fs.Bool(f.flag, v, f.usage)
		case time.Duration:
			fs.Duration(f.flag, v, f.usage)
		default:
			panic(fmt.Sprintf("config: no flag type for %s", f.key))
		}
	}
}

// selected reports whether key is one of keys or in one of their sections.
func selected(key string, keys []string) bool {
	for _, k := range keys {
		if key == k || strings.HasPrefix(key, k+".") {
			return true
		}
	}
	return false
}

// lookupDefault returns the value of key ("store.path") in c, found by the
// mapstructure tags of Config's fields, so that keys and fields cannot
// drift apart.
func lookupDefault(c Config, key string) any {
	v := reflect.ValueOf(c)
	for _, part := range strings.Split(key, ".") {
		found := false
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).Tag.Get("mapstructure") == part {
				v, found = v.Field(i), true
				break
			}
		}
		if !found {
			return nil
		}
	}
	return v.Interface()
}

// Load builds the configuration from the flags declared on fs, the
// environment (NEWSGRAPH_STORE_PATH, NEWSGRAPH_QUERY_TIMEOUT, …; environ is
// os.Environ() in production), the configuration file and the defaults, in
// that order of precedence, and validates it. Unknown keys in the file are
// errors.
func Load(fs *pflag.FlagSet, environ []string) (Config, error) {
	v := viper.New()
	d := Default()
	for _, f := range flagDefs {
		v.SetDefault(f.key, lookupDefault(d, f.key))
	}
	env := envMap(environ)

	// Each layer overrides the one before: file, then environment, then
	// flags given on the command line.
	file := ""
	if fl := fs.Lookup("config"); fl != nil && fl.Value.String() != "" {
		file = fl.Value.String()
	} else if f := env["NEWSGRAPH_CONFIG"]; f != "" {
		file = f
	} else if _, err := os.Stat("newsgraph.yaml"); err == nil {
		file = "newsgraph.yaml"
	}
	if file != "" {
		if err := readFile(file, v); err != nil {
			return Config{}, err
		}
	}
	if err := checkEnv(env); err != nil {
		return Config{}, err
	}
	var errs []error
	for _, f := range flagDefs {
		name := envName(f.key)
		if raw, ok := env[name]; ok {
			val, err := parseValue(f.key, raw, name)
			errs = append(errs, err)
			v.Set(f.key, val)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return Config{}, err
	}
	for _, f := range flagDefs {
		if fl := fs.Lookup(f.flag); fl != nil && fl.Changed {
			v.Set(f.key, fl.Value.String())
		}
	}

	var c Config
	if err := v.UnmarshalExact(&c); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	if err := c.Validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

// readFile sets in v every value of the YAML file name, rejecting keys the
// configuration does not have.
func readFile(name string, v *viper.Viper) error {
	fv := viper.New()
	fv.SetConfigFile(name)
	fv.SetConfigType("yaml")
	if err := fv.ReadInConfig(); err != nil {
		return fmt.Errorf("config file %s: %w", name, err)
	}
	known := make(map[string]bool)
	for _, f := range flagDefs {
		known[f.key] = true
	}
	var unknown []string
	for _, k := range fv.AllKeys() {
		if !known[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return fmt.Errorf("config file %s: unknown keys %s (known: %s)", name, strings.Join(unknown, ", "), strings.Join(Keys(), ", "))
	}
	var errs []error
	for _, k := range fv.AllKeys() {
		val, err := parseValue(k, fv.Get(k), name)
		errs = append(errs, err)
		v.Set(k, val)
	}
	return errors.Join(errs...)
}

// parseValue returns the value raw, read for key from source (a file or an
// environment variable), as the type of the key: a number where a whole
// number is wanted is an error (limit: 5.7 is not 5), and so is a bare
// number where a duration is wanted (timeout: 30 is neither 30 ns nor 30
// s: the unit must be written, as on the command line and in the
// environment).
func parseValue(key string, raw any, source string) (any, error) {
	bad := func(want string) (any, error) {
		return raw, &FieldError{Field: key, Value: raw, Source: source, Err: ErrInvalid, Want: want}
	}
	s, isString := raw.(string)
	switch lookupDefault(Default(), key).(type) {
	case time.Duration:
		if !isString {
			return bad("a duration with its unit, such as 30s or 2m")
		}
		d, err := time.ParseDuration(strings.TrimSpace(s))
		if err != nil {
			return bad("a duration with its unit, such as 30s or 2m")
		}
		return d, nil
	case int, int64:
		switch x := raw.(type) {
		case int, int64, uint64:
			return x, nil
		case string:
			n, err := strconv.ParseInt(strings.TrimSpace(x), 10, 64)
			if err != nil {
				return bad("a whole number")
			}
			return n, nil
		}
		return bad("a whole number")
	case bool:
		switch x := raw.(type) {
		case bool:
			return x, nil
		case string:
			b, err := strconv.ParseBool(strings.TrimSpace(x))
			if err != nil {
				return bad("true or false")
			}
			return b, nil
		}
		return bad("true or false")
	case string:
		if !isString {
			return bad("a string")
		}
	}
	return raw, nil
}

// envName returns the environment variable of a configuration key.
func envName(key string) string {
	return "NEWSGRAPH_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// checkEnv fails on a NEWSGRAPH_ variable that names no configuration
// key, as a misspelled key in the file does: a misspelled variable would
// otherwise leave its setting at the default unnoticed. NEWSGRAPH_TEST_*
// variables belong to the test suite (they name the databases it may
// use) and are left alone.
func checkEnv(env map[string]string) error {
	known := []string{"NEWSGRAPH_CONFIG"}
	for _, f := range flagDefs {
		known = append(known, envName(f.key))
	}
	sort.Strings(known)
	var unknown []string
	for k := range env {
		if !slices.Contains(known, k) && !strings.HasPrefix(k, "NEWSGRAPH_TEST_") {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	for i, u := range unknown {
		if near := nearest(u, known); near != "" {
			unknown[i] = fmt.Sprintf("%s (did you mean %s?)", u, near)
		}
	}
	return fmt.Errorf("config: unknown environment variables %s (known: %s)", strings.Join(unknown, ", "), strings.Join(known, ", "))
}

// nearest returns the word of words within three edits of w, or "".
func nearest(w string, words []string) string {
	best, bestD := "", 4
	for _, x := range words {
		if d := lexicon.EditDistance([]rune(w), []rune(x), 3); d < bestD {
			best, bestD = x, d
		}
	}
	return best
}

// sqlAddress reports whether addr looks like a PostgreSQL connection
// string: a postgres:// or postgresql:// URL, or key=value settings.
func sqlAddress(addr string) bool {
	addr = strings.TrimSpace(addr)
	return strings.HasPrefix(addr, "postgres://") || strings.HasPrefix(addr, "postgresql://") || strings.Contains(addr, "=")
}

// Keys returns every configuration key, sorted.
func Keys() []string {
	var ks []string
	for _, f := range flagDefs {
		ks = append(ks, f.key)
	}
	sort.Strings(ks)
	return ks
}

func envMap(environ []string) map[string]string {
	m := make(map[string]string)
	for _, kv := range environ {
		if k, val, ok := strings.Cut(kv, "="); ok && strings.HasPrefix(k, "NEWSGRAPH_") {
			m[k] = val
		}
	}
	return m
}

// ErrOutOfRange and ErrInvalid are the causes of FieldErrors.
var (
	ErrOutOfRange = errors.New("out of range")
	ErrInvalid    = errors.New("invalid")
)

// A FieldError is a configuration value that is not allowed.
type FieldError struct {
	Field  string
	Value  any
	Source string // the file or environment variable it came from, when known
	Err    error
	Want   string
}

func (e *FieldError) Error() string {
	if e.Source != "" {
		return fmt.Sprintf("config %s=%v (%s): %v: want %s", e.Field, e.Value, e.Source, e.Err, e.Want)
	}
	return fmt.Sprintf("config %s=%v: %v: want %s", e.Field, e.Value, e.Err, e.Want)
}

func (e *FieldError) Unwrap() error { return e.Err }

// Validate checks every value.
func (c Config) Validate() error {
	var errs []error
	bad := func(field string, val any, err error, want string) {
		errs = append(errs, &FieldError{Field: field, Value: val, Err: err, Want: want})
	}
	switch c.Store.Backend {
	case graph.Bolt, graph.Memory, graph.Postgres, graph.Cockroach:
	default:
		bad("store.backend", c.Store.Backend, ErrInvalid, strings.Join(graph.Backends, ", "))
	}
	if c.Store.Backend == graph.Bolt && strings.TrimSpace(c.Store.Path) == "" {
		bad("store.path", c.Store.Path, ErrInvalid, "a file path")
	}
	if sql := c.Store.Backend == graph.Postgres || c.Store.Backend == graph.Cockroach; sql && !sqlAddress(c.Store.Path) {
		// Never print the value: an address may hold a password.
		errs = append(errs, &FieldError{Field: "store.path", Value: graph.RedactAddress(c.Store.Path), Err: ErrInvalid,
			Want: "a connection string, postgres://USER@HOST[:PORT]/DATABASE or host=… dbname=… (the default newsgraph.db is a Bolt file)"})
	}
	known := false
	for _, e := range Extractors {
		known = known || e == c.Extract.Extractor
	}
	if !known {
		bad("extract.extractor", c.Extract.Extractor, ErrInvalid, strings.Join(Extractors, " or "))
	}
	if c.Extract.Workers < 1 || c.Extract.Workers > 256 {
		bad("extract.workers", c.Extract.Workers, ErrOutOfRange, "1..256")
	}
	if c.Extract.BatchQuads < 1 || c.Extract.BatchQuads > 10_000_000 {
		bad("extract.batch_quads", c.Extract.BatchQuads, ErrOutOfRange, "1..10000000")
	}
	if c.Extract.MaxBytes < 1 {
		bad("extract.max_bytes", c.Extract.MaxBytes, ErrOutOfRange, "at least 1")
	}
	if c.Query.Timeout <= 0 || c.Query.Timeout > 24*time.Hour {
		bad("query.timeout", c.Query.Timeout, ErrOutOfRange, "more than 0s, at most 24h")
	}
	if c.Query.Limit < 1 || c.Query.Limit > 10_000_000 {
		bad("query.limit", c.Query.Limit, ErrOutOfRange, "1..10000000")
	}
	if c.Query.MaxMemory < 16<<20 || c.Query.MaxMemory > 64<<30 {
		bad("query.max_memory", c.Query.MaxMemory, ErrOutOfRange, "16 MiB..64 GiB, in bytes")
	}
	if c.Serve.MaxQueries < 1 || c.Serve.MaxQueries > 1024 {
		bad("serve.max_queries", c.Serve.MaxQueries, ErrOutOfRange, "1..1024")
	}
	if c.Serve.MaxBody < 1<<10 || c.Serve.MaxBody > 1<<30 {
		bad("serve.max_body", c.Serve.MaxBody, ErrOutOfRange, "1 KiB..1 GiB, in bytes")
	}
	if c.Serve.ReadTimeout <= 0 || c.Serve.ReadTimeout > 10*time.Minute {
		bad("serve.read_timeout", c.Serve.ReadTimeout, ErrOutOfRange, "more than 0s, at most 10m")
	}
	for _, h := range strings.Split(c.Serve.AllowedHosts, ",") {
		if h = strings.TrimSpace(h); h != "" && strings.ContainsAny(h, "/ @") {
			bad("serve.allowed_hosts", c.Serve.AllowedHosts, ErrInvalid, "host names separated by commas")
			break
		}
	}
	if t := c.Serve.Token; t != "" && (len(t) < 16 || strings.ContainsAny(t, " \t\r\n")) {
		// The value is never printed: it is a secret.
		errs = append(errs, &FieldError{Field: "serve.token", Value: "(hidden)", Err: ErrInvalid, Want: "at least 16 characters without spaces"})
	}
	for _, o := range strings.Split(c.Serve.CORSOrigins, ",") {
		if o = strings.TrimSpace(o); o != "" && o != "*" && !validOrigin(o) {
			bad("serve.cors_origins", c.Serve.CORSOrigins, ErrInvalid, "origins such as https://example.org (scheme, host and port only) or *, separated by commas")
			break
		}
	}
	if _, _, err := net.SplitHostPort(c.Serve.Addr); err != nil {
		bad("serve.addr", c.Serve.Addr, ErrInvalid, "host:port")
	}
	return errors.Join(errs...)
}

// validOrigin reports whether o is a web origin: an http or https scheme
// and a host, with no path, query or fragment.
func validOrigin(o string) bool {
	u, err := url.Parse(o)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && u.Path == "" && u.RawQuery == "" &&
		u.Fragment == "" && u.User == nil && o == u.Scheme+"://"+u.Host
}
