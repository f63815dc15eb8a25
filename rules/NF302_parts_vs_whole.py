"""NF302 parts-vs-whole: a whole split into named parts must be their sum.

## What it does
Reads a partition: a count, then 其中 and two or more parts that each name their share
with 为/是 and end the sentence (5个花岛，其中3个为樱花岛，2个为桃花岛), or a run of counts
closed by 共/合计 (三个国家级开发区、五个省级开发区，共8个开发区), and checks that the parts add
up to the whole (3 + 2 = 5). A total of "the above N" (上述三项合计1兆7320亿元) is the sum of
the last N figures of its unit in its paragraph, and a total of N places or items (两市合计,
二者合计) the sum of its sentence's figures when there are exactly N; a quoted count
(“十条措施”，其中…4条…3条…3条) is a whole like any other. Parts after 其中 (or 按…分，) that are kinds of the whole's thing — their
nouns end as its noun does (公交线路12条，其中快速公交线路4条、常规公交线路8条) — are
summed too: equal is consistent; less is undecided (the kinds listed may not be all of them),
and so is more, since kinds may overlap (女职工, 党员职工) — unless the parts are named from a
known partition (城镇/乡村, 快速/常规, the four kinds of 可支配收入: numfacts/data/rules.toml),
when more is a contradiction, and so is less when the partition is complete. A last part named
其他/其余 completes any partition. A whole written as "N…中，" opens its parts the way 其中
does (收集的47条意见建议中，涉及政策落实的18条、…、其他3条). Amounts before a total named by the
same word (汽车产业产值1200亿元，电子信息产业产值860亿元，…，合计产值2470亿元) add up to it, and
so do amounts joined by 加上 before a 共 (差短340亿元，加上债务还本850亿元，共需融资调度1190亿元).

## Why it matters
Sums of parts are the most often recomputed figures in a report; a partition that no
longer adds up means a part or the whole was edited alone.

## Example
有6个花岛，其中3个为樱花岛，2个为桃花岛 -> contradiction: 3 + 2 = 5 ≠ 6.

## Not flagged
Averages of sub-groups (城镇居民人均可支配收入, 农村居民人均可支配收入 after 全体居民人均…) are
never summed: they do not add up to the whole's average.
Breakdowns that need not be exhaustive (其中女性300人，党员200人: no part is a kind of 职工)
are only checked by NF301 (each part ≤ whole), never summed.
"""
from __future__ import annotations

import regex

from numfacts.checking import (
    Rule,
    common_tail,
    exact_level,
    full_sentence_start,
    is_average,
    is_change,
    label_count,
    name_of,
    named_thing,
    phrase_before,
)
from numfacts.lexicon import load
from numfacts.patterns import alternation
from numfacts.numerals import whole_number
from numfacts.units import PLACE_WORDS

