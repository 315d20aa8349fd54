#!/usr/bin/env bash
# fuzz.sh — run every fuzz target of the repository for a short time.
#
# Targets are found, not listed here: every package with tests is asked
# for its Fuzz* functions (go test -list), so a fuzz test added anywhere
# runs without changing this script. Each target runs alone for FUZZTIME
# (default 10s) after its seed corpus (f.Add and testdata/fuzz/FuzzX) has
# passed. A failure stops the script; go test has then written the input
# that failed to the package's testdata/fuzz/FuzzX/, to commit with the fix
# (except an input the engine reports only because a worker stopped while
# shrinking one, which passes when run again: the target then runs once
# more, and fails only if that happens twice in a row; see below).
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
    # The engine reports a worker it stopped while shrinking an input as a
    # crash (golang/go#52569), and writes an input that then passes when
    # run again. But a worker that really crashed on an input it tried
    # while shrinking is reported the same way, with the same harmless
    # input written: the input that crashed is lost. So such a report
    # gets one more run of the target; a second one in a row fails.
    tries=0
    while :; do
      log=$(mktemp)
      if go test -run '^$' -fuzz "^$t\$" -fuzztime "$FUZZTIME" -fuzzminimizetime "$FUZZMINIMIZETIME" "$p" 2>&1 | tee "$log"; then
        rm -f "$log"
        break
      fi
      input=$(sed -n 's|.*Failing input written to \(testdata/fuzz/[^ ]*\).*|\1|p' "$log" | head -1)
      dir=$(go list -f '{{.Dir}}' "$p")
      tries=$((tries + 1))
      if [ "$tries" -lt 2 ] && grep -q 'hung or terminated unexpectedly while minimizing' "$log" && [ -n "$input" ] &&
        go test -run "^$t\$/$(basename "$input")\$" "$p" >/dev/null 2>&1; then
        echo "fuzz: $t: the engine stopped a worker while shrinking $input, which passes when run again; dropped, and the target runs once more (golang/go#52569)"
        rm -f "$dir/$input" "$log"
        continue
      fi
      rm -f "$log"
      exit 1
    done
    n=$((n + 1))
  done
done
echo "fuzz: $n targets, $((SECONDS - start))s"
