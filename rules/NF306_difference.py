"""NF306 difference: a gap named as such (差短, 顺差, 逆差, 相差) is the difference of the two figures before it.

## What it does
Reads a figure introduced by a word for a difference — 歲入歲出差短2,560億元, 贸易顺差120亿美元,
两者相差15亿元 (the words are in numfacts/data/rules.toml) — and the two figures of the same
unit before it in its sentence (歲入2兆6,250億元，歲出2兆8,810億元), and checks that the gap
is their difference, within the rounding of the three figures.

## Why it matters
Budgets and trade figures print both sides and the balance; when one side is revised, the
balance is the number that goes stale.

## Example
歲入2兆6,250億元，歲出2兆8,810億元，歲入歲出差短2,650億元 -> contradiction:
28,810 − 26,250 = 2,560億元.

## Not flagged
A gap unless exactly two figures of its unit (quotas per 每 aside) stand before it in its
sentence — with three (120万吨，比去年的100万吨增加了20万吨，与目标相差10万吨) the sides are unknown —
and a gap in percentage points (相差3个百分点) between percents, which NF605 reads.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule, same_period
from numfacts.lexicon import load
from numfacts.patterns import alternation

_EACH = regex.compile(r"每\p{Han}{0,6}$")
_CUE = regex.compile(f"(?:{alternation(load('rules')['NF306']['difference_words'])})"
                     r"[ \t]*(?:为|為|达|達|是|了|约|約)?[ \t]*$")


class Difference(Rule):
    code = "NF306"
    name = "difference"
    summary = "a gap named as such (差短, 顺差, 相差) is the difference of the two figures before it"
    doc = __doc__
    examples = [
        {"text": "歲入2兆6,250億元，歲出2兆8,810億元，歲入歲出差短2,560億元。", "verdict": "consistent", "at": "2,560億元"},
        {"text": "歲入2兆6,250億元，歲出2兆8,810億元，歲入歲出差短2,650億元。", "verdict": "contradiction", "at": "2,650億元"},
        {"text": "全年出口3200亿美元，进口2400亿美元，贸易顺差800亿美元。", "verdict": "consistent", "at": "800亿美元"},
        {"text": "全年出口3200亿美元，增长5%；贸易顺差800亿美元。", "verdict": None},
        {"text": "今年产量120万吨，比去年的100万吨增加了20万吨，与目标相差10万吨。", "verdict": None},
        {"text": "每个网格配备2名网格员，全市共有网格1200个，网格员2600名，人员缺口200名。", "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        for gap in ctx.quantities:
            if gap.kind not in ("money", "count", "measure") or not _CUE.search(text, max(0, gap.start - 8), gap.start):
                continue
            s_start = ctx.sentence(gap.start)[0]
            sides = [c for c in ctx.claims_in(s_start, gap.start) if c.kind == gap.kind and c.unit == gap.unit and same_period(c, gap)
                     and not _EACH.search(text, max(0, c.start - 8), c.start)]  # 每个网格2名 is a quota, not a side
            if len(sides) != 2:
                continue  # 120万吨，比去年的100万吨增加了20万吨，与目标相差10万吨: which two?
            a, b = sides
            big, small = (a, b) if a.value >= b.value else (b, a)
            finding = self.difference_finding(gap, big, small, [a, b])
            if finding is not None:
                yield finding


RULE = Difference()
