"""Throughput of numfacts.extract on a corpus built from seeds/, next to a bare regex scan.

    python benchmarks/bench_extract.py [--mb 20] [--repeat 3]

Builds the corpus in memory by repeating the seed documents until it holds at least --mb
megabytes of UTF-8, then times, in the same run, on one core:
  * a bare `regex` digit scan (`[0-9]+` finditer) over the same text: the floor any
    extractor pays to look at every character;
  * the extractor's one scan pattern alone (patterns.SCAN, run by the standard `re` engine)
    and the same source run by `regex`, which is why the scan uses `re`;
  * numfacts.extract into a DataFrame, document by document.
It prints MB/s for both and their ratio; the ratio is the figure that holds across machines.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import regex

import numfacts
from numfacts import patterns

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(megabytes: float) -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    docs, size = [], 0
    while size < megabytes * 1e6:
        for text in seeds:
            docs.append(text)
            size += len(text.encode("utf-8"))
    return docs


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = corpus(args.mb)
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    digits = regex.compile(r"[0-9]+")

    def bare_scan():
        n = 0
        for d in docs:
            for _ in digits.finditer(d):
                n += 1
        return n

    def scan_with(pattern):
        def run():
            for d in docs:
                for _ in pattern.finditer(d):
                    pass
        return run

    rows = []

    def run_extract():
        rows.clear()
        for i, d in enumerate(docs):
            rows.append(len(numfacts.extract(d, name=f"doc{i}")))

    numfacts.extract(docs[0])  # load data files and compile patterns outside the timing
    t_scan = best_of(args.repeat, bare_scan)
    t_extract = best_of(args.repeat, run_extract)
    t_re = best_of(args.repeat, scan_with(patterns.SCAN))
    t_regex = best_of(args.repeat, scan_with(regex.compile(f"(?:{patterns.SCAN_SOURCE})")))
    print(f"corpus: {len(docs)} documents, {mb:.1f} MB, {sum(rows)} claims")
    print(f"bare regex digit scan : {mb / t_scan:8.1f} MB/s")
    print(f"scan pattern, re      : {mb / t_re:8.1f} MB/s")
    print(f"scan pattern, regex   : {mb / t_regex:8.1f} MB/s")
    print(f"numfacts.extract      : {mb / t_extract:8.1f} MB/s")
    print(f"ratio extract / scan  : {t_scan / t_extract:8.3f}  (scan is {t_extract / t_scan:.1f}x faster)")


if __name__ == "__main__":
    main()
