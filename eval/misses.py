#!/usr/bin/env python3
"""misses: print what a graphscore --json run missed, for development.

usage: misses.py SCORE.json [facts|roles|entities|frag|merged|junk|pred|types|unmatched-edges] [DOCPREFIX]
"""
import json, sys
d = json.load(open(sys.argv[1]))
what = sys.argv[2] if len(sys.argv) > 2 else "pred"
pref = sys.argv[3] if len(sys.argv) > 3 else ""
if what == "pred":
    for p, v in sorted(d["facts"]["per_predicate"].items(), key=lambda kv: -kv[1]["pairs"]):
        print(f"{p:14s} {v['found']:4d}/{v['pairs']:<4d} {v['recall']:.2f}")
elif what == "facts":
    for m in d["facts"]["missing"]:
        if str(m).find(pref) >= 0:
            print(m)
elif what == "roles":
    for m in d["roles"]["missing"]:
        print(m)
elif what == "entities":
    for m in d["entities"]["unmatched"]:
        print(m)
elif what == "frag":
    for m in d["entities"]["fragmented"]:
        print(m)
elif what == "merged":
    for m in d["entities"]["merges"]:
        print(m)
elif what == "junk":
    for m in d["entities"]["junk"]:
        print(m)
elif what == "types":
    for m in d["entities"]["mistyped"]:
        print(m)
elif what == "unmatched-edges":
    for m in d["precision_proxy"]["unmatched_edges"]:
        print(m)
