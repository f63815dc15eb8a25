"""Enumerations in running text: the items a stated count or label refers to.

Chinese prose lists items with 、 and may join the last one with 和/及/与/以及; 等 closes
a list that may be longer than shown. Three shapes are read here:

* a list right before the figure: 电子商务、智慧安防、智慧健康三大产业;
* a list right after the figure and its noun: 4个受理窗口，分别是A、B、C、D; （即A、B、C）;
* an ordinal list after it: 五个方面……一是……二是……五是.

Quoted items side by side (“西溪创意名家”“影视西溪造”两大品牌) also make a list; a lone
"A和B" makes a `pair`, which rules may confirm but never use to contradict a count.

Parsing is separate from judging: these functions only report what the list holds; the
rules in rules/ compare it with the stated number.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from numfacts.lexicon import load
from numfacts.patterns import alternation

_COMMA = regex.compile("、")
_HARD_STOP = "，,。；;：:！？!?（）()"
_BEFORE_TAIL = regex.compile(
    r"(?:等等|等|在内的|在內的|在内|在內|共|这|這|此|这些|這些|合计|合計|总共|總共|[“‘\"「『 \t\u3000]"
    # ……为主要内容的“四通工作法”: the list is what the count is made of
    r"|[為为](?:主要)?(?:內容|内容|重点|重點|核心|主线|主線|抓手|支撑|支撐)的)+$"
)
_LISTS = load("rules")["lists"]
_JOINERS = regex.compile(alternation(_LISTS["joiners"]))
# A verb ending the last item, or an item that is only a verb, shows the list modifies the
# count rather than naming what it counts (在上海、杭州、宁波召开5场推介会; 新建、改建、扩建学校5所).
_BLANK_LINE = regex.compile(r"\n[ \t\u3000\xa0]*\n(?!.*\n[ \t\u3000\xa0]*\n)", regex.S)  # the last blank line
_LEAD_VERB = regex.compile(f"(?:{alternation(_LISTS['lead_verbs'])})了?")
# a list named by its role (…为支撑的) after a clause naming another role (以A、B为主导，)
_ROLE_TAIL = regex.compile(r"[為为]\p{Han}{1,4}的")
_ROLE_CLAUSE = regex.compile(r"[為为]\p{Han}{1,4}$")
_ENDS_IN_VERB = regex.compile(f"(?:{alternation(_LISTS['verbs'])})了?$")
# 各设2个 (each); 4项工作中的2项 (a part); 北京、上海、深圳等地的人才团队12个 (the list qualifies the noun)
_NOT_THE_ITEMS = regex.compile(r"各|等\p{Han}{0,3}的|(?:中的|其中|之中|于一体的|於一體的)$|[0-9０-９]+[ \t]*\p{Han}?$")
_VERB_ONLY = regex.compile(f"(?:{alternation(_LISTS['verbs'])})")
_NOT_JOINING = regex.compile(alternation(_LISTS["not_joining"]))
# After a comma only an explicit introduction opens the list (分别是, 包括, 即, ：); a bare 是/为
# there starts a new clause (建成3个中心，为群众提供医疗、养老服务) and opens nothing.
_INTRO_AFTER = regex.compile(
    r"\p{Han}{0,12}?[”’\"」』]?[ \t]*(?:"
    r"[，,][ \t]*(?:分别是|分別是|分别为|分別為|分别|分別|依次是|依次为|包括|包含|即|[:：]"
    r"|(?:具体|具體|主要)(?:是|为|為|包括|有)[ \t]*[:：]?)"
    r"|(?:分别是|分別是|分别为|分別為|分别|分別|依次是|依次为|包括|包含|即|是|为|為|[:：]))"
    r"|\p{Han}{0,12}?[”’\"」』]?[ \t]*[（(][ \t]*(?:即|包括)?"
    # a quoted label, a few words after it, then an explicit introduction: 在“三个聚焦”上下功夫：
    # 聚焦A、聚焦B; “四个一”工程，即一张蓝图、一个平台…
    r"|\p{Han}{0,12}?[”’\"」』]\p{Han}{1,6}?[ \t]*(?:[:：]|[，,][ \t]*(?:即|包括|分别是|分別是))"
)
_INCLUDING = regex.compile(r"包括|包含")
# the count is itself an item of a list of quoted names: …、“三进三亮”; “五水共治”“三改一拆”“四边三化”
# …、“三进三亮” or 一条廊道、两条绿带、|三个功能区: the figure is itself an item of a list
_ITEM_QUOTE = regex.compile(r"(?:(?:、|[”’」』])[ \t]*[“‘「『]|、)[ \t]*$")
# Quoted items, each one quote or a change from one quote to another (“坐堂办”向“下去办”).
_QUOTE_BODY = r"[^“”‘’「」『』《》\n]{1,30}"
_CHANGE_TO = r"[ \t]*(?:向|到|变为|變為|变成|變成|转向|轉向)[ \t]*"
_QUOTED_RUN = regex.compile(
    f"(?:[“‘「『《]{_QUOTE_BODY}[”’」』》](?:{_CHANGE_TO}[“‘「『]{_QUOTE_BODY}[”’」』])?(?:[、 \t]|以及|及|和|与|與)*){{2,}}$"
)
_QUOTED_ITEM = regex.compile(
    f"(?P<item>[“‘「『]{_QUOTE_BODY}[”’」』]{_CHANGE_TO}[“‘「『]{_QUOTE_BODY}[”’」』])"
    f"|[“‘「『《](?P<item>{_QUOTE_BODY})[”’」』》]"  # 《政府工作报告》《计划报告》等三个报告
)
_OPEN_TAIL = regex.compile(r"(?:等等|等)[\p{Han}]{0,6}$")
_AFTER_STOP = regex.compile(r"[。；;！？!?）)\n]|[，,]")
_ENUMERATOR = regex.compile(r"[ \t]*(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[、．.]|[ \t]*[（(][一二三四五六七八九十0-9]{1,3}[)）]")
_SEMICOLON = regex.compile(r"[；;]")
_SENTENCE_STOP = regex.compile(r"[。！？!?\n]")
_CLAUSE_MAX = 40
_COMMA_JOINER = regex.compile(r"[ \t]*(?:以及|及|和|与|與|还有|還有)[ \t]*")
_ITEM_MAX = 24
_PAGE_MARK = regex.compile(r"[0-9]+")
_SECTION_NUMBER = regex.compile(r"(?<=^|\n[ \t\u3000]*)[一二三四五六七八九十]{1,3}")
_NUMERAL_FIRST = regex.compile(r"[一二三四五六七八九十]")
# An item that is only an article or a count (…、一个“五采区”…) means the figure sits
# inside an item of a longer list, not after it.
_ARTICLE_ITEM = regex.compile(r"[一二两兩三四五六七八九十0-9]+[个個条條项項名家种種所座支套批]?")
# a count that owns the items after it (两省的, 3个区的), or closes a list of its own before a
# joiner (三大主导产业和|新材料、新能源两大; 设立3个分中心和|12个服务站): the list starts after it
_COUNT_OF = regex.compile(r"(?:[0-9]+|[两兩二三四五六七八九十]+)[ \t]*(?:个|個)?\p{Han}的"
                          r"|(?:[0-9]+|[两兩二三四五六七八九十]+)[ \t]*(?:个|個|大|家|项|項|条|條|类|類|种|種|所|座)"
                          r"\p{Han}{0,8}?(?:以及|和|及|与|與)")
_CN_ORDINALS = "一二三四五六七八九十"
_N = r"(?P<n>[二三]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"  # 一 … 三十九
_FAMILIES = {
    "paren": rf"[（(]{_N}[)）]",
    "dun": rf"{_N}、",
    "di": rf"第{_N}[，,、：:]",
    **{f"k{i}": rf"{_N}{kind}" for i, kind in enumerate(["是", "要", "则", "則", "抓", "为", "為"])},
    "lei": rf"{_N}(?:类|類|种|種)(?:是|为|為)",  # 一类是……二类是……
    "circled": r"(?P<n>[①-⑳])",  # ①……②……③……
    "arabic_paren": r"[（(](?P<n>[1-9][0-9]?)[)）]",  # （1）……（2）……
    "arabic": r"(?P<n>[1-9][0-9]?)[.．、](?![0-9])",  # 1.……2.…… (not 1.5, nor 1、2月)
}
_FAMILY_PATTERNS = {name: regex.compile(pattern) for name, pattern in _FAMILIES.items()}
_ANY_MARKER = regex.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _FAMILIES.items()))


@dataclass(frozen=True)
class Enumeration:
    """The items of a list; ``counts`` are the item counts its readings allow."""

    items: tuple[tuple[int, int], ...]
    counts: tuple[int, ...]  # from no 和/及 splitting to every 和/及 splitting
    open: bool  # closed by 等: more items may exist
    weak: bool = False  # only "A和B", or clauses split by ；: may confirm a count, never contradict it


def _split_items(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Items between start and end split on 、, and the same with 和/及 also splitting."""
    items, pos = [], start
    for m in _COMMA.finditer(text, start, end):
        items.append((pos, m.start()))
        pos = m.end()
    items.append((pos, end))
    # page markers of PDF text (\n\n9、) are no items
    items = [(a, b) for a, b in ((_strip(text, a, b)) for a, b in items) if b > a and not _PAGE_MARK.fullmatch(text, a, b)]
    # nor is a section number at a line's start (三、对策建议), unless numerals follow (一、二、三产业)
    if len(items) > 1 and _SECTION_NUMBER.fullmatch(text, *items[0]) and not _NUMERAL_FIRST.match(text, items[1][0]):
        items = items[1:]
    joined = []
    for a, b in items:
        words = [w.span() for w in _NOT_JOINING.finditer(text, a, b)]
        cut = [m for m in _JOINERS.finditer(text, a, b)
               if m.start() > a and m.end() < b and not any(s <= m.start() < e for s, e in words)]
        if cut:
            p = a
            for m in cut:
                joined.append((p, m.start()))
                p = m.end()
            joined.append((p, b))
        else:
            joined.append((a, b))
    return items, joined


