"""NF204 per-unit-count: so many per unit, times the units, fits in the total of them.

## What it does
Reads a count given per unit (每个网格由两名信息采集员巡查), the number of units
(605个管理网格) and the total of what is counted (1700多名信息采集员) in the same or the
neighbouring sentences, and checks units × per unit ≤ total (605 × 2 = 1210 ≤ 1700多).
The units are the count whose noun ends in the unit's noun (管理网格 ~ 网格), with the same
measure word as the 每; the total is another count of the same measure word whose noun is
the same (1700多名信息采集员) or stands right before it (驻村干部共420名).

## Why it matters
"N per unit" is how staffing and quotas are stated; when the units times the quota exceed
everyone there is, one of the three figures is wrong.

## Example
把全市划分成605个管理网格，招聘了1000名信息采集员，每个网格由两名信息采集员巡查 -> contradiction:
605 × 2 = 1210 > 1000名.

## Not flagged
The total may exceed the product (not everyone is assigned to a unit), so only a product
beyond the total is a contradiction — unless the total is said right after the quota with
共/合共/合计 (每个中心配备8名顾问，合共24名顾问), when it must equal the product. Units and total are looked for in the sentence of the
每 and the one before and after it; with more than one candidate for either, nothing is said.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule, judge, named_thing, relative_gap, show, sign
from numfacts.lexicon import load
from numfacts.patterns import alternation
from numfacts.units import canonical_unit

_DATA = load("rules")["NF204"]
# 每个网格由两名…: 每 + measure word + the unit's noun + a linking verb, right before the count
# a total said right after the quota (每个中心配备8名，合共24名) is their product
_TOTAL = regex.compile(f"(?<!公)(?:{alternation(_DATA['total_cues'])})[^，,。；;0-9]{{0,3}}$")
_EACH = regex.compile(
    f"每(?P<cls>{alternation(_DATA['measure_words'])})(?P<noun>\\p{{Han}}{{1,6}}?)"
    f"(?:{alternation(_DATA['links'])}){{0,2}}[ \\t]*$"
)


class PerUnitCount(Rule):
    code = "NF204"
    name = "per-unit-count"
    summary = "units × a count per unit (605个网格 × 每个网格两名) is at most the total counted (1700多名)"
    doc = __doc__
    examples = [
        {"text": "该平台把全市划分成605个管理网格，在全市统一招聘了1700多名信息采集员，每个网格由两名信息采集员每天实行巡查。",
         "verdict": "consistent", "at": "两名"},
        {"text": "该平台把全市划分成605个管理网格，在全市统一招聘了1000名信息采集员，每个网格由两名信息采集员每天实行巡查。",
         "verdict": "contradiction", "at": "两名"},
        {"text": "全市共有300个行政村，每个村配备3名乡村医生。全市现有1000名乡村医生。", "verdict": "consistent", "at": "3名"},
        {"text": "全市共有300个行政村，每个村配备3名医生。", "verdict": None},
        {"text": "全市设立就业服务站点230个，每个站点至少配备2名专职人员，目前共有专职人员520名。", "verdict": "consistent", "at": "2名"},
        {"text": "設立3個中小企服務中心，每個中心配備8名顧問，合共24名顧問為企業提供諮詢服務。", "verdict": "consistent", "at": "24名"},
        {"text": "設立3個中小企服務中心，每個中心配備8名顧問，合共30名顧問為企業提供諮詢服務。", "verdict": "contradiction", "at": "30名"},
    ]

    def check(self, ctx):
        text = ctx.text
        for per in ctx.quantities:
            if per.kind != "count" or per.per or not per.exact or not per.noun:
                continue
            each = _EACH.search(text, max(0, per.start - 14), per.start)
            if not each:
                continue
            lo, hi = ctx.around(per.start, before=1, after=1)
            s_end = ctx.sentence(per.start)[1]
            near = [c for c in ctx.claims_in(lo, hi) if c.kind == "count" and c is not per and not c.per]
            units = [c for c in near if c.exact and c.value == int(c.value) and c.value > 1 and c.unit == canonical_unit(each.group("cls"))
                     and named_thing(text, c).endswith(each.group("noun"))]
            totals = [c for c in near if c.unit == per.unit and c.start != per.start and _counts(text, c, per.noun)]
            if len(units) != 1 or len(totals) != 1:
                continue
            unit, total = units[0], totals[0]
            product = unit.strict * per.strict
            formula = f"{unit.text} × {per.text} = {show(product)}"
            if per.end < total.start < s_end and _TOTAL.search(text, max(per.end, total.start - 6), total.start):
                # 每个中心配备8名顾问，合共24名顾问: the total is the product
                verdict = judge(total, product, product)
                message = f"{formula} " + sign(verdict) + f" {total.text}"
                yield self.finding(verdict, total, [unit, per], message, stated=total.value, expected_low=float(product.lo),
                                   expected_high=float(product.hi), gap=total.strict.gap(product))
                continue
            top = total.loose.hi  # 1700多名: up to 1800
            fits = top is None or product.lo <= top
            message = (f"{formula} ≤ {total.text}" if fits
                       else f"{formula} > the {total.text} there are ({each.group()}{per.text})")
            yield self.finding("consistent" if fits else "contradiction", per, [unit, total], message,
                               stated=total.value, expected_low=float(product.lo), expected_high=float("inf"),
                               gap=0.0 if fits else relative_gap(product.lo, top))


def _counts(text: str, c, noun: str) -> bool:
    """Whether a count counts ``noun``: as its noun (1700多名信息采集员) or just before it (驻村干部共420名)."""
    return c.noun == noun or (not c.noun and noun in text[max(0, c.start - len(noun) - 3):c.start])


RULE = PerUnitCount()
