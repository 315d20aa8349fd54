#!/usr/bin/env bash
# newsdev.sh — build ../shared/eval/news-dev, export GraphML and score it with
# graphscore against the gold: all forty articles, the development half
# (n01–n30) and the held-out half (n31–n40).
# usage: eval/newsdev.sh [OUTDIR] [graphscore options…]   (OUTDIR default /tmp/newsdev)
set -euo pipefail
cd "$(dirname "$0")/.."
ev=../shared/eval
out=${1:-/tmp/newsdev}; shift || true
mkdir -p "$out"
go build -o "$out/newsgraph" ./cmd/newsgraph
rm -f "$out/nd.db"
"$out/newsgraph" build --quiet --store "$out/nd.db" "$ev/news-dev" >"$out/build.log" 2>&1 || { tail "$out/build.log"; exit 1; }
"$out/newsgraph" export --store "$out/nd.db" -o "$out/nd.graphml"
"$out/newsgraph" export --store "$out/nd.db" --format csv -o "$out/nd.csv" 2>/dev/null || true
python3 eval/splitgold.py "$ev/news-dev-gold.json" "$ev/news-dev" n01 n30 >"$out/gold-dev.json"
python3 eval/splitgold.py "$ev/news-dev-gold.json" "$ev/news-dev" n31 n40 >"$out/gold-held.json"
for part in all dev held; do
  case $part in all) gold=$ev/news-dev-gold.json ;; *) gold=$out/gold-$part.json ;; esac
  "$ev/graphscore" "$gold" "$out/nd.graphml" --json "$@" >"$out/score-$part.json"
done
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
s = {p: json.load(open(f"{out}/score-{p}.json")) for p in ("all", "dev", "held")}
rows = [
    ("entity recall", lambda d: d["entities"]["recall"]),
    ("type accuracy", lambda d: d["entities"]["type_accuracy"]),
    ("fragmented", lambda d: d["entities"]["fragmented_count"]),
    ("merged", lambda d: d["entities"]["merge_count"]),
    ("junk", lambda d: d["entities"]["junk_count"]),
    ("fact recall", lambda d: d["facts"]["recall"]),
    ("  non-hard", lambda d: d["facts"]["non_hard"]["recall"]),
    ("  hard", lambda d: d["facts"]["hard"]["recall"]),
    ("role recall", lambda d: d["roles"]["recall"]),
    ("precision proxy", lambda d: d["precision_proxy"]["precision"]),
    ("  candidate edges", lambda d: d["precision_proxy"]["candidate_edges"]),
]
print(f"graph: {s['all']['graph']['nodes']} nodes, {s['all']['graph']['edges']} edges")
print(f"{'measure':20s} {'all':>8} {'n01-n30':>8} {'n31-n40':>8}")
for name, f in rows:
    vals = [f(s[p]) for p in ("all", "dev", "held")]
    fmt = lambda v: f"{v:8.3f}" if isinstance(v, float) else f"{v:8d}"
    print(f"{name:20s} " + " ".join(fmt(v) for v in vals))
PY