def _readings(items: list, joined: list) -> tuple[int, ...]:
    """Item counts from splitting at none to all of the 和/及 inside items: each joiner may or
    may not separate two items (省立医院、协和医院和市一医院 is three, split at one of two 和)."""
    return tuple(range(len(items), len(joined) + 1))


def _pieces(text: str, separator: regex.Pattern, start: int, end: int) -> list[tuple[int, int]]:
    """The non-empty stretches of [start, end) between separators, stripped (clauses at ；, items at ，)."""
    pieces, pos = [], start
    for m in separator.finditer(text, start, end):
        pieces.append(_strip(text, pos, m.start()))
        pos = m.end()
    pieces.append(_strip(text, pos, end))
    return [(a, b) for a, b in pieces if b > a]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\u3000\xa0\n：:":  # 即：汽车产业集群、…
        a += 1
    while b > a and text[b - 1] in " \t\u3000\xa0\n":
        b -= 1
    return a, b


def list_before(text: str, pos: int, limit: int = 90, topics: bool = False) -> Enumeration | None:
    """The list that ends right before ``pos`` (电子商务、智慧安防、智慧健康|三大产业).

    ``topics``: the count names topics (五个方面), so a last item ending in a verb is a verbal
    noun (有效投入、结构调整和平台建设|五个方面), not the verb of what is counted (召开|5场).
    """
    lo = max(0, pos - limit)
    end = pos
    if _ITEM_QUOTE.search(text, lo, end):
        return None  # …、“三进三亮”, 一条廊道、两条绿带、三个区: the figure is itself an item of the list
    tail = _BEFORE_TAIL.search(text, lo, end)
    is_open = False
    if tail:
        is_open = "等" in tail.group()
        end = tail.start()
    if end > lo and text[end - 1] in "”’」』":  # “东整、南启、西优、北建、中塑”五篇文章
        opening = max(text.rfind(q, lo, end - 1) for q in "“‘「『")
        if opening >= 0 and "、" in text[opening:end]:
            lo, end = opening + 1, end - 1
    quoted = _QUOTED_RUN.search(text, lo, end)
    if quoted:  # “西溪创意名家”“影视西溪造”两大品牌
        items = [m.span("item") for m in _QUOTED_ITEM.finditer(text, quoted.start(), quoted.end())]
        return Enumeration(tuple(items), (len(items),), is_open)
    start = end
    while start > lo and text[start - 1] not in _HARD_STOP and text[start - 1] not in "”’」』":
        start -= 1
    blank = _BLANK_LINE.search(text, start, end)
    if blank and "、" in text[start:blank.start()]:
        # 精神的洗禮、思想的盛\n\n实现了A、B、C的三个全覆盖: two runs of items a blank line apart are two
        # lists (but 走访智利圣地亚哥和巴西\n\n里约热内卢、圣保罗三地 is one, broken by the page)
        start = blank.end()
    first_comma = text.find("、", start, end)
    leads = list(_LEAD_VERB.finditer(text, start, end))
    if first_comma >= 0 and leads and leads[-1].end() < text.rfind("、", start, end):
        start = leads[-1].end()  # 市委书记、市长分别带队赴|北京、上海两地: the list starts after the verb
    owner = list(_COUNT_OF.finditer(text, start, end))
    if owner:
        start = owner[-1].end()  # 江苏、浙江两省的|苏州、无锡、常州、杭州、宁波5市: the list starts after 两省的
    if tail and _ROLE_TAIL.search(tail.group()) and start > 0 and text[start - 1] in "，," \
            and _ROLE_CLAUSE.search(text, max(0, start - 1 - _ITEM_MAX), start - 1):
        is_open = True  # 以汽车、电子为主导，医药、食品为支撑的四大产业: the list began a clause earlier
    if "、" not in text[start:end]:
        return _pair(text, start, end, is_open)
    items, joined = _split_items(text, start, end)
    if len(items) < 2 or any(b - a > _ITEM_MAX for a, b in joined[1:]):
        return None
    if _ARTICLE_ITEM.fullmatch(text, *items[-1]):
        return None
    if "等" in text[items[-1][0]:items[-1][1]]:
        is_open = True  # 清华大学、浙江大学、复旦大学等高校院所建设研究院5家: 等 closed a list of examples
    if (not topics and _ENDS_IN_VERB.search(text, *items[-1])) or any(_VERB_ONLY.fullmatch(text, a, b) for a, b in items):
        return None  # 在上海、杭州、宁波召开5场; 新建、改建、扩建学校5所: the list is not what is counted
    if _NOT_THE_ITEMS.search(text, *items[-1]):
        return None  # 各设2个 (each); 4项工作中的2项 (a part); 江苏、安徽、山东3省8市 (the list is 3省's)
    return Enumeration(tuple(joined), _readings(items, joined), is_open)


