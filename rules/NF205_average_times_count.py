"""NF205 average-times-count: an average times the count it is taken over gives the total.

## What it does
Reads an average (平均每宗贷款约214万元, 户均2.3万元, 人均5000元), the count it is taken over
(约5.6万宗申请, 1200户, 3万人: the measure word of 平均每宗 / 户均 / 人均) and a total of the
same unit stated with 总额/共/合计/涉及 (贷款总额约1200亿元), all in one sentence or the one
before, and checks count × average = total (5.6万 × 214万元 ≈ 1198亿元 ≈ 1200亿元).

An amount each unit gets (每个村补助10万元, 每亩补贴200元, 每个停车场设车位200个) times the units (120个村,
5万亩, 5个停车场) is the total given with the same word after 共/合计 (共补助1200万元).

## Why it matters
An average is the total divided by the count; when one of the three is revised alone, the
product no longer meets the total, and no reader recomputes it.

## Example
已批出约5.6万宗申请，涉及贷款总额约1200亿元，平均每宗贷款约314万元 -> contradiction:
5.6万 × 314万元 ≈ 1758亿元 ≠ 1200亿元.

## Not flagged
Hedges widen every figure (约 is read loosely when the strict reading misses). An average
without a count of its own measure word nearby, or a total without a total word, is left
alone; so are rates over time (日均, 年均), which NF201 and NF202 read.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule, common_tail, is_average, judge, name_of, named_thing, show, sign, without_average
from numfacts.lexicon import load
from numfacts.patterns import alternation
from numfacts.units import canonical_unit, unit_of

_DATA = load("rules")["NF205"]
# 平均每宗贷款约214万元: 平均每 + measure word (+ noun, hedge) right before the average
_EACH = regex.compile(r"平均每(?P<cls>\p{Han})\p{Han}{0,6}?(?:约|約|为|為|达|達)?[ \t]*$")
# 户均, 人均 (not 日均, 年均: those are rates over time)
_PER_HEAD = regex.compile(f"(?P<cls>{alternation(_DATA['per_head'])})均\\p{{Han}}{{0,6}}?(?:约|約|为|為|达|達)?[ \\t]*$")
_TOTAL = regex.compile(f"(?<!公)(?:{alternation(_DATA['total_cues'])})[^，,。；;0-9]{{0,8}}$")
# 每个村补助10万元, 每亩补贴200元, 每个停车场设车位200个: 每 + a unit + what each gets
_EACH_ONE = regex.compile(f"(?<!平均)每(?P<cls>{alternation(_DATA['each_units'])})(?P<what>\\p{{Han}}{{1,8}}?)"
                          r"(?:约|約|为|為|达|達)?[ \t]*$")


class AverageTimesCount(Rule):
    code = "NF205"
    name = "average-times-count"
    summary = "count × average (5.6万宗 × 平均每宗214万元) equals the total stated with them (1200亿元)"
    doc = __doc__
    examples = [
        {"text": "计划推出以来，已批出约5.6万宗申请，涉及贷款总额约1,200亿元，平均每宗贷款约214万元。",
         "verdict": "consistent", "at": "1,200亿元"},
        {"text": "计划推出以来，已批出约5.6万宗申请，涉及贷款总额约1,200亿元，平均每宗贷款约314万元。",
         "verdict": "contradiction", "at": "1,200亿元"},
        {"text": "全村共有农户1200户，户均增收2.5万元，全村农户共增收3000万元。", "verdict": "consistent", "at": "3000万元"},
        {"text": "已批出约5.6万宗申请，平均每宗贷款约214万元。", "verdict": None},
        {"text": "去年，全市共实施临时救助1.5万人次，发放救助资金4500万元，人均救助3000元。", "verdict": "consistent", "at": "4500万元"},
        {"text": "全市日均客流60万人次，全年客流2.2亿人次。", "verdict": None},
        {"text": "每个村补助10万元，全县120个村共补助1200万元。", "verdict": "consistent", "at": "1200万元"},
        {"text": "每个村补助10万元，全县120个村共补助1300万元。", "verdict": "contradiction", "at": "1300万元"},
        {"text": "每亩补贴200元，全县种植面积5万亩，补贴资金共计1000万元。", "verdict": "consistent", "at": "1000万元"},
        {"text": "全市新建5个停车场，每个停车场设车位200个，共新增车位1000个。", "verdict": "consistent", "at": "1000个"},
        {"text": "全市新建5个停车场，每个停车场设车位200个，共新增车位1200个。", "verdict": "contradiction", "at": "1200个"},
        {"text": "每个村补助10万元，全县共有120个村，总投资5000万元。", "verdict": None},
        {"text": "判处罪犯8960人。其中，城镇居民人均消费支出38000元，农村居民人均消费支出22000元。", "verdict": None},
    ]

    def check(self, ctx):
        yield from self._distributive(ctx)
        text = ctx.text
        for avg in ctx.quantities:
            if avg.kind not in ("money", "measure", "count") or avg.per:
                continue
            window = max(0, avg.start - 16)
            each = _EACH.search(text, window, avg.start) or _PER_HEAD.search(text, window, avg.start)
            if not each:
                continue
            measure = canonical_unit(each.group("cls"))
            lo, hi = ctx.around(avg.start, before=1)
            near = [c for c in ctx.claims_in(lo, hi) if c.start != avg.start]
            counts = [c for c in near if c.kind == "count" and c.unit.startswith(measure) and not c.per]  # 人 ~ 人次
            totals = [c for c in near if c.kind == avg.kind and c.unit == avg.unit and not c.per
                      and _TOTAL.search(text, max(lo, c.start - 14), c.start)
                      and not is_average(text, c)]  # 农村居民人均消费支出22000元: another average, no total
            if len(counts) != 1 or len(totals) != 1:
                continue
            count, total = counts[0], totals[0]
            if ctx.sentence(total.start) != ctx.sentence(avg.start) and len(common_tail(
                    [without_average(name_of(text, avg)), name_of(text, total)])) < 2:
                continue  # 总投资420亿元。…人均可支配收入68950元: an average of something else
            yield self._product(total, count, avg, avg.text)


    def _distributive(self, ctx):
        """每个村补助10万元，全县120个村共补助1200万元: the amount each unit gets, times the units,
        is the total given with the same word (补助, 补贴, 车位) after 共/合计."""
        text = ctx.text
        for each_amount in ctx.quantities:
            if each_amount.kind not in ("money", "measure", "count") or each_amount.per:
                continue
            each = _EACH_ONE.search(text, max(0, each_amount.start - 12), each_amount.start)
            if not each:
                continue
            kind, unit = unit_of(each.group("cls"))
            s_start, s_end = ctx.sentence(each_amount.start)
            lo, hi = ctx.around(each_amount.start, before=1, after=1)
            what = each.group("what")
            totals = [c for c in ctx.claims_in(each_amount.end, hi) if (c.kind, c.unit) == (each_amount.kind, each_amount.unit)
                      and not c.per and _TOTAL.search(text, max(lo, c.start - 14), c.start)
                      and any(what[i:i + 2] in text[max(lo, c.start - 12):c.start] for i in range(len(what) - 1))]
            units = [c for c in ctx.claims_in(lo, hi) if c not in totals and c.start != each_amount.start
                     and c.kind == ("count" if kind in ("count", "place") else kind) and c.unit == unit and not c.per
                     and (c.exact or kind == "measure") and c.value > 1
                     and (kind != "count" or what.startswith(named_thing(text, c)[:2]))]
            if len(totals) != 1 or len(units) != 1:
                continue
            total, count = totals[0], units[0]
            yield self._product(total, count, each_amount, f"{each_amount.text} (每{each.group('cls')})")

    def _product(self, total, count, each, shown: str):
        """The finding on count × what each gets (or averages) against the stated total, within rounding."""
        c_strict, c_loose = count.readings()
        e_strict, e_loose = each.readings()
        strict, loose = c_strict * e_strict, c_loose * e_loose
        verdict = judge(total, strict, loose)
        message = f"{count.text} × {shown} = {show(strict)} " + sign(verdict) + f" {total.text}"
        return self.finding(verdict, total, [count, each], message, stated=total.value,
                            expected_low=float(strict.lo), expected_high=float(strict.hi) if strict.hi is not None else float("inf"),
                            gap=total.strict.gap(loose))


RULE = AverageTimesCount()
