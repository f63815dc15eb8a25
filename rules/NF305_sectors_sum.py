"""NF305 sectors-sum: the three industries' value added add up to the GDP stated before them.

## What it does
Finds a GDP figure (地区生产总值, 国内生产总值, GDP; the terms are in numfacts/data/rules.toml)
and, in the next few sentences, the first figure of value added (增加值) after each of 第一产业,
第二产业 and 第三产业 in the same unit. When all three are there, their sum must equal the GDP
within the rounding of the printed figures, and a structure printed after them (三次产业结构为
4.4:46.2:49.4) must give each sector's share of the GDP, within the rounding of all figures (one last digit
off is borderline: structures are often forced to add up to 100).

## Why it matters
The three-sector split is the most recomputed sum in a statistical communiqué; when one
sector or the total is revised alone, the sum no longer closes.

## Example
地区生产总值18753亿元…第一产业增加值347亿元…第二产业增加值5620亿元…第三产业增加值12886亿元
-> contradiction: 347 + 5620 + 12886 = 18853 ≠ 18753.

## Not flagged
A GDP without all three sectors after it, sectors in another unit (growth rates, shares),
and sectors more than a few sentences away.
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, exact_level, judge, show, sign
from numfacts.intervals import Interval
from numfacts.lexicon import load
from numfacts.patterns import alternation

_CUES = load("rules")["NF305"]
_WHOLE = regex.compile(f"(?:{alternation(_CUES['whole_terms'])})[^，,。；;0-9]{{0,8}}$")
_MEASURE = alternation(_CUES["part_measure"])
_PARTS = [
    regex.compile(f"(?:{alternation(labels)})[^，,。；;0-9]{{0,4}}(?:{_MEASURE})[^，,。；;0-9]{{0,4}}$")
    for labels in _CUES["part_terms"]
]
_STRUCTURE_CUE = regex.compile(f"(?:{alternation(load('rules')['NF404']['structure_cues'])})[^，,。；;0-9]{{0,6}}$")
_COLON = regex.compile(r"[ \t]*[:：∶][ \t]*")
_LOOK_BACK = 16
_REACH = 300  # characters after the whole where its parts may stand


class SectorsSum(Rule):
    code = "NF305"
    name = "sectors-sum"
    summary = "第一、第二、第三产业 value added add up to the GDP before them and match the structure (a:b:c) after"
    doc = __doc__
    examples = [
        {"text": "全市实现地区生产总值18753亿元，增长1.5%。其中，第一产业增加值347亿元，增长1.8%；第二产业增加值5620亿元，增长0.4%；第三产业增加值12786亿元，增长2.0%。",
         "verdict": "consistent", "at": "18753亿元"},
        {"text": "全市实现地区生产总值18753亿元，增长1.5%。其中，第一产业增加值347亿元，增长1.8%；第二产业增加值5620亿元，增长0.4%；第三产业增加值12886亿元，增长2.0%。",
         "verdict": "contradiction", "at": "18753亿元"},
        {"text": "全年生产总值1.2万亿元，第一产业增加值0.1万亿元，第二产业增加值0.4万亿元，第三产业增加值0.7万亿元。",
         "verdict": "consistent", "at": "1.2万亿元"},
        {"text": "地区生产总值18753亿元。第一产业增加值347亿元，第二产业增加值5620亿元。", "verdict": None},
        {"text": "全年地区生产总值突破8000亿元，达到8125.6亿元。其中，第一产业增加值325.4亿元；第二产业增加值3120.8亿元；"
                 "第三产业增加值4679.4亿元。三次产业结构为4.0:38.4:57.6。", "verdict": "consistent", "at": "38.4"},
        {"text": "全年地区生产总值突破8000亿元，达到8125.6亿元。其中，第一产业增加值325.4亿元；第二产业增加值3120.8亿元；"
                 "第三产业增加值4679.4亿元。三次产业结构为4.0:37.4:58.6。", "verdict": "contradiction", "at": "37.4"},
        {"text": "全年实现地区生产总值652.3亿元。其中，第一产业增加值28.6亿元；第二产业增加值301.5亿元；第三产业增加值"
                 "322.2亿元。三次产业结构为4.4:46.2:49.4。", "verdict": "consistent", "at": "46.2"},
        {"text": "全年实现地区生产总值652.3亿元。其中，第一产业增加值28.6亿元；第二产业增加值301.5亿元；第三产业增加值"
                 "322.2亿元。三次产业结构为4.4:45.2:50.4。", "verdict": "contradiction", "at": "45.2"},
        {"text": "地区生产总值18753亿元。全年投资5000亿元，第一产业投资50亿元，第二产业投资1500亿元，第三产业投资3450亿元。",
         "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        for whole in ctx.quantities:
            if whole.kind not in ("money", "count") or not _WHOLE.search(text, max(0, whole.start - _LOOK_BACK), whole.start):
                continue
            whole = exact_level(ctx, whole) or whole  # 突破8000亿元，达到8125.6亿元: the level is the whole
            parts = []
            # the sectors follow in the whole's paragraph (a blank line starts another subject)
            end = min(whole.end + _REACH, ctx.paragraph(whole.start)[1])
            after = [c for c in ctx.claims_in(whole.end, end) if c.kind == whole.kind and c.unit == whole.unit]
            for label in _PARTS:
                part = next((c for c in after if label.search(text, max(0, c.start - _LOOK_BACK), c.start)
                             and (not parts or c.start > parts[-1].start)), None)
                if part is None:
                    break
                parts.append(part)
            if len(parts) != len(_PARTS):
                continue
            yield self.sum_finding(whole, parts)
            yield from self._structure(ctx, whole, parts)

    def _structure(self, ctx, whole, parts):
        """三次产业结构为4.4:46.2:49.4 after the sectors: each number is a sector's share of the GDP."""
        text = ctx.text
        after = ctx.claims_in(parts[-1].end, parts[-1].end + _REACH)
        for i, first in enumerate(after):
            run = [first]
            for c in after[i + 1:]:
                if not _COLON.fullmatch(text, run[-1].end, c.start):
                    break
                run.append(c)
            if len(run) == len(parts) and _STRUCTURE_CUE.search(text, max(0, first.start - 12), first.start):
                break
        else:
            return
        for part, share in zip(parts, run):
            quotient = part.loose / whole.loose
            if quotient is None:
                continue
            computed = quotient.scale(100)  # within the rounding of the three figures printed
            # publishers force a structure to add up to 100 by moving one share a last digit:
            # one step off is borderline, not a contradiction
            step = Fraction(str(share.step)) if share.step == share.step and share.step else Fraction(0)
            forced = Interval(computed.lo - step, computed.hi + step)
            verdict = judge((share.loose, share.loose), computed, forced)
            message = (f"{part.text} ÷ {whole.text} = {show(computed)}% "
                       + sign(verdict) + f" {share.text} in the structure")
            yield self.finding(verdict, share, [part, whole], message, stated=share.value,
                               expected_low=float(computed.lo), expected_high=float(computed.hi),
                               gap=share.loose.gap(computed))


RULE = SectorsSum()
