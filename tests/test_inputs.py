"""Encodings, bad input and batches: decoded right, or one clear line naming the file."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import numfacts
from numfacts.sources import InputError, read_path

TEXT = "深圳共有72个工业上楼项目，總面積約56萬平方米。"


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be"])
def test_encodings_are_detected(tmp_path, codec):
    text = TEXT if codec in ("utf-8", "utf-8-sig", "utf-16", "gb18030") else TEXT
    data = text.encode(codec)
    if codec == "utf-16-le":
        data = b"\xff\xfe" + data
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / f"doc-{codec}.txt"
    path.write_bytes(data)
    assert read_path(path) == text


def test_gbk_without_bom(tmp_path):
    text = "全市生产总值达到5.49万亿元，比上年增长百分之五点三，粮食产量650万吨，常住人口1100万人。" * 3
    path = tmp_path / "gbk.txt"
    path.write_bytes(text.encode("gbk"))
    assert read_path(path) == text


def test_big5(tmp_path):
    text = "全縣紐扣生產企業達1100多家，擁有不同規模的紐扣經營戶約3000家，去年生產各類紐扣1032億枚。" * 3
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    assert read_path(path) == text
    frame = numfacts.extract_files([path])
    assert frame["value"].tolist() == [1100.0, 3000.0, 103200000000.0] * 3


def test_missing_file_is_one_line_naming_it(tmp_path):
    with pytest.raises(InputError) as err:
        read_path(tmp_path / "nope.txt")
    assert str(err.value) == f"{tmp_path / 'nope.txt'}: no such file"


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(InputError) as err:
        read_path(path)
    assert "image.txt" in str(err.value) and "not text" in str(err.value)


def test_batch_goes_on_past_a_bad_file(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\x00\x01\x02\xff" * 500)
    errors = []
    frame = numfacts.extract_files([bad, good, tmp_path / "missing.txt"], on_error=errors.append)
    assert frame["doc"].unique().tolist() == [str(good)]
    assert len(errors) == 2


def _cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "numfacts", *args], input=stdin, capture_output=True, text=True)


def test_cli_reports_bad_files_and_still_writes_the_rest(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "claims.csv"
    run = _cli("extract", str(tmp_path / "missing.txt"), str(good), "-o", str(out))
    assert run.returncode == 2
    assert run.stderr.strip() == f"numfacts: error: {tmp_path / 'missing.txt'}: no such file"
    assert "Traceback" not in run.stderr
    assert "72个" in out.read_text(encoding="utf-8")


def test_cli_reads_stdin():
    run = _cli("extract", "-", "--format", "jsonl", stdin=TEXT)
    assert run.returncode == 0
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert [(r["doc"], r["text"]) for r in rows] == [("-", "72个"), ("-", "56萬平方米")]
