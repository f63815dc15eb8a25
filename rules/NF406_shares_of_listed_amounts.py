"""NF406 shares-of-listed-amounts: shares paired with amounts must point at one whole.

## What it does
Reads a sentence that gives items their amounts and then their shares with 分别, the amounts
also listed with 分别 (东、中、西部地区分别实现生产总值2100亿元、1800亿元和1260亿元，分别占全市的
40.7%、34.9%和24.4%) or each in a clause of its own named as a kind of one thing (留宿旅客
1712萬人次，不過夜旅客1777萬人次，分別佔49.1%及50.9%): the k shares are of one whole, the whole of that amount, so each amount ÷ its share must
give the same whole (2100 ÷ 40.7% = 1800 ÷ 34.9% = 1260 ÷ 24.4% ≈ 5160亿元), within the
rounding of every figure, and the shares add up to at most 100%.

## Why it matters
When one amount of such a sentence is revised and its share is not (or the reverse), the
shares stop being shares of one thing; no single figure looks wrong.

## Example
分别实现生产总值2100亿元、1800亿元和1260亿元，分别占全市的40.7%、44.9%和24.4% -> contradiction:
the shares imply wholes of 5160亿元 and 4009亿元.

## Not flagged
Shares not paired one to one with amounts of one unit in the same sentence, and shares of
different measures (产值、利税分别占全县的79%、31%: the amounts are not listed, each share has
its own base).
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, common_tail, fmt, name_of, phrase_before
from numfacts.lexicon import load
from numfacts.patterns import alternation

_RESPECTIVELY = alternation(load("rules")["NF104"]["respectively"])
# 分别占全市的|40.7%: the shares' lead, at the end of a window or after the last amount's clause
_SHARE_LEAD = f"(?:{_RESPECTIVELY})(?:占|佔)[^，,。；;、0-9]{{0,10}}?(?:的)?(?:比重|比例)?(?:为|為|达|達)?[ \\t]*"
_SHARES = regex.compile(_SHARE_LEAD + "$")
_SHARES_AFTER = regex.compile("[ \\t]*[，,][ \\t]*" + _SHARE_LEAD)
# 分别实现生产总值|2100亿元: the measure named once after 分别, so every amount is of one measure
# (产值、利税分别达到|120亿元、15亿元 names two measures before 分别: two bases)
_VERBS = "实现|實現|完成|达到|達到|拥有|擁有|接待|新增|实现了|完成了|有|是|为|為|达|達"
_AMOUNTS = regex.compile(f"(?:{_RESPECTIVELY})(?:{_VERBS})?(?P<measure>\\p{{Han}}{{2,8}}?)(?:{_VERBS})?[ \\t]*(?:约|約)?[ \\t]*$")
_CLAUSE_GAP = regex.compile(r"[ \t]*[，,、；;][ \t]*")
_ONLY_VERBS = regex.compile(f"(?:{_VERBS})+")
_GAP = regex.compile(r"[ \t]*(?:[、，,]|和|及|与|與)[ \t]*")


class SharesOfListedAmounts(Rule):
    code = "NF406"
    name = "shares-of-listed-amounts"
    summary = "amounts and their shares given with 分别 (2100亿元…分别占40.7%…) point at one whole"
    doc = __doc__
    examples = [
        {"text": "东、中、西部地区分别实现生产总值2100亿元、1800亿元和1260亿元，分别占全市的40.7%、34.9%和24.4%。",
         "verdict": "consistent", "at": "34.9%"},
        {"text": "东、中、西部地区分别实现生产总值2100亿元、1800亿元和1260亿元，分别占全市的40.7%、44.9%和24.4%。",
         "verdict": "contradiction", "at": "44.9%"},
        {"text": "产值、利税分别达到120亿元、15亿元，分别占全县的79%、31%。", "verdict": None},
        {"text": "留宿旅客1,712萬人次，不過夜旅客1,777萬人次，分別佔49.1%及50.9%。", "verdict": "consistent", "at": "49.1%"},
        {"text": "留宿旅客1,712萬人次，不過夜旅客1,777萬人次，分別佔59.1%及50.9%。", "verdict": "contradiction", "at": "59.1%"},
        {"text": "营业收入120亿元，利润15亿元，分别占全行业的30%和20%。", "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        for first in ctx.quantities:
            if first.kind != "percent" or first.unit != "percent" or not _SHARES.search(text, max(0, first.start - 16), first.start):
                continue
            s_start, s_end = ctx.sentence(first.start)
            shares = _run(ctx, first, s_end)
            before = ctx.claims_in(s_start, first.start)
            amounts = [c for c in before if c.kind in ("money", "count", "measure")]
            if len(shares) < 2 or len(amounts) < len(shares):
                continue
            amounts = amounts[-len(shares):]
            if len({(c.kind, c.unit) for c in amounts}) != 1:
                continue
            named = _AMOUNTS.search(text, max(s_start, amounts[0].start - 16), amounts[0].start)
            listed = named and not _ONLY_VERBS.fullmatch(named.group("measure")) and _run(ctx, amounts[0], first.start) == amounts
            if not listed and not _parallel(ctx, amounts, first):
                continue
            wholes = []
            for amount, share in zip(amounts, shares):
                w = amount.loose / share.loose.scale(Fraction(1, 100))
                if w is None or w.lo is None or w.hi is None:
                    break
                wholes.append(w)
            else:
                yield self._judge(shares, amounts, wholes)

    def _judge(self, shares, amounts, wholes):
        lo, hi = max(w.lo for w in wholes), min(w.hi for w in wholes)
        total = sum(Fraction(str(s.value)) for s in shares)
        total_lo = sum(s.loose.lo for s in shares)
        ok = lo <= hi and total_lo <= 100
        if ok:
            message = " ".join(f"{a.text}÷{s.text}" for a, s in zip(amounts, shares)) + f" ≈ one whole of {fmt(lo)}–{fmt(hi)}"
        else:
            far = max(wholes, key=lambda w: w.lo)
            near = min(wholes, key=lambda w: w.hi)
            message = (f"the shares {'、'.join(s.text for s in shares)} imply wholes of {fmt(near.hi)} and {fmt(far.lo)}"
                       if lo > hi else f"the shares add up to {float(total):g}%, more than one whole")
        judged = shares[0] if ok else max(zip(shares, wholes), key=lambda sw: abs(float(sw[1].lo) - float(lo)))[0]
        gap = 0.0 if ok else (float(lo - hi) / float(hi) if lo > hi else float(total_lo - 100) / 100)
        return self.finding("consistent" if ok else "contradiction", judged, [*shares, *amounts], message,
                            stated=judged.value, expected_low=0.0, expected_high=100.0, gap=gap)


def _parallel(ctx, amounts, first) -> bool:
    """留宿旅客1712萬人次，不過夜旅客1777萬人次，分別佔…: amounts in clauses of their own, each named as a
    kind of one thing (their names end alike), one clause after another up to the shares."""
    text = ctx.text
    names = [name_of(text, a) for a in amounts]
    if len(common_tail(names)) < 2 or len(set(names)) != len(names):
        return False
    gaps = [(a.end, b.start - len(phrase_before(text, b))) for a, b in zip(amounts, amounts[1:])]
    gaps.append((amounts[-1].end, first.start))
    return all(_CLAUSE_GAP.fullmatch(text, a, b) for a, b in gaps[:-1]) and bool(_SHARES_AFTER.fullmatch(text, *gaps[-1]))


def _run(ctx, first, end) -> list:
    """The figures of first's kind and unit that follow it one to one (40.7%、34.9%和24.4%)."""
    run = [first]
    for c in ctx.claims_in(first.end, end):
        if (c.kind, c.unit) != (first.kind, first.unit) or not _GAP.fullmatch(ctx.text, run[-1].end, c.start):
            break
        run.append(c)
    return run


RULE = SharesOfListedAmounts()
