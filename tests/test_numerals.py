"""The numeral evaluator: exact values for every written form, cross-checked with cn2an."""
from __future__ import annotations

import random
from decimal import Decimal

import cn2an
import pytest

from numfacts.numerals import NotANumeral, parse


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("72", "72", "72"),
        ("５．４９", "5.49", "5.49"),
        ("1,100万", "11000000", "11000000"),
        ("191.42亿", "19142000000", "19142000000"),
        ("1.68万", "16800", "16800"),
        ("3万4000", "34000", "34000"),
        ("25万6千", "256000", "256000"),
        ("一万五千亿", "1500000000000", "1500000000000"),
        ("二十万亿", "20000000000000", "20000000000000"),
        ("三十万", "300000", "300000"),
        ("两千", "2000", "2000"),
        ("兩千", "2000", "2000"),
        ("壹佰贰拾叁", "123", "123"),
        ("一千零五", "1005", "1005"),
        ("一百〇八", "108", "108"),
        ("十五", "15", "15"),
        ("三千五", "3500", "3500"),
        ("一万五", "15000", "15000"),
        ("60 億", "6000000000", "6000000000"),
        ("两三", "2", "3"),
        ("十七八", "17", "18"),
        ("三五", "3", "5"),
        ("两三千", "2000", "3000"),
        ("半", "0.5", "0.5"),
        ("千亿", "100000000000", "100000000000"),
        ("三点五亿", "350000000", "350000000"),
        ("2兆8,800億", "2880000000000", "2880000000000"),
        ("一兆二千亿", "1200000000000", "1200000000000"),
        ("三亿五千万", "350000000", "350000000"),
    ],
)
def test_values_are_exact(text, low, high):
    n = parse(text)
    assert n.low == Decimal(low) and n.high == Decimal(high)


def test_float_of_decimal_is_the_written_value():
    assert float(parse("191.42亿").low) == 19142000000.0
    assert float(parse("0.1万").low) == 1000.0


@pytest.mark.parametrize("text, step", [("20万", "10000"), ("5.49", "0.01"), ("5280万", "10000"),
                                        ("二十五万六千", "1000"), ("三千五", "100"), ("1.2亿", "10000000")])
def test_step_is_the_place_of_the_last_written_digit(text, step):
    assert parse(text).step == Decimal(step)


@pytest.mark.parametrize("text", ["一一六", "五三", "五点"])
def test_strings_that_state_no_single_amount(text):
    with pytest.raises(NotANumeral):
        parse(text)


def test_agrees_with_cn2an_on_its_own_forms():
    """cn2an writes any integer in Chinese numerals; reading it back must give the integer."""
    rng = random.Random(20261124)
    numbers = [rng.randrange(1, 10 ** rng.randrange(1, 13)) for _ in range(2000)]
    for n in numbers + [10, 11, 20, 100, 101, 110, 1000, 1001, 10000, 10001, 100000000, 100010000]:
        written = cn2an.an2cn(n)
        assert parse(written).low == n, written
        assert cn2an.cn2an(written, "strict") == n


def test_cn2an_misses_that_this_parser_handles():
    """The forms that made us write our own evaluator rather than call cn2an at run time."""
    for text, value in [("两千", 2000), ("三千五", 3500), ("一百〇八", 108)]:
        with pytest.raises(ValueError):
            cn2an.cn2an(text, "strict")
        assert parse(text).low == value
