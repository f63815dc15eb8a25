"""NF701 ratio-across-documents: "A的面积只有B的八分之一" against A's and B's stated figures.

## What it does
Reads ratio claims between two places (深圳面积只有杭州的八分之一, 深圳人口是杭州的1.4倍) and looks, in the same
document and in every other document checked with it, for the figures each place is
given for that attribute (深圳1991平方公里, 杭州市域面积1.68万平方公里); it then divides them in base
units and compares the result with the stated fraction.

## Why it matters
Comparisons are written from memory more often than from the figures; the figures that
would refute them are often in another report of the same series.

## Example
深圳面积只有杭州的八分之一 with 深圳1991平方公里 and 杭州1.68万平方公里: 1991/16800 =
0.1185 ≈ 1/8.4 -> consistent; with 杭州1.68千平方公里 it would be a contradiction.

## Not flagged
A place given different figures for the attribute (by two reports) is judged only when every
reading leads to the same verdict. A
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
_OTHER_SCOPE = regex.compile(r"全省|全国|全國|全县|全縣|全区|全區|其中|该|該|周边|周邊|都市圈|都市区|都市區")  # ，全省常住人口…: not the subject's
_NOT_PLACES = frozenset({"市域", "全市", "陆域", "陸域", "国土", "國土", "土地", "常住", "户籍", "戶籍", "年末", "年底", "目前"})
_ATTRIBUTE_ONLY = regex.compile(f"[，,][^，,。；;]{{0,10}}(?:{alternation(ATTRIBUTES)})(?:为|為|达|達|约|約|是|有)?[ \\t]*$")
_PLACE_ATTRIBUTE_AT = regex.compile(
    r"[ \t\u3000]*(\p{Han}{2,3}?)(?:市|省|县|縣|区|區)?(?:的)?(?:市域|全市|陆域|陸域|国土|國土|土地|总|總|常住|户籍|戶籍)?"
    f"(?:{alternation(ATTRIBUTES)})"
)
_CLAIM_AGAIN = regex.compile(
    f"[，,][ \\t]*(?P<attr>{alternation(ATTRIBUTES)})(?:却|卻|也|则|則|更)?[^，,。；;]{{0,2}}?"
    f"(?:{alternation(_CUES['verbs'])})(?P<b>\\p{{Han}}{{2,4}}?)的$"
)
_CLAIM_OPENS = regex.compile(
    f"(?P<a>\\p{{Han}}{{2,4}}?)(?:的)?(?:{alternation(ATTRIBUTES)})[^，,。；;]{{0,3}}?(?:{alternation(_CUES['verbs'])})"
)
_FRACTION = regex.compile(r"(?P<den>.+)分之(?P<num>.+)")
_PLACE_BEFORE = regex.compile(r"(\p{Han}{2,4})$")
_PLACE_ATTRIBUTE = regex.compile(
    r"(\p{Han}{2,3}?)(?:市|省|县|縣|区|區)?(?:的)?(?:市域|全市|陆域|陸域|国土|國土|土地|总|總|常住|户籍|戶籍)?"
    f"(?:{alternation(ATTRIBUTES)})(?:为|為|达|達|约|約|是|有)?[ \t]*$"
)


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
        {"text": "杭州常住人口1262.4万人。深圳常住人口1779万人。深圳人口是杭州的1.4倍。", "verdict": "consistent", "at": "1.4倍"},
        {"text": "杭州常住人口1262.4万人。深圳常住人口1779万人。深圳人口是杭州的2.4倍。", "verdict": "contradiction", "at": "2.4倍"},
        {"text": "杭州常住人口1262.4万人，面积1.68万平方公里。深圳常住人口1779万人，总面积1997平方公里。深圳面积只有杭州的八分之一，人口却是杭州的1.4倍。",
         "verdict": "consistent", "at": "1.4倍"},
    ]

    def check(self, ctx):
        return ()  # all the work is in check_corpus, which also sees a document alone

    def check_corpus(self, contexts):
        figures = None
        for ctx in contexts:
            for r in ctx.quantities:
                if r.kind != "ratio" or r.unit not in ("", "times"):
                    continue
                m = _CLAIM.search(ctx.text, max(0, r.start - 20), r.start)
                subject = m.group("a") if m else None
                if not m:  # 深圳面积只有杭州的八分之一，人口却是杭州的1.4倍: the subject said once
                    m = _CLAIM_AGAIN.search(ctx.text, max(0, r.start - 16), r.start)
                    s_start = ctx.sentence(r.start)[0]
                    first = _CLAIM_OPENS.search(ctx.text, s_start, m.start()) if m else None
                    subject = first.group("a") if first else None
                if not m or not subject:
                    continue
                if figures is None:
                    figures = _figures(contexts)
                dim = ATTRIBUTES[m.group("attr")]
                a = _own_first(figures.get((subject, dim), []), ctx)
                b = _own_first(figures.get((m.group("b"), dim), []), ctx)
                a = list({v: (v, c, w) for v, c, w in a}.values())  # one per distinct value
                b = list({v: (v, c, w) for v, c, w in b}.values())
                if not a or not b or not all(v for v, _, _ in b) or len(a) * len(b) > _PAIRS:
                    continue
                strict, loose = _fraction_readings(r)
                judged = [(judge((Interval.point(x / y), Interval.point(x / y)), strict, loose), fa, fb)
                          for fa in a for fb in b for x, y in [(fa[0], fb[0])]]
                if len({v for v, _, _ in judged}) != 1:
                    continue  # two reports give the place different figures, and they disagree on this
                verdict, fa, fb = judged[0]
                a, b = [fa], [fb]
                ratio = a[0][0] / b[0][0]
                parts = [(c.start, c.end) for _, c, where in (a[0], b[0]) if where is ctx]
                message = (f"{subject} / {m.group('b')} = {a[0][1].text} / {b[0][1].text} = {float(ratio):.4g} "
                           + ("≈" if verdict != "contradiction" else "≠") + f" {r.text} ({float(r.value):.4g})")
                yield ctx, self.finding(verdict, r, parts, message, stated=r.value, expected_low=float(ratio),
                                        expected_high=float(ratio), gap=Interval.point(ratio).gap(loose))


_PAIRS = 9  # figures of a place read against each other at most (keeps the rule linear)


def _own_first(found: list, ctx) -> list:
    """A place's figures from the claim's own document when it gives any, else from all:
    another report's 深圳1997平方公里 does not make this one's 深圳1991平方公里 ambiguous."""
    own = [f for f in found if f[2] is ctx]
    return own or found


def _fraction_readings(r) -> tuple[Interval, Interval]:
    """k分之m stands for m/(k+½) to m/(k−½): the k of a fraction in prose is rounded; loosely ±20%.
    A multiple (1.4倍) stands for its rounding interval."""
    v = Fraction(str(r.value))
    if r.unit == "times":
        return r.loose, Interval(v * Fraction(8, 10), v * Fraction(12, 10))
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
            named = _PLACE_ATTRIBUTE.search(ctx.text, max(0, c.start - 14), c.start)
            if named and named.group(1) in _NOT_PLACES:
                named = None  # ，常住人口1779万人: no place is named before the attribute
            if named:  # 杭州市域面积1.68万平方公里, 深圳常住人口1779万人: the place before its attribute
                m = named
            elif (attr := _ATTRIBUTE_ONLY.search(ctx.text, max(0, c.start - 16), c.start)) and not _OTHER_SCOPE.search(attr.group()):
                # 杭州市域面积1.68万平方公里，2024年末常住人口1262.4万人: the place that opens the sentence
                s_start = ctx.sentence(c.start)[0]
                m = _PLACE_ATTRIBUTE_AT.match(ctx.text, s_start, c.start) or m
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
