"""End to end: consistent documents check clean, and a one-figure edit is flagged where it was made."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import numfacts

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "perturbations.yml").read_text(encoding="utf-8"))
DOCS = CASES["documents"]


def _findings(text):
    return numfacts.check(numfacts.extract(text, name="d", nonclaims=True), {"d": text})


@pytest.mark.parametrize("doc", DOCS, ids=[d["name"] for d in DOCS])
def test_consistent_document_checks_clean(doc):
    findings = _findings(doc["text"])
    assert len(findings) >= 2
    assert not (findings["verdict"] == "contradiction").any(), findings[findings["verdict"] == "contradiction"]["message"].tolist()


EDITS = [pytest.param(d["text"], e["old"], e["new"], id=f"{d['name']}:{e['new']}") for d in DOCS for e in d["edits"]]


@pytest.mark.parametrize("text, old, new", EDITS)
def test_edit_is_flagged_at_the_changed_figure(text, old, new):
    assert old in text
    edited = text.replace(old, new, 1)
    at = edited.index(new)
    findings = _findings(edited)
    hits = [
        f for f in findings.itertuples()
        if f.verdict == "contradiction" and any(a < at + len(new) and b > at for a, b in f.spans)
    ]
    assert hits, findings[["verdict", "message"]].values.tolist()
