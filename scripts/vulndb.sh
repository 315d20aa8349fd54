#!/usr/bin/env bash
# vulndb.sh — build the Go vulnerability database that govulncheck reads
# (govulncheck -db file://DIR) from a pinned snapshot of the
# golang.org/x/vulndb module, which the Go module proxy serves: the online
# database cannot be reached from every machine that runs the tests, and a
# pinned snapshot makes the scan reproducible. Raise VULNDB_VERSION (the
# newest is listed by `go list -m -versions golang.org/x/vulndb`, or
# `go list -m golang.org/x/vulndb@latest`) to take newer advisories.
#
# Usage: scripts/vulndb.sh [DIR]   (default: out/vulndb-$VULNDB_VERSION)
# Prints the folder written.
set -euo pipefail
cd "$(dirname "$0")/.."
# go.mod names Go 1.27.3 as its toolchain; the Go command fetches it from
# the module proxy (a machine's own Go ignores the toolchain line otherwise).
export GOTOOLCHAIN=go1.27.3

VULNDB_VERSION=v0.0.0-20261105234957-e22db6528018
out=${1:-out/vulndb-$VULNDB_VERSION}

if [ -f "$out/index/modules.json" ] && [ "$(cat "$out/.version" 2>/dev/null)" = "$VULNDB_VERSION" ]; then
  echo "$out"
  exit 0
fi
# Downloaded outside the module, so that go.mod and go.sum are untouched.
dir=$(cd / && go mod download -json "golang.org/x/vulndb@$VULNDB_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$dir/data/osv" ] || { echo "vulndb: no data/osv in golang.org/x/vulndb@$VULNDB_VERSION" >&2; exit 1; }
# The snapshot's time, from its pseudo-version (vX.Y.Z-YYYYMMDDhhmmss-commit).
ts=$(echo "$VULNDB_VERSION" | sed -n 's/.*-\([0-9]\{4\}\)\([0-9]\{2\}\)\([0-9]\{2\}\)\([0-9]\{2\}\)\([0-9]\{2\}\)\([0-9]\{2\}\)-[0-9a-f]*$/\1-\2-\3T\4:\5:\6Z/p')
go run ./internal/tools/vulndb -osv "$dir/data/osv" -modified "$ts" -o "$out"
echo "$VULNDB_VERSION" > "$out/.version"
echo "$out"
