"""Real errors of published sources, found on the development corpus, stay found.

The corpus is not part of the repository; the test skips when ../shared/corpus is absent.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import numfacts

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
ERRORS = yaml.safe_load((Path(__file__).parent / "cases" / "source_errors.yml").read_text(encoding="utf-8"))["errors"]


@pytest.mark.parametrize("error", ERRORS, ids=[e["doc"] for e in ERRORS])
def test_source_error_is_still_found(error):
    paths = list(CORPUS.rglob(error["doc"])) if CORPUS.is_dir() else []
    if not paths:
        pytest.skip(f"{error['doc']} not available (../shared/corpus absent)")
    text = paths[0].read_text(encoding="utf-8")
    places = [m.start() for m in re.finditer(re.escape(error["at"]), text)]  # the figure may recur
    findings = numfacts.check(numfacts.extract(text, name="d", nonclaims=True), {"d": text})
    hits = findings[(findings["rule"] == error["rule"]) & (findings["verdict"] == "contradiction")]
    assert any(a <= at < b for at in places for spans in hits["spans"] for a, b in spans), findings[["rule", "verdict", "message"]].values.tolist()
