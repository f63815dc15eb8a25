"""Breakdowns: which figures the text states as parts of which whole, and whether they cover it.

Read from the words, never from the arithmetic:
- 其中 after a level opens its parts, to the end of the sentence (；-clauses included):
  进出口总值38.34万亿元，同比增长8.6%。其中，出口21.84万亿元…；进口16.5万亿元…
  Each clause gives at most one part: its first level in the whole's unit. A bracket after a
  part, or a clause led by 含/内含, holds that part's own parts, never the whole's.
- A total after its parts (…47566亿元，再融资债券26110亿元，合计73676亿元) closes a
  breakdown that is exhaustive by its words.
A breakdown is ``exhaustive`` when its parts are named by every word of a known partition
(出口/进口, 城镇/乡村: numfacts/data/rules.toml) or its last part is the rest (其他, 其余).
"""
from __future__ import annotations

from bisect import bisect_left

import regex

from numfacts.checking import common_tail
from numfacts.facts.reading import Fact
from numfacts.lexicon import load
from numfacts.patterns import alternation

_B = load("facts")["breakdowns"]
_OPENER = regex.compile(f"(?:{alternation(_B['openers'])})(?!之一|的|有)")
_TOTAL_BEFORE = regex.compile(
    f"(?:{alternation(_B['totals'])})(?:为|达|达到|约|近|超过|是|有)?[ \\t]*$")
_REST = regex.compile(f"^(?:{alternation(_B['rest'])})")
_NESTED_LEAD = regex.compile(f"^[ \\t]*(?:{alternation(_B['nested'])})")
_NEW_WHOLE_AFTER = regex.compile(r"\p{Han}{0,10}中[，,：:]")
_CLOSE_BRACKET = regex.compile(r"[）)]")
_FULL_STOP = regex.compile(r"[。！？!?\n]")
_CLAUSE_SEP = regex.compile(r"[，,；;、]")
_PARTITIONS = [p for p in load("rules")["NF302"]["partitions"]]


def comparable(a: Fact, b: Fact) -> bool:
    """Figures that can be parts of one whole: the same kind and unit (a count's generic
    measure word matches any)."""
    ca, cb = a.claim, b.claim
    if ca.kind != cb.kind:
        return False
    if ca.kind == "count":
        if ca.unit != cb.unit and "" not in (ca.unit, cb.unit):
            return False
        a, b = ca.noun, cb.noun
        return not a or not b or a[0] == b[0] or bool(common_tail([a, b]))  # 公司 ~ 公司盈利; 国家标准 ~ 推荐性国家标准
    return ca.unit == cb.unit


def _prose_level(f: Fact) -> bool:
    """A level that can be a whole or a part in prose: a stated amount, not a bare table number."""
    c = f.claim
    return f.role == "level" and f.is_amount and c.kind != "number" and bool(c.unit) and c.value == c.value_high


def read_breakdowns(view: str, facts: list[Fact]) -> None:
    """Set parent, parts and exhaustive on the facts, from 其中 and from totals after parts."""
    starts = [f.start for f in facts]
    for m in _OPENER.finditer(view):
        _open_parts(view, facts, starts, m.start(), m.end())
    for i, f in enumerate(facts):
        if _prose_level(f) and not f.parts and _TOTAL_BEFORE.search(view, f.clause_start, f.start):
            _close_parts(view, facts, i)


def _open_parts(view: str, facts: list[Fact], starts: list[int], at: int, after: int) -> None:
    stop = _FULL_STOP.search(view, after)
    end = stop.start() if stop else len(view)
    sentence = _full_sentence_start(view, at)
    if _inside_bracket(view, sentence, at):  # （其中…）: the parts end with the bracket
        close = _CLOSE_BRACKET.search(view, after, end)
        end = close.start() if close else end
    k = bisect_left(starts, at)
    parent = _parent_before(view, facts, k, at)
    if parent is None:
        return
    parts: list[Fact] = []
    last_clause = -1
    for f in facts[k:]:
        if f.start >= end:
            break
        if not _prose_level(f) or not comparable(parent, f) or f.parent is not None:
            continue
        if f.period and parent.period and f.period != parent.period:
            continue  # 去年同期…: a figure of another period is no part
        if _NEW_WHOLE_AFTER.match(view, f.end):
            break  # 在已公布半年报的38家企业中，…: a new whole, the breakdown is over
        inner = _inside_bracket(view, after, f.start)
        if not inner and _OPENER.search(view, after, f.start):
            break  # a second 其中 splits the last part, not the whole
        if inner or (parts and _NESTED_LEAD.match(view, f.clause_start)):
            if parts:
                f.parent = parts[-1]
                parts[-1].parts.append(f)
            continue
        if f.clause_start == last_clause:
            continue
        f.parent = parent
        parts.append(f)
        last_clause = f.clause_start
    if parts:
        parent.parts = parts
        parent.exhaustive = exhaustive(parts)


def _parent_before(view: str, facts: list[Fact], k: int, at: int) -> Fact | None:
    """The level 其中 splits: the last level of its sentence before it, or, when 其中 opens
    the sentence, of the sentence before in the same paragraph."""
    sentence = _full_sentence_start(view, at)
    opens = not view[sentence:at].strip(" \t\u3000，,")
    reach = sentence
    if opens and sentence and view[sentence - 1] != "\n":
        reach = _full_sentence_start(view, sentence - 1)
    for f in reversed(facts[:k]):
        if f.start < reach:
            return None
        if _prose_level(f) and not _inside_bracket(view, reach, f.start):
            if opens and f.sentence_start < sentence and f.parent is not None:
                return f.parent  # 员工174,406人，其中子公司员工877人。其中本科…: the sentence's subject
            return f
    return None


def _full_sentence_start(view: str, pos: int) -> int:
    """Where the sentence holding pos starts when only 。！？ and line breaks end sentences."""
    return max(view.rfind(ch, 0, pos) for ch in "。！？!?\n") + 1


def _inside_bracket(view: str, since: int, pos: int) -> bool:
    span = view[since:pos]
    return span.count("（") + span.count("(") > span.count("）") + span.count(")")


def _close_parts(view: str, facts: list[Fact], i: int) -> None:
    """合计73676亿元 after its parts: the levels of its unit and period before it in its
    ；-sentence, back to another total or a 其中."""
    total = facts[i]
    parts: list[Fact] = []
    for f in reversed(facts[:i]):
        if f.sentence_start != total.sentence_start or f.parts:
            break
        if not _prose_level(f) or f.claim.unit != total.claim.unit or not comparable(total, f) or f.parent is not None:
            continue
        if _OPENER.search(view, f.end, total.start) or (parts and f.period != parts[-1].period):
            break
        parts.append(f)
    if len(parts) < 2:
        return
    parts.reverse()
    for p in parts:
        p.parent = total
    total.parts = parts
    total.exhaustive = True


def exhaustive(parts: list[Fact]) -> bool:
    """Whether the parts' names say they cover their whole: every word of a partition, each in
    one part's name (出口/进口; 城镇/乡村), or a last part that is the rest (其他3条)."""
    if len(parts) < 2:
        return False
    if _REST.match(parts[-1].metric):
        return True
    return any(partition_covers(p, [f.metric for f in parts]) for p in _PARTITIONS)


def partition_covers(words: list[str], names: list[str]) -> bool:
    if len(words) != len(names):
        return False
    used = set()
    for name in names:
        hit = [w for w in words if w in name and w not in used]
        if len(hit) != 1:
            return False
        used.add(hit[0])
    return True
