"""NF405 share-of-whole: a part's stated share of the whole before 其中 is part ÷ whole.

## What it does
Reads "whole，其中 part，占 P%" (一般公共预算收入120亿元，其中税收收入98亿元，占81.7%; also
a rate of the part: 其中2.8万份已获批，批出率为87.5%; and 26个断面中，…24个，占92.3%): the
part is the figure right before 占, the whole the last figure in the same unit before 其中 in
the same sentence, and P must equal part ÷ whole within the rounding of all three figures
(within a further 1% it is borderline). Two more shapes give part and whole: a whole written
right before 的P% (完成856公里，完成全年目标任务1200公里的71.3%), and a rate named by the part's
verb (实施项目37个，已开工31个，开工率83.8%: the whole is the count before the part), and a share
in a breakdown (歲出按政事別分，以社會福利支出8,100億元最多，占26.0%: the whole is the figure named
before 按…分, stated earlier).

## Why it matters
A share printed next to the figures it comes from is the easiest thing for a reader to
recompute, and the first to go stale when one figure is revised.

## Example
一般公共预算收入120亿元，其中税收收入98亿元，占71.7% -> contradiction: 98 ÷ 120 = 81.7%.

## Not flagged
A share of something else named after 占 (占全省的12%) unless a figure of that name is stated
earlier (占岁出总额的60.1% with 岁出2兆8810亿元 before) or just after it in the sentence
(完成年度计划的112%（年度计划投资1116亿元）); when several different figures carry
that name (营业收入 of the first three quarters and of the third), a share that fits none of
them is only undecided; a share with no 其中 before it, and parts
and wholes in different units.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule, full_sentence_start, is_change, name_of
from numfacts.lexicon import load
from numfacts.patterns import alternation

_WHOLE_WORDS = alternation(load("rules")["NF405"]["whole_words"])
_RATE_WORDS = alternation(load("rules")["NF405"]["rate_words"])
_SHARE_CUE = regex.compile(
    f"[，,]?[ \\t]*(?:(?:占|佔)(?:了)?(?:{_WHOLE_WORDS})?(?:的)?|(?:{_RATE_WORDS}))"
    f"(?:达|達|为|為|是)?(?:约|約|近|超过|超過)?[ \\t]*$"
)
_QIZHONG = "其中"
# “全市26个国控断面中，优良水质断面24个”: the whole, then 中 (among them)
_AMONG = regex.compile(r"\p{Han}{0,10}?中[ \t]*[，,：:]")
# the whole of a share written as a figure right before 的P%: 全年目标任务1200公里的71.3%
_OF = regex.compile(r"[ \t]*的[ \t]*(?:约|約|近|超过|超過)?[ \t]*")
# a share of a whole named after 占 and stated earlier: 占岁出总额的60.1% (岁出2兆8810亿元)
_NAMED_SHARE = regex.compile(
    r"[，,][ \t]*(?:(?:占|佔)(?:了)?|(?:超额|超額)?(?:完成|完成了))(?P<name>\p{Han}{2,14}?)"
    r"(?P<total>总额|總額|总量|總量|总数|總數|总体|總體)?的(?:比重|比例)?(?:为|為|达|達)?(?:约|約|近)?[ \t]*$"
)
_NAMED_REACH = 3000
_MISLINKED = 10
_LONG_NAME = 6  # characters of a name that no other figure of the text bears
# a rate named by the verb of its part: 已开工31个，开工率83.8%
_VERB_RATE = regex.compile(r"[，,][ \t]*(?P<verb>\p{Han}{2})率[ \t]*(?:为|為|达|達|是)?[ \t]*(?:约|約)?[ \t]*$")
_REACH = 120  # characters from 其中 to the part
VERDICT_RANK = {"consistent": 0, "borderline": 1, "indeterminate": 2, "contradiction": 3}


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
        {"text": "全市26个国控断面中，优良水质断面24个，占92.3%。", "verdict": "consistent", "at": "92.3%"},
        {"text": "全市26个国控断面中，优良水质断面24个，占82.3%。", "verdict": "contradiction", "at": "82.3%"},
        {"text": "上半年完成污水管网建设856公里，完成全年目标任务1200公里的71.3%。", "verdict": "consistent", "at": "71.3%"},
        {"text": "上半年完成污水管网建设856公里，完成全年目标任务1200公里的81.3%。", "verdict": "contradiction", "at": "81.3%"},
        {"text": "实施提质增效项目37个，目前已开工31个，开工率83.8%。", "verdict": "consistent", "at": "83.8%"},
        {"text": "实施提质增效项目37个，目前已开工31个，开工率93.8%。", "verdict": "contradiction", "at": "93.8%"},
        {"text": "全市共有企业500家，其中300家完成改造，增长率为12%。", "verdict": None},
        {"text": "歲入2兆6,250億元，歲出2兆8,810億元。上述三項合計1兆7,320億元，占歲出總額的60.1%。",
         "verdict": "consistent", "at": "60.1%"},
        {"text": "歲入2兆6,250億元，歲出2兆8,810億元。上述三項合計1兆7,320億元，占歲出總額的50.1%。",
         "verdict": "contradiction", "at": "50.1%"},
        {"text": "2024年澳門入境旅客共3,489萬人次。\n\n其中，內地旅客2,448萬人次，佔總數的70.2%；香港旅客792萬人次，佔22.7%。",
         "verdict": "consistent", "at": "22.7%"},
        {"text": "2024年澳門入境旅客共3,489萬人次。\n\n其中，內地旅客2,448萬人次，佔總數的70.2%；香港旅客792萬人次，佔32.7%。",
         "verdict": "contradiction", "at": "32.7%"},
        {"text": "入境旅客3,489萬人次，較2019年的3,940萬人次恢復87.6%。其中，內地旅客2,448萬人次，佔總數的70.2%。",
         "verdict": "consistent", "at": "70.2%"},
        {"text": "前三季度实现营业收入186.35亿元。其中，第三季度实现营业收入68.42亿元。公司研发投入9.87亿元，占营业收入的5.3%。",
         "verdict": "consistent", "at": "5.3%"},
        {"text": "民生支出达到336亿元，占一般公共预算支出的80%，一般公共预算支出为420亿元。", "verdict": "consistent", "at": "80%"},
        {"text": "其中，食品类投诉8000件，占投诉总量的27.6%；服装类投诉5000件，占17.2%。", "verdict": None},
        {"text": "歲出編列3兆1,200億元。\n\n歲出按政事別分，以社會福利支出8,100億元最多，占26.0%；教育科學文化支出6,300億元次之，占20.2%。",
         "verdict": "consistent", "at": "20.2%"},
        {"text": "歲出編列3兆1,200億元。\n\n歲出按政事別分，以社會福利支出8,100億元最多，占26.0%；教育科學文化支出6,300億元次之，占22.2%。",
         "verdict": "contradiction", "at": "22.2%"},
        {"text": "全市新能源汽车产量达到8.6万辆，同比增长42.5%，占全市汽车总产量的36%。全市汽车总产量为23.9万辆。", "verdict": "consistent",
         "at": "36%"},
        {"text": "两家企业产值合计900亿元，占全市新能源汽车产业总产值的75%。\n\n新能源汽车产业总产值1200亿元，比上年增长35%。",
         "verdict": "consistent", "at": "75%"},
        {"text": "两家企业产值合计900亿元，占全市新能源汽车产业总产值的85%。\n\n新能源汽车产业总产值1200亿元，比上年增长35%。",
         "verdict": "contradiction", "at": "85%"},
        {"text": "民生支出达到336亿元，占一般公共预算支出的70%，一般公共预算支出为420亿元。", "verdict": "contradiction", "at": "70%"},
        {"text": "全年完成投资1250亿元，完成年度计划的112%（年度计划投资1116亿元）。", "verdict": "consistent", "at": "112%"},
        {"text": "新增城镇就业8.2万人，完成目标任务的127%（目标7万人）。", "verdict": "contradiction", "at": "127%"},
        {"text": "前三季度实现营业收入186.35亿元。其中，第三季度实现营业收入68.42亿元。公司研发投入9.87亿元，占营业收入的9.3%。",
         "verdict": "indeterminate", "at": "9.3%"},
    ]

    def check(self, ctx):
        for pct in ctx.quantities:
            if pct.kind != "percent" or pct.unit != "percent":
                continue
            s_start, _ = ctx.sentence(pct.start)
            pair = (_of_figure(ctx, pct, s_start) or _share_after_qizhong(ctx, pct, s_start)
                    or _rate_of_verb(ctx, pct, s_start) or _share_by_breakdown(ctx, pct, s_start))
            candidates = [pair] if pair is not None else _of_named(ctx, pct, s_start)
            judged = [f for part, whole in candidates if (f := self._share(pct, part, whole)) is not None]
            if not judged:
                continue
            best = min(judged, key=lambda f: VERDICT_RANK[f.verdict])
            if best.verdict != "consistent" and len(judged) > 1:
                # 营业收入 named twice (前三季度 and 第三季度): which one the share is of is unknown
                best.verdict = "indeterminate"
                best.message += f" (or of another figure named so: {len(judged)} in reach)"
            yield best

    def _share(self, pct, part, whole):
        # shares are printed rounded from rounded figures: within the rounding of all three
        quotient = part.loose / whole.loose
        if quotient is not None and quotient.lo is not None and quotient.lo > _MISLINKED:
            return None  # a part ten times its whole: the figures are of different things
        return self.derived_finding(pct, quotient.scale(100) if quotient is not None else None, [part, whole],
                                    f"{part.text} ÷ {whole.text} × 100")


_COMPARED_BASE = regex.compile(r"(?:较|較|比|相当于|相當於|恢复至|恢復至|恢复到|恢復到)(?:(?:19|20)[0-9]{2}年)?[^，,。；;0-9]{0,6}$")
_OPENING_QIZHONG = regex.compile(r"[ \t\u3000\n]*其中[，,：:]?")


def _share_after_qizhong(ctx, pct, s_start: int):
    """(part, whole) in “whole，其中 part，占P%” or “N个X中，part，占P%”."""
    text = ctx.text
    cue = _SHARE_CUE.search(text, max(0, pct.start - 12), pct.start)
    if not cue:
        return None
    before = ctx.claims_in(s_start, cue.start())
    if not before or before[-1].kind == "percent" or text.find(_QIZHONG, before[-1].end, cue.start()) >= 0:
        return None
    part = before[-1]
    q = text.rfind(_QIZHONG, max(s_start, part.start - _REACH), part.start)
    wholes = [c for c in ctx.claims_in(s_start, q if q >= 0 else part.start) if c.kind == part.kind and c.unit == part.unit]
    if not wholes:
        # 旅客3489萬人次。其中，內地旅客2448萬人次，佔總數的70.2%；香港旅客792萬人次，佔22.7%: a
        # sentence opened by 其中 breaks down the figure of the sentence before, over all its ；-clauses
        hard = full_sentence_start(text, part.start, lines=True)
        opening = _OPENING_QIZHONG.match(text, hard)
        if not opening or opening.end() > part.start:
            return None
        closing = full_sentence_start(text, hard) - 1  # the 。 of the sentence before
        prev = full_sentence_start(text, max(0, closing), lines=True)
        wholes = [c for c in ctx.claims_in(prev, hard) if c.kind == part.kind and c.unit == part.unit
                  and not _COMPARED_BASE.search(text, max(prev, c.start - 8), c.start)]
        if len(wholes) != 1:
            return None  # 3489萬人次，較2019年的3940萬人次…: which one is broken down is not said
        return part, wholes[0]
    whole = wholes[-1]
    if q < 0 and not _AMONG.match(text, whole.end):
        return None  # neither 其中 nor “26个断面中，” before the part
    return part, whole


# 歲出按政事別分，以社會福利支出8,100億元最多，占26.0%: the whole named before 按…分
_BREAKDOWN = regex.compile(r"(?P<name>\p{Han}{2,8}?)(?:按|依)[^，,。；;：:\n]{1,12}?(?:分|划分|劃分|區分|区分)[，,：:]")


def _share_by_breakdown(ctx, pct, s_start: int):
    """(part, whole) in “歲出按政事別分，以社會福利支出8,100億元最多，占26.0%”: a share of the whole
    the sentence breaks down, named before 按…分 and stated earlier under that name."""
    text = ctx.text
    cue = _SHARE_CUE.search(text, max(0, pct.start - 12), pct.start)
    if not cue:
        return None
    start = full_sentence_start(text, pct.start)
    opener = None
    for m in _BREAKDOWN.finditer(text, start, cue.start()):
        opener = m
    if opener is None:
        return None
    before = [c for c in ctx.claims_in(opener.end(), cue.start()) if c.kind != "percent"]
    if not before:
        return None
    part, name = before[-1], opener.group("name")
    wholes = [c for c in ctx.claims_in(max(0, opener.start() - _NAMED_REACH), opener.start())
              if c.kind == part.kind and c.unit == part.unit and name_of(text, c).endswith(name)]
    distinct = {(c.value, c.value_high) for c in wholes}
    return (part, wholes[-1]) if len(distinct) == 1 else None


def _of_figure(ctx, pct, s_start: int):
    """(part, whole) in “完成856公里，为全年目标1200公里的71.3%”: the whole written right before 的P%."""
    text = ctx.text
    before = [c for c in ctx.claims_in(s_start, pct.start) if c.kind != "percent"]
    if len(before) < 2:
        return None
    whole = before[-1]
    of = _OF.match(text, whole.end)
    if not of or of.end() != pct.start:
        return None
    part = next((c for c in reversed(before[:-1]) if c.kind == whole.kind and c.unit == whole.unit), None)
    return (part, whole) if part is not None else None


def _of_named(ctx, pct, s_start: int) -> list:
    """[(part, whole), …] in “…合计1兆7320亿元，占岁出总额的60.1%” with 岁出2兆8810亿元 stated
    earlier: one pair for each different figure stated earlier under that name."""
    text = ctx.text
    named = _NAMED_SHARE.search(text, max(0, pct.start - 24), pct.start)
    if not named:
        return []
    before = ctx.claims_in(s_start, named.start())
    if len(before) >= 2 and before[-1].kind == "percent" and is_change(ctx, before[-1]):
        before = before[:-1]  # 产量达到8.6万辆，同比增长42.5%，占…的36%: the growth stands between
    if not before or before[-1].kind == "percent":
        return []
    part, name = before[-1], named.group("name")
    full = name + (named.group("total") or "")  # 投诉总量: not 服装类投诉, a sibling of the part
    earlier = [c for c in ctx.claims_in(max(0, part.start - _NAMED_REACH), part.start)
               if c.kind == part.kind and c.unit == part.unit and name_of(text, c).endswith(name)]
    if not earlier:
        # 占一般公共预算支出的80%，一般公共预算支出为420亿元; 完成年度计划的112%（年度计划投资1116亿元）:
        # the whole named just after, in the sentence
        earlier = [c for c in ctx.claims_in(pct.end, ctx.around(pct.start, after=1)[1])
                   if c.kind == part.kind and c.unit == part.unit and _names_alike(name_of(text, c), full)]
    if not earlier and len(name) >= _LONG_NAME:
        # 占全市新能源汽车产业总产值的75% … (a later paragraph) 新能源汽车产业总产值1200亿元: a long name
        # is one figure's wherever it is stated
        earlier = [c for c in ctx.claims_in(pct.end, pct.end + _NAMED_REACH)
                   if c.kind == part.kind and c.unit == part.unit and len(name_of(text, c)) >= _LONG_NAME
                   and _names_alike(name_of(text, c), full)]
    distinct = {(c.value, c.value_high): c for c in reversed(earlier)}  # the latest of each value
    return [(part, c) for c in distinct.values()]


def _names_alike(a: str, b: str) -> bool:
    """年度计划投资 and 年度计划, 目标 and 目标任务: one name holds the other."""
    return min(len(a), len(b)) >= 2 and (a in b or b in a)


def _rate_of_verb(ctx, pct, s_start: int):
    """(part, whole) in “实施项目37个，已开工31个，开工率83.8%”: the rate is named by the part's verb."""
    text = ctx.text
    rate = _VERB_RATE.search(text, max(0, pct.start - 10), pct.start)
    if not rate:
        return None
    before = [c for c in ctx.claims_in(s_start, rate.start()) if c.kind != "percent"]
    if len(before) < 2:
        return None
    part = before[-1]
    if rate.group("verb") not in text[max(s_start, part.start - 6):part.start]:
        return None
    whole = next((c for c in reversed(before[:-1]) if c.kind == part.kind and c.unit == part.unit), None)
    return (part, whole) if whole is not None else None


RULE = ShareOfWhole()
