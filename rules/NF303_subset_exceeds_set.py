"""NF303 subset-exceeds-set: what was signed cannot exceed what was intended.

## What it does
In one sentence, pairs a figure named by a set word and one named by its subset word, in
either order — 意向 and 落地/签约/成交, 签约 and 落地/到位, 应到 and 实到, 报名 and 录取, 受理 and
办结, 累计 and 新增/新建 (numfacts/data/rules.toml) — and checks the subset is at most the set.

## Why it matters
The intended amount is the headline; the signed amount is the fact. When the fact is
larger than the intention, one of them was mistyped.

## Example
意向订单300万美元，现场落地订单400万美元 -> contradiction: 400万 > 300万.

## Not flagged
Plans against results (计划 / 完成) are left out: exceeding a plan is normal.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule, comparable, judge, up_to
from numfacts.lexicon import load

PAIRS = [tuple(p) for p in load("rules")["NF303"]["pairs"]]
_WINDOW = 10


class SubsetExceedsSet(Rule):
    code = "NF303"
    name = "subset-exceeds-set"
    summary = "a subset figure (落地, 签约, 实到) is at most its set (意向, 应到)"
    doc = __doc__
    examples = [
        {"text": "今年新建5G基站1.2万个，累计建成3.6万个。", "verdict": "consistent", "at": "1.2万个"},
        {"text": "今年新建5G基站4.2万个，累计建成3.6万个。", "verdict": "contradiction", "at": "4.2万个"},
        {"text": "12家企业共收获意向订单3000万美元，现场落地订单400万美元。", "verdict": "consistent", "at": "400万美元"},
        {"text": "12家企业共收获意向订单300万美元，现场落地订单400万美元。", "verdict": "contradiction", "at": "400万美元"},
        {"text": "计划投资100亿元，完成投资120亿元。", "verdict": None},
        {"text": "6月份全市新增市场主体6.2万户，1—5月累计新增市场主体5.3万户。", "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        for whole in ctx.quantities:
            s_start, s_end = ctx.sentence(whole.start)
            lead = text[max(s_start, whole.start - _WINDOW):whole.start]
            for set_word, sub_word in PAIRS:
                if set_word not in lead:
                    continue
                # the subset may come first (新建5G基站1.2万个，累计建成3.6万个) or after (意向…，落地…)
                for part in ctx.claims_in(s_start, s_end):
                    if part is whole or not comparable(part, whole):
                        continue
                    if sub_word not in text[max(s_start, part.start - _WINDOW):part.start] or set_word in text[max(s_start, part.start - _WINDOW):part.start]:
                        continue
                    if _OWN_PERIOD.search(text, _clause_start(text, s_start, part.start), part.start):
                        break  # 6月份新增1.2万户，1—5月累计新增5.3万户: periods of their own (NF308 reads months)
                    strict, loose = up_to(whole)
                    verdict = judge(part, strict, loose)
                    message = (f"{sub_word} {part.text} ≤ {set_word} {whole.text}" if verdict != "contradiction"
                               else f"{sub_word} {part.text} exceeds {set_word} {whole.text}")
                    yield self.finding(verdict, part, [whole], message, stated=part.value, expected_low=0.0,
                                       expected_high=float("inf") if strict.hi is None else float(strict.hi),
                                       gap=part.strict.gap(loose))
                    break


def _clause_start(text: str, s_start: int, pos: int) -> int:
    return max([s_start] + [text.rfind(mark, s_start, pos) + 1 for mark in "，,"])


# a subset with a period of its own: 6月份, 3月, 一季度, 上半年
_OWN_PERIOD = regex.compile(r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})[ \t]*月份?|[一二三四]季度|上半年|下半年")


RULE = SubsetExceedsSet()
