package graph

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/jackc/pgpassfile"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/newsgraph/newsgraph"
)

// A store in PostgreSQL (or CockroachDB, which speaks its wire protocol)
// holds the graph in Cayley's SQL layout (Cayley v0.7.7, graph/sql):
//
//	nodes(hash, refs, value, value_string, datatype, language, iri, bnode,
//	      value_int, value_bool, value_float, value_time)
//	quads(horizon, subject_hash, predicate_hash, object_hash, label_hash, ts)
//
// hash is the SHA-1 of a value (cgraph.HashOf), refs the number of quad
// directions that refer to it; each value is written in the columns of its
// kind (csql.NodeValues). Cayley reads these tables to answer Gizmo
// queries (graph/sql's QuadStore, opened through pgx's database/sql
// driver), and newsgraph writes them itself (pgwrite.go): COPY, far faster
// than Cayley's writer, checked row for row against it in the tests.
//
// Beside them, newsgraph keeps its bookkeeping in tables of its own:
// newsgraph_meta (the format) and newsgraph_docs (each document's graph
// hash, record, see newsgraph.Record, and text, see newsgraph.DocText). A
// database is opened only when it is empty (a store is created) or holds a
// newsgraph store; anything else is refused untouched.

// SQL backends.
const (
	Postgres  = "postgres"  // a PostgreSQL database
	Cockroach = "cockroach" // a CockroachDB database (PostgreSQL wire protocol)
)

// Errors of SQL stores.
var (
	// ErrAddress reports a store address that is not a PostgreSQL
	// connection string.
	ErrAddress = errors.New("not a PostgreSQL address")
	// ErrConnect reports a database that could not be reached or refused
	// the login.
	ErrConnect = errors.New("cannot connect to the database")
	// ErrNotStore reports a database that holds tables newsgraph did not
	// create.
	ErrNotStore = errors.New("not a newsgraph store")
)

// storeFormat is newsgraph_meta's format of the layout this version
// writes.
const storeFormat = "newsgraph-sql/2"

// formatNoTexts is the format of stores written before document texts
// were kept: newsgraph_docs has no doc_text. Opening one for writing adds
// the column (sqlStore.upgrade); opened read-only, it is read as it is,
// without texts.
const formatNoTexts = "newsgraph-sql/1"

// textColumn is newsgraph_docs' column of document texts, which stores of
// formatNoTexts lack.
const textColumn = "doc_text"

// Cayley flavors of newsgraph's SQL stores: Cayley's PostgreSQL and
// CockroachDB table layouts, reached through pgx (the same driver as
// newsgraph's own reads and writes) instead of lib/pq and pgx v3.
const (
	flavorPostgres  = "newsgraph-postgres"
	flavorCockroach = "newsgraph-cockroach"
)

func init() {
	dialect := csql.QueryDialect{
		RegexpOp:    "~",
		FieldQuote:  func(s string) string { return pgx.Identifier{s}.Sanitize() },
		Placeholder: func(n int) string { return fmt.Sprintf("$%d", n) },
	}
	csql.Register(flavorPostgres, csql.Registration{
		Driver:             "pgx/v5",
		HashType:           "BYTEA",
		BytesType:          "BYTEA",
		HorizonType:        "BIGSERIAL",
		TimeType:           "timestamp with time zone",
		QueryDialect:       dialect,
		ConditionalIndexes: true,
		FillFactor:         true,
		NoForeignKeys:      true,
		Error:              sqlTableError,
		Estimated: func(table string) string {
			return "SELECT reltuples::BIGINT FROM pg_class WHERE relname = '" + table + "'"
		},
		RunTx: cayleyRunTx,
	})
	csql.Register(flavorCockroach, csql.Registration{
		Driver:              "pgx/v5",
		HashType:            "BYTEA",
		BytesType:           "BYTEA",
		HorizonType:         "BIGSERIAL",
		TimeType:            "timestamp with time zone",
		NodesTableExtra:     cockroachFamilies,
		QueryDialect:        dialect,
		NoForeignKeys:       true,
		Error:               sqlTableError,
		RunTx:               cayleyRunTx,
		TxRetry:             cockroachRetry,
		NoSchemaChangesInTx: true,
	})
}

