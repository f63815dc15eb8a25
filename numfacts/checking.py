"""Consistency rules over claims tables: the Rule and Finding types, what a rule may read,
how a relation is judged, and the runner.

A rule is one file under rules/ (or a user's --rules folder) that defines ``RULE``, an
instance of a `Rule` subclass. The rule finds relations the text asserts between its
figures and reports every one it finds as a `Finding`, verified or not. Rules compare;
the parsing of figures is the extractor's, the parsing of lists is lists.py's.

Verdicts follow the interval semantics of intervals.py:
``consistent`` when the strict readings meet, ``borderline`` when only the loose ones do,
``contradiction`` when not even those do, ``indeterminate`` when a rule cannot decide.
"""
from __future__ import annotations

import importlib.util
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction
from importlib import import_module
from pathlib import Path

import pandas as pd
import regex

from numfacts.columns import QUANTITY_KINDS
from numfacts.intervals import Interval, readings
from numfacts.lexicon import load
from numfacts.patterns import SENTENCE_END_SOFT as _SENTENCE_END
from numfacts.patterns import alternation
from numfacts.units import unit_of

FINDING_COLUMNS = [
    "doc", "rule", "name", "verdict", "start", "end", "spans", "stated", "expected_low", "expected_high",
    "gap", "message", "line", "col",
]
VERDICT_ORDER = {"contradiction": 0, "borderline": 1, "indeterminate": 2, "consistent": 3}
_PARAGRAPH = regex.compile(r"\n[ \t\u3000\xa0]*\n|\n[ \t\u3000\xa0]{2,}|\n\u3000")
_ONE_LINE = regex.compile(r"\s*\n\s*|[\t\u3000\xa0]+")
_AVERAGE = regex.compile(r"均|平均")
_NORMATIVE = regex.compile(r"每[条條个個家户戶人名所座台辆輛项項]|额度|額度|标准|標準|定额|定額|补偿|補償|补贴|補貼")
_EXACT_UNITS = frozenset({"day", "week", "month", "year", "hour"})


@dataclass
class Claim:
    """One row of a claims table, as rules read it."""

    start: int
    end: int
    text: str
    value: float
    value_high: float
    unit: str
    kind: str
    qualifier: str
    hedge: str
    per: str
    noun: str
    step: float
    exact: bool = False  # the exactness prior: counts, dates, normative amounts
    average: bool = False  # 日均181.2万人次, 人均778元: computed from a total, so rounded from it

    @property
    def is_quantity(self) -> bool:
        return self.kind in QUANTITY_KINDS

    def readings(self) -> tuple[Interval, Interval]:
        strict, loose = readings(self.value, self.qualifier, self.hedge, self.step, self.exact)
        if self.average and self.qualifier == "exact":
            strict = loose  # an average is printed rounded: 1268.5万 ÷ 7 = 181.21万 is 日均181.2万
        if self.value_high != self.value and self.value_high == self.value_high:
            hi = Fraction(str(self.value_high))
            strict, loose = Interval(strict.lo, hi), Interval(loose.lo, hi)
        return strict, loose

    @property
    def printed(self) -> Interval:
        """The interval its printed digits round from, whatever the exactness prior says
        (6.12万张 is 6.115万–6.125万): what a figure derived from it was computed on."""
        v = Fraction(str(self.value))
        half = Fraction(str(self.step)) / 2 if self.step == self.step and self.step else Fraction(0)
        return Interval(v - half, v + half)

    @property
    def strict(self) -> Interval:
        return self.readings()[0]

    @property
    def loose(self) -> Interval:
        return self.readings()[1]


@dataclass
class Finding:
    """One relation a rule found, with its verdict; see spec/findings.md."""

    rule: str
    verdict: str
    start: int
    end: int
    spans: list[tuple[int, int]]
    message: str
    stated: float = float("nan")
    expected_low: float = float("nan")
    expected_high: float = float("nan")
    gap: float = 0.0
    name: str = ""


