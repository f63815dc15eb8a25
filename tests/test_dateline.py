"""The dateline is when a text was written: rules about "now" (NF503, NF504, NF505) read it.
Only a date that heads its line as a date is one; an event date in the lead is not."""
from __future__ import annotations

import pytest

import numfacts
from numfacts.checking import Context


def _dateline(text: str):
    d = Context("d", text, numfacts.extract(text, name="d", nonclaims=True)).dateline()
    return None if d is None else d[1]


@pytest.mark.parametrize("text, year", [
    ("数字城管\n2016-04-18 07:53\n\n标准化体系运行良好。", 2016),
    ("县统计局\u30002023年3月20日\n\n全县经济运行平稳。", 2023),
    ("18.11.2014  14:11\n\n四个城市的成就令人震撼。", 2014),
])
def test_a_date_heading_its_line_is_the_dateline(text, year):
    assert _dateline(text) == year


@pytest.mark.parametrize("text", [
    # the dateline gives no year; the body's dates are events
    "新华社南京5月20日电 南京长江大桥于1968年建成通车。2018年12月29日，大桥恢复通车。",
    # a date opening a sentence is the event's, even at a line's start
    "广州交通\n\n2008年3月，广州市交委率先成立交通信息指挥中心。",
    # a range of months is a period, not a day of writing
    "統計處公布，2025年8月至10月的失業率為3.8%。",
])
def test_an_event_date_is_no_dateline(text):
    assert _dateline(text) is None


def test_years_to_now_are_not_judged_against_an_event_date():
    text = "新华社南京5月20日电 南京长江大桥于1968年建成通车，至今已有57年历史。2018年12月29日，大桥恢复通车。"
    findings = numfacts.check(numfacts.extract(text, name="d", nonclaims=True), {"d": text})
    assert not (findings["verdict"] == "contradiction").any()
