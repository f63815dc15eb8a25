"""Text tables, as statistical communiqués print them: a cell takes its unit from its header.

A table is a run of lines whose cells are split by tabs or runs of two or more spaces and
that hold bare numbers. The unit of a numeric cell comes, in this order, from its column
header (`产量（万吨）`, `同比增长（±%）`), from its row label (`粮食（万吨）`), or from a
`单位：亿元` line above the table; the header's magnitude is applied to the value. The row
label (first cell) becomes the row's noun.

Only documents that have such lines pay for this: `find_tables` returns None at once for
running prose.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import regex

from numfacts import patterns as P
from numfacts.numerals import NotANumeral, parse
from numfacts.units import MAGNITUDE, unit_of

_GAP_NUMBER = r"(?:\t|  |\u3000)[\t \u3000\xa0]*[-−+]?[0-9０-９]"
# Two consecutive lines with a cell gap before a number: the cheap sign that a table is there.
_QUICK = re.compile(f"{_GAP_NUMBER}[^\\n]*\\n[^\\n]*{_GAP_NUMBER}")
_CELL = regex.compile(r"[^\t \u3000\xa0]+(?: [^\t \u3000\xa0]+)*")
_NUMERIC = regex.compile(r"(?P<sign>[-−－+]?)(?P<num>[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)(?P<pct>[%％‰]?)")
_UNIT_LINE = regex.compile(r"(?:计量)?单位[:：]\s*(?P<unit>[^\s，,；;）)]+)|單位[:：]\s*(?P<unit>[^\s，,；;）)]+)")
_BRACKETED = regex.compile(r"[（(](?P<unit>[^（）()]{1,12})[)）]|[/／](?P<unit>[^/／]{1,8})$")
_UNIT_TEXT = regex.compile(f"[±+\\-]?(?P<mag>{P.BIG}*{P.CN_SMALL}?{P.BIG}*)(?P<unit>{P.UNIT}|[%％‰])")
_UNIT_COLUMN = regex.compile(r"(?:计量)?单位|(?:計量)?單位")
_MAX_CELL = 30
# What a row label carries besides its name: 其中：夏粮, #第一产业, 1.粮食
_LABEL_NOISE = regex.compile(r"^(?:其中|内|其中：|#|＃|[0-9０-９]+[.．、]|[（(][一二三四五六七八九十0-9]+[)）])[:：]?[ \t\u3000]*")


@dataclass(frozen=True)
class Cell:
    """A numeric table cell with the unit its header gives it."""

    start: int
    end: int
    sign: int
    number: str
    percent: str  # a % written in the cell itself
    mag: str
    unit_surface: str
    noun: str


def header_unit(cell_text: str) -> tuple[str, str] | None:
    """('万', '吨') for 产量（万吨）, ('', '%') for 同比增长（±%） or 比上年增长%; None when no unit is stated.

    >>> header_unit("产量（万吨）")
    ('万', '吨')
    >>> header_unit("比上年增长(±%)")
    ('', '%')
    >>> header_unit("比上年增长%")
    ('', '%')
    """
    for m in _BRACKETED.finditer(cell_text):
        u = _UNIT_TEXT.match(m.group("unit").replace(" ", ""))
        if u:
            return u.group("mag"), u.group("unit")
    if cell_text.rstrip().endswith(("%", "％")):
        return "", "%"
    return None


@lru_cache(maxsize=4096)
def _header_unit_cached(cell_text: str) -> tuple[str, str] | None:
    """header_unit for column headers, which every row of a table asks about again."""
    return header_unit(cell_text)


def cell_unit(cell_text: str) -> tuple[str, str] | None:
    """The unit a cell of a 单位 column names: ('亿', '元') for 亿元, None for anything else."""
    u = _UNIT_TEXT.fullmatch(cell_text.replace(" ", ""))
    return (u.group("mag"), u.group("unit")) if u else None


def _unit_line(line: str) -> tuple[str, str] | None:
    m = _UNIT_LINE.search(line)
    if not m:
        return None
    u = _UNIT_TEXT.match(m.group("unit"))
    return (u.group("mag"), u.group("unit")) if u else None


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    """Cells of one line as (start, end, text), split on tabs and runs of 2+ spaces."""
    out = []
    for m in _CELL.finditer(line):
        out.append((offset + m.start(), offset + m.end(), m.group()))
    return out


_GAP = regex.compile(r"\S(?:[ \u3000\xa0]*\t[\t \u3000\xa0]*|[ \u3000\xa0]{2,})\S")
# Tables copied with single spaces: a label, perhaps a unit, then two or more numbers, and
# no sentence punctuation anywhere (粮食 万吨 650.0 -1.6).
_NUM_TOKEN = r"[-−+]?[0-9０-９][0-9０-９,，.．]*[%％]?"
_SPACED_ROW = regex.compile(
    f"[ \t\u3000]*(?P<label>[^\\s，。；：,;:!?！？0-9０-９][^，。；：,;:!?！？\\n]{{0,30}}?)"
    f"(?P<nums>(?:[ \u3000\xa0]+{_NUM_TOKEN}){{2,}})[ \t\u3000]*"
)
_SPACED_HEADER = regex.compile(r"[ \t\u3000]*[^\s，。；,;0-9０-９][^\s，。；,;]{0,14}(?:[ \u3000\xa0][^\s，。；,;]{1,15}){2,}[ \t\u3000]*")
_QUICK_SPACED = regex.compile(f"(?m)^[^\\n，。；,;]{{1,40}}(?:[ \u3000\xa0]+{_NUM_TOKEN}){{2,}}[ \t\u3000]*$")
_TOKEN = regex.compile(r"[^ \t\u3000\xa0]+")
# two numbers a space apart at the end of a line: the cheap sign of a single-space table
_SPACED_HINT = re.compile(r"[0-9０-９%％][ \u3000\xa0]+[-−+]?[0-9０-９][0-9０-９,.．]*[%％]?[ \t\u3000]*(?:\n|$)")


def _spaced_cells(line: str, offset: int) -> list[tuple[int, int, str]] | None:
    """Cells of a single-space table row: the label (with its unit split off) and each number."""
    m = _SPACED_ROW.fullmatch(line)
    if not m:
        return None
    label_start, label_end = m.span("label")
    label_end = label_start + len(line[label_start:label_end].rstrip())
    cells = []
    tokens = list(_TOKEN.finditer(line, label_start, label_end))
    if len(tokens) > 1 and cell_unit(tokens[-1].group()):  # 地区生产总值 亿元 4000.5 5.2
        cells.append((offset + label_start, offset + tokens[-2].end(), line[label_start:tokens[-2].end()]))
        cells.append((offset + tokens[-1].start(), offset + tokens[-1].end(), tokens[-1].group()))
    else:
        cells.append((offset + label_start, offset + label_end, line[label_start:label_end]))
    for t in _TOKEN.finditer(line, m.start("nums"), m.end("nums")):
        cells.append((offset + t.start(), offset + t.end(), t.group()))
    return cells


def _split(line: str) -> bool:
    return bool(_GAP.search(line.strip()))


class Tables:
    """The numeric cells of a document's tables, looked up by offset."""

    def __init__(self, cells: list[Cell]):
        self.cells = sorted(cells, key=lambda c: c.start)
        self.starts = [c.start for c in self.cells]

    def __len__(self) -> int:
        return len(self.cells)

    def at(self, pos: int) -> Cell | None:
        """The numeric cell containing offset ``pos``, if any."""
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.cells[i].start <= pos < self.cells[i].end:
            return self.cells[i]
        return None

    @staticmethod
    def reading(cell: Cell, currency: str) -> dict:
        """The row fields of a cell: value, unit, kind, as the contract wants them."""
        n = parse(cell.number)
        scale = Decimal(1)
        for ch in cell.mag:
            scale *= MAGNITUDE[ch]
        value = n.low * scale * cell.sign
        step = n.step * scale
        surface = cell.percent or cell.unit_surface
        if not surface:
            kind, unit = ("count", "") if "." not in cell.number else ("number", "")
        else:
            family, unit = unit_of(surface)
            kind = {"money": "money", "measure": "measure", "duration": "measure", "percent": "percent",
                    "ratio": "ratio", "count": "count", "place": "count"}[family]
            if family == "place":
                unit = ""
            elif unit == "LOCAL":
                unit = currency
            elif unit == "percent_tenth":
                unit, value, step = "percent", value * 10, step * 10
        return dict(value=float(value), value_high=float(value), unit=unit, kind=kind, step=float(step))


