"""NF610 mark-and-level: a level said to pass a mark (突破3万亿元，达到30145.8亿元) passes it.

## What it does
Reads two figures of one quantity side by side in a sentence: a mark with a hedge (突破, 超过,
不足, 近 …) and the exact level, joined by a word that states the level (达到, 为, 增至) or
one that passes the mark (首次突破…大关) — 地区生产总值突破3万亿元，达到30145.8亿元;
达到30145.8亿元，首次突破3万亿元大关; 不足5000人，仅为4860人 — and checks that the level
lies where the mark says (the words are in numfacts/data/rules.toml).

## Why it matters
Communiqués and reports announce a round mark and then the figure; when the figure is
revised the mark may no longer hold, and the headline claim with it.

## Example
地区生产总值突破3万亿元，达到29145.8亿元 -> contradiction: 29145.8亿 is not above 3万亿.

## Not flagged
Figures of another unit or period, figures with any other figure between them, and a level
that itself carries a hedge (约30145亿元) are left out. A level equal to its mark is
borderline (突破 says more than, rounding may hide it).
"""
from __future__ import annotations

from numfacts.checking import Rule, exact_level, judge, same_period, show

_KINDS = ("money", "measure", "count", "percent")


class MarkAndLevel(Rule):
    code = "NF610"
    name = "mark-and-level"
    summary = "a level said to pass a mark (突破3万亿元，达到30145.8亿元) lies beyond it"
    doc = __doc__
    examples = [
        {"text": "重庆市地区生产总值突破3万亿元，达到30145.8亿元。", "verdict": "consistent", "at": "30145.8亿元"},
        {"text": "重庆市地区生产总值突破3万亿元，达到29145.8亿元。", "verdict": "contradiction", "at": "29145.8亿元"},
        {"text": "全市地区生产总值达到10256亿元，首次突破1万亿元大关。", "verdict": "consistent", "at": "10256亿元"},
        {"text": "全市地区生产总值达到9856亿元，首次突破1万亿元大关。", "verdict": "contradiction", "at": "9856亿元"},
        {"text": "全年出生人口不足5000人，仅为4860人。", "verdict": "consistent", "at": "4860人"},
        {"text": "全年出生人口不足5000人，仅为5060人。", "verdict": "contradiction", "at": "5060人"},
        {"text": "全年营业收入超过100亿元，达到100亿元。", "verdict": "borderline", "at": "100亿元，"},
        {"text": "全市常住人口突破1000万人，达到1030万户。", "verdict": None},
        {"text": "营业收入突破100亿元，为上年的1.2倍。", "verdict": None},
        {"text": "营业收入突破100亿元，增长12%，达到108亿元。", "verdict": None},
    ]

    def check(self, ctx):
        for mark in ctx.quantities:
            level = exact_level(ctx, mark) if mark.kind in _KINDS else None
            if level is None or not same_period(mark, level):
                continue
            strict, loose = mark.readings()
            verdict = judge(level, strict, loose)
            where = f"{mark.hedge}{mark.text}" if mark.hedge and mark.hedge not in mark.text else mark.text
            if verdict == "consistent":
                message = f"{level.text} lies in {show(strict)}, as “{where}” says"
            else:
                message = f"{level.text} is said to be “{where}”, {show(strict)}" + (
                    ": only if the mark's rounding is read loosely" if verdict == "borderline" else "")
            yield self.finding(verdict, level, [mark], message, stated=level.value,
                               expected_low=float(strict.lo) if strict.lo is not None else float("-inf"),
                               expected_high=float(strict.hi) if strict.hi is not None else float("inf"),
                               gap=level.strict.gap(loose))


RULE = MarkAndLevel()
