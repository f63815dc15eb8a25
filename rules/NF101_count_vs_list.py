"""NF101 count-vs-list: a stated count against the items listed with it.

## What it does
Finds a count (三大产业, 4个受理窗口, “四報告”制度) with the list that spells it out:
a 、-list right before it (电子商务、智慧安防、智慧健康三大产业), a list right after it
(4个受理窗口，分别是A、B、C、D; （即A、B、C）), or an ordinal list (五个方面……一是……五是;
（一）……（四）, ①……④, （1）……（4）, 1.……4., counted by its sections when 一是/二是 sit inside them),
and compares the number of items with the count.

## Why it matters
A count that does not match its own list is the most common slip in reports, and the
easiest for a reader to verify once shown.

## Example
设置5个受理窗口，分别是外国人签证受理、综合服务受理、人才科技受理、企业绿色通道。
-> contradiction: 4 items listed, 5 stated.

An echo of the counted noun (强化四种思维：强化战略思维……强化创新思维……; 三个坚持：坚持……)
parallel clauses after 即 (即打造以A为核心的X，以B为核心的Y……) and, for a count that points
back (这两个交汇), the clauses before it that end in its noun are read as lists too, but only
ever to confirm a count.

## Not flagged
A list closed by 等 only bounds the count from below (A、B、C等5个功能区 is consistent).
和/及 may or may not split the last item: either reading may match. Counts of people
(名, 人, 位) and counts above 12 are not compared with lists of categories, and a list
whose items carry figures of their own (学校30所、医院10家) is a list of amounts.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from numfacts.checking import Rule, stated_count
from numfacts.patterns import LABEL_SUFFIX, alternation
from numfacts.facts import simplified
from numfacts.lexicon import load
from numfacts.numerals import whole_number
from numfacts.units import PLACE_UNITS, PLACE_WORDS
from numfacts.lists import (
    echo_list_after,
    echo_list_before,
    list_after,
    list_before,
    ordinal_list_after,
    parallel_clauses_after,
)

_CUES = load("rules")["NF101"]
SET_UNITS = frozenset(_CUES["set_units"])
ASPECTS = tuple(_CUES["aspect_nouns"])
LARGEST = int(_CUES["largest"])


# 由杭州、嘉兴、湖州、绍兴构成的都市区是我省四大都市区之一: the list is not the four
_ONE_OF = regex.compile(r"\p{Han}{0,8}?[”’」』\"]?[ \t]*之一")
# 三省一市: a second count of places right after the first
_MORE_PLACES = regex.compile(f"(?P<n>[一两兩二三四五六七八九十]|[0-9]{{1,2}})(?:{'|'.join(sorted(PLACE_WORDS))})")
_COLON_AFTER = regex.compile(r"[”’」』\"]?[ \t]*[：:]")
# “三大工程”：一是……: a colon that opens an ordinal list right after the count and its noun
_OPENS_ORDINALS = regex.compile(r"[”’」』\"]?[ \t]*[：:][ \t]*(?:一是|一要|一抓|（一）|\(一\)|一、|第一[，,、]|一(?:类|類|种|種)(?:是|为|為)|①|[（(]1[)）]|1[.．、](?![0-9]))")


class CountVsList(Rule):
    code = "NF101"
    name = "count-vs-list"
    summary = "a stated count equals the number of items listed with it (等 makes it a lower bound)"
    doc = __doc__
    examples = [
        {"text": "设置4个受理窗口，分别是外国人签证受理、综合服务受理、人才科技受理、企业绿色通道。", "verdict": "consistent", "at": "4个"},
        {"text": "设置5个受理窗口，分别是外国人签证受理、综合服务受理、人才科技受理、企业绿色通道。", "verdict": "contradiction", "at": "5个"},
        {"text": "培育电子商务、智慧安防、智慧健康三大产业。", "verdict": "consistent", "at": "三大"},
        {"text": "推动由“坐堂办”向“下去办”、“不能办”向“怎么办”、“拖着办”向“快速办”三个转变。", "verdict": "consistent", "at": "三个"},
        {"text": "推动由“坐堂办”向“下去办”、“不能办”向“怎么办”、“拖着办”向“快速办”四个转变。", "verdict": "contradiction", "at": "四个"},
        {"text": "培育电子商务、智慧安防、智慧健康四大产业。", "verdict": "contradiction", "at": "四大"},
        {"text": "共同守护西湖、大运河和良渚古城遗址三大世界遗产。", "verdict": "consistent", "at": "三大"},
        {"text": "设置办证服务区、法律咨询区、服务会商区等5个功能区。", "verdict": "consistent", "at": "5个"},
        {"text": "实行行政处罚、金融放贷收贷、企业裁员关停、政府检查评比“五报告”制度。", "verdict": "contradiction", "at": "五报告"},
        {"text": "主要有五个方面：一是发展经济；二是培育产业；三是扩大投入；四是调整结构；五是建设平台。", "verdict": "consistent", "at": "五个"},
        {"text": "重点抓好四个方面：（一）发展经济。一是加快。二是提升。三是扩大。（二）改革开放。（三）城乡建设。（四）民生。",
         "verdict": "consistent", "at": "四个"},
        {"text": "必须强化四种思维：强化战略思维，积极参与。强化创新思维，坚持创新。强化开放思维，扩大开放。强化系统思维，顶层设计。",
         "verdict": "consistent", "at": "四种"},
        {"text": "做到三个坚持：坚持人民至上，坚持创新驱动，坚持绿色发展。", "verdict": "consistent", "at": "三个"},
        {"text": "推行以“深入基层求沟通、解放思想善变通、提速增效抓直通、加强学习促精通”为主要内容的“四通工作法”。",
         "verdict": "consistent", "at": "四通"},
        {"text": "三大板块在杭州形成了空间上交汇。这与国家战略的实施形成了历史性交汇。这两个交汇为杭州带来了机遇。",
         "verdict": "consistent", "at": "两个"},
        {"text": "重点打造三大平台，即打造以科技城为核心的E谷拓展区，以商务区为核心的电子商务集聚区，以健康城为核心的养生产业集聚区。",
         "verdict": "consistent", "at": "三大"},
        {"text": "財政司司長公布三項措施，包括延長申請期、推出新一輪計劃，以及設立50億元的發展基金。", "verdict": "consistent", "at": "三項"},
        {"text": "財政司司長公布四項措施，包括延長申請期、推出新一輪計劃，以及設立50億元的發展基金。", "verdict": "contradiction", "at": "四項"},
        {"text": "培训教师、医生3000人次。", "verdict": None},
        {"text": "新建3个公园，完善道路、管网。", "verdict": None},
        {"text": "建成3个中心，为群众提供医疗、养老、托育、教育服务。", "verdict": None},
        {"text": "新开工学校30所、医院10家。", "verdict": None},
        {"text": "今年将办好五件民生实事：新建学校12所、新增养老床位3000张、改造农村公路500公里、新建公园20个、新增停车位1万个。",
         "verdict": "consistent", "at": "五件"},
        {"text": "今年将办好六件民生实事：新建学校12所、新增养老床位3000张、改造农村公路500公里、新建公园20个、新增停车位1万个。",
         "verdict": None},  # items with amounts only confirm
        {"text": "坚持内资、外资、国资三资并举。", "verdict": "consistent", "at": "三资"},
        {"text": "坚持内资、外资、国资四资并举。", "verdict": "contradiction", "at": "四资"},
        {"text": "持续做好“东整、南启、西优、北建、中塑”五篇文章。", "verdict": "consistent", "at": "五篇"},
        {"text": "制定以下13条政策措施。\n\n一、支持做大。\n\n二、支持技改。\n\n三、支持创新。\n\n四、支持人才。\n\n五、强化保障。\n\n"
                 "六、优化服务。\n\n七、扩大开放。\n\n八、绿色发展。\n\n九、数字赋能。\n\n十、金融支持。\n\n十一、用地保障。\n\n"
                 "十二、人才住房。\n\n十三、组织保障。", "verdict": "consistent", "at": "13条"},
        {"text": "制定以下14条政策措施。\n\n一、支持做大。\n\n二、支持技改。\n\n三、支持创新。\n\n四、支持人才。\n\n五、强化保障。\n\n"
                 "六、优化服务。\n\n七、扩大开放。\n\n八、绿色发展。\n\n九、数字赋能。\n\n十、金融支持。\n\n十一、用地保障。\n\n"
                 "十二、人才住房。\n\n十三、组织保障。", "verdict": "contradiction", "at": "14条"},
        {"text": "建议实施“三大工程”：一是实施龙头企业培育工程；二是实施科技创新提升工程；三是实施要素保障工程。",
         "verdict": "consistent", "at": "三大"},
        {"text": "主要有以下三点：第一，加强领导；第二，完善机制；第三，强化考核。", "verdict": "consistent", "at": "三点"},
        {"text": "主要分为三类：一类是国有企业；二类是民营企业；三类是外资企业。", "verdict": "consistent", "at": "三类"},
        {"text": "今年计划新建、改建、扩建学校5所。", "verdict": None},
        {"text": "市政府在上海、杭州、宁波召开5场招商推介会。", "verdict": None},
        {"text": "东区、西区、南区各设2个服务站。", "verdict": None},
        {"text": "重点抓好三项工作：推进产业升级；深化改革开放；强化民生保障。", "verdict": "consistent", "at": "三项"},
        {"text": "重点抓好四项工作：推进产业升级；深化改革开放；强化民生保障。", "verdict": None},  # ；-clauses only confirm
        {"text": "主要任务有四个：一、推进产业升级；二、深化改革开放；三、强化民生保障。", "verdict": "contradiction", "at": "四个"},
        {"text": "统筹推进“五水共治”“三改一拆”“四边三化”等重点工作。", "verdict": None},
        {"text": "打造了集研发、生产、销售于一体的4个产业园区。", "verdict": None},
        {"text": "由杭州、嘉兴、湖州构成的杭州都市区是我省四大都市区之一。", "verdict": None},
        {"text": "共有5个部门参与，包括发改、财政、住建。", "verdict": None},  # 包括 may name some of them
        {"text": "共有5个部门参与，包括发改、财政和住建。", "verdict": "contradiction", "at": "5个"},  # a joiner closes the list
        {"text": "推行“三张清单”制度，即权力清单、责任清单、负面清单。", "verdict": "consistent", "at": "三张"},
        {"text": "推行“四张清单”制度，即权力清单、责任清单、负面清单。", "verdict": "contradiction", "at": "四张"},
        {"text": "市党政代表团一行赴江苏、安徽、山东3省8市学习考察。", "verdict": None},
        {"text": "代表团赴江苏、浙江两省的苏州、无锡、常州、杭州、宁波5市学习考察。", "verdict": "consistent", "at": "5市"},
        {"text": "推动上海、江苏、浙江、安徽三省一市协同发展。", "verdict": "consistent", "at": "三省"},
        {"text": "引进清华大学、浙江大学、复旦大学等高校院所建设研究院5家。", "verdict": "consistent", "at": "5家"},
        {"text": "设置4个窗口，分别是综合受理窗口，投资项目窗口，不动产窗口和税务窗口。", "verdict": "consistent", "at": "4个"},
        {"text": "设置5个窗口，分别是综合受理窗口，投资项目窗口，不动产窗口和税务窗口。", "verdict": None},  # comma items only confirm
        {"text": "实施四大行动，具体为：产业提升行动；创新驱动行动；开放合作行动；民生改善行动。", "verdict": "consistent", "at": "四大"},
        {"text": "在杭州、宁波、温州设立3个分中心和12个服务站。", "verdict": None},
        {"text": "重点发展电子信息、装备制造、生物医药三大主导产业和新材料、新能源两大新兴产业。", "verdict": "consistent", "at": "两大"},
        {"text": "重点在“三个聚焦”上下功夫：聚焦产业链、聚焦创新链、聚焦人才链。", "verdict": "consistent", "at": "三个"},
        {"text": "重点在“四个聚焦”上下功夫：聚焦产业链、聚焦创新链、聚焦人才链。", "verdict": "contradiction", "at": "四个"},
        {"text": "重点抓好产业、项目、招商、环境4项工作中的2项。", "verdict": None},
        {"text": "全市共有5家三甲医院：省立医院、协和医院、附一医院、附二医院和市一医院。", "verdict": "consistent", "at": "5家"},
        {"text": "全市共有7家三甲医院：省立医院、协和医院、附一医院、附二医院和市一医院。", "verdict": "contradiction", "at": "7家"},
        {"text": "推行三张清单（权力清单、责任清单、负面清单）管理制度。", "verdict": "consistent", "at": "三张"},
        {"text": "推行四张清单（权力清单、责任清单、负面清单）管理制度。", "verdict": "contradiction", "at": "四张"},
        {"text": "重点抓好三项工作：①产业园区建设；②道路交通建设；③公共服务设施建设。", "verdict": "consistent", "at": "三项"},
        {"text": "主要有三点体会：（1）坚持规划引领；（2）坚持产业为本；（3）坚持改革创新；（4）坚持人才优先。",
         "verdict": "contradiction", "at": "三点"},
        {"text": "主要有三点体会：1.坚持规划引领；2.坚持产业为本；3.坚持改革创新。", "verdict": "consistent", "at": "三点"},
        {"text": "下面，我讲三点意见。\n\n我们将重点抓好五个方面工作：一是创新驱动；二是项目为王；三是改革开放；四是城乡融合；五是民生优先。",
         "verdict": "consistent", "at": "五个"},
        {"text": "下面，我讲三点意见。\n\n我们将重点抓好五个方面工作：一是创新驱动；二是项目为王；三是改革开放；四是城乡融合；五是民生优先。"
                 "\n\n一、认识形势\n\n二、明确目标\n\n三、抓好落实", "verdict": "consistent", "at": "三点"},
        {"text": "下面，我讲四点意见。\n\n我们将重点抓好五个方面工作：一是创新驱动；二是项目为王；三是改革开放；四是城乡融合；五是民生优先。"
                 "\n\n一、认识形势\n\n二、明确目标\n\n三、抓好落实", "verdict": "contradiction", "at": "四点"},
        {"text": "主要任务有三个：一、推进产业升级；二、深化改革开放；三、强化民生保障。\n\n四、关于明年工作", "verdict": "consistent",
         "at": "三个"},
        {"text": "建议实施“四大工程”：一是实施龙头企业培育工程；二是实施科技创新提升工程；三是实施要素保障工程。",
         "verdict": "contradiction", "at": "四大"},
    ]

    def check(self, ctx):
        yield from self._shared_suffix(ctx)
        for c in ctx.claims:
            if c.kind not in ("count", "label"):
                continue
            if c.kind == "label" and LABEL_SUFFIX.match(c.text, 1):
                continue  # 十佳, 五十强: ranks, not counts
            n = stated_count(c)
            if n is None or n < 2 or (c.kind == "count" and c.unit not in SET_UNITS):
                continue
            if c.kind == "count" and not c.unit and not c.text.rstrip().endswith("大"):
                continue  # a bare number (6吋) counts no list
            one_of = _ONE_OF.match(ctx.text, c.end, c.end + 12)
            topics = c.noun.startswith(ASPECTS) or ctx.text[c.end:c.end + 3].startswith(ASPECTS)
            before = None if one_of else list_before(ctx.text, c.start, topics=topics)
            after = list_after(ctx.text, c.end)
            lists = [e for e in (before, after) if e]
            # 研发成果两地共享、产业化项目两地共推: items that hold the count themselves are clauses, not things
            lists = [e for e in lists if (e.open or n <= LARGEST)
                     and not any(c.text in ctx.text[a:b] for a, b in e.items)]
            announced = _ANNOUNCES.search(ctx.text, max(0, c.start - 4), c.start)  # 制定以下20条措施
            if not lists and (topics or announced or _OPENS_ORDINALS.match(ctx.text, c.end + len(c.noun))):
                ordinal = ordinal_list_after(ctx.text, c.end)
                if ordinal and (n <= LARGEST or announced) and _leads_to(ctx.text, c.end + len(c.noun), ordinal.items[0][0]):
                    lists = [ordinal]
                elif ordinal and n <= LARGEST and _ENDS_PARAGRAPH.match(ctx.text, c.end + len(c.noun)):
                    # 我讲三点意见。\n\n…五个方面：一是…\n\n一、…二、…三、: the count's own sections open lines
                    sections = ordinal_list_after(ctx.text, c.end, headings=True)
                    if sections and len(sections.items) > 1:
                        lists = [sections]
            if not lists and n <= LARGEST:
                echo = None
                if _OPENS_LIST.match(ctx.text, c.end + len(c.noun)):
                    echo = echo_list_after(ctx.text, c.end + len(c.noun), c.noun, _lead(ctx.text, c.start))
                echo = echo or parallel_clauses_after(ctx.text, c.end)
                if not echo and _POINTS_BACK.search(ctx.text, max(0, c.start - 3), c.start):
                    echo = echo_list_before(ctx.text, c.start, c.noun)
                if echo:
                    # an echo is read from the wording alone: it confirms a count, never refutes one
                    if n in echo.counts:
                        names = "、".join(ctx.text[a:b].strip() for a, b in echo.items)
                        yield self.finding("consistent", c, echo.items, f"|{{{names}}}| = {n} = {c.text} ({n})",
                                           stated=float(n), expected_low=float(n), expected_high=float(n))
                    continue
            # items that end in figures (学校30所、医院10家) list amounts, not the things counted
            # (clauses split by ； are told apart by their verbs, and may end in a figure: 上限为1500元；)
            # — unless a colon introduces them after the count (十件民生实事：新建学校12所、新增床位3000张…):
            # those are the items, each with its amount, but only ever to confirm the count
            lists = [e if (e.weak and len(e.items) > 2) or not any(_ends_in_figure(ctx, a, b) for a, b in e.items[:-1])
                     else replace(e, weak=True) if e is after and _COLON_AFTER.match(ctx.text, c.end + len(c.noun)) else None
                     for e in lists]
            lists = [e for e in lists if e is not None]
            if not lists:
                continue
            best = next((e for e in lists if _fits(n, e)), lists[0])
            verdict = "consistent" if _fits(n, best) else "contradiction"
            if verdict != "consistent":
                more = _MORE_PLACES.match(ctx.text, c.end)
                if more and c.unit in PLACE_UNITS and _fits(n + whole_number(more.group("n")), best):
                    n, verdict = n + whole_number(more.group("n")), "consistent"  # 上海、江苏、浙江、安徽三省一市: 3 + 1
            if best.weak and verdict != "consistent":
                continue  # "A和B" is too weak a list to contradict a count
            if verdict != "consistent" and not _unambiguous(ctx.text, c, best, best is before):
                continue  # the list may be another count's, or the count a fixed term's: confirm only
            items = "、".join(ctx.text[a:b].rstrip("、，,：: ") for a, b in best.items)
            shown = (f"{best.counts[0]}–{best.counts[-1]}" if len(best.counts) > 2
                     else "/".join(str(k) for k in best.counts))
            relation = "≤" if best.open else "="
            if verdict == "consistent":
                message = f"|{{{items}}}| = {shown} {relation} {c.text} ({n})"
            else:
                message = f"{c.text} states {n}, but {shown} item(s) are listed: {items}"
            yield self.finding(verdict, c, best.items, message, stated=float(n),
                               expected_low=float(min(best.counts)),
                               expected_high=float("inf") if best.open else float(max(best.counts)),
                               gap=0.0 if verdict == "consistent" else abs(n - min(best.counts, key=lambda k: abs(k - n))) / n)


    def _shared_suffix(self, ctx):
        """内资、外资、国资三资: items that share their last character, counted by numeral + that character."""
        from numfacts.numerals import parse

        for m in _SUFFIX_COUNT.finditer(ctx.text):
            suffix = m.group("suffix")
            items = list(_item_spans(m))
            if len(items) < 2 or not all(ctx.text[b - 1] == suffix for a, b in items):
                continue
            n = int(parse(m.group("n")).low)
            ok = n == len(items)
            names = "、".join(ctx.text[a:b] for a, b in items)
            message = f"|{{{names}}}| = {len(items)} {'=' if ok else '≠'} {m.group('n')}{suffix} ({n})"
            yield self.finding("consistent" if ok else "contradiction", (m.start("n"), m.end("suffix")),
                               items, message, stated=float(n), expected_low=float(len(items)),
                               expected_high=float(len(items)), gap=0.0 if ok else abs(n - len(items)) / n)


_SUFFIX_COUNT = regex.compile(
    r"(?P<items>(?:\p{Han}{1,6}、){1,9}\p{Han}{1,6}?)(?P<n>[两兩三四五六七八九十])(?P<suffix>\p{Han})(?!\p{Han}?[、])"
)


def _item_spans(m):
    start = m.start("items")
    pos = start
    for part in m.group("items").split("、"):
        yield pos, pos + len(part)
        pos += len(part) + 1


_OPENS_LIST = regex.compile(r"[ \t]*[：:]")
_POINTS_BACK = regex.compile(r"(?:这|這|此|上述|以上)[ \t]*$")


_SENTENCE_END = regex.compile(r"[。！？!?]")
_ANNOUNCES = regex.compile(r"(?:以下|如下|下列|下面)[ \t]*$")


_ENDS_PARAGRAPH = regex.compile(r"[^，,。；;\n]{0,4}[。：:][ \t]*\n")
_NEARER_COUNT = regex.compile(r"(?:[0-9]{1,2}|[两兩二三四五六七八九十]{1,3})[ \t]*(?:个|個|项|項|点|點|条|條|大|类|類|种|種)")


def _leads_to(text: str, start: int, first: int) -> bool:
    """Whether an ordinal list starting at ``first`` is the one a count ending at ``start``
    announces: at most one sentence end between them (三个方面。一是……), and a line break only
    where the count closes its sentence (我讲三点意见。\n\n一、……; 六个方面工作：\n（一）……), not
    a heading away (47条意见建议中，涉及……\n\n三、意见建议\n\n一要……)."""
    between = text[start:first]
    if len(_SENTENCE_END.findall(between)) > 1 or _NEARER_COUNT.search(between):
        return False  # …三点意见。\n\n我们将重点抓好五个方面工作：一是…: the list is the nearer count's
    head = between.split("\n", 1)[0].rstrip()
    return "\n" not in between or head.endswith(("：", ":")) or len(head.rstrip("。：:").strip()) <= 3


def _lead(text: str, start: int) -> str:
    """The verb right before a count (强化 of 强化四种思维), which its items may repeat."""
    m = regex.search(r"(\p{Han}{2})$", text[max(0, start - 2):start])
    return m.group(1) if m else ""


# what announces a list after its count: 设置5个窗口，分别是…; 三张清单（…）; 5家三甲医院：…; 即…; 包括…
_ANNOUNCED_AFTER = regex.compile(r"[”’」』\"]?[ \t]*(?:[\p{Han}”’」』\"]{0,8}[ \t]*[：:]|[（(]|[\p{Han}”’」』\"]{0,8}[，,]?[ \t]*(?:即|分别是|分别为|分別是|分別為|包括|具体为|具體為|主要包括|如下))")
_LEADS_ITEM = regex.compile(f"(?:{alternation(load('rules')['NF101']['lead_verbs'])})[了过過]?")
_LEAD_VERB = regex.compile(f"(?:{alternation(load('rules')['NF101']['lead_verbs'])})[了过過]?(?:由|从|從)?[ \t]*$")
# what closes a list before its count: 西湖、大运河和良渚古城遗址三大世界遗产
_JOINER = regex.compile(r"和|及|与|與|以及|或")


def _unambiguous(text: str, c, e, before: bool) -> bool:
    """Whether a count and a list are one another's beyond doubt, so that a mismatch is a
    contradiction. On real text a list read before a count is often a fixed term's (中亚五国,
    中央八项规定) or another count's (…3个地市11个县区), one with figures or brackets inside
    holds other counts (考试项由5项减少为4项; (1) footnotes), one read across lines is a
    digest's numbered items, and one with two joiners is two lists. So only these may
    contradict: a list on one line right before the count, of nouns (no verb after its first
    item, no 的), closed by a joiner before its last item (A、B和C三大…) or led by a verb that
    introduces it (培育A、B、C三大产业); or a list the count announces (：, 即, 分别是, brackets,
    numbered sections after 以下)."""
    first, last = e.items[0][0], e.items[-1][1]
    if not before and all(_ORDINAL_ITEM.match(text, a) for a, b in e.items):
        return True  # 三点体会：（1）…（2）…; 我讲三点意见。\n\n一、…二、…: numbered sections the count announces
    if _INSIDE_ITEMS.search(text, first, last) or _REST_ITEM.match(text, first):
        return False
    gaps = [simplified(text[a[1]:b[0] + 1]) for a, b in zip(e.items, e.items[1:])]
    joined = [k for k, gap in enumerate(gaps) if _JOINER.search(gap)]
    if any(k != len(gaps) - 1 for k in joined):
        return False  # A和B、C和D六个方面: two lists, or items joined inside
    if before:
        if "\n" in text[first:c.start] or len(e.items) < 2:
            return False
        between = text[last:c.start].strip(" \t“”‘’\"")
        if between not in ("", "等") or "的" in text[e.items[-1][0]:last]:
            return False  # 央企、国企以及民营企业共7个项目: a total over kinds, not their count
        if between == "等":
            return True  # A、B、C等5个…: 等 closes the list right at its count
        if any(_CLAUSE_VERB.search(simplified(text[a:b])) for a, b in e.items[1:]) or _OPEN_END.search(text, first, last):
            return False  # 围绕增速、结构、效率提出5项指标; 考试项由5项: the last "item" holds a verb
        return bool(joined) or bool(_LEAD_VERB.search(simplified(text[max(0, first - 4):first]))) \
            or bool(_LEADS_ITEM.search(simplified(text[first:min(e.items[0][1], first + 8)])))
    if "”" in text[max(0, c.start - 2):c.start]:
        return False  # “三大高地”“五大战略”：… the list may be the first term's
    announced = _ANNOUNCED_AFTER.match(text, c.end + len(c.noun))
    if "\n" in text[c.end:first]:
        return bool(announced) or bool(_ANNOUNCES.search(text, max(0, c.start - 4), c.start))
    if announced and announced.group().rstrip().endswith(("（", "(")) and all(b - a < 2 for a, b in e.items):
        return False  # 10个县（市、区）: kinds of the count's thing, not its items
    return bool(announced)


_INSIDE_ITEMS = regex.compile(r"[0-9０-９]+[ \t]*(?:个|個|项|項|条|條|场|場|家|所|批|件|类|類|种|種|名|人)|[（(]")
_ORDINAL_ITEM = regex.compile(r"[ \t]*(?:[（(][0-9一二三四五六七八九十]{1,3}[)）]|[0-9一二三四五六七八九十]{1,3}[、.．]|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}|[①-⑩])")
_OPEN_END = regex.compile(r"(?:由|从|從|为|為|至|到)$")
_CLAUSE_VERB = regex.compile(f"(?:{alternation(load('rules')['NF101']['clause_verbs'] + load('rules')['NF101']['lead_verbs'])})")
_REST_ITEM = regex.compile(r"[ \t]*(?:其余|其餘|其他|其它)")


def _ends_in_figure(ctx, a: int, b: int) -> bool:
    return any(c.end >= b - 1 for c in ctx.claims_in(a, b))


def _fits(n: int, e) -> bool:
    if e.open:
        return n >= min(e.counts)
    return n in e.counts


RULE = CountVsList()
