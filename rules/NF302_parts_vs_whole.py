"""NF302 parts-vs-whole: a whole split into named parts must be their sum.

## What it does
Reads a partition: a count, then 其中 and two or more parts that each name their share
with 为/是 and end the sentence (5个花岛，其中3个为樱花岛，2个为桃花岛), and checks that the
parts add up to the whole (3 + 2 = 5).

## Why it matters
Sums of parts are the most often recomputed figures in a report; a partition that no
longer adds up means a part or the whole was edited alone.

## Example
有6个花岛，其中3个为樱花岛，2个为桃花岛 -> contradiction: 3 + 2 = 5 ≠ 6.

## Not flagged
Breakdowns that need not be exhaustive (其中女性300人，党员200人) are only checked by
NF301 (each part ≤ whole), never summed.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule, judge, show

_QIZHONG = regex.compile(r"[ \t]*[，,][ \t]*其中")
_PART = regex.compile(r"[ \t]*(?:为|為|是)")


class PartsVsWhole(Rule):
    code = "NF302"
    name = "parts-vs-whole"
    summary = "parts that split a count (其中3个为…，2个为…) add up to it"
    doc = __doc__
    examples = [
        {"text": "有5个花岛，其中3个为樱花岛，2个为桃花岛。", "verdict": "consistent", "at": "5个"},
        {"text": "有6个花岛，其中3个为樱花岛，2个为桃花岛。", "verdict": "contradiction", "at": "6个"},
        {"text": "共有职工500人，其中女性300人，党员200人。", "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        for whole in ctx.quantities:
            if whole.kind != "count" or not whole.exact:
                continue
            s_start, s_end = ctx.sentence(whole.start)
            noun_end = whole.end + len(regex.match(r"\p{Han}{0,10}", text[whole.end:whole.end + 10]).group())
            q = _QIZHONG.match(text, noun_end)
            if not q:
                continue
            parts = ctx.claims_in(q.end(), s_end)
            if len(parts) < 2 or any(p.kind != "count" or p.unit != whole.unit or not _PART.match(text, p.end) for p in parts):
                continue
            strict = loose = None
            for p in parts:
                ps, pl = p.readings()
                strict = ps if strict is None else strict + ps
                loose = pl if loose is None else loose + pl
            verdict = judge(whole, strict, loose)
            message = " + ".join(p.text for p in parts) + f" = {show(strict)} " + ("=" if verdict == "consistent" else "≠") + f" {whole.text}"
            yield self.finding(verdict, whole, parts, message, stated=whole.value, expected_low=float(strict.lo),
                               expected_high=float(strict.hi) if strict.hi is not None else float("inf"),
                               gap=whole.strict.gap(loose))


RULE = PartsVsWhole()
