#!/usr/bin/env python3
"""Figure recall on story sets: every figure gold.json lists should be found by `crossread figures`.

usage: corpus_figures.py CROSSREAD_BIN STORY_DIR... [--json] [--errors]

A gold mention is found when a figure the reader reports overlaps it. Also counts figures that
overlap no gold mention (not all are wrong: gold lists only the figures of the event).
"""
import json
import os
import subprocess
import sys


def find_nth(hay, needle, n):
    at = -1
    for _ in range(n):
        at = hay.find(needle, at + 1)
        if at < 0:
            return -1
    return at


def main(argv):
    as_json = "--json" in argv
    show = "--errors" in argv
    argv = [a for a in argv if not a.startswith("--")]
    binary, dirs = argv[0], argv[1:]
    n_gold = n_found = n_fig = n_extra = 0
    for d in dirs:
        gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
        for art in gold["articles"]:
            path = os.path.join(d, art["id"] + ".txt")
            text = open(path, encoding="utf-8").read()
            out = subprocess.run([binary, "figures", "--format", "jsonl", path], capture_output=True, text=True, check=True)
            figs = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
            spans = []
            for q in gold["questions"]:
                for c in q["claims"]:
                    for m in c["mentions"]:
                        if m["article"] != art["id"]:
                            continue
                        at = find_nth(text, m["text"], m.get("occurrence", 1))
                        b0 = len(text[:at].encode("utf-8"))
                        spans.append((b0, b0 + len(m["text"].encode("utf-8")), m["text"]))
            for s, e, t in spans:
                n_gold += 1
                if any(min(e, f["end"]) > max(s, f["start"]) for f in figs):
                    n_found += 1
                elif show:
                    raw = text.encode("utf-8")
                    print(f"MISS  {os.path.basename(os.path.normpath(d))}/{art['id']} {t!r}: ...{raw[max(0, s - 80):e + 40].decode('utf-8', 'replace')!r}")
            for f in figs:
                n_fig += 1
                if not any(min(e, f["end"]) > max(s, f["start"]) for s, e, _ in spans):
                    n_extra += 1
                    if show:
                        # the JSON gives the sentence by byte offsets only (its text needs --with-sentence)
                        sent = f["sentence"]
                        said = text.encode("utf-8")[sent["start"]:sent["end"]].decode("utf-8", "replace")
                        print(f"EXTRA {os.path.basename(os.path.normpath(d))}/{art['id']} {f['text']!r} in: {said[:160]!r}")
    recall = 100.0 * n_found / n_gold if n_gold else 0.0
    print(f"figure recall {recall:.1f} ({n_found}/{n_gold}); {n_fig} figures, {n_extra} outside gold mentions")
    if as_json:
        print(json.dumps({"figure_recall": round(recall, 1), "figures": n_fig, "outside_gold": n_extra}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
