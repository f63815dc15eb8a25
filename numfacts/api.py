"""The public functions: extract and extract_files (check and check_files live in check.py)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pandas as pd

from numfacts.claims import empty_frame, extract_text
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
    frames = [_extract_one(text, path, nonclaims, on_error) for path, text in _read_all(paths, on_error)]
    return _concat(frames)


def _extract_one(text: str, path: str, nonclaims: bool, on_error) -> pd.DataFrame:
    """One document's claims; an unexpected failure is reported like bad input when a batch asks."""
    try:
        return extract_text(text, path, nonclaims=nonclaims)
    except Exception as exc:
        if on_error is None:
            raise
        on_error(InputError(f"{path}: could not be processed ({type(exc).__name__}: {exc})"))
        return empty_frame()


def _read_all(paths, on_error) -> Iterator[tuple[str, str]]:
    """(path, text) of every readable document; unreadable ones go to on_error (or raise)."""
    for path in expand(paths):
        try:
            text = read_stdin() if path == "-" else read_path(path)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        yield path, text


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else empty_frame()


def _contexts(claims: pd.DataFrame, texts: dict[str, str] | None):
    """A rule context per document: every doc of the claims table and every text given."""
    from numfacts.checking import Context

    texts = dict(texts or {})
    by_doc = {str(doc): frame for doc, frame in claims.groupby("doc", sort=False)} if len(claims) else {}
    out = []
    for doc in list(by_doc) + [d for d in texts if d not in by_doc]:
        text = texts.get(doc)
        if text is None:
            try:
                text = read_path(doc)
            except InputError:
                text = ""
        out.append(Context(doc, text, by_doc.get(doc, claims.iloc[0:0])))
    return out


def check(
    claims: pd.DataFrame,
    texts: dict[str, str] | None = None,
    *,
    rules: str | Path | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    on_rule_error: Callable[[str], None] | None = None,
) -> pd.DataFrame:
    """Findings table of a claims table (extract(..., nonclaims=True) gives the richest one).

    ``texts`` maps each ``doc`` to its text; without it the rules read the file the doc
    names, if there is one (list rules need the text). ``rules`` adds a folder of rules.
    """
    from numfacts.checking import RuleSet, builtin_rules, load_rule_dir, run

    ruleset = builtin_rules()
    if rules:
        ruleset = RuleSet(ruleset.rules + load_rule_dir(rules).rules)
    ruleset = ruleset.select(tuple(select), tuple(ignore))
    return run(_contexts(claims, texts), ruleset, on_error=on_rule_error)


def check_files(
    paths: Iterable[str | Path],
    *,
    rules: str | Path | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    on_error: Callable[[InputError], None] | None = None,
    on_rule_error: Callable[[str], None] | None = None,
) -> pd.DataFrame:
    """Findings table of many files and folders, checked together (cross-document rules too)."""
    texts = dict(_read_all(paths, on_error))
    claims = _concat([_extract_one(text, path, True, on_error) for path, text in texts.items()])
    return check(claims, texts, rules=rules, select=select, ignore=ignore, on_rule_error=on_rule_error)
