"""NF304 groups-exceed-items: a count of groups cannot exceed the items they group.

## What it does
Reads a count of groups followed at once by a count of items (从13个方面48项指标进行评价,
分5大类18项), and a count of kinds with a count of individuals in one sentence (鸟类83种……
总数量将达2000只), and checks that there are at least as many items as groups: every group
holds at least one item.

## Why it matters
"N aspects, M indicators" is how evaluation schemes are summarised; more groups than items
means one of the two figures was mistyped.

## Example
从48个方面13项指标进行评价 -> contradiction: 48 groups cannot hold 13 items.

## Not flagged
Only a group noun from numfacts/data/rules.toml (方面, 大类, 领域, 板块 …) directly followed by
the item count is read; anything between them breaks the pairing.
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, judge, up_to
from numfacts.intervals import Interval
from numfacts.lexicon import load
from numfacts.patterns import alternation

_RULE_DATA = load("rules")["NF304"]
KINDS = frozenset(_RULE_DATA["kinds"])
INDIVIDUALS = frozenset(_RULE_DATA["individuals"])
_PUNCTUATION = regex.compile(r"[、，,。；;：:（）()]")
_GROUP = regex.compile(f"(?:{alternation(load('rules')['NF304']['categories'])})[ \\t]*$")


class GroupsExceedItems(Rule):
    code = "NF304"
    name = "groups-exceed-items"
    summary = "a count of groups (13个方面) right before a count of items (48项指标) is at most that count"
    doc = __doc__
    examples = [
        {"text": "从13个方面48项指标对所有应用进行评价。", "verdict": "consistent", "at": "13个"},
        {"text": "从48个方面13项指标对所有应用进行评价。", "verdict": "contradiction", "at": "48个"},
        {"text": "13个方面的工作，48项任务。", "verdict": None},
        {"text": "办好十件民生实事，其中教育类3件、医疗类2件、养老类2件、交通类3件。", "verdict": None},
        {"text": "目前已吸引野鸭、白鹭等鸟类83种，预计到年底总数量将达2000只。", "verdict": "consistent", "at": "83种"},
        {"text": "目前已吸引野鸭、白鹭等鸟类830种，预计到年底总数量将达200只。", "verdict": "contradiction", "at": "830种"},
    ]

    def check(self, ctx):
        yield from self._adjacent(ctx)
        yield from self._kinds(ctx)

    def _kinds(self, ctx):
        """鸟类83种……总数量将达2000只: kinds in a sentence are at most its individuals."""
        for kinds in ctx.quantities:
            if kinds.kind != "count" or kinds.unit not in KINDS or not kinds.exact:
                continue
            s_end = ctx.sentence(kinds.start)[1]
            for items in ctx.claims_in(kinds.end, s_end):
                if items.kind == "count" and items.unit in INDIVIDUALS:
                    strict, loose = up_to(items)
                    verdict = judge(kinds, strict, loose)
                    message = (f"{kinds.text} ≤ {items.text}: each kind counts at least one" if verdict != "contradiction"
                               else f"{kinds.text} cannot be found among only {items.text}")
                    yield self.finding(verdict, kinds, [items], message, stated=kinds.value, expected_low=1.0,
                                       expected_high=float(items.value_high), gap=kinds.strict.gap(loose))
                    break

    def _adjacent(self, ctx):
        quantities = ctx.quantities
        for groups, items in zip(quantities, quantities[1:]):
            if groups.kind != "count" or items.kind != "count" or not groups.exact or not items.exact:
                continue
            between = ctx.text[groups.end:items.start]
            if not _GROUP.search(ctx.text, groups.end, items.start) or len(between) > 4 or _PUNCTUATION.search(between):
                continue  # 教育类3件、医疗类2件: two parts of a list, not groups and their items
            strict = Interval(Fraction(0), Fraction(str(items.value)))
            verdict = judge(groups, strict, strict)
            message = (f"{groups.text}{ctx.text[groups.end:items.start]} ≤ {items.text}" if verdict != "contradiction"
                       else f"{groups.text}{ctx.text[groups.end:items.start]} cannot hold only {items.text}")
            yield self.finding(verdict, groups, [items], message, stated=groups.value, expected_low=1.0,
                               expected_high=items.value, gap=groups.strict.gap(strict))


RULE = GroupsExceedItems()
