#!/usr/bin/env bash
# pipeline.sh — newsgraph's speed and memory at scale, printed as one
# Markdown table next to the targets of issue 5.
#
# The corpus is ../shared/corpus/wikinews (283 articles) repeated, each copy
# with its own URLs (so its own document IDs), to SIZES megabytes of text;
# it is generated into a temporary folder and deleted afterwards. Every
# figure is the median of RUNS runs, each in its own process (peak RSS from
# /usr/bin/time). Environment knobs:
#   SIZES="10 100"    corpus sizes in MB; extraction is measured on the first,
#                     export, query and re-build on the last
#   RUNS=3            runs per figure
#   LOAD_QUADS=1000000 quads loaded by each writer in the load comparison
#   LOAD_WRITERS=cayley,bulk  add "update" for Store.Update through Cayley's
#                     writer (the load path before the bulk loader)
#   QUERY_RUNS=50     timed queries (median)
#   API_RUNS=200      timed requests of each kind to the explorer's API
#   NICE=10           nice level (the machine is shared)
#   CORPUS=…          source corpus (url,date,title,text CSV files)
#   TMPDIR            where corpora and stores go (needs ~15 MB per corpus MB)
set -euo pipefail
# go.mod names Go 1.27.3 as its toolchain; the Go command fetches it from
# the module proxy (a machine's own Go ignores the toolchain line otherwise).
export GOTOOLCHAIN=go1.27.3

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
SIZES=${SIZES:-"10 100"}
RUNS=${RUNS:-3}
LOAD_QUADS=${LOAD_QUADS:-1000000}
LOAD_WRITERS=${LOAD_WRITERS:-cayley,bulk}
QUERY_RUNS=${QUERY_RUNS:-50}
API_RUNS=${API_RUNS:-200}
NICE=${NICE:-10}
CORPUS=${CORPUS:-$root/../shared/corpus/wikinews}

if [[ ! -d $CORPUS ]]; then
	echo "pipeline: no corpus at $CORPUS (set CORPUS)" >&2
	exit 1
fi
"$root/scripts/deps.sh" bench
if [[ ! -x /usr/bin/time ]]; then
	echo "pipeline: needs /usr/bin/time (Debian package time)" >&2
	exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/newsgraph" ./cmd/newsgraph && go build -o "$tmp/pipeline" ./bench/pipeline)
ng=(nice -n "$NICE" "$tmp/newsgraph")
log() { echo "pipeline: $*" >&2; }

# timed CMD...: runs CMD with its stdout in $tmp/out; sets secs and kb
# (wall time and peak RSS).
timed() {
	/usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >"$tmp/out"
	read -r secs kb <"$tmp/time"
}
median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print 0; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
calc() { awk "BEGIN {printf \"$1\", $2}"; }

