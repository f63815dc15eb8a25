"""NF701 ratio-across-documents: "A的面积只有B的八分之一" against A's and B's stated figures.

## What it does
Reads ratio claims between two places (深圳面积只有杭州的八分之一) and looks, in the same
document and in every other document checked with it, for the figures each place is
given for that attribute (深圳1991平方公里, 杭州1.68万平方公里); it then divides them in base
units and compares the result with the stated fraction.

## Why it matters
Comparisons are written from memory more often than from the figures; the figures that
would refute them are often in another report of the same series.

## Example
深圳面积只有杭州的八分之一 with 深圳1991平方公里 and 杭州1.68万平方公里: 1991/16800 =
0.1185 ≈ 1/8.4 -> consistent; with 杭州1.68千平方公里 it would be a contradiction.

## Not flagged
A place with two different figures for the attribute is ambiguous and not judged. A
unit fraction in prose is a rounded reciprocal: 八分之一 stands for 1/8.5 to 1/7.5.
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, judge
from numfacts.intervals import Interval
from numfacts.lexicon import load
from numfacts.numerals import NotANumeral, parse
from numfacts.patterns import alternation
from numfacts.units import registry

_CUES = load("rules")["NF701"]
ATTRIBUTES = _CUES["attributes"]
_CLAIM = regex.compile(
    f"(?P<a>\\p{{Han}}{{2,4}}?)(?:的)?(?P<attr>{alternation(ATTRIBUTES)})[^，,。；;]{{0,3}}?"
    f"(?:{alternation(_CUES['verbs'])})(?P<b>\\p{{Han}}{{2,4}}?)的$"
)
_FRACTION = regex.compile(r"(?P<den>.+)分之(?P<num>.+)")
_PLACE_BEFORE = regex.compile(r"(\p{Han}{2,4})$")


class RatioAcrossDocuments(Rule):
    code = "NF701"
    name = "ratio-across-documents"
    summary = "a stated ratio between two places (只有杭州的八分之一) matches their figures, in any document checked"
    doc = __doc__
    examples = [
        {"text": "深圳面积只有杭州的八分之一。该平台把深圳1991平方公里的土地划分成605个网格。杭州1.68万平方公里的广阔空间。",
         "verdict": "consistent", "at": "八分之一"},
        {"text": "深圳面积只有杭州的八分之一。该平台把深圳1991平方公里的土地划分成605个网格。杭州1680平方公里的广阔空间。",
         "verdict": "contradiction", "at": "八分之一"},
    ]

    def check(self, ctx):
        return ()  # all the work is in check_corpus, which also sees a document alone

    def check_corpus(self, contexts):
        figures = None
        for ctx in contexts:
            for r in ctx.quantities:
                if r.kind != "ratio" or r.unit:
                    continue
                m = _CLAIM.search(ctx.text, max(0, r.start - 20), r.start)
                if not m:
                    continue
                if figures is None:
                    figures = _figures(contexts)
                dim = ATTRIBUTES[m.group("attr")]
                a = figures.get((m.group("a"), dim), [])
                b = figures.get((m.group("b"), dim), [])
                if len({v for v, _, _ in a}) != 1 or len({v for v, _, _ in b}) != 1 or not b[0][0]:
                    continue
                ratio = a[0][0] / b[0][0]
                strict, loose = _fraction_readings(r)
                verdict = judge((Interval.point(ratio), Interval.point(ratio)), strict, loose)
                parts = [(c.start, c.end) for _, c, where in (a[0], b[0]) if where is ctx]
                message = (f"{m.group('a')} / {m.group('b')} = {a[0][1].text} / {b[0][1].text} = {float(ratio):.4g} "
                           + ("≈" if verdict != "contradiction" else "≠") + f" {r.text} ({float(r.value):.4g})")
                yield ctx, self.finding(verdict, r, parts, message, stated=r.value, expected_low=float(ratio),
                                        expected_high=float(ratio), gap=Interval.point(ratio).gap(loose))


def _fraction_readings(r) -> tuple[Interval, Interval]:
    """k分之m stands for m/(k+½) to m/(k−½): the k of a fraction in prose is rounded; loosely ±20%."""
    v = Fraction(str(r.value))
    m = _FRACTION.match(r.text)
    strict = Interval.point(v)
    if m:
        try:
            k, num = Fraction(parse(m.group("den")).low), Fraction(parse(m.group("num")).low)
        except NotANumeral:
            k = None
        if k and k > 1:
            strict = Interval(num / (k + Fraction(1, 2)), num / (k - Fraction(1, 2)))
    return strict, Interval(v * Fraction(8, 10), v * Fraction(12, 10))


def _figures(contexts) -> dict:
    """(place, dimension) -> [(value in base units, claim, context)] for figures right after a place name."""
    reg = registry()
    out: dict = {}
    for ctx in contexts:
        for c in ctx.quantities:
            if c.kind not in ("measure", "count") or c.qualifier != "exact":
                continue
            m = _PLACE_BEFORE.search(ctx.text, max(0, c.start - 4), c.start)
            if not m:
                continue
            if c.kind == "measure":
                try:
                    q = reg.Quantity(Fraction(str(c.value)), c.unit).to_base_units()
                    dim, value = str(q.dimensionality), Fraction(q.magnitude)
                except Exception:  # a unit pint cannot convert (degC offsets): not a size
                    continue
            else:
                dim, value = c.unit, Fraction(str(c.value))
            name = m.group(1)
            for k in range(len(name) - 1):  # 该平台把深圳 -> 深圳
                out.setdefault((name[k:], dim), []).append((value, c, ctx))
    return out


RULE = RatioAcrossDocuments()
