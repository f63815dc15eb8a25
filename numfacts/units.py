"""Unit surfaces -> (family, canonical unit), and the pint registry that knows 亩 and 斤.

pint stays off the hot path: the canonical unit strings come from units.toml, and pint is
only asked (once, in tests and in `registry()`) whether each one parses with the right
dimension, and by the consistency rules to convert between units.
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from importlib import resources

from numfacts.lexicon import load
from numfacts.numerals import BIG_UNITS, SMALL_UNITS

_UNITS = load("units")
_FAMILIES = {
    "currency": "money",
    "measure": "measure",
    "duration": "duration",
    "percent": "percent",
    "ratio": "ratio",
    "classifier": "count",
    "place_classifier": "place",
}
# 3城, 两市, 三地: the words that count places, as written and as the claims table writes them
PLACE_WORDS = frozenset(_UNITS["place_classifier"])
PLACE_UNITS = frozenset(_UNITS["place_classifier"].values())
# year, month, week, day, hour …: the units a span of time is measured in
DURATION_UNITS = frozenset(_UNITS["duration"].values())
UNIT_TABLE: dict[str, tuple[str, str]] = {}
for _table, _family in _FAMILIES.items():
    for _surface, _canonical in _UNITS[_table].items():
        UNIT_TABLE.setdefault(_surface, (_family, _canonical))

MAGNITUDE: dict[str, Decimal] = {k: Decimal(v) for k, v in {**SMALL_UNITS, **BIG_UNITS}.items()}


def unit_of(surface: str) -> tuple[str, str]:
    """('money', 'LOCAL') for 元, ('measure', 'km**2') for 平方公里, ('count', '') for 大."""
    surface = surface.replace(" ", "")
    if surface in UNIT_TABLE:
        return UNIT_TABLE[surface]
    if surface.startswith("大"):
        return "count", ""
    raise KeyError(surface)


def canonical_unit(measure_word: str) -> str:
    """The unit the claims table writes for a measure word (个 for 個); an unknown word as it is.

    >>> canonical_unit("個"), canonical_unit("名"), canonical_unit("社区")
    ('个', '名', '社区')
    """
    try:
        return unit_of(measure_word)[1]
    except KeyError:
        return measure_word


@cache
def registry():
    """A pint UnitRegistry with the units pint lacks (mu, jin) from pint_units.txt."""
    import pint

    reg = pint.UnitRegistry()
    with resources.files("numfacts.data").joinpath("pint_units.txt").open(encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                reg.define(line)
    return reg
