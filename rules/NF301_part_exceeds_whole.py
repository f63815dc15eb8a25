"""NF301 part-exceeds-whole: a part stated after 其中 (or 有) cannot exceed its whole.

## What it does
Reads breakdowns: a whole, then right after it 其中 and parts of the same unit in the same sentence
(共有企业6000多家，其中规模以上企业1300多家，年产值超亿元企业61家), or a whole and a clause
that opens with 有/其中有 (7家工厂，有5家处于停产状态); every part must be at most the whole.

## Why it matters
A part larger than its whole is impossible, and it is the first thing a reader trusting
the breakdown would not think to recompute.

## Example
7家工厂，有9家处于停产状态 -> contradiction: 9 > 7.

## Not flagged
Averages of sub-groups (全市平均工资9.2万元，其中城镇非私营单位平均工资11.2万元), percentages (其中增长5%), parts of another unit, and changes (其中城镇人口增加20万人) are not
compared with the whole; a change is no whole either, so parts after "level，比上年增加M，其中"
are read against the level (企业2863家，比上年增加156家，其中超亿元企业982家);
hedges widen both sides (1300多家 ≤ 6000多家 compares (1300, 1400) with (6000, 7000)).
Parts named by thresholds (其中10亿元以上项目9个、50亿元以上项目2个; 规模以上企业1300多家，年产值
超亿元企业61家; 5家企业进入中国企业500强 — 规模以上 and 500强 are thresholds of their own,
numfacts/data/rules.toml) nest: the higher bar's count is at most the lower's. When 其中 follows a list of wholes (家庭农场426家、合作社315家，其中示范性家庭农场18家), each part
goes with the whole its noun names and a part that names none of them is left alone. When
其中 opens a sentence, its parts go with the figures of the sentence before it (or, sharing four
characters of name, of its paragraph, up to 400 characters back), each with the one
whose name it shares the longest ending with (第三季度实现营业收入68.42亿元 with 前三季度实现营业收入
186.35亿元; 审结电信网络诈骗案件612件 with 审结刑事案件6820件).
"""
from __future__ import annotations

from math import prod
from typing import NamedTuple

import regex

from numfacts.checking import Rule, common_tail, comparable, full_sentence_start, is_average, is_change, judge, named_thing, phrase_before, up_to
from numfacts.lexicon import load
from numfacts.patterns import alternation
from numfacts.units import MAGNITUDE

_CUES = load("rules")["NF301"]["part_cues"]
_OTHER = [c for c in _CUES if c != "有"]
_AFTER_WHOLE = regex.compile(f"[ \\t]*[，,；;][ \\t]*(?:{alternation(_OTHER)}|有)")


