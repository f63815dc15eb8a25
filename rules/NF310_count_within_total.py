"""NF310 count-within-total: a count of some of a thing is at most the stated total of that thing.

## What it does
Reads a count written as the whole stock of a thing (桐乡共标定22个地表水河流交接断面, 全市共有
养老机构120家) and the counts of the same thing in the text after it, up to the end of the second
paragraph after it (今年3月…触发补偿的河道16条, 今年新增养老机构15家), and checks each is at most the
total. A thing is named by the last two characters of its noun, or by the unit a nearby
distributive rate counts the total in (每条河道……每月20万元 before 共标定22个断面: the 22
sections are the rivers paid for).

## Why it matters
A month's, a district's or a category's share of a stock that outgrows the stock is a
mistyped figure, and the two sit far enough apart that a reader does not compare them.

## Example
每条河道每月20万元。桐乡共标定22个断面。今年3月触发补偿的河道16条 -> consistent: 16 ≤ 22.

## Not flagged
A later count may be of a wider scope (another town, the whole province) that the words do
not show, so a count above the total is only undecided: this rule only ever confirms. Counts
of events (次, 人次) and rates are left out; a later count that is itself a total (共) starts
a new stock.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule, name_of, named_thing
from numfacts.lexicon import load
from numfacts.patterns import alternation

_DATA = load("rules")["NF310"]
_TOTAL = regex.compile(f"(?<!公)(?:{alternation(_DATA['total_words'])})[^，,。；;：:0-9]{{0,6}}$")  # not 公共
_EVENT_UNITS = frozenset(_DATA["event_units"])
_DISTRIBUTIVE = regex.compile(load("rules")["NF201"]["distributive"] + r"(?P<noun>\p{Han}{2})")
_RATE_REACH = 400  # characters before a total where the rate that names its unit may stand
_CLAUSE = 16
_PARAGRAPHS = 2  # paragraphs after the total's own that may speak of its parts


class CountWithinTotal(Rule):
    code = "NF310"
    name = "count-within-total"
    summary = "a count of some of a thing (3月…河道16条) is at most its stated total (共标定22个断面)"
    doc = __doc__
    can_contradict = False
    examples = [
        {"text": "每条河道补偿资金额度为每月20万元。\n\n桐乡共标定22个地表水河流交接断面，全年共涉及补偿资金5280万元。\n\n"
                 "今年3月桐乡触发下游补偿上游河道16条，较2月多了7条。",
         "verdict": "consistent", "at": "16条"},
        {"text": "全市共有养老机构120家，床位1.2万张。今年新增养老机构15家。", "verdict": "consistent", "at": "15家"},
        {"text": "全市共有养老机构120家。全省养老机构达到1500家。", "verdict": "indeterminate", "at": "1500家"},
        {"text": "全市共有养老机构120家。全年开展巡查检查300次。", "verdict": None},
        {"text": "全市共有养老机构120家。今年新增学校15所。", "verdict": None},
        {"text": "全市共有医疗卫生机构3862个，其中专业公共卫生机构86个。全市医疗卫生机构床位4.2万张。", "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        for total in ctx.quantities:
            if total.kind != "count" or total.per or total.unit in _EVENT_UNITS or not _is_total(ctx, total):
                continue
            names = _names(ctx, total)
            if not names:
                continue
            end = ctx.paragraph(total.start)[1]
            for _ in range(_PARAGRAPHS):
                end = ctx.paragraph(end)[1] if end < len(text) else end
            for part in ctx.claims_in(total.end, end):
                if part.kind != "count" or part.per or part.unit in _EVENT_UNITS:
                    continue
                if _is_total(ctx, part):
                    break  # a new stock begins
                if not (part.noun[-2:] in names or any(name_of(text, part).endswith(n) for n in names)):
                    continue  # 医疗卫生机构床位4.2万张 counts beds, not 机构
                ok = part.value_high <= total.value
                message = (f"{part.text} ≤ {total.text}, the total it is part of" if ok
                           else f"{part.text} > {total.text}: a wider scope, or a slip?")
                yield self.finding("consistent" if ok else "indeterminate", part, [total], message,
                                   stated=part.value, expected_low=0.0, expected_high=total.value, gap=0.0)


def _is_total(ctx, c) -> bool:
    return bool(_TOTAL.search(ctx.text, max(ctx.sentence(c.start)[0], c.start - _CLAUSE), c.start))


def _names(ctx, total) -> set[str]:
    """The two-character names of what a total counts: its noun, and the noun of the distributive
    rate just before it (每条河道 … 共标定22个断面)."""
    names = set()
    noun = named_thing(ctx.text, total)
    if len(noun) >= 2:
        names.add(noun[-2:])
    rates = list(_DISTRIBUTIVE.finditer(ctx.text, max(0, total.start - _RATE_REACH), total.start))
    if rates:
        names.add(rates[-1].group("noun"))
    return names


RULE = CountWithinTotal()