def find_tables(text: str) -> Tables | None:
    """All numeric cells of the text's tables, or None when the text has no table."""
    spaced = bool(_SPACED_HINT.search(text)) and bool(_QUICK_SPACED.search(text))
    if not spaced and not _QUICK.search(text):
        return None
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    cells: list[Cell] = []
    header: list[tuple[int, int, str]] | None = None
    default_unit: tuple[str, str] | None = None
    in_table = False
    for offset, line in lines:
        unit_line = _unit_line(line)
        if unit_line:
            default_unit = unit_line
        if not line.strip():
            if in_table:  # a blank line ends a table, its header and its 单位 line
                header, default_unit, in_table = None, None, False
            continue
        row = _cells(line, offset) if _split(line) else (spaced and _spaced_cells(line, offset)) or []
        numeric = [c for c in row[1:] if _NUMERIC.fullmatch(c[2])] if row else []
        if row and all(len(c[2]) <= _MAX_CELL for c in row) and numeric:
            in_table = True
            _read_row(row, header, default_unit, cells)
        elif row and all(len(c[2]) <= _MAX_CELL for c in row):
            header = row  # a line of cells and no numbers: the column headers of what follows
            in_table = False
        elif spaced and not in_table and _SPACED_HEADER.fullmatch(line):
            header = [(offset + t.start(), offset + t.end(), t.group()) for t in _TOKEN.finditer(line)]
        elif in_table:
            header, in_table = None, False
            if not unit_line:
                default_unit = None
    return Tables(cells) if cells else None


