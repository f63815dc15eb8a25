"""NF302 parts-vs-whole: a whole split into named parts must be their sum.

## What it does
Reads a partition: a count, then 其中 and two or more parts that each name their share
with 为/是 and end the sentence (5个花岛，其中3个为樱花岛，2个为桃花岛), or a run of counts
closed by 共/合计 (三个国家级开发区、五个省级开发区，共8个开发区), and checks that the parts add
up to the whole (3 + 2 = 5).

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

from numfacts.checking import Rule

_QIZHONG = regex.compile(r"[ \t]*[，,][ \t]*其中")
_PART = regex.compile(r"[ \t]*(?:为|為|是)")
_TOTAL = regex.compile(r"(?:共|共计|共計|合计|合計|总计|總計|一共)[ \t]*(?:有|达|達|建成|完成)?[ \t]*$")
# 其中 inside the run makes its figures overlap; 累计/新增 make them of another kind
_NOT_A_SUM = regex.compile(r"其中|累计|累計|新增|增加|比|较|較")


class PartsVsWhole(Rule):
    code = "NF302"
    name = "parts-vs-whole"
    summary = "parts that split a count (其中3个为…，2个为…) add up to it"
    doc = __doc__
    examples = [
        {"text": "有5个花岛，其中3个为樱花岛，2个为桃花岛。", "verdict": "consistent", "at": "5个"},
        {"text": "有6个花岛，其中3个为樱花岛，2个为桃花岛。", "verdict": "contradiction", "at": "6个"},
        {"text": "共有职工500人，其中女性300人，党员200人。", "verdict": None},
        {"text": "本市有三个国家级开发区、五个省级开发区，共8个开发区。", "verdict": "consistent", "at": "8个"},
        {"text": "本市有三个国家级开发区、五个省级开发区，共9个开发区。", "verdict": "contradiction", "at": "9个"},
        {"text": "引进项目10个，其中外资项目5个，共15个。", "verdict": None},
    ]

    def check(self, ctx):
        yield from self._partitions(ctx)
        yield from self._totals(ctx)

    def _totals(self, ctx):
        """三个国家级开发区、五个省级开发区，共8个开发区: the parts before 共 add up to it."""
        text = ctx.text
        for total in ctx.quantities:
            if total.kind != "count" or not total.exact or not _TOTAL.search(text, max(0, total.start - 4), total.start):
                continue
            s_start = ctx.sentence(total.start)[0]
            before = ctx.claims_in(s_start, total.start)
            parts = []
            for c in reversed(before):  # the run of same-unit counts right before the total
                if c.kind != "count" or c.unit != total.unit or not c.exact:
                    break
                parts.insert(0, c)
            if len(parts) < 2 or _NOT_A_SUM.search(text, parts[0].start, total.start):
                continue
            yield self.sum_finding(total, parts)

    def _partitions(self, ctx):
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
            yield self.sum_finding(whole, parts)


RULE = PartsVsWhole()