// cockroachFamilies groups the columns of CockroachDB's nodes table as
// Cayley's cockroach backend does, so that a reference count update does
// not rewrite the value.
const cockroachFamilies = `FAMILY fhash (hash),
	FAMILY frefs (refs),
	FAMILY fvalue (value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time)`

// sqlTableError turns "table exists" into Cayley's error for it.
func sqlTableError(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "42P07" {
		return cgraph.ErrDatabaseExists
	}
	return err
}

// sqlStore is the SQL side of a Store.
type sqlStore struct {
	flavor   string // Postgres or Cockroach
	name     string // the address without its password, for messages
	pool     *pgxpool.Pool
	secret   string // the password, scrubbed from every message
	connName string // the pgx configuration Cayley's database/sql pool opens
	// lockMu lets one goroutine of the process settle at a time; the
	// database's lock (lockSettle) keeps other processes out.
	lockMu sync.Mutex
	// noTexts is set for a store of formatNoTexts opened read-only: it
	// has no column of texts, and holds none.
	noTexts bool
}

// RedactAddress returns a PostgreSQL connection string without its
// password, for messages: the URL's password and password= settings are
// left out.
func RedactAddress(addr string) string {
	if strings.HasPrefix(addr, "postgres://") || strings.HasPrefix(addr, "postgresql://") {
		u, err := url.Parse(addr)
		if err != nil {
			// Unparsable: keep the scheme and the host part after the
			// last "@", which holds no password.
			scheme, rest, _ := strings.Cut(addr, "://")
			if i := strings.LastIndexByte(rest, '@'); i >= 0 {
				rest = "…@" + rest[i+1:]
			}
			return scheme + "://" + rest
		}
		if u.User != nil {
			u.User = url.User(u.User.Username())
		}
		q := u.Query()
		if q.Has("password") {
			q.Del("password")
			u.RawQuery = q.Encode()
		}
		return u.String()
	}
	if !strings.Contains(addr, "=") {
		// Neither form: whatever stands before an "@" may be a password.
		if i := strings.LastIndexByte(addr, '@'); i >= 0 {
			return "…@" + addr[i+1:]
		}
		return addr
	}
	return passwordSetting.ReplaceAllString(addr, "")
}

// passwordSetting matches a password in a key=value connection string,
// quoted or not.
var passwordSetting = regexp.MustCompile(`\s*password\s*=\s*('(\\.|[^'])*'|\S*)`)

// scrub removes the password from a message.
func (s *sqlStore) scrub(msg string) string {
	if len(s.secret) >= 3 {
		msg = strings.ReplaceAll(msg, s.secret, "xxxxx")
	}
	return msg
}

// A sqlError is an error of a SQL store whose message names the store and
// holds no password.
type sqlError struct {
	msg string
	err error
}

func (e *sqlError) Error() string { return e.msg }
func (e *sqlError) Unwrap() error { return e.err }

// fail wraps err in a message about what failed, without the password.
func (s *sqlStore) fail(what string, err error) error {
	if err == nil {
		return nil
	}
	var se *sqlError
	if errors.As(err, &se) {
		return err
	}
	var de *DamagedError
	if errors.As(err, &de) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return &sqlError{msg: s.scrub(fmt.Sprintf("store %s: %s: %v", s.name, what, err)), err: err}
}

