#!/usr/bin/env bash
# postgres.sh — newsgraph on PostgreSQL, measured against the targets of
# issue 17 and printed as one Markdown table, every figure from this run on
# this machine:
#   - loading LOAD_QUADS quads into a new PostgreSQL store by newsgraph
#     (COPY, Store.Update as a build of new documents uses it) and by
#     Cayley's own SQL writer (its postgres backend, as `cayley load`);
#   - building SIZE MB of articles with one builder process and with two
#     at once (each given half the files, one worker each), and with one
#     process of two workers for comparison;
#   - the median of a two-hop Gizmo query on the built store;
#   - exporting the built store (N-Quads and GraphML).
#
# A PostgreSQL server of its own is started (scripts/postgres.sh, in bench
# mode: PostgreSQL's durable defaults, 256 MB of shared buffers) in a
# temporary folder and stopped at the end, unless NEWSGRAPH_TEST_POSTGRES
# names a server (a role that may create databases). The corpus is
# ../shared/corpus/wikinews repeated to SIZE MB, each copy with its own
# URLs (bench/pipeline gen). Every figure is the median of RUNS runs.
# Environment knobs:
#   SIZE=100            corpus size in MB
#   RUNS=3              runs per figure
#   LOAD_QUADS=1000000  quads loaded by newsgraph's writer
#   CAYLEY_QUADS=       quads loaded by Cayley's writer (default LOAD_QUADS;
#                       it writes about 3,000 quads/s, so 1M take minutes)
#   QUERY_RUNS=50       timed queries (median)
#   NICE=10             nice level of newsgraph's processes (the machine is shared)
#   CORPUS=…            source corpus (url,date,title,text CSV files)
#   TMPDIR              where corpora, server and exports go
set -euo pipefail
# go.mod names Go 1.27.3 as its toolchain; the Go command fetches it from
# the module proxy (a machine's own Go ignores the toolchain line otherwise).
export GOTOOLCHAIN=go1.27.3

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
SIZE=${SIZE:-100}
RUNS=${RUNS:-3}
LOAD_QUADS=${LOAD_QUADS:-1000000}
CAYLEY_QUADS=${CAYLEY_QUADS:-$LOAD_QUADS}
QUERY_RUNS=${QUERY_RUNS:-50}
NICE=${NICE:-10}
CORPUS=${CORPUS:-$root/../shared/corpus/wikinews}

if [[ ! -d $CORPUS ]]; then
	echo "postgres-bench: no corpus at $CORPUS (set CORPUS)" >&2
	exit 1
fi
"$root/scripts/deps.sh" bench
tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-pgbench.XXXXXX")
chmod 755 "$tmp"
cleanup() {
	if [[ -n ${pgdir:-} ]]; then "$root/scripts/postgres.sh" stop "$pgdir"; fi
	rm -rf "$tmp"
}
trap cleanup EXIT
if [[ -z ${NEWSGRAPH_TEST_POSTGRES:-} ]]; then
	pgdir=$tmp/pg
	eval "$("$root/scripts/postgres.sh" start "$pgdir" bench)"
