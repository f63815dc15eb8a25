"""NF606 change-between-levels: a change stated with both its levels is their difference.

## What it does
Reads a sentence that gives a new level, the old one and the change between them:
* 标准提高到每人每月1050元，较调整前的980元提高70元 (new, 较 old, change);
* 单次救助上限由5000元提高到8000元，增加3000元 (由 old 到 new, change);
* 2月份发生38起，较1月份减少7起 with 1月份…45起 in the sentence, or 86个，比上年增加6个，上年末为80个
  (the change names its base period, whose level is stated before or after it);
and checks new − old = change (old − new for 减少/下降), within the rounding of the figures.
Rates work the same way in percentage points (森林覆盖率由40.2%提高到42.5%，提高2.3个百分点).

## Why it matters
Announcements of new standards print all three numbers; when the new level is revised
and the change is not, the text contradicts itself in one sentence.

## Example
由5000元提高到8000元，增加2000元 -> contradiction: 8000 − 5000 = 3000元.

## Not flagged
A change in percent (增长5%: NF605's or NF602's) and figures of different units; a
sentence where the three figures do not stand in one of the two orders above.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule, full_sentence_start, same_period
from numfacts.lexicon import load
from numfacts.patterns import alternation

_DATA = load("rules")["NF606"]
_UP = regex.compile(f"(?:{alternation(_DATA['rise_cues'])})[了]?[ \\t]*(?:约|約)?[ \\t]*$")
_DOWN = regex.compile(f"(?:{alternation(_DATA['fall_cues'])})[了]?[ \\t]*(?:约|約)?[ \\t]*$")
_VERSUS = regex.compile(r"(?:较|較|比(?!例|重|率))[^，,。；;0-9]{0,8}$")  # not 比例为82.5%
# 由5000元提高到8000元; 由2020年的40.2%提高到2024年的42.5% (a year may name each level)
_YEAR = r"(?:(?:19|20)[0-9]{2}[ \t]*年(?:底|末|初)?)?"
_FROM = regex.compile(f"(?:由|从|從){_YEAR}[^，,。；;0-9]{{0,8}}$")
_TO = regex.compile(f"(?:到|至){_YEAR}[^，,。；;0-9]{{0,6}}$")


class ChangeBetweenLevels(Rule):
    code = "NF606"
    one_series = True
    name = "change-between-levels"
    summary = "a change stated with both levels (由5000元提高到8000元，增加3000元) is their difference"
    doc = __doc__
    examples = [
        {"text": "全市城乡低保标准统一提高到每人每月1050元，较调整前的980元提高70元。", "verdict": "consistent", "at": "70元"},
        {"text": "全市城乡低保标准统一提高到每人每月1050元，较调整前的980元提高60元。", "verdict": "contradiction", "at": "60元"},
        {"text": "临时救助的单次救助上限由5000元提高到8000元，增加3000元。", "verdict": "consistent", "at": "3000元"},
        {"text": "临时救助的单次救助上限由5000元提高到8000元，增加2000元。", "verdict": "contradiction", "at": "2000元"},
        {"text": "全市PM2.5平均浓度由35微克/立方米下降到28微克/立方米，下降7微克/立方米。", "verdict": "consistent", "at": "7微克"},
        {"text": "营收1050亿元，增加70亿元，利润980亿元。", "verdict": None},
        {"text": "全市森林覆盖率66.8%，空气质量优良天数比例为82.5%，比上年提高1.2个百分点。", "verdict": None},
        {"text": "全市森林覆盖率由2020年的40.2%提高到2024年的42.5%，提高2.3个百分点。", "verdict": "consistent", "at": "2.3个百分点"},
        {"text": "全市森林覆盖率由2020年的40.2%提高到2024年的42.5%，提高3.3个百分点。", "verdict": "contradiction", "at": "3.3个百分点"},
        {"text": "1月份全市发生安全生产事故45起，2月份发生38起，较1月份减少7起。", "verdict": "consistent", "at": "7起"},
        {"text": "1月份全市发生安全生产事故45起，2月份发生38起，较1月份减少9起。", "verdict": "contradiction", "at": "9起"},
        {"text": "今年3月触发补偿的河道16条，较2月多了7条；2月为9条。", "verdict": "consistent", "at": "7条"},
        {"text": "全市共有A级景区86个，比上年增加6个，上年末为80个。", "verdict": "consistent", "at": "6个"},
        {"text": "全市共有A级景区86个，比上年增加8个，上年末为80个。", "verdict": "contradiction", "at": "8个"},
        {"text": "一季度出口增长12.5%，增速比去年同期提高3.2个百分点，去年同期增长9.3%。", "verdict": "consistent", "at": "3.2个百分点"},
        {"text": "一季度出口增长12.5%，增速比去年同期提高2.2个百分点，去年同期增长9.3%。", "verdict": "contradiction", "at": "2.2个百分点"},
        {"text": "全市共有A级景区86个，比上年增加6个，其中4A级景区20个。", "verdict": None},
        {"text": "全市共有A级景区86个，比上年增加6个，上年新增4个。", "verdict": None},
        {"text": "今年签约项目45个，比上年多12个，上年签约项目中已开工30个。", "verdict": None},
        {"text": "全年出口额1200亿元，比上年增加120亿元，上年出口额中机电产品占600亿元。", "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        for change in ctx.quantities:
            points = change.unit == "percentage_point"  # 由40.2%提高到42.5%，提高2.3个百分点
            if change.kind not in ("money", "count", "measure") and not points:
                continue
            level_unit = "percent" if points else change.unit
            window = max(0, change.start - 10)
            fall = bool(_DOWN.search(text, window, change.start))
            if not fall and not _UP.search(text, window, change.start):
                continue
            s_start = ctx.sentence(change.start)[0]
            p_end = ctx.paragraph(change.start)[1]
            stop = text.find("。", change.end, p_end)  # the full sentence, past ；
            level = [c for c in ctx.claims_in(full_sentence_start(text, change.start), stop + 1 if stop >= 0 else p_end)
                     if c.kind == change.kind and c.unit == level_unit and c is not change
                     and (same_period(c, change) or not c.per or not change.per)]
            before = [c for c in level if c.start >= s_start and c.end <= change.start]
            pair = self._named_base(ctx, change, level, window, points)
            if pair is not None:
                old, new = pair
            elif len(before) < 2:
                continue
            else:
                x, y = before[-2], before[-1]
                if _VERSUS.search(text, max(x.end, y.start - 10), y.start) and not (
                        _UP.search(text, max(x.end, y.start - 6), y.start) or _DOWN.search(text, max(x.end, y.start - 6), y.start)):
                    # 提高到1050元，较调整前的980元 (not 86个，比上年增加6个: a change, no level)
                    new, old = x, y  # 提高到1050元，较调整前的980元提高70元
                elif _FROM.search(text, max(s_start, x.start - 10), x.start) and _TO.search(text, max(x.end, y.start - 8), y.start):
                    old, new = x, y  # 由5000元提高到8000元，增加3000元
                else:
                    continue
            high, low = (old, new) if fall else (new, old)
            finding = self.difference_finding(change, high, low, [old, new], "the stated change ")
            if finding is not None:
                yield finding

    @staticmethod
    def _named_base(ctx, change, level, window, points):
        """(old, new) when the change names the period it is measured from and that period's level
        is stated in the sentence: 2月份发生38起，较1月份减少7起 (1月份…45起 before); 86个，比上年增加6个，
        上年末为80个 (after); 16条，较2月多了7条；2月为9条. The new level is the last one before the change."""
        text = ctx.text
        versus = _BASE.search(text, window, change.start)
        if versus is None:
            return None
        base = versus.group("base")
        before = [c for c in level if c.end <= versus.start()]
        if not before:
            return None
        new = before[-1]
        def lead(c):
            """What is written between the figure before c (or its sentence's start) and c."""
            prior = ctx.claims_in(full_sentence_start(text, c.start), c.start)
            return text[max([p.end for p in prior] + [full_sentence_start(text, c.start)]):c.start]

        new_lead = lead(new)
        named = []
        for c in level:
            words = lead(c)
            if c is new or base not in words:
                continue
            said = words[words.rindex(base) + len(base):]
            # not 上年新增4个, 上年签约项目中已开工30个, 上年出口额中机电产品占600亿元 — unless the new
            # level is said the same way (去年新增上市公司5家，今年新增8家，比去年多3家; 去年同期增长9.3%)
            odd = [m.group() for m in (_NOT_THE_LEVEL_OF_RATE if points else _NOT_THE_LEVEL).finditer(said)]
            if all(w in new_lead for w in odd):
                named.append(c)
        if len(named) != 1:
            return None
        return named[0], new


# words between the base period and a figure that make the figure something else than its level
_NOT_THE_LEVEL_OF_RATE = regex.compile(alternation(_DATA["part_words"]))
_NOT_THE_LEVEL = regex.compile(alternation(_DATA["part_words"] + _DATA["not_level_words"]))
# 较1月份减少7起, 比上年增加6个, 较2月多了7条: the period the change is measured from, named
_BASE = regex.compile(f"(?:较|較|比)(?P<base>(?:上年|去年|上月|上季度|上一年|前一年|(?:19|20)[0-9]{{2}}年|[0-9]{{1,2}}月份?)"
                      f"(?:末|底|同期)?)[ \\t]*(?:{alternation(_DATA['rise_cues'] + _DATA['fall_cues'])})[了]?[ \\t]*(?:约|約)?[ \\t]*$")


RULE = ChangeBetweenLevels()
