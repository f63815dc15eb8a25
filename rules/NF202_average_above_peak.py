"""NF202 average-above-peak: a yearly total cannot exceed its daily (or monthly) figure × the period.

## What it does
Pairs a per-year figure, or a total over a stated number of days (7天累计接待游客312.5万人次), (年演出2000余场) with a per-day or per-month figure of the same unit
in the same sentence (旺季经常每天演出9场) and checks that the year's total is at most the
daily figure × 366 (or the monthly × 12, or the daily × the days): a daily peak or average can never add up to less
than the year it is part of.

An average also lies between the lowest and the highest of what it averages when its sentence
states them for the same period (日均3.5万人次，单日最高5.2万人次; 平均气温16.5℃，最低气温-3.1℃).

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

from numfacts.checking import Rule, fmt, full_sentence_start, is_average, judge, same_period
from numfacts.intervals import Interval
from numfacts.lexicon import load
from numfacts.patterns import alternation

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
        {"text": "节假日期间，景区日均接待游客3.5万人次，单日最高接待5.2万人次。", "verdict": "consistent", "at": "3.5万人次"},
        {"text": "节假日期间，景区日均接待游客5.5万人次，单日最高接待5.2万人次。", "verdict": "contradiction", "at": "5.5万人次"},
        {"text": "全年平均气温16.5℃，最高气温38.2℃，最低气温-3.1℃。", "verdict": "consistent", "at": "16.5℃"},
        {"text": "全年平均气温16.5℃，最高气温38.2℃，最低气温18.1℃。", "verdict": "contradiction", "at": "16.5℃"},
        {"text": "地铁日均客流量达到120万人次，高峰时段每小时客流达20万人次。", "verdict": None},
    ]

    def check(self, ctx):
        yield from self._within_extremes(ctx)
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

    def _within_extremes(self, ctx):
        """日均3.5万人次，单日最高5.2万人次; 平均气温16.5℃，最低气温-3.1℃: an average lies between the
        lowest and the highest of what it averages, stated in its sentence for the same period."""
        text = ctx.text
        for avg in ctx.quantities:
            if avg.kind not in ("count", "money", "measure", "percent") or not is_average(text, avg):
                continue
            start = full_sentence_start(text, avg.start)
            stop = text.find("。", avg.end, ctx.paragraph(avg.start)[1])
            for ext in ctx.claims_in(start, stop if stop >= 0 else ctx.paragraph(avg.start)[1]):
                if ext is avg or (ext.kind, ext.unit) != (avg.kind, avg.unit) or not same_period(ext, avg) or is_average(text, ext):
                    continue
                clause = text[max(start, ext.start - 8):ext.start]
                clause = regex.split(r"[，,；;、]", clause)[-1]
                high, low = _HIGHEST.search(clause), _LOWEST.search(clause)
                if bool(high) == bool(low):
                    continue
                if high:  # avg ≤ the highest
                    strict, loose = Interval(None, ext.strict.hi), Interval(None, ext.loose.hi)
                else:  # avg ≥ the lowest
                    strict, loose = Interval(ext.strict.lo, None), Interval(ext.loose.lo, None)
                verdict = judge(avg, strict, loose)
                word = "highest" if high else "lowest"
                message = (f"the average {avg.text} " + ("≤" if high else "≥") + f" the {word} {ext.text}"
                           if verdict != "contradiction" else f"the average {avg.text} lies beyond the {word} {ext.text}")
                yield self.finding(verdict, avg, [ext], message, stated=avg.value,
                                   expected_low=float("-inf") if high else ext.value,
                                   expected_high=ext.value if high else float("inf"), gap=avg.strict.gap(loose))


_DATA = load("rules")["NF202"]
_HIGHEST = regex.compile(alternation(_DATA["highest"]))
_LOWEST = regex.compile(alternation(_DATA["lowest"]))

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