# 上述三项合计, 以上5个项目共: the total of the last N figures of its unit
_ABOVE_N = regex.compile(
    r"(?:(?P<above>上述|以上|前述)(?P<n>[两兩二三四五六七八九十]|[2-9])(?:项|項|个|個|类|類|者|部分|方面)?\p{Han}{0,4}?"
    # 两市合计, 二者合计: the N places or items just named, in the sentence
    f"|(?<![0-9一二两兩三四五六七八九十])(?P<n>[两兩二三四五六七八九十]|[2-9])(?:者|项|項|{'|'.join(sorted(PLACE_WORDS))}))"
    r"(?<!公)(?:合计|合計|共计|共計|总计|總計|合共|共)[ \t]*(?:为|為|达|達|达到|達到|是|超过|超過|突破|逾|约|約|近)?[ \t]*$"
)
_PARTITIONS = load("rules")["NF302"]["partitions"]
_QIZHONG = regex.compile(r"[ \t]*[，,][ \t]*其中")
# 其中, and a breakdown by a criterion (按经营单位所在地分，城镇…；乡村…)
_QIZHONG_ANY = regex.compile(r"(?<=[，,。；;\n])[ \t]*(?:其中|按[^，,。；;：:\n]{1,12}?(?:分|划分|劃分))[，,：:]?")
# what stands between two parts: a 、 or a comma (and perhaps a clause on the first part's
# growth: 18950元，增长7.2%；), then the next part's noun
_SEPARATOR = regex.compile(r"[ \t]*[、，,；;][ \t]*(?:[^、，,；;。0-9]{0,8}[0-9.]+[%％][ \t]*[，,；;][ \t]*)?")
_PART = regex.compile(r"[ \t]*(?:为|為|是)")
_TOTAL = regex.compile(r"(?<!公)(?:共|共计|共計|合计|合計|总计|總計|一共)[ \t]*(?:有|达|達|建成|完成)?[ \t]*$")
_FLOW = regex.compile(alternation(load("rules")["NF302"]["flow_words"]))
# a total named by its thing: A级景区总数达到87家
_NAMED_TOTAL = regex.compile(r"(?P<name>\p{Han}{2,10}?)(?:总数|總數|总量|總量)[ \t]*(?:达到|達到|达|達|为|為|是)?[ \t]*$")
# 其中 inside the run makes its figures overlap; 累计/新增 make them of another kind
_NOT_A_SUM = regex.compile(r"其中|累计|累計|新增|增加|比|较|較")
# a whole that opens its parts: 收集的47条意见建议中，
_AMONG = regex.compile(r"[ \t]*(?:之)?中[ \t]*[，,：:]")
# the part that takes the rest: 其他3条, 其余项目42个
_REST = regex.compile(r"^(?:其他|其它|其余|其餘|其他的|其它的)")
# 面积分别为8000平方米、6000平方米和5000平方米，合计1.9万平方米: one list of amounts of one thing
_RESPECTIVE_LIST = regex.compile(r"(?:分别|分別)(?:为|為|是|达|達|达到|達到)?[ \t]*$")
_LIST_GAP = regex.compile(r"[ \t]*(?:[、]|和|及|与|與)[ \t]*")
# A 加上 B，共 C: 差短340亿元，加上债务还本850亿元，共需融资调度1190亿元
_PLUS = regex.compile(r"[，,][ \t]*(?:再)?加上")
_PLUS_TOTAL = regex.compile(r"[，,][ \t]*(?<!公)(?:共|共计|共計|合计|合計|总计|總計|一共|合共)\p{Han}{0,6}?[ \t]*(?:为|為|达|達)?[ \t]*$")
# a total of amounts named by their word: 合计产值2470亿元, 共计投资80亿元
_AMOUNT_TOTAL = regex.compile(
    r"(?:合计|合計|共计|共計|总计|總計|一共)(?P<word>\p{Han}{0,4}?)[ \t]*(?:为|為|达|達|达到|達到)?[ \t]*$")


