#!/usr/bin/env python3
"""gold: print the gold entities, facts and roles of one news-dev document."""
import json, sys
g = json.load(open(sys.argv[1]))
doc = sys.argv[2]
facts = [f for f in g["facts"] if doc in f["docs"]]
roles = [r for r in g["roles"] if doc in r["docs"]]
ids = {f["s"] for f in facts} | {f["o"] for f in facts if f.get("o")} | {r["entity"] for r in roles}
text = open(f"{sys.argv[3]}/{doc}.txt").read().lower() if len(sys.argv) > 3 else ""
for e in g["entities"]:
    if e["id"] in ids or any(a.lower() in text for a in e["aliases"] if len(a) > 3):
        print(f"{e['type']:12s} {e['id']:30s} {' | '.join(e['aliases'])}")
for f in facts:
    print(f"  {f['s']} –{f['p']}→ {f.get('o')}{'  HARD' if f.get('hard') else ''}")
for r in roles:
    print(f"  ROLE {r['entity']}: {r['role']}")
