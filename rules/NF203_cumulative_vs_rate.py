"""NF203 cumulative-vs-rate: a running total against today's yearly rate × the years.

## What it does
Reads a yearly figure, a span of years and a cumulative total of the same unit in one
sentence (年演出2000余场……推出10余年来已累计演出19000余场) and compares the total with the
rate × the years (2000余 × 10余 = 20000 to 60000).

## Why it matters
A running total far above what today's rate could have produced over the period is worth
a second look; it is how a misplaced digit in either figure shows.

## Example
年演出2000余场……推出10余年来已累计演出19000余场 -> consistent (19000余 ≤ 2000余 × 10余).

## Not flagged
Today's rate need not have held all along (a show grows its audience), so the product only
bounds the total from above in the usual case: a total above it is reported as undecided
(indeterminate), never as a contradiction.
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, judge
from numfacts.intervals import Interval
from numfacts.lexicon import load
from numfacts.patterns import alternation

_CUMULATIVE = regex.compile(f"(?:{alternation(load('rules')['NF203']['cumulative'])})[^，,。；;]{{0,8}}$")


class CumulativeVsRate(Rule):
    code = "NF203"
    name = "cumulative-vs-rate"
    summary = "a running total (累计) is at most today's yearly rate × the years, else undecided"
    doc = __doc__
    can_contradict = False
    examples = [
        {"text": "大型歌舞年演出2000余场，推出10余年来已累计演出19000余场。", "verdict": "consistent", "at": "19000余场"},
        {"text": "大型歌舞年演出200余场，推出10余年来已累计演出19000余场。", "verdict": "indeterminate", "at": "19000余场"},
    ]

    def check(self, ctx):
        text = ctx.text
        for total in ctx.quantities:
            if not _CUMULATIVE.search(text, max(0, total.start - 14), total.start):
                continue
            s_start = ctx.sentence(total.start)[0]
            before = ctx.claims_in(s_start, total.start)
            rates = [r for r in before if r.per == "year" and r.kind == total.kind and r.unit == total.unit]
            years = [y for y in before if y.kind == "measure" and y.unit == "year" and not y.per]
            if not rates or not years:
                continue
            rate, span = rates[-1], years[-1]
            r_strict, r_loose = rate.readings()
            y_strict, y_loose = span.readings()
            bound_strict = Interval(Fraction(0), (r_strict * y_strict).hi)
            bound_loose = Interval(Fraction(0), (r_loose * y_loose).hi)
            verdict = judge(total, bound_strict, bound_loose)
            if verdict == "contradiction":
                verdict = "indeterminate"  # the rate may have been higher before
            hi = "∞" if bound_strict.hi is None else f"{float(bound_strict.hi):g}"
            message = (f"{total.text} ≤ {rate.text}/年 × {span.text} (up to {hi})" if verdict != "indeterminate"
                       else f"{total.text} exceeds {rate.text}/年 × {span.text} (up to {hi}); today's rate may not have held")
            yield self.finding(verdict, total, [rate, span], message, stated=total.value, expected_low=0.0,
                               expected_high=float("inf") if bound_strict.hi is None else float(bound_strict.hi))


RULE = CumulativeVsRate()