class Context:
    """A document as rules see it: its text, its claims, and where paragraphs and sentences are."""

    def __init__(self, name: str, text: str, claims: pd.DataFrame):
        self.name = name
        self.text = text
        rows = claims.sort_values("start", kind="stable").to_dict("records") if len(claims) else []
        self.claims = [
            Claim(
                start=int(r["start"]), end=int(r["end"]), text=str(r["text"]), value=_num(r.get("value")),
                value_high=_num(r.get("value_high")), unit=_str(r.get("unit")), kind=_str(r.get("kind")),
                qualifier=_str(r.get("qualifier")) or "exact", hedge=_str(r.get("hedge")), per=_str(r.get("per")),
                noun=_str(r.get("noun")), step=_num(r.get("step")),
            )
            for r in rows
        ]
        self.quantities = [c for c in self.claims if c.is_quantity]
        self._starts = [c.start for c in self.claims]
        self._q_starts = [c.start for c in self.quantities]
        self.paragraph_starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
        self.line_starts = [0] + [m.end() for m in regex.finditer("\n", text)]
        self.headline_end = _headline_end(text)
        # every line of the headline block ends a sentence, however long (政府通过总预算案 歲出規模達2.88兆元)
        self.sentence_ends = sorted({m.end() for m in _SENTENCE_END.finditer(text)}
                                    | {p for p in self.line_starts[1:] if p <= self.headline_end})
        self._dateline = _UNSEEN
        self._view = None
        self._facts = None
        for c in self.quantities:
            c.average = is_average(text, c) or (
                c.kind == "count" and bool(c.per) and bool(_AVERAGE.search(text, max(0, c.start - 12), c.start)))
            c.exact = self._exact(c)

    @property
    def view(self) -> str:
        """The text in simplified script, offsets unchanged: where cue words are read."""
        if self._view is None:
            from numfacts.facts import simplified

            self._view = simplified(self.text)
        return self._view

    @property
    def facts(self) -> list:
        """What each quantity states (numfacts.facts), read once for every rule; aligned with quantities."""
        if self._facts is None:
            from numfacts.facts import read_facts

            self._facts = read_facts(self.text, self.quantities, self.view)
        return self._facts

    def _exact(self, c: Claim) -> bool:
        if c.kind == "count" and c.average:
            return False  # 日均3.3万人次, 户均2.8人: an average, rounded like any computed figure
        if c.kind == "count" or (c.kind == "measure" and c.unit in _EXACT_UNITS):
            return True
        if c.kind == "money" and c.per:
            return bool(_NORMATIVE.search(self.text, max(0, c.start - 30), c.start))
        return False

    def paragraph(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.paragraph_starts, pos)
        end = self.paragraph_starts[i] if i < len(self.paragraph_starts) else len(self.text)
        return self.paragraph_starts[i - 1], end

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_ends, pos)
        start = self.sentence_ends[i - 1] if i else 0
        end = self.sentence_ends[i] if i < len(self.sentence_ends) else len(self.text)
        return start, end

    def around(self, pos: int, before: int = 1, after: int = 0) -> tuple[int, int]:
        """The span of pos's sentence widened by ``before`` sentences before it and ``after`` after it."""
        start, end = self.sentence(pos)
        for _ in range(before):
            if start:
                start = self.sentence(start - 1)[0]
        for _ in range(after):
            if end < len(self.text):
                end = self.sentence(end)[1]
        return start, end

    def claims_in(self, start: int, end: int, quantities: bool = True) -> list[Claim]:
        """Claims (by default only quantities) that start in [start, end), in text order."""
        rows, starts = (self.quantities, self._q_starts) if quantities else (self.claims, self._starts)
        return rows[bisect_left(starts, start) : bisect_left(starts, end)]

    def dateline(self) -> tuple[Claim, int] | None:
        """The first dated line near the top (18.11.2014, 2019-08-20) and its year: when the
        text was written, which rules about "now" and "to come" compare against."""
        if self._dateline is _UNSEEN:
            self._dateline = next(
                ((c, year_of(c.text)) for c in self.claims_in(0, self.headline_end + _DATELINE_REACH, quantities=False)
                 if c.kind == "date" and year_of(c.text) and self._heads_its_line(c)),
                None,
            )
        return self._dateline

    def _heads_its_line(self, c: Claim) -> bool:
        """A dateline opens its line or follows a short source name (县统计局　2023年3月20日);
        a date inside a sentence (记者20日获悉……2018年12月29日，大桥恢复通车) is an event."""
        line_start = self.text.rfind("\n", 0, c.start) + 1
        lead = self.text[line_start:c.start]
        if _OPENS_A_CLAUSE.match(self.text, c.end):
            return False  # 2008年3月，广州市交委成立……: a date that opens a sentence is the event's
        return len(lead) <= _DATELINE_LEAD and not _CLAUSE_MARK.search(lead) and not _RANGE_MARK.search(c.text)

    def claim_at(self, start: int) -> Claim | None:
        i = bisect_right(self._starts, start) - 1
        if i >= 0 and self.claims[i].start <= start < self.claims[i].end:
            return self.claims[i]
        return None

    def line_col(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.line_starts, pos)
        return i, pos - self.line_starts[i - 1] + 1


