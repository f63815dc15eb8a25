"""NF608 stated-comparison: a figure said to be lower (higher) than another is lower (higher).

## What it does
Reads a figure followed in its sentence by a comparison word, a short name and a second figure
of the same kind and unit — 占GDP的25.6%，低于法定上限40%; 城镇调查失业率5.1%，低于5.5%左右的控
制目标; 增长6.1%，高于全国平均水平5.0% (the words are in numfacts/data/rules.toml) — and checks
the order the words state.

## Why it matters
A comparison with a ceiling, a target or the national average is the sentence's point; when
either figure is edited the claim may turn false while the words stay the same.

## Example
债务余额占GDP的45.6%，低于法定上限40% -> contradiction: 45.6% is not below 40%.

## Not flagged
A difference (高于全国平均水平0.5个百分点: points, not a level), figures of different units, and a
second figure with a hedge of its own (低于5%以上) are left out. Equal figures are borderline:
rounding may hide the order. An order that fails is a contradiction only when the second figure
is named as a level (上限, 目标, 标准 …, or 5.5%的控制目标); 低于全国平均水平0.3% may mean 0.3
points below it, so there the rule says undecided.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule
from numfacts.intervals import readings
from numfacts.lexicon import load
from numfacts.patterns import alternation

_DATA = load("rules")["NF608"]
_WORDS = {**{w: "lower" for w in _DATA["lower"]}, **{w: "higher" for w in _DATA["higher"]}}
_COMPARED = regex.compile(f"[，,][ \\t]*(?:均|都|也|仍|远|遠|明显|明顯)?(?P<word>{alternation(_WORDS)})"
                          r"(?P<name>[^，,。；;：:0-9０-９\n]{0,10}?)[ \t]*(?:的)?[ \t]*$")


_LEVEL = regex.compile(f"(?:{alternation(_DATA['levels'])})")
_NAMED_AFTER = regex.compile(r"[ \t]*(?:左右)?的\p{Han}")  # 低于5.5%左右的控制目标


class StatedComparison(Rule):
    code = "NF608"
    name = "stated-comparison"
    summary = "a figure said to be lower or higher than another (25.6%，低于法定上限40%) is"
    doc = __doc__
    examples = [
        {"text": "中央政府債務未償餘額占前三年度GDP平均數的25.6%，低於法定上限40%。", "verdict": "consistent", "at": "25.6%"},
        {"text": "中央政府債務未償餘額占前三年度GDP平均數的45.6%，低於法定上限40%。", "verdict": "contradiction", "at": "45.6%"},
        {"text": "地区生产总值增长6.1%，高于全国平均水平5.0%。", "verdict": "consistent", "at": "6.1%"},
        {"text": "地区生产总值增长4.1%，高于全国平均水平5.0%。", "verdict": "indeterminate", "at": "4.1%"},
        {"text": "地区生产总值增长4.1%，高于5.0%的预期目标。", "verdict": "contradiction", "at": "4.1%"},
        {"text": "城镇调查失业率5.1%，低于全国平均水平0.3%。", "verdict": "indeterminate", "at": "5.1%"},
        {"text": "地区生产总值增长6.1%，高于全国平均水平1.1个百分点。", "verdict": None},
        {"text": "PM2.5平均浓度为29微克/立方米，同比下降3.3%，低于国家二级标准35微克/立方米。", "verdict": "consistent", "at": "29微克"},
        {"text": "城镇调查失业率5.5%，低于5.5%的控制目标。", "verdict": "borderline", "at": "5.5%"},
        {"text": "城镇调查失业率5.1%，低于5.5%左右的控制目标。", "verdict": "consistent", "at": "5.1%"},
        {"text": "城镇调查失业率6.1%，低于5.5%左右的控制目标。", "verdict": "contradiction", "at": "6.1%"},
    ]

    def check(self, ctx):
        text = ctx.text
        for b in ctx.quantities:
            if b.kind in ("count", "ratio") or (b.qualifier not in ("exact", "approx") and b.hedge not in _WORDS):
                continue
            s_start = ctx.sentence(b.start)[0]
            cue = _COMPARED.search(text, max(s_start, b.start - 16), b.start)
            if not cue or (b.hedge in _WORDS and cue.group("name").strip()):
                continue  # 低于5.5%: the word is the comparison, not a hedge of the second figure
            a = next((c for c in reversed(ctx.claims_in(s_start, cue.start()))
                      if (c.kind, c.unit, c.per) == (b.kind, b.unit, b.per)), None)
            if a is None:
                continue
            lower = _WORDS[cue.group("word")] == "lower"
            a_iv = a.readings()
            b_iv = readings(b.value, "exact", "", b.step, b.exact) if b.hedge in _WORDS else b.readings()
            (low_s, low_l), (high_s, high_l) = (a_iv, b_iv) if lower else (b_iv, a_iv)
            if low_s.hi is not None and high_s.lo is not None and low_s.hi < high_s.lo:
                verdict = "consistent"
            elif low_l.lo is None or high_l.hi is None or low_l.lo < high_l.hi:
                verdict = "borderline"
            elif _LEVEL.search(cue.group("name")) or _NAMED_AFTER.match(text, b.end):
                verdict = "contradiction"
            else:
                verdict = "indeterminate"  # 低于全国平均水平0.3%: perhaps 0.3 points below it
            relation = "<" if lower else ">"
            message = (f"{a.text} {relation} {b.text} ({cue.group('word')}{cue.group('name').strip()})"
                       if verdict == "consistent" else
                       f"{a.text} is said to be {cue.group('word')} {b.text}" + (": rounding may hide the order" if verdict == "borderline" else ""))
            yield self.finding(verdict, a, [b], message, stated=a.value,
                               expected_low=float("-inf") if lower else b.value,
                               expected_high=b.value if lower else float("inf"), gap=0.0 if verdict != "contradiction"
                               else abs(a.value - b.value) / abs(b.value) if b.value else 1.0)


RULE = StatedComparison()
