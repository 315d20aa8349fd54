#!/usr/bin/env bash
# api.sh — the web explorer's API at scale: the time to read a store into
# the explorer's index, and the latency (median and p95, over loopback HTTP,
# one request at a time) of search as you type, entity pages and 2-hop
# neighbourhoods, on the entities the store mentions most. bench/pipeline.sh
# prints the same rows among its others; this script builds only the store
# it needs.
#   SIZE=100          MB of text: ../shared/corpus/wikinews repeated, each
#                     copy with its own URLs (as bench/pipeline.sh does)
#   STORE=FILE        measure an existing store instead (SIZE is ignored)
#   RUNS=200          timed requests of each kind
#   NICE=10           nice level (the machine is shared)
#   CORPUS=…, TMPDIR  as in bench/pipeline.sh
set -euo pipefail
export GOTOOLCHAIN=go1.27.3

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
SIZE=${SIZE:-100}
RUNS=${RUNS:-200}
NICE=${NICE:-10}
CORPUS=${CORPUS:-$root/../shared/corpus/wikinews}
"$root/scripts/deps.sh" bench

tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-api.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/newsgraph" ./cmd/newsgraph && go build -o "$tmp/pipeline" ./bench/pipeline)
log() { echo "api: $*" >&2; }

store=${STORE:-}
if [[ -z $store ]]; then
	if [[ ! -d $CORPUS ]]; then
		echo "api: no corpus at $CORPUS (set CORPUS, or STORE)" >&2
		exit 1
	fi
	log "generating a ${SIZE} MB corpus"
	"$tmp/pipeline" gen -src "$CORPUS" -mb "$SIZE" -out "$tmp/c" >/dev/null
	log "building its store"
	store=$tmp/s.db
	nice -n "$NICE" "$tmp/newsgraph" build --quiet --store "$store" "$tmp/c"
fi
log "measuring"
nice -n "$NICE" "$tmp/pipeline" api -store "$store" -runs "$RUNS" >"$tmp/api.json"
api() { jq -r ".$1" "$tmp/api.json"; }
calc() { awk "BEGIN {printf \"$1\", $2}"; }

echo
echo "Measured $(date -u +%Y-%m-%d) on: $("$tmp/pipeline" machine)."
echo "Store: $(api documents) documents, $(api entities) entities, $(api quads) quads; $RUNS requests of each kind."
echo
echo "| figure | target | measured |"
echo "|---|---|---:|"
echo "| read the store into the explorer's index | report | $(calc "%.1f" "$(api load_s)") s, $(calc "%.0f" "$(api heap_mb)") MB of heap, $(calc "%.0f" "$(api peak_rss_mb)") MB peak RSS |"
echo "| search as you type (1–6 letters) | p95 ≤ 50 ms | median $(calc "%.3g" "$(api search_median_ms)") ms, p95 $(calc "%.3g" "$(api search_p95_ms)") ms |"
echo "| entity page (up to $(api entity_max_facts) facts, $(api entity_max_relations) relations) | p95 ≤ 100 ms | median $(calc "%.3g" "$(api entity_median_ms)") ms, p95 $(calc "%.3g" "$(api entity_p95_ms)") ms |"
echo "| 2-hop neighbourhood (300 nodes at most) | report | median $(calc "%.3g" "$(api neighbourhood_2hops_median_ms)") ms, p95 $(calc "%.3g" "$(api neighbourhood_2hops_p95_ms)") ms |"
