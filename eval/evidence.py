#!/usr/bin/env python3
"""evidence: for each missing gold fact of a graphscore --json run, print
the sentences of its document that hold an alias of its subject (and of
its object), to see how the text states it. Development aid.

usage: evidence.py SCORE.json GOLD.json DOCDIR [hard|nonhard|all] [PRED]
"""
import json, re, sys
score, gold, docdir = sys.argv[1:4]
which = sys.argv[4] if len(sys.argv) > 4 else "nonhard"
pred = sys.argv[5] if len(sys.argv) > 5 else None
g = json.load(open(gold))
ents = {e["id"]: e for e in g["entities"]}
d = json.load(open(score))
for m in d["facts"]["missing"]:
    if which == "nonhard" and m["hard"] or which == "hard" and not m["hard"]:
        continue
    if pred and m["p"] != pred:
        continue
    text = open(f"{docdir}/{m['doc']}.txt").read()
    sents = re.split(r"(?<=[.!?\"”])\s+|\n+", text)
    def has(e, s):
        return any(re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", s, re.I) for a in ents[e]["aliases"])
    hits = [s for s in sents if has(m["s"], s) and (not m.get("o") or has(m["o"], s))]
    print(f"== {m['doc']} {m['s']} –{m['p']}→ {m.get('o')}")
    for s in hits[:2]:
        print("   ", s.strip()[:300])
