"""Writing a table in the format asked for: table (readable), csv, jsonl or parquet."""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pandas as pd

FORMATS = ("table", "csv", "jsonl", "parquet")


def infer_format(fmt: str | None, dest: str | None) -> str:
    """The explicit format, else the output file's suffix, else a readable table."""
    if fmt:
        return fmt
    if dest and dest != "-":
        suffix = Path(dest).suffix.lower().lstrip(".")
        return {"json": "jsonl", "ndjson": "jsonl", "pq": "parquet"}.get(suffix, suffix if suffix in FORMATS else "table")
    return "table"


def _plain(record: dict) -> dict:
    """A record with NaN as null and numpy scalars as Python ones, for JSON."""
    out = {}
    for key, value in record.items():
        if hasattr(value, "item"):
            value = value.item()
        if isinstance(value, float) and math.isnan(value):
            value = None
        out[key] = value
    return out


def _csv_ready(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    if "spans" in out:
        out["spans"] = [";".join(f"{a}-{b}" for a, b in spans) for spans in out["spans"]]
    return out


def render(frame: pd.DataFrame, fmt: str, columns: list[str] | None = None) -> str | bytes:
    if fmt == "table":
        shown = frame[columns] if columns else frame
        if not len(shown):
            return "(no rows)\n"
        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                               "display.max_colwidth", 40, "display.unicode.east_asian_width", False):
            return shown.to_string(index=False, float_format=lambda v: f"{v:.12g}") + "\n"
    if fmt == "csv":
        return _csv_ready(frame).to_csv(index=False)
    if fmt == "jsonl":
        # json.dumps writes floats that read back exactly (pandas' to_json rounds to 15 digits)
        return "".join(json.dumps(_plain(rec), ensure_ascii=False) + "\n" for rec in frame.to_dict("records"))
    if fmt == "parquet":
        import io

        buf = io.BytesIO()
        frame.to_parquet(buf, index=False)
        return buf.getvalue()
    raise ValueError(f"unknown format {fmt!r}")


def write(frame: pd.DataFrame, fmt: str, dest: str | None, columns: list[str] | None = None) -> None:
    data = render(frame, fmt, columns)
    if dest and dest != "-":
        mode = "wb" if isinstance(data, bytes) else "w"
        with open(dest, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as fh:
            fh.write(data)
    elif isinstance(data, bytes):
        sys.stdout.buffer.write(data)
    else:
        sys.stdout.write(data)
