"""NF501 date-span: a stated number of days (months) against the date range it spans.

## What it does
Reads date ranges (4月11日至15日, 10 月 18 日至 22 日, 1月至4月) and pairs each with a day
(month) count in the same sentence, or — for a range in the opening paragraph — in the
headline (5天访3城). Counting both ends, 4月11日至15日 is 5 days.

## Why it matters
Trip reports and news lead with "N天" in the title and the dates in the first line; an
edit to one of them is a classic inconsistency.

## Example
headline 6天访3城; body 4月11日至15日 -> contradiction: 11 to 15 is 5 days.

## Not flagged
A day count elsewhere in the sentence (……隐患要在3天内整改) is not the range's length: only a
count right after the range, after 为期/历时/共/连续, before 时间 (5天时间走访了), or in the headline is compared. A count one short of the inclusive span (nights rather than days: 11日至15日 as 4天) is
borderline, not a contradiction. Ranges of months are compared only with month counts.
"""
from __future__ import annotations

from datetime import date

import regex

from numfacts.checking import Rule
from numfacts.numerals import NotANumeral, parse

_N = r"[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}"
_RANGE = regex.compile(
    f"(?:(?P<y>[0-9]{{4}})年)?(?:(?P<m1>{_N})月份?)?(?:(?P<d1>{_N})[日号號])?[至到\\-－—–~～]+"
    f"(?:(?P<m2>{_N})月份?)?(?:(?P<d2>{_N})[日号號])?"
)
_OPENING = 500
_CLOSE = 15  # a count this close after the range is its length
# words that make a count the length of a period: 为期5天, 历时5天, 共5天, 连续两个月, 今年4个月
_SPAN_WORD = regex.compile(r"(?:为期|為期|历时|歷時|用时|用時|共|连续|連續|期间|期間|今年|这|這)[^，,。；;]{0,3}$")
# …or after it: 5天时间走访了, 5天的时间里
_SPAN_AFTER = regex.compile(r"[ \t]*(?:的)?(?:时间|時間)")


class DateSpan(Rule):
    code = "NF501"
    name = "date-span"
    summary = "a stated number of days (months) matches the date range it spans, both ends counted"
    doc = __doc__
    examples = [
        {"text": "代表团5天访3城\n\n4月11日至15日，代表团赴广州、深圳、杭州考察学习。", "verdict": "consistent", "at": "5天"},
        {"text": "代表团6天访3城\n\n4月11日至15日，代表团赴广州、深圳、杭州考察学习。", "verdict": "contradiction", "at": "6天"},
        {"text": "1月至4月，全市共自查问题730个，今年4个月累计整改。", "verdict": "consistent", "at": "4个月"},
        {"text": "11月9日至14日，代表团在外考察，为期16天。", "verdict": "contradiction", "at": "16天"},
        {"text": "4月1日至30日，全市开展安全检查，发现的隐患要在3天内整改到位。", "verdict": None},
        {"text": "6月1日至5日，市领导带队赴长三角3个城市考察，6天时间走访了20多个重点项目。", "verdict": "contradiction", "at": "6天"},
    ]

    def check(self, ctx):
        for d in ctx.claims:
            if d.kind != "date":
                continue
            span = _span(d.text)
            if span is None:
                continue
            count, unit = span
            s_start, s_end = ctx.sentence(d.start)
            candidates = [c for c in ctx.claims_in(s_start, ctx.sentence(s_end + 1)[1] if unit == "month" else s_end)
                          if c.kind == "measure" and c.unit == unit and c.value == int(c.value)
                          and (c.start - d.end <= _CLOSE or _SPAN_WORD.search(ctx.text, max(0, c.start - 5), c.start)
                               or _SPAN_AFTER.match(ctx.text, c.end))]
            if not candidates and unit == "day" and d.start < ctx.headline_end + _OPENING:
                candidates = [c for c in ctx.quantities if c.end <= ctx.headline_end and c.kind == "measure" and c.unit == unit]
            if not candidates:
                continue
            stated = min(candidates, key=lambda c: abs(c.start - d.start))
            n = int(stated.value)
            if n == count:
                verdict, how = "consistent", "="
            elif unit == "day" and n == count - 1:
                verdict, how = "borderline", "= (counting nights)"
            else:
                verdict, how = "contradiction", "≠"
            word = "days" if unit == "day" else "months"
            message = f"{d.text} spans {count} {word} {how} {stated.text}"
            yield self.finding(verdict, stated, [d], message, stated=float(n), expected_low=float(count),
                               expected_high=float(count), gap=0.0 if verdict == "consistent" else abs(n - count) / count)


def _int(s: str | None) -> int | None:
    if not s:
        return None
    try:
        return int(parse(s.replace(" ", "")).low)
    except (NotANumeral, ValueError):
        return None


def _span(text: str) -> tuple[int, str] | None:
    """(length, 'day' | 'month') of a date range, both ends counted; None when it is no range."""
    m = _RANGE.search(text.replace(" ", "").replace("\u3000", ""))
    if not m:
        return None
    y = _int(m.group("y")) or 2001
    m1, d1, m2, d2 = (_int(m.group(k)) for k in ("m1", "d1", "m2", "d2"))
    if d1 and d2:
        m1 = m1 or m2
        m2 = m2 or m1
        if not m1:
            return (d2 - d1 + 1, "day") if d2 >= d1 else None
        try:
            start, end = date(y, m1, d1), date(y if m2 >= m1 else y + 1, m2, d2)
        except ValueError:
            return None
        return (end - start).days + 1, "day"
    if m1 and m2 and not d1 and not d2 and 1 <= m1 <= m2 <= 12:
        return m2 - m1 + 1, "month"
    return None


RULE = DateSpan()
