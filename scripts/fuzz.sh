#!/usr/bin/env bash
# fuzz.sh — run every fuzz target of the repository for a short time.
#
# Targets are found, not listed here: every package with tests is asked
# for its Fuzz* functions (go test -list), so a fuzz test added anywhere
# runs without changing this script. Each target runs alone for FUZZTIME
# (default 10s) after its seed corpus (f.Add and testdata/fuzz/FuzzX) has
# passed. A failure stops the script; go test has then written the input
# that failed to the package's testdata/fuzz/FuzzX/, to commit with the fix.
#
# Usage: scripts/fuzz.sh [PACKAGE...]   (default: ./...)
#   FUZZTIME=10s          time per target (a duration, or Nx for N inputs)
#   FUZZMINIMIZETIME=5s   most time spent shrinking one input; the engine
#                         shrinks every input that finds new code, and
#                         inputs of whole stores (graph's FuzzOpen, ~100 KB)
#                         would otherwise take the whole run
set -euo pipefail
cd "$(dirname "$0")/.."
# go.mod names Go 1.27.3 as its toolchain; the Go command fetches it from
# the module proxy (a machine's own Go ignores the toolchain line otherwise).
export GOTOOLCHAIN=go1.27.3
FUZZTIME=${FUZZTIME:-10s}
FUZZMINIMIZETIME=${FUZZMINIMIZETIME:-5s}

pkgs=$(go list -f '{{if or .TestGoFiles .XTestGoFiles}}{{.ImportPath}}{{end}}' "${@:-./...}")
n=0
start=$SECONDS
for p in $pkgs; do
  targets=$(go test -list '^Fuzz' "$p" | grep '^Fuzz' || true)
  for t in $targets; do
    echo "== fuzz $p $t ($FUZZTIME)"
    go test -run '^$' -fuzz "^$t\$" -fuzztime "$FUZZTIME" -fuzzminimizetime "$FUZZMINIMIZETIME" "$p"
    n=$((n + 1))
  done
done
echo "fuzz: $n targets, $((SECONDS - start))s"