// openSQL connects to the SQL store of opts and checks (or, unless
// read-only, creates) its layout.
func openSQL(ctx context.Context, opts Options) (_ *Store, err error) {
	addr := strings.TrimSpace(opts.Path)
	s := &sqlStore{flavor: opts.Backend, name: RedactAddress(addr)}
	if addr == "" {
		return nil, fmt.Errorf("open store: %w: no address given (postgres://USER@HOST/DATABASE)", ErrAddress)
	}
	if !strings.Contains(addr, "://") && !strings.Contains(addr, "=") {
		return nil, fmt.Errorf("open store %s: %w: want postgres://USER@HOST[:PORT]/DATABASE or host=… dbname=… settings", s.name, ErrAddress)
	}
	cfg, err := pgxpool.ParseConfig(addr)
	if err != nil {
		// pgx's message may quote the address: only its cause, scrubbed
		// of anything that looks like the address's password.
		msg := "cannot parse it"
		var pe *pgconn.ParseConfigError
		if errors.As(err, &pe) && pe.Unwrap() != nil {
			msg = pe.Unwrap().Error()
		}
		if u, perr := url.Parse(addr); perr == nil && u.User != nil {
			if pw, ok := u.User.Password(); ok && len(pw) >= 3 {
				msg = strings.ReplaceAll(msg, pw, "xxxxx")
			}
		}
		if strings.Contains(msg, addr) || strings.Contains(msg, "@") {
			msg = "cannot parse it"
		}
		return nil, &sqlError{msg: fmt.Sprintf("open store %s: %v: %s", s.name, ErrAddress, msg), err: ErrAddress}
	}
	if opts.PasswordFile != "" && cfg.ConnConfig.Password == "" {
		pf, err := pgpassfile.ReadPassfile(opts.PasswordFile)
		if err != nil {
			return nil, fmt.Errorf("open store %s: read password file: %w", s.name, err)
		}
		host := cfg.ConnConfig.Host
		if strings.HasPrefix(host, "/") {
			host = "localhost"
		}
		cfg.ConnConfig.Password = pf.FindPassword(host, fmt.Sprint(cfg.ConnConfig.Port), cfg.ConnConfig.Database, cfg.ConnConfig.User)
	}
	s.secret = cfg.ConnConfig.Password
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = 10 * time.Second
	}
	if cfg.ConnConfig.RuntimeParams == nil {
		cfg.ConnConfig.RuntimeParams = map[string]string{}
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = "newsgraph"
	if s.flavor == Postgres {
		// Gizmo's paths become joins of index lookups on data mostly in
		// memory; with PostgreSQL's default cost of a random page (4) the
		// planner hashes the whole quads table instead (a two-hop query on
		// the Wikinews graph: 65 ms against 4.7 ms with 1.1, as for SSDs).
		cfg.ConnConfig.RuntimeParams["random_page_cost"] = "1.1"
	}
	cfg.MaxConns = 8
	cayleyCfg := cfg.ConnConfig.Copy()
	if s.pool, err = pgxpool.NewWithConfig(ctx, cfg); err != nil {
		return nil, s.fail("connect", err)
	}
	defer func() {
		if err != nil {
			s.pool.Close()
		}
	}()
	if err := s.pool.Ping(ctx); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &sqlError{msg: s.scrub(fmt.Sprintf("open store %s: %v: %s", s.name, ErrConnect, connectReason(err))), err: errors.Join(ErrConnect, err)}
	}
	if err := s.prepare(ctx, opts.ReadOnly); err != nil {
		return nil, err
	}
	s.connName = stdlib.RegisterConnConfig(cayleyCfg)
	flavor := flavorPostgres
	if s.flavor == Cockroach {
		flavor = flavorCockroach
	}
	qs, err := csql.New(flavor, s.connName, cgraph.Options{"maxopenconnections": 4, "maxidleconnections": 2})
	if err != nil {
		stdlib.UnregisterConnConfig(s.connName)
		return nil, s.fail("open Cayley's SQL store", err)
	}
	return &Store{qs: qs, sql: s, opts: opts}, nil
}

