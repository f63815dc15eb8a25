"""NF420 share-of-part: a share stated for a part of a breakdown is the part over its whole.

## What it does
Reads a share (占比65%, 占进出口总值的64.3%, 在全行业收入中占比65%) from the facts layer: the
part is the level its clause chain belongs to, the whole is the figure the breakdown makes
that part of (其中…, a total after its parts), or the figure named as its whole (占X的…) when a
level of that name and unit stands earlier in the paragraph. The share must equal
part ÷ whole within the rounding of the three figures; within a further 1% it is borderline.

## Why it matters
A share printed beside the amounts it divides is the first figure a reader recomputes, and
the one that goes stale when an amount is revised.

## Example
软件业务收入94672亿元，同比增长10.4%。其中，信息技术服务收入61535亿元，在全行业收入中占比60% ->
contradiction: 61535 ÷ 94672 = 65.0%.

## Not flagged
A share whose whole is neither its part's breakdown nor a figure of the name it gives (占全国的
20.1% when no national figure is stated); a share of a whole named otherwise than the
breakdown's (占…的 a name that is not the whole's) is only confirmed when it fits.
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule
from numfacts.facts.breakdowns import comparable
from numfacts.intervals import Interval

_HUNDRED = Fraction(100)
_NOUN_REACH = 12  # characters after a whole's figure where its noun is written
# words of a whole's name that any whole may carry: 进出口总值 ~ 进出口, 已披露公司 ~ 公司
_GENERIC = regex.compile(r"总值|总额|总量|总数|总和|合计|全部|全行业|总|的|已|所有|全体")


class ShareOfPart(Rule):
    code = "NF420"
    name = "share-of-part"
    summary = "a share stated for a part of a breakdown is the part over its whole"
    doc = __doc__
    examples = [
        {"text": "今年1—11月份，我国软件业务收入94672亿元，同比增长10.4%。其中，信息技术服务收入61535亿元，同比增长10.8%，在全行业收入中占比65%。",
         "verdict": "consistent", "at": "65%"},
        {"text": "今年1—11月份，我国软件业务收入94672亿元，同比增长10.4%。其中，信息技术服务收入61535亿元，同比增长10.8%，在全行业收入中占比60%。",
         "verdict": "contradiction", "at": "60%"},
        {"text": "截至8月11日，A股累計有263家公司披露了半年報，其中228家公司盈利，佔已披露公司的86.7%。", "verdict": "consistent", "at": "86.7%"},
        {"text": "大湾区内地9市进出口3.61万亿元，占全国进出口总值的20.1%。", "verdict": None},
    ]

    def check(self, ctx):
        for f in ctx.facts:
            if f.role != "share" or f.of is None or f.claim.unit != "percent":
                continue
            part = f.of
            whole, certain = _whole(ctx, f, part)
            if whole is None or whole.claim.value <= 0:
                continue
            computed = _ratio(part.claim.printed, whole.claim.printed)
            formula = f"{part.claim.text} ÷ {whole.claim.text} × 100"
            finding = self.derived_finding(f.claim, computed, [part.claim, whole.claim], formula)
            if finding is None or (finding.verdict == "contradiction" and not certain):
                continue
            yield finding


def _whole(ctx, share, part):
    """The whole a share divides: its part's breakdown parent, when the share names no other
    whole (占全国的… names one the text may not state)."""
    parent = part.parent
    if parent is None or not comparable(parent, part):
        return None, False
    if share.whole_name:
        noun = len(parent.claim.noun) if len(parent.claim.noun) <= _NOUN_REACH else 0
        if not _names(share.whole_name, ctx.view[parent.clause_start:parent.end + noun]):
            return None, False
        if any(_GENERIC.sub("", other) == _GENERIC.sub("", share.whole_name) for other in _share_names(ctx, parent)):
            return None, False  # the whole is itself a share of that name (占进出口总值的51.8%): a larger whole
    return parent, True


def _share_names(ctx, level) -> list[str]:
    """The wholes named by the shares stated of a level (占公司总股本的14.95% -> 公司总股本)."""
    return [f.whole_name for f in ctx.facts if f.role == "share" and f.of is level and f.whole_name]


def _names(whole_name: str, clause: str) -> bool:
    """Whether 占X的 names this whole: every character of X, less words any whole may carry
    (总额, 全行业, 已), is written in the whole's clause (已披露公司 ~ 263家公司披露了半年报;
    not 全国 ~ 长三角地区进出口总值)."""
    core = _GENERIC.sub("", whole_name)
    return bool(core) and all(ch in clause for ch in core)


def _ratio(part: Interval, whole: Interval) -> Interval | None:
    if whole.lo is None or whole.lo <= 0 or part.lo is None or part.hi is None or whole.hi is None:
        return None
    return Interval(part.lo / whole.hi * _HUNDRED, part.hi / whole.lo * _HUNDRED)


RULE = ShareOfPart()
