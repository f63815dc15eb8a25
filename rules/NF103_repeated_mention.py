"""NF103 repeated-mention: the same quantity stated twice must agree.

## What it does
Pairs a figure with an earlier statement of the same quantity and checks that their
intervals meet. Four kinds of pairs are read:
* a mention that points back (这3条中轴线, 此次考察的3个城市, 上述5家企业) with the latest
  earlier figure of the same thing in its paragraph or just before it;
* a headline figure (5天访3城40余点) with the first figure of the same thing in the body
  (五天的时间里……参观了40多个点), and a headline amount or rate with the first body figure
  of its unit that states it again, rounding allowed (一季度GDP增长5.8% … 同比增长5.8%;
  only ever confirmed: the first body figure of a unit is often another quantity);
* the occasion's length said again (此次考察历时五天) with the headline's (5天访3城);
* an equal figure said again (四个城市 … 实地考察的四个城市, 21年前 … 21年过去了, a dateline's
  5月10日 … 10日上午), reported as verified.

## Why it matters
Restatements drift when one place is edited and the other is not: the title says 40余点
and the body 60多个点, and a reader cannot know which is true.

## Example
已经有了3条城市中轴线。这4条中轴线都是南北向 -> contradiction: 4 vs 3.

## Not flagged
A headline's length against a body length that is not framed as the visit's (为期两天的论坛, 此次论坛为期
两天) is only confirmed when equal. Two figures of the same noun without a pointer back are different quantities as often as
not (去年新建3家, 今年新建5家), so they are never judged against each other; when they are
equal the restatement is reported as verified. Hedges widen the intervals:
40余 (40, 50) and 40多个 (40, 50) agree.
"""
from __future__ import annotations

import regex

from numfacts.checking import OCCASION_SPAN, Rule, comparable, full_sentence_start, judge, phrase_before, same_thing, show, thing
from numfacts.lexicon import load
from numfacts.patterns import alternation
from numfacts.units import DURATION_UNITS, PLACE_UNITS

_POINTER = regex.compile(f"(?:(?:{alternation([w for w in load('rules')['NF103']['demonstratives'] if w != '以上'])})|(?:^|(?<=[，,。；;：:\\n]))以上)[ \\t]*$"
                         f"|(?:{alternation(load('rules')['NF103']['occasion_pointers'])})\\p{{Han}}{{1,6}}的[ \\t]*$")
_BACK = 400
_BODY_REACH = 1500
_SAME_REACH = 8000  # how far back a plain restatement is looked for (keeps the rule linear)
_SAME_CLAIMS = 200  # and through how many figures at most (dense tables)
_NEAR = 200  # how far back an equal duration or measure counts as the same one
# 上述三项合计: the count of the items being summed, not a restatement of a figure
_SUMS_UP = regex.compile(r"[ \t]*(?:合计|合計|共计|共計|总计|總計|共)")
_DAY_ONLY = regex.compile(r"(?P<d>[0-9]{1,2})[ \t]*[日号號]")
_FULL_DATE = regex.compile(r"[0-9]{1,2}[ \t]*月[ \t]*(?P<d>[0-9]{1,2})[ \t]*[日号號]")


