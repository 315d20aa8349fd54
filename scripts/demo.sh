#!/usr/bin/env bash
# demo.sh — install what newsgraph needs, build it, and run the main job on
# the bundled example articles: build the graph, export GraphML, DOT,
# JSON-LD and CSV, render the DOT to PNG, run a Gizmo query, and say how
# to open the web explorer on the graph.
# Output goes to ./out (override with OUT=dir).
set -euo pipefail
cd "$(dirname "$0")/.."
# go.mod names Go 1.27.3 as its toolchain; the Go command fetches it from
# the module proxy (a machine's own Go ignores the toolchain line otherwise).
export GOTOOLCHAIN=go1.27.3
command -v go >/dev/null || { echo "demo: Go is not installed (https://go.dev/doc/install)" >&2; exit 1; }
scripts/deps.sh demo

out=${OUT:-out}
mkdir -p "$out"
go build -o "$out/newsgraph" ./cmd/newsgraph
ng="$out/newsgraph"
db="$out/example.db"
rm -f "$db"

"$ng" build --store "$db" examples/articles
"$ng" stats --store "$db"
"$ng" export --store "$db" -o "$out/example.graphml"
"$ng" export --store "$db" -o "$out/example.dot"
"$ng" export --store "$db" -o "$out/example.jsonld"
"$ng" export --store "$db" -o "$out/example.csv"
dot -Tpng -Gdpi=110 "$out/example.dot" -o "$out/example.png"
echo "Who met whom:"
"$ng" query --store "$db" 'g.V().Tag("who").Out("<ng:met>").Tag("met").Unique().All()'
echo
echo "demo: wrote $out/example.{graphml,dot,png,jsonld,nodes.csv,edges.csv}"
echo
echo "Explore the graph in a browser: run"
echo "  $ng serve --store $db"
echo "and open http://127.0.0.1:64210/ (Ctrl-C stops the server)"
