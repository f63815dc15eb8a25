"""Column names and dtypes of the two tables, in contract order (spec/claims.md, findings.md)."""
from __future__ import annotations

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
