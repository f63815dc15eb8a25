"""Each rule on real published text: how many relations it reads there and how many hold.

    python benchmarks/bench_rules_corpus.py [CORPUS] [--markdown]

Real published documents are nearly always right, so a rule whose readings often fail on
them misreads the text's structure: its contradictions there are false alarms to fix at
their cause. CORPUS defaults to ../shared/corpus beside the repository (not shipped with
it); without it the benchmark says so and exits 0. Also prints the throughput of the whole
check (extraction included) on the corpus, in MB/s and against a bare regex scan.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from pathlib import Path

import numfacts
from numfacts.sources import expand, read_path

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
HELD = {"consistent", "borderline"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--markdown", action="store_true", help="print the table as markdown (for the README)")
    args = ap.parse_args()
    if not Path(args.corpus).is_dir():
        print(f"no corpus at {args.corpus}: nothing to measure")
        return 0
    paths = list(expand([args.corpus]))
    texts = {p: read_path(p) for p in paths}
    mb = sum(len(t.encode("utf-8")) for t in texts.values()) / 1e6
    numfacts.check(numfacts.extract("共有72个项目", "w", nonclaims=True), {"w": "共有72个项目"})  # load rules and data first
    t0 = time.perf_counter()
    findings = numfacts.check_files(paths, on_error=lambda e: None, on_rule_error=lambda m: None)
    seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    bare = sum(len(re.findall(r"[0-9]+", t)) for t in texts.values())
    scan = time.perf_counter() - t0
    rows = collections.defaultdict(collections.Counter)
    for rule, verdict in zip(findings["rule"], findings["verdict"]):
        rows[rule][verdict] += 1
    if args.markdown:
        print("| rule | read | held | undecided | contradictions | held of decided |")
        print("|---|---:|---:|---:|---:|---:|")
    else:
        print(f"{'rule':6} {'read':>6} {'held':>6} {'undecided':>9} {'contra':>6} {'held%':>6}")
    for rule in sorted(rows):
        c = rows[rule]
        read = sum(c.values())
        held = sum(c[v] for v in HELD)
        decided = held + c["contradiction"]
        share = f"{100 * held / decided:.0f}%" if decided else "–"
        if args.markdown:
            print(f"| {rule} | {read} | {held} | {c['indeterminate']} | {c['contradiction']} | {share} |")
        else:
            print(f"{rule:6} {read:6d} {held:6d} {c['indeterminate']:9d} {c['contradiction']:6d} {share:>6}")
    total = collections.Counter(findings["verdict"])
    print(f"\n{len(texts)} documents, {mb:.2f} MB: {len(findings)} relations, {total['contradiction']} contradictions "
          f"({total['contradiction'] / max(len(texts), 1) * 25:.1f} per 25 documents)")
    print(f"check (extraction included): {mb / seconds:.2f} MB/s; bare regex scan {mb / max(scan, 1e-9):.0f} MB/s "
          f"({bare} digit runs); ratio {scan / seconds:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
