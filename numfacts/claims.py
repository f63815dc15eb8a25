"""Text -> claims table: one row per stated figure (spec/claims.md).

One pass of `patterns.SCAN` (compiled by `re`) over the document finds every candidate;
each candidate is then classified with a few look-ups in small windows around it (a 第
before it, a quote around it, a rate cue earlier in its clause). Offsets always index the
text as decoded.
"""
from __future__ import annotations

from bisect import bisect_right
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import NamedTuple

import pandas as pd
import regex

from numfacts import patterns as P
from numfacts.columns import CLAIM_COLUMNS, QUANTITY_KINDS, typed_frame
from numfacts.currency import local_currency
from numfacts.lexicon import load
from numfacts.numerals import DIGITS, NotANumeral, parse
from numfacts.tables import Tables, find_tables
from numfacts.units import MAGNITUDE, unit_of

_QUAL = load("qualifiers")
BEFORE = _QUAL["before"]
BETWEEN = _QUAL["between"]
AFTER = _QUAL["after"]
NOT_FOR_DURATIONS = frozenset(_QUAL["not_for_durations"]["words"])
NOT_FOR_COUNTS = frozenset(_QUAL["not_for_counts"]["words"])
_MAG_TAIL = regex.compile(f"(?:{P.MAGS})+$")
_HAS_ARABIC = regex.compile(r"[0-9０-９]")
_ARTICLE = frozenset(k for k, v in DIGITS.items() if v == 1)
_ORDINAL_TWO = frozenset(k for k, v in DIGITS.items() if v == 2 and k not in "两兩")
_MINUS = frozenset("-−－")
_PERIODS = {"年": "year", "天": "day", "日": "day", "月": "month", "周": "week", "時": "hour", "时": "hour"}
_STRENGTH = {"exact": 0, "approx": 1, "more_than": 2, "less_than": 2, "at_least": 3, "at_most": 3}


class Doc:
    """A document's text with the boundaries that rows need, computed once."""

    def __init__(self, name: str, text: str):
        self.name = name
        self.text = text
        self.sentence_ends = [m.end() for m in P.SENTENCE_END.finditer(text)]
        self._currency: str | None = None
        self._sentences: dict[int, str] = {}

    @property
    def currency(self) -> str:
        if self._currency is None:
            self._currency = local_currency(self.text)
        return self._currency

    def sentence(self, pos: int) -> str:
        i = bisect_right(self.sentence_ends, pos)
        sentence = self._sentences.get(i)
        if sentence is None:  # figures share sentences: cut each once
            start = self.sentence_ends[i - 1] if i else 0
            end = self.sentence_ends[i] if i < len(self.sentence_ends) else len(self.text)
            sentence = self._sentences[i] = self.text[start:end].strip()
        return sentence

    def clause_start(self, pos: int, width: int) -> int:
        """Where the clause that ``pos`` lies in starts, looking back at most ``width`` characters.

        Clauses end at punctuation and at line breaks that do not break a sentence (a line
        of 20+ characters ending in a character, as PDF and web text wrap: 全年共涉及补偿资金
        \\n\\n5280万元); CLAUSE_MARK says which in its look-behinds. Only the window is read.
        """
        text = self.text
        low = back = max(0, pos - width)
        while back and text[back - 1] in _BREAK_CHARS:
            back -= 1  # a run of line breaks that straddles the window is read whole
        end = low
        for m in P.CLAUSE_MARK.finditer(text, back, pos):
            end = m.end()
        return max(end, low)

    def line_cols(self, positions: list[int]) -> tuple[list[int], list[int]]:
        """1-based line and column of each position (positions in text order), in one pass."""
        text = self.text
        lines, cols = [], []
        line, prev = 1, 0
        for pos in positions:
            line += text.count("\n", prev, pos)
            prev = pos
            cols.append(pos - text.rfind("\n", 0, pos))
            lines.append(line)
        return lines, cols


_BREAK_CHARS = frozenset("\n \t\u3000\xa0")


class Row(NamedTuple):
    """One row of the claims table as a candidate is read (a tuple: rows are transposed into columns)."""

    start: int
    end: int
    kind: str
    value: float = float("nan")
    value_high: float = float("nan")
    unit: str = ""
    qualifier: str = ""
    hedge: str = ""
    per: str = ""
    noun: str = ""
    step: float = float("nan")


@lru_cache(maxsize=65536)
def _value(numeral: str, mag: str = "") -> tuple[Decimal, Decimal, Decimal]:
    n = parse(numeral)
    scale = Decimal(1)
    for ch in mag:
        scale *= MAGNITUDE[ch]
    return n.low * scale, n.high * scale, n.step * scale


