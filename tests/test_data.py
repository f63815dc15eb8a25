"""The data files: every canonical unit parses in pint with the dimension of its table."""
from __future__ import annotations

import pytest

from numfacts.lexicon import load
from numfacts.units import UNIT_TABLE, registry

BASE_UNITS = {
    "meter": "length", "meter ** 2": "area", "meter ** 3": "volume", "kilogram": "mass", "kelvin": "temperature",
    "bit": "information", "kilogram / meter ** 3": "density", "meter / second": "speed", "kilogram * meter ** 2 / second ** 3": "power", "kilogram * meter ** 2 / second ** 2": "energy",
    "FLOPS": "computing",
}
KNOWN = {"km**2": "area", "m**2": "area", "m**3": "volume", "km": "length", "m": "length", "t": "mass",
         "mu": "area", "jin": "mass", "kWh": "energy", "kW": "power", "GB": "information", "hectare": "area"}


def test_measures_parse_in_pint_with_a_known_dimension():
    reg = registry()
    for surface, unit in load("units")["measure"].items():
        base = str(reg.Quantity(1, unit).to_base_units().units)
        assert base in BASE_UNITS, (surface, unit, base)
        if unit in KNOWN:
            assert BASE_UNITS[base] == KNOWN[unit], (surface, unit)


def test_durations_are_times():
    reg = registry()
    for surface, unit in load("units")["duration"].items():
        assert reg.Quantity(1, unit).dimensionality == reg.Quantity(1, "second").dimensionality, surface


@pytest.mark.parametrize("unit, base", [("mu", 666.6666667), ("jin", 0.5)])
def test_project_units(unit, base):
    q = registry().Quantity(1, unit).to_base_units()
    assert q.magnitude == pytest.approx(base)


def test_currencies_are_iso_codes():
    for surface, code in load("units")["currency"].items():
        assert code == "LOCAL" or (len(code) == 3 and code.isupper()), surface


def test_no_surface_is_claimed_by_two_tables():
    seen = {}
    data = load("units")
    for table in ("currency", "measure", "duration", "percent", "ratio", "classifier", "place_classifier"):
        for surface in data[table]:
            assert surface not in seen, (surface, seen.get(surface), table)
            seen[surface] = table
    assert set(seen) == set(UNIT_TABLE)
