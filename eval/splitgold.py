#!/usr/bin/env python3
"""splitgold: restrict a graphscore gold file to some of its documents.

usage: splitgold.py GOLD.json DOCDIR FIRST LAST > OUT.json
Keeps the facts and roles whose documents fall in [FIRST, LAST] (document
stems compared as strings, e.g. n01..n30) and the entities that take part in
them or whose aliases occur in one of those documents' texts.
"""
import json, os, re, sys

gold_path, docdir, first, last = sys.argv[1:5]
g = json.load(open(gold_path))
keep = lambda d: first <= d <= last
texts = {}
for name in os.listdir(docdir):
    stem = os.path.splitext(name)[0]
    if keep(stem):
        texts[stem] = open(os.path.join(docdir, name), encoding="utf-8").read().lower()

facts, roles, used = [], [], set()
for f in g["facts"]:
    docs = [d for d in f["docs"] if keep(d)]
    if docs:
        facts.append(dict(f, docs=docs))
        used.add(f["s"])
        if f.get("o"):
            used.add(f["o"])
for r in g["roles"]:
    docs = [d for d in r["docs"] if keep(d)]
    if docs:
        roles.append(dict(r, docs=docs))
        used.add(r["entity"])

def in_texts(e):
    for a in e["aliases"]:
        pat = r"(?<!\w)" + re.escape(a.lower()) + r"(?!\w)"
        if any(re.search(pat, t) for t in texts.values()):
            return True
    return False

g["entities"] = [e for e in g["entities"] if e["id"] in used or in_texts(e)]
g["facts"], g["roles"] = facts, roles
json.dump(g, sys.stdout, ensure_ascii=False, indent=1)
