"""NF604 rank-within-top: a rank (第N位) stated with a top-M claim (前M位) must be within it.

## What it does
Pairs a rank and a "top M" in one sentence (名列浙江省第1位，连续两年居全省前三位) and checks
N ≤ M.

## Why it matters
A rank outside the top it is said to be in (第5位……居前三位) is a plain contradiction that
a reader trusting the ranking would not notice.

## Example
增幅名列全省第5位，连续两年居全省前三位 -> contradiction: 5 > 3.

## Not flagged
Ranks and tops in different sentences may refer to different lists and are not paired.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule, relative_gap
from numfacts.numerals import NotANumeral, parse

_RANK = regex.compile(r"第[ \t]*(?P<n>[0-9]+|[一二三四五六七八九十]+)[ \t]*(?:位|名)")
_TOP = regex.compile(r"前[ \t]*(?P<n>[0-9]+|[一二三四五六七八九十]+)[ \t]*(?:位|名|强|強)")
_TOP_BARE = regex.compile(r"(?P<n>[0-9]+|[一二三四五六七八九十]+)[ \t]*(?:强|強)")


class RankWithinTop(Rule):
    code = "NF604"
    name = "rank-within-top"
    summary = "a rank (第N位) said to be in a top M (前M位) of the same sentence is at most M"
    doc = __doc__
    examples = [
        {"text": "增幅名列浙江省第 1 位，连续两年居全省前三位。", "verdict": "consistent", "at": "第 1 位"},
        {"text": "增幅名列浙江省第5位，连续两年居全省前三位。", "verdict": "contradiction", "at": "第5位"},
        {"text": "我市位列第23位，较上年前移5位，连续三年进入全国前30强。", "verdict": "consistent", "at": "第23位"},
        {"text": "我市位列第33位，较上年前移5位，连续三年进入全国前30强。", "verdict": "contradiction", "at": "第33位"},
    ]

    def check(self, ctx):
        ordinals = [c for c in ctx.claims if c.kind == "ordinal"]
        for rank in ordinals:
            r = _RANK.fullmatch(rank.text.strip())
            if not r:
                continue
            s_start, s_end = ctx.sentence(rank.start)
            for top in ctx.claims_in(s_start, s_end, quantities=False):
                if top.kind not in ("ordinal", "label") or top is rank:
                    continue
                t = _TOP.fullmatch(top.text.strip()) or (
                    ctx.text[top.start - 1:top.start] == "前" and _TOP_BARE.fullmatch(top.text.strip()))
                if not t:
                    continue  # (前30强 is read as the label 30强 after 前)
                try:
                    n, m = int(parse(r.group("n")).low), int(parse(t.group("n")).low)
                except NotANumeral:
                    continue
                ok = n <= m
                message = f"{rank.text} is within {top.text}" if ok else f"{rank.text} is outside {top.text}"
                yield self.finding("consistent" if ok else "contradiction", rank, [top], message, stated=float(n),
                                   expected_low=1.0, expected_high=float(m), gap=0.0 if ok else relative_gap(n, m))


RULE = RankWithinTop()
