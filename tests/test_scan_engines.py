"""The scan runs in the standard `re` engine for speed; `regex` reading the same source is the oracle.

Both engines must find the same matches, with the same alternative and the same groups, on
the seeds, on the test cases and on random text: a construct that `re` reads differently
(or a look-behind that only `regex` accepts) would show up here first.
"""
from __future__ import annotations

import random
from pathlib import Path

import regex
import yaml

from numfacts import patterns as P

ROOT = Path(__file__).resolve().parent.parent
ORACLE = regex.compile(f"(?:{P.SCAN_SOURCE})")
PIECES = list("一二三四五六七八九十百千万亿两零〇第前负倒约近多余以上左右年月日号届个家名条%％‰、，。；：“”‘’「」（）()-—~至到分之成倍元"
              "平方公里米吨亩大号线强半点时季度份每天均其中是为即等和及与长角体化GAZ@.:/+") + [str(i) for i in range(10)] + [
    "\n", "\t", " ", "1,234", "3.5", "2023年", "5月10日", "“20+8”", "百分之", "G60", "５．４９", "www.", "0571-", "138"]


def _matches(pattern, text: str) -> list[tuple]:
    return [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]


def _same(text: str) -> None:
    assert _matches(P.SCAN, text) == _matches(ORACLE, text), text


def test_scan_is_compiled_by_the_standard_engine():
    assert P.SCAN.__class__.__module__ == "re"


def test_same_matches_as_regex_on_the_seeds():
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _matches(P.SCAN, text) == _matches(ORACLE, text), path.name


def test_same_matches_as_regex_on_the_test_cases():
    texts = []
    for name in ("extract.yml", "nonclaims.yml"):
        groups = yaml.safe_load((ROOT / "tests" / "cases" / name).read_text(encoding="utf-8"))
        texts += [case["text"] for cases in groups.values() for case in cases if "text" in case]
    assert len(texts) > 50
    for text in texts:
        _same(text)


def test_same_matches_as_regex_on_random_text():
    rng = random.Random(11)
    for _ in range(3000):
        _same("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40))))


def test_han_class_is_the_han_script():
    han = regex.compile(P.HAN)
    for ch in "中國〇々鿿㐀𠀀":
        assert han.fullmatch(ch), ch
    for ch in "a1、，。ー가":
        assert not han.fullmatch(ch), ch


def test_context_patterns_read_the_same_in_both_engines():
    """The counted noun and the quote look-up run in `re` too; `regex` is their oracle."""
    noun = regex.compile(P.NOUN.pattern)
    quote = regex.compile(P.OPEN_QUOTE_NEAR.pattern)
    checked = 0
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for m in P.SCAN.finditer(text):
            start, end = m.span()
            a, b = P.NOUN.match(text, end, end + 14), noun.match(text, end, end + 14)
            assert (a and a.groups()) == (b and b.groups()), text[start:end + 14]
            a, b = P.OPEN_QUOTE_NEAR.search(text, max(0, start - 12), start), quote.search(text, max(0, start - 12), start)
            assert (a and a.span()) == (b and b.span())
            checked += 1
    assert checked > 600
