"""NF311 defined-figure: a figure defined by its name from two others equals what they give.

## What it does
Some figures are defined from two others that statistical texts print beside them: the trade
surplus is exports minus imports (出口2100亿元；进口1050亿元。贸易顺差1050亿元), a budget's deficit
is spending minus revenue (總開支7760億元，收入6280億元，綜合赤字1480億元), the natural
growth rate is the birth rate minus the death rate (出生率7.4‰；死亡率6.6‰；自然增长率0.8‰), the
urban–rural income ratio is urban over rural income (城镇居民人均可支配收入68950元…农村居民人均
可支配收入36280元…城乡居民人均收入比为1.90), the share of good-air days is the year's good days
over its 365 or 366 days (全年优良天数321天，优良率87.9%), the pupil–teacher ratio is pupils over teachers
(在校学生62.3万人，专任教师3.8万人，生师比为16.4:1), figures per thousand residents are
counts over the population stated anywhere before (床位6.12万张 … 常住人口1020.5万人 → 每千人口床位6.0张,
from the counts as printed, rounded), the urbanisation rate is the urban over the
resident population (常住人口1252.2万人，其中城镇人口1054.4万人，城镇化率为84.2%), a court's
clearance rate is the cases closed over the cases received (受理15.8万件，审结14.9万件，结案率94.3%). The
definitions are data (numfacts/data/rules.toml, [NF311]); for a figure named by one, the rule
takes the last figures of the two operands before it in its paragraph (within three sentences,
and within two sentences of each other) and checks the stated
figure against the result, within the rounding of all three (within a further 1% it is
borderline).

## Why it matters
These derived figures are computed once and printed; when an operand is revised the derived
figure goes stale, and a reader rarely redoes the subtraction or division.

## Example
出生率7.4‰；死亡率6.6‰；自然增长率1.8‰ -> contradiction: 7.4 − 6.6 = 0.8‰.

## Not flagged
Operands must be of one kind and unit (a rate and a count do not subtract), and a definition
is only read when both operands are stated in the figure's paragraph before it.
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, common_tail, phrase_before
from numfacts.intervals import Interval
from numfacts.lexicon import load

_DEFINITIONS = load("rules")["NF311"]["definitions"]
_REACH = 800  # characters back from the defined figure where its operands may stand
_SENTENCES = 3  # …and sentences back (；ends one)
_SCALE = {"percent": 100, "permille": 1000}
_WHOLE_YEAR = regex.compile(r"全年|年度|全年度")
_YEAR_DAYS = Interval(Fraction(365), Fraction(366))


class DefinedFigure(Rule):
    code = "NF311"
    name = "defined-figure"
    summary = "a figure defined from two others (自然增长率 = 出生率 − 死亡率, 城乡收入比, 城镇化率) equals what they give"
    doc = __doc__
    examples = [
        {"text": "全年出生人口3.6万人，出生率7.4‰；死亡人口3.2万人，死亡率6.6‰；自然增长率0.8‰。", "verdict": "consistent", "at": "0.8‰"},
        {"text": "全年出生人口3.6万人，出生率7.4‰；死亡人口3.2万人，死亡率6.6‰；自然增长率1.8‰。", "verdict": "contradiction", "at": "1.8‰"},
        {"text": "全年出生率为5.2‰，死亡率为7.0‰，自然增长率为-1.8‰。", "verdict": "consistent", "at": "-1.8‰"},
        {"text": "按常住地分，城镇居民人均可支配收入68950元，增长4.7%；农村居民人均可支配收入36280元，增长6.3%。城乡居民人均收入比为1.90，比上年缩小0.03。",
         "verdict": "consistent", "at": "1.90"},
        {"text": "按常住地分，城镇居民人均可支配收入68950元，增长4.7%；农村居民人均可支配收入36280元，增长6.3%。城乡居民人均收入比为2.90，比上年缩小0.03。",
         "verdict": "contradiction", "at": "2.90"},
        {"text": "年末常住人口1252.2万人，其中城镇人口1054.4万人，城镇化率为84.2%。", "verdict": "consistent", "at": "84.2%"},
        {"text": "全省货物进出口总额3150亿元，增长8.2%。其中，出口2100亿元，增长9.5%；进口1050亿元，增长5.7%。贸易顺差1150亿元。",
         "verdict": "contradiction", "at": "1150亿元"},
        {"text": "年末常住人口1252.2万人，其中城镇人口1054.4万人，城镇化率为80.2%。", "verdict": "contradiction", "at": "80.2%"},
        {"text": "城镇居民人均可支配收入增长4.7%，农村居民人均可支配收入增长6.3%，城乡居民收入比为1.90。", "verdict": None},
        {"text": "全市法院共受理各类案件15.8万件，审结、执结14.9万件，结案率94.3%。", "verdict": "consistent", "at": "94.3%"},
        {"text": "全年出口3200亿元，进口2400亿元。3月份出口300亿元，贸易顺差120亿元。", "verdict": None},
        {"text": "全市法院共受理各类案件15.8万件，审结、执结14.9万件，结案率84.3%。", "verdict": "contradiction", "at": "84.3%"},
        {"text": "政府總開支預計為7,760億元，政府收入預計為6,280億元，綜合赤字為1,480億元。", "verdict": "consistent", "at": "1,480億元"},
        {"text": "政府總開支預計為7,760億元，政府收入預計為6,280億元，綜合赤字為1,580億元。", "verdict": "contradiction", "at": "1,580億元"},
        {"text": "一般公共预算收入420亿元，一般公共预算支出600亿元，其中民生支出480亿元，财政赤字180亿元。", "verdict": "consistent",
         "at": "180亿元"},
        {"text": "全年环境空气质量优良天数为321天，优良率为87.9%。", "verdict": "consistent", "at": "87.9%"},
        {"text": "全年环境空气质量优良天数为321天，优良率为89.9%。", "verdict": "contradiction", "at": "89.9%"},
        {"text": "上半年环境空气质量优良天数为160天，优良率为88.4%。", "verdict": None},
        {"text": "年末常住人口1020.5万人。全市医疗卫生机构床位6.12万张，每千人口床位6.0张；执业（助理）医师3.35万人，每千人口执业（助理）医师3.28人。",
         "verdict": "consistent", "at": "6.0张"},
        {"text": "年末常住人口1020.5万人，其中城镇常住人口786.2万人。全市医疗卫生机构床位6.12万张，每千人口床位6.0张。",
         "verdict": "consistent", "at": "6.0张"},
        {"text": "全省常住人口6627万人。年末全市常住人口1020.5万人。全市医疗卫生机构床位6.12万张，每千人口床位6.5张。", "verdict": None},
        {"text": "年末常住人口1020.5万人。全市医疗卫生机构床位6.12万张，其中医院床位5.08万张，专业公共卫生机构床位0.18万张。"
                 "每千人口医疗卫生机构床位6.0张。", "verdict": "consistent", "at": "6.0张"},
        {"text": "年末常住人口1020.5万人。全市医疗卫生机构床位6.12万张，每千人口床位6.5张；执业（助理）医师3.35万人，每千人口执业（助理）医师3.28人。",
         "verdict": "contradiction", "at": "6.5张"},
        {"text": "年末常住人口1020.5万人。全市医疗卫生机构床位6.12万张，每千人口床位6.0张；执业（助理）医师3.35万人，每千人口执业（助理）医师3.58人。",
         "verdict": "contradiction", "at": "3.58人"},
        {"text": "全市共有小学586所，在校学生62.3万人，专任教师3.8万人，生师比为16.4:1。", "verdict": "consistent", "at": "16.4"},
        {"text": "全市共有小学586所，在校学生62.3万人，专任教师3.8万人，生师比为18.4:1。", "verdict": "contradiction", "at": "18.4"},
    ]

    def check(self, ctx):
        text = ctx.text
        for stated in ctx.quantities:
            name = phrase_before(text, stated)
            definition = next((d for d in _DEFINITIONS if any(n in name for n in d["names"])), None)
            if definition is None:
                continue
            start = max(ctx.paragraph(stated.start)[0], stated.start - _REACH, ctx.around(stated.start, before=_SENTENCES)[0])
            before = ctx.claims_in(start, stated.start)
            excluded = definition.get("not", [])
            left = _last_named(text, before, definition["left"], excluded)
            if definition["op"] == "/year":
                # 全年…优良天数321天，优良率87.9%: a share of the year's 365 or 366 days
                if left is not None and left.unit == "day" and _WHOLE_YEAR.search(text, ctx.sentence(left.start)[0], left.start):
                    quotient = left.loose / _YEAR_DAYS
                    finding = self.derived_finding(stated, quotient.scale(_SCALE.get(stated.unit, 1)) if quotient is not None else None,
                                                   [left], f"{left.text} ÷ 365–366 days × 100")
                    if finding is not None:
                        yield finding
                continue
            per = definition.get("per")  # 每千人口床位: beds over people, × 1000 (units differ)
            if per:
                # the count is the one named most like the figure (医疗卫生机构床位6.12万张, not its part
                # 专业公共卫生机构床位0.18万张); the population is stated once, often far above
                named = [c for c in before if any(w in phrase_before(text, c) for w in definition["left"])
                         and not any(w in phrase_before(text, c) for w in excluded)]
                left = max(named, key=lambda c: len(common_tail([phrase_before(text, c), name])), default=None)
                people = [c for c in ctx.claims_in(0, stated.start) if c.unit == "人"
                          and _last_named(text, [c], definition["right"], definition["left"] + excluded) is not None]
                if left is None or len({(c.value, c.value_high) for c in people}) != 1:
                    continue  # no population, or more than one (全省… and 全市…): which is the base is unknown
                right = people[-1]
                finding = self._judge(stated, left, right, definition["op"], per)
                if finding is not None:
                    yield finding
                continue
            right = _last_named(text, before, definition["right"], definition["left"] + excluded)
            if left is None or right is None or (left.kind, left.unit) != (right.kind, right.unit):
                continue
            if ctx.around(min(left.start, right.start), after=1)[1] < max(left.start, right.start):
                continue  # operands of one period stand together
            if (_partner(ctx, right, stated, definition["left"], excluded) not in (None, left)
                    or _partner(ctx, left, stated, definition["right"], definition["left"] + excluded) not in (None, right)):
                continue  # 全年出口3200亿元，进口2400亿元。3月份出口300亿元: 2400 goes with 3200, not 300
            finding = self._judge(stated, left, right, definition["op"])
            if finding is not None:
                yield finding

    def _judge(self, stated, left, right, op, per=None):
        # derived figures are printed rounded from rounded operands (as NF405 reads shares)
        if op == "-":
            if stated.unit != left.unit:
                return None
            return self.derived_finding(stated, left.loose - right.loose, [left, right], f"{left.text} − {right.text}")
        scale = Fraction(per) if per else Fraction(_SCALE.get(stated.unit, 1))
        if per and not left.kind == right.kind == stated.kind == "count":
            return None
        # per thousand residents: from counts printed rounded (6.12万张 ÷ 1020.5万人)
        quotient = left.printed / right.printed if per else left.loose / right.loose
        return self.derived_finding(stated, quotient.scale(scale) if quotient is not None else None, [left, right],
                                    f"{left.text} ÷ {right.text}" + (f" × {scale}" if scale != 1 else ""))


def _partner(ctx, operand, stated, words, not_words):
    """The figure named by ``words`` in the operand's own sentence (before the stated one), if any."""
    s_start, s_end = ctx.sentence(operand.start)
    return _last_named(ctx.text, [c for c in ctx.claims_in(s_start, min(s_end, stated.start)) if c is not operand],
                       words, not_words)


def _last_named(text, claims, words, not_words):
    """The last figure whose name holds one of ``words`` and none of ``not_words`` (常住人口, not 城镇常住人口)."""
    for c in reversed(claims):
        name = phrase_before(text, c)
        if any(w in name for w in words) and not any(w in name for w in not_words):
            return c
    return None


RULE = DefinedFigure()
