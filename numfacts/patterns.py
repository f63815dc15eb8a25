"""The one module that builds regular expressions, all of them from the data files.

`SCAN` is the single pattern the extractor runs over a document. It starts only at a
digit, a Chinese numeral, 半, 第/倒/负 or a Latin letter, and at each start it tries, in order:

    ident     URLs, e-mail addresses, phone numbers: identifier
    plus      “20+8”, 4+2: label
    word      a word that merely contains a numeral (长三角, 一体化): dropped
    slogan    三改一拆, 一区四园: label
    date      dates and clock times (2019-08-20, 4月11日至15日, 1-10月, 14:11): date
    year      4-digit years (2022年, 2015—2020年, 二〇一九年, 90年代): year
    quarter   四季度, 前三季度: ordinal
    session   十二届七次: ordinal
    named     三号线, 500强: label
    claim     the figure grammar (below)
    term      a quoted numeral term (“三化”): label
    ordinal   第五届, 负一层: ordinal
    latin     G60, IPv6, OFFICE2007: label

Python alternation takes the first alternative that matches at a position, so a date is
never re-read as a figure. Everything that needs context beyond the match (a 第 before it,
a quote around it, a rate cue earlier in the clause) is looked up by the small patterns
at the end of this module, each run on a window of a few characters.

SCAN is compiled by the standard `re` engine, which runs it three times faster than
`regex` (benchmarks/bench_extract.py); its source therefore avoids what only `regex`
reads (\\p{Han} is the HAN class, each group name appears once, look-behinds have a
fixed width), and tests/test_scan_engines.py checks both engines agree on it.
"""
from __future__ import annotations

import re

import regex

from numfacts.lexicon import load

_NUM = load("numerals")
_UNITS = load("units")
_QUAL = load("qualifiers")
_PER = load("periods")
_NON = load("nonclaims")


def _han_class() -> str:
    """The Han script (`regex`'s \\p{Han}) as a character class the standard `re` engine also reads."""
    text = "".join(map(chr, range(0x40000)))  # every Han character lies below U+40000
    spans = ((m.start(), m.end() - 1) for m in regex.finditer(r"\p{Han}+", text))
    return "[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in spans) + "]"


HAN = _han_class()


