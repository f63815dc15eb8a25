"""NF503 years-since: "N年前" and "至今已有N年" against the document's own date.

## What it does
Takes the publication year from the dateline (the first dated line: 2019-08-20,
18.11.2014) and checks the durations that count up to it: a year and a span to now in one
sentence (自2006年上线运行至今已有10年: 2016 − 2006 = 10), and a span back from now with the
year it names (21年前，即2002年), or a span to now after a year (成立于1992年的开发区，30多年来). A span
between two years of one sentence (2018年开工，历时3年，于2021年建成) must be their difference (or one
more: both end years may count), and so must a span between two events (时隔20年…2024年…2004年;
2008年…，16年后的2024年; one off is borderline).

## Why it matters
Durations counted from the present go stale when a text is reused, and a wrong one makes
every date in the paragraph doubtful.

## Example
dateline 2016-04-18; 自2006年上线运行至今已有12年 -> contradiction: 2016 − 2006 = 10.

## Not flagged
A document without a dated line has no "now" to judge a span against; its spans to now are
only checked against each other: when all the others agree on the present and one does not,
that one is a contradiction. A span may fall one short of the year difference (a year not yet
complete).
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, year_of
from numfacts.intervals import Interval
from numfacts.lexicon import load
from numfacts.patterns import alternation

_TOOK = regex.compile(r"(?:历时|歷時|用时|用時|历经|歷經|经过|經過|耗时|耗時)(?:了)?[ \t]*(?:近|约|約)?[ \t]*$")
_CONSECUTIVE = regex.compile(r"连续|連續")
_SINCE_AFTER = regex.compile(r"[ \t]*(?:来|來|以来|以來)")
# a span between two events: 时隔20年…2024年…2004年; 2008年…16年后的2024年
_APART = regex.compile(r"(?:时隔|時隔|相隔|阔别|闊別)[了]?[ \t]*$")
_LATER_YEAR = regex.compile(r"[ \t]*(?:之)?(?:后|後)(?:的)?[ \t]*$")
_UNTIL_NOW = regex.compile(f"(?:{alternation(load('rules')['NF503']['until_now'])})")


class YearsSince(Rule):
    code = "NF503"
    name = "years-since"
    summary = "a span to now (至今已有N年, N年前) matches the dateline's year"
    doc = __doc__
    examples = [
        {"text": "数字城管\n2016-04-18 07:53\n\n标准化体系自2006年上线运行至今已有10年，成效明显。", "verdict": "consistent", "at": "10年"},
        {"text": "数字城管\n2016-04-18 07:53\n\n标准化体系自2006年上线运行至今已有12年，成效明显。", "verdict": "contradiction", "at": "12年"},
        {"text": "数字城管\n04-18 07:53\n\n标准化体系自2006年上线运行至今已有12年，成效明显。", "verdict": None},
        {"text": "城建集团\n2023-04-12 08:00\n\n市城建集团成立于1958年，已有60多年历史。", "verdict": "consistent", "at": "60多年"},
        {"text": "城建集团\n2023-04-12 08:00\n\n市城建集团成立于1958年，已有50多年历史。", "verdict": "contradiction", "at": "50多年"},
        {"text": "该项目于2018年开工，历时3年，于2021年建成投用。", "verdict": "consistent", "at": "3年"},
        {"text": "城市评选\n2024-12-20 10:30\n\n2010年以来，南京已连续15年入选“中国最具幸福感城市”。", "verdict": "consistent", "at": "15年"},
        {"text": "南京长江大桥于1968年建成通车，至今已有57年历史。南京大学创建于1902年，已走过123年。2010年以来，南京已连续15年入选。",
         "verdict": "consistent", "at": "57年"},
        {"text": "南京长江大桥于1968年建成通车，至今已有67年历史。南京大学创建于1902年，已走过123年。2010年以来，南京已连续15年入选。",
         "verdict": "contradiction", "at": "67年"},
        {"text": "该项目于2018年开工，历时5年，于2021年建成投用。", "verdict": "contradiction", "at": "5年"},
        {"text": "时隔20年，这项赛事于2024年再次在我市举办，上一次举办是在2004年。", "verdict": "consistent", "at": "20年"},
        {"text": "时隔30年，这项赛事于2024年再次在我市举办，上一次举办是在2004年。", "verdict": "contradiction", "at": "30年"},
        {"text": "2008年北京奥运会之后，16年后的2024年，巴黎迎来了奥运会。", "verdict": "consistent", "at": "16年"},
        {"text": "2008年北京奥运会之后，18年后的2024年，巴黎迎来了奥运会。", "verdict": "contradiction", "at": "18年"},
        {"text": "老字号\n2023-06-18 08:30\n\n成立于1992年的开发区，30多年来累计引进项目2000余个。", "verdict": "consistent",
         "at": "30多年"},
        {"text": "老字号\n2023-06-18 08:30\n\n成立于1992年的开发区，20多年来累计引进项目2000余个。", "verdict": "contradiction",
         "at": "20多年"},
    ]

    def check(self, ctx):
        yield from self._between(ctx)
        pairs = list(self._to_now(ctx))
        dateline = ctx.dateline()
        if dateline is None:
            yield from self._agreeing(pairs)
            return
        now = dateline[1]
        for span, year, y, ago in pairs:
            n = int(span.value)
            if ago:
                expected = now - n
                ok = expected - 1 <= y <= expected
            else:
                expected = now - y
                # 60多年: (60, 70) meets the one or two years the dateline allows
                # 连续15年 counts both end years (2010…2024), so one more is allowed
                extra = 1 if _CONSECUTIVE.search(ctx.text, max(0, span.start - 4), span.start) else 0
                ok = span.loose.meets(Interval(Fraction(expected - 1), Fraction(expected + extra)))
            message = (f"{now} − {y if not ago else n} = {expected}" + (" matches " if ok else " ≠ ") + f"{span.text} ({year.text})")
            yield self.finding("consistent" if ok else "contradiction", span, [year], message, stated=float(n),
                               expected_low=float(expected - 1), expected_high=float(expected),
                               gap=0.0 if ok else abs(n - (now - y)) / max(n, 1))

    @staticmethod
    def _to_now(ctx):
        """(span, year claim, year, ago) for each span counted to now: 1968年建成，至今已有57年;
        21年前，即2002年."""
        for span in ctx.quantities:
            if span.kind != "measure" or span.unit != "year" or span.value != int(span.value):
                continue
            s_start, s_end = ctx.sentence(span.start)
            ago = ctx.text.startswith("前", span.end) or span.text.endswith("前")
            years = [c for c in ctx.claims_in(s_start, s_end, quantities=False) if c.kind == "year" and year_of(c.text)]
            if ago:
                if years:
                    yield span, years[-1], year_of(years[-1].text), True
                continue
            before = [c for c in years if c.end <= span.start]
            if before and (_UNTIL_NOW.search(ctx.text, before[-1].end, span.start) or _SINCE_AFTER.match(ctx.text, span.end)):
                yield span, before[-1], year_of(before[-1].text), False  # 成立于1992年的开发区，30多年来

    def _agreeing(self, pairs):
        """Without a dated line, the spans to now must agree on when now is: 1968年…至今已有57年
        and 1902年…已走过123年 both say 2025; 67年 would say 2035."""
        if len(pairs) < 2:
            return
        nows = [_implied_now(span, y, ago) for span, _, y, ago in pairs]
        for i, (span, year, y, ago) in enumerate(pairs):
            others = [iv for j, iv in enumerate(nows) if j != i]
            agree = [iv for iv in others if iv.meets(nows[i])]
            if len(agree) == len(others):
                verdict = "consistent"
            elif not agree and len(others) >= 2 and all(a.meets(b) for a in others for b in others):
                verdict = "contradiction"  # every other span agrees on a present this one misses
            else:
                continue
            other_span, other_year = pairs[(i + 1) % len(pairs)][:2]  # a partner of its own: one finding each
            message = (f"{year.text} + {span.text} puts now at {_show(nows[i])}"
                       + (", as the other spans to now do" if verdict == "consistent"
                          else f", but {other_year.text} + {other_span.text} and the others put it at {_show(others[0])}"))
            yield self.finding(verdict, span, [year, other_span, other_year], message, stated=span.value,
                               expected_low=float(others[0].lo), expected_high=float(others[0].hi), gap=0.0)

    def _between(self, ctx):
        """2018年开工，历时3年，于2021年建成: a span between two years of one sentence."""
        yield from self._apart(ctx)
        text = ctx.text
        for span in ctx.quantities:
            if span.kind != "measure" or span.unit != "year" or span.value != int(span.value):
                continue
            if not _TOOK.search(text, max(0, span.start - 6), span.start):
                continue
            s_start, s_end = ctx.sentence(span.start)
            years = [c for c in ctx.claims_in(s_start, s_end, quantities=False) if c.kind == "year" and year_of(c.text)]
            before = [y for y in years if y.end <= span.start]
            after = [y for y in years if y.start >= span.end]
            if not before or not after:
                continue
            first, last = before[-1], after[0]
            gap = year_of(last.text) - year_of(first.text)
            ok = span.loose.meets(Interval(Fraction(gap), Fraction(gap + 1)))  # 2018年 to 2021年: 3 or 4 calendar years
            message = (f"{last.text} − {first.text} = {gap}" + (" matches " if ok else " ≠ ") + span.text)
            yield self.finding("consistent" if ok else "contradiction", span, [first, last], message, stated=span.value,
                               expected_low=float(gap), expected_high=float(gap + 1),
                               gap=0.0 if ok else abs(span.value - gap) / max(span.value, 1))


    def _apart(self, ctx):
        """时隔20年，…于2024年再次举办，上一次是在2004年; 2008年…，16年后的2024年: the years of two
        events a stated span apart differ by it (one off is borderline)."""
        text = ctx.text
        for span in ctx.quantities:
            if span.kind != "measure" or span.unit != "year" or span.value != int(span.value) or span.qualifier != "exact":
                continue
            s_start, s_end = ctx.sentence(span.start)
            years = [c for c in ctx.claims_in(ctx.around(span.start, before=1)[0], s_end, quantities=False)
                     if c.kind == "year" and year_of(c.text) and not _YEAR_SPAN.search(c.text)]
            later = [y for y in years if y.start >= span.end]
            if _APART.search(text, max(0, span.start - 4), span.start):
                pair = [y for y in years if y.start >= s_start]
                if len(pair) != 2:
                    continue  # 时隔20年: the two events' years, no more
            elif later and _LATER_YEAR.fullmatch(text, span.end, later[0].start):
                earlier = [y for y in years if y.end <= span.start]
                if not earlier:
                    continue
                pair = [earlier[-1], later[0]]
            else:
                continue
            first, last = sorted(pair, key=lambda y: year_of(y.text))
            gap = year_of(last.text) - year_of(first.text)
            n = int(span.value)
            verdict = "consistent" if n == gap else "borderline" if abs(n - gap) == 1 else "contradiction"
            message = f"{last.text} − {first.text} = {gap}" + (" matches " if n == gap else " ≠ ") + span.text
            yield self.finding(verdict, span, [first, last], message, stated=span.value, expected_low=float(gap),
                               expected_high=float(gap), gap=0.0 if n == gap else abs(n - gap) / max(n, 1))


_YEAR_SPAN = regex.compile(r"[0-9]{4}[ \t]*年?[ \t]*[-－—–~～至到]")


def _implied_now(span, y: int, ago: bool) -> Interval:
    """The years "now" may be: y + N or y + N + 1 (a year not yet complete), wider for 60多年."""
    lo = span.loose.lo if span.loose.lo is not None else Fraction(int(span.value))
    hi = span.loose.hi if span.loose.hi is not None else lo
    return Interval(Fraction(y) + lo, Fraction(y) + hi + 1)


def _show(iv: Interval) -> str:
    lo, hi = int(iv.lo), int(iv.hi)
    return str(lo) if lo == hi else f"{lo}–{hi}"


RULE = YearsSince()
