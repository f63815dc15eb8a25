"""NF601 increase-exceeds-level: a count cannot have risen by more than it now is.

## What it does
Reads "N条，较2月多了M条" (a level, then a rise against an earlier level) and checks that the
rise M is at most the level N: the earlier level, N − M, is a count and cannot be negative.

## Why it matters
The earlier level is implied, never stated, so a reader does not see that it has become
impossible.

## Example
触发补偿河道16条，较2月多了18条 -> contradiction: February would have had −2.

## Not flagged
Percentages and money (which may be negative or compared otherwise) are not checked;
decreases (少了, 减少) never bound the level.
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, comparable, fmt, judge, up_to
from numfacts.lexicon import load
from numfacts.patterns import alternation

_CUES = load("rules")["NF601"]
_RISE = regex.compile(
    f"(?:{alternation(_CUES['compare_cues'])})(?!例|重|率)[^，,。；;]{{0,10}}?(?:{alternation(_CUES['rise_cues'])})[ \\t]*$"
)


class IncreaseExceedsLevel(Rule):
    code = "NF601"
    name = "increase-exceeds-level"
    summary = "a count's rise against an earlier level (较…多了M) is at most the count itself"
    doc = __doc__
    examples = [
        {"text": "今年3月桐乡触发补偿河道16条，较2月多了7条。", "verdict": "consistent", "at": "7条"},
        {"text": "今年3月桐乡触发补偿河道16条，较2月多了18条。", "verdict": "contradiction", "at": "18条"},
    ]

    def check(self, ctx):
        text = ctx.text
        for rise in ctx.quantities:
            if rise.kind != "count":
                continue
            s_start = ctx.sentence(rise.start)[0]
            cue = _RISE.search(text, max(s_start, rise.start - 16), rise.start)
            if not cue:
                continue
            levels = [c for c in ctx.claims_in(s_start, cue.start()) if c.kind == "count" and comparable(c, rise)]
            if not levels:
                continue
            level = levels[-1]
            strict, loose = up_to(level)
            verdict = judge(rise, strict, loose)
            earlier = level.value - rise.value
            shown = fmt(Fraction(str(earlier)))
            message = (f"{level.text} − {rise.text} = {shown} earlier, a possible count" if verdict != "contradiction"
                       else f"a rise of {rise.text} on {level.text} leaves {shown} for the earlier level, which cannot be")
            yield self.finding(verdict, rise, [level], message, stated=rise.value, expected_low=0.0,
                               expected_high=float(level.value), gap=rise.strict.gap(loose))


RULE = IncreaseExceedsLevel()