def _pair(text: str, start: int, end: int, is_open: bool) -> Enumeration | None:
    """A two-item list joined by one 和/及/与 only (阿里巴巴云公司和转塘科技经济园区两大平台)."""
    words = [w.span() for w in _NOT_JOINING.finditer(text, start, end)]
    cuts = [m for m in _JOINERS.finditer(text, start, end)
            if start < m.start() and m.end() < end and not any(s <= m.start() < e for s, e in words)]
    if len(cuts) != 1 or end - cuts[0].end() > _ITEM_MAX:
        return None
    a, b = _strip(text, start, cuts[0].start()), _strip(text, cuts[0].end(), end)
    return Enumeration((a, b), (2,), is_open, weak=True)


def list_after(text: str, pos: int, limit: int = 160) -> Enumeration | None:
    """The list introduced right after ``pos`` (…窗口，分别是A、B、C、D; （即A、B、C）)."""
    intro = _INTRO_AFTER.match(text, pos, min(len(text), pos + 30))
    if not intro:
        return None
    start = intro.end()
    hi = min(len(text), start + limit)
    stop = _AFTER_STOP.search(text, start, hi)
    end = stop.start() if stop else hi
    segment = text[start:end]
    if _ENUMERATOR.match(segment):
        return None  # 三个：一、……；二、……: an ordinal list, read by ordinal_list_after
    if "、" not in segment:
        # 三个：推进A；深化B；强化C (；-clauses), 分别是A，B，C和D (comma items), or 两区即高新区和经开区
        # (a pair): weak lists
        return _clauses_after(text, intro, start, hi) or _comma_items(text, intro, start, hi) or _pair(text, start, end, False)
    last = None
    if stop and stop.group() in "，," and (join := _COMMA_JOINER.match(text, stop.end())):
        # 包括A、B，以及C: a joiner after the comma adds the last item
        nxt = _AFTER_STOP.search(text, join.end(), hi)
        last = (join.end(), nxt.start() if nxt else hi)
    tail = _OPEN_TAIL.search(text[start:last[1] if last else end])
    is_open = False
    if tail:
        is_open = True
        if last:
            last = (last[0], start + tail.start())
        else:
            end = start + tail.start()
    items, joined = _split_items(text, start, end)
    if len(items) < 2 or any(b - a > _ITEM_MAX for a, b in items):
        return None
    if last:
        last = _strip(text, *last)
        if not last[0] < last[1] <= last[0] + _ITEM_MAX:
            return None
        items, joined = items + [last], joined + [last]
    if _INCLUDING.search(text, intro.start(), intro.end()) and not last and len(joined) == len(items):
        # 包括 (including) may name only some of them, as 等 does, unless a joiner closes the list
        # (包括A、B和C; 包括A、B，以及C)
        is_open = True
    return Enumeration(tuple(joined), _readings(items, joined), is_open)


