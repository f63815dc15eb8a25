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

An event's length (为期4天) is read against its opening date before it and its closing date
after it (9月25日……开幕……持续至9月28日). A range of years (三年行动计划（2024—2026年）; “十四五”期间（2021—2025年），五年累计……) is
read the same way against the count of years named with it. A day count said of the occasion
anywhere later (此次考察历时五天, with 考察 named in the opening's sentence) is read against the opening's
range of days.

## Not flagged
A day count elsewhere in the sentence (……隐患要在3天内整改) is not the range's length: only a
count right after the range, after 为期/历时/共/连续, before 时间 (5天时间走访了), or in the headline is compared. A count one short of the inclusive span (nights rather than days: 11日至15日 as 4天) is
borderline, not a contradiction. Ranges of months are compared only with month counts. 自3月以来…连续两个月 is read against the
latest month the text spoke of before it (its 4月 report) and only ever confirmed: the text may
have been written months later.
"""
from __future__ import annotations

import regex

from numfacts.checking import OCCASION_SPAN, Rule, relative_gap
from numfacts.dates import range_length
from numfacts.numerals import whole_number

_OPENING = 500
_OCCASION_DAYS = 31
_CLOSE = 15  # a count this close after the range is its length
# words that make a count the length of a period: 为期5天, 历时5天, 共5天, 连续两个月, 今年4个月
_SPAN_WORD = regex.compile(r"(?:为期|為期|历时|歷時|用时|用時|共|连续|連續|期间|期間|今年|这|這|前)[^，,。；;]{0,3}$")
# …or after it: 5天时间走访了, 5天的时间里
# a count of months in the next sentence looks back over the range: 这4个月, 今年4个月, 4个月来, 前4个月
_BACK_OVER = regex.compile(r"这|這|此|上述|今年|个月来|個月來|个月以来|個月以來|前[0-9一二三四五六七八九十]")
# an event's length and its ends: 为期4天; 持续至9月28日, 9月28日闭幕
_LASTS = regex.compile(r"(?:为期|為期|历时|歷時)[ \t]*$")
_DAY = regex.compile(r"(?:(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})[ \t]*月)?[ \t]*(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})[ \t]*[日号號]")
_UNTIL = regex.compile(r"(?:持续至|持續至|持续到|持續到|将至|至|到)[ \t]*$")
_CLOSES = regex.compile(r"[ \t]*(?:闭幕|閉幕|结束|結束|落幕|收官)")
_CLOSING_REACH = 1500
_SPAN_AFTER = regex.compile(r"[ \t]*(?:的)?(?:时间|時間)")


class DateSpan(Rule):
    code = "NF501"
    name = "date-span"
    summary = "a stated number of days (months) matches the date range it spans, both ends counted"
    doc = __doc__
    examples = [
        {"text": "印发《数字经济发展三年行动计划（2024—2026年）》。", "verdict": "consistent", "at": "三年"},
        {"text": "印发《数字经济发展五年行动计划（2024—2026年）》。", "verdict": "contradiction", "at": "五年"},
        {"text": "“十四五”期间（2021—2025年），五年累计投资1万亿元。", "verdict": "consistent", "at": "五年"},
        {"text": "从2019年到2023年的五年间，全市新增就业岗位50万个。", "verdict": "consistent", "at": "五年"},
        {"text": "从2019年到2023年的四年间，全市新增就业岗位50万个。", "verdict": "borderline", "at": "四年"},
        {"text": "从2019年到2023年的三年间，全市新增就业岗位50万个。", "verdict": "contradiction", "at": "三年"},
        {"text": "代表团5天访3城\n\n4月11日至15日，代表团赴广州、深圳、杭州考察学习。", "verdict": "consistent", "at": "5天"},
        {"text": "代表团6天访3城\n\n4月11日至15日，代表团赴广州、深圳、杭州考察学习。", "verdict": "contradiction", "at": "6天"},
        {"text": "1月至4月，全市共自查问题730个，今年4个月累计整改。", "verdict": "consistent", "at": "4个月"},
        {"text": "1—9月，全市实现规上工业增加值1200亿元，前9个月累计增长6.5%。", "verdict": "consistent", "at": "9个月"},
        {"text": "1—9月，全市实现规上工业增加值1200亿元，前8个月累计增长6.5%。", "verdict": "contradiction", "at": "8个月"},
        {"text": "11月9日至14日，代表团在外考察，为期16天。", "verdict": "contradiction", "at": "16天"},
        {"text": "4月1日至30日，全市开展安全检查，发现的隐患要在3天内整改到位。", "verdict": None},
        {"text": "拿着出具的4月水质体检报告。自3月以来，已连续两个月水质达标。", "verdict": "consistent", "at": "两个月"},
        {"text": "6月1日至5日，市领导带队赴长三角3个城市考察，6天时间走访了20多个重点项目。", "verdict": "contradiction", "at": "6天"},
        {"text": "今年1-10月实现营收12亿元。2018年12月29日，大桥在历时27个月的封闭维修后恢复通车。", "verdict": None},
        {"text": "9月25日，博览会在杭州开幕。本届博览会为期4天，展览面积12万平方米。\n\n博览会将持续至9月28日。", "verdict": "consistent", "at": "4天"},
        {"text": "6月3日至7日，市考察团赴成都、重庆学习考察。\n\n在成都，考察团参观了园区。\n\n此次考察历时五天，考察团深受启发。",
         "verdict": "consistent", "at": "五天"},
        {"text": "6月3日至7日，市考察团赴成都、重庆学习考察。\n\n在成都，考察团参观了园区。\n\n此次考察历时六天，考察团深受启发。",
         "verdict": "contradiction", "at": "六天"},
        {"text": "6月3日至7日，市考察团赴成都、重庆学习考察。\n\n在成都，考察团参观了园区，当地用三天时间完成审批。", "verdict": None},
        {"text": "6月3日至7日，市考察团赴成都、重庆学习考察。\n\n在成都，参观了博览会。此次博览会为期三天。", "verdict": None},
        {"text": "9月25日，博览会在杭州开幕。本届博览会为期5天，展览面积12万平方米。\n\n博览会将持续至9月28日。", "verdict": "contradiction", "at": "5天"},
    ]

    def check(self, ctx):
        yield from self._occasion_length(ctx)
        yield from self._since_month(ctx)
        yield from self._year_ranges(ctx)
        yield from self._opening_to_closing(ctx)
        for d in ctx.claims:
            if d.kind != "date":
                continue
            span = range_length(d.text)
            if span is None:
                continue
            count, unit = span
            if count <= 0:
                continue  # 5月10日至8日: a damaged or reversed range
            s_start, s_end = ctx.sentence(d.start)
            candidates = [c for c in ctx.claims_in(s_start, ctx.sentence(s_end + 1)[1] if unit == "month" else s_end)
                          if c.kind == "measure" and c.unit == unit and c.value == int(c.value)
                          and (c.start < s_end or _BACK_OVER.search(ctx.text, max(s_end, c.start - 4), c.start + 12))
                          and ((0 <= c.start - d.end <= _CLOSE) or _SPAN_WORD.search(ctx.text, max(0, c.start - 5), c.start)
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
                               expected_high=float(count), gap=0.0 if verdict == "consistent" else relative_gap(n, count))

    def _occasion_length(self, ctx):
        """4月11日至15日，代表团赴…… … 此次考察历时五天: a day count said of "this" visit or event,
        anywhere in the text, against the range of days the opening gives it."""
        text = ctx.text
        opening = next((d for d in ctx.claims_in(0, ctx.headline_end + _OPENING, quantities=False)
                        if d.kind == "date" and (span := range_length(d.text)) and span[1] == "day"
                        and 0 < span[0] <= _OCCASION_DAYS), None)  # a visit or an event, not 7月1日至12月31日
        if opening is None:
            return
        days = range_length(opening.text)[0]
        own = ctx.sentence(opening.start)
        for count in ctx.quantities:
            this = OCCASION_SPAN.search(text, max(0, count.start - 14), count.start)
            if count.kind != "measure" or count.unit != "day" or count.start < own[1] or count.qualifier != "exact" or not this:
                continue
            if not this.group("what") or this.group("what") not in text[ctx.paragraph(opening.start)[0]:own[1]]:
                continue  # 此次考察 … the opening's 学习考察: the same occasion, named alike
            n = int(count.value)
            verdict = "consistent" if n == days else "borderline" if n == days - 1 else "contradiction"
            message = f"{opening.text} spans {days} days " + ("= " if n == days else "≠ ") + count.text
            yield self.finding(verdict, count, [opening], message, stated=float(n), expected_low=float(days),
                               expected_high=float(days), gap=0.0 if n == days else relative_gap(n, days))

    def _since_month(self, ctx):
        """自3月以来，已连续两个月: the months from 3月 to the latest month the text has spoken of
        (its 4月 report), both counted, or one fewer when that month is not over; confirm-only."""
        text = ctx.text
        for since in _SINCE.finditer(text):
            month = _month_of(since.group("m"))
            s_end = ctx.sentence(since.start())[1]
            spans = [c for c in ctx.claims_in(since.end(), s_end) if c.kind == "measure" and c.unit == "month"]
            if month is None or not spans:
                continue
            earlier = [c for c in ctx.claims_in(max(0, since.start() - _LATEST_REACH), since.start(), quantities=False)
                       if c.kind == "date" and _MONTH_ONLY.fullmatch(c.text.strip())]
            months = [(_month_of(_MONTH_ONLY.fullmatch(c.text.strip()).group("m")), c) for c in earlier]
            months = [(m, c) for m, c in months if m is not None and m >= month]
            if not months:
                continue
            latest, latest_claim = max(months, key=lambda mc: mc[0])
            span = spans[0]
            allowed = {latest - month + 1, latest - month}
            if span.value not in allowed:
                continue  # the text may be written months later: nothing to say
            claim = ctx.claim_at(since.start("m"))
            parts = [claim if claim is not None else (since.start("m"), since.end("m")), latest_claim]
            yield self.finding("consistent", span, parts,
                               f"自{since.group('m')}月 to the {latest_claim.text} the text speaks of: {int(span.value)} months",
                               stated=span.value, expected_low=float(min(allowed)), expected_high=float(max(allowed)), gap=0.0)


    def _year_ranges(self, ctx):
        """三年行动计划（2024—2026年）; “十四五”期间（2021—2025年），五年累计……: the years a
        range spans, both ends counted, against the count of years named with it."""
        text = ctx.text
        for d in ctx.claims:
            m = _YEAR_RANGE.fullmatch(d.text.strip()) if d.kind == "year" else None
            if not m:
                continue
            first, last = int(m.group("a")), int(m.group("b"))
            if last < 100:
                last += first // 100 * 100  # 2024—26年
            if not 0 < last - first < 50:
                continue
            s_start, s_end = ctx.sentence(d.start)
            named = [c for c in ctx.claims_in(s_start, s_end) if c.kind == "measure" and c.unit == "year"
                     and c.value == c.value_high == int(c.value) and c.qualifier == "exact"
                     and ((c.end <= d.start and _NAMES_RANGE_BEFORE.fullmatch(text, c.end, d.start)) or (c.start >= d.end and _NAMES_RANGE_AFTER.fullmatch(text, d.end, c.start)))]
            if not named:
                continue
            years = named[0]
            n, span = int(years.value), last - first + 1
            verdict = "consistent" if n == span else "borderline" if n == span - 1 else "contradiction"
            message = f"{d.text} spans {span} years " + ("= " if n == span else "≠ ") + years.text
            yield self.finding(verdict, years, [d], message, stated=float(n), expected_low=float(span),
                               expected_high=float(span), gap=0.0 if n == span else relative_gap(n, span))


    def _opening_to_closing(self, ctx):
        """9月25日……开幕。本届博览会为期4天……将持续至9月28日: the days from the opening date to the
        closing one, both counted, against the stated length."""
        text = ctx.text
        for count in ctx.quantities:
            if count.kind != "measure" or count.unit != "day" or count.value != int(count.value) or count.qualifier != "exact":
                continue
            if not _LASTS.search(text, max(0, count.start - 4), count.start):
                continue
            s_start, s_end = ctx.sentence(count.start)
            dates = ctx.claims_in(ctx.paragraph(count.start)[0], s_end, quantities=False)
            if any(d.kind == "date" and range_length(d.text) for d in dates):
                continue  # a range of its own: the main check reads it
            opening = next((d for d in reversed(dates) if d.kind == "date" and d.start < count.start
                            and _DAY.fullmatch(d.text.strip()) and _DAY.fullmatch(d.text.strip()).group("m")), None)
            if opening is None:
                continue
            closing = next((d for d in ctx.claims_in(count.end, count.end + _CLOSING_REACH, quantities=False)
                            if d.kind == "date" and _DAY.fullmatch(d.text.strip())
                            and (_UNTIL.search(text, max(0, d.start - 6), d.start) or _CLOSES.match(text, d.end))), None)
            if closing is None:
                continue
            first, last = _DAY.fullmatch(opening.text.strip()), _DAY.fullmatch(closing.text.strip())
            span = range_length(f"{first.group('m')}月{first.group('d')}日至{last.group('m') or first.group('m')}月{last.group('d')}日")
            if span is None:
                continue
            days, n = span[0], int(count.value)
            if days <= 0:
                continue
            verdict = "consistent" if n == days else "borderline" if n == days - 1 else "contradiction"
            message = f"{opening.text} to {closing.text} spans {days} days " + ("= " if n == days else "≠ ") + count.text
            yield self.finding(verdict, count, [opening, closing], message, stated=float(n), expected_low=float(days),
                               expected_high=float(days), gap=0.0 if n == days else relative_gap(n, days))


def _month_of(s: str) -> int | None:
    m = whole_number(s)
    return m if m is not None and 1 <= m <= 12 else None


_SINCE = regex.compile(r"自(?:今年)?(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?(?:以来|以來|起)")
_MONTH_ONLY = regex.compile(r"(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2})[ \t]*月(?:份)?")
_LATEST_REACH = 800

# 2024—2026年, 2023-2025年: a range of years
_YEAR_RANGE = regex.compile(r"(?P<a>(?:19|20)[0-9]{2})[ \t]*年?[ \t]*[-－—–~～至到][ \t]*(?P<b>(?:19|20)?[0-9]{2})[ \t]*年?")
# 三年行动计划（2024—2026年）: the count, a plan's name, then the range in brackets
_NAMES_RANGE_BEFORE = regex.compile(r"[^，,。；;0-9]{0,12}[（(][ \t]*")
# （2021—2025年），五年累计: the range, then the count that opens the next clause
_NAMES_RANGE_AFTER = regex.compile(r"[ \t]*[）)]?[ \t]*(?:期间|期間|间|間)?[ \t]*[，,]?[ \t]*(?:的|这|這|近|共|累计|累計)?[ \t]*")


RULE = DateSpan()
