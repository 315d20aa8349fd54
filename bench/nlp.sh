#!/usr/bin/env bash
# nlp.sh — speed, memory and tagging accuracy of newsgraph's NLP core next to
# github.com/jdkato/prose/v2, printed as Markdown tables.
#
# Every system/stage runs in its own process (so peak RSS is per row), with
# GOMAXPROCS=1. Environment knobs:
#   RUNS=5        timed runs per row (median reported)
#   LOADS=5       process starts for the model-load median
#   PROSE_MB=0.25 MB of the corpus prose is run on (it is ~10-50x slower)
#   PIN=0         1: also pin every process to CPU 0 with taskset
#   NICE=10       nice level (the machine is shared)
set -euo pipefail
# go.mod names Go 1.27.3 as its toolchain; the Go command fetches it from
# the module proxy (a machine's own Go ignores the toolchain line otherwise).
export GOTOOLCHAIN=go1.27.3

here=$(cd "$(dirname "$0")" && pwd)
RUNS=${RUNS:-5}
LOADS=${LOADS:-5}
PROSE_MB=${PROSE_MB:-0.25}
PIN=${PIN:-0}
NICE=${NICE:-10}

"$here/../scripts/deps.sh" bench

bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
(cd "$here/nlp" && go build -o "$bin/nlpbench" .)

prefix=(nice -n "$NICE")
if [[ $PIN == 1 ]]; then
	prefix+=(taskset -c 0)
fi

# All paths in the program are relative to bench/nlp.
cd "$here/nlp"
machine=$("$bin/nlpbench" -machine)

# bench SYSTEM STAGE [FLAGS...]: one JSON line, or nothing when data is absent.
bench() {
	local out rc=0
	out=$("${prefix[@]}" "$bin/nlpbench" -system "$1" -stage "$2" -runs "$RUNS" "${@:3}") || rc=$?
	if [[ $rc == 3 ]]; then
		return 0 # skipped, message already on stderr
	elif [[ $rc != 0 ]]; then
		echo "nlp.sh: $1/$2 failed (exit $rc)" >&2
		return 1
	fi
	echo "$out"
}

label() {
	case "$1/$2" in
	ours/tokenize) echo "tokenize + sentence split" ;;
	ours/tag) echo "tag + lemma (pre-tokenized)" ;;
	ours/parse) echo "parse (pre-tagged)" ;;
	ours/ner) echo "NER (pre-tagged)" ;;
	ours/coref) echo "coref.Resolve (pre-analysed)" ;;
	ours/all) echo "analyze.Analyze + coref.Resolve (all five)" ;;
	prose/tokenize) echo "tokenize + segment" ;;
	prose/tag) echo "tokenize + tag" ;;
	prose/ner) echo "tokenize + tag + NER" ;;
	prose/all) echo "NewDocument defaults (segment + tokenize + tag + NER)" ;;
	*) echo "$1/$2" ;;
	esac
}

rows=()
for st in tokenize tag parse ner coref all; do
	rows+=("$(bench ours "$st")")
done
rows+=("$(bench ours all -max-mb "$PROSE_MB")")
for st in tokenize tag ner all; do
	rows+=("$(bench prose "$st" -max-mb "$PROSE_MB")")
done

echo "$machine"
echo "GOMAXPROCS=1, nice $NICE, taskset pin: $PIN; median of $RUNS runs after 1 warm-up; rates from process CPU time (wall-clock rate beside)."
echo
echo "| System | Stage | Text MB | MB/s | MB/s wall | tokens/s | allocs/MB | alloc MB/MB | peak RSS MB |"
echo "|---|---|--:|--:|--:|--:|--:|--:|--:|"
any=0
for r in "${rows[@]}"; do
	[[ -z $r ]] && continue
	any=1
	IFS=$'\t' read -r sys st bytes mbs wall toks allocs abytes rss < <(jq -r '[.system,.stage,.bytes,.mb_s,.wall_mb_s,.tok_s,.allocs_per_mb,.alloc_bytes_per_mb,.peak_rss_mb]|@tsv' <<<"$r")
	printf '| %s | %s | %.2f | %.3f | %.3f | %.0f | %.0f | %.2f | %.0f |\n' \
		"$sys" "$(label "$sys" "$st")" "$(echo "$bytes / 1000000" | bc -l)" "$mbs" "$wall" "$toks" "$allocs" "$(echo "$abytes / 1000000" | bc -l)" "$rss"
done
if [[ $any == 0 ]]; then
	echo "(no rows: the Wikinews corpus is absent, see messages above)"
fi

# Model load: median over separate process starts.
echo
echo "| System | Model load, median of $LOADS process starts (ms) | min (ms) | max (ms) |"
echo "|---|--:|--:|--:|"
for sys in ours prose; do
	ts=()
	for ((i = 0; i < LOADS; i++)); do
		ts+=("$("${prefix[@]}" "$bin/nlpbench" -system "$sys" -stage load | jq -r .load_ms)")
	done
	sorted=$(printf '%s\n' "${ts[@]}" | sort -g)
	n=${#ts[@]}
	med=$(sed -n "$(((n + 1) / 2))p" <<<"$sorted")
	if ((n % 2 == 0)); then
		med=$(echo "($med + $(sed -n "$((n / 2 + 1))p" <<<"$sorted")) / 2" | bc -l)
	fi
	what=$([[ $sys == ours ]] && echo "ours: analyze.Default() (tagger, parser, NER) and coref.Default()" || echo "prose: ModelFromData (tagger, NER)")
	printf '| %s | %.0f | %.0f | %.0f |\n' "$what" "$med" "$(head -1 <<<"$sorted")" "$(tail -1 <<<"$sorted")"
done

# PTB tagging accuracy on EWT test.
acc=()
for sys in ours prose; do
	acc+=("$(bench "$sys" accuracy)")
done
if [[ -n ${acc[0]} || -n ${acc[1]} ]]; then
	echo
	echo "| System | EWT test words | XPOS acc % | XPOS acc, PTB/EWT conventions mapped % | words aligned % | XPOS acc on aligned % | UPOS acc % |"
	echo "|---|--:|--:|--:|--:|--:|--:|"
	for r in "${acc[@]}"; do
		[[ -z $r ]] && continue
		IFS=$'\t' read -r sys words xpos xmap al xal upos < <(jq -r '[.system,.words,.xpos,.xpos_mapped,.aligned,.xpos_aligned,(.upos // 0)]|@tsv' <<<"$r")
		up=$([[ $upos == 0 ]] && echo "–" || printf '%.2f' "$upos")
		printf '| %s | %d | %.2f | %.2f | %.2f | %.2f | %s |\n' "$sys" "$words" "$xpos" "$xmap" "$al" "$xal" "$up"
	done
fi
