"""Reading documents: paths, folders and stdin -> decoded text, or a one-line error.

Files come as UTF-8 (with or without BOM), UTF-16, GB18030/GBK or Big5. UTF-8 and a BOM are
tried first because they are certain; anything else goes to charset-normalizer. A file that
is missing, binary or undecodable raises `InputError`, whose message names the file.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


class InputError(Exception):
    """A document that cannot be read; str() is the one line shown to the user."""


def decode(data: bytes, name: str) -> str:
    """Bytes -> text, detecting the encoding; raises InputError for binary data."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: not valid {codec} despite its byte-order mark ({exc.reason})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "utf_16_le", "utf_16_be", "cp950", "gbk"]).best()
    if best is None:
        raise InputError(f"{name}: not text (no encoding among UTF-8, UTF-16, GB18030, Big5 fits; binary?)")
    text = str(best)
    if "\x00" in text:
        raise InputError(f"{name}: not text (binary data)")
    return text


def read_path(path: str | Path) -> str:
    """The decoded text of one file; InputError with the file's name on any failure."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return decode(data, str(path))


def expand(paths: Iterable[str | Path]) -> Iterator[str]:
    """Paths as given, folders replaced by their text files in sorted order; '-' is stdin."""
    for path in paths:
        path = str(path)
        p = Path(path)
        if path != "-" and p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES and not child.name.startswith("."):
                    yield str(child)
        else:
            yield path


def read_stdin() -> str:
    return decode(sys.stdin.buffer.read(), "<stdin>")
