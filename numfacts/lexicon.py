"""The data files under numfacts/data, loaded once and shared.

Everything a linguist may edit (units, measure words, qualifiers, rate cues, non-claims,
places, numeral characters) lives in those TOML files; this module only reads them.
"""
from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources


@cache
def load(name: str) -> dict:
    """Return the parsed contents of ``numfacts/data/<name>.toml``."""
    with resources.files("numfacts.data").joinpath(f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)
