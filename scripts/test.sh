#!/usr/bin/env bash
# test.sh — the whole test suite: install the consumers our exports are
# checked against (Graphviz, networkx, igraph, rdflib, pyld) and Chromium
# (the web explorer's browser tests), check the vendored JavaScript
# against npm (vendor-js.sh --check, when npm is there), then gofmt,
# go vet, staticcheck, govulncheck (against a pinned snapshot of the Go
# vulnerability database, see vulndb.sh), every test with the race
# detector, and every fuzz target for FUZZTIME each (fuzz.sh). Any finding
# of staticcheck, any vulnerability that the code reaches, any failing test
# or fuzz input fails the script.
#
# Tests that read ../shared (the seed articles, treebanks and scorers) skip
# when it is absent, except under CI=true, where they must run.
#
# -race runs with checkptr off: boltdb/bolt (under Cayley's Bolt backend)
# converts pointers in ways checkptr rejects although the race detector
# itself has nothing to report.
#
# The PostgreSQL backend's tests run against a throw-away server that this
# script starts (scripts/postgres.sh, Debian's postgresql package) and
# stops at the end; they find it through NEWSGRAPH_TEST_POSTGRES and fail
# when it is set and the server cannot be reached. Set
# NEWSGRAPH_TEST_POSTGRES yourself to use another server instead (the role
# must be allowed to create databases), and NEWSGRAPH_TEST_COCKROACH_URL
# to also run the CockroachDB tests.
set -euo pipefail
cd "$(dirname "$0")/.."
# go.mod names Go 1.27.3 as its toolchain; the Go command fetches it from
# the module proxy (a machine's own Go ignores the toolchain line otherwise).
export GOTOOLCHAIN=go1.27.3
command -v go >/dev/null || { echo "test: Go is not installed" >&2; exit 1; }
scripts/deps.sh test

echo "== vendored JavaScript"
if command -v npm >/dev/null; then
  scripts/vendor-js.sh --check
else
  echo "skipped: npm is not installed (the Go tests still check explore/static/vendor against explore/js/package-lock.json)"
fi

echo "== gofmt"
bad=$("$(go env GOROOT)/bin/gofmt" -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$bad" ]; then
  echo "gofmt would change:"; echo "$bad"; exit 1
fi
echo "== go vet"
go vet ./...
# The benchmark module bench/nlp is checked with the main module.
echo "== staticcheck"
go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
(cd bench/nlp && go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...)
echo "== govulncheck"
db=$PWD/$(scripts/vulndb.sh)
go run golang.org/x/vuln/cmd/govulncheck@v1.9.0 -db "file://$db" ./...
(cd bench/nlp && go run golang.org/x/vuln/cmd/govulncheck@v1.9.0 -db "file://$db" ./...)
if [ -z "${NEWSGRAPH_TEST_POSTGRES:-}" ]; then
  echo "== PostgreSQL"
  pgdir=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-pg.XXXXXX")
  trap 'scripts/postgres.sh stop "$pgdir"' EXIT
  eval "$(scripts/postgres.sh start "$pgdir" test)"
fi
echo "== go test -race"
go test -race -gcflags=all=-d=checkptr=0 -timeout 30m ./... "$@"
echo "== fuzz"
scripts/fuzz.sh
