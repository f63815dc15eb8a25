"""Text -> claims table: one row per stated figure (spec/claims.md).

One pass of `patterns.SCAN` over the document finds every candidate; each candidate is
then classified with a few look-ups in small windows around it (a 第 before it, a quote
around it, a rate cue earlier in its clause). Offsets always index the text as decoded.
"""
from __future__ import annotations

from bisect import bisect_right
from decimal import Decimal
from functools import lru_cache

import pandas as pd
import regex

from numfacts import patterns as P
from numfacts.columns import CLAIM_COLUMNS, QUANTITY_KINDS
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
_MAG_TAIL = regex.compile(f"(?:{P.MAGS})+$")
_HAS_ARABIC = regex.compile(r"[0-9０-９]")
_ARTICLE = frozenset(k for k, v in DIGITS.items() if v == 1)
_ORDINAL_TWO = frozenset(k for k, v in DIGITS.items() if v == 2 and k not in "两兩")
_MINUS = frozenset("-−－")
_STRENGTH = {"exact": 0, "approx": 1, "more_than": 2, "less_than": 2, "at_least": 3, "at_most": 3}


class Doc:
    """A document's text with the boundaries that rows need, computed once."""

    def __init__(self, name: str, text: str):
        self.name = name
        self.text = text
        self.sentence_ends = [m.end() for m in P.SENTENCE_END.finditer(text)]
        self.clause_ends = [m.end() for m in P.CLAUSE_END.finditer(text)]
        self.line_starts = [0] + [m.end() for m in regex.finditer(r"\n", text)]
        self._currency: str | None = None

    @property
    def currency(self) -> str:
        if self._currency is None:
            self._currency = local_currency(self.text)
        return self._currency

    def sentence(self, pos: int) -> str:
        i = bisect_right(self.sentence_ends, pos)
        start = self.sentence_ends[i - 1] if i else 0
        end = self.sentence_ends[i] if i < len(self.sentence_ends) else len(self.text)
        return self.text[start:end].strip()

    def clause_start(self, pos: int) -> int:
        i = bisect_right(self.clause_ends, pos)
        return self.clause_ends[i - 1] if i else 0

    def line_col(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.line_starts, pos)
        return i, pos - self.line_starts[i - 1] + 1


class Row(dict):
    """One row of the claims table, built up as a candidate is read."""


@lru_cache(maxsize=65536)
def _value(numeral: str, mag: str = "") -> tuple[Decimal, Decimal, Decimal]:
    n = parse(numeral)
    scale = Decimal(1)
    for ch in mag:
        scale *= MAGNITUDE[ch]
    return n.low * scale, n.high * scale, n.step * scale


def _strongest(*quals: str) -> str:
    best = "exact"
    for q in quals:
        if q and _STRENGTH[q] >= _STRENGTH[best]:
            best = q
    return best


