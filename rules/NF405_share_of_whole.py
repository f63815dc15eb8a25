"""NF405 share-of-whole: a part's stated share of the whole before 其中 is part ÷ whole.

## What it does
Reads "whole，其中 part，占 P%" (一般公共预算收入120亿元，其中税收收入98亿元，占81.7%; also
a rate of the part: 其中2.8万份已获批，批出率为87.5%): the
part is the figure right before 占, the whole the last figure in the same unit before 其中 in
the same sentence, and P must equal part ÷ whole within the rounding of all three figures
(within a further 1% it is borderline).

## Why it matters
A share printed next to the figures it comes from is the easiest thing for a reader to
recompute, and the first to go stale when one figure is revised.

## Example
一般公共预算收入120亿元，其中税收收入98亿元，占71.7% -> contradiction: 98 ÷ 120 = 81.7%.

## Not flagged
A share of something else named after 占 (占全省的12%), a share with no 其中 before it, and
parts and wholes in different units.
"""
from __future__ import annotations

import regex

from fractions import Fraction

from numfacts.checking import Rule, judge, show
from numfacts.intervals import Interval
from numfacts.lexicon import load
from numfacts.patterns import alternation

_WHOLE_WORDS = alternation(load("rules")["NF405"]["whole_words"])
_RATE_WORDS = alternation(load("rules")["NF405"]["rate_words"])
_SHARE_CUE = regex.compile(
    f"[，,]?[ \\t]*(?:(?:占|佔)(?:了)?(?:{_WHOLE_WORDS})?(?:的)?|(?:{_RATE_WORDS}))"
    f"(?:达|達|为|為|是)?(?:约|約|近|超过|超過)?[ \\t]*$"
)
_QIZHONG = "其中"
_REACH = 120  # characters from 其中 to the part
_SLACK = (Fraction(99, 100), Fraction(101, 100))


class ShareOfWhole(Rule):
    code = "NF405"
    name = "share-of-whole"
    summary = "“whole，其中 part，占P%” states P = part ÷ whole"
    doc = __doc__
    examples = [
        {"text": "一般公共预算收入120亿元，其中税收收入98亿元，占81.7%。", "verdict": "consistent", "at": "81.7%"},
        {"text": "一般公共预算收入120亿元，其中税收收入98亿元，占71.7%。", "verdict": "contradiction", "at": "71.7%"},
        {"text": "全省共有小巨人企业520家，其中民营企业480家，占92.3%。", "verdict": "consistent", "at": "92.3%"},
        {"text": "全省共有小巨人企业520家，其中民營企業480家，佔比92.3%。", "verdict": "consistent", "at": "92.3%"},
        {"text": "訪港旅客3400萬人次，其中內地旅客2680萬人次，佔約79%。", "verdict": "consistent", "at": "79%"},
        {"text": "訪港旅客3400萬人次，其中內地旅客2680萬人次，佔約69%。", "verdict": "contradiction", "at": "69%"},
        {"text": "出口额500亿元，其中机电产品300亿元，占全省的12%。", "verdict": None},
        {"text": "税收收入98亿元，占81.7%。", "verdict": None},
        {"text": "第二期共接获3.2万份申请，其中2.8万份已获批，批出率为87.5%。", "verdict": "consistent", "at": "87.5%"},
        {"text": "第二期共接获3.2万份申请，其中2.8万份已获批，批出率为97.5%。", "verdict": "contradiction", "at": "97.5%"},
    ]

    def check(self, ctx):
        text = ctx.text
        for pct in ctx.quantities:
            if pct.kind != "percent" or pct.unit != "percent":
                continue
            cue = _SHARE_CUE.search(text, max(0, pct.start - 12), pct.start)
            if not cue:
                continue
            s_start, _ = ctx.sentence(pct.start)
            before = ctx.claims_in(s_start, cue.start())
            if not before or before[-1].kind == "percent" or text.find(_QIZHONG, before[-1].end, cue.start()) >= 0:
                continue
            part = before[-1]
            q = text.rfind(_QIZHONG, max(s_start, part.start - _REACH), part.start)
            if q < 0:
                continue
            wholes = [c for c in ctx.claims_in(s_start, q) if c.kind == part.kind and c.unit == part.unit]
            if not wholes:
                continue
            whole = wholes[-1]
            # shares are printed rounded from rounded figures: within the rounding of all three is
            # consistent, within a further 1% (relative) borderline
            quotient = part.loose / whole.loose
            if quotient is None:
                continue
            strict = quotient.scale(100)
            loose = Interval(None if strict.lo is None else strict.lo * _SLACK[0],
                             None if strict.hi is None else strict.hi * _SLACK[1])
            stated = pct.loose
            verdict = judge((stated, stated), strict, loose)
            message = f"{part.text} ÷ {whole.text} = {show(strict)}% " + ("=" if verdict == "consistent" else "≠") + f" {pct.text}"
            yield self.finding(verdict, pct, [part, whole], message, stated=pct.value, expected_low=float(strict.lo),
                               expected_high=float(strict.hi) if strict.hi is not None else float("inf"),
                               gap=stated.gap(loose))


RULE = ShareOfWhole()
