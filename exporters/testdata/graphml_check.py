"""Load GraphML files with networkx and python-igraph and print what each
library read, as JSON, for the Go consumer test (exporters/graphml).

Usage: /usr/bin/python3 graphml_check.py FILE.graphml...
Output: {FILE: {"networkx": SUMMARY, "igraph": SUMMARY}, ...}, where SUMMARY
is {"directed": bool, "nodes": N, "edges": M, "labels": [node labels,
sorted], "edge_list": [[source label, target label, edge label, weight],
...], "types": {node label: type}}.
"""

import json
import sys

try:
    import igraph
    import networkx
except ImportError as e:  # reported to the Go test, which skips or fails
    json.dump({"__missing__": "Python module %s (Debian python3-networkx, python3-igraph)" % e.name}, sys.stdout)
    sys.exit(0)


def from_networkx(path):
    g = networkx.read_graphml(path)
    labels = {n: d.get("label") for n, d in g.nodes(data=True)}
    edges = sorted(
        [labels[u], labels[v], d.get("label"), d.get("weight")]
        for u, v, d in g.edges(data=True)
    )
    return {
        "directed": g.is_directed(),
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "labels": sorted(labels.values()),
        "edge_list": edges,
        "types": {d.get("label"): d.get("type") for _, d in g.nodes(data=True)},
    }


def from_igraph(path):
    g = igraph.Graph.Read_GraphML(path)
    labels = g.vs["label"] if g.vcount() else []
    edges = []
    if g.ecount():
        for e in g.es:
            edges.append([labels[e.source], labels[e.target], e["label"], e["weight"]])
    edges.sort()
    return {
        "directed": g.is_directed(),
        "nodes": g.vcount(),
        "edges": g.ecount(),
        "labels": sorted(labels),
        "edge_list": edges,
        "types": dict(zip(labels, g.vs["type"])) if g.vcount() else {},
    }


def main():
    out = {}
    for path in sys.argv[1:]:
        out[path] = {"networkx": from_networkx(path), "igraph": from_igraph(path)}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
