"""Column names and dtypes of the two tables, in contract order (spec/claims.md, findings.md)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
from pandas.arrays import ArrowStringArray

CLAIM_COLUMNS: dict[str, str] = {
    "doc": "str",
    "start": "int64",
    "end": "int64",
    "text": "str",
    "value": "float64",
    "value_high": "float64",
    "unit": "str",
    "kind": "str",
    "qualifier": "str",
    "per": "str",
    "noun": "str",
    "sentence": "str",
    # extras beyond the contract, used by the consistency rules
    "hedge": "str",  # the word behind the qualifier: 多, 超过, 以上, 约, 近 …
    "step": "float64",  # place value of the last written digit (20万 -> 10000)
    "line": "int64",
    "col": "int64",
}

QUANTITY_KINDS = frozenset({"money", "percent", "count", "measure", "ratio", "number"})


def typed_frame(data: dict[str, list], columns: dict[str, str]) -> pd.DataFrame:
    """A DataFrame of `columns` (name -> dtype) from equal-length lists, in the columns' order.

    Strings go straight into Arrow arrays (pandas' own `str` storage) and numbers into numpy:
    about twice as fast as letting pandas infer each list, which counts once per document.
    """
    return pd.DataFrame(
        {name: _string_array(data[name]) if dtype == "str" else np.array(data[name], dtype=dtype)
         for name, dtype in columns.items()},
        copy=False,
    )


_STR = pd.StringDtype("pyarrow", na_value=float("nan"))


def _string_array(values: list[str]) -> ArrowStringArray:
    return ArrowStringArray(pa.chunked_array([pa.array(values, type=pa.large_string())]), dtype=_STR)
