"""Runs the case files in tests/cases: extraction cases and non-claims."""
from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

import numfacts
from numfacts.columns import QUANTITY_KINDS

CASES = Path(__file__).parent / "cases"


def _load(name):
    data = yaml.safe_load((CASES / name).read_text(encoding="utf-8"))
    for group, cases in data.items():
        for i, case in enumerate(cases):
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
            yield pytest.param(case, id=f"{group}-{i}-{case['text'][:12]}", marks=marks)


def _same(got, want) -> bool:
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        return isinstance(got, float) and math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-9)
    return str(got) == str(want)


@pytest.mark.parametrize("case", list(_load("extract.yml")))
def test_extract_case(case):
    frame = numfacts.extract(case["text"])
    rows = frame.to_dict("records")
    assert len(rows) == len(case["rows"]), [r["text"] for r in rows]
    for got, want in zip(rows, case["rows"]):
        for field, value in want.items():
            assert _same(got[field], value), (field, got)
        # value_high defaults to value when no range is stated
        if "value_high" not in want and "value" in want:
            assert _same(got["value_high"], want["value"])
        assert case["text"][got["start"] : got["end"]] == got["text"]


@pytest.mark.parametrize("case", list(_load("nonclaims.yml")))
def test_nonclaim_case(case):
    frame = numfacts.extract(case["text"], nonclaims=True)
    quantities = frame[frame["kind"].isin(QUANTITY_KINDS)]
    assert quantities.empty, quantities[["text", "value", "unit", "kind"]].to_dict("records")
    if "kinds" in case:
        assert sorted(frame["kind"]) == sorted(case["kinds"]), frame[["text", "kind"]].to_dict("records")
