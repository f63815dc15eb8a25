"""NF602 growth-between-levels: a growth rate against the two levels it is stated between.

## What it does
Reads a growth (or fall) percentage stated with two levels of the same unit in its
sentence, and checks the rate against (B − A) / A. The levels are framed as 从A增加到B, by
two years (2022年营收120亿元，2023年营收150亿元，同比增长25%), by a comparison that names the
base (150亿元，比上年的120亿元增长25%), or by the base stated after the rate (完成投资150亿元，
比上年增长25%，上年完成投资120亿元); or a level and its change (865家，较上年净增128家，增长17.4%:
the rate is 128 ÷ (865 − 128)). A growth in times is read the Chinese way: 增长1.4倍 is an
increase of 1.4 times the base (to 2.4 times), 增长到2.4倍 the new multiple.

## Why it matters
A rate and the levels it summarises are usually written at different times; when one is
revised the other often is not.

## Example
2022年营收120亿元，2023年营收150亿元，同比增长35% -> contradiction: (150 − 120) / 120 = 25%.

## Not flagged
Average rates (年均), rates at comparable prices (可比价, 不变价, 实际), rates after
adjustments (扣除, 剔除) and the growth of GDP and value added (stated in real terms by
convention) are not the plain change between the levels as written, so they are never
compared with it. Both levels are read as rounded to their last digit.
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, judge, same_period
from numfacts.intervals import Interval
from numfacts.lexicon import load
from numfacts.patterns import alternation
from numfacts.units import DURATION_UNITS

_CUES = load("rules")["NF602"]
_RISE = regex.compile(f"(?:{alternation(_CUES['rise_cues'])})[了]?[ \\t]*$")
_FALL = regex.compile(f"(?:{alternation(_CUES['fall_cues'])})[了]?[ \\t]*$")
_SKIP = regex.compile(f"(?:{alternation(_CUES['skip_cues'])})")
_FROM_TO = regex.compile(r"(?:从|從|由)[^，,。；;]{0,12}$")
_TO = regex.compile(r"(?:到|至|为|為)[ \t]*$")
# the base named in the comparison (比上年的120亿元增长) or said after the rate (上年完成投资120亿元)
# (the base itself, not a change: 较上年净增128家 names the increase)
_VERSUS = regex.compile(r"(?:比|较|較)(?:上年|去年|上一年|上年同期|去年同期|前一年)(?:的)?[ \t]*$")
# 增长到2.4倍 (a multiple of the base), against 增长1.4倍 (an increase of that multiple)
_TIMES_TO = regex.compile(r"(?:增长到|增長到|增加到|提高到|扩大到|擴大到|达到|達到|是|为|為)"
                          r"(?:原来的|原來的|上年的|去年的|(?:19|20)[0-9]{2}[ \t]*年的)?[ \t]*$")
# the old level named after 较/比 (较调整前的980元): the base itself
_OLD_LEVEL = regex.compile(r"(?:比(?!例|重|率)|较|較)[^，,。；;0-9]{0,8}$")  # not 比例为52.3%
# a change stated between the level and the rate: 较上年净增128家, 比上年减少3家
_UP = regex.compile(f"(?:{alternation(_CUES['increase_cues'])})[了]?[ \\t]*$")
_DOWN = regex.compile(f"(?:{alternation(_CUES['decrease_cues'])})[了]?[ \\t]*$")
_PRIOR = regex.compile(f"(?:{alternation(_CUES['prior_cues'])})[^，,。；;0-9]{{0,10}}$")


class GrowthBetweenLevels(Rule):
    code = "NF602"
    one_series = True
    name = "growth-between-levels"
    summary = "a growth rate (同比增长X%) matches the two levels it is stated between"
    doc = __doc__
    examples = [
        {"text": "该公司2022年营收120亿元，2023年营收150亿元，同比增长25%。", "verdict": "consistent", "at": "25%"},
        {"text": "该公司2022年营收120亿元，2023年营收150亿元，同比增长35%。", "verdict": "contradiction", "at": "35%"},
        {"text": "产量从200万吨增加到230万吨，增长15%。", "verdict": "consistent", "at": "15%"},
        {"text": "地区生产总值从1.2万亿元增加到2万亿元，年均增长6.5%。", "verdict": None},
        {"text": "2022年GDP为1.1万亿元，2023年为1.2万亿元，增长5.0%。", "verdict": None},
        {"text": "今年计划完成投资150亿元，比上年增长25%，上年完成投资120亿元。", "verdict": "consistent", "at": "25%"},
        {"text": "今年计划完成投资150亿元，比上年增长20%，上年完成投资120亿元。", "verdict": "contradiction", "at": "20%"},
        {"text": "全年完成投资150亿元，比上年的120亿元增长25%。", "verdict": "consistent", "at": "25%"},
        {"text": "高新技术企业总数达到865家，较上年净增128家，增长17.4%。", "verdict": "consistent", "at": "17.4%"},
        {"text": "高新技术企业总数达到865家，较上年净增128家，增长14.8%。", "verdict": "contradiction", "at": "14.8%"},
        {"text": "低保标准提高到每人每月1050元，较调整前的980元提高70元，增幅7.1%。", "verdict": "consistent", "at": "7.1%"},
        {"text": "全市财政收入由2012年的500亿元增加到2022年的1200亿元，增长了1.4倍。", "verdict": "consistent", "at": "1.4倍"},
        {"text": "全市财政收入由2012年的500亿元增加到2022年的1200亿元，增长了2.4倍。", "verdict": "contradiction", "at": "2.4倍"},
        {"text": "全市财政收入由2012年的500亿元增加到2022年的1200亿元，增长到2.4倍。", "verdict": "consistent", "at": "2.4倍"},
        {"text": "从2020年的2.1万辆到2023年的28.5万辆，全市新能源汽车产量三年增长了12.6倍。", "verdict": "consistent", "at": "12.6倍"},
        {"text": "在10月18日至22日举行的第五届博览会\n\n全市累计建成充电桩4.2万个，比2022年底增加1.8万个，增长75%。", "verdict": "consistent",
         "at": "75%"},
        {"text": "全市新能源汽车产量从2020年的2.1万辆增加到2023年的28.5万辆，是2020年的12.6倍。", "verdict": "contradiction", "at": "12.6倍"},
        {"text": "从2020年的2.1万辆到2023年的28.5万辆，全市新能源汽车产量三年增长了13.6倍。", "verdict": "contradiction", "at": "13.6倍"},
    ]

    def check(self, ctx):
        text = ctx.text
        for p in ctx.quantities:
            if p.kind == "ratio" and p.unit == "times":
                yield from self._times(ctx, p)
                continue
            if p.kind != "percent" or p.unit != "percent":
                continue
            rise = _RISE.search(text, max(0, p.start - 6), p.start)
            fall = None if rise else _FALL.search(text, max(0, p.start - 6), p.start)
            if not (rise or fall):
                continue
            s_start, s_end = ctx.sentence(p.start)
            if _SKIP.search(text, s_start, p.start):
                continue
            pair = _levels(ctx, p, s_start, s_end)
            if pair is None:
                pair = _level_and_change(ctx, p, s_start, bool(fall))
                if pair is None:
                    continue
                yield self._change_finding(ctx, p, *pair, bool(fall))
                continue
            a, b = pair
            strict, loose = _change(a, b, bool(fall))
            verdict = judge((p.loose, p.loose), strict, loose)  # a printed rate is itself rounded
            word = "fall" if fall else "growth"
            exact = float((Fraction(str(b.value)) - Fraction(str(a.value))) / Fraction(str(a.value)) * 100) * (-1 if fall else 1)
            message = f"{b.text} vs {a.text} is a {word} of {exact:.3g}%" + (
                f", matching {p.text}" if verdict != "contradiction" else f", not {p.text}")
            yield self.finding(verdict, p, [a, b], message, stated=p.value,
                               expected_low=float(loose.lo), expected_high=float(loose.hi), gap=p.strict.gap(loose))

    def _times(self, ctx, p):
        """由2012年的500亿元增加到2022年的1200亿元，增长了1.4倍: (B − A) ÷ A = 1.4 (增长到2.4倍: B ÷ A)."""
        text = ctx.text
        to = _TIMES_TO.search(text, max(0, p.start - 12), p.start)
        if not to and not _RISE.search(text, max(0, p.start - 6), p.start):
            return
        s_start, s_end = ctx.sentence(p.start)
        if _SKIP.search(text, s_start, p.start):
            return
        pair = _levels(ctx, p, s_start, s_end)
        if pair is None:
            return
        a, b = pair
        quotient = b.loose / a.loose
        if quotient is None:
            return
        computed = quotient if to else Interval(quotient.lo - 1, None if quotient.hi is None else quotient.hi - 1)
        exact = Fraction(str(b.value)) / Fraction(str(a.value)) - (0 if to else 1)
        verdict = judge((p.loose, p.loose), computed, computed)
        how = "is" if to else "grew by"
        message = (f"{b.text} ÷ {a.text} {how} {float(exact):.3g}倍" + (", matching " if verdict != "contradiction" else ", not ")
                   + p.text)
        yield self.finding(verdict, p, [a, b], message, stated=p.value, expected_low=float(computed.lo),
                           expected_high=float(computed.hi) if computed.hi is not None else float("inf"),
                           gap=p.strict.gap(computed))

    def _change_finding(self, ctx, p, level, change, fall: bool):
        """865家，较上年净增128家，增长17.4%: the rate is the change over the level before it
        (or over the level itself when 较 makes it the old one: 较调整前的980元提高70元，增幅7.1%)."""
        v_level, v_change = Fraction(str(level.value)), Fraction(str(change.value))
        is_old = bool(_OLD_LEVEL.search(ctx.text, max(0, level.start - 10), level.start))
        base = v_level if is_old else v_level + v_change if fall else v_level - v_change
        if base <= 0:
            return self.finding("indeterminate", p, [level, change], f"{level.text} and a change of {change.text} leave no base")
        exact = v_change / base * 100
        ends = []
        for dl in _halves(level):
            for dc in _halves(change):
                b = (v_level + dl) if is_old else (v_level + dl) + (v_change + dc) if fall else (v_level + dl) - (v_change + dc)
                if b > 0:
                    ends.append((v_change + dc) / b * 100)
        strict, loose = Interval.point(exact), Interval(min(ends), max(ends))
        verdict = judge((p.loose, p.loose), strict, loose)
        word = "fall" if fall else "growth"
        base_text = level.text if is_old else f"{level.text} {'+' if fall else '−'} {change.text}"
        message = (f"{change.text} on a base of {base_text} is a {word} of {float(exact):.3g}%"
                   + (f", matching {p.text}" if verdict != "contradiction" else f", not {p.text}"))
        return self.finding(verdict, p, [level, change], message, stated=p.value,
                            expected_low=float(loose.lo), expected_high=float(loose.hi), gap=p.strict.gap(loose))


def _halves(c) -> tuple[Fraction, Fraction]:
    """The rounding of a figure's last digit, both ways (none for an exact count)."""
    half = Fraction(str(c.step)) / 2 if c.step and not c.exact else Fraction(0)
    return (-half, half)


