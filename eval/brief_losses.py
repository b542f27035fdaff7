#!/usr/bin/env python3
"""Where a brief's grouping loses against a story set's gold: for each gold question, the facts its
mentions landed in, and for each fact, the gold questions it mixes. A development tool.

usage: brief_losses.py STORY_DIR [--bin PATH] [--question ID]
"""
import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("story")
    ap.add_argument("--bin", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "release", "crossread"))
    ap.add_argument("--question")
    args = ap.parse_args()
    import score_brief as sb
    brief = json.loads(subprocess.run([args.bin, "brief", args.story, "--format", "json"], capture_output=True, text=True).stdout)
    gold, texts, gm, _ = sb.load_gold(args.story)
    sys_m = []
    for fi, f in enumerate(brief["facts"]):
        for c in f["claims"]:
            for m in c["mentions"]:
                sys_m.append((m["article"], m["start"], m["end"], fi, c["value"], c.get("claimant")))
    def fact_of(g):
        best, ov = None, 0
        for a, s, e, fi, v, cl in sys_m:
            if a == g["article"]:
                o = min(e, g["end"]) - max(s, g["start"])
                if o > ov:
                    best, ov = (fi, v, cl), o
        return best
    by_q = defaultdict(list)
    for g in gm:
        by_q[g["question"]].append((g, fact_of(g)))
    members = defaultdict(Counter)
    for q, lst in by_q.items():
        for g, f in lst:
            if f:
                members[f[0]][q] += 1
    for q in gold["questions"]:
        if args.question and q["id"] != args.question:
            continue
        lst = by_q[q["id"]]
        facts = Counter(f[0] for _, f in lst if f)
        missed = [g["text"] for g, f in lst if not f]
        ok = len(facts) == 1 and not missed and all(n == sum(members[fi].values()) for fi, n in facts.items())
        mark = "  " if ok else "!!"
        print(f"{mark} {q['id']} [{q['status']}] ({q['unit']}) n={len(lst)}")
        if ok and not args.question:
            continue
        for fi, n in facts.most_common():
            f = brief["facts"][fi]
            others = {k: v for k, v in members[fi].items() if k != q["id"]}
            print(f"     fact {fi} '{f['label']}' {f['status']}: {n} of ours; also {others}")
        for g, f in lst:
            if args.question or not ok:
                a = g["article"]
                t = texts[a].encode()
                ctx = t[max(0, g["start"] - 60):g["end"] + 40].decode("utf-8", "replace").replace("\n", " ")
                print(f"        {a} {g['text']!r:24} -> {f[0] if f else None}  | ...{ctx}...")
        if missed:
            print(f"     missed: {missed}")


if __name__ == "__main__":
    main()