class RepeatedMention(Rule):
    code = "NF103"
    name = "repeated-mention"
    summary = "a quantity restated later (这3条…, headline vs body) agrees with its first statement"
    doc = __doc__
    examples = [
        {"text": "已经有了3条城市中轴线。这3条中轴线都是南北向。", "verdict": "consistent", "at": "3条", "nth": 2},
        {"text": "已经有了3条城市中轴线。这4条中轴线都是南北向。", "verdict": "contradiction", "at": "4条"},
        {"text": "代表团5天访3城40余点\n\n　　五天的时间里，考察团一行参观了40多个点，行程排得满满当当，每天都在路上。",
         "verdict": "consistent", "at": "40多个"},
        {"text": "代表团5天访3城40余点\n\n　　五天的时间里，考察团一行参观了60多个点，行程排得满满当当，每天都在路上。",
         "verdict": "contradiction", "at": "60多个"},
        {"text": "全市共设立5个综合交通枢纽。这6个枢纽建成后，日均客流量将超过60万人次。", "verdict": "contradiction", "at": "6个"},
        {"text": "4天走访2省6市\n\n代表团先后走访武汉、宜昌、襄阳、长沙、株洲、湘潭6个城市。", "verdict": "consistent", "at": "6个"},
        {"text": "4天走访2省6市\n\n代表团先后走访武汉、宜昌、襄阳、长沙、株洲、湘潭、岳阳7个城市。", "verdict": "contradiction", "at": "7个"},
        {"text": "今年改造老旧小区120个。这130个小区涉及居民4.8万户。", "verdict": "contradiction", "at": "130个"},
        {"text": "今年改造老旧小区120个，三年改造老旧小区400个。\n\n这120个小区涉及居民4.8万户。", "verdict": "consistent", "at": "120个", "nth": 2},
        {"text": "去年新建3家养老院，今年新建5家养老院。", "verdict": None},
        {"text": "4天走访2省6市 我市考察团满载而归\n\n包括市长、副市长在内的5名市领导参加考察。", "verdict": None},
        {"text": "一季度全市GDP增长5.8%\n\n一季度，全市地区生产总值1268亿元，同比增长5.8%。", "verdict": "consistent", "at": "5.8%", "nth": 2},
        {"text": "累计拥有有效专利1256项，其中发明专利386项。上述三项合计1200亿元。", "verdict": None},
        {"text": "先后走访6个城市。\n\n在南京，考察了园区。\n\n在合肥，考察了企业。\n\n深圳、杭州、苏州各有所长，要对标这三个城市。", "verdict": None},
        {"text": "我市推进城市更新三年行动\n\n按照“一年打基础、两年见成效、三年大变样”的思路推进。", "verdict": None},
        {"text": "代表团赴杭州、宁波、苏州、南京4市学习考察。代表团认为，四市的经验值得借鉴。", "verdict": "consistent", "at": "四市"},
        {"text": "代表团实地考察了26个点位。\n\n在杭州，代表团参观园区。\n\n在宁波，考察港口。\n\n李军表示，这次考察的28个点位，个个都是教材。",
         "verdict": "contradiction", "at": "28个"},
        {"text": "代表团赴苏州、无锡、常州三市考察。\n\n在苏州，代表团参观了园区。\n\n在无锡，考察了产业园。\n\n"
                 "在常州，了解了新能源产业。\n\n他强调，要对标这三个城市，找差距。", "verdict": "consistent", "at": "三个城市"},
        {"text": "代表团赴苏州、无锡、常州三市考察。\n\n在苏州，代表团参观了园区。\n\n在无锡，考察了产业园。\n\n"
                 "在常州，了解了新能源产业。\n\n他强调，要对标这两个城市，找差距。", "verdict": None},
        {"text": "本报绍兴5月10日电 10日上午，对接会正式启动。", "verdict": "consistent", "at": "10日上午"},
        {"text": "21年前，他来到这里。21年过去了，这里变了样。", "verdict": "consistent", "at": "21年过", "nth": 1},
        {"text": "市考察团5天访3城\n\n在广州，考察团参观了园区。\n\n此次考察历时五天，考察团深受启发。", "verdict": "consistent", "at": "五天"},
        {"text": "市考察团5天访3城\n\n在广州，考察团参观了园区。\n\n此次考察历时六天，考察团深受启发。", "verdict": "contradiction", "at": "六天"},
        {"text": "市考察团5天访3城\n\n在广州，考察团参观了园区。\n\n此次论坛为期两天，考察团深受启发。", "verdict": None},
        {"text": "代表团5天访3城40余点\n\n在广州，考察团一行参观了12个点，行程排得满满当当。", "verdict": None},
        {"text": "代表团此行共签约项目12个，总投资186亿元。签约的12个项目涵盖智能制造、新能源等领域。", "verdict": "consistent",
         "at": "12个项目"},
    ]

    def check(self, ctx):
        seen = set()
        for f in self._pairs(ctx):
            key = tuple(f.spans)
            if key not in seen:  # a headline figure may be reached both ways
                seen.add(key)
                yield f

    def _pairs(self, ctx):
        quantities = ctx.quantities
        head = [h for h in quantities if h.end <= ctx.headline_end and h.kind in ("count", "measure")]
        for c in quantities:
            if c.kind not in ("count", "measure"):
                continue
            occasion = OCCASION_SPAN.search(ctx.text, max(0, c.start - 14), c.start) if c.kind == "measure" else None
            if occasion and c.start >= ctx.headline_end and occasion.group("what") \
                    and occasion.group("what") in ctx.text[:ctx.headline_end]:
                # 此次考察历时五天 … the headline's 5天访3城 (考察团…): the occasion's length said again,
                # the occasion named alike (not 此次会议为期两天, a meeting during the visit)
                said = next((h for h in head if h.kind == "measure" and h.unit == c.unit), None)
                if said is not None:
                    yield self._pair(said, c, "repeats the headline's")
                    continue
            if _POINTER.search(ctx.text, max(0, c.start - 12), c.start) and not _SUMS_UP.match(ctx.text, c.end):
                earlier = self._pointed(ctx, c)
                if earlier is not None and c.kind == "measure" and c.unit in DURATION_UNITS and earlier.value != c.value:
                    earlier = None
                if earlier is not None:
                    yield self._pair(earlier, c, "restates")
                    continue
            if c.start >= ctx.headline_end:
                same = self._same_again(ctx, c, head)
                if same is None and _POINTER.search(ctx.text, max(0, c.start - 12), c.start):
                    same = self._pointed_far(ctx, c)  # equal, so consistent
                if same is not None:
                    yield self._pair(same, c, "restates")
        yield from self._dates(ctx)
        body = [b for b in quantities if ctx.headline_end <= b.start < ctx.headline_end + _BODY_REACH
                and not (b.kind == "measure" and _in_a_run(ctx, b))]
        for h in head:
            first = next((b for b in body if comparable(h, b) and (same_thing(h, b) or _place_named(h, b))), None)
            if first is None:
                continue
            if (first.value, first.value_high) != (h.value, h.value_high) and (
                    (first.kind == "measure" and first.unit in DURATION_UNITS and not _frames_the_visit(ctx, first))
                    or _in_one_place(ctx, first)):
                continue  # 5天访3城 … 为期两天的论坛; 40余点 … 在广州，考察团参观了12个点: a part, not the whole
            yield self._pair(h, first, "repeats the headline's")
        # 一季度GDP增长5.8% … 同比增长5.8%; 营收突破100亿元 … 102.3亿元: a headline amount or rate
        # said again in the body is confirmed (the first body figure of its unit may be another one,
        # so only a figure that meets it is paired, and never judged against it)
        for h in (q for q in quantities if q.end <= ctx.headline_end and q.kind in ("money", "percent")):
            again = next((b for b in body if (b.kind, b.unit, b.per) == (h.kind, h.unit, h.per)
                          and b.loose.meets(h.loose)), None)
            if again is not None:  # a headline rounds: 36% for 36.5%, 2.88兆 for 2兆8,810億
                yield self.finding("consistent", again, [h], f"{again.text} repeats the headline's {h.text}",
                                   stated=again.value, expected_low=_f(h.loose.lo), expected_high=_f(h.loose.hi), gap=0.0)

    @staticmethod
    def _pointed(ctx, c):
        """What 这3条… points back to: the same thing in its paragraph, else in the one before;
        among several, the one with the same figure (这120个小区 after 120个 … 400个), else the last."""
        par_start = ctx.paragraph(c.start)[0]
        for p_start in (max(par_start - 1, c.start - _BACK), max(ctx.paragraph(max(0, par_start - 2))[0], c.start - _BACK)):
            earlier = [e for e in ctx.claims_in(p_start, c.start) if _same_named(ctx.text, e, c)]
            if earlier:
                same = [e for e in earlier if e.value == c.value and e.value_high == c.value_high]
                return (same or earlier)[-1]
        return None

    @staticmethod
    def _pointed_far(ctx, c):
        """What 这三个城市 points back to beyond the paragraph before: the last earlier mention of
        the same thing (赴苏州、无锡、常州三市 four paragraphs up), when it states the same
        figure, or else the only earlier figure of exactly the same noun (26个点位 … 这次考察的
        28个点位). An unequal one among several may be another set of the same things, so it is
        left alone."""
        window = ctx.claims_in(max(0, c.start - _SAME_REACH), c.start)[-_SAME_CLAIMS:]
        named = [e for e in window if _same_named(ctx.text, e, c)]
        last = named[-1] if named else None
        if last is not None and last.value == c.value and last.value_high == c.value_high:
            return last
        # 实地考察了26个点位 … 这次考察的28个点位: the one earlier figure of exactly this noun,
        # unless items listed just before are what 这 points at (深圳、杭州、苏州……对标这三个城市)
        exact = [e for e in named if len(thing(c)) >= 2 and thing(e) == thing(c)]
        if len(exact) == 1 and "、" not in ctx.text[ctx.around(c.start, before=1)[0]:c.start]:
            return exact[0]
        return None

    @staticmethod
    def _same_again(ctx, c, head):
        """An earlier statement of the same figure of the same thing: the headline's, else the last one.

        Only equal figures are paired here (四个城市 … 实地考察的四个城市; 21年前 … 21年过去了);
        unequal ones may well be different quantities.
        """
        def equal(e):
            return (e.kind == c.kind and e.value == c.value and e.value_high == c.value_high and e.unit == c.unit
                    and e.qualifier == c.qualifier)

        if c.kind == "count" and (len(thing(c)) >= 2 or c.unit in PLACE_UNITS):
            for h in head:
                if h.value == c.value and h.value_high == c.value_high and (
                    (comparable(h, c) and same_thing(h, c)) or (h.unit in PLACE_UNITS and c.unit in PLACE_UNITS)
                ):
                    return h  # 3城 in the headline, 三地 in the body: the same places
            window = ctx.claims_in(max(ctx.headline_end, c.start - _SAME_REACH), c.start)[-_SAME_CLAIMS:]
            # 4市学习考察 … 四市的经验: a place word counts the places, whatever noun follows
            # 共签约项目12个 … 签约的12个项目: the noun written before the earlier figure
            return next((e for e in window if equal(e) and (thing(e) == thing(c) or (c.unit in PLACE_UNITS and e.unit == c.unit)
                                                            or _named_before(ctx.text, e, c))), None)
        if c.kind == "measure":
            window = ctx.claims_in(max(ctx.headline_end, c.start - _NEAR), c.start)
            return next((e for e in reversed(window) if equal(e)), None)
        return None

    def _dates(self, ctx):
        """A day named alone (10日上午) after a full date with that day (5月10日电) restates it."""
        dates = [d for d in ctx.claims if d.kind == "date"]
        for i, d in enumerate(dates):
            day = _DAY_ONLY.fullmatch(d.text.strip())
            if not day:
                continue
            full = next((e for e in reversed(dates[:i]) if e.start >= d.start - _BACK and _FULL_DATE.search(e.text)), None)
            if full is not None and _FULL_DATE.search(full.text).group("d") == day.group("d"):
                yield self.finding("consistent", d, [full], f"{d.text} is the day of {full.text}")

    def _pair(self, first, again, how):
        strict, loose = first.readings()
        verdict = judge(again, strict, loose)
        message = f"{again.text} {how} {first.text}" + ("" if verdict != "contradiction" else f": {show(again.strict)} vs {show(first.strict)}")
        return self.finding(verdict, again, [first], message, stated=again.value,
                            expected_low=_f(strict.lo), expected_high=_f(strict.hi), gap=again.strict.gap(loose))