machine=$("$tmp/pipeline" machine)
read -ra sizes <<<"$SIZES"
first=${sizes[0]}
last=${sizes[${#sizes[@]}-1]}

for s in "${sizes[@]}"; do
	log "generating ${s} MB corpus"
	"$tmp/pipeline" gen -src "$CORPUS" -mb "$s" -out "$tmp/c$s" >"$tmp/gen$s.json"
done
"$tmp/pipeline" gen -src "$CORPUS" -mb "$last" -change 1 -out "$tmp/c$last-changed" >"$tmp/gen-changed.json"

# Extraction alone (read, extract, resolve, make quads; no store), 1 and 2 workers.
declare -A ext
for w in 1 2; do
	for r in $(seq "$RUNS"); do
		log "extraction, $w worker(s), run $r"
		timed "${ng[@]}" build --dry-run --json --workers "$w" "$tmp/c$first"
		jq -r .elapsed_s "$tmp/out" >>"$tmp/ext$w"
	done
	ext[$w]=$(median <"$tmp/ext$w")
done
extractor=$(jq -r .extractor "$tmp/out")
bytes=$(jq -r .bytes "$tmp/out")

# End-to-end builds into new stores.
declare -A bsecs bkb bquads
for s in "${sizes[@]}"; do
	for r in $(seq "$RUNS"); do
		log "build ${s} MB, run $r"
		rm -f "$tmp/s$s.db"
		timed "${ng[@]}" build --json --store "$tmp/s$s.db" "$tmp/c$s"
		echo "$secs" >>"$tmp/build$s"
		echo "$kb" >>"$tmp/buildkb$s"
	done
	bsecs[$s]=$(median <"$tmp/build$s")
	bkb[$s]=$(median <"$tmp/buildkb$s")
	bquads[$s]=$(jq -r .quads "$tmp/out")
done
big=$tmp/s$last.db

# Incremental re-build: 1% of the documents edited, into a copy of the big store.
for r in $(seq "$RUNS"); do
	log "re-build with 1% changed, run $r"
	cp "$big" "$tmp/incr.db"
	timed "${ng[@]}" build --json --store "$tmp/incr.db" "$tmp/c$last-changed"
	echo "$secs" >>"$tmp/incr"
	changed=$(jq -r '.documents - .unchanged' "$tmp/out")
	rm -f "$tmp/incr.db"
done
incr=$(median <"$tmp/incr")

# Exports of the big graph.
declare -A esecs ekb
for f in graphml jsonld; do
	for r in $(seq "$RUNS"); do
		log "export $f, run $r"
		timed "${ng[@]}" export --store "$big" --format "$f" -o "$tmp/export.$f"
		echo "$secs" >>"$tmp/exp$f"
		echo "$kb" >>"$tmp/expkb$f"
	done
	esecs[$f]=$(median <"$tmp/exp$f")
	ekb[$f]=$(median <"$tmp/expkb$f")
	rm -f "$tmp/export.$f"
done

# Gizmo query on the big graph, in-process.
log "query"
nice -n "$NICE" "$tmp/pipeline" query -store "$big" -runs "$QUERY_RUNS" >"$tmp/query.json"
qms=$(jq -r .median_ms "$tmp/query.json")
qtext=$(jq -r .query "$tmp/query.json" | sed 's|<https://w3id.org/newsgraph/entity/|<entity:|')

# The web explorer's API on the big graph, in-process over loopback.
log "explorer API"
nice -n "$NICE" "$tmp/pipeline" api -store "$big" -runs "$API_RUNS" >"$tmp/api.json"
api() { jq -r ".$1" "$tmp/api.json"; }

# Load: the same quads through Cayley's default writer, through
# Store.Update as it was (Cayley's ApplyDeltas), and through the bulk loader.
log "load comparison (${LOAD_QUADS} quads per writer)"
rm -f "$tmp/one.db"
"${ng[@]}" build --quiet --store "$tmp/one.db" "$CORPUS"
"${ng[@]}" export --store "$tmp/one.db" --format nquads -o "$tmp/one.nq"
nice -n "$NICE" "$tmp/pipeline" load -nq "$tmp/one.nq" -quads "$LOAD_QUADS" -runs "$RUNS" -dir "$tmp" -writers "$LOAD_WRITERS" >"$tmp/load.json"
qps() { jq -r "select(.writer == \"$1\") | .${2:-quads_per_s}" "$tmp/load.json"; }
cayley=$(qps cayley)
cayley_cpu=$(qps cayley quads_per_cpu_s)
bulk_cpu=$(qps bulk quads_per_cpu_s)
update=$(qps update)
if [[ -n $update ]]; then
	update="; Store.Update through Cayley's writer: $(calc "%.0f" "$update / 1000")k/s"
fi
bulk=$(qps bulk)
nq=$(jq -r 'select(.writer == "bulk") | .quads' "$tmp/load.json")

mbps() { calc "%.2f" "$1 / 1e6 / $2"; }
mb() { calc "%.0f" "$1 / 1024"; }
echo
echo "Measured $(date -u +%Y-%m-%d) on: $machine."
echo "Extractor \`$extractor\`; medians of $RUNS runs (query: of $QUERY_RUNS); corpus: Wikinews repeated to ${SIZES// / and } MB."
echo
echo "| figure | target | measured |"
echo "|---|---|---:|"
echo "| extraction throughput, 1 worker ($first MB, no store) | ≥ 1 MB/s | $(mbps "$bytes" "${ext[1]}") MB/s |"
echo "| speed-up with 2 workers | ≥ 1.8× | $(calc "%.2f" "${ext[1]} / ${ext[2]}")× ($(calc "%.1f" "${ext[1]}") s → $(calc "%.1f" "${ext[2]}") s) |"
echo "| load into the embedded store ($(calc "%.0f" "$nq / 1000")k quads, new store) | ≥ 50k quads/s, ≥ 4× Cayley's default writer | $(calc "%.0f" "$bulk / 1000")k quads/s = $(calc "%.1f" "$bulk / $cayley")× Cayley's default writer ($(calc "%.0f" "$cayley / 1000")k/s)$update; per CPU second $(calc "%.0f" "$bulk_cpu / 1000")k vs $(calc "%.0f" "$cayley_cpu / 1000")k ($(calc "%.1f" "$bulk_cpu / $cayley_cpu")×) |"
for s in "${sizes[@]}"; do
	echo "| end-to-end \`build\` of $s MB (${bquads[$s]} quads) | report time; peak RSS ≤ 1 GB | ${bsecs[$s]} s ($(mbps "$s * 1e6" "${bsecs[$s]}") MB/s), $(mb "${bkb[$s]}") MB |"
done
echo "| export GraphML, $last MB graph | report time and peak RSS | ${esecs[graphml]} s, $(mb "${ekb[graphml]}") MB |"
echo "| export JSON-LD, $last MB graph | report time and peak RSS | ${esecs[jsonld]} s, $(mb "${ekb[jsonld]}") MB |"
echo "| Gizmo 2-hop query from one entity, $last MB graph | median ≤ 5 ms | $(calc "%.2f" "$qms") ms (\`$qtext\`, the entity most documents mention) |"
echo "| explorer: read the $last MB store into its index | report | $(calc "%.1f" "$(api load_s)") s, $(calc "%.0f" "$(api heap_mb)") MB of heap, $(calc "%.0f" "$(api peak_rss_mb)") MB peak RSS |"
echo "| explorer API, search as you type (1–6 letters), $last MB graph | p95 ≤ 50 ms | median $(calc "%.3g" "$(api search_median_ms)") ms, p95 $(calc "%.3g" "$(api search_p95_ms)") ms |"
echo "| explorer API, entity page (the $API_RUNS most mentioned; up to $(api entity_max_facts) facts), $last MB graph | p95 ≤ 100 ms | median $(calc "%.3g" "$(api entity_median_ms)") ms, p95 $(calc "%.3g" "$(api entity_p95_ms)") ms |"
echo "| explorer API, 2-hop neighbourhood (300 nodes at most), $last MB graph | report | median $(calc "%.3g" "$(api neighbourhood_2hops_median_ms)") ms, p95 $(calc "%.3g" "$(api neighbourhood_2hops_p95_ms)") ms |"
echo "| re-build with 1% of documents changed ($changed of $(jq -r .documents "$tmp/gen$last.json")), $last MB | ≤ 5% of a full build | $(calc "%.1f" "100 * $incr / ${bsecs[$last]}")% ($incr s) |"
