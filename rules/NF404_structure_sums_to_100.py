"""NF404 structure-sums-to-100: a structure printed as a:b:c splits 100 percent.

## What it does
Reads a run of three or more figures joined by colons (1.9:30.0:68.1, 2.1∶35.2∶62.7) right
after a word that names a structure (三次产业结构为, 构成; the cue words are in
numfacts/data/rules.toml), and checks that they add up to 100 within the rounding of the
printed figures.

## Why it matters
The industrial structure is the one ratio every communiqué prints; a share that was edited
alone makes the structure add up to more or less than the whole.

## Example
三次产业结构为1.9:30.0:69.1 -> contradiction: 1.9 + 30.0 + 69.1 = 101.0 ≠ 100.

## Not flagged
Ratios without a structure word (男女比例为1:1.05), runs of two figures, and ratios of whole
parts (用地结构为3:4:3: no decimals, or a sum far from 100). A sum off by no
more than the rounding of its parts (100.1) is borderline, not a contradiction.
"""
from __future__ import annotations

from fractions import Fraction

import regex

from numfacts.checking import Rule, judge, show, sign, summed
from numfacts.intervals import Interval
from numfacts.lexicon import load
from numfacts.patterns import alternation

_CUE = regex.compile(
    f"(?:{alternation(load('rules')['NF404']['structure_cues'])})[^，,。；;0-9]{{0,6}}$"
)
_COLON = regex.compile(r"[ \t]*[:：∶][ \t]*")
_WHOLE = Interval.point(Fraction(100))
_PERCENT_LIKE = (80, 120)  # a run of decimals summing near 100 is a split into percents


class StructureSumsTo100(Rule):
    code = "NF404"
    name = "structure-sums-to-100"
    summary = "a structure printed as a:b:c (三次产业结构为1.9:30.0:68.1) adds up to 100"
    doc = __doc__
    examples = [
        {"text": "三次产业结构为1.9:30.0:68.1。", "verdict": "consistent", "at": "1.9"},
        {"text": "三次产业结构调整为2.1∶35.2∶62.7。", "verdict": "consistent", "at": "2.1"},
        {"text": "三次产业结构调整为2.1∶35.2∶62.8。", "verdict": "borderline", "at": "2.1"},  # 100.1: rounding
        {"text": "三次产业结构为1.9:30.0:69.1。", "verdict": "contradiction", "at": "1.9"},
        {"text": "男女比例为1:1.05:1。", "verdict": None},
        {"text": "用地结构为3:4:3。", "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        claims = ctx.claims
        i = 0
        while i < len(claims):
            first = claims[i]
            run = [first]
            j = i + 1
            while j < len(claims) and _COLON.fullmatch(text, run[-1].end, claims[j].start):
                run.append(claims[j])
                j += 1
            i = j
            if len(run) < 3 or any(c.kind not in ("number", "count") for c in run):
                continue
            if not _CUE.search(text, max(0, first.start - 12), first.start):
                continue
            total = sum(c.value for c in run)
            if not any(c.step < 1 for c in run) or not _PERCENT_LIKE[0] <= total <= _PERCENT_LIKE[1]:
                continue  # 用地结构为3:4:3 is a ratio of parts, not percents
            strict, loose = summed(run)
            verdict = judge((_WHOLE, _WHOLE), strict, loose)
            message = " + ".join(c.text for c in run) + f" = {show(strict)} " + sign(verdict) + " 100"
            yield self.finding(verdict, first, run[1:], message, stated=100.0, expected_low=float(strict.lo),
                               expected_high=float(strict.hi) if strict.hi is not None else float("inf"),
                               gap=abs(float(strict.lo + strict.hi) / 2 - 100) / 100 if verdict != "consistent" else 0.0)


RULE = StructureSumsTo100()
