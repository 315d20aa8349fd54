#!/usr/bin/env python3
"""density: the README's density figures for a CSV export of a build of
all of ../shared/corpus/wikinews (283 articles).

usage: newsgraph export --store wn.db --format csv -o graph.csv
       python3 eval/density.py DIR   (DIR holds graph.nodes.csv and graph.edges.csv)
"""
import csv, sys

csv.field_size_limit(10**9)
ARTICLES = 283
# GUIDE.md's predicates, and nationality
CANONICAL = set("""said told met visits accepted rejected opposed supported condemned proposed signed accused
threatened ordered thanked attacked killed released acquired won defeated member_of leads located_in arrested
charged sentenced sued investigated banned appointed resigned founded born_in died_in nationality""".split())

d = sys.argv[1]
nodes = {r["Id"]: r for r in csv.DictReader(open(f"{d}/graph.nodes.csv"))}
edges = list(csv.DictReader(open(f"{d}/graph.edges.csv")))
said = sum(1 for e in edges if e["Label"] == "said")
canonical = sum(1 for e in edges if e["Label"] != "said" and e["Label"] in CANONICAL)
ents = {i for i, r in nodes.items() if r["Type"] in ("Person", "Organization", "Place", "Event")}
with_edge, with_fact = set(), set()
for e in edges:
    for k in ("Source", "Target"):
        if e[k] in ents:
            with_edge.add(e[k])
            if e["Label"] not in ("said", "nationality"):
                with_fact.add(e[k])
print(f"edges {len(edges)}, said {said}, other {len(edges) - said}, canonical {canonical} "
      f"({canonical / ARTICLES:.1f} per article); entity nodes {len(ents)}, with an edge {len(with_edge)} "
      f"({100 * len(with_edge) / len(ents):.0f}%), with a fact {len(with_fact)} ({100 * len(with_fact) / len(ents):.0f}%)")