// connectReason says why a connection failed, in the server's words when
// it answered.
func connectReason(err error) string {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "28P01", "28000":
			return "the server refused the login: " + pe.Message + " (the password comes from the address, PGPASSWORD, PGPASSFILE, ~/.pgpass or store.password_file)"
		case "3D000":
			return "the server has no such database: " + pe.Message + " (create it with createdb)"
		}
		return pe.Message + " (SQLSTATE " + pe.Code + ")"
	}
	msg := err.Error()
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) && ce.Unwrap() != nil {
		msg = ce.Unwrap().Error()
	}
	// pgx reports each attempt (with and without TLS, each address of the
	// host) on a line of its own: once each.
	var lines []string
	for _, l := range strings.Split(msg, "\n") {
		if l = strings.TrimSpace(l); l != "" && !slices.Contains(lines, l) {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "; ")
}

// The tables of a store and their columns (name and type, as
// information_schema names them); each table's layout must be exactly
// this.
var sqlTables = map[string][][2]string{
	"nodes": {{"hash", "bytea"}, {"refs", "integer"}, {"value", "bytea"}, {"value_string", "text"}, {"datatype", "text"},
		{"language", "text"}, {"iri", "boolean"}, {"bnode", "boolean"}, {"value_int", "bigint"}, {"value_bool", "boolean"},
		{"value_float", "double precision"}, {"value_time", "timestamp with time zone"}},
	"quads": {{"horizon", "bigint"}, {"subject_hash", "bytea"}, {"predicate_hash", "bytea"}, {"object_hash", "bytea"},
		{"label_hash", "bytea"}, {"ts", "timestamp without time zone"}},
	"newsgraph_meta": {{"key", "text"}, {"value", "text"}},
	"newsgraph_docs": {{"doc", "text"}, {"graph_hash", "text"}, {"rec_key", "text"}, {"rec_hash", "text"},
		{"rec_sum", "text"}, {"rec_head", "bytea"}, {"rec_body", "bytea"}, {textColumn, "bytea"}},
}

// sqlIndexes are the indexes a store needs: Cayley's, and newsgraph's
// index of quads by label.
var sqlIndexes = []string{"spo_unique", "spol_unique", "spo_index", "ops_index", "pos_index", "osp_index", "newsgraph_label_index"}

// prepare checks the store's layout, creating it in an empty database
// unless readOnly.
func (s *sqlStore) prepare(ctx context.Context, readOnly bool) error {
	for range 2 {
		tables, err := s.tables(ctx)
		if err != nil {
			return s.fail("read the database's tables", err)
		}
		if _, ok := tables["newsgraph_meta"]; ok {
			return s.check(ctx, tables, readOnly)
		}
		if len(tables) > 0 && !s.interruptedInit(tables) {
			return s.notStore(tables)
		}
		if readOnly {
			return fmt.Errorf("open store %s: %w (the database holds no newsgraph store: run `newsgraph build` first)", s.name, ErrNotFound)
		}
		if err := s.create(ctx); err != nil {
			return err
		}
	}
	return fmt.Errorf("open store %s: the layout could not be created", s.name)
}

