"""NF403 shares-over-whole: shares of one base cannot add up to more than 100%.

## What it does
Collects the percentages of one sentence that are shares of the same base — each after
占/占比/比重 with the same base before it (第一产业占GDP的5%……第二产业占GDP的40%), or a
list of them after 分别占 (A、B分别占全市的30%、50%) — and checks that they add up to at most
100%.

## Why it matters
Shares that overflow their whole are impossible; a mistyped share is otherwise invisible.

## Example
第一产业占GDP的35%，第二产业占GDP的40%，第三产业占GDP的45% -> contradiction: 120% > 100%.

## Not flagged
Shares whose base is not written out (……占32%，……占17%), is only a scope (占全省的: of the
province's exports? imports?; 产值、利税分别占全县的79%、31%: two bases) or that sum others (合计……占69%) are not added up. Shares of different bases (10%的嘉善人……30%以上的工业品……50%的农产品: the 嘉善 “13579”)
legitimately add up to more than 100%, so percentages are only summed when their base is
written the same; shares stated with 以上 count at their lower bound.
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, judge
from numfacts.intervals import Interval
from numfacts.lexicon import load
from numfacts.patterns import alternation

_SHARE = regex.compile(
    f"(?:{alternation(load('rules')['NF403']['share_words'])})(?P<base>[^，,。；;、：:%％]{{0,8}}?)(?:的)?[ \\t]*(?:达|達|为|為|约|約)?[ \\t]*$"
)
_RESPECTIVE = regex.compile(
    r"(?:(?:分别|分別)(?:占|佔)(?P<base>[^，,。；;、]{0,8}?)(?:的)?"
    # 占GDP的比重分别为5%、40%、55%: the base first, then 分别
    r"|(?:占|佔)(?P<base>[^，,。；;、%％]{1,8}?)(?:的)?(?:比重|比例)?(?:分别|分別)(?:为|為|是|达|達)?)[ \t]*$"
)
_GAP = regex.compile(r"[、，,和及与與 \t]*")
# 合计7奈米以下占69%: a subtotal of shares already counted, not one more share
# 出口占全省的60%，进口占全省的55%: a scope alone (全省, 全市, 本县) leaves the whole unsaid
_SCOPE = regex.compile(r"(?:全|本|我|该|該)\p{Han}{1,2}")
_SUBTOTAL = regex.compile(r"合计|合計|共计|共計|总计|總計|累计|累計|其中")
_WHOLE = Interval(Fraction(0), Fraction(100))


class SharesOverWhole(Rule):
    code = "NF403"
    name = "shares-over-whole"
    summary = "shares of one base (占GDP的…, 分别占…的) add up to at most 100%"
    doc = __doc__
    examples = [
        {"text": "第一产业占GDP的5%，第二产业占GDP的40%，第三产业占GDP的55%。", "verdict": "consistent", "at": "55%"},
        {"text": "第一产业占GDP的35%，第二产业占GDP的40%，第三产业占GDP的45%。", "verdict": "contradiction", "at": "45%"},
        {"text": "产值、利税分别占全县的79%、31%。", "verdict": None},  # of the county's output, of its profits: two bases
        {"text": "10%的嘉善人到上海工作，30%以上的工业品为上海企业配套，50%的农产品销往上海，70%的游客来自上海。", "verdict": None},
        {"text": "5奈米占32%，7奈米占17%，合计7奈米以下先进製程占69%。", "verdict": None},
        {"text": "出口占全省的60%，进口占全省的55%。", "verdict": None},
        {"text": "第一、二、三产业占GDP的比重分别为5%、40%、55%。", "verdict": "consistent", "at": "5%"},
        {"text": "第一、二、三产业占GDP的比重分别为5%、45%、55%。", "verdict": "contradiction", "at": "5%"},
    ]

    def check(self, ctx):
        text = ctx.text
        seen_sentences = set()
        for p in ctx.quantities:
            if p.kind != "percent" or p.unit != "percent":
                continue
            s_start, s_end = ctx.sentence(p.start)
            if s_start in seen_sentences:
                continue
            seen_sentences.add(s_start)
            groups: dict[str, list] = {}
            for c in ctx.claims_in(s_start, s_end):
                if c.kind != "percent" or c.unit != "percent":
                    continue
                m = _SHARE.search(text, max(s_start, c.start - 14), c.start)
                base = m.group("base").strip() if m else ""
                if base and not _SCOPE.fullmatch(base) and not _SUBTOTAL.search(text, max(s_start, c.start - 14), c.start):
                    groups.setdefault(base, []).append(c)
            resp = _RESPECTIVE.search(text, max(s_start, p.start - 14), p.start)
            if resp:
                run = [p]
                for c in ctx.claims_in(p.end, s_end):
                    if c.kind != "percent" or not _GAP.fullmatch(text, run[-1].end, c.start):
                        break
                    run.append(c)
                if not _SCOPE.fullmatch(resp.group("base").strip()):
                    groups[f"分别:{resp.group('base')}"] = run
            for base, shares in groups.items():
                if len(shares) < 2:
                    continue
                strict = loose = None
                for c in shares:
                    cs, cl = c.readings()
                    cs, cl = Interval(cs.lo, cs.lo, cs.lo_open, cs.lo_open), Interval(cl.lo, cl.lo, cl.lo_open, cl.lo_open)
                    strict = cs if strict is None else strict + cs
                    loose = cl if loose is None else loose + cl
                verdict = judge((strict, loose), _WHOLE, _WHOLE)
                total = float(strict.lo)
                message = " + ".join(c.text for c in shares) + f" = {total:g}% " + ("≤ 100%" if verdict != "contradiction" else "> 100% of one base")
                yield self.finding(verdict, shares[-1], shares[:-1], message, stated=total, expected_low=0.0,
                                   expected_high=100.0, gap=strict.gap(_WHOLE))


RULE = SharesOverWhole()
