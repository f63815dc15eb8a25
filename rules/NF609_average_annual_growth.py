"""NF609 average-annual-growth: 年均增长X% between two levels N years apart.

## What it does
Reads a count or a physical quantity framed from one level to another (从2020年的2000家增加到
2024年的4126家; 由1.2万吨提高到2.1万吨) with an average yearly rate in the same sentence
(年均增长19.8%), and the number of years between the levels: the two years written with
them, or a span in the sentence (五年来, 近3年, 三年间). It checks that compounding the rate
over those years carries the first level to the second: (4126 / 2000)^(1/4) − 1 = 19.8%.

## Why it matters
A five-year review prints the start, the end and the yearly rate; the rate is the one
figure a reader cannot redo in their head, and it is recomputed less often than the levels
are revised.

## Example
从2020年的2000家增加到2024年的4126家，年均增长25.8% -> contradiction: the levels give 19.8%.

## Not flagged
Money is left out: yearly rates of value (GDP, revenue) are reported at comparable prices
while the levels are nominal, so the two do not compound into each other. A rate that fits
one year more or fewer (a period counted by its years rather than its gaps) is borderline.
"""
from __future__ import annotations

import math

import regex

from numfacts.checking import Rule, sign, year_of
from numfacts.lexicon import load
from numfacts.numerals import whole_number
from numfacts.patterns import alternation
from numfacts.units import DURATION_UNITS

_DATA = load("rules")["NF609"]
_RATE = regex.compile(f"(?:{alternation(_DATA['average_growth'])})[了]?[ \\t]*(?:约|約|近)?[ \\t]*$")
_FROM = regex.compile(r"(?:从|從|由)(?:(?:19|20)[0-9]{2}[ \t]*年(?:底|末|初)?)?(?:的)?[^，,。；;0-9]{0,8}$")
_TO = regex.compile(r"(?:增加到|增長到|增长到|提高到|提升到|扩大到|擴大到|发展到|發展到|达到|達到|增至|升至|到|至)"
                    r"(?:(?:19|20)[0-9]{2}[ \t]*年(?:底|末)?)?(?:的)?[ \t]*$")
_SPAN = regex.compile(f"(?:近|过去|過去|这|這)?(?P<n>[0-9]{{1,2}}|[一二两兩三四五六七八九十]{{1,3}})(?:个|個)?"
                      f"(?:{alternation(_DATA['years_span'])})")


class AverageAnnualGrowth(Rule):
    code = "NF609"
    name = "average-annual-growth"
    summary = "年均增长X% compounds the first level into the second over the years between them"
    doc = __doc__
    examples = [
        {"text": "全市高新技术企业从2020年的2000家增加到2024年的4126家，年均增长19.8%。", "verdict": "consistent", "at": "19.8%"},
        {"text": "全市高新技术企业从2020年的2000家增加到2024年的4126家，年均增长25.8%。", "verdict": "contradiction", "at": "25.8%"},
        {"text": "五年来，粮食产量由50万吨提高到60万吨，年均增长3.7%。", "verdict": "consistent", "at": "3.7%"},
        {"text": "从2020年的2.1万辆到2023年的28.5万辆，全市新能源汽车产量三年增长了12.6倍，年均增长138.5%。", "verdict": "consistent",
         "at": "138.5%"},
        {"text": "从2020年的2.1万辆到2023年的28.5万辆，全市新能源汽车产量三年增长了12.6倍，年均增长158.5%。", "verdict": "contradiction",
         "at": "158.5%"},
        {"text": "五年来，粮食产量由50万吨提高到60万吨，年均增长4.7%。", "verdict": "borderline", "at": "4.7%"},
        {"text": "地区生产总值从2020年的1.6万亿元增加到2024年的2.2万亿元，年均增长6.1%。", "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        for rate in ctx.quantities:
            if rate.kind != "percent" or rate.unit != "percent" or not _RATE.search(text, max(0, rate.start - 10), rate.start):
                continue
            s_start, _ = ctx.sentence(rate.start)
            levels = [c for c in ctx.claims_in(s_start, rate.start) if c.kind in ("count", "measure") and not c.per
                      and c.unit not in DURATION_UNITS]  # 三年增长了12.6倍: the span, not a level
            if len(levels) < 2:
                continue
            old, new = levels[-2], levels[-1]
            if (old.kind, old.unit) != (new.kind, new.unit) or old.loose.lo is None or old.loose.lo <= 0 \
                    or new.loose.lo is None or new.loose.lo < 0 or new.loose.hi is None:
                continue
            if not (_FROM.search(text, max(s_start, old.start - 16), old.start) and _TO.search(text, max(old.end, new.start - 12), new.start)):
                continue
            years = self._years(ctx, s_start, old, new)
            if years is None or years < 1:
                continue
            yield self._judge(rate, old, new, years)

    @staticmethod
    def _years(ctx, s_start, old, new) -> int | None:
        """The years between two levels: their own years (2020年的2000家 … 2024年的4126家), else
        a span of the sentence (五年来)."""
        text = ctx.text
        written = [year_of(c.text) for c in ctx.claims_in(max(s_start, old.start - 12), new.start, quantities=False)
                   if c.kind == "year" and year_of(c.text)]
        if len(written) >= 2:
            return written[-1] - written[0]
        span = _SPAN.search(text, s_start, old.start)
        return whole_number(span.group("n")) if span else None

    def _judge(self, rate, old, new, years: int):
        def implied(n: int) -> tuple[float, float]:
            lo = (float(new.loose.lo) / float(old.loose.hi)) ** (1 / n) - 1
            hi = (float(new.loose.hi) / float(old.loose.lo)) ** (1 / n) - 1
            return lo * 100, hi * 100

        stated = (float(rate.loose.lo), float(rate.loose.hi))

        def meets(iv) -> bool:
            return iv[0] <= stated[1] and stated[0] <= iv[1]

        lo, hi = implied(years)
        if meets((lo, hi)):
            verdict = "consistent"
        elif any(n >= 1 and meets(implied(n)) for n in (years - 1, years + 1)):
            verdict = "borderline"
        else:
            verdict = "contradiction"
        shown = f"{lo:.1f}%" if round(lo, 1) == round(hi, 1) else f"{lo:.1f}–{hi:.1f}%"
        message = (f"({new.text} ÷ {old.text})^(1/{years}) − 1 = {shown} "
                   + sign(verdict) + f" {rate.text} a year")
        gap = 0.0 if verdict == "consistent" else min(abs(rate.value - lo), abs(rate.value - hi)) / max(abs(rate.value), 1e-9)
        return self.finding(verdict, rate, [old, new], message, stated=rate.value, expected_low=lo, expected_high=hi,
                            gap=gap if math.isfinite(gap) else 1.0)


RULE = AverageAnnualGrowth()
