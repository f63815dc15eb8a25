"""NF320 breakdown-sum: the parts the text gives a whole add up to it, as far as they cover it.

## What it does
Reads breakdowns from the facts layer (numfacts/facts/breakdowns.py): a level, then 其中
and one level of the whole's unit per clause to the end of the sentence (进出口总值38.34万亿元，
同比增长8.6%。其中，出口21.84万亿元，…；进口16.5万亿元), in either script, with a part's own
parts in brackets or after 含 kept out of the whole's sum; and levels closed by a total
(新增债券47566亿元，再融资债券26110亿元，合计73676亿元). The parts' sum is judged against the
whole within the rounding of every figure.

## Why it matters
A total and its 其中 parts are the commonest relation in official statistics, and the first
to break when one figure is revised alone.

## Example
货物贸易进出口总值3.81万亿元。其中，出口2.28万亿元；进口1.83万亿元 -> contradiction: the parts
of a complete partition (出口/进口) add up to 4.11万亿, not 3.81万亿.

## Not flagged
Parts less than their whole unless the words say they cover it (a known partition such as
出口/进口 or 城镇/乡村, a last part named 其他/其余, a total written after its parts): 其中
usually names only some parts. Parts that add up to more than their whole are flagged only
when they are disjoint by their names (a partition), since kinds may overlap (女职工, 党员).
"""
from __future__ import annotations

from numfacts.checking import Rule, judge, summed


class BreakdownSum(Rule):
    code = "NF320"
    name = "breakdown-sum"
    summary = "the parts the text gives a whole (其中…; …，合计) add up to it, as far as they cover it"
    doc = __doc__
    examples = [
        {"text": "今年前11个月，我国外贸进出口总值38.34万亿元，同比增长8.6%。其中出口21.84万亿元，同比增长11.9%；进口16.5万亿元，同比增长4.6%。",
         "verdict": "consistent", "at": "38.34万亿元"},
        {"text": "今年前11个月，我國外貿進出口總值38.34萬億元，同比增長8.6%。其中出口21.84萬億元，同比增長11.9%；進口17.5萬億元，同比增長4.6%。",
         "verdict": "contradiction", "at": "38.34萬億元"},
        {"text": "全国发行新增地方政府债券47566亿元，再融资债券26110亿元，合计73676亿元。", "verdict": "consistent", "at": "73676亿元"},
        {"text": "全国发行新增地方政府债券47566亿元，再融资债券26110亿元，合计75676亿元。", "verdict": "contradiction", "at": "75676亿元"},
        {"text": "全市共有学校120所（其中小学80所，中学40所），其中公办学校100所，民办学校20所。", "verdict": "consistent", "at": "120所"},
        {"text": "全市职工3000人，其中女职工1800人，党员职工1500人。", "verdict": None},
        {"text": "全年受理投诉2646万件，其中网购投诉1506.7万件，售后投诉300万件。", "verdict": None},
    ]

    def check(self, ctx):
        for f in ctx.facts:
            parts = f.parts
            if len(parts) < 2 or f.claim.average or any(p.claim.average for p in parts):
                continue
            whole = f.claim
            strict, loose = summed(p.claim for p in parts)
            verdict = judge(whole, strict, loose)
            if verdict == "contradiction" and not f.exhaustive:
                continue  # some parts of a whole (其中) may be fewer, or overlap
            yield self.sum_finding(whole, [p.claim for p in parts])


RULE = BreakdownSum()
