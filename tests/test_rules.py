"""Every rule's own examples: the ones that must fire do, with the verdict they name, at
the figure they name; the ones that must not fire raise no contradiction from that rule.

Adding a rule is adding one file under rules/ (listed in rules/__init__.py); its examples
are picked up here without touching this file.
"""
from __future__ import annotations

import pandas as pd
import pytest

import numfacts
from numfacts.checking import RuleSet, builtin_rules, run
from numfacts.api import _contexts

RULES = builtin_rules().rules
CASES = [pytest.param(rule, ex, id=f"{rule.code}-{i}") for rule in RULES for i, ex in enumerate(rule.examples)]


def _findings(rule, text):
    claims = numfacts.extract(text, name="example", nonclaims=True)
    return run(_contexts(claims, {"example": text}), RuleSet([rule]))


def test_every_rule_documents_itself():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    for rule in RULES:
        assert rule.code.startswith("NF") and rule.name and rule.summary
        for section in ("## What it does", "## Why it matters", "## Example", "## Not flagged"):
            assert section in rule.doc, (rule.code, section)
        verdicts = {ex["verdict"] for ex in rule.examples}
        assert "consistent" in verdicts, rule.code
        assert ("contradiction" in verdicts) == rule.can_contradict, rule.code


@pytest.mark.parametrize("rule, example", CASES)
def test_rule_example(rule, example):
    text = example["text"]
    findings = _findings(rule, text)
    if example["verdict"] is None:
        assert not (findings["verdict"] == "contradiction").any(), findings[["verdict", "message"]].to_dict("records")
        return
    at = -1
    for _ in range(example.get("nth", 1)):
        at = text.index(example["at"], at + 1)
    mask = pd.Series([any(a <= at < b for a, b in spans) for spans in findings["spans"]], index=findings.index, dtype=bool)
    hits = findings[mask]
    assert example["verdict"] in hits["verdict"].tolist(), findings[["start", "verdict", "message"]].to_dict("records")
    if example["verdict"] == "contradiction":
        assert hits["message"].str.len().min() > 10


def test_one_finding_per_relation():
    """NF302 and NF305 both sum GDP's sectors: the relation is reported once, by the first rule."""
    text = "全年实现地区生产总值652.3亿元。其中，第一产业增加值28.6亿元；第二产业增加值301.5亿元；第三产业增加值322.2亿元。"
    codes = {r.code: r for r in RULES}
    findings = _findings_of(RuleSet([codes["NF302"], codes["NF305"]]), text)
    sums = findings[findings["message"].str.contains(" = 652.3亿 = ")]
    assert len(sums) == 1 and sums["rule"].tolist() == ["NF302"]
    assert len(_findings_of(RuleSet([codes["NF305"]]), text)) == 1


def _findings_of(ruleset, text):
    claims = numfacts.extract(text, name="example", nonclaims=True)
    return run(_contexts(claims, {"example": text}), ruleset)
