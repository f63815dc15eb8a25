"""NF309 area-within-whole: an area said to lie within the whole is at most the whole's area.

## What it does
Reads the area of the whole a document speaks of — its place (杭州1.68万平方公里, the place the
document names most), or a total written as such (总面积约56万平方米, 市域面积) — and the areas
said to lie within it: in the scope of the whole place (全市工业用地总规模保持在300平方公里, 全县,
市域), or in the same paragraph as a total area, or in the paragraphs after it that go on about
the same thing: each opens by naming the thing the total belongs to again (花城广场…总面积约56万平方米 …
then 广场地下空间是一次性开发完成…建有15万平方米的特色商业项目). Each must be at most the whole (in
base units).

## Why it matters
Land-use quotas, development zones and built-up areas are all slices of the territory; one
that outgrows it is a slip of a magnitude (30万 for 30).

## Example
杭州1.68万平方公里的广阔空间……确保全市工业用地总规模保持在300平方公里 -> consistent: 300 ≤ 16800.

## Not flagged
Floor areas can exceed the land they stand on, and a scope word may reach past the place, so
an area above the whole is only undecided: this rule only ever confirms.
"""
from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

import regex

from numfacts.checking import Rule
from numfacts.lexicon import load
from numfacts.patterns import alternation
from numfacts.units import registry

_DATA = load("rules")["NF309"]
_TOTAL = regex.compile(f"(?:{alternation(_DATA['total_words'])})[ \\t]*(?:为|為|达|達|约|約|近|超过|超過)?[ \\t]*$")
_SCOPE = regex.compile(f"(?:{alternation(_DATA['scope_words'])})")
_PLACE = regex.compile(r"(\p{Han}{2})$")
_SUBJECT = regex.compile(r"(\p{Han}{2})[，,、 \t]*$")  # 花城广场总面积 / …新中轴线广场，总面积 -> 广场
_MAIN_PLACE_MENTIONS = 5
_TOPIC_PARAGRAPHS = 3  # paragraphs a total's thing may be carried over
_REACH = 6000  # characters between an area and the whole it is read against (keeps the rule linear)


class AreaWithinWhole(Rule):
    code = "NF309"
    name = "area-within-whole"
    summary = "an area within the whole (全市工业用地300平方公里) is at most the whole's area (杭州1.68万平方公里)"
    doc = __doc__
    can_contradict = False
    examples = [
        {"text": "杭州发展。杭州人口。杭州经济。杭州文化。杭州1.68万平方公里的广阔空间。确保全市工业用地总规模保持在300平方公里。",
         "verdict": "consistent", "at": "300平方公里"},
        {"text": "广场总面积约56万平方米，其中水景面积3万平方米。", "verdict": "consistent", "at": "3万平方米"},
        {"text": "如花城广场，又称新中轴线广场，总面积约56万平方米。\n\n值得一提的是，广场地下空间一次性开发完成。负一层建有15万平方米的特色商业项目。",
         "verdict": "consistent", "at": "15万平方米"},
        {"text": "如花城广场，又称新中轴线广场，总面积约56万平方米。\n\n新区规划建设用地5万平方米。", "verdict": None},
        {"text": "杭州发展。杭州人口。杭州经济。杭州文化。杭州1.68万平方公里的广阔空间。确保全市工业用地总规模保持在3万平方公里。",
         "verdict": "indeterminate", "at": "3万平方公里"},
    ]

    def check(self, ctx):
        text = ctx.text
        areas = [(c, size) for c in ctx.quantities if c.kind == "measure" and (size := _area(c)) is not None]
        if len(areas) < 2:
            return
        wholes, mentions = [], {}
        for c, size in areas:
            if _TOTAL.search(text, max(0, c.start - 8), c.start):
                wholes.append((c, size, "total"))
            else:
                place = _PLACE.search(text, max(0, c.start - 2), c.start)
                if place and place.group(1) not in mentions:
                    # once per name, and within reach of the figure: the rule stays linear
                    mentions[place.group(1)] = text.count(place.group(1), max(0, c.start - _REACH), c.start + _REACH)
                if place and mentions[place.group(1)] >= _MAIN_PLACE_MENTIONS:
                    wholes.append((c, size, "place"))
        reach = {whole.start: _topic_end(ctx, whole) for whole, _, how in wholes if how == "total"}
        for part, size in areas:
            clause = text[max(ctx.sentence(part.start)[0], part.start - 20):part.start]
            near = [(abs(whole.start - part.start), whole, whole_size) for whole, whole_size, how in wholes
                    if whole is not part and abs(whole.start - part.start) <= _REACH
                    and ((how == "place" and _SCOPE.search(clause))
                         or (how == "total" and whole.start < part.start < reach[whole.start])
                         or (how == "total" and ctx.paragraph(whole.start) == ctx.paragraph(part.start)))]
            if not near:
                continue
            _, whole, whole_size = min(near, key=lambda t: t[0])  # the nearest whole: one finding per area
            ok = size <= whole_size
            message = (f"{part.text} ≤ {whole.text}, the whole it lies in" if ok
                       else f"{part.text} > {whole.text}: a floor area, or beyond the whole?")
            yield self.finding("consistent" if ok else "indeterminate", part, [whole], message,
                               stated=part.value, expected_low=0.0, expected_high=whole.value, gap=0.0)

def _topic_end(ctx, whole) -> int:
    """Where the talk about the thing a total area belongs to ends: the end of the total's
    paragraph, stretched over each next paragraph whose first sentence names the thing again."""
    text = ctx.text
    total = _TOTAL.search(text, max(0, whole.start - 8), whole.start)
    subject = _SUBJECT.search(text, max(0, total.start() - 4), total.start())
    end = ctx.paragraph(whole.start)[1]
    if not subject:
        return end
    head = subject.group(1)
    for _ in range(_TOPIC_PARAGRAPHS):
        if end >= len(text):
            break
        body = text[end:ctx.paragraph(end)[1]]
        lead = len(body) - len(body.lstrip())
        if head not in text[end:ctx.sentence(end + lead)[1]]:
            break
        end = ctx.paragraph(end)[1]
    return end


def _area(c) -> Fraction | None:
    """The area in square metres, or None when the figure is no area."""
    factor = _square_metres(c.unit)
    return None if factor is None else Fraction(str(c.value)) * factor


@lru_cache(maxsize=None)
def _square_metres(unit: str) -> Fraction | None:
    """Square metres in one of the unit, or None when it is no area (one pint look-up per unit)."""
    try:
        q = registry().Quantity(Fraction(1), unit)
    except Exception:  # a unit pint cannot read is no area
        return None
    if q.dimensionality != registry().Quantity(1, "m**2").dimensionality:
        return None
    return Fraction(q.to("m**2").magnitude)


RULE = AreaWithinWhole()
