"""Text tables: a cell's unit and magnitude come from its column, its row label or 单位 line."""
from __future__ import annotations

import numfacts
from numfacts.tables import find_tables

COMMUNIQUE = (
    "表1  2023年主要农产品产量\n"
    "产品名称\t产量（万吨）\t比上年增长（%）\n"
    "粮食\t650.0\t-1.6\n"
    "  夏粮\t1,234.5\t0.9\n"
    "\n"
    "单位：亿元\n"
    "指标\t2023年\t比上年增长(±%)\n"
    "地区生产总值\t4000.5\t5.2\n"
    "第一产业\t  120.3\t  -0.4\n"
    "\n"
    "粮食（万吨）    69541    1.3\n"
    "棉花（万吨）    562    -6.1\n"
    "\n"
    "全年粮食产量650万吨，比上年增长2%。\n"
)


def rows():
    frame = numfacts.extract(COMMUNIQUE)
    return [(r.text, r.value, r.unit, r.kind, r.noun) for r in frame.itertuples()]


def test_column_header_units_and_magnitudes():
    got = rows()
    assert ("650.0", 6500000.0, "t", "measure", "粮食") in got
    assert ("-1.6", -1.6, "percent", "percent", "粮食") in got
    assert ("1,234.5", 12345000.0, "t", "measure", "夏粮") in got


def test_unit_line_gives_cells_without_their_own_unit():
    got = rows()
    assert ("4000.5", 400050000000.0, "CNY", "money", "地区生产总值") in got
    assert ("120.3", 12030000000.0, "CNY", "money", "第一产业") in got
    assert ("5.2", 5.2, "percent", "percent", "地区生产总值") in got


def test_row_label_unit_without_header_holds_for_the_first_figure_only():
    got = rows()
    assert ("69541", 695410000.0, "t", "measure", "粮食") in got
    assert ("1.3", 1.3, "", "number", "粮食") in got


def test_prose_after_a_table_is_read_as_prose():
    got = rows()
    assert ("650万吨", 6500000.0, "t", "measure", "") in got
    assert ("2%", 2.0, "percent", "percent", "") in got


def test_years_in_headers_are_not_cells():
    frame = numfacts.extract(COMMUNIQUE, nonclaims=True)
    assert "2023" not in frame[frame["kind"].isin(["count", "number"])]["text"].tolist()


def test_prose_has_no_tables():
    assert find_tables("全市生产总值5.49万亿元，比上年增长5.3%。\n  人口1100万。") is None


UNIT_COLUMN = (
    "表2  2023年主要经济指标\n"
    "指标\t单位\t绝对数\t比上年增长%\n"
    "地区生产总值\t亿元\t4000.5\t5.2\n"
    "常住人口\t万人\t1252.2\t1.2\n"
    "\n"
    "地区          2023年（亿元）     增长（%）\n"
    "上城区        3,456.7            6.1\n"
    "西湖区        2,345.6            5.5\n"
)


def test_a_unit_column_gives_each_row_its_unit():
    got = [(r.text, r.value, r.unit, r.kind) for r in numfacts.extract(UNIT_COLUMN).itertuples()]
    assert ("4000.5", 400050000000.0, "CNY", "money") in got
    assert ("1252.2", 12522000.0, "人", "count") in got
    assert ("5.2", 5.2, "percent", "percent") in got


def test_space_aligned_columns_with_units_in_headers():
    got = [(r.text, r.value, r.unit, r.noun) for r in numfacts.extract(UNIT_COLUMN).itertuples()]
    assert ("3,456.7", 345670000000.0, "CNY", "上城区") in got
    assert ("5.5", 5.5, "percent", "西湖区") in got


SPACED = (
    "2023年主要农产品产量\n"
    "产品 单位 产量 比上年增长(%)\n"
    "粮食 万吨 650.0 -1.6\n"
    "棉花 万吨 12.5 3.4\n"
    "\n"
    "指标 2023年（亿元） 增长（%）\n"
    "地区生产总值 4000.5 5.2\n"
    "\n"
    "驱车 2800 余公里，增长 5.2 个百分点。\n"
)


def test_single_space_tables_with_unit_columns_and_headers():
    got = [(r.text, r.value, r.unit, r.noun) for r in numfacts.extract(SPACED).itertuples()]
    assert ("650.0", 6500000.0, "t", "粮食") in got
    assert ("3.4", 3.4, "percent", "棉花") in got
    assert ("4000.5", 400050000000.0, "CNY", "地区生产总值") in got


def test_prose_with_spaced_numbers_is_not_a_table():
    got = [(r.text, r.value, r.unit) for r in numfacts.extract(SPACED).itertuples()]
    assert ("2800 余公里", 2800.0, "km") in got and ("5.2 个百分点", 5.2, "percentage_point") in got
