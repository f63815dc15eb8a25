"""NF401 share-over-100: a share of a whole lies between 0% and 100%.

## What it does
Finds percentages that are shares: a share word before them in their clause (占, 比重,
比例, 份额, 覆盖率, 城镇化率 …) or 的 + noun after them (80%以上的原料药产品), and checks
that they are at most 100%.

## Why it matters
A share above 100% is impossible and usually a typo (147% for 4.7%), which no reader
can repair without the source.

## Example
市域面积占长三角的147% -> contradiction: a share cannot exceed 100%.

## Not flagged
Changes (增长109%, 提高, 比上年, 同比) can exceed 100%: a clause that names a change is
never read as a share; nor are rates that can (完成率, 收益率, 利率, 容积率 …). The word lists are in numfacts/data/rules.toml.
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, judge
from numfacts.intervals import Interval
from numfacts.lexicon import load
from numfacts.patterns import alternation

_CUES = load("rules")["NF401"]
# the words that make a percent a share of one whole beyond doubt: 占…, 比重, 份额
_OF_A_WHOLE = regex.compile(r"占|比重|份额")
_SHARE = regex.compile(f"(?:{alternation(_CUES['share_cues'])})")
_CHANGE = regex.compile(f"(?:{alternation(_CUES['change_cues'])})")
_NOT_SHARE = regex.compile(f"(?:{alternation(_CUES['not_share'])})")
_OF_WHOLE = regex.compile(r"(?:以上|以下|左右)?的\p{Han}")
_TO_LEVEL = regex.compile(r"[至到]")  # 提升至45.6%: the level reached, not the change
_AMONG = regex.compile(r"中[ \t]*(?:有)?[ \t]*$")  # 受访者中近七成: a share of those
_BOUND = Interval(Fraction(0), Fraction(100))


class ShareOver100(Rule):
    code = "NF401"
    name = "share-over-100"
    summary = "a share of a whole (占, 比重, 份额, …率, 80%的…) is at most 100%"
    doc = __doc__
    examples = [
        {"text": "市域面积占长三角的4.7%。", "verdict": "consistent", "at": "4.7%"},
        {"text": "市域面积占长三角的147%。", "verdict": "contradiction", "at": "147%"},
        {"text": "80%以上的原料药产品销往国外。", "verdict": "consistent", "at": "80%"},
        {"text": "180%以上的原料药产品销往国外。", "verdict": "contradiction", "at": "180%"},
        {"text": "整改率较去年同期提升109%。", "verdict": None},
        {"text": "失业率为2.9%。", "verdict": "consistent", "at": "2.9%"},
        {"text": "年度计划完成率为120%。", "verdict": None},
        {"text": "中小企業約36萬家，佔商業單位總數超過98%。", "verdict": "consistent", "at": "98%"},
        {"text": "全年游客人数超过上年的120%。", "verdict": None},
        {"text": "消费对经济增长的贡献率为65.2%。", "verdict": "consistent", "at": "65.2%"},
        {"text": "新能源汽车渗透率提升至45.6%。", "verdict": "consistent", "at": "45.6%"},
        {"text": "受访者中近七成表示满意。", "verdict": "consistent", "at": "七成"},
        {"text": "研发投入比重比上年提高12%。", "verdict": None},
        {"text": "城镇居民收入增长5%，农村居民收入增长8%，分别占全省平均水平的110%和95%。", "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        for c in ctx.quantities:
            if c.kind != "percent" or c.unit != "percent":
                continue
            clause_start = max(ctx.sentence(c.start)[0], c.start - 30)
            cut = text.rfind("，", clause_start, c.start)
            cut = max(cut, text.rfind(",", clause_start, c.start))
            before_start = cut + 1 if cut >= 0 else clause_start
            own_hedge = c.start - len(c.hedge) if c.hedge and text.endswith(c.hedge, 0, c.start) else c.start
            if _NOT_SHARE.search(text, before_start, c.start):
                continue
            shares = list(_SHARE.finditer(text, before_start, c.start))
            changes = [m for m in _CHANGE.finditer(text, before_start, own_hedge) if not _TO_LEVEL.match(text, m.end())]
            if changes and not (shares and shares[-1].start() > changes[-1].start()):
                continue  # 比上年提高3%: a change (but 消费对经济增长的贡献率为65.2%, 渗透率提升至45.6% are shares)
            if not (shares or _OF_WHOLE.match(text, c.end) or _AMONG.search(text, before_start, own_hedge)):
                continue
            verdict = judge(c, _BOUND, _BOUND)
            if verdict == "contradiction" and not (_OF_A_WHOLE.search(ctx.view, before_start, c.start) or _OF_WHOLE.match(text, c.end)):
                continue  # 毛入学率, 拨备覆盖率, A与B比例: rates and ratios that may exceed 100%

            message = f"0 ≤ {c.text} ≤ 100%" if verdict != "contradiction" else f"{c.text} is a share of a whole, which cannot exceed 100%"
            yield self.finding(verdict, c, [], message, stated=c.value, expected_low=0.0, expected_high=100.0,
                               gap=c.strict.gap(_BOUND))


RULE = ShareOver100()