_CLAUSE_STOP = regex.compile(r"[。；;！？!?\n]")
_RESPECTIVE_INTRO = regex.compile(r"分别是|分別是|分别为|分別為|依次是|依次为|依次為")
_COMMA_ITEM_MAX = 12


def _comma_items(text: str, intro, start: int, hi: int) -> Enumeration | None:
    """设置4个窗口，分别是A，B，C和D: short items split by commas after 分别是/依次为, the last two
    perhaps joined by 和 — a weak list (it may confirm a count, never contradict one)."""
    if not _RESPECTIVE_INTRO.search(intro.group()):
        return None
    stop = _CLAUSE_STOP.search(text, start, hi)
    items = _pieces(text, _CLAUSE_SEP, start, stop.start() if stop else hi)
    if len(items) < 2 or any(b > a + _COMMA_ITEM_MAX for a, b in items):
        return None
    a, b = items[-1]
    join = _JOINERS.search(text, a, b)
    counts = (len(items),)
    if join and a < join.start() and join.end() < b:
        items[-1:] = [(a, join.start()), (join.end(), b)]
        counts = (len(items) - 1, len(items))
    return Enumeration(tuple(items), counts, False, weak=True)


def _clauses_after(text: str, intro, start: int, hi: int) -> Enumeration | None:
    """三项工作：推进A；深化B；强化C。 — clauses split by ； after a colon: a weak list (it may confirm a
    count, never contradict one: a further clause may be comment rather than an item)."""
    if not intro.group().rstrip().endswith((":", "：")) or _ANY_MARKER.match(text, start):
        return None  # 五个方面：一是……；二是……: an ordinal list, read by ordinal_list_after
    stop = _SENTENCE_STOP.search(text, start, hi)
    items = _pieces(text, _SEMICOLON, start, stop.start() if stop else hi)
    if len(items) < 2 or any(b - a > _CLAUSE_MAX for a, b in items):
        return None
    return Enumeration(tuple(items), (len(items),), False, weak=True)


