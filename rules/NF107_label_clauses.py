"""NF107 label-clauses: numbered labels whose items are the clauses that follow them.

## What it does
Reads quoted labels that open with a count (“两手抓”, 乡镇“三线工作制”和部门“两线工作法”) in the first
clause of a sentence, and the clauses after it in the same sentence (split at ，and ；, up to a
closing clause of result: 形成…, 实现…, 确保…). When there are as many clauses as the labels
count together (2; 3 + 2), the clauses are read in order as the labels' items
(一手抓经济，一手抓民生; 乡镇党委书记…，乡镇长…，党委副书记…，部门一把手…，部门副职…).

## Why it matters
Policy texts name a scheme and spell it out clause by clause; the count in the name is the
reader's only check that no clause was dropped or added.

## Example
坚持“两手抓”，一手抓经济发展，一手抓民生改善 -> consistent: two clauses for 两.

## Not flagged
Clauses are not items by their form alone: the clauses of one label must share a word
(一手抓, 重点, 部门), slogans of several counts (三改一拆) are left to NF105, and a different number
of clauses proves nothing, so this rule only ever confirms.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule
from numfacts.lexicon import load
from numfacts.numerals import whole_number
from numfacts.patterns import alternation

_LABEL = regex.compile(r"[“「『](?P<n>[两兩二三四五六七八九十])[ \t\n、0-9]*(?P<rest>[^”」』\n]{1,8})[”」』]")
_CLAUSE_END = regex.compile(r"[，,；;]")
_NUMERAL = regex.compile(r"[一二两兩三四五六七八九十]")
_HAN_PAIR = regex.compile(r"\p{Han}{2}")
_RESULT = regex.compile(f"[ \\t\\n]*(?:{alternation(load('rules')['NF107']['result_words'])})")


class LabelClauses(Rule):
    code = "NF107"
    name = "label-clauses"
    summary = "quoted numbered labels (“两手抓”) spelt out by as many clauses after them"
    doc = __doc__
    can_contradict = False
    examples = [
        {"text": "坚持“两手抓”，一手抓经济发展，一手抓民生改善。", "verdict": "consistent", "at": "两手抓"},
        {"text": "建立起乡镇“三线工作制”和部门“两线工作法”，乡镇党委书记重点抓招商，乡镇长重点推项目、建平台，"
                 "党委副书记重点抓日常事务，部门一把手做好项目领办，部门副职负责日常事务，形成了人人有作为的良好局面。",
         "verdict": "consistent", "at": "两线工作法"},
        {"text": "实施“三大工程”，加快转型升级，推动高质量发展。", "verdict": None},
    ]

    def check(self, ctx):
        text = ctx.text
        seen = set()
        for first in _LABEL.finditer(text):
            s_start, s_end = ctx.sentence(first.start())
            if s_start in seen:
                continue
            seen.add(s_start)
            opening = _CLAUSE_END.search(text, first.end(), s_end)
            if not opening:
                continue
            labels = [m for m in _LABEL.finditer(text, s_start, opening.start())]
            counts = [whole_number(m.group("n")) for m in labels]
            if not labels or None in counts or any(_NUMERAL.search(m.group("rest")) for m in labels):
                continue  # 三改一拆, 三小一保: slogans of several counts
            clauses = _clauses(text, opening.end(), s_end)
            if len(clauses) != sum(counts) or len(clauses) < 2:
                continue
            groups, pos = [], 0
            for n in counts:
                groups.append(clauses[pos:pos + n])
                pos += n
            # the items of one label share a word (一手抓…，一手抓…; …重点抓…，…重点推…): clauses that do not
            # are a sentence that goes on, not a list
            if not all(_shared_word(text, group) for group in groups):
                continue
            for label, n, own in zip(labels, counts, groups):
                shown = "，".join(text[a:b] for a, b in own)
                yield self.finding("consistent", label.span(), own, f"“{text[label.start() + 1:label.end() - 1]}” = {n} clauses: {shown}",
                                   stated=float(n), expected_low=float(n), expected_high=float(n), gap=0.0)


def _shared_word(text: str, clauses: list[tuple[int, int]]) -> bool:
    """Whether every clause holds one same pair of Han characters."""
    common = None
    for a, b in clauses:
        pairs = {text[i:i + 2] for i in range(a, b - 1) if _HAN_PAIR.fullmatch(text, i, i + 2)}
        common = pairs if common is None else common & pairs
        if not common:
            return False
    return True



def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of [start, end) split at ，and ；, up to a clause of result (形成了…)."""
    clauses, pos = [], start
    for m in [*_CLAUSE_END.finditer(text, start, end), None]:
        stop = m.start() if m else end
        if _RESULT.match(text, pos):
            break
        a, b = pos, stop
        while a < b and text[a] in " \t\n":
            a += 1
        if b > a:
            clauses.append((a, b))
        if m is None:
            break
        pos = m.end()
    return clauses


RULE = LabelClauses()
