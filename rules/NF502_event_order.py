"""NF502 event-order: what happened after an event cannot be dated before it.

## What it does
Reads "X之后/以后" (亚运会之后，……于2012年9月30日对外免费开放), finds X with its year in the
sentences just before (根据2010年广州亚运会开闭幕式主场馆改造而成), and checks that every
year stated after the cue is no earlier than the event's.

## Why it matters
A date moved before the event it follows is a transcription error a reader spots only
by knowing the history.

## Example
2010年广州亚运会……。亚运会之后，……于2008年9月30日对外开放 -> contradiction: 2008 < 2010.

## Not flagged
An event whose year is not stated within the previous few sentences is not judged.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule
from numfacts.lexicon import load
from numfacts.patterns import alternation

# the cue first, then the event written before it: scanning for the cue alone is several
# times faster than a pattern that opens with a run of Han characters
_AFTER = regex.compile(f"(?:{alternation(load('rules')['NF502']['after_cues'])})[ \\t]*[，,]")
_EVENT = regex.compile(r"\p{Han}{2,8}$")
_YEAR = regex.compile(r"(?:1[5-9]|20)[0-9]{2}")
_BACK = 300


class EventOrder(Rule):
    code = "NF502"
    name = "event-order"
    summary = "a date stated after “X之后” is no earlier than X's year"
    doc = __doc__
    examples = [
        {"text": "海心沙公园是根据2010年广州亚运会主场馆改造而成。亚运会之后，市政府保留部分设施，于2012年9月30日对外免费开放。",
         "verdict": "consistent", "at": "2012年9月30日"},
        {"text": "海心沙公园是根据2010年广州亚运会主场馆改造而成。亚运会之后，市政府保留部分设施，于2008年9月30日对外免费开放。",
         "verdict": "contradiction", "at": "2008年9月30日"},
    ]

    def check(self, ctx):
        text = ctx.text
        for cue in _AFTER.finditer(text):
            m = _EVENT.search(text, max(0, cue.start() - 8), cue.start())
            if m is None:
                continue
            event = regex.sub(r"^[在自从於于]", "", m.group())
            s_start, s_end = ctx.sentence(m.start())
            where = text.rfind(event, max(0, s_start - _BACK), s_start)
            if where < 0 or len(event) < 2:
                continue
            e_start = ctx.sentence(where)[0]
            years = [c for c in ctx.claims_in(e_start, where + len(event), quantities=False)
                     if c.kind in ("year", "date") and _YEAR.search(c.text)]
            if not years:
                continue
            before = years[-1]
            y0 = int(_YEAR.search(before.text).group())
            for later in ctx.claims_in(cue.end(), s_end, quantities=False):
                if later.kind not in ("year", "date") or not _YEAR.search(later.text):
                    continue
                y1 = int(_YEAR.search(later.text).group())
                ok = y1 >= y0
                message = (f"{later.text} comes after {event} ({before.text})" if ok
                           else f"{later.text} is dated before {event} ({before.text}), yet the text says it came after")
                yield self.finding("consistent" if ok else "contradiction", later, [before], message,
                                   stated=float(y1), expected_low=float(y0), expected_high=float("inf"),
                                   gap=0.0 if ok else (y0 - y1) / y0)


RULE = EventOrder()
