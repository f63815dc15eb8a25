"""NF606 change-between-levels: a change stated with both its levels is their difference.

## What it does
Reads a sentence that gives a new level, the old one and the change between them:
* 标准提高到每人每月1050元，较调整前的980元提高70元 (new, 较 old, change);
* 单次救助上限由5000元提高到8000元，增加3000元 (由 old 到 new, change);
and checks new − old = change (old − new for 减少/下降), within the rounding of the figures.
Rates work the same way in percentage points (森林覆盖率由40.2%提高到42.5%，提高2.3个百分点).

## Why it matters
Announcements of new standards print all three numbers; when the new level is revised
and the change is not, the text contradicts itself in one sentence.

## Example
由5000元提高到8000元，增加2000元 -> contradiction: 8000 − 5000 = 3000元.

## Not flagged
A change in percent (增长5%: NF605's or NF602's) and figures of different units; a
sentence where the three figures do not stand in one of the two orders above.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule, same_period
from numfacts.lexicon import load
from numfacts.patterns import alternation

_DATA = load("rules")["NF606"]
_UP = regex.compile(f"(?:{alternation(_DATA['rise_cues'])})[了]?[ \\t]*(?:约|約)?[ \\t]*$")
_DOWN = regex.compile(f"(?:{alternation(_DATA['fall_cues'])})[了]?[ \\t]*(?:约|約)?[ \\t]*$")
_VERSUS = regex.compile(r"(?:较|較|比(?!例|重|率))[^，,。；;0-9]{0,8}$")  # not 比例为82.5%
# 由5000元提高到8000元; 由2020年的40.2%提高到2024年的42.5% (a year may name each level)
_YEAR = r"(?:(?:19|20)[0-9]{2}[ \t]*年(?:底|末|初)?)?"
_FROM = regex.compile(f"(?:由|从|從){_YEAR}[^，,。；;0-9]{{0,8}}$")
_TO = regex.compile(f"(?:到|至){_YEAR}[^，,。；;0-9]{{0,6}}$")


class ChangeBetweenLevels(Rule):
    code = "NF606"
    name = "change-between-levels"
    summary = "a change stated with both levels (由5000元提高到8000元，增加3000元) is their difference"
    doc = __doc__
    examples = [
        {"text": "全市城乡低保标准统一提高到每人每月1050元，较调整前的980元提高70元。", "verdict": "consistent", "at": "70元"},
        {"text": "全市城乡低保标准统一提高到每人每月1050元，较调整前的980元提高60元。", "verdict": "contradiction", "at": "60元"},
        {"text": "临时救助的单次救助上限由5000元提高到8000元，增加3000元。", "verdict": "consistent", "at": "3000元"},
        {"text": "临时救助的单次救助上限由5000元提高到8000元，增加2000元。", "verdict": "contradiction", "at": "2000元"},
        {"text": "全市PM2.5平均浓度由35微克/立方米下降到28微克/立方米，下降7微克/立方米。", "verdict": "consistent", "at": "7微克"},
        {"text": "营收1050亿元，增加70亿元，利润980亿元。", "verdict": None},
        {"text": "全市森林覆盖率66.8%，空气质量优良天数比例为82.5%，比上年提高1.2个百分点。", "verdict": None},
        {"text": "全市森林覆盖率由2020年的40.2%提高到2024年的42.5%，提高2.3个百分点。", "verdict": "consistent", "at": "2.3个百分点"},
        {"text": "全市森林覆盖率由2020年的40.2%提高到2024年的42.5%，提高3.3个百分点。", "verdict": "contradiction", "at": "3.3个百分点"},
    ]

    def check(self, ctx):
        text = ctx.text
        for change in ctx.quantities:
            points = change.unit == "percentage_point"  # 由40.2%提高到42.5%，提高2.3个百分点
            if change.kind not in ("money", "count", "measure") and not points:
                continue
            level_unit = "percent" if points else change.unit
            window = max(0, change.start - 10)
            fall = bool(_DOWN.search(text, window, change.start))
            if not fall and not _UP.search(text, window, change.start):
                continue
            s_start = ctx.sentence(change.start)[0]
            before = [c for c in ctx.claims_in(s_start, change.start)
                      if c.kind == change.kind and c.unit == level_unit and (same_period(c, change) or not c.per or not change.per)]
            if len(before) < 2:
                continue
            x, y = before[-2], before[-1]
            if _VERSUS.search(text, max(x.end, y.start - 10), y.start):
                new, old = x, y  # 提高到1050元，较调整前的980元提高70元
            elif _FROM.search(text, max(s_start, x.start - 10), x.start) and _TO.search(text, max(x.end, y.start - 8), y.start):
                old, new = x, y  # 由5000元提高到8000元，增加3000元
            else:
                continue
            high, low = (old, new) if fall else (new, old)
            finding = self.difference_finding(change, high, low, [old, new], "the stated change ")
            if finding is not None:
                yield finding


RULE = ChangeBetweenLevels()
