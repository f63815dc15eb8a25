"""NF308 month-within-period: a count for one month is at most the count for a period that holds it.

## What it does
Pairs a count stated for one month (6月份…签约项目3个, 6月份新增市场主体1.2万户) with a count of
the same thing for a period that contains that month, in the same paragraph (今年前8个月…引进
项目34个, 1—6月累计新增6.5万户, 今年以来, 上半年, 一季度, 前三季度), and checks month ≤ period.

## Why it matters
Monthly and year-to-date figures are printed side by side in statistical news; a month above
the months that contain it is impossible.

## Example
6月份全市新增市场主体1.2万户，1—6月累计新增市场主体0.9万户 -> contradiction: 1.2万 > 0.9万.

## Not flagged
Counts whose nouns share less than four closing characters (签约项目 against 注册资金1000万元以上
项目) are only confirmed: a month of one kind of project can outnumber a narrower kind over the period. Periods that do not contain
the month (前5个月 for 6月) are left alone.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule, common_tail, judge, named_thing, up_to
from numfacts.numerals import whole_number

_N = r"[0-9]{1,2}|[一二三四五六七八九十]{1,3}"
_MONTH = regex.compile(f"(?P<m>{_N})[ \\t]*月份?")
# a period that holds months 1..N: 前8个月, 1—8月, 1至8月份; 今年以来 and 全年 hold every month so far
_PERIOD = regex.compile(
    f"前[ \\t]*(?P<n>{_N})[ \\t]*[个個]月|1[ \\t]*[-－—–~～至到][ \\t]*(?P<n>{_N})[ \\t]*月|(?P<all>今年以来|今年以來|年初以来|年初以來|全年)"
    f"|(?P<half>上半年)"
    # 一季度 holds months 1–3, 前三季度 1–9, 前两个季度 1–6
    f"|(?:第一|首|一)季度|前[ \\t]*(?P<q>[二两兩三])[ \\t]*[个個]?季度"
)
_REACH = 400


class MonthWithinPeriod(Rule):
    code = "NF308"
    name = "month-within-period"
    summary = "a count for one month (6月份…3个) is at most the count of the same thing for a period holding it (前8个月…34个)"
    doc = __doc__
    examples = [
        {"text": "6月份全市新增市场主体1.2万户，1—6月累计新增市场主体6.5万户。", "verdict": "consistent", "at": "1.2万户"},
        {"text": "6月份全市新增市场主体1.2万户，1—6月累计新增市场主体0.9万户。", "verdict": "contradiction", "at": "1.2万户"},
        {"text": "在6月份的推介活动中签约项目3个，今年前8个月全市共引进注册资金1000万元以上项目34个。",
         "verdict": "consistent", "at": "3个"},
        {"text": "6月份全市新增市场主体1.2万户，1—5月累计新增市场主体0.9万户。", "verdict": None},
        {"text": "3月份新签约项目12个，一季度累计签约项目28个。", "verdict": "consistent", "at": "12个"},
        {"text": "3月份新签约项目32个，一季度累计签约项目28个。", "verdict": "contradiction", "at": "32个"},
        {"text": "8月份新签约项目32个，前三季度累计签约项目128个。", "verdict": "consistent", "at": "32个"},
    ]

    def check(self, ctx):
        text = ctx.text
        for part in ctx.quantities:
            if part.kind != "count" or not part.exact:
                continue
            clause_start = max(ctx.sentence(part.start)[0], part.start - 40)
            months = [m for m in _MONTH.finditer(text, clause_start, part.start)]
            if not months or _PERIOD.search(text, clause_start, part.start):
                continue
            month = whole_number(months[-1].group("m"))
            if month is None or not 1 <= month <= 12:
                continue
            p_start, p_end = ctx.paragraph(part.start)
            for whole in ctx.claims_in(max(p_start, part.start - _REACH), min(p_end, part.end + _REACH)):
                if whole is part or whole.kind != "count" or whole.unit != part.unit:
                    continue
                period = _PERIOD.search(text, max(ctx.sentence(whole.start)[0], whole.start - 40), whole.start)
                if not period or not _holds(period, month):
                    continue
                name, whole_name = named_thing(text, part), named_thing(text, whole)
                if len(name) < 2 or len(whole_name) < 2 or name[-2:] != whole_name[-2:]:
                    continue
                strict, loose = up_to(whole)
                verdict = judge(part, strict, loose)
                if verdict == "contradiction" and len(common_tail([name, whole_name])) < 4:
                    verdict = "indeterminate"  # 签约项目 against a narrower kind of project over the period
                shown = f"{months[-1].group()} {part.text} ≤ {period.group()} {whole.text}"
                message = {"contradiction": f"{months[-1].group()} alone has {part.text}, more than the {whole.text} of {period.group()}",
                           "indeterminate": f"{shown}? not so, but the two may count different kinds"}.get(verdict, shown)
                yield self.finding(verdict, part, [whole], message, stated=part.value, expected_low=0.0,
                                   expected_high=float(whole.value_high), gap=part.strict.gap(loose))
                break




def _holds(period, month: int) -> bool:
    if period.group("all"):
        return True
    if period.group("half"):
        return month <= 6
    if period.group("q"):
        return month <= 3 * whole_number(period.group("q"))
    if "季度" in period.group():
        return month <= 3  # 一季度, 第一季度, 首季度
    n = whole_number(period.group("n"))
    return n is not None and month <= n


RULE = MonthWithinPeriod()
