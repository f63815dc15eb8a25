"""Ratchet: relations found on the seeds and perturbed copies caught may rise, never fall.

tests/gold holds copies of the shared relation gold, perturbation gold, perturbed seed
copies and scorer (shared/gold, shared/perturbed, shared/tools/score_check.py), so the test
runs in a plain clone. Raise the floors when the score improves; never lower them.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
from pathlib import Path

import numfacts
from numfacts import output

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).parent / "gold"

RELATIONS_FOUND_FLOOR = 128  # of 129, every one with the right verdict
PERTURBATIONS_CAUGHT_FLOOR = 24  # of 24


def _score(mode: str, paths: list[Path], gold: Path, tmp_path: Path) -> list[str]:
    findings = numfacts.check_files(paths)
    pred = tmp_path / f"{mode}.jsonl"
    output.write(findings.reset_index(drop=True), "jsonl", str(pred))
    spec = importlib.util.spec_from_file_location("score_check", GOLD / "score_check.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        scorer.main([mode, str(pred), str(gold), "--errors"])
    return out.getvalue().splitlines()


def test_seed_relations_ratchet(tmp_path):
    lines = _score("relations", sorted((ROOT / "seeds").glob("*.txt")), GOLD / "seeds-relations.jsonl", tmp_path)
    total = lines[-1].split()  # TOTAL relations 129 found N (r) verdict-right M (r) false-alarms K
    found, right, false_alarms = int(total[4]), int(total[7]), int(total[-1])
    assert found >= RELATIONS_FOUND_FLOOR, "\n".join(lines)
    assert right == found and false_alarms == 0, "\n".join(lines)


def test_perturbed_copies_ratchet(tmp_path):
    lines = _score("perturbed", sorted((GOLD / "perturbed").glob("*.txt")), GOLD / "seeds-perturbations.jsonl", tmp_path)
    total = lines[-1].split()  # TOTAL perturbations 24 caught N (r)
    assert int(total[4]) >= PERTURBATIONS_CAUGHT_FLOOR, "\n".join(lines)
