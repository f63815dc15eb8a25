"""What each figure states, read once from its clause: role, direction, metric, period, base.

The extractor gives a figure's value and unit; this module reads what the words around it
say the figure *is*, the way XBRL tags a fact with its concept and context:

- ``role``: ``level`` (出口21.84万亿元), ``change`` (增加3000元), ``growth`` (同比增长8.6%),
  ``pp_change`` (提高2.4个百分点), ``share`` (占比65%), ``average`` (人均778元), ``rate``
  (a percent that is a level: 城镇化率65%), ``multiple`` (3倍), ``target`` (力争达到…);
- ``direction``: −1 for a fall (下降2.3%), +1 otherwise;
- ``metric``: the name written before the figure in its clause, without the period, the
  opening words and the verb that leads to the figure (软件业务收入, 出口, 进出口总值);
- ``period``: the last period word of the sentence before the figure (前5个月, 2022年, 上半年);
- ``base``: what a change or growth is measured from (同比, 比上年).

Everything is read on the simplified view (script.py), so traditional text (較上年增長)
needs no second list of cues. Where the words do not say, a field stays empty, and rules
that need it do not fire: an empty field is never guessed.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import regex

from numfacts.lexicon import load
from numfacts.patterns import alternation

_CUES = load("facts")
_R = _CUES["roles"]

_RISE = alternation(_R["rise"])
_FALL = alternation(_R["fall"])
_LINKS = f"(?:{alternation(_R['links'])}|[ \\t])*"
# 同比增长了8.6%, 下降约3%: a growth (percent) or a change (amount)
_CHANGE_BEFORE = regex.compile(f"(?:(?P<rise>{_RISE})|(?P<fall>{_FALL})){_LINKS}$")
# 增幅达27.2%, 降幅为3%
_GROWTH_NOUN_BEFORE = regex.compile(
    f"(?:(?P<rise>{alternation(_R['rise_nouns'])})|(?P<fall>{alternation(_R['fall_nouns'])})){_LINKS}$")
# 增至6.9万亿美元, 下降到3%: the verb names the new level
_TO_LEVEL_BEFORE = regex.compile(f"(?:{_RISE}|{_FALL})(?:了)?(?:{alternation(_R['to_level'])}){_LINKS}$")
# 新增5个项目, 新建3所学校: a flow is a level of its own metric, not a change of another
_FLOW_BEFORE = regex.compile(r"(?<!净)(?:新增|新建|新设|新开工|新登记)[ \t]*$")
_SHARE = regex.compile(alternation(_R["share"]))
_AVERAGE_GROWTH = regex.compile(f"(?:{alternation(_R['average_growth'])})[ \\t]*$")
_AVERAGE_BEFORE = regex.compile(f"(?:{alternation(_R['average'])})\\p{{Han}}{{0,8}}$")
_TARGET = regex.compile(alternation(_R["target"]))

_B = _CUES["bases"]
_BASE_WORD = regex.compile(alternation(_B["words"]))
# 较今年一季度末的32.26亿美元增长: a comparison that holds its own base figure
_BASE_MARKER = regex.compile(f"(?<![同环])(?:{alternation(_B['markers'])})")
# 人均弃置量由2014年的每日|0.50公斤: the name ends where its starting level is introduced
_FROM_TAIL = regex.compile(r"(?:从|(?<!自)由)[^，,；;。]*$")
_FROM_BEFORE = regex.compile(f"(?:{alternation(_B['from'])})[^，,。；;！？\\n]{{0,16}}$")

# what a growth, change or share clause says besides its metric: 同比增长, 较上年, 占…的比重
_CUE_WORDS = regex.compile(
    f"(?:{alternation(_B['words'])}|{alternation(_B['markers'])}|{_RISE}|{_FALL}|{alternation(_R['rise_nouns'])}|"
    f"{alternation(_R['fall_nouns'])}|占[^，,。；;]*$|{alternation(_R['share'])}|{alternation(_R['links'])})")

_N = _CUES["names"]
_VERB_TAIL = regex.compile(f"(?:{alternation(_N['verb_tail'])}|[ \\t\u3000])+$")
_OPENERS = regex.compile(f"^(?:(?:{alternation(_N['openers'])})[，,：:]?|[ \\t\u3000])+")

# period words: 2022年, 前5个月, 1—5月, 上半年, 一季度, 前三季度, 全年, 5月份, 年末
PERIOD = regex.compile(
    r"(?:(?:19|20)[0-9]{2}[ \t]*年(?:度)?[ \t]*)?"
    r"(?:前[0-9一二三四五六七八九十]{1,2}个?月|[0-9]{1,2}[—\-–~至到][0-9]{1,2}月份?|[上下]半年|前?[一二三四1-4]季度|"
    r"第[一二三四]季度|全年|[0-9]{1,2}月份?(?:当月)?|(?:上|去)?年[末底初]|今年以来|今年|去年|上年)"
    r"|(?:19|20)[0-9]{2}[ \t]*年(?:度|[末底初中])?")

# a clause ends at these; a sentence at the second set
_CLAUSE_MARKS = regex.compile(r"[，,；;。！？!?\n：:、（(）)]")
_SENTENCE_MARKS = regex.compile(r"[。！？!?；;\n]")

_BASE_GAP = 6  # characters between a base figure and its growth verb (…的32.26亿美元|增长了|17.6%)
_AMOUNT_KINDS = frozenset({"money", "count", "measure", "number"})
_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})


@dataclass(eq=False)
class Fact:
    """A figure with what its words say it is; links point to other facts of the document."""

    claim: object  # the claims table row as the checker reads it (checking.Claim)
    role: str = ""
    direction: int = 1
    metric: str = ""
    period: str = ""
    base: str = ""
    clause_start: int = 0
    sentence_start: int = 0
    of: "Fact | None" = None  # the level a growth, change or share belongs to
    base_level: "Fact | None" = None  # the old level a growth or change is measured from
    whole_name: str = ""  # a share's whole as the text names it (占全国进出口总值的…)
    parent: "Fact | None" = None  # the figure this one is a part of, in a breakdown
    parts: list = field(default_factory=list)
    exhaustive: bool = False  # the parts cover the whole

    @property
    def start(self) -> int:
        return self.claim.start

    @property
    def end(self) -> int:
        return self.claim.end

    @property
    def is_amount(self) -> bool:
        return self.claim.kind in _AMOUNT_KINDS


class Marks:
    """Where clauses and sentences start in a text, found once and looked up by bisection."""

    def __init__(self, view: str):
        self.clauses = [0] + [m.end() for m in _CLAUSE_MARKS.finditer(view)]
        self.sentences = [0] + [m.end() for m in _SENTENCE_MARKS.finditer(view)]

    def clause_start(self, pos: int) -> int:
        return self.clauses[bisect_right(self.clauses, pos) - 1]

    def sentence_start(self, pos: int) -> int:
        return self.sentences[bisect_right(self.sentences, pos) - 1]


def read_roles(view: str, claims, marks: Marks) -> list[Fact]:
    """One Fact per quantity claim, with role, direction, metric, period and base read from its clause."""
    facts = []
    for c in claims:
        clause = marks.clause_start(c.start)
        sentence = marks.sentence_start(c.start)
        f = Fact(claim=c, clause_start=clause, sentence_start=sentence)
        prefix = view[clause:c.start]
        f.role, f.direction = _role(view, c, prefix, sentence)
        f.metric = metric_name(prefix if f.role in ("level", "average", "rate", "target", "duration") else
                               _CUE_WORDS.sub("", prefix)) or c.noun
        f.period = _period(view, sentence, c.start)
        base = _BASE_WORD.search(view, sentence, c.start)
        f.base = base.group() if base and f.role in ("growth", "change", "pp_change") else ""
        facts.append(f)
    return facts


def _role(view: str, c, prefix: str, sentence: int) -> tuple[str, int]:
    tail = prefix[-14:]
    if c.unit == "percentage_point":
        m = _CHANGE_BEFORE.search(tail)
        return "pp_change", -1 if m and m.group("fall") else 1
    if c.unit == "times":
        return "multiple", 1
    if c.kind == "measure" and c.unit in _DURATIONS:
        return "duration", 1
    if _TO_LEVEL_BEFORE.search(tail) or _FLOW_BEFORE.search(tail):
        return "level", 1
    m = _CHANGE_BEFORE.search(tail) or _GROWTH_NOUN_BEFORE.search(tail)
    if m:
        direction = -1 if m.group("fall") else 1
        if c.kind == "percent":
            return ("average_growth" if _AVERAGE_GROWTH.search(tail[:m.start()]) else "growth"), direction
        return "change", direction
    if c.kind == "percent":
        return ("share" if _SHARE.search(prefix) else "rate"), 1
    if _AVERAGE_BEFORE.search(prefix) or getattr(c, "average", False):
        return "average", 1
    if _TARGET.search(view, sentence, c.start) and c.qualifier in ("at_least", "more_than"):
        return "target", 1
    return "level", 1


def metric_name(prefix: str) -> str:
    """The name before a figure in its clause, without opening words and the verb before it
    (其中，出口|21.84万亿元 -> 出口; 我国外贸进出口总值达到|13.32万亿元 -> 我国外贸进出口总值 less 我国).

    >>> metric_name("2022年全市地区生产总值达到")
    '地区生产总值'
    """
    name = prefix
    for _ in range(3):
        before = name
        m = PERIOD.match(name)
        if m:
            name = name[m.end():]
        name = _OPENERS.sub("", name)
        name = name.lstrip("，,的 \t")
        if name == before:
            break
    name = _VERB_TAIL.sub("", name)
    name = _FROM_TAIL.sub("", name)
    return name.strip("的 \t")


def _period(view: str, sentence: int, pos: int) -> str:
    """The last period word before pos in its sentence, within a window (keeps long table lines linear)."""
    last = ""
    for m in PERIOD.finditer(view, max(sentence, pos - _PERIOD_REACH), pos):
        last = m.group()
    return _PERIOD_NOISE.sub("", last)


_PERIOD_REACH = 80
_PERIOD_NOISE = regex.compile(r"[ \t]|份")


def link(view: str, facts: list[Fact]) -> None:
    """Tie each growth, change and share to the level it belongs to, and a level or growth
    to the old level it is measured from (从4.4万亿美元增至6.9万亿美元; 较…的32.26亿美元增长17.6%)."""
    levels: list[Fact] = []  # the levels of the current sentence, in order
    rates: list[Fact] = []
    for i, f in enumerate(facts):
        c = f.claim
        if levels and levels[-1].sentence_start != f.sentence_start:
            levels = []
        if rates and rates[-1].sentence_start != f.sentence_start:
            rates = []
        if f.role in ("growth", "change", "share", "multiple"):
            base = _base_between(view, facts, i, f)
            if base is not None:
                f.base_level = base
                if levels and levels[-1] is base:
                    levels.pop()
            f.of = levels[-1] if levels else None
            if f.of is not None and f.role != "share" and base is None and f.metric and not related(f.metric, f.of.metric):
                f.of = None  # 规上工业增加值年均增长6.5% after 一般公共预算收入…: another metric's growth
            if f.role == "share":
                f.whole_name = _whole_name(view[f.clause_start:c.start])
            if f.of is not None:
                f.metric = f.of.metric
        elif f.role == "pp_change":
            f.of = rates[-1] if rates else None
        if f.role in ("level", "average") and f.is_amount:
            if levels and _is_from_to(view, levels[-1], f):
                old = levels.pop()
                f.role, old.role = old.role, "base"  # 人均…由5000元提高到8000元: both averages
                f.base_level = old
                f.metric = old.metric
            levels.append(f)
        elif f.role in ("rate", "share"):
            rates.append(f)


def related(a: str, b: str) -> bool:
    """Whether two metric names may name one thing: one holds the other (出口 ~ 货物出口)."""
    return not a or not b or a in b or b in a


_WHOLE_NAME = regex.compile(
    r"(?:占(?!比)(?P<name>[^，,。；;0-9%]{1,24}?)(?:的)?|在(?P<name>[^，,。；;0-9%]{1,24}?)中(?:的)?占)"
    r"(?:比重|比例|份额|比)?(?:为|达|达到|约|近|超过|已|高达)*[ \t]*$")


def _whole_name(prefix: str) -> str:
    m = _WHOLE_NAME.search(prefix)
    return m.group("name").rstrip("的") if m else ""


def _base_between(view: str, facts: list[Fact], i: int, f: Fact) -> Fact | None:
    """较今年一季度末的32.26亿美元增长了17.6%: the level stated between the comparison word and
    the growth verb of f's clause is its base."""
    if i == 0:
        return None
    prev = facts[i - 1]
    if prev.sentence_start != f.sentence_start or not prev.is_amount:
        return None
    between = view[prev.end:f.start]
    if len(between.strip()) > _BASE_GAP or not (_CHANGE_BEFORE.search(between) or _GROWTH_NOUN_BEFORE.search(between)):
        return None
    lead = view[max(f.sentence_start, prev.start - 16):prev.start]
    if not _BASE_MARKER.search(lead) or _CLAUSE_END.search(between):
        return None
    prev.role = "base"
    return prev


_CLAUSE_END = regex.compile(r"[，,；;。]")
_TO_WORD = regex.compile(r"至|到")


def _is_from_to(view: str, old: Fact, new: Fact) -> bool:
    """从|由 old … verb至|到 new, in one clause chain (从2021年的3.54万亿元攀升至2024年的4.5万亿元)."""
    if old.claim.kind != new.claim.kind or old.claim.unit != new.claim.unit:
        return False
    between = view[old.end:new.start]
    if len(between) > 16 or _CLAUSE_END.search(between):
        return False
    if not _TO_WORD.search(between):
        return False
    return bool(_FROM_BEFORE.search(view, max(old.sentence_start, old.start - 16), old.start))