// tables returns the columns of every table of the schema the store lives
// in.
func (s *sqlStore) tables(ctx context.Context) (map[string]map[string]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT t.table_name, c.column_name, c.data_type
		FROM information_schema.tables t
		LEFT JOIN information_schema.columns c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
		WHERE t.table_schema = current_schema()`)
	if err != nil {
		return nil, err
	}
	out := make(map[string]map[string]string)
	for rows.Next() {
		var t string
		var c, typ *string
		if err := rows.Scan(&t, &c, &typ); err != nil {
			return nil, err
		}
		if out[t] == nil {
			out[t] = make(map[string]string)
		}
		if c != nil && typ != nil {
			out[t][*c] = *typ
		}
	}
	return out, rows.Err()
}

// interruptedInit reports whether tables are a CockroachDB store whose
// creation was interrupted (there, tables cannot be created in one
// transaction): only our own tables, all empty.
func (s *sqlStore) interruptedInit(tables map[string]map[string]string) bool {
	if s.flavor != Cockroach {
		return false
	}
	for t := range tables {
		if _, ours := sqlTables[t]; !ours {
			return false
		}
	}
	return true
}

// notStore explains a database that holds tables of something else.
func (s *sqlStore) notStore(tables map[string]map[string]string) error {
	names := make([]string, 0, len(tables))
	for t := range tables {
		names = append(names, t)
	}
	sort.Strings(names)
	more := ""
	if len(names) > 8 {
		more = fmt.Sprintf(" and %d more", len(names)-8)
		names = names[:8]
	}
	hint := "give newsgraph an empty database of its own (createdb)"
	if _, n := tables["nodes"]; n {
		if _, q := tables["quads"]; q {
			hint = "it looks like a Cayley graph that newsgraph did not create; export it as N-Quads and `newsgraph import` it into an empty database"
		}
	}
	return fmt.Errorf("open store %s: %w: its schema holds tables newsgraph did not create (%s%s) and no newsgraph_meta; nothing was changed: %s",
		s.name, ErrNotStore, strings.Join(names, ", "), more, hint)
}

// check verifies the layout of an existing store; a store of
// formatNoTexts is upgraded after the check unless readOnly.
func (s *sqlStore) check(ctx context.Context, tables map[string]map[string]string, readOnly bool) error {
	format, err := s.format(ctx)
	if err != nil {
		return err
	}
	switch {
	case format == storeFormat:
		if _, ok := tables["newsgraph_docs"][textColumn]; !ok && tables["newsgraph_docs"] != nil {
			// Another writer may have upgraded the store between our
			// reading of its tables and of its format: read them again.
			if tables, err = s.tables(ctx); err != nil {
				return err
			}
		}
	case format == formatNoTexts:
		s.noTexts = true
	case strings.HasPrefix(format, "newsgraph-sql/"):
		return fmt.Errorf("open store %s: its format is %s, this newsgraph reads %s: use a newer newsgraph", s.name, format, storeFormat)
	default:
		return damaged(s.name, fmt.Errorf("newsgraph_meta names the format %q", format))
	}
	var problems []string
	names := make([]string, 0, len(sqlTables))
	for t := range sqlTables {
		names = append(names, t)
	}
	sort.Strings(names)
	for _, t := range names {
		have, ok := tables[t]
		if !ok {
			problems = append(problems, "table "+t+" is missing")
			continue
		}
		for _, col := range sqlTables[t] {
			switch typ, ok := have[col[0]]; {
			case !ok && s.noTexts && col[0] == textColumn:
				// Not there yet: the upgrade adds it.
			case !ok:
				problems = append(problems, fmt.Sprintf("table %s has no column %s", t, col[0]))
			case typ != col[1] && !(s.flavor == Cockroach && cockroachType(typ) == col[1]):
				problems = append(problems, fmt.Sprintf("column %s.%s is %s, want %s", t, col[0], typ, col[1]))
			}
		}
	}
	rows, err := s.pool.Query(ctx, `SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'quads'`)
	if err != nil {
		return s.fail("read the indexes", err)
	}
	have, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return s.fail("read the indexes", err)
	}
	for _, ind := range sqlIndexes {
		if !slices.Contains(have, ind) {
			problems = append(problems, "index "+ind+" of quads is missing")
		}
	}
	if len(problems) > 0 {
		return damaged(s.name, errors.New(strings.Join(problems, "; ")))
	}
	if s.noTexts && !readOnly {
		if err := s.upgrade(ctx); err != nil {
			return err
		}
		s.noTexts = false
	}
	return nil
}

// format returns the format newsgraph_meta names.
func (s *sqlStore) format(ctx context.Context) (string, error) {
	var format string
	err := s.pool.QueryRow(ctx, `SELECT value FROM newsgraph_meta WHERE key = 'format'`).Scan(&format)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", damaged(s.name, errors.New("newsgraph_meta has no format"))
	}
	if err != nil {
		return "", damaged(s.name, fmt.Errorf("newsgraph_meta: %v", s.scrub(err.Error())))
	}
	return format, nil
}

// upgrade turns a store of formatNoTexts into one of storeFormat: it adds
// newsgraph_docs' column of texts (empty: the documents written before
// have none until a build writes them again, as in a Bolt store of that
// age), then names the new format. In PostgreSQL both happen in one
// transaction, under the lock of create, so that of two writers opening
// the store at once one upgrades it and the other finds it upgraded; in
// CockroachDB, which cannot change a schema inside a transaction, the
// column is added if it is missing and the format named after it, so an
// upgrade cut short is finished by the next writer. A newsgraph that
// reads only formatNoTexts refuses the store afterwards, rather than
// writing documents without replacing their texts.
func (s *sqlStore) upgrade(ctx context.Context) error {
	alter := `ALTER TABLE newsgraph_docs ADD COLUMN IF NOT EXISTS ` + textColumn + ` BYTEA`
	name := `UPDATE newsgraph_meta SET value = $1 WHERE key = 'format' AND value = $2`
	what := fmt.Sprintf("upgrade the store from format %s to %s (a column for document texts)", formatNoTexts, storeFormat)
	if s.flavor == Cockroach {
		if _, err := s.pool.Exec(ctx, alter); err != nil {
			return s.fail(what, err)
		}
		_, err := s.pool.Exec(ctx, name, storeFormat, formatNoTexts)
		return s.fail(what, err)
	}
	return s.fail(what, pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(initLock)); err != nil {
			return err
		}
		var format string
		if err := tx.QueryRow(ctx, `SELECT value FROM newsgraph_meta WHERE key = 'format'`).Scan(&format); err != nil {
			return err
		}
		if format != formatNoTexts {
			return nil // another writer was first
		}
		if _, err := tx.Exec(ctx, alter); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, name, storeFormat, formatNoTexts)
		return err
	}))
}

// cockroachType maps CockroachDB's names of integer column types to one
// name: its INT is PostgreSQL's bigint.
func cockroachType(t string) string {
	switch t {
	case "bigint", "int8", "integer", "int4":
		return "integer"
	}
	return t
}

// provHash is the SQL literal of the hash of the provenance graph's
// label, which half of all quads carry: the label index leaves it out.
var provHash = func() string {
	h := cgraph.HashOf(newsgraph.ProvenanceGraph)
	return fmt.Sprintf(`'\x%x'::bytea`, h[:])
}()

// schema returns the statements that create a store: Cayley's tables and
// indexes as its postgres or cockroach backend creates them (the test
// compares them), the label index, newsgraph's tables, and last the
// format, which marks the store complete.
//
// Cayley's postgres backend also declares each quad column a foreign key
// of nodes; its cockroach backend does not, and neither does newsgraph:
// PostgreSQL checks a foreign key by locking the row it refers to, once
// per quad and direction, which halved the speed of COPY (measured
// 2026-12-06: 9k against 17-22k quads/s on a loaded machine) and makes
// concurrent builders share locks on every common value (each predicate,
// the provenance graph's label). newsgraph keeps the references sound
// itself: values are written before the quads that use them, in the same
// transaction, and deleted only when their count of references is zero;
// `newsgraph check` verifies both.
func (s *sqlStore) schema() []string {
	extra := ""
	if s.flavor == Cockroach {
		extra = ",\n\t" + cockroachFamilies
	}
	stmts := []string{
		`CREATE TABLE nodes (
	hash BYTEA PRIMARY KEY,
	refs INT NOT NULL,
	value BYTEA,
	value_string TEXT,
	datatype TEXT,
	language TEXT,
	iri BOOLEAN,
	bnode BOOLEAN,
	value_int BIGINT,
	value_bool BOOLEAN,
	value_float double precision,
	value_time timestamp with time zone` + extra + `
)`,
		`CREATE TABLE quads (
	horizon BIGSERIAL PRIMARY KEY,
	subject_hash BYTEA NOT NULL,
	predicate_hash BYTEA NOT NULL,
	object_hash BYTEA NOT NULL,
	label_hash BYTEA,
	ts timestamp
)`,
	}
	fill := ""
	if s.flavor == Cockroach {
		stmts = append(stmts,
			`CREATE UNIQUE INDEX spo_unique ON quads (subject_hash, predicate_hash, object_hash)`,
			`CREATE UNIQUE INDEX spol_unique ON quads (subject_hash, predicate_hash, object_hash, label_hash)`)
	} else {
		stmts = append(stmts,
			`CREATE UNIQUE INDEX spo_unique ON quads (subject_hash, predicate_hash, object_hash) WHERE label_hash IS NULL`,
			`CREATE UNIQUE INDEX spol_unique ON quads (subject_hash, predicate_hash, object_hash, label_hash) WHERE label_hash IS NOT NULL`)
		fill = " WITH (FILLFACTOR = 50)"
	}
	for _, ind := range []struct{ name, cols string }{
		{"spo", "subject_hash, predicate_hash, object_hash"},
		{"ops", "object_hash, predicate_hash, subject_hash"},
		{"pos", "predicate_hash, object_hash, subject_hash"},
		{"osp", "object_hash, subject_hash, predicate_hash"},
	} {
		stmts = append(stmts, fmt.Sprintf(`CREATE INDEX %s_index ON quads (%s)%s`, ind.name, ind.cols, fill))
	}
	return append(stmts,
		`CREATE INDEX newsgraph_label_index ON quads (label_hash) WHERE label_hash IS NOT NULL AND label_hash <> `+provHash,
		`CREATE TABLE newsgraph_docs (
	doc TEXT PRIMARY KEY,
	graph_hash TEXT,
	rec_key TEXT,
	rec_hash TEXT,
	rec_sum TEXT,
	rec_head BYTEA,
	rec_body BYTEA,
	`+textColumn+` BYTEA
)`,
		`CREATE TABLE newsgraph_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
		`INSERT INTO newsgraph_meta (key, value) VALUES ('format', '`+storeFormat+`')`,
	)
}

