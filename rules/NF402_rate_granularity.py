"""NF402 rate-granularity: a rate over a stated count must be some whole number of that count.

## What it does
Reads a count and the rate that follows it in the same sentence (自查自纠问题730个，整改率达
98.6%) and asks whether some whole number k of the count gives the rate as written
(k/730 rounds to 98.6% for k = 720): the GRIM test.

## Why it matters
Rates over small counts can only take certain values; one that no whole count can give
was mistyped or computed over a different base.

## Example
问题730个，整改率达98.6% -> consistent (720/730 = 98.63%).

## Not flagged
When no k fits, the rate may simply be over another base than the count before it, so the
finding is undecided (indeterminate), never a contradiction. An average rate (平均客房出租率) is
over another base by its name and is not tested. Counts above 10,000 and rates
without decimals are too fine-grained to test.
"""
from __future__ import annotations

import math

import regex

from numfacts.checking import Rule
from numfacts.lexicon import load
from numfacts.patterns import alternation

_RATE_VERB = regex.compile(r"(?P<verb>\p{Han}{2})率[^，,。；;]{0,3}$")  # 办结率, 整改率
_AVERAGE_RATE = regex.compile(r"平均\p{Han}{0,6}(?:率|比例|占比)")
_RATE = regex.compile(f"(?:{alternation(load('rules')['NF402']['rate_cues'])})[^，,。；;]{{0,3}}$")
_LARGEST = 10000


class RateGranularity(Rule):
    code = "NF402"
    name = "rate-granularity"
    summary = "a rate over a stated count (问题730个，整改率98.6%) is k/count for some whole k (GRIM)"
    doc = __doc__
    can_contradict = False
    examples = [
        {"text": "全市重点监测的120家宾馆酒店平均客房出租率达到82.6%。", "verdict": None},
        {"text": "督察组共交办信访件1260件，已办结1180件，办结率93.7%。", "verdict": "consistent", "at": "93.7%"},
        {"text": "桐乡共自查自纠问题730个，整改率达98.6%。", "verdict": "consistent", "at": "98.6%"},
        {"text": "共受理投诉25件，办结率达97.3%。", "verdict": "indeterminate", "at": "97.3%"},
        {"text": "共受理投诉25件，办结率达96%。", "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        for p in ctx.quantities:
            if p.kind != "percent" or p.unit != "percent" or p.qualifier != "exact" or not 0 <= p.value <= 100:
                continue
            if not p.step or p.step >= 1 or not _RATE.search(text, max(0, p.start - 8), p.start):
                continue
            if _AVERAGE_RATE.search(text, max(0, p.start - 10), p.start):
                continue  # 120家宾馆酒店平均客房出租率82.6%: an average over rooms, not a share of the 120
            s_start = ctx.sentence(p.start)[0]
            counts = [c for c in ctx.claims_in(s_start, p.start) if c.kind == "count" and c.exact
                      and c.value == int(c.value) and 1 < c.value <= _LARGEST]
            if not counts:
                continue
            base = counts[-1]
            verb = _RATE_VERB.search(text, max(0, p.start - 8), p.start)
            if verb and len(counts) > 1 and verb.group("verb") in text[max(s_start, base.start - 6):base.start]:
                base = counts[-2]  # 交办1260件，已办结1180件，办结率93.7%: the count 办结 names is the part
            counts = [base]
            n = int(base.value)
            half = p.step / 2
            lo, hi = (p.value - half) / 100 * n, (p.value + half) / 100 * n
            k = math.ceil(lo - 1e-9)
            ok = k <= hi + 1e-9 and 0 <= k <= n
            message = (f"{k}/{n} = {k / n:.2%} rounds to {p.text}" if ok
                       else f"no whole number out of {n} gives {p.text}; the rate may be over another base")
            yield self.finding("consistent" if ok else "indeterminate", p, [counts[-1]], message, stated=p.value,
                               expected_low=lo / n * 100, expected_high=hi / n * 100, gap=0.0)


RULE = RateGranularity()
