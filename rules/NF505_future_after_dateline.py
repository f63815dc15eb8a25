"""NF505 future-after-dateline: a year the text looks forward to is no earlier than its dateline.

## What it does
Takes the publication year from the dateline (the first dated line near the top: 2019-08-20,
18.11.2014) and reads each year written right after a word that looks forward (筹办, 力争到,
计划于, 将于; the list is in numfacts/data/rules.toml). That year must not lie before the
year the text was written.

## Why it matters
A target or an event being prepared that is dated before the text itself is a mistyped
year (筹办2012年亚运会 in a 2019 report), and a reader trusts the rest of the plan less.

## Example
dateline 2019-08-20; 联动高水平筹办2012年亚运会 -> contradiction: 2012 is before 2019.

## Not flagged
A year one before the dateline's is borderline (a report written early in a year may
repeat the last year's wording); texts without a dateline are not judged.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule, year_of
from numfacts.lexicon import load
from numfacts.patterns import alternation

_CUE_BEFORE = regex.compile(f"(?:{alternation(load('rules')['NF505']['future_cues'])})[ \\t]*$")
_CUE_REACH = 6


class FutureAfterDateline(Rule):
    code = "NF505"
    name = "future-after-dateline"
    summary = "a year looked forward to (筹办2022年…, 力争到2025年) is not before the dateline's year"
    doc = __doc__
    examples = [
        {"text": "杭州发布\n2019-08-20 09:42\n\n联动高水平筹办2022年亚运会。", "verdict": "consistent", "at": "2022年"},
        {"text": "杭州发布\n2019-08-20 09:42\n\n联动高水平筹办2012年亚运会。", "verdict": "contradiction", "at": "2012年"},
        {"text": "杭州发布\n2019-08-20 09:42\n\n力争到2018年建成。", "verdict": "borderline", "at": "2018年"},
        {"text": "杭州发布\n2019-08-20 09:42\n\n截至2012年底已建成。", "verdict": None},
        {"text": "联动高水平筹办2012年亚运会。", "verdict": None},
    ]

    def check(self, ctx):
        dateline = ctx.dateline()
        if dateline is None:
            return
        line, now = dateline
        for c in ctx.claims:
            if c.kind not in ("year", "date") or c.start <= line.end:
                continue
            if not _CUE_BEFORE.search(ctx.text, max(0, c.start - _CUE_REACH), c.start):
                continue
            y = year_of(c.text)
            if y is None:
                continue
            verdict = "consistent" if y >= now else "borderline" if y == now - 1 else "contradiction"
            relation = "is not before" if y >= now else "is before"
            yield self.finding(verdict, c, [line], f"{c.text} {relation} the dateline's year {now} ({line.text})",
                               stated=float(y), expected_low=float(now), expected_high=float("inf"),
                               gap=0.0 if y >= now else (now - y) / now)


RULE = FutureAfterDateline()