def _level_and_change(ctx, p, s_start: int, fall: bool):
    """(level, change) in 865家，较上年净增128家，增长17.4%; None when the sentence has no such pair."""
    text = ctx.text
    before = [c for c in ctx.claims_in(s_start, p.start) if c.kind in ("money", "count", "measure")]
    if len(before) < 2:
        return None
    level, change = before[-2], before[-1]
    cue = _DOWN if fall else _UP
    if not _like(level, change) or not cue.search(text, max(level.end, change.start - 8), change.start):
        return None
    if _UP.search(text, max(s_start, level.start - 8), level.start) or _DOWN.search(text, max(s_start, level.start - 8), level.start):
        return None  # two changes (新增12家，减少3家): no level to divide by
    return level, change


def _levels(ctx, p, s_start: int, s_end: int):
    """(earlier level, later level) that the rate p is stated between, or None."""
    text = ctx.text
    levels = [c for c in ctx.claims_in(s_start, p.start) if c.kind in ("money", "count", "measure")]
    if len(levels) >= 2 and _is_span(levels[-1]) and not _is_span(levels[-2]):
        levels = levels[:-1]  # 到2023年的28.5万辆，三年增长了12.6倍: the span the growth took, not a level
    if len(levels) >= 2:
        a, b = levels[-2], levels[-1]
        if _VERSUS.search(text, max(s_start, b.start - 10), b.start):
            a, b = b, a  # 150亿元，比上年的120亿元增长25%
        if _like(a, b) and (_framed(ctx, a, b) or _VERSUS.search(text, max(s_start, a.start - 10), a.start)
                            or (_FROM_TO.search(text, max(s_start, a.start - 14), a.start) and _TO.search(text, a.end, b.start))):
            return a, b
    if levels:
        after = [c for c in ctx.claims_in(p.end, s_end) if c.kind in ("money", "count", "measure")]
        if after and _PRIOR.search(text, max(p.end, after[0].start - 12), after[0].start) and _like(after[0], levels[-1]):
            return after[0], levels[-1]  # 150亿元，比上年增长25%，上年完成投资120亿元
    return None