fi
admin=$NEWSGRAPH_TEST_POSTGRES
(cd "$root" && go build -o "$tmp/newsgraph" ./cmd/newsgraph && go build -o "$tmp/pipeline" ./bench/pipeline)
ng=(nice -n "$NICE" "$tmp/newsgraph")
log() { echo "postgres-bench: $*" >&2; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print 0; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
calc() { awk "BEGIN {printf \"$1\", $2}"; }
now() { date +%s.%N; }

# newdb creates a new, empty database and sets db to its connection
# string (the admin's, with the database replaced).
n=0
newdb() {
	n=$((n + 1))
	local name="newsgraph_bench_$$_$n" base=${admin%%\?*} query=
	if [[ $admin == *\?* ]]; then query="?${admin#*\?}"; fi
	psql "$admin" -qc "CREATE DATABASE $name" >/dev/null
	db="${base%/*}/$name$query"
}
dropdb() { psql "$admin" -qc "DROP DATABASE ${1} WITH (FORCE)" >/dev/null; }
dbname() { local x=${1##*/}; echo "${x%%\?*}"; }

machine=$("$tmp/pipeline" machine)
log "generating the ${SIZE} MB corpus"
"$tmp/pipeline" gen -src "$CORPUS" -mb "$SIZE" -out "$tmp/c" >"$tmp/gen.json"
# Two halves for two builders: every other copy of the corpus.
mkdir -p "$tmp/h0" "$tmp/h1"
i=0
for f in "$tmp"/c/*.csv; do
	ln -s "$f" "$tmp/h$((i % 2))/"
	i=$((i + 1))
done

# Builds: one process with one worker, two processes with one worker each,
# one process with two workers.
declare -A build
for mode in one two workers2; do
	for r in $(seq "$RUNS"); do
		newdb
		log "build ${SIZE} MB, $mode, run $r"
		start=$(now)
		case $mode in
		one) "${ng[@]}" build --quiet --workers 1 --backend postgres --store "$db" "$tmp/c" ;;
		workers2) "${ng[@]}" build --quiet --workers 2 --backend postgres --store "$db" "$tmp/c" ;;
		two)
			"${ng[@]}" build --quiet --workers 1 --backend postgres --store "$db" "$tmp/h0" &
			p0=$!
			"${ng[@]}" build --quiet --workers 1 --backend postgres --store "$db" "$tmp/h1" &
			p1=$!
			wait "$p0"
			wait "$p1"
			;;
		esac
		echo "$(now) - $start" | bc >>"$tmp/build-$mode"
		if [[ $mode == one && $r == "$RUNS" ]]; then
			store=$db # kept for the query and export figures
		else
			dropdb "$(dbname "$db")"
		fi
	done
	build[$mode]=$(median <"$tmp/build-$mode")
done
quads=$("$tmp/newsgraph" stats --json --backend postgres --store "$store" | jq -r .quads)

# Gizmo: a two-hop query from the entity most documents mention.
log "query"
nice -n "$NICE" "$tmp/pipeline" query -backend postgres -store "$store" -runs "$QUERY_RUNS" >"$tmp/query.json"
qms=$(jq -r .median_ms "$tmp/query.json")
qtext=$(jq -r .query "$tmp/query.json" | sed 's|<https://w3id.org/newsgraph/entity/|<entity:|')

# Exports of the built store.
declare -A exp
for f in nquads graphml; do
	for r in $(seq "$RUNS"); do
		log "export $f, run $r"
		start=$(now)
		"${ng[@]}" export --backend postgres --store "$store" --format "$f" -o "$tmp/export.$f"
		echo "$(now) - $start" | bc >>"$tmp/exp-$f"
		rm -f "$tmp/export.$f"
	done
	exp[$f]=$(median <"$tmp/exp-$f")
done
dropdb "$(dbname "$store")"

# Loads: the same quads (copies of the Wikinews graph, each with its own
# document IRIs) through newsgraph's COPY path and through Cayley's writer.
log "load comparison"
"${ng[@]}" build --quiet --store "$tmp/one.db" "$CORPUS"
"${ng[@]}" export --store "$tmp/one.db" --format nquads -o "$tmp/one.nq"
nice -n "$NICE" "$tmp/pipeline" load -nq "$tmp/one.nq" -quads "$LOAD_QUADS" -runs "$RUNS" -writers copy -pg "$admin" >"$tmp/load.json"
nice -n "$NICE" "$tmp/pipeline" load -nq "$tmp/one.nq" -quads "$CAYLEY_QUADS" -runs "$RUNS" -writers cayley-sql -pg "$admin" >>"$tmp/load.json"
qps() { jq -r "select(.writer == \"$1\") | .${2:-quads_per_s}" "$tmp/load.json"; }
copy=$(qps copy)
cayley=$(qps cayley-sql)
nq=$(qps copy quads)
ncq=$(qps cayley-sql quads)

pgv=$(psql "$admin" -Atc "SHOW server_version")
echo
echo "Measured $(date -u +%Y-%m-%d) on: $machine; PostgreSQL $pgv$([[ -n ${pgdir:-} ]] && echo " (bench mode: durable defaults, shared_buffers 256MB)")."
echo "Extractor \`$(jq -r .extractor <("$tmp/newsgraph" build --dry-run --json "$tmp/h0/$(ls "$tmp/h0" | head -1)"))\`; medians of $RUNS runs (query: of $QUERY_RUNS); corpus: Wikinews repeated to $SIZE MB ($(jq -r .documents "$tmp/gen.json") documents, $quads quads)."
echo
echo "| figure | target | measured |"
echo "|---|---|---:|"
echo "| load into PostgreSQL: newsgraph (COPY, $(calc "%.0f" "$nq / 1000")k quads) vs Cayley's SQL writer ($(calc "%.0f" "$ncq / 1000")k quads) | ≥ 50k quads/s and ≥ 10× Cayley's | $(calc "%.1f" "$copy / 1000")k quads/s vs $(calc "%.1f" "$cayley / 1000")k quads/s: $(calc "%.1f" "$copy / $cayley")× |"
echo "| build of $SIZE MB, 1 builder process (1 worker) | report | $(calc "%.0f" "${build[one]}") s ($(calc "%.2f" "$SIZE / ${build[one]}") MB/s) |"
echo "| build of $SIZE MB, 2 builder processes at once (1 worker each, half the files each) | ≥ 1.7× one builder | $(calc "%.0f" "${build[two]}") s: $(calc "%.2f" "${build[one]} / ${build[two]}")× |"
echo "| build of $SIZE MB, 1 builder process with 2 workers (for comparison) | – | $(calc "%.0f" "${build[workers2]}") s: $(calc "%.2f" "${build[one]} / ${build[workers2]}")× |"
echo "| Gizmo 2-hop query from one entity, $SIZE MB store | median ≤ 20 ms | $(calc "%.2f" "$qms") ms (\`$qtext\`) |"
echo "| export N-Quads, $SIZE MB store | report | $(calc "%.1f" "${exp[nquads]}") s |"
echo "| export GraphML, $SIZE MB store | report | $(calc "%.1f" "${exp[graphml]}") s |"