_UNSEEN = object()
_FULL_STOPS = "。！？!?"
_DERIVED_SLACK = Fraction(1, 100)  # a derived figure 1% off its computed interval is borderline
_DATELINE_REACH = 200  # characters after the headline block where a dateline may stand
_DATELINE_LEAD = 24  # characters a source name may take before it on its line
_CLAUSE_MARK = regex.compile(r"[，,。；;：:！？!?]")
_RANGE_MARK = regex.compile(r"[至到~～—–]")
_OPENS_A_CLAUSE = regex.compile(r"[ \t]*(?:[，,、]|以来|以來|起|前|后|後)")
_YEAR_IN = regex.compile(r"(?:19|20)[0-9]{2}")


def year_of(text: str) -> int | None:
    """The four-digit year written in a date or year claim's text (2019-08-20 -> 2019)."""
    m = _YEAR_IN.search(text)
    return int(m.group()) if m else None


def _headline_end(text: str) -> int:
    """End of the headline block: the short lines before the first long or finished one.

    A line of table cells (a tab, or two figures apart) is never a headline.
    """
    pos = 0
    for line in text.split("\n")[:6]:
        stripped = line.strip()
        if len(stripped) > 60 or stripped.endswith(("。", "！", "？", "；")) or _TABLE_LINE.search(stripped):
            break
        pos += len(line) + 1
    return min(pos, len(text))


_TABLE_LINE = regex.compile(r"\t|[0-9][0-9,.%]*[ \u3000]+[-−+]?[0-9]")


def _num(x) -> float:
    try:
        return float(x)
    except (TypeError, ValueError):
        return float("nan")


def _str(x) -> str:
    return "" if x is None or (isinstance(x, float) and x != x) else str(x)


def up_to(c: Claim) -> tuple[Interval, Interval]:
    """[0, c] under the strict and the loose reading: what a part of c, or a rise on c, may be."""
    strict, loose = c.readings()
    return (Interval(Fraction(0), strict.hi, False, strict.hi_open),
            Interval(Fraction(0), loose.hi, False, loose.hi_open))


def full_sentence_start(text: str, pos: int, lines: bool = False) -> int:
    """Where the sentence holding pos begins when only 。！？ end sentences (and line breaks, with
    ``lines``): the reach of a sentence-opening 其中 or a list of ；-clauses, past the ；."""
    return max(text.rfind(mark, 0, pos) for mark in _FULL_STOPS + ("\n" if lines else "")) + 1


def relative_gap(stated, expected) -> float:
    """|stated − expected| relative to the expected figure (to 1 when that is 0)."""
    return abs(float(stated) - float(expected)) / max(abs(float(expected)), 1.0)


def summed(claims: Iterable[Claim]) -> tuple[Interval, Interval]:
    """(strict, loose) readings of the sum of figures."""
    strict = loose = None
    for c in claims:
        cs, cl = c.readings()
        strict = cs if strict is None else strict + cs
        loose = cl if loose is None else loose + cl
    return strict, loose


