"""The public functions: extract and extract_files (check and check_files live in check.py)."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

from numfacts.extract import empty_frame, extract_text
from numfacts.sources import InputError, expand, read_path, read_stdin


def extract(text: str, name: str = "<text>", *, nonclaims: bool = False) -> pd.DataFrame:
    """Claims table of one text.

    >>> extract("深圳共有72个工业上楼项目")[["text", "value", "unit"]].values.tolist()
    [['72个', 72.0, '个']]

    ``nonclaims=True`` also returns dates, years, ordinals, labels and identifiers as rows.
    """
    return extract_text(text, name, nonclaims=nonclaims)


def extract_files(
    paths: Iterable[str | Path],
    *,
    nonclaims: bool = False,
    on_error: Callable[[InputError], None] | None = None,
) -> pd.DataFrame:
    """Claims table of many files and folders ('-' reads stdin), in the order given.

    A file that cannot be read is reported to ``on_error`` (by default: raised) and the
    others are still read.
    """
    frames = []
    for path in expand(paths):
        try:
            text = read_stdin() if path == "-" else read_path(path)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        frames.append(extract_text(text, path, nonclaims=nonclaims))
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else empty_frame()