def alternation(words) -> str:
    """A regex alternation of literal words, longest first so 平方公里 beats 公里."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def charclass(chars) -> str:
    return "[" + "".join(regex.escape(c) for c in sorted(set(chars))) + "]"


SP = r"[ \t\u3000\xa0]{0,2}"
CN_DIGIT = charclass(_NUM["digits"])
CN_NONZERO = charclass(k for k, v in _NUM["digits"].items() if v)
CN_SMALL = charclass(_NUM["small_units"])
BIG = charclass(_NUM["big_units"])
# 兆 is a magnitude (Taiwan's trillion) except as the prefix of 兆瓦, 兆赫, 兆字节.
BIG_GUARD = r"(?!瓦|赫|字|焦|帕|位)"
# 千 and 百 start units too (千瓦时, 千米, 千克, 百分点): before those they are not magnitudes.
# Written character first and guard after, so the engine can skip ahead by first character.
SMALL = (
    "(?:" + "|".join(
        f"{regex.escape(ch)}(?!瓦|米|克|卡|伏|帕|焦|赫|兆)" if ch == "千" else f"{regex.escape(ch)}(?!分)" if ch == "百"
        else regex.escape(ch) for ch in sorted(_NUM["small_units"])
    ) + ")"
)
MAGS = f"(?:{SMALL}|{BIG}{BIG_GUARD})"
ARABIC = r"[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?"
ARABIC_TERM = f"{ARABIC}(?:{SP}{MAGS}+)?"
CN_TERM = (
    f"(?:{CN_DIGIT}|{SMALL}|{BIG}(?:(?<=[上近逾].)|(?=[余餘多])){BIG_GUARD})(?:{CN_DIGIT}|{MAGS})*(?:[点點]{CN_DIGIT}+(?:{MAGS})*)?"
)
HALF = alternation(_NUM["half"])
DURATION_WORDS = alternation(_UNITS["duration"])
# Each term is atomic: a run of numeral characters is read whole and never split again on
# backtracking, which would be exponential on long runs (三千三千三千……).
_A_TERM = f"(?>{ARABIC_TERM})"
_C_TERM = f"(?>{CN_TERM})"
_MORE_TERMS = f"(?:(?<={CN_SMALL}|{BIG})(?:{_A_TERM}|{_C_TERM}))*+"
# A number written in Arabic digits first (1.68万, 3万4000) or in Chinese numerals first.
NUMBER_A = f"(?:{_A_TERM}{_MORE_TERMS})"
NUMBER_C = f"(?:{_C_TERM}{_MORE_TERMS}|(?:{HALF})(?={SP}(?:{DURATION_WORDS})))"
NUMBER = f"(?:{NUMBER_A}|{NUMBER_C})"
RANGE_SEP = r"(?:[-－—–~～〜]{1,2}|至|到)"

UNIT_SURFACES = {
    **{k: ("money", v) for k, v in _UNITS["currency"].items()},
    **{k: ("measure", v) for k, v in _UNITS["measure"].items()},
    **{k: ("duration", v) for k, v in _UNITS["duration"].items()},
    **{k: ("percent", v) for k, v in _UNITS["percent"].items()},
    **{k: ("ratio", v) for k, v in _UNITS["ratio"].items()},
    **{k: ("count", v) for k, v in _UNITS["classifier"].items()},
    **{k: ("place", v) for k, v in _UNITS["place_classifier"].items()},
}
# 大 counts a set (三大产业) unless it starts a noun of its own (十八大, 2050大会, 3大街).
BIG_SET = f"大(?![会會学學道街厦廈楼樓桥橋洋型小])(?={HAN})"
# A surface that starts a word of its own is not a unit there (成为, 人口; units.toml).
_STARTS_WORD = _UNITS["starts_word"]


def _unit_surface(surface: str) -> str:
    guard = _STARTS_WORD.get(surface)
    return regex.escape(surface) + (f"(?!{charclass(guard)})" if guard else "")


UNIT = (
    "(?:"
    + "|".join(_unit_surface(k) for k in sorted(UNIT_SURFACES, key=lambda w: (-len(w), w)))
    + f"|{BIG_SET})"
)
BETWEEN = alternation(_QUAL["between"])
AFTER = alternation(_QUAL["after"])
PER_AFTER = r"[/／](?:年|天|日|月|周|小时|小時)"

# The tail after a plain number: a range, a hedge, a magnitude and a unit, all optional.
_PLAIN_TAIL = (
    f"(?:{SP}(?P<sep>{RANGE_SEP}){SP}(?P<n2>{NUMBER}))?"
    f"(?:{SP}(?P<mid>{BETWEEN}))?"
    f"(?:{SP}(?P<mag>(?:{BIG}{BIG_GUARD})+))?"
)
# Branches share group names and split on the first character, so a number is read once.
# A figure in Arabic digits is a claim on its own (2517, 2.2亿); one in Chinese numerals
# only with a unit after it, so 一是, 三要 never match, or when it ends in a magnitude
# (人口超过十四亿; claims.py then drops the digitless 千万, 十万火急, 亿万).
_FRACTION_OR_PERCENT = (
    f"分之(?P<numer>{NUMBER})"
    f"|{SP}(?P<pu>[%％‰])(?:{SP}(?P<psep>{RANGE_SEP}){SP}(?P<pn2>{NUMBER}){SP}[%％‰])?"
)
CLAIM = (
    f"(?P<pct>百分之|千分之)(?P<pctnum>{NUMBER})"
    r"|(?P<sn>[0-9]{1,2})[/／](?P<sd>[0-9]{1,3})(?![0-9/／])"
    f"|(?P<n1>(?P<arabic>{NUMBER_A})|{NUMBER_C})"
    f"(?:{_FRACTION_OR_PERCENT}|{_PLAIN_TAIL}(?:{SP}(?P<unit>{UNIT})|(?(arabic)|(?<={BIG}))))"
)
CLAIM_FULL = (
    f"(?:{CLAIM})"
    f"(?:{SP}(?P<post>{AFTER}))?"
    f"(?:{SP}(?P<perpost>{PER_AFTER}))?"
)

# Non-claims ------------------------------------------------------------------------
_d12 = r"[0-9０-９]{1,2}"
CN_SMALLNUM = f"(?:{CN_DIGIT}|十){{1,3}}"
MONTH_DAY_NUM = f"(?:{_d12}|{CN_SMALLNUM})"
YEAR_NUM = r"(?:1[5-9]|20|１[５-９]|２０)[0-9０-９]{2}|[〇零一二三四五六七八九]{4}"
DATE = (
    r"[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:[ T]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
    r"|[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}"
    r"|[0-9]{1,2}-[0-9]{1,2}(?=\s+[0-9]{1,2}:[0-9]{2})"
    r"|[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?(?![0-9])"
    f"|{MONTH_DAY_NUM}{SP}[时時](?:{SP}{MONTH_DAY_NUM}{SP}分)?(?!间|間|期|代|候|刻|段)"
    r"|[0-9]{1,2}[ \t]?[点點](?:[ \t]?[0-9]{1,2}[ \t]?分|半|钟|鐘)?(?![0-9])"
    f"|(?:(?:{YEAR_NUM}){SP}年{SP})?{MONTH_DAY_NUM}{SP}(?:{RANGE_SEP}|、){SP}{MONTH_DAY_NUM}{SP}月份?"
    f"(?:{SP}{MONTH_DAY_NUM}{SP}[日号號])?"
    f"|(?:(?:{YEAR_NUM}){SP}年{SP})?{MONTH_DAY_NUM}{SP}月份?(?:{SP}{MONTH_DAY_NUM}{SP}[日号號])?"
    f"(?:{SP}(?:{RANGE_SEP}|、){SP}(?:{MONTH_DAY_NUM}{SP}月{SP})?{MONTH_DAY_NUM}{SP}[日号號]"
    f"|(?:(?<=月)|(?<=月份)){SP}{RANGE_SEP}{SP}{MONTH_DAY_NUM}{SP}月份?)?"
    f"|{MONTH_DAY_NUM}{SP}[日号號](?:{SP}(?:{RANGE_SEP}|、){SP}{MONTH_DAY_NUM}{SP}[日号號])?"
    r"(?![元线線楼樓院门門馆館令文])"
)
YEAR = (
    f"(?:{YEAR_NUM}){SP}(?:年)?{SP}{RANGE_SEP}{SP}(?:{YEAR_NUM}){SP}年(?:度|代)?"
    r"|(?:19|20)[0-9]{2}[ \t]?[-—–~～至到][ \t]?(?:19|20)[0-9]{2}(?![0-9])"
    f"|(?:{YEAR_NUM}){SP}年(?![多余餘来來])(?:度|代)?"
    r"|[0-9]0年代|[二三四五六七八九]{1,2}十年代"  # 90年代, 九十年代, 八九十年代
    # a fiscal year in any calendar (114年度 in Taiwan) and a year of the Republic (民國114年)
    f"|[0-9０-９]{{2,3}}{SP}年度|(?:(?<=民國)|(?<=民国)){SP}[0-9０-９]{{2,3}}{SP}年"
)
QUARTER = f"(?:{CN_DIGIT}|[1-4１-４]){SP}季度"
PLUS = r"[0-9]+(?:[+＋][0-9]+)+(?:[+＋][NnXx](?![A-Za-z]))?"  # 20+8, 1+6+N (N: any number more)
LATIN = r"[A-Za-z]+[0-9]+(?:\.[0-9]+)?[A-Za-z0-9]*"
IDENT = (
    r"(?:https?://|www\.)[A-Za-z0-9./?=&_%#:~+-]+"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    r"|(?<![0-9])(?:\+?86[- ]?)?0[0-9]{2,3}-[0-9]{7,8}(?![0-9])"
    r"|(?<![0-9])1[3-9][0-9]{9}(?![0-9])"
)
_PLACE_CHARS = charclass(_UNITS["place_classifier"])
# 三改一拆, 一区四园 are names; 四区三县 and 四区和三县 (places counted) are not.
_NUMERAL_CHARS = charclass([*_NUM["digits"], *_NUM["small_units"], *_NUM["big_units"]])
_CONTENT = f"(?:(?!{_NUMERAL_CHARS}|[到至或和与與及、]){HAN})"
# A numeral then a word that starts with one (一步, 一起, 一批) ends no slogan: 三县进一步.
_NOT_SECOND = alternation(_NON["slogan"]["not_second"])
_SLOGAN_PART = f"{CN_NONZERO}(?!{_NOT_SECOND}){_CONTENT}"
SLOGAN = (
    f"{CN_NONZERO}(?!分之)(?!{_PLACE_CHARS}{HAN}?{CN_NONZERO}{_PLACE_CHARS}){_CONTENT}{{1,2}}"
    f"{_SLOGAN_PART}(?:{_CONTENT}?{_SLOGAN_PART})*"
)
# A quoted term that starts with a numeral and has no unit: “四報告”, “三化”, “四个一”
# (PDF text may space it: “四百干部行 動”).
QUOTED_TERM = f"(?:(?<=[“‘\"「『])|(?<=[“‘\"「『][ \t])){_NUMERAL_CHARS}{{1,6}}(?:[ \t]?{HAN}){{0,6}}(?:(?<={HAN}{{2}})|(?<={HAN}[ \t]{HAN}))(?=[ \t]?[”’\"」』])"
# Ranks and names that the figure grammar would otherwise drop silently:
# 第五届, 第6位, 负一层, 十二届七次 (ordinal); 三号线, 500强, 五十强, 十佳 (label).
ORDINAL = (
    f"(?:第|倒数第|倒數第){SP}{NUMBER}(?:{SP}(?:{UNIT}|[届屆次期号號名位条條款章节節批轮輪]))?"
    f"|[负負]{SP}{NUMBER}{SP}[层層楼樓]"
)
SESSION = f"{NUMBER}{SP}[届屆](?:{SP}{NUMBER}{SP}次)?"
NAMED = f"{NUMBER}{SP}(?:号线|號線|{alternation(_NON['label_suffix']['list'])})"


def _word_alternatives(words) -> str:
    """Each lexicon word as `(?<=head)tail`, the tail starting at its first numeral."""
    numeral_chars = set(_NUM["digits"]) | set(_NUM["small_units"]) | set(_NUM["big_units"]) | set(_NUM["half"])
    out = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        i = next((k for k, ch in enumerate(word) if ch in numeral_chars), None)
        if i is None:
            continue
        head, tail = word[:i], word[i:]
        out.append((f"(?<={regex.escape(head)})" if head else "") + regex.escape(tail))
    return "|".join(out)


_CLAIM_ONLY = regex.compile(f"(?:{CLAIM_FULL})")


def _misreadable(word: str) -> bool:
    """Whether the grammar would read a figure in this word; others need no entry at run time."""
    numeral_chars = set(_NUM["digits"]) | set(_NUM["small_units"]) | set(_NUM["half"])
    for i, ch in enumerate(word):
        if ch in numeral_chars and _CLAIM_ONLY.match(word, i):
            return True
    return False


WORD = _word_alternatives(w for w in _NON["words"]["list"] if _misreadable(w))

_DIGIT_FIRST = f"(?=[0-9０-９]|{CN_DIGIT}|十)"

# A Chinese numeral can only start a figure, date or rank when one of these follows its
# run of numeral characters (a unit, 年/月/日, 大, 成, 分之, a hedge, a range mark …). Saying so
# before trying the grammar skips the 一 of 一体化 and 统一 at the cost of one look-ahead.
_FOLLOW = charclass(
    {k[0] for k in UNIT_SURFACES}
    | set("大年月日号號季届屆分成倍%％‰多余餘来來许許点點至到-－—–~～〜、/／次期线線代环環")
    | {w[0] for w in _NON["label_suffix"]["list"]}
)
# (a run of more than 20 numeral characters is no number, and bounding it keeps the scan linear)
_GUARD = f"(?=[0-9０-９]|[百千]分之|(?:{HALF}){SP}|{_NUMERAL_CHARS}{{1,20}}(?:{SP}{_FOLLOW}|(?<={BIG})))"

# Cheap looks at what follows the number decide which alternatives are worth trying: a
# date or year only before 年/月/日/号/时/点 or a date separator, a session only before 届, a
# name only before 号线/强/佳…; most figures go straight to the claim grammar.
_RUN = f"(?:[0-9０-９,.．]|{_NUMERAL_CHARS}){{1,30}}"
_DATE_NEXT = f"(?={_RUN}{SP}(?:[年月日号號时時点點:：\\-/—–~～至到、]|{SP}[0-9]))"
_SESSION_NEXT = f"(?={_RUN}{SP}[届屆])"
_NAMED_NEXT = f"(?={_RUN}{SP}(?:号线|號線|{alternation(_NON['label_suffix']['list'])}))"
# An identifier that starts with a digit is an e-mail address or a phone number.
_IDENT_NEXT = r"(?=[0-9._%+-]*@|0[0-9]{2,3}-|1[3-9][0-9]{9}(?![0-9]))"
_FIGURES = (
    f"{_GUARD}(?:"
    f"{_DATE_NEXT}(?:{_DIGIT_FIRST}(?P<date>{DATE})|{_DIGIT_FIRST}(?P<year>{YEAR}))"
    f"|(?P<quarter>(?:前|第)?{QUARTER})"
    f"|{_SESSION_NEXT}(?P<session>{SESSION})"
    f"|{_NAMED_NEXT}(?P<named>{NAMED})"
    f"|(?P<claim>{CLAIM_FULL}))"
)
_CHINESE_START = charclass([*_NUM["digits"], *_NUM["small_units"], *_NUM["half"], *_NUM["big_units"]])
_ARABIC_START = "[0-9０-９]"
_LATIN_START = r"[A-Za-z._%+\-]"
_RANK_START = "[第倒负負]"
# Alternatives open with a look-ahead at the one character they can start with, and each
# name appears once, so the source compiles the same in `re` and in `regex` (tests compare
# the two). At one position the alternatives are tried in this order: ident, plus, word,
# slogan, the figures (dates, years, ranks, names, claims), term, ordinal, latin.
SCAN_SOURCE = (
    f"(?:(?={_ARABIC_START}){_IDENT_NEXT}|(?={_LATIN_START}))(?P<ident>{IDENT})"
    f"|(?={_ARABIC_START})(?P<plus>{PLUS})"
    f"|(?={_CHINESE_START})(?:(?P<word>{WORD})|(?P<slogan>{SLOGAN}))"
    f"|(?={_ARABIC_START}|{_CHINESE_START}){_FIGURES}"
    f"|(?={_CHINESE_START})(?P<term>{QUOTED_TERM})"
    f"|(?={_RANK_START})(?P<ordinal>{ORDINAL})"
    f"|(?={_LATIN_START})(?P<latin>{LATIN})"
)
_ANY_START = "[" + "".join(c[1:-1] for c in (_ARABIC_START, _CHINESE_START, _LATIN_START, _RANK_START)) + "]"
# The scan runs in the standard `re` engine: opened with one look-ahead at every character
# that can start a match, it skips the prose between figures about 2.5x faster than
# `regex` runs the same source (benchmarks/bench_extract.py measures both).
SCAN = re.compile(f"(?={_ANY_START})(?:{SCAN_SOURCE})")

# Context windows -----------------------------------------------------------------------
# What stands right before a figure, in one look-up: a vague word or a rate's base (数十,
# 几百, 每千人: drop), a
# label prefix (表1: label), a rank or session (第6位, 十二届七次, 负一层, 前三位) or a hedge
# (约, 超过, 上千; see extract.py for 上 and 近).
_NAMED_CURRENCY = alternation(k for k, v in _UNITS["currency"].items() if v != "LOCAL" and len(k) > 1)
_VAGUE_BEFORE = ["数", "數", "好几", "好幾", "几", "幾", "若干", "每"]
_RANK_BEFORE = ["第", "前", "负", "負", "零下", "倒数第", "倒數第", "届", "屆"]
PREFIX = regex.compile(
    f"(?:(?P<vague>{alternation(_VAGUE_BEFORE)})"
    f"|(?P<label>(?:(?<![\\p{{Han}}A-Za-z])|(?<=[见見如据據详詳参參附]))(?:{alternation(_NON['label_prefix']['list'])}))"
    f"|(?P<ident>(?:{alternation(_NON['identifier_prefix']['list'])}){SP}[:：]?)"
    f"|(?P<ordinal>{alternation(_RANK_BEFORE)})"
    f"|(?P<q>{alternation(_QUAL['before'])}){SP}(?:{_NAMED_CURRENCY})?){SP}[-−－]?$"
)
# The characters PREFIX can end with (and a line break, which its `$` steps over): when none
# stands right before a figure (nine in ten figures), the look-up is skipped.
PREFIX_LAST_CHARS = frozenset(
    word[-1] for words in (_VAGUE_BEFORE, _RANK_BEFORE, _NON["label_prefix"]["list"], _NON["identifier_prefix"]["list"],
                           _QUAL["before"], [k for k, v in _UNITS["currency"].items() if v != "LOCAL" and len(k) > 1])
    for word in words
) | frozenset(":： \t\u3000\xa0-−－\n")
ORDINAL_SUFFIX = regex.compile(f"{SP}(?:{alternation(_NON['ordinal_suffix']['list'])})")
LABEL_SUFFIX = regex.compile(f"{SP}(?:{alternation(_NON['label_suffix']['list'])})")
LATIN_LABELS = frozenset(_NON["latin_labels"]["list"])
LIST_MARKER_AFTER = regex.compile(r"[、．.)）](?![0-9])")
LIST_MARKER_BEFORE = regex.compile(r"(?:^|[\n(（])[ \t\u3000\xa0\-—－–·]*$")
PAGE_NUMBER_END = regex.compile(r"[ \t\u3000\xa0\-—－–·]*(?:\n|$)")
# A short quote around a figure makes it a name (“5433”, “6个90%”, “四大建设”), unless an
# explanation follows the quote: “四个试点”(即……) and “三大平台”之一 still count.
QUOTED = regex.compile(r"[“‘\"「『](?P<body>[^“”‘’\"「」『』\n]{1,12})[”’\"」』]")
OPEN_QUOTE_NEAR = re.compile(r"[“‘\"「『]")
# A currency named before the figure (新台幣1.2億元, 人民币100亿元, 约港币20亿元) wins over a bare 元.
CURRENCY_BEFORE = regex.compile(
    f"(?P<cur>{_NAMED_CURRENCY})"
    f"{SP}(?:{alternation(_QUAL['before'])})?{SP}$"
)
# …or a currency sign or name before a figure with no unit of its own: NT$3,000, 澳門元500萬
_SIGNS = _UNITS["currency_signs"]
CURRENCY_SIGN_BEFORE = regex.compile(
    f"(?:(?P<sign>{alternation(_SIGNS)})|(?P<cur>{_NAMED_CURRENCY})){SP}(?:{alternation(_QUAL['before'])})?{SP}$"
)
CURRENCY_LAST_CHARS = frozenset(w[-1] for w in [*_SIGNS, *(k for k, v in _UNITS["currency"].items() if v != "LOCAL" and len(k) > 1)])
CURRENCY_SIGNS = _SIGNS
MAGNITUDE_IN = regex.compile(f"{BIG}")
NONZERO_DIGIT_IN = regex.compile(CN_NONZERO)
QUOTE_EXPLAINED = regex.compile(r"[ \t]*(?:[(（]?即|[:：]|之一|分别|分別)")
STREET_UNITS = frozenset(_NON["address"]["street_units"])
BUILDING_UNITS = frozenset(_NON["address"]["building_units"])
AFTER_HOUSE_NUMBER = regex.compile(f"[0-9０-９]{SP}(?:{alternation(BUILDING_UNITS)}){SP}$")
HOUSE_NUMBER_NEXT = regex.compile(r"[ \t]?[0-9０-９]{1,5}[ \t]?[号號]")
LATIN_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
LATIN_NEIGHBOURS = LATIN_LETTERS | frozenset("0123456789")
SENTENCE_END = regex.compile(r"[。！？!?；;\n]+")
# A line break ends a clause unless it breaks a sentence in the middle: the line before it
# is long and ends in a character, not punctuation (PDF and web text: 全年共涉及补偿资金\n\n5280万元).
_SOFT_BREAK = r"(?<![^\n]{19}[\p{Han}0-9A-Za-z])(?<![\n \t\u3000\xa0])\n[\n \t\u3000\xa0]*"
# Clause ends: punctuation, and each run of line breaks that is not such a soft break.
CLAUSE_MARK = regex.compile(
    r"[。！？!?；;，,：:]+|(?<![^\n]{19}[\p{Han}0-9A-Za-z])(?<!\n[ \t\u3000\xa0]*)\n[\n \t\u3000\xa0]*"
)
# The same soft line breaks, for the sentences rules read (checking.py).
SENTENCE_END_SOFT = regex.compile(r"[。！？!?；;]+|" + _SOFT_BREAK)
_NOUN_STOP_CHARS = "[的和与與及或、等在是为為将將对對从從到至以并並也都已还還就而被让讓把向于於共达達约約近超每不自由按经經给給各均占佔，,。；;：:（(“”\"'！？!?\\s]"
# 300亿元用于…: a verb, not the noun; 120家宾馆酒店平均客房出租率: 平均 opens another figure's name
_NOUN_STOP = f"(?:{_NOUN_STOP_CHARS}|用于|用於|用来|用來|平均|合计|合計)"
_LOCALIZER = alternation(_UNITS["noun_localizers"]["list"])
# The counted noun: Han characters up to a stop word or mark, less a closing localizer
# when two characters remain (城市中 -> 城市, but 高中 stays). The noun is the one group
# that matched (`m[m.lastindex]`); `re` runs this about 3x faster than `regex`.
NOUN = re.compile(
    f"(?:的)?(?!{_NOUN_STOP})"
    f"(?:((?:(?!{_NOUN_STOP}){HAN}){{2,}}?)(?=(?:{_LOCALIZER})(?:{_NOUN_STOP}|$))"
    f"|({HAN}+?)(?={_NOUN_STOP}|$))"
)


def _per_pattern() -> regex.Pattern:
    words = _PER["per"]
    parts = [f"(?P<{unit}>{alternation(cues)})" for unit, cues in words.items()]
    window = int(_PER["settings"]["bare_window"])
    bare = _PER["bare"]
    # a bare 年/日 is a cue only close to the figure and not inside a date or 今年/年底.
    not_before = charclass(_PER["settings"]["not_after"])
    if "year" in bare:
        parts.append(
            f"(?P<year_bare>(?<!{not_before}|{charclass(_PER['settings']['year_word_heads'])}){regex.escape(bare['year'])}"
            f"(?![度底初末来來前后後内內间間中代龄齡轻輕纪紀会會报報份])(?=.{{0,{window - 1}}}$))"
        )
    if "day" in bare:
        parts.append(
            f"(?P<day_bare>(?<!{not_before}|[月节節假生昨平])({regex.escape(bare['day'])})"
            f"(?![期报報子常益前后後内內])(?=.{{0,{window - 1}}}$))"
        )
    return regex.compile("(?r)" + "|".join(parts), regex.S)


PER_CUE = _per_pattern()


def _cue_characters() -> str:
    """Characters of which every rate cue holds one (年, 月, 日 …): a window without any has no cue,
    and the reverse search (the costliest look-up per figure) is skipped."""
    chosen = set(_PER["bare"].values())
    for word in sorted((w for cues in _PER["per"].values() for w in cues), key=len):
        if not chosen & set(word):
            chosen.add(word[-1])
    return charclass(chosen)


PER_CUE_CHARS = re.compile(_cue_characters())
# 零下3度, 最高气温38度 (degC); 用电量300亿度 (kWh): a bare 度 read from its clause
TEMPERATURE_CUE = re.compile(alternation(_UNITS["bare_degree"]["temperature"]))
ELECTRICITY_CUE = re.compile(alternation(_UNITS["bare_degree"]["electricity"]))
MONEY_CUE = regex.compile(
    f"(?:{alternation(_UNITS['money_cues']['list'])})"
    f".{{0,{int(_UNITS['money_cues']['window'])}}}$",
    regex.S,
)