# 五天的时间里, 5天里, 历时5天, 行程5天: a length framed as the visit's own
_SPAN_AFTER = regex.compile(r"[ \t]*(?:的)?(?:时间|時間|里|裡|内|內|来|來|行程)")
_SPAN_BEFORE = regex.compile(r"(?:历时|歷時|用时|用時|用了|行程|短短)[ \t]*$")


def _frames_the_visit(ctx, b) -> bool:
    """Whether a body duration is framed as the length of what the headline reports (五天的时间里,
    历时5天, 此次考察历时五天 under a headline that names 考察), not of some event in it."""
    text = ctx.text
    occasion = OCCASION_SPAN.search(text, max(0, b.start - 14), b.start)
    if occasion:
        return bool(occasion.group("what")) and occasion.group("what") in text[:ctx.headline_end]
    return bool(_SPAN_AFTER.match(text, b.end) or _SPAN_BEFORE.search(text, max(0, b.start - 4), b.start))


_ONE_PLACE = regex.compile(r"[ \t\u3000]*(?:在|到|赴)\p{Han}{2,6}?[，,]")


def _in_one_place(ctx, b) -> bool:
    """Whether a body figure's sentence opens with one place of the visit (在广州，…参观了12个点):
    a part of the headline's whole."""
    return bool(_ONE_PLACE.match(ctx.text, full_sentence_start(ctx.text, b.start, lines=True)))


