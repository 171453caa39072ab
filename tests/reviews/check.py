#!/usr/bin/env python3
"""Check a staged annotation: python3 check.py DIR SLUG
DIR holds docs/SLUG.txt, gold/items-SLUG.jsonl, gold/targets-SLUG.jsonl."""
import json, sys, re, os
d, slug = sys.argv[1], sys.argv[2]
raw = open(f"{d}/docs/{slug}.txt", encoding="utf-8").read()
ids = set(re.findall(r'^id = "([a-z_]+)"', open("/work/shared/schema/themes.toml", encoding="utf-8").read(), re.M))
ok = True
def bad(m):
    global ok; ok = False; print("ERROR", m)
paths = set()
for fn, keys in (("items", ["doc","path","anchor","heading","themes"]), ("targets", ["doc","path","anchor","theme","subject","value","low","unit","relation","by"])):
    p = f"{d}/gold/{fn}-{slug}.jsonl"
    if not os.path.exists(p): bad(f"missing {p}"); continue
    for n, line in enumerate(open(p, encoding="utf-8"), 1):
        if not line.strip(): continue
        o = json.loads(line)
        if list(o.keys()) != keys: bad(f"{fn}:{n} keys {list(o.keys())} != {keys}")
        if o["doc"] != slug: bad(f"{fn}:{n} doc {o['doc']}")
        a = o["anchor"]
        c = raw.count(a)
        if c != 1: bad(f"{fn}:{n} anchor {a!r} occurs {c} times in raw")
        if fn == "items":
            if not (6 <= len(a) <= 24): print(f"warn items:{n} anchor length {len(a)}")
            if o["path"] in paths: bad(f"items:{n} duplicate path {o['path']}")
            paths.add(o["path"])
            for t in o["themes"]:
                if t not in ids: bad(f"items:{n} unknown theme {t}")
        else:
            if o["theme"] not in ids: bad(f"targets:{n} unknown theme {o['theme']}")
            if o["relation"] not in ("at_least","at_most","reduce_by","exactly"): bad(f"targets:{n} relation")
            if o["path"] not in paths: bad(f"targets:{n} path {o['path']} is no gold item")
            if not isinstance(o["value"], (int,float)): bad(f"targets:{n} value")
print("OK" if ok else "FAILED", slug)