def _strongest(first: tuple[str, str], second: tuple[str, str]) -> tuple[str, str]:
    """The stronger (qualifier, word) pair; the second wins ties (以上 over 约)."""
    if not second[0]:
        return first if first[0] else ("exact", "")
    if not first[0] or _STRENGTH[second[0]] >= _STRENGTH[first[0]]:
        return second
    return first


_GROUPS = ("pct", "pctnum", "sn", "sd", "n1", "numer", "pu", "pn2", "n2", "mid", "mag", "unit", "post", "perpost")


class Reading(NamedTuple):
    """What a claim match says on its own, before its context is looked at."""

    kind: str  # a quantity kind, or a non-quantity kind (ordinal, label, ...), or "" to drop
    low: float = 0.0
    high: float = 0.0
    step: float = 0.0
    unit: str = ""
    qualifier: str = ""  # from 多/余 and 以上/左右 inside the match
    hedge: str = ""  # the word that gave the qualifier
    per: str = ""  # from /年 after the unit
    chinese: bool = False  # written in Chinese numerals only
    bare: bool = False  # an Arabic whole number with no unit, magnitude or hedge
    plain: bool = False  # an Arabic number (whole or not) with no unit, magnitude or hedge
    unit_surface: str = ""


_DROP = Reading("")
_READINGS: dict[str, Reading] = {}
_claim_groups = itemgetter(*(P.SCAN.groupindex[name] - 1 for name in _GROUPS))


def _reading(groups: tuple) -> Reading:
    """Read a claim from its match groups alone (cached by the caller: the same figures recur)."""
    pct, pctnum, sn, sd, n1, numer, pu, pn2, n2, mid, mag, unit_text, post, perpost = groups
    unit_text = (unit_text or "").replace(" ", "")
    post = (post or "").strip()
    post_q = AFTER.get(post, "")
    per = _PERIODS.get(perpost[-1], "") if perpost else ""
    try:
        if pct:
            low, high, step = _value(pctnum)
            unit = "percent" if pct == "百分之" else "permille"
            return Reading("percent", float(low), float(high), float(step), unit, post_q, post, per)
        if sn:
            num, den = int(sn), int(sd)
            if num == 0:
                return Reading("label")
            if num >= den:
                return _DROP
            return Reading("ratio", num / den, num / den, 0.0, "", post_q, post, per)
        if numer:
            den_v, num_v = parse(n1).low, parse(numer).low
            if not den_v:
                return _DROP
            return Reading("ratio", float(num_v / den_v), float(num_v / den_v), 0.0, "", post_q, post, per)
        if pu:
            low, high, step = _value(n1)
            if pn2:
                high = _value(pn2)[1]
                if high <= low:
                    return _DROP
            return Reading("percent", float(low), float(high), float(step), unit_of(pu)[1], post_q, post, per)
        mag = (mag or "").replace(" ", "")
        if n2 and not _MAG_TAIL.search(n1):
            tail = _MAG_TAIL.search(n2)
            if tail:  # 1-3万元: the near end shares the far end's magnitude
                n1 = n1 + tail.group()
        low, high, step = _value(n1, mag)
        if n2:
            high = _value(n2, mag)[1]
            if high <= low:
                return _DROP
    except NotANumeral:
        return _DROP
    if abs(high) > _LARGEST or abs(low) > _LARGEST:
        return Reading("identifier")  # a digit string no amount reaches (and no float holds)
    chinese = not _HAS_ARABIC.search(n1)
    family, unit = unit_of(unit_text) if unit_text else ("", "")
    mid = (mid or "").strip()
    qualifier, hedge = _strongest((BETWEEN.get(mid, ""), mid), (post_q, post))
    core = n1.strip().translate(_FULL_WIDTH)
    if chinese and not low and not high:
        return _DROP  # 零部件, 零距离: 零 alone is not a figure
    if chinese and not unit_text and not P.NONZERO_DIGIT_IN.search(n1):
        return _DROP  # 千万, 十万火急, 亿万: a bare magnitude with no digit is a word
    if family == "place":
        family = "count"
    if family == "count" and chinese and not mid and not mag:
        if core in _ARTICLE:
            return _DROP  # 一个, 一批: the article, not a count
        if core in _ORDINAL_TWO:
            return Reading("ordinal")  # 二次, 二期
    if unit_text == "大":
        unit = ""
        if high > 10 and chinese:
            return Reading("ordinal")  # 十八大 (a party congress); 11大系统 in digits is a count
    bare = plain = False
    if not family:
        if chinese and not (mag or _MAG_TAIL.search(n1)):
            return _DROP  # a Chinese numeral stands alone only when it ends in a magnitude (十四亿)
        plain = not mag and not n2 and not mid
        if not mag and not n2 and not mid and _VERSION.fullmatch(core):
            return Reading("label")  # 工业4.0, 数字化改革3.0: a version, not an amount
        if not mag and not n2 and not mid and _DIGITS_ONLY.fullmatch(core):
            # long digit strings, leading zeros and the 123xx service hotlines (12345, 12315) name things
            if len(core) >= 7 or (len(core) > 1 and core[0] == "0") or (len(core) == 5 and core.startswith("123")):
                return Reading("identifier")
            if len(core) == 4 and 1900 <= int(core) <= 2100:
                return Reading("year")
            bare = True
        kind = "count" if (mag or "." not in n1 or _MAG_TAIL.search(n1)) else "number"
    elif unit == "percent_tenth":
        kind, low, high, step, unit = "percent", low * 10, high * 10, step * 10, "percent"
    else:
        kind = _KIND_OF_FAMILY[family]
        if family == "duration" and "半" in unit_text:  # 一年半, 两个半月
            low, high, step = low + Decimal("0.5"), high + Decimal("0.5"), Decimal("0.5")
        elif family == "duration" and ("多" in unit_text or "余" in unit_text):  # 5个多月
            qualifier, hedge = _strongest((qualifier, hedge), ("more_than", "多"))
    return Reading(kind, float(low), float(high), float(step), unit, qualifier, hedge, per, chinese, bare, plain, unit_text)


