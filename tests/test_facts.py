"""The facts layer on its case file (tests/cases/facts.yml): what each figure states."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import numfacts
from numfacts.checking import Context
from numfacts.facts import simplified

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "facts.yml").read_text(encoding="utf-8"))["cases"]
PARAMS = [pytest.param(case["text"], expected, id=f"{i}:{expected['at']}")
          for i, case in enumerate(CASES) for expected in case["facts"]]


def _facts(text):
    ctx = Context("t", text, numfacts.extract(text, name="t", nonclaims=True))
    return ctx.facts


def _text(fact):
    return fact.claim.text if fact is not None else None


@pytest.mark.parametrize("text, expected", PARAMS)
def test_fact(text, expected):
    facts = _facts(text)
    found = [f for f in facts if f.claim.text == expected["at"]]
    assert found, [f.claim.text for f in facts]
    fact = found[expected.get("nth", 1) - 1]
    for key, want in expected.items():
        if key in ("at", "nth"):
            continue
        if key in ("of", "base_level", "parent"):
            got = _text(getattr(fact, key))
        elif key == "parts":
            got = [p.claim.text for p in fact.parts]
        else:
            got = getattr(fact, key)
        assert got == want, (key, got, want)


def test_simplified_view_keeps_offsets():
    text = "較上年增長12.5%，佔全港億元"
    view = simplified(text)
    assert view == "较上年增长12.5%，占全港亿元" and len(view) == len(text)
