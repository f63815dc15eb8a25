"""numfacts check from the command line and the API: findings, formats, exit codes, selection."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

import numfacts

GOOD = "每条河道补偿资金额度为每月20万元。桐乡共标定22个地表水河流交接断面，全年共涉及补偿资金5280万元。\n"
BAD = "每条河道补偿资金额度为每月20万元。桐乡共标定22个地表水河流交接断面，全年共涉及补偿资金5208万元。\n"
REQUIRED = ["doc", "rule", "verdict", "start", "end", "spans", "stated", "expected_low", "expected_high", "gap",
            "message", "line", "col"]


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "numfacts", *args], capture_output=True, text=True)


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_contradiction_prints_like_a_linter_and_exits_1(tmp_path):
    path = _write(tmp_path, "report.txt", BAD)
    run = _cli("check", str(path))
    assert run.returncode == 1
    first = run.stdout.splitlines()[0]
    assert first.startswith(f"{path}:1:") and " NF201 20万元/月 × 22 × 12 = 5280万元 ≠ stated 5208万元" in first
    assert run.stdout.splitlines()[-1].endswith("1 contradictions")


def test_clean_document_exits_0_and_all_lists_verified(tmp_path):
    path = _write(tmp_path, "report.txt", GOOD)
    assert _cli("check", str(path)).returncode == 0
    run = _cli("check", str(path), "--all")
    assert "NF201 [consistent]" in run.stdout


def test_jsonl_records_match_the_api(tmp_path):
    path = _write(tmp_path, "report.txt", BAD)
    out = tmp_path / "f.jsonl"
    assert _cli("check", str(path), "--all", "-o", str(out)).returncode == 1
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    api = numfacts.check_files([path])
    assert [r["rule"] for r in rows] == api["rule"].tolist()
    assert set(REQUIRED) <= set(rows[0])
    assert rows[0]["verdict"] == "contradiction" and rows[0]["spans"][0] == [rows[0]["start"], rows[0]["end"]]


def test_csv_spans_are_semicolon_pairs(tmp_path):
    path = _write(tmp_path, "report.txt", BAD)
    out = tmp_path / "f.csv"
    _cli("check", str(path), "-o", str(out))
    frame = pd.read_csv(out, keep_default_na=False)
    assert frame.loc[0, "spans"].count(";") == 2 and "-" in frame.loc[0, "spans"]


def test_select_and_ignore(tmp_path):
    path = _write(tmp_path, "report.txt", BAD)
    assert _cli("check", str(path), "--ignore", "NF2").returncode == 0
    assert _cli("check", str(path), "--select", "NF201").returncode == 1
    assert _cli("check", str(path), "--select", "NF1").returncode == 0


def test_user_rules_folder(tmp_path):
    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "XX900_no_big_money.py").write_text(
        "from numfacts.checking import Rule\n"
        "class NoBigMoney(Rule):\n"
        "    code, name, summary = 'XX900', 'no-big-money', 'money above 1亿 is flagged'\n"
        "    def check(self, ctx):\n"
        "        for c in ctx.quantities:\n"
        "            if c.kind == 'money' and c.value > 1e8:\n"
        "                yield self.finding('contradiction', c, [], f'{c.text} is big')\n"
        "RULE = NoBigMoney()\n",
        encoding="utf-8",
    )
    path = _write(tmp_path, "report.txt", "投资5亿元。")
    run = _cli("check", str(path), "--rules", str(rules))
    assert run.returncode == 1 and "XX900 5亿元 is big" in run.stdout


def test_bad_input_is_exit_2_with_one_line(tmp_path):
    run = _cli("check", str(tmp_path / "missing.txt"))
    assert run.returncode == 2
    assert run.stderr.strip() == f"numfacts: error: {tmp_path / 'missing.txt'}: no such file"


def test_rule_docs_and_list():
    run = _cli("rule", "NF201")
    assert run.returncode == 0 and "## What it does" in run.stdout
    listing = _cli("rule", "--markdown").stdout
    assert listing.startswith("| code | name | what it checks |") and "NF101" in listing
    assert _cli("rule", "NF999").returncode == 2


def test_check_api_on_a_claims_table():
    claims = numfacts.extract(BAD, name="x", nonclaims=True)
    findings = numfacts.check(claims, {"x": BAD})
    assert findings.loc[0, "verdict"] == "contradiction"
    assert findings["start"].dtype == "int64" and findings["gap"].dtype == "float64"
    assert findings.loc[0, "gap"] > 0


def test_seeds_run_clean():
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    findings = numfacts.check_files([seeds])
    assert len(findings) > 50
    assert not (findings["verdict"] == "contradiction").any(), findings[findings["verdict"] == "contradiction"]


def test_readme_rule_table_is_current():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = _cli("rule", "--markdown").stdout.strip()
    assert table in readme, "regenerate the README table with: numfacts rule --markdown"


def test_a_failing_rule_is_one_line_and_the_others_still_run(tmp_path):
    rules = tmp_path / "broken"
    rules.mkdir()
    (rules / "XX901_broken.py").write_text(
        "from numfacts.checking import Rule\n"
        "class Broken(Rule):\n"
        "    code, name, summary = 'XX901', 'broken', 'always fails'\n"
        "    def check(self, ctx):\n"
        "        raise KeyError('year')\n"
        "RULE = Broken()\n",
        encoding="utf-8",
    )
    path = _write(tmp_path, "report.txt", BAD)
    run = _cli("check", str(path), "--rules", str(rules))
    assert run.returncode == 2
    assert run.stderr.strip() == f"numfacts: error: XX901 failed on {path}: KeyError: 'year'"
    assert "NF201 20万元/月" in run.stdout and "Traceback" not in run.stderr


def test_every_finding_is_one_linter_line():
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    run = _cli("check", str(seeds), "--all")
    lines = run.stdout.splitlines()
    assert len(lines) > 50
    for line in lines[:-1]:
        path, lineno, col, rest = line.split(":", 3)
        assert path.endswith(".txt") and lineno.isdigit() and col.isdigit() and rest.startswith(" NF")
    assert lines[-1].endswith("0 contradictions")
