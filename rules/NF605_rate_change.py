"""NF605 rate-change: a rate and its change imply an earlier rate, which must be a rate too.

## What it does
Reads a rate and the change stated after it in the same sentence (城镇化率72.5%，比上年提高
1.2个百分点; 整改率达98.6%，较去年同期提升109%) and computes the earlier rate: 72.5 − 1.2 points,
or 98.6 / (1 + 109%) for a relative change. A rate is between 0% and 100%, so the earlier one
must be too.

## Why it matters
A change that would put last year's rate below zero or above 100% means the rate or the
change was mistyped — the classic confusion of percent and percentage points.

## Example
整改率达8.6%，较去年同期提升10个百分点 -> contradiction: last year would have been −1.4%.

## Not flagged
Only rates (…率, 比重, 占比, 比例) are read; a growth rate of output (增长5%) is no rate of
this kind. When 分别 lists several changes, each is read against the same rate.
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, judge
from numfacts.intervals import Interval
from numfacts.lexicon import load
from numfacts.patterns import alternation

_CUES = load("rules")["NF605"]
_RATE = regex.compile(f"(?:{alternation(_CUES['rate_words'])})[^，,。；;增长增長]{{0,4}}$")
_CHANGE = regex.compile(
    f"(?:(?P<rise>{alternation(_CUES['rise'])})|(?P<fall>{alternation(_CUES['fall'])}))了?[ \\t]*$"
)
_CHANGE_WORD = regex.compile(
    f"(?r)(?:(?P<rise>{alternation(_CUES['rise'])})|(?P<fall>{alternation(_CUES['fall'])}))"
)
_RESPECTIVELY = regex.compile(r"(?:分别|分別)[^，,。；;]{0,6}$")
_BOUND = Interval(Fraction(0), Fraction(100))


class RateChange(Rule):
    code = "NF605"
    one_series = True
    name = "rate-change"
    summary = "a rate and its change (提高X个百分点, 提升X%) leave an earlier rate between 0% and 100%"
    doc = __doc__
    examples = [
        {"text": "城镇化率达到72.5%，比上年提高1.2个百分点。", "verdict": "consistent", "at": "1.2个百分点"},
        {"text": "整改率达8.6%，较去年同期提升10个百分点。", "verdict": "contradiction", "at": "10个百分点"},
        {"text": "整改率达98.6%，较去年同期分别提升92%、109%。", "verdict": "consistent", "at": "109%"},
        {"text": "工业增加值增长5.2%，比上年提高1.3个百分点。", "verdict": None},
        {"text": "覆盖率达到90%，比上年提高10个百分点以上。", "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        for rate in ctx.quantities:
            if rate.kind != "percent" or rate.unit != "percent" or not _RATE.search(text, max(0, rate.start - 8), rate.start):
                continue
            s_end = ctx.sentence(rate.start)[1]
            for change in ctx.claims_in(rate.end, s_end):
                if change.kind != "percent":
                    continue
                cue = _CHANGE.search(text, max(rate.end, change.start - 12), change.start)
                if not cue and _RESPECTIVELY.search(text, max(rate.end, change.start - 10), change.start):
                    cue = _CHANGE_WORD.search(text, rate.end, change.start)  # 分别提升92%、109%
                if not cue:
                    continue
                finding = self._judge(rate, change, rising=not cue.group("fall"))
                if finding is not None:
                    yield finding

    def _judge(self, rate, change, rising):
        r_strict, r_loose = rate.readings()
        c_strict, c_loose = change.readings()
        if any(x is None for iv in (r_strict, r_loose, c_strict, c_loose) for x in (iv.lo, iv.hi)):
            return None  # 提高10个百分点以上: an open change bounds nothing

        def earlier(r: Interval, c: Interval) -> Interval:
            if change.unit == "percentage_point":
                return Interval(r.lo - c.hi, r.hi - c.lo) if rising else Interval(r.lo + c.lo, r.hi + c.hi)
            lo_f = 1 + (c.hi if rising else -c.lo) / 100
            hi_f = 1 + (c.lo if rising else -c.hi) / 100
            if lo_f <= 0 or hi_f <= 0:
                return Interval(Fraction(0), None)
            return Interval(r.lo / lo_f, r.hi / hi_f)

        strict, loose = earlier(r_strict, c_strict), earlier(r_loose, c_loose)
        verdict = judge((strict, loose), _BOUND, _BOUND)
        shown = f"{float(strict.lo):.3g}%" if strict.lo == strict.hi else f"{float(strict.lo):.3g}–{float(strict.hi):.3g}%"
        message = (f"{rate.text} after {'a rise' if rising else 'a fall'} of {change.text} leaves {shown} before"
                   + ("" if verdict != "contradiction" else ", which no rate can be"))
        return self.finding(verdict, change, [rate], message, stated=change.value, expected_low=0.0,
                            expected_high=100.0, gap=strict.gap(_BOUND))


RULE = RateChange()