def ordinal_list_after(text: str, pos: int, reach: int = 400, limit: int = 12000,
                       headings: bool = False) -> Enumeration | None:
    """一是……二是……N是, （一）……（N）, 一、……N、 or 第一，……第N， after ``pos``: N items.

    The list is the family of the first marker found within ``reach``: a section numbered
    （一）（二） that has 一是/二是 inside it is counted by its sections, not by its 是.
    ``headings``: only markers that open a line count (the sections of a speech, past an
    inline list of its own in between).
    """
    first = None
    for m in _ANY_MARKER.finditer(text, pos, min(len(text), pos + reach)):
        if _ordinal_value(m.group("n")) == 1 and _marker_ok(text, m) and (not headings or _opens_line(text, m)):
            first = m
            break
    if not first:
        return None
    family = _FAMILY_PATTERNS[next(name for name in _FAMILIES if first.group(name))]
    items = [(first.start(), first.end())]
    expected = 2
    inline = False  # 一、…；二、…；三、… in one paragraph: a later 四、 elsewhere is another list's
    for m in family.finditer(text, first.end(), min(len(text), first.end() + limit)):
        if not _marker_ok(text, m) or (headings and not _opens_line(text, m)):
            continue
        n = _ordinal_value(m.group("n"))
        if n == expected:
            same_paragraph = "\n" not in text[items[-1][1]:m.start()]
            if expected == 2:
                inline = same_paragraph
            elif inline and not same_paragraph:
                break
            items.append((m.start(), m.end()))
            expected += 1
        elif n == 1:
            break  # a new list starts
    if len(items) < 2:
        return None
    return Enumeration(tuple(items), (len(items),), False)


