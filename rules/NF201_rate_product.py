"""NF201 rate-product: a rate times a count times the periods must equal the stated total.

## What it does
Finds a distributive rate (每条河道……每月20万元), the count it is distributed over
(22个地表水河流交接断面) and a total over a longer period (全年共涉及补偿资金5280万元), and
checks rate × count × periods (20万元/月 × 22 × 12 = 5280万元). Periods per year: 1
year, 12 months, 4 quarters, 52–53 weeks, 365–366 days.

## Why it matters
This is the arithmetic a reader is least likely to redo and most likely to be misled by:
a 5208万 that should be 5280万 looks right at a glance.

## Example
每条河道每月20万元。共标定22个断面，全年共涉及补偿资金5208万元 -> contradiction:
20万元/月 × 22 × 12 = 5280万元 ≠ 5208万元.

## Not flagged
A payment of a whole number of a normative rate (赔偿了20万元 against 每条河道每月20万元) is
confirmed as the rate paid out for one unit and one period (or a few).

A daily (monthly) figure in a sentence that opens with a date range, or in one of the two
sentences after it, is multiplied by the days (months) of the range (10月1日至7日，共接待游客
320万人次，日均接待约45.7万人次).

A rate over a total said to span N periods (每年平均兴建约3万个，即五年合共约15万个) is
multiplied by N; a peak (单日最高) is not, NF202 reads it, nor a rate per person or item
(每人每年补贴500元，三年共补贴1.5亿元).

A rate without a distributive 每+measure word (每月补贴500元) says nothing of how many
receive it, so it is never multiplied out over a year; nor is a rate when more than one count stands
between it and the total. Normative rates (额度, 标准, 每条……) are exact, so 20万 is not
read as 19.5万–20.5万.
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, comparable, fmt, is_average, judge, show
from numfacts.dates import days_from_new_year, range_length
from numfacts.intervals import Interval
from numfacts.lexicon import load
from numfacts.patterns import alternation
from numfacts.units import canonical_unit

_CUES = load("rules")["NF201"]
_TOTAL = regex.compile(f"(?<!公)(?:{alternation(_CUES['total_cues'])})")  # not 公共预算
_DISTRIBUTIVE = regex.compile(_CUES["distributive"])
_YEAR_CUE = regex.compile("全年|每年|年度|一年")
PER_YEAR = {"year": (1, 1), "month": (12, 12), "quarter": (4, 4), "week": (52, 53), "day": (365, 366)}
_REACH = 300
_RATE_SENTENCES = 2  # sentences after a date range's own where its daily figure may follow
# a payment of the normative rate: 获得…20万元生态补偿金, 赔偿了20万元
_PAYMENT = regex.compile(f"(?:{alternation(_CUES['payment_words'])})[了]?[^，,。；;0-9]{{0,8}}$")
_PAYMENT_NOUN = regex.compile(f"[ \\t]*(?:的)?\\p{{Han}}{{0,2}}(?:{alternation(_CUES['payment_nouns'])})")
_PAYMENT_REACH = 1000


class RateProduct(Rule):
    code = "NF201"
    name = "rate-product"
    summary = "rate × count × periods (每条每月20万元 × 22 × 12) equals the stated total"
    doc = __doc__
    examples = [
        {"text": "每条河道补偿资金额度为每月20万元。桐乡共标定22个地表水河流交接断面，全年共涉及补偿资金5280万元。",
         "verdict": "consistent", "at": "5280万元"},
        {"text": "每条河道补偿资金额度为每月20万元。桐乡共标定22个地表水河流交接断面，全年共涉及补偿资金5208万元。",
         "verdict": "contradiction", "at": "5208万元"},
        {"text": "每条河道补偿资金额度为每月20万元。桐乡共标定24个地表水河流交接断面，全年共涉及补偿资金5280万元。",
         "verdict": "contradiction", "at": "24个"},
        {"text": "每月补贴500元，全年共发放补贴1.2亿元。", "verdict": None},
        {"text": "对低保户每户每年补助2000元，今年共有3000户，全年共发放补助资金600万元。", "verdict": "consistent", "at": "600万元"},
        {"text": "国庆期间，10月1日至7日，全市共接待游客320万人次，日均接待约45.7万人次。", "verdict": "consistent", "at": "320万人次"},
        {"text": "每人每月补贴500元，全年共发放补贴1.2亿元，惠及2万人。", "verdict": "consistent", "at": "1.2亿元"},
        {"text": "梧桐街道给下游的濮院镇赔偿了20万元。每条河道补偿资金额度为每月20万元，实行按月评定。",
         "verdict": "consistent", "at": "20万元"},
        {"text": "每人每月补贴500元，全年共发放补贴1.2亿元，惠及3万人。", "verdict": "contradiction", "at": "1.2亿元"},
        {"text": "国庆期间，10月1日至7日，全市共接待游客420万人次，日均接待约45.7万人次。", "verdict": "contradiction", "at": "420万人次"},
        {"text": "前三季度，全市新增市场主体4.6万户，日均新增168户。", "verdict": "consistent", "at": "4.6万户"},
        {"text": "前三季度经济运行平稳。大型歌舞旺季经常每天演出9场，推出10余年来已累计演出19000余场。", "verdict": None},
        {"text": "未來五年每年平均興建約3萬個公營房屋單位，即五年合共約15萬個。", "verdict": "consistent", "at": "15萬個"},
        {"text": "未来三年每年新增就业岗位2万个，三年累计新增8万个。", "verdict": "contradiction", "at": "8万个"},
        {"text": "对困难群众每人每年补贴500元，三年共补贴1.5亿元。", "verdict": None},
        {"text": "每人每月补贴500元，分三个阶段推进，全年共发放消费券3亿元。", "verdict": None},
        {"text": "对低保户每户每年补助2000元，今年新增受助家庭300户，全年共发放补助资金600万元。", "verdict": "indeterminate", "at": "600万元"},
        {"text": "对每个村每年补助10万元，全县共有行政村186个，其中已脱贫村120个，全年共安排资金1860万元。", "verdict": "consistent", "at": "1860万元"},
        {"text": "五年累计新增城镇就业28.6万人，年均新增5.7万人。", "verdict": "consistent", "at": "28.6万人"},
        {"text": "五年累计新增城镇就业28.6万人，年均新增6.7万人。", "verdict": "contradiction", "at": "6.7万人"},
        {"text": "10月1日至7日国庆假期，全市共接待游客1268.5万人次，同比增长8.6%；实现旅游收入98.7亿元，同比增长10.2%。日均接待游客181.2万人次。",
         "verdict": "consistent", "at": "1268.5万人次"},
        {"text": "10月1日至7日国庆假期，全市共接待游客1268.5万人次，同比增长8.6%；实现旅游收入98.7亿元，同比增长10.2%。日均接待游客191.2万人次。",
         "verdict": "contradiction", "at": "191.2万人次"},
        {"text": "5月20日至22日，为期3天的博览会吸引观众10万人次，日均3.3万人次。", "verdict": "consistent", "at": "10万人次"},
        {"text": "5月20日至22日，为期3天的博览会吸引观众10万人次，日均3.6万人次。", "verdict": "contradiction", "at": "10万人次"},
        {"text": "前三季度，全市新增市场主体5.6万户，日均新增168户。", "verdict": "contradiction", "at": "5.6万户"},
        {"text": "对低保户每户每年补助2000元，今年共有3000户，全年共发放补助资金800万元。", "verdict": "contradiction", "at": "800万元"},
        {"text": "全市共有城乡低保对象3.2万人，按照新标准，每人每月可增加救助金70元，全年共需增加低保资金2688万元。",
         "verdict": "consistent", "at": "2688万元"},
        {"text": "全市共有城乡低保对象3.2万人，按照新标准，每人每月可增加救助金70元，全年共需增加低保资金2868万元。",
         "verdict": "contradiction", "at": "2868万元"},
        {"text": "每条河道补偿资金额度为每月20万元。\n\n2024年澳门入境旅客共3489万人次。\n\n全年居民人均可支配收入77043元。", "verdict": None},
        {"text": "每人每月补贴500元，全县共有1000人享受，全年补贴资金共600万元。\n\n全年社会消费品零售总额3650.2亿元。", "verdict": "consistent",
         "at": "600万元"},
        {"text": "每条河道补偿资金额度为每月20万元。\n\n2024年澳门入境旅客共3489万人次。\n\n全年共涉及补偿资金5280万元。", "verdict": None},
        {"text": "每条河道补偿资金额度为每月20万元。\n\n桐乡共标定22个断面，全年共涉及补偿资金\n\n5208万元。", "verdict": "contradiction",
         "at": "5208万元"},
    ]

    def check(self, ctx):
        yield from self._yearly(ctx)
        yield from self._over_range(ctx)
        yield from self._over_year_to_date(ctx)
        yield from self._single_payments(ctx)
        yield from self._over_stated_periods(ctx)

    def _over_stated_periods(self, ctx):
        """每年平均兴建约3万个，即五年合共约15万个: a rate × the periods a total is said to span."""
        text = ctx.text
        for total in ctx.quantities:
            if total.per or total.kind not in ("count", "money", "measure"):
                continue
            s_start = ctx.sentence(total.start)[0]
            before = ctx.claims_in(max(s_start, total.start - 16), total.start)
            span = before[-1] if before else None
            if (span is None or span.kind != "measure" or span.unit not in _PERIOD_UNITS or span.value != span.value_high
                    or span.value != int(span.value) or span.value < 2 or not _SPAN_TOTAL.match(text, span.end, total.start)):
                continue
            unit = _PERIOD_UNITS[span.unit]
            s_end = ctx.sentence(total.start)[1]  # the rate may come first or after (五年累计新增28.6万人，年均新增5.7万人)
            rates = [r for r in ctx.claims_in(s_start, s_end) if r.per == unit and r is not total
                     and (r.kind, r.unit) == (total.kind, total.unit) and not _PEAK.search(text, max(s_start, r.start - 8), r.start)
                     and not _DISTRIBUTIVE.search(text, max(s_start, r.start - 12), r.start)]  # 每人每年500元: per person
            if len(rates) != 1:
                continue
            rate = rates[0]
            n = int(span.value)
            yield self._over_periods(total, rate, Interval.point(Fraction(n)), f"{_UNIT[unit]} × {n} ({span.text})", [span])

    def _over_periods(self, total, rate, periods: Interval, how: str, parts: list):
        """The finding on a total said to be a rate over some periods (日均181.2万人次 × 7天)."""
        r_strict, r_loose = rate.readings()
        strict, loose = r_strict * periods, r_loose * periods
        verdict = judge(total, strict, loose)
        message = f"{rate.text}/{how} = {show(strict)} " + ("≈" if verdict != "contradiction" else "≠") + f" {total.text}"
        return self.finding(verdict, total, [rate, *parts], message, stated=total.value, expected_low=float(strict.lo),
                            expected_high=float(strict.hi) if strict.hi is not None else float("inf"),
                            gap=total.strict.gap(loose))

    def _single_payments(self, ctx):
        """每条河道补偿资金额度为每月20万元 … 赔偿了20万元: a payment of a whole number of the normative
        rate (one river, one month) is the rate paid out; confirm-only."""
        text = ctx.text
        for rate in ctx.quantities:
            if rate.kind != "money" or rate.per not in PER_YEAR or not rate.exact or not rate.value:
                continue
            each = _DISTRIBUTIVE.search(text, max(ctx.sentence(rate.start)[0], rate.start - 30), rate.start)
            if not each:
                continue
            for paid in ctx.claims_in(max(0, rate.start - _PAYMENT_REACH), rate.start + _PAYMENT_REACH):
                if paid is rate or paid.kind != "money" or paid.unit != rate.unit or paid.per:
                    continue
                k = paid.value / rate.value
                if k != int(k) or not 1 <= k <= 12:
                    continue
                if not (_PAYMENT.search(text, max(0, paid.start - 12), paid.start) or _PAYMENT_NOUN.match(text, paid.end)):
                    continue
                k = int(k)
                how = "one unit for one period" if k == 1 else f"{k} unit-periods"
                yield self.finding("consistent", paid, [rate], f"{paid.text} = {k} × {rate.text}/{_UNIT[rate.per]} ({how})",
                                   stated=paid.value, expected_low=paid.value, expected_high=paid.value, gap=0.0)

    def _over_range(self, ctx):
        """10月1日至7日，共接待游客320万人次，日均接待约45.7万人次: the daily figure × the days."""
        for d in ctx.claims:
            if d.kind != "date":
                continue
            length = range_length(d.text)
            if length is None:
                continue
            n, unit = length
            s_end = ctx.sentence(d.start)[1]
            figures = ctx.claims_in(d.end, s_end)
            rates = [r for r in figures if r.per == unit and r.kind in ("count", "money", "measure")]
            if not rates:  # 10月1日至7日，共接待游客1268.5万人次；实现收入98.7亿元。日均接待游客181.2万人次。
                later = ctx.claims_in(s_end, min(ctx.around(d.start, 0, _RATE_SENTENCES)[1], ctx.paragraph(d.start)[1]))
                rates = [r for r in later if r.per == unit and r.kind in ("count", "money", "measure")
                         and any(t.kind == r.kind and t.unit == r.unit and not t.per for t in figures)]
            if len(rates) != 1:
                continue
            rate = rates[0]
            totals = [t for t in figures if t is not rate and not t.per and t.kind == rate.kind and t.unit == rate.unit]
            if len(totals) != 1:
                continue
            total = totals[0]
            yield self._over_periods(total, rate, Interval.point(Fraction(n)), f"{_UNIT[unit]} × {n} ({d.text})", [d])

    def _over_year_to_date(self, ctx):
        """前三季度，全市新增市场主体4.6万户，日均新增168户: the daily figure × the days since New Year."""
        text = ctx.text
        for rate in ctx.quantities:
            if rate.per != "day" or rate.kind not in ("count", "money", "measure"):
                continue
            s_start, s_end = ctx.sentence(rate.start)
            if any(d.kind == "date" for d in ctx.claims_in(s_start, s_end, quantities=False)):
                continue  # 5月20日至22日…日均: a period of its own (_over_range)
            # the period is named in the rate's sentence or opens its paragraph (前三季度，…。…日均新增168户)
            p_start = ctx.paragraph(rate.start)[0]
            days = days_from_new_year(text[s_start:rate.start]) or days_from_new_year(text[p_start:ctx.sentence(p_start)[1]])
            if days is None:
                continue
            totals = [t for t in ctx.claims_in(s_start, s_end)
                      if t is not rate and not t.per and t.kind == rate.kind and t.unit == rate.unit]
            if len(totals) != 1 or _PEAK.search(text, max(s_start, rate.start - 10), rate.start):
                continue  # 旺季每天演出9场: a peak, not the average of the period
            total = totals[0]
            if _OWN_SPAN.search(text, max(s_start, total.start - 16), total.start):
                continue  # 推出10余年来已累计演出19000余场: the total spans a period of its own
            yield self._over_periods(total, rate, Interval(Fraction(days[0]), Fraction(days[1])),
                                     f"天 × {days[0]}–{days[1]} days", [])

    def _yearly(self, ctx):
        text = ctx.text
        quantities = ctx.quantities
        for total in quantities:
            if total.kind not in ("money", "measure", "count") or total.per not in ("", "year"):
                continue
            clause_start = ctx.sentence(total.start)[0]
            cue = _TOTAL.search(text, max(clause_start, total.start - 20), total.start)
            if total.per != "year" and not (cue and _YEAR_CUE.search(text, max(clause_start, total.start - 20), total.start)):
                continue
            if (total.per == "year" and not cue) or is_average(text, total):
                continue  # 全年居民人均可支配收入77043元: an average is no product of a rate
            rates = [r for r in ctx.claims_in(total.start - _REACH, total.start) if r.per in PER_YEAR
                     and comparable(r, total) and r.value > 0]
            if not rates:
                continue
            rate = rates[-1]
            if any(comparable(c, total) and _TOTAL.search(text, max(0, c.start - 20), c.start)
                   for c in ctx.claims_in(rate.end, total.start)):
                continue  # a nearer total takes the rate (全年补贴资金共600万元 … 全年零售总额3650.2亿元)
            each = _DISTRIBUTIVE.search(text, max(ctx.sentence(rate.start)[0], rate.start - 30), rate.start)
            if not each:
                continue
            counts = [c for c in quantities if rate.end <= c.start < total.start and c.kind == "count"
                      and c.exact and c.value == int(c.value) and c.value > 1 and not c.per
                      and c.unit != "大" and not c.noun.startswith(_TOPICS)]  # 三大遗产, 三个阶段: no payees
            if not counts:
                # 共有低保对象3.2万人，…每人每月可增加70元 (the count first), or
                # 全年共发放补贴1.2亿元，惠及2万人 (the count after the total): the count of the 每
                lo = ctx.around(rate.start, before=1)[0]
                hi = ctx.sentence(total.start)[1]
                counts = [c for c in ctx.claims_in(lo, rate.start) + ctx.claims_in(total.end, hi)
                          if c.kind == "count" and c.exact and c.value > 1 and not c.per
                          and c.unit == canonical_unit(each.group("cls"))]
            if len(counts) > 1:  # 共有行政村186个，其中已脱贫村120个: the parts after 其中 are not all
                counts = [c for c in counts if not _PART_OF.search(text, max(ctx.sentence(c.start)[0], c.start - 12), c.start)]
            if len(counts) != 1:
                continue
            count = counts[0]
            if ctx.paragraph(count.start) not in (ctx.paragraph(rate.start), ctx.paragraph(total.start)) and not (
                    _runs_on(text, ctx.paragraph(count.start)[1]) and ctx.paragraph(count.start)[1] >= ctx.paragraph(total.start)[0]):
                continue  # a count in a paragraph of its own between them counts something else
                # (unless its paragraph is broken off mid-sentence before the total: 补偿资金\n\n5280万元)
            lo, hi = PER_YEAR[rate.per]
            periods = Interval(Fraction(lo), Fraction(hi))
            r_strict, r_loose = rate.readings()
            n_strict, n_loose = count.readings()
            strict = r_strict * n_strict * periods
            loose = r_loose * n_loose * periods
            verdict = judge(total, strict, loose)
            unit = _UNIT_SURFACE.sub("", total.text)  # 元 of 5280万元
            formula = (f"{rate.text}/{_UNIT[rate.per]} × {fmt(count.value)} × {lo if lo == hi else f'{lo}–{hi}'}"
                       f" = {show(strict)}{unit}")
            if verdict == "consistent":
                message = f"{formula}, matches the stated {total.text}"
            else:
                gap = total.strict.gap(loose)
                message = f"{formula} ≠ stated {total.text} ({'−' if total.value < float(loose.lo or 0) else '+'}{gap:.1%})"
                flow = _NEW.search(text, max(ctx.sentence(count.start)[0], count.start - 10), count.start)
                if flow and not _NEW.search(text, each.start(), rate.start):
                    verdict = "indeterminate"  # 今年新增受助家庭300户: the new ones, perhaps not all who are paid
                    message += f" (the {count.text} are new ones; all who receive the rate may be more)"
            yield self.finding(verdict, total, [rate, count], message, stated=total.value,
                               expected_low=float(strict.lo), expected_high=float(strict.hi) if strict.hi is not None else float("inf"),
                               gap=total.strict.gap(loose))


def _runs_on(text: str, end: int) -> bool:
    """Whether the paragraph ending at ``end`` breaks off mid-sentence (a page break in PDF text)."""
    return text[:end].rstrip()[-1:] not in "。！？!?；;…”"


_PART_OF = regex.compile(r"其中|包括|其余|其餘")
_TOPICS = tuple(load("rules")["NF101"]["aspect_nouns"]) + ("阶段", "階段", "批次", "年", "月")
# a count of new ones: 今年新增受助家庭300户 (the rate may go to more than those)
_NEW = regex.compile(r"新增|新建|新引进|新引進|新认定|新認定|增加")
# a total over a stated span: 五年合共15万个, 三年累计新增6万个
_SPAN_TOTAL = regex.compile(r"[ \t]*(?<!公)(?:合共|共计|共計|合计|合計|总共|總共|累计|累計|共)")
_PERIOD_UNITS = {"year": "year", "month": "month", "day": "day", "week": "week", "quarter": "quarter"}
_PEAK = regex.compile(r"最高|最多|峰值|高峰|旺季|节假日|節假日")
# a total with a period of its own: 10余年来已累计, 建成以来, 累计
_OWN_SPAN = regex.compile(r"年来|年來|以来|以來|累计|累計|至今|迄今")
_UNIT_SURFACE = regex.compile(r"^[0-9０-９.,，．\s十百千万萬亿億兆]+")
_UNIT = {"year": "年", "month": "月", "quarter": "季", "week": "周", "day": "天"}


RULE = RateProduct()