def _read_claim(doc: Doc, m: regex.Match) -> Row | None:
    """Classify one claim match; None when it states no amount."""
    text = doc.text
    g = m.groupdict()
    start, end = m.start(), m.end()
    before = P.ORDINAL_BEFORE.search(text, max(0, start - 5), start)
    if P.VAGUE_BEFORE.search(text, max(0, start - 3), start):
        return None
    if not before and P.LABEL_BEFORE.search(text, max(0, start - 4), start):
        return Row(kind="label", start=start, end=end)
    unit_text = (g["unit"] or "").replace(" ", "")
    family, unit = unit_of(unit_text) if unit_text else ("", "")
    kind = ""
    mid_q = ""
    step = Decimal(0)
    if g["pct"]:
        low, high, step = _value(g["pctnum"])
        kind, unit = "percent", ("percent" if g["pct"] == "百分之" else "permille")
        family = "percent"
    elif g["numer"]:
        try:
            den, numer = parse(g["n1"]).low, parse(g["numer"]).low
        except NotANumeral:
            return None
        if not den:
            return None
        low = high = numer / den
        kind, unit, family = "ratio", "", "ratio"
    elif g["sn"]:
        num, den = int(g["sn"]), int(g["sd"])
        if num == 0 or den == 0 or num >= den:
            return Row(kind="label", start=start, end=end) if num == 0 else None
        low = high = Decimal(num) / Decimal(den)
        kind, unit, family = "ratio", "", "ratio"
    elif g["pu"]:
        try:
            low, high, step = _value(g["n1"])
            if g["pn2"]:
                high = _value(g["pn2"])[1]
        except NotANumeral:
            return None
        if g["pn2"] and high <= low:
            return None
        family, unit = unit_of(g["pu"])
        kind = "percent"
        if before:
            return Row(kind="ordinal", start=before.start(), end=end)
    else:
        n1, n2, mag = g["n1"], g["n2"], (g["mag"] or "").replace(" ", "")
        if n2 and not _MAG_TAIL.search(n1):
            tail = _MAG_TAIL.search(n2)
            if tail:  # 1-3万元: the near end shares the far end's magnitude
                n1 = n1 + tail.group()
        try:
            low, high, step = _value(n1, mag)
            if n2:
                high = _value(n2, mag)[1]
        except NotANumeral:
            return None
        if n2 and high <= low:
            return None
        mid_q = BETWEEN.get((g["mid"] or "").strip(), "")
        arabic = bool(_HAS_ARABIC.search(n1))
        if before and not unit_text.startswith("大"):
            word = before.group().strip()
            if word in ("负", "負") and unit_text not in ("层", "層"):
                low, high = -high, -low
            elif word != "前" or not unit_text or unit_text in ("位", "强", "強"):
                return Row(kind="ordinal", start=before.start(), end=end)
        if not low and not high and not arabic:
            return None  # 零部件, 零距离: 零 alone is not a figure
        if not arabic and not family:
            return None  # a Chinese numeral states an amount only with a unit
        if family == "place" and arabic:
            family, unit = "count", ""
        elif family == "place":
            family = "count"
        if family == "count" and not arabic:
            core = n1.strip()
            if core in _ARTICLE and not g["mid"] and not mag:
                return None  # 一个, 一批: the article, not a count
            if core in _ORDINAL_TWO:
                return Row(kind="ordinal", start=start, end=end)  # 二次, 二期
        if unit_text.startswith("大"):
            unit = ""
            if high > 10:
                return Row(kind="ordinal", start=start, end=end)  # 十八大
        if not family:
            after = text[end : end + 3]
            if P.ORDINAL_SUFFIX.match(after):
                return Row(kind="ordinal", start=start, end=end)
            if P.LABEL_SUFFIX.match(after):
                return Row(kind="label", start=start, end=end)
            bare = n1.strip()
            if not mag and not n2 and not g["mid"] and regex.fullmatch(r"[0-9]+", bare):
                if len(bare) >= 7 or (len(bare) > 1 and bare[0] == "0"):
                    return Row(kind="identifier", start=start, end=end)
                if len(bare) == 4 and 1900 <= int(bare) <= 2100:
                    return Row(kind="year", start=start, end=end)
                if P.LIST_MARKER_AFTER.match(text, end) and (
                    P.LIST_MARKER_BEFORE.search(text, max(0, start - 3), start) or int(bare) <= 30
                ):
                    return None
                if start and text[start - 1] in "(（" and text[end : end + 1] in ")）":
                    return None
            kind = "count" if (mag or "." not in n1) else "number"
        if family == "percent" and unit == "percent_tenth":
            low, high, step, unit = low * 10, high * 10, step * 10, "percent"
        if start and text[start - 1] in _MINUS and (start < 2 or not P.LATIN_NEIGHBOUR.match(text[start - 2])):
            low, high = -high, -low
            start -= 1
    # Latin letters around a figure make it a label: 5G, G60, IPv6, 4A级.
    if start and P.LATIN_NEIGHBOUR.match(text[start - 1]) and not g["pct"]:
        return Row(kind="label", start=start, end=end)
    latin_unit = unit_text[-1:].isascii() and unit_text[-1:].isalpha()
    if (not unit_text or latin_unit) and P.LATIN_NEIGHBOUR.match(text, end):
        if latin_unit or text[end].isalpha():
            return Row(kind="label", start=start, end=end)
    if latin_unit and text[start:end].replace(" ", "") in P.LATIN_LABELS:
        return Row(kind="label", start=start, end=end)
    # A figure alone in a short quote is a name: “5433”, “6个90%”, “四大建设”.
    if _in_short_quote(text, start, end):
        return Row(kind="label", start=start, end=end)
    if family == "duration":
        family = "measure"
    if not kind:
        kind = {"money": "money", "measure": "measure", "percent": "percent", "ratio": "ratio", "count": "count"}[family]
    if kind == "money" and unit == "LOCAL":
        unit = doc.currency
    if kind == "count" and mag and not unit_text:
        unit = ""
    if (kind in ("count", "number")) and mag and not unit_text:
        cs = doc.clause_start(start)
        if P.MONEY_CUE.search(text, max(cs, start - 20), start):
            kind, unit = "money", doc.currency

    # Qualifier: the nearest hedge wins in strength order (以上 over 多 over 约).
    pre = P.BEFORE_QUALIFIER.search(text, max(0, start - 4), start)
    pre_q = ""
    if pre:
        word = pre.group("q")
        if word == "上" and not regex.match(r"[百千万萬]", text[start : start + 1]):
            word = ""
        if word in NOT_FOR_DURATIONS and kind == "measure" and unit in ("year", "month", "day", "week"):
            word = ""
        pre_q = BEFORE.get(word, "")
    post_q = AFTER.get((g["post"] or "").strip(), "")
    qualifier = _strongest(pre_q, mid_q, post_q)

    # Rate: a cue after the unit (/年) or earlier in the clause (每月, 日均, 年演出).
    per = ""
    if g["perpost"]:
        per = _period(g["perpost"][-1])
    else:
        cs = doc.clause_start(start)
        cue = P.PER_CUE.search(text, max(cs, start - 40), start)
        if cue:
            per = cue.lastgroup.removesuffix("_bare")

    noun_m = P.NOUN.match(text, end, min(len(text), end + 14))
    noun = noun_m.group(1)[:10] if noun_m else ""
    return Row(
        start=start, end=end, value=float(low), value_high=float(high), unit=unit, kind=kind,
        qualifier=qualifier, per=per, noun=noun, step=float(step),
    )


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """True when [start, end) lies inside a short quotation that no explanation follows."""
    for q in P.QUOTED.finditer(text, max(0, start - 12), min(len(text), end + 12), overlapped=True):
        if q.start("body") <= start and end <= q.end("body"):
            return not P.QUOTE_EXPLAINED.match(text, q.end())
    return False