// initLock is the key of the PostgreSQL advisory lock taken while a store
// is created; settleLock the one held while it is settled.
const (
	initLock   = 0x6e67_696e_6974 // "nginit"
	settleLock = 0x6e67_7365_746c // "ngsetl"
)

// create creates the store's layout in an empty database: in one
// transaction in PostgreSQL, under a lock, so that of two builders
// starting at once one creates it and the other finds it; CockroachDB
// cannot change a schema inside a transaction, so there each statement
// runs alone, tables that exist are left as they are, and the format row
// comes last.
func (s *sqlStore) create(ctx context.Context) error {
	if s.flavor == Cockroach {
		for _, st := range s.schema() {
			st = strings.Replace(st, "CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ", 1)
			st = strings.Replace(st, "CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1)
			st = strings.Replace(st, "CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX IF NOT EXISTS ", 1)
			st = strings.Replace(st, "VALUES ('format', '"+storeFormat+"')", "VALUES ('format', '"+storeFormat+"') ON CONFLICT DO NOTHING", 1)
			if _, err := s.pool.Exec(ctx, st); err != nil {
				return s.fail("create the store", err)
			}
		}
		return nil
	}
	return s.fail("create the store", pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(initLock)); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()`).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil // another process was first; prepare looks again
		}
		for _, st := range s.schema() {
			if _, err := tx.Exec(ctx, st); err != nil {
				return err
			}
		}
		return nil
	}))
}
