#!/usr/bin/env python3
"""Builds crossread's compact tables from WordNet 3.0 (Princeton), at development time only.

usage: python3 tools/build_wordnet.py [WORDNET_DIR]   (default /usr/share/wordnet, Debian's wordnet-base)

Writes crates/crossread-text/wordnet/:
  words.txt       sorted "word<TAB>parts of speech" for every single-word lemma (n noun, v verb,
                  a adjective, r adverb), lower case, letters, hyphens and apostrophes only
  exceptions.txt  sorted "form<TAB>part of speech<TAB>lemma" from WordNet's irregular forms
                  ("children n child", "died v die", "worse a bad")
  LICENSE         WordNet's licence, which allows this use and asks that its notice be kept

A fresh machine needs none of this: the tables are in the repository and compiled in. Run it again
only to rebuild them (after `apt-get install wordnet-base`).
"""
import os
import re
import sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "crates", "crossread-text", "wordnet")
WORD = re.compile(r"^[a-z][a-z'-]*$")
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}


def main():
    os.makedirs(OUT, exist_ok=True)
    words = {}
    for name, p in POS.items():
        for line in open(os.path.join(WN, f"index.{name}"), encoding="latin-1"):
            if line.startswith(" "):
                continue
            w = line.split(" ", 1)[0]
            if WORD.match(w):
                words.setdefault(w, set()).add(p)
    with open(os.path.join(OUT, "words.txt"), "w") as f:
        for w in sorted(words):
            f.write(f"{w}\t{''.join(sorted(words[w], key='nvar'.index))}\n")
    exc = []
    for name, p in POS.items():
        for line in open(os.path.join(WN, f"{name}.exc"), encoding="latin-1"):
            parts = line.split()
            if len(parts) >= 2 and WORD.match(parts[0]) and WORD.match(parts[1]):
                exc.append((parts[0], p, parts[1]))
    exc = sorted(set(exc))
    with open(os.path.join(OUT, "exceptions.txt"), "w") as f:
        for form, p, lemma in exc:
            f.write(f"{form}\t{p}\t{lemma}\n")
    lic = []
    for line in open(os.path.join(WN, "index.noun"), encoding="latin-1"):
        if not line.startswith(" "):
            break
        lic.append(re.sub(r"^\s*\d+\s?", "", line.rstrip()))
    with open(os.path.join(OUT, "LICENSE"), "w") as f:
        f.write("The tables in this folder are derived from WordNet 3.0 by tools/build_wordnet.py.\n\n")
        f.write("\n".join(lic).strip() + "\n")
    print(f"{len(words)} words, {len(exc)} exceptions")


if __name__ == "__main__":
    main()