def _marker_ok(text: str, m: regex.Match) -> bool:
    """A marker opens a clause: after punctuation, a line start or a quote."""
    before = text[m.start() - 1] if m.start() else "\n"
    return before in "，,。；;：:！？!?\n “\"‘（( \t\u3000"


def _opens_line(text: str, m: regex.Match) -> bool:
    """Whether a marker stands at the start of a line (spaces aside)."""
    return text[:m.start()].rstrip(" \t\u3000").endswith("\n")


def _ordinal_value(s: str) -> int:
    if "①" <= s <= "⑳":
        return ord(s) - ord("①") + 1
    if s.isascii() and s.isdigit():
        return int(s)
    tens = 0
    if len(s) > 1 and s[1] == "十":  # 二十, 三十五
        tens, s = 10 * (_CN_ORDINALS.index(s[0]) + 1), s[1:]
    if s.startswith("十"):
        return (tens or 10) + (_CN_ORDINALS.index(s[1]) + 1 if len(s) > 1 else 0)
    return _CN_ORDINALS.index(s) + 1


def echo_list_after(text: str, pos: int, noun: str, lead: str, reach: int = 600) -> Enumeration | None:
    """Clauses that echo a counted noun (强化四种思维：强化战略思维……强化创新思维……; 三个坚持：坚持……坚持……).

    An item is a clause that opens with ``lead`` + up to four characters + ``noun`` (强化X思维),
    or with the noun itself (坚持…). Only distinct items count; the echo ends at the paragraph.
    """
    if len(noun) < 2:
        return None
    end = text.find("\n", pos, pos + reach)
    end = end if end >= 0 else min(len(text), pos + reach)
    patterns = [f"(?<=^|[。；;：:，,])[ \t]*{regex.escape(noun)}"]
    if lead:
        patterns.insert(0, f"(?<=^|[。；;：:，,])[ \t]*{regex.escape(lead)}(?P<x>\\p{{Han}}{{1,4}}?){regex.escape(noun)}")
    for pattern in patterns:
        seen, items = set(), []
        for m in regex.finditer(pattern, text[pos:end]):
            key = m.groupdict().get("x") or m.start()
            if key not in seen:
                seen.add(key)
                items.append((pos + m.start(), pos + m.end()))
        if len(items) >= 2:
            return Enumeration(tuple(items), (len(items),), False)
    return None


_EXPLAIN = regex.compile(r"\p{Han}{0,12}?[”’\"」』]?[ \t]*[，,]?[ \t]*(?:即|包括|分别是|分別是|[:：])")
_CLAUSE_SEP = regex.compile(r"[，,]")


def parallel_clauses_after(text: str, pos: int, reach: int = 300) -> Enumeration | None:
    """Comma-separated clauses after 即 that share their opening word (即打造以A为核心的X，以B为核心的Y……).

    Each later clause must open with the same character that the first one has near its start.
    """
    intro = _EXPLAIN.match(text, pos, min(len(text), pos + 30))
    if not intro:
        return None
    start = intro.end()
    stop = _CLAUSE_STOP.search(text, start, min(len(text), start + reach))
    items = _pieces(text, _CLAUSE_SEP, start, stop.start() if stop else min(len(text), start + reach))
    if len(items) < 2 or any(b - a > 40 for a, b in items):
        return None
    lead = text[items[1][0]]
    if not all(text[a] == lead for a, _ in items[1:]) or lead not in text[items[0][0]:items[0][0] + 4]:
        return None
    return Enumeration(tuple(items), (len(items),), False)


def echo_list_before(text: str, pos: int, noun: str, reach: int = 400) -> Enumeration | None:
    """Earlier mentions a pointed-back count names (……空间上交汇。……历史性交汇。这两个交汇):
    the distinct word + noun phrases that end a clause in the text just before ``pos``."""
    if len(noun) < 2:
        return None
    start = max(0, pos - reach)
    pattern = regex.compile(f"(?P<x>\\p{{Han}}{{1,4}}){regex.escape(noun)}(?=[。；;，,！？!?])")
    seen, items = set(), []
    for m in pattern.finditer(text, start, pos):
        if m.group("x") not in seen:
            seen.add(m.group("x"))
            items.append(m.span())
    return Enumeration(tuple(items), (len(items),), False) if len(items) >= 2 else None
