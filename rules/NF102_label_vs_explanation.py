"""NF102 label-vs-explanation: a numbered label against the figures that explain it.

## What it does
Reads labels built from numbers and checks them against their explanation:
* “20+8”即培育壮大20个战略性新兴产业集群、八大未来产业: each term against the counts
  the explanation states, in order (20 = 20个, 8 = 八大);
* A、B、C、D构成……加入E、F两市形成了“4+2”体系: each term against the lists before it;
  a sentence that then opens with a count (六个城市……) must state the terms' sum;
* “6个90%”，即90%的……、90%的……: the count against how often the figure recurs;
* “四百干部行动”，即选调百名干部……、百名干部……: as often as its magnitude recurs (4 × 百名);
* “13579”现象，即10%的……，30%的……，50%……: each digit against the leading digit of the
  figure explaining it, in order (1 ↔ 10%, 3 ↔ 30% …).

## Why it matters
Such labels are how policy texts summarise a programme; a label whose numbers no longer
match its explanation (after an edit of either) misleads every later reader.

## Example
“20+9”即培育壮大20个战略性新兴产业集群、八大未来产业 -> contradiction: 9 ≠ 八大 (8).

## Not flagged
A label with no explanation in its own sentence, or whose explanation states fewer
figures than the label has terms, is left alone.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule, relative_gap

_DIGIT_LABEL = regex.compile(r"^[0-9]{3,6}$")
_PLUS = regex.compile(r"^[0-9]+(?:[+＋][0-9]+)+(?:[+＋][NnXx])?$")
_COUNT_OF = regex.compile(r"^(?P<n>[0-9]+|[一二两兩三四五六七八九十]+)[个個](?P<v>[0-9.]+[%％])$")
# 四百干部行动: N of a magnitude (four hundreds), each hundred an item of the explanation
_MAGNITUDE_OF = regex.compile(r"^(?P<n>[一二两兩三四五六七八九十]+)(?P<mag>[百千万萬])(?P<rest>\p{Han}{2,})$")
_MAGNITUDES = {"百": 100.0, "千": 1000.0, "万": 10000.0, "萬": 10000.0}
_EXPLAINS = regex.compile(r"[”’\"」』]?\p{Han}{0,12}?[ \t]*[，,]?[ \t]*(?:即|是指|指的是|指|包括|[:：])")
_RUN = regex.compile(r"(?:\p{Han}{1,8}[ \t]?、[ \t]?)+\p{Han}{1,8}")


class LabelVsExplanation(Rule):
    code = "NF102"
    name = "label-vs-explanation"
    summary = "the numbers in a label (“20+8”, “4+2”, “6个90%”) match the figures that explain it"
    doc = __doc__
    examples = [
        {"text": "“20+8”即培育壮大20个战略性新兴产业集群、八大未来产业。", "verdict": "consistent", "at": "20+8"},
        {"text": "“20+9”即培育壮大20个战略性新兴产业集群、八大未来产业。", "verdict": "contradiction", "at": "20+9"},
        {"text": "由杭州、嘉兴、湖州、绍兴构成的都市区,加入衢州、黄山两市形成了“4+2”体系。六个城市抱团发展。",
         "verdict": "consistent", "at": "4+2"},
        {"text": "由杭州、嘉兴、湖州、绍兴构成的都市区,加入衢州、黄山两市形成了“4+3”体系。", "verdict": "contradiction", "at": "4+3"},
        {"text": "由杭州、嘉兴、湖州、绍兴构成的都市区,加入衢州、黄山两市形成了“4+2”体系。七个城市抱团发展。",
         "verdict": "contradiction", "at": "七个"},
        {"text": "深圳“6个90%”的创新体系,即90%的创新型企业为本土企业、90%的研发人员在企业、90%的研发投入来自企业、"
                 "90%的专利产生于企业、90%的研发机构建在企业、90%的重大科技项目由龙头企业承担。", "verdict": "consistent", "at": "6个90%"},
        {"text": "深圳“7个90%”的创新体系,即90%的创新型企业为本土企业、90%的研发人员在企业、90%的研发投入来自企业、"
                 "90%的专利产生于企业、90%的研发机构建在企业、90%的重大科技项目由龙头企业承担。", "verdict": "contradiction", "at": "7个90%"},
        {"text": "考虑实施“四百干部行动”，即选调百名干部驻外招商、百名干部驻园推进、百名干部驻企提升、百名干部驻村帮扶。",
         "verdict": "consistent", "at": "四百干部行动"},
        {"text": "考虑实施“五百干部行动”，即选调百名干部驻外招商、百名干部驻园推进、百名干部驻企提升、百名干部驻村帮扶。",
         "verdict": "contradiction", "at": "五百干部行动"},
        {"text": "形成了独特的“13579”现象，即10%的嘉善人到上海工作，30%以上的工业品为上海企业配套，50%的农产品销往上海，"
                 "70%的游客来自上海，90%的外资受上海的影响而进入嘉善。", "verdict": "consistent", "at": "13579"},
        {"text": "形成了独特的“13579”现象，即10%的嘉善人到上海工作，30%以上的工业品为上海企业配套，60%的农产品销往上海，"
                 "70%的游客来自上海，90%的外资受上海的影响而进入嘉善。", "verdict": "contradiction", "at": "13579"},
        {"text": "持续推进“5433”现代综合交通大会战，即投资2000亿元。", "verdict": None},
        {"text": "瞄准了“20+8”个前沿领域。", "verdict": None},
        {"text": "构建“1+6+N”服务体系，即1个市级中心、6个区级分中心、若干个社区站点。", "verdict": "consistent", "at": "1+6+N"},
        {"text": "构建“1+7+N”服务体系，即1个市级中心、6个区级分中心、若干个社区站点。", "verdict": "contradiction", "at": "1+7+N"},
        {"text": "打造“20+8”产业集群，即20个战略性新兴产业集群和8个未来产业。", "verdict": "consistent", "at": "20+8"},
        {"text": "深入推进“6+1”平台建设，6个专业平台加1个综合平台。", "verdict": "consistent", "at": "6+1"},
        {"text": "深入推进“6+2”平台建设，6个专业平台加1个综合平台。", "verdict": None},
    ]

    def check(self, ctx):
        for c in ctx.claims:
            if c.kind != "label":
                continue
            if _PLUS.match(c.text):
                yield from self._plus(ctx, c)
                continue
            if _DIGIT_LABEL.match(c.text):
                yield from self._digits(ctx, c)
                continue
            nxt = ctx.claim_at(c.end)
            whole = c.text + nxt.text if nxt and nxt.start == c.end and nxt.kind == "label" else c.text
            m = _COUNT_OF.match(whole)
            if m:
                yield from self._count_of(ctx, c, m, nxt.end if whole != c.text else c.end)
                continue
            m = _MAGNITUDE_OF.match(c.text.replace(" ", ""))
            if m:
                yield from self._magnitude_of(ctx, c, m)

    def _plus(self, ctx, label):
        text = ctx.text
        terms = [int(t) for t in regex.split(r"[+＋]", label.text) if t.isdigit()]  # 1+6+N: N counts anything
        s_start, s_end = ctx.sentence(label.start)
        after = _EXPLAINS.match(text, label.end, min(len(text), label.end + 16))
        if after:
            counts = [c for c in ctx.claims_in(after.end(), s_end) if c.kind == "count" and c.value == int(c.value)]
            if len(counts) >= len(terms):
                used = counts[: len(terms)]
                stated = [int(c.value) for c in used]
                yield self._judge(label, terms, stated, used, "、".join(c.text for c in used))
            return
        counts = [c for c in ctx.claims_in(label.end, min(s_end, label.end + 40)) if c.kind == "count"]
        if len(counts) >= len(terms) and [c.value for c in counts[: len(terms)]] == terms:
            # “6+1”平台建设，6个专业平台加1个综合平台: counts in the label's order, with no 即 before
            # them, are only ever read to confirm it
            used = counts[: len(terms)]
            yield self._judge(label, terms, terms, used, "、".join(c.text for c in used))
            return
        runs = [m for m in _RUN.finditer(text, s_start, label.start)]
        if len(runs) < len(terms):
            return
        runs = runs[-len(terms):]
        sizes = [m.group().count("、") + 1 for m in runs]
        if not any(t == s for t, s in zip(terms, sizes)):
            return  # no term matches: the lists found are probably not the label's
        yield self._judge(label, terms, sizes, [m.span() for m in runs], " / ".join(m.group() for m in runs))
        if sizes == terms:
            yield from self._total(ctx, label, terms, s_end)

    def _total(self, ctx, label, terms, s_end):
        """A sentence that opens with a count right after the label's sentence restates the total."""
        nxt = [c for c in ctx.claims_in(s_end, s_end + 4) if c.kind == "count"
               and not ctx.text[max(0, c.start - 1):c.start] in ("前", "第")]  # 前十名股东: a rank, not the total
        if not nxt:
            return
        total = nxt[0]
        want = sum(terms)
        if total.value != want and total.value in terms:
            return  # “4+2”……。四个城市……: the next sentence speaks of one term's cities, not all
        ok = total.value == want
        message = (f"{label.text} = {' + '.join(map(str, terms))} = {want}, "
                   + ("matches" if ok else "but the next sentence states") + f" {total.text}")
        yield self.finding("consistent" if ok else "contradiction", total, [label], message,
                           stated=total.value, expected_low=float(want), expected_high=float(want),
                           gap=0.0 if ok else relative_gap(total.value, want))

    def _count_of(self, ctx, label, m, end):
        from numfacts.numerals import parse

        n = int(parse(m.group("n")).low)
        value = m.group("v")
        s_start, s_end = ctx.sentence(label.start)
        if not _EXPLAINS.search(ctx.text, end, min(s_end, end + 30)):
            return
        same = [c for c in ctx.claims_in(end, s_end) if c.text.replace("％", "%") == value.replace("％", "%")]
        if len(same) < 2:
            return
        ok = len(same) == n
        message = f"{m.group()}: {value} recurs {len(same)} times in the explanation" + ("" if ok else f", not {n}")
        yield self.finding("consistent" if ok else "contradiction", label, same, message, stated=float(n),
                           expected_low=float(len(same)), expected_high=float(len(same)),
                           gap=0.0 if ok else abs(n - len(same)) / n)

    def _digits(self, ctx, label):
        """“13579”，即10%……30%……: digit i is the leading digit of the i-th figure explaining it."""
        text = ctx.text
        after = _EXPLAINS.match(text, label.end, min(len(text), label.end + 16))
        if not after:
            return
        figures = [c for c in ctx.claims_in(after.end(), ctx.sentence(label.start)[1]) if c.kind in ("percent", "count")]
        digits = label.text
        if len(figures) < len(digits):
            return
        figures = figures[: len(digits)]
        leading = [_leading_digit(c.value) for c in figures]
        matches = [str(d) == ch for d, ch in zip(leading, digits)]
        if 2 * sum(matches) <= len(digits):
            return  # most figures do not spell the label: they are not its explanation
        ok = all(matches)
        message = (f"“{digits}” ↔ " + ", ".join(f"{ch} {'=' if m else '≠'} {c.text}" for ch, m, c in zip(digits, matches, figures)))
        yield self.finding("consistent" if ok else "contradiction", label, figures, message, stated=float(len(digits)),
                           expected_low=float(sum(matches)), expected_high=float(sum(matches)),
                           gap=0.0 if ok else 1 - sum(matches) / len(digits))

    def _magnitude_of(self, ctx, label, m):
        from numfacts.numerals import parse

        n = int(parse(m.group("n")).low)
        size = _MAGNITUDES[m.group("mag")]
        s_end = ctx.sentence(label.start)[1]
        if not _EXPLAINS.search(ctx.text, label.end, min(s_end, label.end + 30)):
            return
        same = [c for c in ctx.claims_in(label.end, s_end) if c.kind == "count" and c.value == size and c.qualifier == "exact"]
        if len(same) < 2:
            return
        ok = len(same) == n
        message = (f"“{label.text}”: {m.group('n')}{m.group('mag')} = {n} × {m.group('mag')}, and {len(same)} items of "
                   f"{same[0].text} explain it" + ("" if ok else f", not {n}"))
        yield self.finding("consistent" if ok else "contradiction", label, same, message, stated=float(n),
                           expected_low=float(len(same)), expected_high=float(len(same)),
                           gap=0.0 if ok else abs(n - len(same)) / n)

    def _judge(self, label, terms, stated, parts, shown):
        ok = terms == stated
        message = (f"“{label.text}” ↔ {shown}: " + ", ".join(f"{t} {'=' if t == s else '≠'} {s}" for t, s in zip(terms, stated)))
        gap = 0.0 if ok else max(abs(t - s) / max(t, 1) for t, s in zip(terms, stated))
        return self.finding("consistent" if ok else "contradiction", label, parts, message,
                            stated=float(sum(terms)), expected_low=float(sum(stated)), expected_high=float(sum(stated)), gap=gap)


def _leading_digit(value: float) -> int | None:
    """The digit a round figure is written with (30% -> 3, 500 -> 5); None for 35% or 0.5."""
    if value != int(value) or value <= 0:
        return None
    written = str(int(value))
    return int(written[0]) if written[1:].strip("0") == "" else None


RULE = LabelVsExplanation()