class PartExceedsWhole(Rule):
    code = "NF301"
    name = "part-exceeds-whole"
    summary = "a part stated after 其中 / 有 is at most its whole"
    doc = __doc__
    examples = [
        {"text": "马街沿片的7家工厂，有5家处于停产状态。", "verdict": "consistent", "at": "5家"},
        {"text": "马街沿片的7家工厂，有9家处于停产状态。", "verdict": "contradiction", "at": "9家"},
        {"text": "全市共有电气企业6000多家，其中规模以上企业1300多家，年产值超亿元企业61家。", "verdict": "consistent", "at": "1300多家"},
        {"text": "全市共有电气企业6000多家，其中规模以上企业7300多家。", "verdict": "contradiction", "at": "7300多家"},
        {"text": "投资100亿元，其中增长5%。", "verdict": None},
        {"text": "全年农村居民转移净收入4550元。\n\n其中，第三季度实现营业收入68.42亿元。", "verdict": None},
        {"text": "年末常住人口1252.2万人，比上年末增加14.6万人，其中城镇人口1054.4万人。", "verdict": None},
        {"text": "新签约项目45个，总投资3亿元，其中10亿元以上项目1个。", "verdict": None},
        {"text": "全年引进亿元以上项目52个，其中10亿元以上项目9个、50亿元以上项目2个。", "verdict": "consistent", "at": "2个"},
        {"text": "全年引进亿元以上项目52个，其中10亿元以上项目9个、50亿元以上项目12个。", "verdict": "contradiction", "at": "12个"},
        {"text": "目前全市共有电气企业6000多家，其中规模以上企业1300多家，年产值超亿元企业61家。", "verdict": "consistent", "at": "61家"},
        {"text": "目前全市共有电气企业6000多家，其中规模以上企业1300多家，年产值超亿元企业1561家。", "verdict": "contradiction", "at": "1561家"},
        {"text": "全市共有企业6000多家，其中年产值超亿元企业61家，5家企业进入中国企业500强。", "verdict": "consistent", "at": "5家"},
        {"text": "确定了十大民生实事，包括新建10所学校、改造100个老旧小区。", "verdict": None},
        {"text": "全市共有企业500家，包括国有企业100家、民营企业600家。", "verdict": "contradiction", "at": "600家"},
        {"text": "全县共有家庭农场426家、农民专业合作社315家，其中示范性家庭农场380家、示范性合作社22家。",
         "verdict": "consistent", "at": "380家"},
        {"text": "全县共有家庭农场426家、农民专业合作社315家，其中示范性家庭农场380家、示范性合作社22家。", "verdict": None},
        {"text": "全县共有家庭农场426家、农民专业合作社315家，其中示范性家庭农场480家。", "verdict": "contradiction", "at": "480家"},
        {"text": "全县共有家庭农场426家、农民专业合作社315家，其中示范性家庭农场380家、龙头企业22家，带动农户1.2万户。",
         "verdict": "consistent", "at": "380家"},
        {"text": "全市平均工资9.2万元，其中城镇非私营单位平均工资11.2万元，城镇私营单位平均工资6.3万元。", "verdict": None},
        {"text": "全市累计实施重大项目326个，完成投资2860亿元，其中今年实施98个、完成投资860亿元。", "verdict": "consistent", "at": "98个"},
        {"text": "全市累计实施重大项目326个，完成投资2860亿元，其中今年实施398个、完成投资860亿元。", "verdict": "contradiction", "at": "398个"},
        {"text": "每名网格员每月补贴1500元，全市共有网格员2600名，其中专职网格员1200名，全年共发放补贴4680万元。", "verdict": None},
        {"text": "前三季度实现营业收入186.35亿元；归属于上市公司股东的净利润21.68亿元；扣除非经常性损益后的净利润20.12亿元。"
                 "其中，第三季度实现营业收入68.42亿元；归属于上市公司股东的净利润8.06亿元。", "verdict": "consistent", "at": "8.06亿元"},
        {"text": "前三季度实现营业收入186.35亿元，归属于上市公司股东的净利润21.68亿元，扣除非经常性损益后的净利润20.12亿元。"
                 "其中，第三季度实现营业收入68.42亿元，归属于上市公司股东的净利润28.06亿元。", "verdict": "contradiction", "at": "28.06亿元"},
        {"text": "审结刑事案件6820件，判处罪犯8960人。其中，审结电信网络诈骗案件612件，判处罪犯1035人；审结涉黑涉恶案件18件，判处罪犯156人。",
         "verdict": "consistent", "at": "156人"},
        {"text": "全市规模以上工业企业2863家，比上年增加156家，其中产值超亿元企业982家，超10亿元企业126家，超百亿元企业8家。",
         "verdict": "consistent", "at": "126家"},
        {"text": "全市规模以上工业企业2863家，比上年增加156家，其中产值超亿元企业982家，超10亿元企业1260家，超百亿元企业8家。",
         "verdict": "contradiction", "at": "1260家"},
        {"text": "全市规模以上工业企业2863家，比上年增加156家，其中产值超亿元企业2982家。", "verdict": "contradiction", "at": "2982家"},
        {"text": "全市常住人口1200万人，比上年增加14.6万人，其中城镇人口增加20万人。", "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        for whole in ctx.quantities:
            if whole.kind not in ("count", "money", "measure") or whole.qualifier in ("at_least", "less_than", "at_most"):
                continue
            if is_change(ctx, whole):
                continue  # 比上年增加14.6万人，其中……: the breakdown is of the level, not of the change
            if whole.text.endswith("大"):
                continue  # 十大民生实事，包括……: a set of kinds, not an amount to break down
            s_start, s_end = ctx.sentence(whole.start)
            lead = _AFTER_WHOLE.match(text, whole.end + _noun_len(text, whole.end), min(s_end, whole.end + 20))
            if not lead:
                lead = _after_change(ctx, whole, s_end)  # 2863家，比上年增加156家，其中……: parts of the level
            if not lead:
                continue
            parts_from, opened_by = lead.end(), lead.group().strip(" \t，,；;")
            parts = [p for p in ctx.claims_in(parts_from, s_end)
                     if comparable(p, whole) and _same_measure_word(p, whole) and p.kind != "percent" and not is_change(ctx, p)
                     and not (p.hedge in _BOUNDS and _THRESHOLD.match(ctx.text, p.end))]
            if opened_by == "包括":  # items listed with amounts of their own unless the unit is the whole's
                parts = [p for p in parts if p.unit and p.unit == whole.unit]
            if opened_by == "有":
                parts = parts[:1]  # 有5家……: only the figure the clause opens with
                if not parts or parts[0].start - parts_from > 2:
                    continue
            yield from self._thresholds(ctx, parts)
            wholes = _listed_wholes(ctx, whole)
            for part in parts:
                if is_average(text, part) or (is_average(text, whole) and len(common_tail(
                        [phrase_before(text, part), phrase_before(text, whole)])) < 2):
                    continue  # 其中城镇非私营单位平均工资11.2万元; 人均收入…其中城镇居民82000元: groups' averages
                of = whole
                if len(wholes) > 1:
                    of = _named_whole(text, part, wholes)
                    if of is None:
                        continue
                yield self._part_finding(part, of)
            if opened_by == "其中":
                yield from self._other_wholes(ctx, whole, parts_from, s_start, s_end)
        yield from self._opening(ctx)

    def _other_wholes(self, ctx, whole, parts_from, s_start, s_end):
        """实施项目326个，完成投资2860亿元，其中今年实施98个、完成投资860亿元: a part of another
        unit than the figure before 其中 goes with the last figure of its unit before 其中."""
        text = ctx.text
        earlier = [c for c in ctx.claims_in(s_start, whole.start)
                   if c.kind in ("count", "money", "measure") and not is_change(ctx, c) and not is_average(text, c)
                   and not c.per]  # 每名网格员每月补贴1500元 is a rate, no whole
        for part in ctx.claims_in(parts_from, s_end):
            if comparable(part, whole) or part.kind not in ("count", "money", "measure") or is_change(ctx, part):
                continue
            if _OWN_TOTAL.search(text, max(parts_from, part.start - 12), part.start):
                break  # ，全年共发放补贴4680万元: a total of its own ends the parts
            if is_average(text, part):
                continue
            other = next((c for c in reversed(earlier) if comparable(part, c) and _same_measure_word(part, c)), None)
            if other is not None:
                yield self._part_finding(part, other)

    def _opening(self, ctx):
        """。其中，第三季度实现营业收入68.42亿元…: 其中 opening a sentence breaks down the figures
        of the sentence before; each part goes with the one whose name ends most like its own."""
        text = ctx.text
        for q in _OPENING_QIZHONG.finditer(text):
            last = len(text[:q.start()].rstrip()) - 1  # the end of what comes before, maybe a paragraph up
            if last < 0:
                continue
            # the sentence before (back to its 。, past ；); failing a name there, its paragraph, where
            # a name must match closely (第三季度实现营业收入 … 前三季度公司实现营业收入)
            hard = full_sentence_start(text, last)
            paragraph_start = max(ctx.paragraph(last)[0], q.start() - _OPENING_REACH)
            wholes = [c for c in ctx.claims_in(paragraph_start, q.start())
                      if c.kind in ("count", "money", "measure") and not is_change(ctx, c) and not is_average(text, c)]
            stop = text.find("。", q.end(), ctx.paragraph(q.start())[1])
            for part in ctx.claims_in(q.end(), stop if stop >= 0 else ctx.paragraph(q.start())[1]):
                if part.kind not in ("count", "money", "measure") or is_change(ctx, part) or is_average(text, part):
                    continue
                name = phrase_before(text, part)
                scored = [(len(common_tail([name, phrase_before(text, w)])), w) for w in wholes
                          if comparable(part, w) and _same_measure_word(part, w)]
                scored = [(n, w) for n, w in scored if n >= (2 if w.start >= hard else _FAR_NAME)]
                if not scored:
                    continue
                best = max(n for n, _ in scored)
                whole = [w for n, w in scored if n == best][-1]
                if whole.value > 0 and part.value > whole.value * _MISLINKED:
                    continue  # 营业收入68.42亿元 under 转移净收入4550元: names alike, not a part of it
                yield self._part_finding(part, whole)

    def _part_finding(self, part, whole):
        strict, loose = up_to(whole)
        verdict = judge(part, strict, loose)
        message = f"part {part.text} ≤ whole {whole.text}" if verdict != "contradiction" else \
            f"the part {part.text} exceeds its whole {whole.text}"
        return self.finding(verdict, part, [whole], message, stated=part.value, expected_low=0.0,
                            expected_high=float("inf") if strict.hi is None else float(strict.hi),
                            gap=part.strict.gap(loose))

    def _thresholds(self, ctx, parts):
        """其中10亿元以上项目9个、50亿元以上项目2个 (and 规模以上企业1300多家，年产值超亿元企业61家):
        the count above the higher bar is within the count above the lower one."""
        barred = [(bar, part) for part in parts if (bar := _bar_before(ctx, part)) is not None]
        for i, (bar_a, a) in enumerate(barred):
            for bar_b, b in barred[i + 1:]:
                if bar_a.noun != bar_b.noun or bar_a.unit != bar_b.unit or bar_a.value == bar_b.value:
                    continue
                (low_bar, low), (high_bar, high) = sorted([(bar_a, a), (bar_b, b)], key=lambda x: x[0].value)
                strict, loose = up_to(low)
                verdict = judge(high, strict, loose)
                message = (f"{high_bar.text}{high_bar.noun} {high.text} ≤ {low_bar.text}{low_bar.noun} {low.text}"
                           if verdict != "contradiction"
                           else f"{high.text} above {high_bar.text} exceed the {low.text} above {low_bar.text}")
                yield self.finding(verdict, high, [low, high_bar.span, low_bar.span], message, stated=high.value,
                                   expected_low=0.0, expected_high=float(low.value_high), gap=high.strict.gap(loose))


class _Bar(NamedTuple):
    """The threshold that names a part's category: 10亿元以上 (a figure), 超亿元, 规模以上 (words)."""

    value: float
    unit: str
    text: str
    noun: str
    span: tuple[int, int]


def _bar_before(ctx, part) -> _Bar | None:
    """The threshold naming a part's category right before it (10亿元以上|项目9个), or None."""
    text = ctx.text
    before = ctx.claims_in(max(0, part.start - 16), part.start)
    if before and before[-1].hedge in _BOUNDS | _ABOVE and _CATEGORY.fullmatch(text, before[-1].end, part.start):
        bar = before[-1]
        return _Bar(bar.value, bar.unit, bar.text, text[bar.end:part.start].strip(" \t的"), (bar.start, bar.end))
    words = _WORD_BAR.search(text, max(0, part.start - 16), part.start)  # 年产值超亿元企业, 规模以上企业
    if words is None:
        ranked = _RANKED_AFTER.match(text, part.end, part.end + 32)  # 5家企业进入中国企业500强
        if ranked is None:
            return None
        value, unit = _NAMED_BARS[_RANKS]
        return _Bar(value, unit, ranked.group("rank"), ranked.group("noun").strip(), ranked.span("rank"))
    noun = words.group("noun").strip(" \t的")
    if words.group("named"):
        value, unit = _NAMED_BARS[words.group("named")]
    else:
        value, unit = float(prod(MAGNITUDE[ch] for ch in words.group("mag"))), "CNY"
    return _Bar(value, unit, words.group("bar"), noun, words.span("bar"))


_NAMED = load("rules")["NF301"]["named_thresholds"]
_NAMED_BARS = {word: (float(spec[0]), spec[1]) for word, spec in _NAMED.items()}
# 5家企业进入中国企业500强: a top-500 list is a threshold of its own (rules.toml gives its floor)
_RANKS = "500强"
_RANKED_AFTER = regex.compile(
    r"[ \t]*(?P<noun>\p{Han}{1,4}?)[ \t]*(?:进入|進入|跻身|躋身|入选|入選|入围|入圍|位列)"
    r"(?:[^，,。；;0-9\n]|\n[\n \t]*(?:[0-9]{1,3}[、.．])?){0,16}?"  # PDF text: 中國企\n\n10、業 500 強
    r"(?P<rank>500[ \t]*[强強])"
)
_MAGNITUDE_WORDS = ["亿", "億", "千万", "千萬", "百万", "百萬", "万", "萬"]  # 超亿元, 超千万元 (超百亿元 is a figure)
_WORD_BAR = regex.compile(
    f"(?P<bar>(?P<named>{alternation(_NAMED)})|(?:超|超过|超過|逾)[ \\t]*(?P<mag>{alternation(_MAGNITUDE_WORDS)})[ \\t]*元(?:以上)?)"
    r"(?P<noun>[ \t]*(?:的)?\p{Han}{1,8}?)[ \t]*$"
)
_CATEGORY = regex.compile(r"[ \t]*(?:的)?\p{Han}{1,8}[ \t]*")

# 其中10亿元以上项目8个: a figure that bounds a category (以上 + noun) is no part.
_THRESHOLD = regex.compile(r"\p{Han}")
_MISLINKED = 100  # a part this many times its whole was read against the wrong figure
# 其中 opening a sentence: 。其中，第三季度…
_OWN_TOTAL = regex.compile(r"[，,；;][^，,；;]{0,6}(?:共|合计|合計|总计|總計|累计|累計)[^，,；;]{0,8}$")
_OPENING_QIZHONG = regex.compile(r"(?<=[。\n])[ \t\u3000]*其中[，,：:]")
_OPENING_REACH = 400  # characters before it where its wholes may stand
_FAR_NAME = 4  # characters of name a part shares with a whole before the sentence before
_BOUNDS = frozenset({"以上", "及以上", "以下", "以内", "以內"})
_ABOVE = frozenset({"超", "超过", "超過", "逾"})  # 超10亿元企业126家: the bar before a category


def _same_measure_word(part, whole) -> bool:
    """Counts compare only in one measure word (1500家 vs 10个商圈 are different things)."""
    return part.kind != "count" or part.unit == whole.unit or (part.unit in _GENERIC and whole.unit in _GENERIC)


_GENERIC = frozenset({"", "个"})


def _after_change(ctx, whole, s_end):
    """其中 after the level's change (企业2863家，比上年增加156家，其中超亿元企业982家): the parts
    that are levels themselves (not 增加…) break down the level, so 其中 is read past the change."""
    nxt = ctx.claims_in(whole.end, s_end)[:1]
    if not nxt or not is_change(ctx, nxt[0]) or nxt[0].start - whole.end > 16:
        return None
    change = nxt[0]
    return _AFTER_WHOLE.match(ctx.text, change.end + _noun_len(ctx.text, change.end), min(s_end, change.end + 20))


_LISTED = regex.compile(r"[ \t]*、[ \t]*[^、，,。；;：:\s0-9]{1,12}")


def _listed_wholes(ctx, whole) -> list:
    """The whole and the counts listed with it before 其中 (家庭农场426家、合作社315家)."""
    wholes = [whole]
    earlier = ctx.claims_in(ctx.sentence(whole.start)[0], whole.start)
    for c in reversed(earlier):
        nxt = wholes[0]
        if c.kind != whole.kind or c.unit != whole.unit or not _LISTED.fullmatch(ctx.text, c.end + len(c.noun), nxt.start):
            break
        wholes.insert(0, c)
    return wholes


def _named_whole(text: str, part, wholes):
    """The one whole whose noun the part's noun ends with (示范性家庭农场 -> 家庭农场), else None."""
    thing = named_thing(text, part)
    named = [w for w in wholes if len(named_thing(text, w)) >= 2 and thing.endswith(named_thing(text, w)[-2:])]
    return named[0] if len(named) == 1 else None


def _noun_len(text: str, pos: int) -> int:
    """Length of the noun right after a figure (7家|工厂|，有5家)."""
    m = regex.match(r"\p{Han}{0,10}", text[pos:pos + 10])
    return len(m.group()) if m else 0


RULE = PartExceedsWhole()