def _read_row(row, header, default_unit, cells: list[Cell]) -> None:
    label = row[0][2]
    row_unit = header_unit(label)
    col_units: list[tuple[str, str] | None] = []
    if header:
        shift = len(row) - len(header)
        for i in range(len(row)):
            j = i - shift if shift > 0 else i
            head = header[j][2] if 0 <= j < len(header) else ""
            col_units.append(_header_unit_cached(head) if head else None)
            if head and _UNIT_COLUMN.fullmatch(head) and i < len(row):
                row_unit = cell_unit(row[i][2]) or row_unit  # a 单位 column names the row's unit
    noun = _LABEL_NOISE.sub("", regex.sub(r"[（(].*?[)）]", "", label)).strip()
    seen = False
    for i, (start, end, cell_text) in enumerate(row[1:], start=1):
        m = _NUMERIC.fullmatch(cell_text)
        if not m:
            continue
        col_unit = col_units[i] if i < len(col_units) else None
        # with no header, a row label's unit is known to hold for its first figure only
        own_row_unit = row_unit if (header or not seen) else None
        unit = col_unit or own_row_unit or default_unit or ("", "")
        seen = True
        sign = -1 if m.group("sign") in ("-", "−", "－") else 1
        try:
            parse(m.group("num"))
        except NotANumeral:
            continue
        cells.append(Cell(start=start, end=end, sign=sign, number=m.group("num"), percent=m.group("pct"),
                          mag=unit[0], unit_surface=unit[1], noun=noun))
