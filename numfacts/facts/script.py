"""A simplified-script view of a text with the same offsets, so cue words are listed once.

Cue words in numfacts/data/facts.toml are written in simplified script. Traditional text
(較上年增長, 佔, 億) is read through this view: each character is mapped on its own with
OpenCC's traditional→simplified character table, never a phrase, so the view has exactly
the length of the text and every offset found in it points into the original.
"""
from __future__ import annotations

from functools import lru_cache

_ASCII_LIMIT = 0x3000  # below CJK punctuation nothing needs converting


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


_MAP: dict[int, str] = {}


def _extend(chars: set[str]) -> None:
    """Add the simplified form of each new character to the shared translation table."""
    convert = _converter().convert
    for ch in chars:
        out = convert(ch)
        _MAP[ord(ch)] = out if len(out) == 1 else ch


def simplified(text: str) -> str:
    """The text with each traditional character replaced by its simplified form, offsets kept.

    >>> simplified("較上年增長12.5%，佔全港億元")
    '较上年增长12.5%，占全港亿元'
    """
    new = {ch for ch in set(text) if ord(ch) >= _ASCII_LIMIT and ord(ch) not in _MAP}
    if new:
        _extend(new)
    return text.translate(_MAP)