def _in_a_run(ctx, c) -> bool:
    """一年打基础、两年见成效、三年大变样: a figure among others of its unit in one sentence is one
    step of a sequence, not the headline's figure said again."""
    s_start, s_end = ctx.sentence(c.start)
    return any(o is not c and o.kind == c.kind and o.unit == c.unit for o in ctx.claims_in(s_start, s_end))


def _same_named(text: str, e, c) -> bool:
    """Whether an earlier figure e names what the pointing figure c names (5个枢纽 … 这5个枢纽;
    三市 … 这三个城市)."""
    return comparable(e, c) and (same_thing(e, c) or _place_named(e, c) or _head_opens(e, c)
                                 or _named_before(text, e, c))


def _place_named(head, body) -> bool:
    """6市 in a headline and 6个城市 in the body: a place word the body's noun ends with."""
    return head.unit in PLACE_UNITS and body.noun.endswith(head.unit)


def _head_opens(first, again) -> bool:
    """这5个枢纽建成后 points back to 5个综合交通枢纽: the later noun opens with the earlier one's
    head (its last two characters), the noun column having run on into the verb."""
    return len(first.noun) >= 2 and len(again.noun) >= 2 and again.noun.startswith(first.noun[-2:])


def _named_before(text: str, first, again) -> bool:
    """这120个小区 points back to 改造老旧小区120个: the noun written before the earlier figure."""
    name = phrase_before(text, first)
    return not first.noun and len(name) >= 2 and again.noun.startswith(name[-2:])


def _f(x) -> float:
    return float("nan") if x is None else float(x)


RULE = RepeatedMention()
