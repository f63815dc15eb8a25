"""NF104 respectively-pairing: 分别 pairs as many figures as items.

## What it does
Reads "A、B分别为X、Y" (产值、利税对全县工业的贡献率分别达79%、91%) and checks that the list
before 分别 has as many items as the run of figures after it.

## Why it matters
分别 promises a one-to-one pairing; an item without a figure (or a figure without an item)
leaves the reader unable to tell which figure belongs to what.

## Example
产值、利税、就业的贡献率分别达79%、91% -> contradiction: 3 items, 2 figures.

## Not flagged
Lists whose length depends on whether 和/及 splits an item, and figure runs broken by other
words, are not judged.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule
from numfacts.lexicon import load
from numfacts.lists import list_before
from numfacts.patterns import alternation

_RESPECTIVELY = regex.compile(f"(?:{alternation(load('rules')['NF104']['respectively'])})")
_GAP = regex.compile(r"[、，,和及与與 \t]*")


class Respectively(Rule):
    code = "NF104"
    name = "respectively-pairing"
    summary = "分别 pairs as many figures as there are items before it"
    doc = __doc__
    examples = [
        {"text": "去年的产值、利税对全县工业的贡献率分别达79%、91%。", "verdict": "consistent", "at": "79%"},
        {"text": "去年的产值、利税、就业对全县工业的贡献率分别达79%、91%。", "verdict": "contradiction", "at": "79%"},
        {"text": "整改率达98.6%，较去年同期分别提升92%、109%。", "verdict": None},
        {"text": "第一、二、三产业分别增长3%、5%、7%。", "verdict": "consistent", "at": "3%"},
        {"text": "一、二、三产业增加值分别增长3.1%、5.2%和6.8%。", "verdict": "consistent", "at": "3.1%"},
        {"text": "杭州、宁波、温州三市GDP分别为2.01万亿元、1.65万亿元和0.87万亿元，三市合计4.53万亿元。", "verdict": "consistent",
         "at": "2.01万亿元"},
    ]

    def check(self, ctx):
        text = ctx.text
        for m in _RESPECTIVELY.finditer(text):
            items = list_before(text, m.start())
            if not items or len(items.counts) != 1 or items.open or items.weak:
                continue
            s_end = ctx.sentence(m.start())[1]
            run = []
            for c in ctx.claims_in(m.end(), s_end):
                if not run:
                    if c.start - m.end() > 6:
                        break
                elif not _GAP.fullmatch(text, run[-1].end, c.start) or (c.kind, c.unit) != (run[0].kind, run[0].unit):
                    break  # 分别为2.01万亿元、1.65万亿元和0.87万亿元，三市合计…: another clause's figure
                run.append(c)
            if len(run) < 2:
                continue
            n = items.counts[0]
            ok = n == len(run)
            names = "、".join(text[a:b] for a, b in items.items)
            message = f"{names} ↔ " + "、".join(c.text for c in run) + (": paired one to one" if ok else f": {n} items, {len(run)} figures")
            yield self.finding("consistent" if ok else "contradiction", run[0], [*run[1:], *items.items], message,
                               stated=float(len(run)), expected_low=float(n), expected_high=float(n),
                               gap=0.0 if ok else abs(n - len(run)) / n)


RULE = Respectively()
