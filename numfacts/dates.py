"""Date ranges as Chinese text writes them: 4月11日至15日, 10 月 18 日至 22 日, 1月至4月.

Rules that compare a stated number of days or months with a range (NF501) or multiply a
daily figure out over one (NF201) read its length here, both ends counted; periods counted
from New Year (前三季度, 上半年, 1—9月) give their days, a leap year's one more included.
"""
from __future__ import annotations

from datetime import date

import regex

from numfacts.numerals import whole_number

_N = r"[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}"
_RANGE = regex.compile(
    f"(?:(?P<y>[0-9]{{4}})年)?(?:(?P<m1>{_N})月份?)?(?:(?P<d1>{_N})[日号號])?[至到\\-－—–~～]+"
    f"(?:(?P<m2>{_N})月份?)?(?:(?P<d2>{_N})[日号號])?"
)

_MONTHS = regex.compile(f"(?:[0-9]{{4}}年)?(?P<m1>{_N})[至到\\-－—–~～]+(?P<m2>{_N})月份?")


def range_length(text: str) -> tuple[int, str] | None:
    """(length, 'day' | 'month') of a date range, both ends counted; None when it is no range.

    >>> range_length("4月11日至15日"), range_length("10月28日至11月3日"), range_length("1月至4月"), range_length("1至10月")
    ((5, 'day'), (7, 'day'), (4, 'month'), (10, 'month'))
    >>> range_length("5月10日") is None
    True
    """
    text = text.replace(" ", "").replace("\u3000", "")
    months = _MONTHS.fullmatch(text)
    if months:  # 1至10月, 1-10月份
        m1, m2 = whole_number(months.group("m1")), whole_number(months.group("m2"))
        return (m2 - m1 + 1, "month") if m1 and m2 and 1 <= m1 <= m2 <= 12 else None
    m = _RANGE.search(text)
    if not m:
        return None
    y = whole_number(m.group("y")) or 2001
    m1, d1, m2, d2 = (whole_number(m.group(k)) for k in ("m1", "d1", "m2", "d2"))
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



_MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
# a period from New Year: 前三季度, 上半年, 1—9月, 1至9月份, 前8个月
_FROM_NEW_YEAR = regex.compile(
    f"前(?P<q>[一二三四1-4])[个個]?季度|(?P<half>上半年)|(?:1|一)[ \\t]*[-－—–~～至到][ \\t]*(?P<m>{_N})[ \\t]*月"
    f"|前[ \\t]*(?P<m2>{_N})[ \\t]*[个個]月"
)


def days_from_new_year(text: str):
    """The days of the last period named in text that starts on 1 January, as (low, high): high counts
    a leap year's 29 February.

    >>> days_from_new_year("前三季度"), days_from_new_year("上半年"), days_from_new_year("1—9月")
    ((273, 274), (181, 182), (273, 274))
    >>> days_from_new_year("今年以来") is None
    True
    """
    m = None
    for m in _FROM_NEW_YEAR.finditer(text):
        pass  # the last period named is the one in force
    if m is None:
        return None
    if m.group("half"):
        months = 6
    elif m.group("q"):
        months = 3 * whole_number(m.group("q"))
    else:
        months = whole_number(m.group("m") or m.group("m2"))
    if not months or not 1 <= months <= 12:
        return None
    days = sum(_MONTH_DAYS[:months])
    return days, days + (1 if months >= 2 else 0)