_PERIODS = {"年": "year", "天": "day", "日": "day", "月": "month", "周": "week", "小": "hour"}


def _period(ch: str) -> str:
    return _PERIODS.get(ch, "")


_KINDS = {"ident": "identifier", "date": "date", "year": "year", "quarter": "ordinal",
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
        elif kind == "word":
            continue
        else:
            row = Row(kind=_KINDS[kind], start=m.start(), end=m.end())
        if not keep_nonclaims and row["kind"] not in QUANTITY_KINDS:
            continue
        rows.append(row)
    if tables:
        for cell in tables.cells:
            rows.append(Row(start=cell.start, end=cell.end, qualifier="exact", per="", noun=cell.noun,
                            **Tables.reading(cell, doc.currency)))
        rows.sort(key=lambda r: r["start"])
    return rows


def to_frame(doc: Doc, rows: list[Row]) -> pd.DataFrame:
    """Rows -> a DataFrame with the contract's columns; pandas infers str/int64/float64."""
    text = doc.text
    nan = float("nan")
    starts = [r["start"] for r in rows]
    ends = [r["end"] for r in rows]
    lines, cols_ = zip(*(doc.line_col(s) for s in starts)) if rows else ((), ())
    data = {
        "doc": [doc.name] * len(rows),
        "start": starts,
        "end": ends,
        "text": [text[s:e] for s, e in zip(starts, ends)],
        "value": [r.get("value", nan) for r in rows],
        "value_high": [r.get("value_high", nan) for r in rows],
        "unit": [r.get("unit", "") for r in rows],
        "kind": [r["kind"] for r in rows],
        "qualifier": [r.get("qualifier", "") for r in rows],
        "per": [r.get("per", "") for r in rows],
        "noun": [r.get("noun", "") for r in rows],
        "sentence": [doc.sentence(s) for s in starts],
        "step": [r.get("step", nan) for r in rows],
        "line": list(lines),
        "col": list(cols_),
    }
    if not rows:
        return empty_frame()
    return pd.DataFrame(data)


def empty_frame() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in CLAIM_COLUMNS.items()})


def extract_text(text: str, name: str = "<text>", nonclaims: bool = True) -> pd.DataFrame:
    """The claims table of one text. ``nonclaims`` keeps dates, labels and ordinals as rows."""
    doc = Doc(name, text)
    return to_frame(doc, scan(doc, keep_nonclaims=nonclaims))
