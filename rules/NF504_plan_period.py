"""NF504 plan-period: a five-year plan (十二五, 十三五) against the years stated with it.

## What it does
Reads the names of China's five-year plans (十二五 = 2011–2015, 十三五 = 2016–2020; from the
fourth plan on, the n-th starts in 1971 + 5(n − 4)) and the year of the same sentence, or else the
document's dateline, and checks that the plan could be spoken of then: a plan is drafted
at most a few years before it starts.

## Why it matters
A plan named before it existed, or a period misnamed (十四五 for 2016–2020), dates a
paragraph wrongly.

## Example
2005年……纳入国家“十四五”规划纲要 -> contradiction: 十四五 (2021–2025) did not exist in 2005.

## Not flagged
Any year from five years before the plan starts onward is consistent: plans are drafted
and discussed ahead of their period, and looked back on after it.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule, year_of
from numfacts.numerals import NotANumeral, parse

_PLAN = regex.compile(r"(?P<n>十?[一二三四五六七八九])五(?:规划|規劃|时期|時期|期间|期間)?")
_LEAD = 5  # years a plan may be spoken of before it starts


def plan_start(n: int) -> int:
    """First year of the n-th five-year plan: 1953, 1958, 1966 (after the 1963–65 adjustment), then
    every five years from 1971.

    >>> plan_start(12), plan_start(13), plan_start(14)
    (2011, 2016, 2021)
    """
    return {1: 1953, 2: 1958, 3: 1966}.get(n, 1971 + 5 * (n - 4))


class PlanPeriod(Rule):
    code = "NF504"
    name = "plan-period"
    summary = "a five-year plan (十三五 = 2016–2020) is named no earlier than a few years before it starts"
    doc = __doc__
    examples = [
        {"text": "2011年3月，前海开发正式纳入国家“十二五”规划纲要。", "verdict": "consistent", "at": "十二五"},
        {"text": "2005年3月，前海开发正式纳入国家“十四五”规划纲要。", "verdict": "contradiction", "at": "十四五"},
        {"text": "2014年，谋划明年和“十三五”工作。", "verdict": "consistent", "at": "十三五"},
        {"text": "2012年，谋划“十三五”工作。", "verdict": "consistent", "at": "十三五"},
    ]

    def check(self, ctx):
        dateline = ctx.dateline()
        for label in ctx.claims:
            if label.kind != "label":
                continue
            m = _PLAN.fullmatch(label.text.strip())
            if not m:
                continue
            try:
                n = int(parse(m.group("n")).low)
            except NotANumeral:
                continue
            start = plan_start(n)
            s_start, s_end = ctx.sentence(label.start)
            years = [c for c in ctx.claims_in(s_start, s_end, quantities=False)
                     if c.kind in ("year", "date") and year_of(c.text)]
            when = years[0] if years else (dateline[0] if dateline else None)
            if when is None:
                continue
            y = year_of(when.text)
            ok = y >= start - _LEAD
            message = (f"{label.text} ({start}–{start + 4}) spoken of in {y}" if ok
                       else f"{label.text} ({start}–{start + 4}) could not be spoken of in {y}")
            yield self.finding("consistent" if ok else "contradiction", label, [when], message, stated=float(y),
                               expected_low=float(start - _LEAD), expected_high=float("inf"),
                               gap=0.0 if ok else (start - _LEAD - y) / y)


RULE = PlanPeriod()
