"""Random text never breaks the extractor or the rules, and offsets always index the text."""
from __future__ import annotations

import random
from pathlib import Path

import numfacts

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PIECES = list("一二三四五六七八九十百千万亿两零〇第前负约近多余以上左右年月日号个家名条%％‰、，。；：“”（）()-—~至到分之成倍元平方公里米吨亩"
              "每天均全其中分别是为即等和及与这上述") + [str(i) for i in range(10)] + [
    "\n", "\t", "  ", "1,234", "3.5", "2023年", "5月10日", "“20+8”", "4个受理窗口", "百分之", "G60", "５．４９"]


def _check(text: str) -> None:
    claims = numfacts.extract(text, name="t", nonclaims=True)
    for row in claims.itertuples():
        assert text[row.start : row.end] == row.text
    findings = numfacts.check(claims, {"t": text})
    assert set(findings["verdict"]) <= {"consistent", "borderline", "contradiction", "indeterminate"}


def test_random_characters():
    rng = random.Random(20261124)
    for _ in range(400):
        _check("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 80))))


def test_random_slices_of_the_seeds():
    rng = random.Random(7)
    corpus = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    for _ in range(150):
        parts = []
        for _ in range(rng.randint(1, 5)):
            a = rng.randrange(len(corpus))
            parts.append(corpus[a : a + rng.randint(1, 300)])
        _check("".join(parts))


def test_long_runs_of_numerals_and_huge_digit_strings():
    """Runs no real text has (三千三千……, 3000 nines) are read without blowing up or overflowing."""
    for text in ["三千" * 1500, "一" * 3000, "9" * 3000 + "个", "9" * 30 + "亿元"]:
        claims = numfacts.extract(text, nonclaims=True)
        assert not claims["kind"].isin(["count", "money", "number"]).any()
        numfacts.check(claims, {"<text>": text})


def test_every_rule_survives_documents_with_mangled_figures():
    """Rules meet zero, reversed and absurd figures in real text (OCR, typos): none may raise.
    Sentences of the seeds and test documents are shuffled and a third of their digits replaced, the same way
    each run (a fixed seed), and every built-in rule runs on them without its errors caught."""
    import random
    from pathlib import Path

    from numfacts.api import _contexts
    from numfacts.checking import builtin_rules, run

    import yaml

    rng = random.Random(78)
    here = Path(__file__).resolve().parent
    texts = [f.read_text(encoding="utf-8") for f in sorted((here.parent / "seeds").glob("*.txt"))]
    texts += [d["text"] for d in yaml.safe_load((here / "cases" / "perturbations.yml").read_text(encoding="utf-8"))["documents"]]
    pieces = [s for t in texts for s in t.replace("\n", "。").split("。") if s.strip()]
    digits = "0123456789零一二三四五六七八九十百千万亿"
    rules = builtin_rules()
    for _ in range(200):
        doc = "。".join(rng.sample(pieces, 10)) + "。"
        doc = "".join(rng.choice(digits) if (c.isdigit() or c in "一二三四五六七八九十") and rng.random() < 0.3 else c
                      for c in doc)
        run(_contexts(numfacts.extract(doc, name="d", nonclaims=True), {"d": doc}), rules)  # raises on a rule's error
