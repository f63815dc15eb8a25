"""Output formats: what the CLI writes reads back as the same table, with proper dtypes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import numfacts
from numfacts.columns import CLAIM_COLUMNS

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
REQUIRED = ["doc", "start", "end", "text", "value", "value_high", "unit", "kind", "qualifier", "per", "noun", "sentence"]


def test_api_columns_and_dtypes():
    frame = numfacts.extract("总面积约56万平方米，包括39幢建筑。", name="x")
    assert list(frame.columns[: len(REQUIRED)]) == REQUIRED
    assert frame["start"].dtype == "int64" and frame["value"].dtype == "float64"
    for column, dtype in CLAIM_COLUMNS.items():
        if dtype == "str":
            assert isinstance(frame[column].dtype, pd.StringDtype), column
    assert frame["sentence"].tolist() == ["总面积约56万平方米，包括39幢建筑。"] * 2


def test_empty_text_gives_empty_typed_table():
    frame = numfacts.extract("没有数字。")
    assert frame.empty and list(frame.columns) == list(CLAIM_COLUMNS)
    assert frame["value"].dtype == "float64"


def test_offsets_index_the_original_text_of_every_seed():
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        frame = numfacts.extract(text, name=path.name, nonclaims=True)
        assert len(frame) > 10
        for row in frame.itertuples():
            assert text[row.start : row.end] == row.text


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_cli_formats_round_trip(tmp_path, fmt):
    out = tmp_path / f"claims.{fmt}"
    run = subprocess.run([sys.executable, "-m", "numfacts", "extract", str(SEEDS), "-o", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    if fmt == "csv":
        back = pd.read_csv(out, keep_default_na=False)
    elif fmt == "jsonl":
        back = pd.DataFrame([json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()])
    else:
        back = pd.read_parquet(out)
    direct = numfacts.extract_files([SEEDS])
    assert len(back) == len(direct) > 200
    assert back["value"].astype(float).tolist() == direct["value"].tolist()
    assert back["text"].astype(str).tolist() == direct["text"].tolist()


def test_cli_table_on_seeds_is_readable():
    run = subprocess.run([sys.executable, "-m", "numfacts", "extract", str(SEEDS)], capture_output=True, text=True)
    assert run.returncode == 0
    first = run.stdout.splitlines()[0].split()
    assert first[:4] == ["doc", "line", "col", "text"]
    assert "2000万平方米" in run.stdout