class PartsVsWhole(Rule):
    code = "NF302"
    name = "parts-vs-whole"
    summary = "parts that split a count (其中3个为…，2个为…) add up to it"
    doc = __doc__
    examples = [
        {"text": "有5个花岛，其中3个为樱花岛，2个为桃花岛。", "verdict": "consistent", "at": "5个"},
        {"text": "有6个花岛，其中3个为樱花岛，2个为桃花岛。", "verdict": "contradiction", "at": "6个"},
        {"text": "共有职工500人，其中女性300人，党员200人。", "verdict": None},
        {"text": "本市有三个国家级开发区、五个省级开发区，共8个开发区。", "verdict": "consistent", "at": "8个"},
        {"text": "本市有三个国家级开发区、五个省级开发区，共9个开发区。", "verdict": "contradiction", "at": "9个"},
        {"text": "全市共有5A级景区3家、4A级景区28家、3A级景区56家，A级景区总数达到87家。", "verdict": "consistent", "at": "87家"},
        {"text": "全市共有5A级景区3家、4A级景区28家、3A级景区56家，A级景区总数达到97家。", "verdict": "contradiction", "at": "97家"},
        {"text": "今年新设企业300家、注销企业120家，企业总数达到5000家。", "verdict": None},
        {"text": "“不會辦”向“想法辦”四個轉變，在全縣形成了良好聲勢\n\n本市有三个国家级开发区、五个省级开发区，共8个开发区。", "verdict": "consistent",
         "at": "8个"},
        {"text": "引进项目10个，其中外资项目5个，共15个。", "verdict": None},
        {"text": "以社會福利支出7,540億元最多，占26.2%；教育支出5,310億元次之；國防支出4,470億元居第三。上述三項合計1兆7,320億元。",
         "verdict": "consistent", "at": "1兆7,320億元"},
        {"text": "以社會福利支出7,540億元最多，占26.2%；教育支出5,310億元次之；國防支出4,470億元居第三。上述三項合計1兆7,420億元。",
         "verdict": "contradiction", "at": "1兆7,420億元"},
        {"text": "全市新开通公交线路12条，其中快速公交线路4条、常规公交线路8条。", "verdict": "consistent", "at": "12条"},
        {"text": "全市新开通公交线路12条，其中快速公交线路5条、常规公交线路8条。", "verdict": "contradiction", "at": "12条"},
        {"text": "谋划实施重大项目128个，总投资3200亿元，其中交通项目56个、水利项目30个、能源项目24个、信息项目18个。",
         "verdict": "consistent", "at": "128个"},
        {"text": "全市共有A级景区80个，其中5A级景区3个、4A级景区25个。", "verdict": "indeterminate", "at": "80个"},
        {"text": "年末全县户籍人口58.62万人，比上年末增加0.31万人。其中，城镇人口32.15万人，乡村人口26.47万人。",
         "verdict": "consistent", "at": "58.62万人"},
        {"text": "年末全县户籍人口58.62万人，比上年末增加0.31万人。其中，城镇人口33.15万人，乡村人口26.47万人。",
         "verdict": "contradiction", "at": "58.62万人"},
        {"text": "年末共有各级各类学校132所，其中普通高中6所、中等职业学校3所、初中21所、小学45所、幼儿园57所。",
         "verdict": "consistent", "at": "132所"},
        {"text": "共有职工500人，其中女性300人、党员250人。", "verdict": None},
        {"text": "农村居民人均可支配收入32856元，比上年增长6.8%。其中，工资性收入18950元，增长7.2%；经营净收入8120元，"
                 "增长5.1%；财产净收入1236元，增长9.3%；转移净收入4550元，增长6.6%。", "verdict": "consistent", "at": "32856元"},
        {"text": "粮食总产量52.4万吨，增长2.5%。其中，早稻产量8.2万吨，晚稻产量31.6万吨，小麦产量12.6万吨。",
         "verdict": "consistent", "at": "52.4万吨"},
        {"text": "全市共有职工160万人，其中女职工90万人，党员职工80万人。", "verdict": None},
        {"text": "新增确诊病例12例，其中本土病例8例、境外输入病例5例。", "verdict": "contradiction", "at": "12例"},
        {"text": "地区生产总值5862.3亿元，增长5.6%；一般公共预算收入365亿元。其中，第一产业增加值186.4亿元，第二产业增加值2410.7亿元，第三产业增加值3265.2亿元。",
         "verdict": "consistent", "at": "5862.3亿元"},
        {"text": "地区生产总值5862.3亿元，增长5.6%；一般公共预算收入365亿元。其中，第一产业增加值186.4亿元，第二产业增加值2410.7亿元，第三产业增加值3365.2亿元。",
         "verdict": None},
        {"text": "社会消费品零售总额5230亿元，增长4.9%。按经营单位所在地分，城镇消费品零售额4480亿元，增长4.7%；乡村消费品零售额750亿元，增长6.1%。",
         "verdict": "consistent", "at": "5230亿元"},
        {"text": "社会消费品零售总额5230亿元，增长4.9%。按经营单位所在地分，城镇消费品零售额4480亿元，增长4.7%；乡村消费品零售额850亿元，增长6.1%。",
         "verdict": "contradiction", "at": "5230亿元"},
        {"text": "全年全体居民人均可支配收入58620元，比上年增长5.2%。其中，城镇居民人均可支配收入68950元，增长4.7%；农村居民人均可支配收入36280元。",
         "verdict": None},
        {"text": "收集的47条意见建议中，涉及政策落实的18条、涉及金融服务的15条、涉及人才用工的11条、其他3条。",
         "verdict": "consistent", "at": "47条"},
        {"text": "收集的47条意见建议中，涉及政策落实的18条、涉及金融服务的15条、涉及人才用工的11条、其他4条。",
         "verdict": "contradiction", "at": "47条"},
        {"text": "收集的47条意见建议中，涉及政策落实的18条、涉及金融服务的25条、涉及人才用工的11条。", "verdict": "indeterminate", "at": "47条"},
        {"text": "其中汽车产业产值1200亿元，电子信息产业产值860亿元，生物医药产业产值410亿元，三大产业集群合计产值2470亿元。",
         "verdict": "consistent", "at": "2470亿元"},
        {"text": "汽车产业产值突破1200亿元，电子信息产业产值860亿元，合计产值2060亿元。", "verdict": "borderline", "at": "2060亿元"},
        {"text": "其中汽车产业产值突破1200亿元，电子信息产业产值860亿元，生物医药产业产值410亿元，三大产业集群合计产值2370亿元。",
         "verdict": "contradiction", "at": "2370亿元"},
        {"text": "实现营业收入100亿元，利润10亿元，合计纳税5亿元。", "verdict": None},
        {"text": "三个特色展区面积分别为8000平方米、6000平方米和5000平方米，合计1.9万平方米。", "verdict": "consistent", "at": "1.9万平方米"},
        {"text": "三个特色展区面积分别为8000平方米、6000平方米和5000平方米，合计2.9万平方米。", "verdict": "contradiction", "at": "2.9万平方米"},
        {"text": "歲入歲出差短340億元，加上債務還本850億元，共需融資調度1,190億元。", "verdict": "consistent", "at": "1,190億元"},
        {"text": "全市一般公共预算收入420亿元。其中，工资性收入18950元，经营净收入8120元，财产净收入1236元，转移净收入4550元。",
         "verdict": None},
        {"text": "重庆市地区生产总值达到30145.8亿元，成都市达到22074.7亿元，两市合计超过5.2万亿元。", "verdict": "consistent", "at": "5.2万亿元"},
        {"text": "重庆市地区生产总值达到30145.8亿元，成都市达到20074.7亿元，两市合计超过5.2万亿元。", "verdict": "contradiction", "at": "5.2万亿元"},
        {"text": "重庆市地区生产总值达到30145.8亿元，其中工业1.2万亿元；成都市达到22074.7亿元，两市合计超过5.2万亿元。", "verdict": None},
        {"text": "重庆市地区生产总值突破3万亿元，达到30145.8亿元；成都市达到22074.7亿元。两市合计超过5.3万亿元。", "verdict": "contradiction",
         "at": "5.3万亿元"},
        {"text": "重庆市地区生产总值30145.8亿元，成都市22074.7亿元，合计52220.5亿元。", "verdict": "consistent", "at": "52220.5亿元"},
        {"text": "重庆市地区生产总值30145.8亿元，成都市22074.7亿元，合计53220.5亿元。", "verdict": "contradiction", "at": "53220.5亿元"},
        {"text": "市政府研究制定了“十条措施”，其中涉及产业发展的有4条，涉及人才引进的有3条，涉及营商环境的有3条。", "verdict": "consistent",
         "at": "十条"},
        {"text": "歲入歲出差短340億元，加上債務還本850億元，共需融資調度1,290億元。", "verdict": "contradiction", "at": "1,290億元"},
    ]

    def check(self, ctx):
        done = set()
        for finding in self._partitions(ctx):
            done.add(finding.start)
            yield finding
        yield from self._kinds(ctx, done)
        yield from self._totals(ctx)
        yield from self._amount_totals(ctx)
        yield from self._plus(ctx)
        yield from self._named_run(ctx)

    def _named_run(self, ctx):
        """以社会福利支出7540亿元…教育5310亿元…国防4470亿元。上述三项合计1兆7320亿元: the last N add up."""
        text = ctx.text
        for total in ctx.quantities:
            cue = _ABOVE_N.search(text, max(0, total.start - 16), total.start)
            if not cue or total.kind == "percent":
                continue
            n = whole_number(cue.group("n"))
            if n is None:
                continue
            p_start = ctx.paragraph(cue.start())[0]
            if not cue.group("above"):  # 两市合计: exactly the two figures of its sentence (or the one before)
                p_start = full_sentence_start(text, cue.start(), lines=True)
                if not text[p_start:cue.start()].strip():
                    p_start = full_sentence_start(text, max(0, p_start - 1), lines=True)
            before = [c for c in ctx.claims_in(p_start, cue.start()) if c.kind == total.kind and c.unit == total.unit
                      and exact_level(ctx, c) is None]  # 突破3万亿元，达到30145.8亿元: one figure
            if n < 2 or len(before) < n or (not cue.group("above") and len(before) != n):
                continue
            if not any(is_average(text, p) for p in before[-n:]):
                yield self.sum_finding(total, before[-n:])

    def _kinds(self, ctx, done):
        """公交线路12条，其中快速公交线路4条、常规公交线路8条: kinds of the whole's thing add up to it.

        The whole is the nearest count before 其中 (in its sentence, or the one before when
        其中 opens a sentence) of the parts' measure word, preferring one whose noun the parts'
        nouns end with. Parts that are kinds of it are judged both ways (more is a
        contradiction, fewer undecided); other parts only confirm a sum that is exact.
        """
        text = ctx.text
        for q, among in self._openers(ctx):
            s_start, s_end = ctx.sentence(q.start())
            opens_sentence = not text[s_start:q.start()].strip(" \t\u3000，,")
            if opens_sentence:
                # 。其中，城镇人口…: the whole is in the sentence before (back to its 。, past ；)
                s_start = min(ctx.sentence(max(0, s_start - 1))[0], full_sentence_start(text, max(0, s_start - 1), lines=True))
            parts = []
            stop = text.find("。", q.end(), ctx.paragraph(q.start())[1])  # parts may run on past ；
            for c in ctx.claims_in(q.end(), stop if stop >= 0 else ctx.paragraph(q.start())[1]):
                if c.kind == "percent" and parts:
                    continue  # 工资性收入18950元，增长7.2%；经营净收入…: a part's growth between parts
                if (c.kind not in ("count", "money", "measure") or (c.kind == "count" and not c.exact)
                        or (parts and (c.kind, c.unit) != (parts[0].kind, parts[0].unit))):
                    break
                parts.append(c)
            if (len(parts) < 2 or not all(_side_by_side(text, a, b) for a, b in zip(parts, parts[1:]))
                    or any(is_average(text, p) for p in parts)):  # 城镇居民人均…、农村居民人均…: averages do not add
                continue
            wholes = [label_count(c) or c for c in ctx.claims_in(s_start, q.start(), quantities=False)]  # “十条措施”，其中…
            wholes = [c for c in wholes
                      if (c.kind, c.unit) == (parts[0].kind, parts[0].unit) and (c.exact or c.kind != "count")
                      and not is_change(ctx, c)]  # 85万户，比上年末增加6万户，其中…: the level is the whole
            if among:
                wholes = [among] if (among.kind, among.unit) == (parts[0].kind, parts[0].unit) else []
            if not wholes:
                continue
            head = common_tail([named_thing(text, p) for p in parts])
            named = [w for w in wholes if len(head) >= 2 and (phrase_before(text, w).endswith(head) or w.noun.endswith(head))]
            whole = named[-1] if named else wholes[-1]
            if not named and not among and opens_sentence and len(wholes) > 1:
                # GDP 5862.3亿元，……一般公共预算收入365亿元。其中，第一产业……: which figure the parts
                # split is unknown; the one they add up to, if any, is the whole
                fitting = [w for w in wholes if self.sum_finding(w, parts).verdict == "consistent"]
                if not fitting:
                    continue
                whole = fitting[-1]
            total = sum(p.value for p in parts)
            ratio = total / whole.value if whole.value else 1.0
            if not among and (not 0.001 < ratio < 1000 or (opens_sentence and not named and not 0.1 < ratio < 10)):
                continue  # 收入420亿元。其中，工资性收入18950元…: parts orders of magnitude off split something else
            if whole.start in done or (is_average(text, whole) and not named):
                continue  # 人均收入77043元，其中城镇居民82000元: groups' averages, not kinds of income
            finding = self.sum_finding(whole, parts)
            if _REST.match(named_thing(text, parts[-1])) or _REST.match(phrase_before(text, parts[-1])):
                yield finding  # …、其他3条: the last part takes the rest, so the parts are all of the whole
                continue
            split = _partition(text, parts)  # 城镇/乡村; 出口/进口; 工资性/经营净/财产净/转移净收入
            if not named and not among and not split:
                if finding.verdict == "consistent":
                    yield finding  # 学校132所，其中高中6所、初中21所…: an exact sum is a partition
                continue
            if finding.verdict == "contradiction" and not named and not split:
                finding.verdict = "indeterminate"  # 47条意见建议中，涉及政策的18条、涉及金融的15条: topics may overlap
                finding.message += " (the parts listed may overlap or not be all of them)"
            elif finding.verdict == "contradiction":
                total = sum(p.value for p in parts)
                if total < whole.value and not (split and len(split) == len(parts)):
                    finding.verdict = "indeterminate"
                    finding.message += f" (the kinds of {head if len(head) >= 2 else whole.text} listed may not be all of them)"
                elif total > whole.value and not split:
                    finding.verdict = "indeterminate"  # 女职工70万人，党员职工25万人: kinds may overlap
                    finding.message += f" (the kinds of {head if len(head) >= 2 else whole.text} listed may overlap)"
            yield finding

    @staticmethod
    def _openers(ctx):
        """Where parts begin: after 其中 (the whole before it is found later), or after a count
        that opens them itself (47条意见建议中，), with that count."""
        text = ctx.text
        opens = [(q.start(), q, None) for q in _QIZHONG_ANY.finditer(text)]
        for c in ctx.quantities:
            if c.kind == "count" and c.exact:
                m = _AMONG.match(text, c.end + len(c.noun))
                if m:
                    opens.append((m.start(), m, c))
        for _, m, whole in sorted(opens, key=lambda t: t[0]):
            yield m, whole

    def _amount_totals(self, ctx):
        """汽车产业产值1200亿元，电子信息产业产值860亿元，…，合计产值2470亿元: named amounts add up."""
        text = ctx.text
        for total in ctx.quantities:
            if total.kind not in ("money", "measure"):
                continue
            cue = _AMOUNT_TOTAL.search(text, max(ctx.sentence(total.start)[0], total.start - 10), total.start)
            if not cue:
                continue
            parts = []
            s_start = ctx.sentence(total.start)[0]
            clause = max(text.rfind(sep, s_start, cue.start()) for sep in "，,；;")  # 三大产业集群合计产值: its own clause
            for c in reversed(ctx.claims_in(s_start, max(clause, s_start))):
                if c.kind == "percent" and parts:
                    continue  # a part's growth between parts
                if (c.kind, c.unit, c.per) != (total.kind, total.unit, total.per):
                    break
                parts.insert(0, c)
            listed = len(parts) >= 2 and _RESPECTIVE_LIST.search(text, max(s_start, parts[0].start - 8), parts[0].start) \
                and all(_LIST_GAP.fullmatch(text, a.end, b.start) for a, b in zip(parts, parts[1:]))
            if (len(parts) < 2 or not (listed or all(_side_by_side(text, a, b) for a, b in zip(parts, parts[1:])))
                    or any(is_average(text, p) for p in parts)):  # 城镇居民人均…、农村居民人均…: averages do not add
                continue
            names = [name_of(text, p) for p in parts]
            word = cue.group("word")
            if not listed and word and not (len(word) >= 2 and all(word in n for n in names)):
                continue  # 营业收入100亿元，利润10亿元，合计纳税5亿元: not one word, not parts
            if _NOT_A_SUM.search(text, parts[0].start, total.start):
                continue
            yield self.sum_finding(total, parts)

    def _plus(self, ctx):
        """差短340亿元，加上债务还本850亿元，共需融资调度1190亿元: A 加上 B, 共 C is C = A + B."""
        text = ctx.text
        for m in _PLUS.finditer(text):
            s_start, s_end = ctx.sentence(m.start())
            before = ctx.claims_in(s_start, m.start())
            if not before or before[-1].kind not in ("money", "count", "measure"):
                continue
            first = before[-1]
            parts, total = [first], None
            for c in ctx.claims_in(m.end(), s_end):
                if (c.kind, c.unit, c.per) != (first.kind, first.unit, first.per):
                    break
                if _PLUS_TOTAL.search(text, max(parts[-1].end, c.start - 12), c.start):
                    total = c
                    break
                parts.append(c)
            if total is not None and len(parts) >= 2:
                yield self.sum_finding(total, parts)

    def _totals(self, ctx):
        """三个国家级开发区、五个省级开发区，共8个开发区: the parts before 共 add up to it."""
        text = ctx.text
        for total in ctx.quantities:
            if total.kind != "count" or not total.exact:
                continue
            named = _NAMED_TOTAL.search(text, max(0, total.start - 16), total.start)
            if not named and not _TOTAL.search(text, max(0, total.start - 4), total.start):
                continue
            s_start = max(ctx.sentence(total.start)[0], ctx.paragraph(total.start)[0])  # a page-broken sentence aside
            before = ctx.claims_in(s_start, total.start)
            parts = []
            for c in reversed(before):  # the run of same-unit counts right before the total
                if c.kind != "count" or c.unit != total.unit or not c.exact:
                    break
                parts.insert(0, c)
            if len(parts) < 2 or _NOT_A_SUM.search(text, parts[0].start, total.start) or any(is_average(text, p) for p in parts):
                continue
            if named:
                # 5A级景区3家、4A级景区28家、3A级景区56家，A级景区总数达到87家: the parts are kinds of the
                # total's thing, named alike
                tail = common_tail([named_thing(text, p) for p in parts])
                name = named.group("name")
                if min(len(tail), len(name)) < 2 or not (name.endswith(tail) or tail.endswith(name)) \
                        or any(_FLOW.search(phrase_before(text, p)) for p in parts):
                    continue  # 新设企业300家、注销企业120家，企业总数5000家: flows, not kinds of the stock
            yield self.sum_finding(total, parts)

    def _partitions(self, ctx):
        text = ctx.text
        for whole in ctx.quantities:
            if whole.kind != "count" or not whole.exact:
                continue
            s_start, s_end = ctx.sentence(whole.start)
            noun_end = whole.end + len(regex.match(r"\p{Han}{0,10}", text[whole.end:whole.end + 10]).group())
            q = _QIZHONG.match(text, noun_end)
            if not q:
                continue
            parts = ctx.claims_in(q.end(), s_end)
            if len(parts) < 2 or any(p.kind != "count" or p.unit != whole.unit or not _PART.match(text, p.end)
                                     or is_average(text, p) for p in parts):
                continue
            yield self.sum_finding(whole, parts)


def _partition(text: str, parts) -> list[str] | None:
    """The known partition the parts' names come from, one word each, all different (城镇人口 /
    乡村人口; 工资性收入 / 经营净收入 / …): such parts never overlap. None when there is none."""
    names = [named_thing(text, p) for p in parts]
    for words in _PARTITIONS:
        hits = [[w for w in words if w in name] for name in names]
        if all(len(h) == 1 for h in hits) and len({h[0] for h in hits}) == len(parts):
            return words
    return None


def _side_by_side(text: str, a, b) -> bool:
    """Whether part b follows part a with only a 、 or comma between them, nouns aside
    (56个交通项目、30个水利项目 or 交通项目56个、水利项目30个)."""
    return bool(_SEPARATOR.fullmatch(text, a.end + len(a.noun), b.start)
                or _SEPARATOR.fullmatch(text, a.end, b.start - len(phrase_before(text, b))))


RULE = PartsVsWhole()
