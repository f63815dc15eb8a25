"""Numerals -> exact values.

The grammar (patterns.py) finds where a numeral is; this module says what it is worth.
Values are Decimals, so 191.42亿 is exactly 19142000000 and never 19141999999.999996.

One evaluator serves every written form, because real text mixes them: Arabic and
full-width digits with thousands separators (1,100万, ５．４９), Chinese numerals with 零/〇/
两/兩 and formal 壹贰叁, mixed forms (1.68万, 3万4000, 25万6千, 一万五千亿, 三十万亿), the
colloquial tail (三千五 = 3500) and adjacent-digit ranges (两三 = 2 to 3). cn2an handles
the plain Chinese forms too, but not 两, 〇, formal digits, mixed or colloquial forms, and it
works in floats; the test suite uses it as an oracle for the forms it does handle.
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

import regex

from numfacts.lexicon import load

_DATA = load("numerals")
DIGITS: dict[str, int] = _DATA["digits"]
SMALL_UNITS: dict[str, int] = _DATA["small_units"]
BIG_UNITS: dict[str, int] = _DATA["big_units"]
HALF: dict[str, float] = _DATA["half"]

# Full-width digits and separators fold to ASCII; spaces (PDF text) and thousands commas go.
_FOLD = str.maketrans("０１２３４５６７８９．", "0123456789.", " \u3000\xa0\t,，")
_TOKEN = regex.compile(r"[0-9]+(?:\.[0-9]+)?|.", regex.S)
_POINT = regex.compile(
    "^(?P<whole>.+?)[点點](?P<frac>[" + "".join(DIGITS) + "]+)(?P<rest>.*)$", regex.S
)


class Numeral(NamedTuple):
    """A numeral's value: ``low`` and ``high`` differ only for 两三-style ranges.

    ``step`` is the place value of the last written digit (20万 -> 10000, 5.49 -> 0.01),
    the width of the rounding interval a reader allows the figure.
    """

    low: Decimal
    high: Decimal
    step: Decimal


class NotANumeral(ValueError):
    """Raised for strings that contain numeral characters but state no single amount (一一六)."""


def _places(arabic: str) -> Decimal:
    """Place value of the last digit of an Arabic numeral: '5.49' -> 0.01, '5280' -> 1."""
    if "." in arabic:
        return Decimal(1).scaleb(-len(arabic.split(".", 1)[1]))
    return Decimal(1)


def _evaluate(tokens: list[str]) -> tuple[Decimal, Decimal]:
    """Evaluate a token list with no adjacent-digit range; return (value, step)."""
    total = Decimal(0)  # completed parts, each scaled by its big unit (兆, 亿, 万)
    section = Decimal(0)  # the part below the next big unit
    last_big: int | None = None  # the big unit applied last
    number: Decimal | None = None  # digit waiting for its unit
    number_step = Decimal(1)
    last_unit: int | None = None  # unit right before a trailing bare digit (三千五)
    prev_kind = ""
    step = Decimal(1)
    for tok in tokens:
        if tok[0].isdigit():
            if prev_kind in ("arabic", "digit"):
                raise NotANumeral("".join(tokens))
            number, number_step, prev_kind = Decimal(tok), _places(tok), "arabic"
            continue
        if tok in DIGITS:
            if DIGITS[tok] == 0:
                last_unit, prev_kind = None, "zero"
                continue
            if prev_kind in ("arabic", "digit"):
                raise NotANumeral("".join(tokens))
            number, number_step, prev_kind = Decimal(DIGITS[tok]), Decimal(1), "digit"
            continue
        if tok in SMALL_UNITS:
            unit = SMALL_UNITS[tok]
            base = number if number is not None else Decimal(1)
            section += base * unit
            step = number_step * unit
            number, number_step, last_unit, prev_kind = None, Decimal(1), unit, "unit"
            continue
        if tok in BIG_UNITS:
            unit = BIG_UNITS[tok]
            if number is None and section == 0 and total == 0:
                if prev_kind:
                    raise NotANumeral("".join(tokens))
                number = Decimal(1)  # 上万, 近万: the magnitude alone is one of it
            if number is not None:
                step = number_step
            part = section + (number or 0)
            if last_big is not None and unit > last_big:
                total = (total + part) * unit  # 一万五千亿: the 万 part is scaled again
            else:
                total += part * unit  # 一亿二千万, 2兆8,800億: big units in falling order add up
            section, last_big = Decimal(0), unit
            step = step * unit
            number, number_step, last_unit, prev_kind = None, Decimal(1), unit, "unit"
            continue
        raise NotANumeral("".join(tokens))
    if number is not None:
        if prev_kind == "digit" and last_unit is not None:
            # 三千五 is 3500 and 一万五 is 15000: a bare digit after a unit is one place lower.
            number *= Decimal(last_unit) / 10
            step = Decimal(last_unit) / 10
        else:
            step = number_step
        section += number
    return total + section, step


def whole_number(text: str | None) -> int | None:
    """The whole number a numeral writes (spaces aside), or None: 三 -> 3, 1 0 -> 10, 两三 -> None.

    >>> whole_number("十二"), whole_number(" 8 "), whole_number("两三"), whole_number("半")
    (12, 8, None, None)
    """
    if not text:
        return None
    try:
        n = parse(text.replace(" ", ""))
    except (NotANumeral, ValueError, KeyError):
        return None
    return int(n.low) if n.low == n.high and n.low == n.low.to_integral_value() else None


@lru_cache(maxsize=65536)
def parse(text: str) -> Numeral:
    """Evaluate a numeral as written, e.g. ``parse("1.68万").low == Decimal("16800")``.

    >>> parse("一万五千亿").low
    Decimal('1500000000000')
    >>> parse("两三").low, parse("两三").high
    (Decimal('2'), Decimal('3'))
    >>> parse("5.49").step
    Decimal('0.01')
    """
    folded = text.translate(_FOLD)
    if folded in HALF:
        half = Decimal(str(HALF[folded]))
        return Numeral(half, half, half)
    point = _POINT.search(folded)
    if point:
        # 三点五亿, 十二点五: a Chinese decimal becomes the Arabic one it spells.
        whole = parse(point.group("whole"))
        digits = "".join(str(DIGITS[ch]) for ch in point.group("frac"))
        if whole.low != whole.high or whole.low != whole.low.to_integral_value():
            raise NotANumeral(text)
        return parse(f"{whole.low}.{digits}{point.group('rest')}")
    tokens = _TOKEN.findall(folded)
    if not tokens:
        raise NotANumeral(text)
    # 两三, 七八, 十七八: two adjacent non-zero Chinese digits in rising order are a range.
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if a in DIGITS and b in DIGITS and DIGITS[a] and DIGITS[b]:
            if DIGITS[a] >= DIGITS[b]:
                raise NotANumeral(text)
            low, step = _evaluate(tokens[:i] + [a] + tokens[i + 2 :])
            high, _ = _evaluate(tokens[:i] + [b] + tokens[i + 2 :])
            return Numeral(low, high, step)
    value, step = _evaluate(tokens)
    return Numeral(value, value, step)