def _is_span(c) -> bool:
    return c.kind == "measure" and c.unit in DURATION_UNITS


def _like(a, b) -> bool:
    """Two levels of one quantity: same kind, unit and period."""
    return a.kind == b.kind and a.unit == b.unit and bool(a.value) and same_period(a, b)


def _framed(ctx, a, b) -> bool:
    """Each level follows its own year in the sentence (2022年营收120亿元，2023年营收150亿元)."""
    s_start = ctx.sentence(a.start)[0]
    years_a = [c for c in ctx.claims_in(s_start, a.start, quantities=False) if c.kind in ("year", "date")]
    years_b = [c for c in ctx.claims_in(a.end, b.start, quantities=False) if c.kind in ("year", "date")]
    if years_b and _BASE_YEAR.search(ctx.text, max(a.end, years_b[-1].start - 3), years_b[-1].start):
        return False  # 4.2万个，比2022年底增加1.8万个: a change against that year, not its level
    return bool(years_a and years_b and years_a[-1].text != years_b[-1].text)


_BASE_YEAR = regex.compile(r"(?:比|较|較|同比|相比)[ \t]*$")


def _change(a, b, fall: bool) -> tuple[Interval, Interval]:
    """Percent change from a to b: exactly as written, and with both levels rounded."""
    va, vb = Fraction(str(a.value)), Fraction(str(b.value))
    sign = -1 if fall else 1
    exact = (vb - va) / va * 100 * sign
    ha = Fraction(str(a.step)) / 2 if a.step and not a.exact else Fraction(0)
    hb = Fraction(str(b.step)) / 2 if b.step and not b.exact else Fraction(0)
    ends = [((vb + db) - (va + da)) / (va + da) * 100 * sign for da in (-ha, ha) for db in (-hb, hb) if va + da]
    return Interval.point(exact), Interval(min(ends), max(ends))


RULE = GrowthBetweenLevels()