_KIND_OF_FAMILY = {"money": "money", "measure": "measure", "duration": "measure", "percent": "percent",
                   "ratio": "ratio", "count": "count"}
_DIGITS_ONLY = regex.compile(r"[0-9]+")
_CODE_DIGITS = regex.compile(r"[0-9０-９]{5,}")  # a postcode, a phone or hotline number
_LARGEST = Decimal(10) ** 18
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_VERSION = regex.compile(r"[1-9]\.0")  # 工业4.0, 数字化改革3.0; 30.0 is a value
_DURATIONS = frozenset({"year", "month", "day", "week"})
_BARE_YUAN = frozenset({"元", "圆"})
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_TENTHS = {d: float(i + 1) for i, d in enumerate("一二三四五六七八九")} | {"半": 5.0}  # 三成五, 一成半: after 成
# …unless the numeral starts a count of its own (三成五个…, 七成一类企业)
_NOT_AFTER_TENTH = regex.compile(r"[0-9零〇一二两兩三四五六七八九十百千万萬亿億个個家名人年月日天项項次所座台辆輛批类類级級星大]")


def _read_claim(doc: Doc, m: regex.Match) -> Row | None:
    """Classify one claim match in its context; None when it states no amount."""
    text = doc.text
    start, end = m.span()
    r = _READINGS.get(m.group())
    if r is None:
        # The matched text alone decides the groups (the grammar looks behind only inside a
        # figure), so readings are cached by it and the groups are only unpacked on a miss.
        if len(_READINGS) > 100_000:
            _READINGS.clear()
        r = _READINGS[m.group()] = _reading(_claim_groups(m.groups()))
    if not r.kind:
        return None
    if r.kind == "label" and _VERSION.fullmatch(text, start, end) and (
            text[end:end + 1] in (":", "：") or text[start - 1:start] in (":", "：")):
        v = float(text[start:end])  # 4.0:38.4:57.6 is a structure of shares, not 工业4.0
        r = Reading("number", v, v, 0.1, plain=True)
    if r.kind not in QUANTITY_KINDS:
        return Row(kind=r.kind, start=start, end=end)
    if r.chinese and r.low == 1 and end < len(text) and text[end] == text[end - 1]:
        return None  # 一天天, 一年年: "day after day", not one day
    low, high = r.low, r.high
    prefix = P.PREFIX.search(text, max(0, start - 9), start) if start and text[start - 1] in P.PREFIX_LAST_CHARS else None
    pre_q = pre_word = ""
    if prefix:
        which = prefix.lastgroup
        word = prefix.group(which).strip()
        if which == "vague" and not (word in ("数", "數") and text[start:start + 1] in _DIGITS):
            return None  # 数十个, 几百万: not an exact figure (but 人数126人, 天数318天 are)
        if which == "label":
            return Row(kind="label", start=start, end=end)
        if which == "ident" and _CODE_DIGITS.fullmatch(text, start, end):
            return Row(kind="identifier", start=start, end=end)  # 邮编：310000, but 热线3条, 电话3.2万 are counts
        if which == "ordinal" and not r.unit_surface.startswith("大"):
            if word in ("负", "負", "零下"):
                if r.unit_surface in ("层", "層"):
                    return Row(kind="ordinal", start=prefix.start(which), end=end)
                low, high = -high, -low
            elif word != "前" or not r.unit_surface or r.unit_surface in ("位", "强", "強"):
                return Row(kind="ordinal", start=prefix.start(which), end=end)
        if which == "q":
            if word == "上" and text[start : start + 1] not in "百千万萬":
                word = ""
            elif word in NOT_FOR_DURATIONS and r.kind == "measure" and r.unit in _DURATIONS:
                word = ""  # 近3年 is the last three years
            elif word in NOT_FOR_COUNTS and r.kind == "count":
                word = ""  # 高于25个省: the provinces are counted exactly
            pre_q, pre_word = BEFORE.get(word, ""), word
    if r.plain:
        at_line_start = P.LIST_MARKER_BEFORE.search(text, max(0, start - 8), start)
        if at_line_start and (P.PAGE_NUMBER_END.match(text, end) or text[end : end + 1] in " \t\u3000"):
            return None  # a page number (- 3 -) or a heading number (2.1 主要目标)
        if start and text[start - 1] in "[［【" and text[end : end + 1] in "]］】":
            return None  # a citation [1]
    if r.bare:
        after = text[end : end + 3]
        if P.ORDINAL_SUFFIX.match(after):
            return Row(kind="ordinal", start=start, end=end)
        if P.LABEL_SUFFIX.match(after):
            return Row(kind="label", start=start, end=end)
        if P.LIST_MARKER_AFTER.match(text, end) and (
            P.LIST_MARKER_BEFORE.search(text, max(0, start - 3), start) or r.high <= 30
        ):
            return None  # 1、 一级标题; (2) 列表
        if start and text[start - 1] in "(（" and text[end : end + 1] in ")）":
            return None
    if (r.unit_surface in P.BUILDING_UNITS or r.bare) and P.AFTER_HOUSE_NUMBER.search(text, max(0, start - 8), start):
        return Row(kind="identifier", start=start, end=end)  # 学院路77号3幢2单元301室: an address
    if r.chinese and r.unit_surface in P.STREET_UNITS and P.HOUSE_NUMBER_NEXT.match(text, end):
        return Row(kind="label", start=start, end=end)  # 文三路90号: a street's name
    if start >= 2 and text[start - 1] in _MINUS and text[start - 2] in "号號":
        return Row(kind="identifier", start=start - 1, end=end)  # 浙ICP备12345678号-1
    if start and text[start - 1] in _MINUS and r.kind != "ratio":
        if start < 2 or text[start - 2] not in P.LATIN_NEIGHBOURS:
            low, high = -high, -low
            start -= 1
    # Latin letters around a figure make it a label: 5G, G60, IPv6, 4A级, COVID-19.
    before = text[start - 1] if start else ""
    if before in P.LATIN_NEIGHBOURS or (before in "-_" and start >= 2 and text[start - 2] in P.LATIN_LETTERS):
        return Row(kind="label", start=start, end=end)
    surface = r.unit_surface
    latin_unit = surface[-1:].isascii() and surface[-1:].isalpha()
    if (not surface or latin_unit) and end < len(text) and text[end] in P.LATIN_NEIGHBOURS:
        if latin_unit or text[end].isalpha():
            return Row(kind="label", start=start, end=end)
    if latin_unit and text[start:end].replace(" ", "") in P.LATIN_LABELS:
        return Row(kind="label", start=start, end=end)
    # A figure alone in a short quote is a name: “5433”, “6个90%”, “四大建设”.
    if P.OPEN_QUOTE_NEAR.search(text, max(0, start - 12), start) and _in_short_quote(text, start, end):
        return Row(kind="label", start=start, end=end)
    kind, unit = r.kind, r.unit
    if kind == "money" and (unit == "LOCAL" or surface in _BARE_YUAN):
        named = P.CURRENCY_BEFORE.search(text, max(0, start - 8), start)
        unit = unit_of(named.group("cur"))[1] if named else (doc.currency if unit == "LOCAL" else unit)
    elif kind in ("count", "number") and not surface:
        sign = (P.CURRENCY_SIGN_BEFORE.search(text, max(0, start - 8), start)
                if start and text[start - 1] in P.CURRENCY_LAST_CHARS else None)
        if sign:  # NT$3,000, HK$50億, 澳門元500萬
            kind = "money"
            unit = P.CURRENCY_SIGNS[sign.group("sign")] if sign.group("sign") else unit_of(sign.group("cur"))[1]
        elif P.MAGNITUDE_IN.search(text, start, end) and P.MONEY_CUE.search(text, doc.clause_start(start, 20), start):
            kind, unit = "money", doc.currency  # 营收达100亿: a bare 亿 amount of money
        elif text.startswith("度", end) and not text.startswith(("度电", "度電"), end):
            clause = doc.clause_start(start, 20)
            if pre_word == "零下" or P.TEMPERATURE_CUE.search(text, clause, start):
                kind, unit, end = "measure", "degC", end + 1  # 零下3度, 最高气温38度
            elif P.ELECTRICITY_CUE.search(text, clause, start):
                kind, unit, end = "measure", "kWh", end + 1  # 用电量300亿度
    step = r.step
    if surface == "成" and low == high and text[end:end + 1] in _TENTHS and not _NOT_AFTER_TENTH.match(text, end + 1):
        # 三成五 is 35%: the numeral after 成 is the next tenth
        low = high = low + _TENTHS[text[end]]
        end, step = end + 1, 1.0
    per = r.per
    if not per:
        # the nearest rate cue before the figure counts when no clause ends between them
        window = max(0, start - 40)
        cue = P.PER_CUE.search(text, window, start) if P.PER_CUE_CHARS.search(text, window, start) else None
        if cue and not P.CLAUSE_MARK.search(text, cue.end(), start):
            per = cue.lastgroup.removesuffix("_bare")
    noun_m = P.NOUN.match(text, end, min(len(text), end + 14))
    qualifier, hedge = _strongest((pre_q, pre_word), (r.qualifier, r.hedge))
    return Row(
        start=start, end=end, value=low, value_high=high, unit=unit, kind=kind,
        qualifier=qualifier, hedge=hedge, per=per, noun=noun_m[noun_m.lastindex][:10] if noun_m else "",
        step=step,
    )


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """True when [start, end) lies inside a short quotation that no explanation follows."""
    for q in P.QUOTED.finditer(text, max(0, start - 12), min(len(text), end + 12), overlapped=True):
        if q.start("body") <= start and end <= q.end("body"):
            return not P.QUOTE_EXPLAINED.match(text, q.end())
    return False


