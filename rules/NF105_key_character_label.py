"""NF105 key-character-label: a label that counts items by a character they share.

## What it does
A quoted label made of a numeral and one character — “五水共治”, “5G+四基”, “两分两换”,
‘三化’ — names that many items, each carrying the character:
* 五水共治 ↔ 治污水、防洪水、排涝水、保供水、抓节水 (a 、-list whose items carry 水, in the
  label's sentence or the next one; 和/及 may join the last two);
* 三化 ↔ 做优新型城镇化，…。做强新型工业化，…。做新治理现代化，… (clauses that open
  consecutive sentences and end in 化, within the next few sentences).
Each numeral-and-character term of the label is counted on its own (两分两换: 分 and 换).
A label of several terms explained term by term (“一廊两带三区”，即一条生态廊道、两条滨水绿带、
三个生态功能区) has each term's numeral equal to the count of the item carrying its character.
A term said again in the explanation (以东部新城、西部新城为两翼; 两区即高新区和经开区) is
read against the list right before or after it (“A和B” only confirms).
A label “N个K” after the quoted list it sums up (“一网通办、一窗受理、一次办好”的“三个一”) counts
that list's items carrying K.

## Why it matters
Such labels are how policy texts name a programme; a label that no longer matches the items
it abbreviates (after an edit of either) misleads every later reader.

## Example
深入推进“四水共治”，即治污水、防洪水、排涝水、保供水、抓节水 -> contradiction: 5 items carry 水, not 4.

## Not flagged
A mismatch is a contradiction only when the items form a 、-list that the label's own sentence
introduces right after it (即, 包括, ：, a bracket), every item carries the character and no
等 leaves the list open; otherwise the rule says indeterminate. Characters that are measure words or numerals (四个, 四大, 四百) make no
such label; NF101 and NF102 read those.
"""
from __future__ import annotations

from functools import cache

import regex

from numfacts.checking import Rule
from numfacts.lexicon import load
from numfacts.lists import list_after, list_before
from numfacts.numerals import parse
from numfacts.patterns import alternation

_DATA = load("rules")["NF105"]
_NOT_KEYS = frozenset(_DATA["not_keys"]) | frozenset(
    w for w in load("units")["classifier"] if len(w) == 1
)
# 二 is left out: 二产, 二次 are ordinals (a label counting two says 两 or 双)
_NUMERAL = "[两兩三四五六七八九十]"
_QUOTE = regex.compile(r"[“‘「『\"](?P<body>[^“”‘’「」『』\"\n]{2,12})[”’」』\"]")
# the label opens with its terms, after at most a Latin prefix (5G+四基): 五水, 两分两换, 三小一保
_LEAD = regex.compile(r"[ \t]*(?:[0-9A-Za-z]+[+＋][ \t]*)?")
_TERM = regex.compile(f"(?P<n>{_NUMERAL}|一)[ \t]?(?P<key>\\p{{Han}})(?!之)")
_STOP = "，,。；;：:！？!?（）()\n"
# a 、-list: items without clause punctuation, at least two
_LIST = regex.compile(f"[^{_STOP}、]+(?:、[^{_STOP}、]+)+")
_OPEN = regex.compile(r"[ \t]*(?:等等|等)")
# an explicit introduction of the items right after the label: “五水共治”，即… / （… / ：…
_INTRODUCED = regex.compile(r"[”’」』\"]?\p{Han}{0,6}?[ \t]*[，,]?[ \t]*(?:即|包括|分别是|分別是|[:：（(])")
_JOINERS = regex.compile(alternation(load("rules")["lists"]["joiners"]))
_CLAUSE = regex.compile(f"[^{_STOP}]+")
# an item that counts its thing: 两条滨水绿带, 三个生态功能区
_ITEM_COUNT = regex.compile(r"[ \t]*(?P<n>[一两兩二三四五六七八九十]{1,3})[ \t]*\p{Han}")
# “三个一” summing up the quoted list right before it: “一网通办、一窗受理、一次办好”的“三个一”
_COUNTED = regex.compile(f"(?P<n>{_NUMERAL})[个個](?P<key>\\p{{Han}})")
_QUOTED_LIST_BEFORE = regex.compile(r"[“‘「『\"](?P<list>[^“”‘’「」『』\"\n，,。；;]{3,60})[”’」』\"][ \t]*的?[ \t]*$")
_SENTENCES_AHEAD = int(_DATA["sentences_ahead"])


