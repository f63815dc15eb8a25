"""NF702 event-year-across-documents: one named event has one year in every document checked.

## What it does
Reads a year written right before a named event (2010年亚运会, 2010年广州亚运会, 2016年G20峰会; the
event words are in numfacts/data/rules.toml) in each document, and when two mentions — in the
documents checked together, or in one — give the same event (and the same place, where both
name one) the same year, reports the shared fact as verified at each.

## Why it matters
A batch of reports about one city repeats its landmark dates; a date that agrees across
sources is one a reader can rely on.

## Example
document A: 花城广场在2010年亚运会前启用; document B: 根据2010年广州亚运会开闭幕式主场馆改造而成
-> consistent: the same 亚运会, 2010 in both.

## Not flagged
Different years for the same event word are different editions as often as not (the 2010
Guangzhou and the 2022 Hangzhou Asian Games), so a disagreement is only ever undecided.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule, year_of
from numfacts.lexicon import load
from numfacts.patterns import alternation

_EVENT = regex.compile(
    f"[ \\t]*(?P<place>\\p{{Han}}{{2,3}}?)?(?P<event>{alternation(load('rules')['NF702']['events'])})"
)


class EventYearAcrossDocuments(Rule):
    code = "NF702"
    name = "event-year-across-documents"
    summary = "a named event (2010年亚运会) has the same year in every document that names it"
    doc = __doc__
    can_contradict = False
    examples = [
        {"text": "花城广场在2010年亚运会前启用。海心沙是根据2010年广州亚运会开闭幕式主场馆改造而成。",
         "verdict": "consistent", "at": "2010年", "nth": 1},
        {"text": "花城广场在2010年亚运会前启用。杭州高水平筹办2022年亚运会。", "verdict": "indeterminate", "at": "2010年"},
    ]

    def check(self, ctx):
        return ()

    def check_corpus(self, contexts):
        mentions = []  # (ctx, year claim, year, place, event)
        for ctx in contexts:
            for c in ctx.claims:
                if c.kind != "year" or year_of(c.text) is None:
                    continue
                m = _EVENT.match(ctx.text, c.end, c.end + 12)
                if m:
                    mentions.append((ctx, c, year_of(c.text), m.group("place") or "", m.group("event")))
        for ctx, c, year, place, event in mentions:
            others = [(o_ctx, o_year) for o_ctx, o, o_year, o_place, o_event in mentions
                      if o is not c and o_event == event and (not place or not o_place or place == o_place)]
            if not others:
                continue
            same = [o_ctx for o_ctx, o_year in others if o_year == year]
            if same:
                yield ctx, self.finding("consistent", c, [], f"{c.text}{place}{event}, as {same[0].name} has it",
                                        stated=float(year), expected_low=float(year), expected_high=float(year), gap=0.0)
            else:
                o_ctx, o_year = others[0]
                yield ctx, self.finding("indeterminate", c, [],
                                        f"{c.text}{place}{event} here, {o_year}年 in {o_ctx.name}: another edition?",
                                        stated=float(year), expected_low=float(o_year), expected_high=float(o_year), gap=0.0)


RULE = EventYearAcrossDocuments()