_KINDS = {"ident": "identifier", "session": "ordinal", "date": "date", "year": "year", "quarter": "ordinal", "ordinal": "ordinal", "named": "label", "term": "label",
          "plus": "label", "latin": "label", "slogan": "label"}


def scan(doc: Doc, keep_nonclaims: bool = True) -> list[Row]:
    """All rows of one document, in text order."""
    rows: list[Row] = []
    tables = find_tables(doc.text)
    for m in P.SCAN.finditer(doc.text):
        kind = m.lastgroup
        if tables and (tables.at(m.start()) or tables.at(m.end() - 1)):
            continue  # table cells are read from their table below
        if kind == "claim":
            row = _read_claim(doc, m)
            if row is None:
                continue
        elif kind == "word" or not keep_nonclaims:
            continue
        else:
            row = Row(kind=_KINDS[kind], start=m.start(), end=m.end())
        if not keep_nonclaims and row.kind not in QUANTITY_KINDS:
            continue
        rows.append(row)
    if tables:
        for cell in tables.cells:
            rows.append(Row(start=cell.start, end=cell.end, qualifier="exact", per="", noun=cell.noun,
                            **Tables.reading(cell, doc.currency)))
        rows.sort(key=attrgetter("start"))
    return rows


def to_frame(doc: Doc, rows: list[Row]) -> pd.DataFrame:
    """Rows -> a DataFrame with the contract's columns; pandas infers str/int64/float64."""
    if not rows:
        return empty_frame()
    text = doc.text
    data = dict(zip(Row._fields, map(list, zip(*rows))))  # the rows' fields, transposed into columns
    starts = data["start"]
    data["line"], data["col"] = doc.line_cols(starts)
    data["doc"] = [doc.name] * len(rows)
    data["text"] = [text[s:e] for s, e in zip(starts, data["end"])]
    data["sentence"] = [doc.sentence(s) for s in starts]
    return typed_frame(data, CLAIM_COLUMNS)


def empty_frame() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in CLAIM_COLUMNS.items()})


def extract_text(text: str, name: str = "<text>", nonclaims: bool = True) -> pd.DataFrame:
    """The claims table of one text. ``nonclaims`` keeps dates, labels and ordinals as rows."""
    doc = Doc(name, text)
    return to_frame(doc, scan(doc, keep_nonclaims=nonclaims))