class KeyCharacterLabel(Rule):
    code = "NF105"
    name = "key-character-label"
    summary = "a label of a numeral and a character (“五水共治”, ‘三化’) names as many items carrying that character"
    doc = __doc__
    examples = [
        {"text": "深入推进“五水共治”，即治污水、防洪水、排涝水、保供水、抓节水。", "verdict": "consistent", "at": "五水共治"},
        {"text": "深入推进“四水共治”，即治污水、防洪水、排涝水、保供水、抓节水。", "verdict": "contradiction", "at": "四水共治"},
        {"text": "深入推进“五水共治”，即治污水、防洪水、排涝水、保供水和抓节水。", "verdict": "consistent", "at": "五水共治"},
        {"text": "推进“5G+四基”产业发展，强化核心基础零部件、先进基础工艺、关键基础材料、产业技术基础领域等产业配套。",
         "verdict": "consistent", "at": "四基"},
        {"text": "探索实施“两分两换”模式，将宅基地与承包地分开、农房搬迁与土地流转分开，以承包地换股、换租、增保障。",
         "verdict": "consistent", "at": "两分两换"},
        {"text": "做好‘三化’文章。做优新型城镇化，加快新城建设。做强新型工业化，推动转型。做新治理现代化，深化改革。",
         "verdict": "consistent", "at": "三化"},
        {"text": "做好‘四化’文章。做优新型城镇化，加快新城建设。做强新型工业化，推动转型。做新治理现代化，深化改革。",
         "verdict": "indeterminate", "at": "四化"},
        {"text": "推进“四水共治”，治污水、防洪水、排涝水、保供水、抓节水等工作全面铺开。", "verdict": None},
        {"text": "实施“四个一”工程，建设一批项目、一批平台。", "verdict": None},
        {"text": "做好“三农”工作，加快农业农村现代化、提高农民收入。", "verdict": None},
        {"text": "开展“三服务”活动（服务企业、服务群众）。", "verdict": "contradiction", "at": "三服务"},
        {"text": "建成“一廊两带三区”生态格局，即一条生态廊道、两条滨水绿带、三个生态功能区。", "verdict": "consistent", "at": "一廊两带三区"},
        {"text": "建成“一廊两带三区”生态格局，即一条生态廊道、三条滨水绿带、三个生态功能区。", "verdict": "contradiction", "at": "一廊两带三区"},
        {"text": "建成“一廊两带三区”生态格局，即一条生态廊道、两条滨水绿带、多个生态功能区。", "verdict": None},
        {"text": "构建“一核两翼三带”空间格局，即以主城区为核心，以东部新城、西部新城为两翼，打造沿江、沿湖、沿路三条发展带。",
         "verdict": "consistent", "at": "一核两翼三带"},
        {"text": "构建“一核三翼三带”空间格局，即以主城区为核心，以东部新城、西部新城为两翼，打造沿江、沿湖、沿路三条发展带。",
         "verdict": "contradiction", "at": "一核三翼三带"},
        {"text": "建设“一城两区三园”，一城即科技城，两区即高新区和经开区，三园即软件园、物流园和文创园。", "verdict": "consistent",
         "at": "一城两区三园"},
        {"text": "建设“一城三区三园”，一城即科技城，两区即高新区和经开区，三园即软件园、物流园和文创园。", "verdict": "indeterminate",
         "at": "一城三区三园"},
        {"text": "建立“一网通办、一窗受理、一次办好”的“三个一”工作机制。", "verdict": "consistent", "at": "三个一"},
        {"text": "建立“一网通办、一窗受理、一次办好”的“四个一”工作机制。", "verdict": "contradiction", "at": "四个一"},
        {"text": "建立“一网通办、全程代办、一次办好”的“三个一”工作机制。", "verdict": "indeterminate", "at": "三个一"},
    ]

    def check(self, ctx):
        text = ctx.text
        for q in _QUOTE.finditer(text):
            terms = _terms(text, q)
            paired = self._term_by_term(ctx, q, terms) if len(terms) >= 2 else None
            if paired:
                yield paired
                continue
            for term in terms:
                n = int(parse(term.group("n")).low)
                if n < 2:
                    continue  # 三改一拆: 一拆 names one thing
                found = (self._restated(ctx, q, term) or self._listed(ctx, q, term.group("key"))
                         or self._openers(ctx, q, term.group("key")))
                if found:
                    yield self._judge(q, term, n, *found)
            counted = _COUNTED.fullmatch(q.group("body"))
            before = counted and _QUOTED_LIST_BEFORE.search(text, max(0, q.start() - 70), q.start())
            if before and "、" in before.group("list"):
                items = _items(text, *before.span("list"))
                carrying = [(a, b) for a, b in items if counted.group("key") in text[a:b]]
                if len(carrying) >= 2:
                    yield self._judge(q, counted, int(parse(counted.group("n")).low), carrying,
                                      len(carrying) == len(items))

    def _term_by_term(self, ctx, quote, terms):
        """“一廊两带三区”，即一条生态廊道、两条滨水绿带、三个生态功能区: one item per term, in order,
        each carrying its term's character and counting it with a numeral of its own."""
        text = ctx.text
        s_end = ctx.sentence(quote.start())[1]
        introduced = _INTRODUCED.match(text, quote.end(), min(s_end, quote.end() + 12))
        run = introduced and _LIST.match(text, introduced.end(), s_end)
        if not run:
            return None
        items = _items(text, run.start(), run.end())
        if len(items) != len(terms) or not all(t.group("key") in text[a:b] for t, (a, b) in zip(terms, items)):
            return None
        counts = [_ITEM_COUNT.match(text, a, b) for a, b in items]
        if not all(counts):
            return None
        stated = [int(parse(t.group("n")).low) for t in terms]
        listed = [int(parse(m.group("n")).low) for m in counts]
        wrong = [(t.group(), k) for t, n, k in zip(terms, stated, listed) if n != k]
        label = quote.group("body")
        message = (f"“{label}”: " + ", ".join(f"{t.group()} = {k}" for t, k in zip(terms, listed)) if not wrong
                   else f"“{label}”: " + ", ".join(f"{t} names {k} items" for t, k in wrong))
        return self.finding("contradiction" if wrong else "consistent", quote.span("body"), items, message,
                            stated=float(sum(stated)), expected_low=float(sum(listed)), expected_high=float(sum(listed)),
                            gap=0.0 if not wrong else abs(sum(listed) - sum(stated)) / sum(stated))

    def _restated(self, ctx, quote, term):
        """The term said again in the explanation with its items (“一核两翼三带”，即…以东部新城、西部新城
        为两翼; 两区即高新区和经开区): a list right before or after the repeated term."""
        text = ctx.text
        s_end = ctx.sentence(quote.start())[1]
        again = _counted_by(term.group("key")).search(text, quote.end(), s_end)
        if again is None:
            return None
        listed = list_before(text, again.start()) or list_after(text, again.end())
        if listed is None or len(listed.counts) != 1:
            return None
        return list(listed.items), not (listed.weak or listed.open)

    def _listed(self, ctx, quote, key):
        """The first 、-list after the label, in its sentence or the next, whose items carry the key."""
        text = ctx.text
        s_start, s_end = ctx.sentence(quote.start())
        end = ctx.sentence(s_end)[1] if s_end < len(text) else s_end
        for run in _LIST.finditer(text, quote.end(), end):
            items = _items(text, run.start(), run.end())
            carrying = [(a, b) for a, b in items if key in text[a:b]]
            if len(carrying) < 2:
                continue
            introduced = _INTRODUCED.match(text, quote.end(), run.start() + 4)
            strict = (bool(introduced) and introduced.end() - 4 <= run.start() and run.end() <= s_end
                      and len(carrying) == len(items)
                      and not _OPEN.match(text, run.end()) and "等" not in text[items[-1][0]:items[-1][1]])
            return carrying, strict
        return None

    def _openers(self, ctx, quote, key):
        """Clauses that open consecutive sentences after the label and end in the key (做优新型城镇化，)."""
        text = ctx.text
        pos = ctx.sentence(quote.start())[1]
        found = []
        for _ in range(_SENTENCES_AHEAD):
            if pos >= len(text):
                break
            s_start, s_end = ctx.sentence(pos)
            clause = _CLAUSE.search(text, s_start, s_end)
            if clause and clause.group().rstrip().endswith(key) and clause.end() < s_end:
                found.append(clause.span())
            elif found:
                break
            pos = max(s_end, pos + 1)
        return (found, False) if len(found) >= 2 else None

    def _judge(self, quote, term, n, items, strict):
        count = len(items)
        label = term.group()
        if count == n:
            verdict = "consistent"
            message = f"“{quote.group('body')}”: {label} = {count} items carrying {term.group('key')}"
        else:
            verdict = "contradiction" if strict else "indeterminate"
            message = (f"“{quote.group('body')}”: {label} names {n}, but {count} items carry {term.group('key')}"
                       + ("" if strict else " (the items may not all be the label's)"))
        return self.finding(verdict, quote.span("body"), items, message, stated=float(n),
                            expected_low=float(count), expected_high=float(count),
                            gap=0.0 if count == n else abs(count - n) / n)


@cache
def _counted_by(key: str) -> regex.Pattern:
    """A numeral and the key character (两翼, 三园): a label's term said again."""
    return regex.compile(f"{_NUMERAL}{regex.escape(key)}")


def _terms(text: str, quote) -> list:
    """The numeral-and-character terms a quoted label opens with (none if it opens otherwise)."""
    terms, pos, end = [], _LEAD.match(text, quote.start("body")).end(), quote.end("body")
    while term := _TERM.match(text, pos, end):
        if term.group("key") in _NOT_KEYS:
            break
        terms.append(term)
        pos = term.end()
    return terms


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items of a 、-list, the last one split at 和/及 when both halves still read as items."""
    items, pos = [], start
    for m in regex.finditer("、", text[start:end]):
        items.append((pos, start + m.start()))
        pos = start + m.end()
    items.append((pos, end))
    a, b = items[-1]
    join = _JOINERS.search(text, a, b)
    if join and join.start() > a and join.end() < b:
        items[-1:] = [(a, join.start()), (join.end(), b)]
    return items


RULE = KeyCharacterLabel()
