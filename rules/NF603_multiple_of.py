"""NF603 multiple-of: "A是B的3倍" against A and B as stated.

## What it does
Reads a multiple stated between two figures of the same unit in one sentence (2023年营收150
亿元，是2018年50亿元的3倍) and checks A / B against it. A multiple in prose is rounded to its
last digit: 3倍 allows 2.5 to 3.5, 2.5倍 allows 2.45 to 2.55.

## Why it matters
Multiples are quoted to impress and rarely recomputed by the reader.

## Example
营收150亿元，是2018年50亿元的4倍 -> contradiction: 150 / 50 = 3.

## Not flagged
增长N倍 (which some writers mean as ×N and others as ×(N+1)) is never checked; only the
"是…的N倍" form, whose meaning is fixed.
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, comparable, judge
from numfacts.intervals import Interval
from numfacts.lexicon import load
from numfacts.patterns import alternation

_IS = regex.compile(f"(?:{alternation(load('rules')['NF603']['is_words'])})")
_OF = regex.compile(r"的[ \t]*$")


class MultipleOf(Rule):
    code = "NF603"
    name = "multiple-of"
    summary = "“A是B的N倍” matches A / B as stated"
    doc = __doc__
    examples = [
        {"text": "2023年营收150亿元，是2018年50亿元的3倍。", "verdict": "consistent", "at": "3倍"},
        {"text": "2023年营收150亿元，是2018年50亿元的4倍。", "verdict": "contradiction", "at": "4倍"},
        {"text": "营收150亿元，比2018年的50亿元增长2倍。", "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        for r in ctx.quantities:
            if r.kind != "ratio" or r.unit != "times" or not _OF.search(text, max(0, r.start - 3), r.start):
                continue
            s_start = ctx.sentence(r.start)[0]
            before = ctx.claims_in(s_start, r.start)
            if len(before) < 2:
                continue
            a, b = before[-2], before[-1]
            if not comparable(a, b) or not b.value or not _IS.search(text, a.end, b.start):
                continue
            ratio = Fraction(str(a.value)) / Fraction(str(b.value))
            v = Fraction(str(r.value))
            half = Fraction(str(r.step)) / 2 if r.step else Fraction(1, 2)
            stated = (Interval.point(v), Interval(v - half, v + half))
            verdict = judge(stated, Interval.point(ratio), Interval.point(ratio))
            message = f"{a.text} / {b.text} = {float(ratio):.3g}" + (" ≈ " if verdict != "contradiction" else " ≠ ") + r.text
            yield self.finding(verdict, r, [a, b], message, stated=r.value, expected_low=float(ratio),
                               expected_high=float(ratio), gap=stated[1].gap(Interval.point(ratio)))


RULE = MultipleOf()