def judge(stated: Claim | tuple[Interval, Interval], strict: Interval, loose: Interval) -> str:
    """The verdict on a stated figure against the interval the others imply."""
    s_strict, s_loose = stated.readings() if isinstance(stated, Claim) else stated
    if s_strict.meets(strict):
        return "consistent"
    if s_loose.meets(loose):
        return "borderline"
    return "contradiction"


def sign(verdict: str) -> str:
    """How a message relates a stated figure to the one implied: = when they meet, ≈ when they
    meet only under the loose reading, ≠ otherwise."""
    return {"consistent": "=", "borderline": "≈"}.get(verdict, "≠")


def show(iv: Interval) -> str:
    """An interval for messages, in the text's magnitudes: 5280万, [5148万, 5412万]."""
    if iv.lo is not None and iv.lo == iv.hi:
        return fmt(iv.lo)
    lo = "−∞" if iv.lo is None else fmt(iv.lo)
    hi = "∞" if iv.hi is None else fmt(iv.hi)
    return f"{'(' if iv.lo_open or iv.lo is None else '['}{lo}, {hi}{')' if iv.hi_open or iv.hi is None else ']'}"


def fmt(x) -> str:
    """A figure for messages: 52800000 -> 5280万, 65230000000 -> 652.3亿, 0.125 -> 0.125.

    >>> fmt(Fraction(91461, 2))
    '4.57305万'
    """
    x = Fraction(x) if not isinstance(x, Fraction) else x
    if x.denominator == 1:
        n = x.numerator
        if n and n % 100000000 == 0:
            return f"{n // 100000000}亿"
        if abs(n) >= 100000000:
            return f"{n / 100000000:.6g}亿"
        if n and abs(n) >= 10000 and n % 10000 == 0:
            return f"{n // 10000}万"
        if n and abs(n) >= 10000 and n % 100 == 0:
            return f"{n / 10000:g}万"
        return str(n)
    if abs(x) >= 10000:  # 45730.5 -> 4.573万, never 4.573e+04
        return f"{float(x) / 10000:.6g}万" if abs(x) < 100000000 else f"{float(x) / 100000000:.6g}亿"
    return f"{float(x):.4g}"


