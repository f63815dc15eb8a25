"""NF607 target-above-current: a growth target is at least the level the text says is there now.

## What it does
Pairs a present level (现已有涉云企业80多家, 目前全市共有高新技术企业865家) with a target for the
same thing a few sentences later (将集聚上千家涉云企业, 力争到2025年达到1500家): the same kind,
unit and noun, the target in a clause that looks forward (将, 力争, 计划, 目标, 到2025年 …) with a
verb of growth (集聚, 达到, 突破, 增加到 …; numfacts/data/rules.toml). A target to grow to is at
least what is there now.

## Why it matters
Targets are restated in every report; when the present level is updated and the target is
not, the plan promises less than the city already has.

## Example
现已有涉云企业80多家……将集聚上千家涉云企业 -> consistent: 上千 ≥ 80多.

## Not flagged
A target below the present level is only undecided: the text may mean a new batch rather than
a total (新增, 新引进), or a level that is to fall. Reductions (压减, 控制在, 减少到) are not read.
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, judge, named_thing
from numfacts.intervals import Interval
from numfacts.lexicon import load
from numfacts.patterns import alternation

_DATA = load("rules")["NF607"]
_NOW = regex.compile(f"(?:{alternation(_DATA['present_cues'])})[^，,。；;0-9]{{0,10}}$")
_AHEAD = regex.compile(f"(?:{alternation(_DATA['future_cues'])})")
_GROW = regex.compile(f"(?:{alternation(_DATA['growth_verbs'])})[^，,。；;0-9]{{0,8}}$")
_REACH = 300


class TargetAboveCurrent(Rule):
    code = "NF607"
    name = "target-above-current"
    summary = "a growth target (将集聚上千家) is at least the present level of the same thing (现有80多家)"
    doc = __doc__
    can_contradict = False
    examples = [
        {"text": "园区内现已有涉云企业80多家。西湖区将通过3—5年的发展，集聚上千家涉云企业。", "verdict": "consistent", "at": "80多家"},
        {"text": "目前全市共有高新技术企业865家，力争到2025年达到1500家高新技术企业。", "verdict": "consistent", "at": "865家"},
        {"text": "目前全市共有高新技术企业865家，力争到2025年达到800家高新技术企业。", "verdict": "indeterminate", "at": "865家"},
        {"text": "目前全市共有高新技术企业865家，今年新增高新技术企业120家。", "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        for now in ctx.quantities:
            if now.kind not in ("count", "money", "measure") or not _NOW.search(text, max(0, now.start - 16), now.start):
                continue
            thing = named_thing(text, now)
            if len(thing) < 2:
                continue
            for later in ctx.claims_in(now.end, min(ctx.paragraph(now.start)[1] + _REACH, now.end + _REACH)):
                if (later.kind, later.unit) != (now.kind, now.unit) or not _same(thing, named_thing(text, later)):
                    continue
                clause_start = max(ctx.sentence(later.start)[0], later.start - 40)
                if not (_AHEAD.search(text, clause_start, later.start) and _GROW.search(text, max(0, later.start - 12), later.start)):
                    continue
                at_least_now = Interval(now.strict.lo if now.strict.lo is not None else Fraction(0), None)
                verdict = judge(later, at_least_now, Interval(now.loose.lo or Fraction(0), None))
                verdict = "indeterminate" if verdict == "contradiction" else verdict
                message = (f"the target {later.text} ≥ the present {now.text}" if verdict != "indeterminate"
                           else f"the target {later.text} is below the present {now.text} (a new batch, or a fall?)")
                yield self.finding(verdict, now, [later], message, stated=later.value, expected_low=now.value,
                                   expected_high=float("inf"), gap=0.0)
                break


def _same(a: str, b: str) -> bool:
    """涉云企业 ~ 涉云企业; 高新技术企业 ~ 高新技术企业 (one ends with the other, two characters at least)."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 2 and long_.endswith(short)


RULE = TargetAboveCurrent()
