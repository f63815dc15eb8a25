"""NF202 average-above-peak: a yearly total cannot exceed its daily (or monthly) figure × the period.

## What it does
Pairs a per-year figure, or a total over a stated number of days (7天累计接待游客312.5万人次), (年演出2000余场) with a per-day or per-month figure of the same unit
in the same sentence (旺季经常每天演出9场) and checks that the year's total is at most the
daily figure × 366 (or the monthly × 12, or the daily × the days): a daily peak or average can never add up to less
than the year it is part of.

## Why it matters
When the daily figure is a peak, the year's total is a bound a reader can check; a total
above it means one of the two is wrong.

## Example
年演出2000余场，旺季经常每天演出3场 -> contradiction: 3 × 366 = 1098 < 2000.

## Not flagged
A figure per person or per item (每人每月500元, 每场2万人次) is not a daily figure of the
whole and is not multiplied out. Only the upper bound is checked: a year below the daily figure × 365 is normal (off days,
off season).
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, fmt, judge
from numfacts.intervals import Interval
from numfacts.lexicon import load

_EACH = regex.compile(load("rules")["NF201"]["distributive"])
PERIODS = {"day": 366, "week": 53, "month": 12, "quarter": 4}


class AverageAbovePeak(Rule):
    code = "NF202"
    name = "average-above-peak"
    summary = "a per-year total is at most its per-day (per-month) figure × the days (months) of a year"
    doc = __doc__
    examples = [
        {"text": "大型歌舞年演出2000余场，旺季经常每天演出9场。", "verdict": "consistent", "at": "2000余场"},
        {"text": "大型歌舞年演出2000余场，旺季经常每天演出3场。", "verdict": "contradiction", "at": "2000余场"},
        {"text": "年接待游客700万人次，日均接待2万人次。", "verdict": "consistent", "at": "700万人次"},
        {"text": "西湖景区单日最高接待游客52.8万人次，7天累计接待游客312.5万人次。", "verdict": "consistent", "at": "312.5万人次"},
        {"text": "西湖景区单日最高接待游客52.8万人次，7天累计接待游客412.5万人次。", "verdict": "contradiction", "at": "412.5万人次"},
        {"text": "全年共发放消费券3亿元，每人每月补贴500元。", "verdict": None},
        {"text": "平时每天接待游客2000人次，节假日每天超过1万人次，全年接待游客150万人次。", "verdict": None},
    ]

    def check(self, ctx):
        for year in ctx.quantities:
            days = None if year.per else _days_before(ctx, year)
            if year.per != "year" and days is None:
                continue
            s_start, s_end = ctx.sentence(year.start)
            parts = [part for part in ctx.claims_in(s_start, s_end)
                     if part.per in PERIODS and part.kind == year.kind and part.unit == year.unit
                     and not (year.kind == "count" and part.unit in ("", "个"))
                     # 每人每月500元, 每场2万人次: a figure per person, not for the whole
                     and not _EACH.search(ctx.text, max(s_start, part.start - 12), part.start)]
            # 平时每天2000人次，节假日每天超过1万人次: the highest daily figure bounds the year
            if not parts:
                continue
            part = max(parts, key=_ceiling)
            if days is not None and part.per != "day":
                continue
            k = PERIODS[part.per] if days is None else days
            p_strict, p_loose = part.readings()
            strict = Interval(Fraction(0), None if p_strict.hi is None else p_strict.hi * k)
            loose = Interval(Fraction(0), None if p_loose.hi is None else p_loose.hi * k)
            verdict = judge(year, strict, loose)
            bound = "∞" if strict.hi is None else fmt(strict.hi)
            span = "/年" if days is None else f" in {days}天"
            message = (f"{year.text}{span} ≤ {part.text}/{_UNIT[part.per]} × {k} = {bound}"
                       + ("" if verdict != "contradiction" else f": the year's total exceeds what {part.text} a {_UNIT[part.per]} allows"))
            yield self.finding(verdict, year, [part], message, stated=year.value, expected_low=0.0,
                               expected_high=float("inf") if strict.hi is None else float(strict.hi),
                               gap=year.strict.gap(loose))


_DAYS_TOTAL = regex.compile(r"[ \t]*(?<!公)(?:累计|累計|共|共计|共計|合计|合計|总共|總共)")


def _days_before(ctx, total) -> int | None:
    """The N of "N天累计接待游客312.5万人次": a total over a stated number of days."""
    before = ctx.claims_in(max(ctx.sentence(total.start)[0], total.start - 16), total.start)
    if not before:
        return None
    d = before[-1]
    if d.kind != "measure" or d.unit != "day" or d.value != d.value_high or d.value != int(d.value) or d.value < 2:
        return None
    if not _DAYS_TOTAL.match(ctx.text, d.end, total.start):
        return None
    return int(d.value)


def _ceiling(part) -> float:
    """The highest value a per-period figure allows, per day (∞ for 超过1万人次)."""
    hi = part.loose.hi
    return float("inf") if hi is None else float(hi) * PERIODS[part.per] / 366


_UNIT = {"day": "天", "week": "周", "month": "月", "quarter": "季"}

RULE = AverageAbovePeak()