class Rule:
    """A consistency rule. Subclasses set code, name, summary and EXAMPLES and define check().

    The module docstring of the rule's file is its documentation (`numfacts rule CODE`),
    in the sections What it does / Why it matters / Example / Not flagged.
    """

    code = "NF000"
    name = "rule"
    summary = ""
    doc = ""
    examples: Sequence[dict] = ()
    can_contradict = True  # False for rules whose doubts are only ever indeterminate
    one_series = False  # True for rules that compare two levels of one series (growth, change)

    def check(self, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError

    def check_corpus(self, contexts: Sequence[Context]) -> Iterable[tuple[Context, Finding]]:
        """Relations across documents; most rules have none."""
        return ()

    def sum_finding(self, whole: Claim, parts: Sequence[Claim]) -> Finding:
        """The finding on parts said to add up to a whole (3 + 2 = 5个花岛), within rounding."""
        strict, loose = summed(parts)
        verdict = judge(whole, strict, loose)
        message = " + ".join(p.text for p in parts) + f" = {show(strict)} " + sign(verdict) + f" {whole.text}"
        return self.finding(verdict, whole, parts, message, stated=whole.value, expected_low=float(strict.lo),
                            expected_high=float(strict.hi) if strict.hi is not None else float("inf"),
                            gap=whole.strict.gap(loose))

    def difference_finding(self, stated: Claim, high: Claim, low: Claim, parts: Sequence[Claim], what: str = "") -> Finding | None:
        """The finding on a figure said to be high − low (差短2560亿元; 提高70元), within rounding."""
        strict, loose = high.strict - low.strict, high.loose - low.loose
        if None in (strict.lo, strict.hi, loose.lo, loose.hi):
            return None
        verdict = judge(stated, strict, loose)
        message = f"{high.text} − {low.text} = {show(strict)} " + sign(verdict) + f" {what}{stated.text}"
        return self.finding(verdict, stated, parts, message, stated=stated.value, expected_low=float(strict.lo),
                            expected_high=float(strict.hi), gap=stated.strict.gap(loose))

    def derived_finding(self, stated: Claim, computed: Interval, parts: Sequence[Claim], formula: str) -> Finding | None:
        """The finding on a figure derived from others and printed rounded (a share, a ratio, a
        difference of rates): ``computed`` comes from the parts' rounding intervals; within it
        (against the stated figure's own rounding) is consistent, within a further 1% borderline."""
        if computed is None or None in (computed.lo, computed.hi):
            return None
        slack = max(abs(computed.lo), abs(computed.hi)) * _DERIVED_SLACK
        loose = Interval(computed.lo - slack, computed.hi + slack)
        verdict = judge((stated.loose, stated.loose), computed, loose)
        message = f"{formula} = {show(computed)} " + sign(verdict) + f" {stated.text}"
        return self.finding(verdict, stated, parts, message, stated=stated.value, expected_low=float(computed.lo),
                            expected_high=float(computed.hi), gap=stated.loose.gap(loose))

    def finding(self, verdict: str, judged: Claim | tuple[int, int], parts: Iterable, message: str, **values) -> Finding:
        span = (judged.start, judged.end) if isinstance(judged, Claim) else judged
        spans = [span]
        for p in parts:
            s = (p.start, p.end) if isinstance(p, Claim) else tuple(p)
            if s not in spans:
                spans.append(s)
        message = _ONE_LINE.sub(" ", message).strip()  # quoted text may carry line breaks
        return Finding(rule=self.code, name=self.name, verdict=verdict, start=span[0], end=span[1], spans=spans,
                       message=message, **values)


@dataclass
class RuleSet:
    rules: list[Rule] = field(default_factory=list)

    def select(self, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> "RuleSet":
        """Rules whose code starts with one of ``select`` (all when empty) and none of ``ignore``."""
        keep = [
            r for r in self.rules
            if (not select or any(r.code.startswith(s) for s in select)) and not any(r.code.startswith(i) for i in ignore)
        ]
        return RuleSet(keep)


def builtin_rules() -> RuleSet:
    """The rules listed in rules/__init__.py, in that order."""
    package = import_module("numfacts.rules")
    return RuleSet([import_module(f"numfacts.rules.{name}").RULE for name in package.ALL])


def load_rule_dir(folder: str | Path) -> RuleSet:
    """Every ``*.py`` file in a user's folder that defines RULE."""
    if not Path(folder).is_dir():
        raise FileNotFoundError(f"no such folder: {folder}")
    out = []
    for path in sorted(Path(folder).glob("*.py")):
        if path.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"numfacts_user_rules.{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if hasattr(module, "RULE"):
            out.append(module.RULE)
    return RuleSet(out)


def run(contexts: Sequence[Context], rules: RuleSet, on_error=None) -> pd.DataFrame:
    """All findings of all rules on all documents, as the findings table.

    A rule that fails on a document is reported to ``on_error`` (a one-line message) and the
    other rules and documents still run; without ``on_error`` the failure is raised.
    """
    records = []
    for rule in rules.rules:
        for ctx in contexts:
            try:
                records.extend(_record(ctx, _certain(ctx, rule, f)) for f in rule.check(ctx))
            except Exception as exc:  # a user's rule, or a bug: report it and go on
                if on_error is None:
                    raise
                on_error(f"{rule.code} failed on {ctx.name}: {type(exc).__name__}: {exc}")
        try:
            records.extend(_record(ctx, f) for ctx, f in rule.check_corpus(contexts))
        except Exception as exc:
            if on_error is None:
                raise
            on_error(f"{rule.code} failed across documents: {type(exc).__name__}: {exc}")
    frame = pd.DataFrame.from_records(_one_per_relation(records), columns=FINDING_COLUMNS)
    if not len(frame):
        return empty_findings()
    frame = frame.astype({"start": "int64", "end": "int64", "line": "int64", "col": "int64",
                          "stated": "float64", "expected_low": "float64", "expected_high": "float64", "gap": "float64"})
    order = frame["verdict"].map(VERDICT_ORDER)
    return frame.assign(_o=order).sort_values(["_o", "doc", "start"], kind="stable").drop(columns="_o").reset_index(drop=True)


_BARE = regex.compile(r"[0-9][0-9,，. \u3000]*")


def _certain(ctx: Context, rule: Rule, f: Finding) -> Finding:
    """A contradiction stands only on figures read without doubt; otherwise it is undecided.

    Two doubts are read here for every rule: a bare number with no unit (a cell of a table
    flattened into a line, where 14 264 may be one figure or two cells), and, for rules that
    compare two levels of one series, levels that the facts layer reads as different metrics
    or as a whole and its part (出口 against 进出口)."""
    if f.verdict != "contradiction":
        return f
    claims = [c for c in (ctx.claim_at(a) for a, _ in f.spans) if c is not None]
    if any(not c.unit and c.kind in ("count", "number") and _BARE.fullmatch(c.text) and _in_table_line(ctx, c) for c in claims):
        return replace(f, verdict="indeterminate", message=f.message + " (a bare number: undecided)")
    if rule.one_series:
        levels = [c for c in claims[1:] if c.kind != "percent" or c.unit == f"{claims[0].unit}"]
        facts = {id(x.claim): x for x in ctx.facts}
        pair = [facts.get(id(c)) for c in levels[:2]]
        if len(pair) == 2 and None not in pair and not _one_series(*pair):
            return replace(f, verdict="indeterminate", message=f.message + " (two series: undecided)")
    return f


def _in_table_line(ctx: Context, c: Claim) -> bool:
    """Whether a figure stands on a line of cells (tabs, or numbers apart by spaces)."""
    start = ctx.text.rfind("\n", 0, c.start) + 1
    end = ctx.text.find("\n", c.end)
    return bool(_TABLE_LINE.search(ctx.text[start:end if end >= 0 else len(ctx.text)]))


def _one_series(a, b) -> bool:
    """Two levels the facts layer reads as one series: related names, neither a part of the other."""
    from numfacts.facts.reading import related

    if a.parent is b or b.parent is a or (a.parent is not None and a.parent is b.parent):
        return False
    if "base" in (a.role, b.role):
        return True  # 较调整前的980元: read as the other's base
    return related(a.metric, b.metric)  # an unnamed level (上年末为80个) is no sign of another series


def empty_findings() -> pd.DataFrame:
    types = {"start": "int64", "end": "int64", "line": "int64", "col": "int64", "stated": "float64",
             "expected_low": "float64", "expected_high": "float64", "gap": "float64", "spans": "object"}
    return pd.DataFrame({c: pd.Series([], dtype=types.get(c, "str")) for c in FINDING_COLUMNS})


def _one_per_relation(records: list[dict]) -> list[dict]:
    """Two rules that read the same relation (the same figures, the same verdict) report it once:
    the first rule in run order keeps it (NF302 and NF305 both sum GDP's three sectors)."""
    seen, kept = set(), []
    for r in records:
        key = (r["doc"], r["verdict"], frozenset(map(tuple, r["spans"])))
        if key not in seen:
            seen.add(key)
            kept.append(r)
    return kept


def _record(ctx: Context, f: Finding) -> dict:
    line, col = ctx.line_col(f.start)
    return {
        "doc": ctx.name, "rule": f.rule, "name": f.name, "verdict": f.verdict, "start": f.start, "end": f.end,
        "spans": [list(s) for s in f.spans], "stated": f.stated, "expected_low": f.expected_low,
        "expected_high": f.expected_high, "gap": f.gap, "message": f.message, "line": line, "col": col,
    }


# Helpers shared by rules -------------------------------------------------------------

_LATER_NUMERAL = regex.compile(r"[0-9两兩二三四五六七八九十]|(?<!个|個)一")  # 四个一批 is one term
_HAN_AFTER = regex.compile(r"[ \t]*\p{Han}")
_LEADING_NUMERAL = regex.compile(r"^[ \t]*([0-9]+|[零〇一二两兩三四五六七八九十百千]+)")


def stated_count(c: Claim) -> int | None:
    """The whole number a count or a numeral-led label states (三大 -> 3, 四報告 -> 4)."""
    from numfacts.numerals import NotANumeral, parse

    if abs(c.value) > 1e15:  # NaN (a label's value) passes: labels are read from their text
        return None
    if c.kind == "count" and c.value == c.value_high and c.value == int(c.value) and c.qualifier == "exact":
        return int(c.value)
    if c.kind == "label":
        m = _LEADING_NUMERAL.match(c.text)
        if not m or "+" in c.text or _LATER_NUMERAL.search(c.text, m.end() + 1):
            return None  # “两区三园”, “两新一重”: several terms, each counting its own items (NF105)
        if not _HAN_AFTER.match(c.text, m.end()):
            return None  # 5G, 4A: a name with a Latin letter, no count
        try:
            n = parse(m.group(1))
        except NotANumeral:
            return None
        if n.low == n.high and n.low == int(n.low):
            return int(n.low)
    return None


# 此次考察历时五天, 这次为期5天的学习: the length of the occasion a text reports, and the word
# that names the occasion (考察), which must match the one the opening or headline names
OCCASION_SPAN = regex.compile(f"(?:{alternation(load('rules')['NF103']['occasion_pointers'])})(?P<what>\\p{{Han}}{{0,6}}?)"
                              r"(?:历时|歷時|为期|為期|用时|用時|共|行程)[ \t]*$")

_MARKS = load("rules")["NF610"]
# a mark, then the level: 突破3万亿元(大关)，达到30145.8亿元
_MARK_THEN_LEVEL = regex.compile(
    f"[ \\t]*(?:以上|以下|以内|以內|左右)?[ \\t]*(?:{alternation(_MARKS['mark_nouns'])})?[ \\t]*[，,][ \\t]*"
    f"(?:仅|僅|只有|已)?(?:{alternation(_MARKS['level_verbs'])})[ \\t]*")
# the level, then a mark: 达到30145.8亿元，首次突破3万亿元(大关)
_LEVEL_THEN_MARK = regex.compile(f"[ \\t]*[，,][ \\t]*(?:{alternation(_MARKS['mark_adverbs'])})?[ \\t]*"
                                f"(?:{alternation(_MARKS['mark_verbs'])})[ \\t]*")


def exact_level(ctx: "Context", mark: Claim) -> Claim | None:
    """The exact figure a hedged mark is stated at beside it (突破8000亿元，达到8125.6亿元 → 8125.6亿元),
    so that rules take the level rather than the round mark; None when there is none."""
    if mark.qualifier == "exact":
        return None
    i = bisect_left(ctx._q_starts, mark.start)
    if i >= len(ctx.quantities) or ctx.quantities[i] is not mark:
        return None
    for j, joint in ((i + 1, _MARK_THEN_LEVEL), (i - 1, _LEVEL_THEN_MARK)):
        if 0 <= j < len(ctx.quantities):
            other = ctx.quantities[j]
            a, b = (mark, other) if j > i else (other, mark)
            if (other.kind, other.unit) == (mark.kind, mark.unit) and other.qualifier == "exact" and joint.fullmatch(ctx.text, a.end, b.start):
                return other
    return None


def label_count(c: Claim) -> Claim | None:
    """A quoted label that counts with a measure word (“十条措施” → 10 条), as the count it states,
    so that its parts (其中…4条…3条…3条) can be summed against it; None for any other label."""
    if c.kind != "label":
        return None
    n = stated_count(c)
    m = _LEADING_NUMERAL.match(c.text)
    if n is None or not m or m.end() >= len(c.text):
        return None
    try:
        kind, unit = unit_of(c.text[m.end()])
    except KeyError:
        return None
    if kind != "count" or not unit:
        return None
    return replace(c, kind="count", value=float(n), value_high=float(n), unit=unit, qualifier="exact",
                   hedge="", step=1.0, exact=True)


def thing(c: Claim) -> str:
    """What a figure counts or measures: a count's noun (else its measure word), a measure's unit."""
    if c.kind != "count":
        return c.unit
    return c.noun or c.unit


def same_thing(a: Claim, b: Claim) -> bool:
    """Whether two figures speak of the same thing (城 ~ 城市, 中轴线 ~ 城市中轴线).

    >>> c = lambda noun, unit: Claim(0, 1, "", 1.0, 1.0, unit, "count", "exact", "", "", noun, 1.0)
    >>> same_thing(c("", "城"), c("城市", "个")), same_thing(c("", "市"), c("市领导", "名"))
    (True, False)
    """
    ta, tb = thing(a), thing(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    short, long_ = sorted((ta, tb), key=len)
    if len(short) == 1:  # 城 ~ 城市, 市 ~ 城市; but 6市 is no count of 市领导
        return long_.endswith(short) or (len(long_) == 2 and long_.startswith(short))
    return long_.startswith(short) or long_.endswith(short)


def common_tail(words: Sequence[str]) -> str:
    """The longest ending all words share (快速公交线路, 常规公交线路 -> 公交线路)."""
    tail = words[0]
    for w in words[1:]:
        n = 0
        while n < min(len(tail), len(w)) and tail[-1 - n] == w[-1 - n]:
            n += 1
        tail = tail[len(tail) - n:]
    return tail


_CHANGE = regex.compile(f"(?:{alternation(load('rules')['NF401']['change_cues'])})")


def is_change(ctx: Context, c: Claim) -> bool:
    """A figure stated as a change (增加14.6万人, 比上年下降3%) rather than a level."""
    clause = max(ctx.sentence(c.start)[0], c.start - 12)
    cut = max(ctx.text.rfind("，", clause, c.start), ctx.text.rfind(",", clause, c.start))
    return bool(_CHANGE.search(ctx.text, cut + 1 if cut >= 0 else clause, c.start))


_AVERAGE_WORDS = regex.compile(alternation(load("rules")["averages"]["words"]))


_AVERAGE_OR_EACH = regex.compile(f"(?:{alternation(load('rules')['averages']['words'])}|每\\p{{Han}})")


def without_average(name: str) -> str:
    """A name without the words that make it an average (人均可支配收入 -> 可支配收入, 平均每宗贷款 -> 贷款)."""
    return _AVERAGE_OR_EACH.sub("", name)


def is_average(text: str, c: Claim) -> bool:
    """A figure that is a group's average (城镇居民人均可支配收入68950元, 平均工资11.2万元): the
    averages of sub-groups neither add up to the whole's nor stay below it."""
    return bool(_AVERAGE_WORDS.search(phrase_before(text, c)))


def same_period(a: Claim, b: Claim) -> bool:
    """Whether two figures are over the same period: both per day, or both per year where one
    says 全年 and the other nothing (全年出口3200亿美元，进口2400亿美元)."""
    return a.per == b.per or {a.per, b.per} == {"", "year"}


_PHRASE = regex.compile(r"(?:其中[：:]?)?(?P<phrase>[^、，,。；;：:\s]{1,12})[ \t]*$")  # PDF text: 以上項目 34 個


def phrase_before(text: str, c: Claim) -> str:
    """The noun phrase written right before a figure (其中交通项目|56个 -> 交通项目)."""
    m = _PHRASE.search(text, max(0, c.start - 14), c.start)
    return m.group("phrase") if m else ""


_VERB_TAIL = regex.compile(f"(?:{alternation(load('rules')['names']['verb_tail'])})+$")


def name_of(text: str, c: Claim) -> str:
    """The name written before a figure, without the verb that leads to it
    (政府总开支预计为|8110亿元 -> 政府总开支; 汽车产业产值突破|1200亿元 -> 汽车产业产值)."""
    return _VERB_TAIL.sub("", phrase_before(text, c))


def named_thing(text: str, c: Claim) -> str:
    """What a count names: its noun after the figure (56个交通项目), else the phrase before it (交通项目56个)."""
    return c.noun or phrase_before(text, c)


def comparable(a: Claim, b: Claim) -> bool:
    """Same kind and the same unit (a count's empty unit matches any measure word)."""
    if a.kind != b.kind:
        return False
    if a.kind == "count":
        generic = {"", "个", "大"}
        return (a.unit == b.unit or a.unit in generic or b.unit in generic
                or (b.noun.startswith(a.unit) if a.unit else False) or (a.noun.startswith(b.unit) if b.unit else False))
    return a.unit == b.unit
