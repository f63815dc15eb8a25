"""Stated figures as intervals, and the arithmetic the rules do with them."""
from __future__ import annotations

from fractions import Fraction as F

from numfacts.intervals import Interval, place, readings


def test_hedges_shape_the_interval():
    assert readings(40.0, "more_than", "余", 1.0, True)[0] == Interval(F(40), F(50), True, True)
    assert readings(1700.0, "more_than", "多", 1.0, True)[0] == Interval(F(1700), F(1800), True, True)
    assert readings(700.0, "more_than", "逾", 1.0, True)[0] == Interval(F(700), None, True, False)
    assert readings(30.0, "at_least", "以上", 1.0, False)[0] == Interval(F(30), None)
    assert readings(10.0, "at_most", "以内", 1.0, False)[0] == Interval(F(0), F(10))
    assert readings(100.0, "less_than", "不到", 1.0, False)[0] == Interval(F(0), F(100), False, True)
    strict, loose = readings(30.0, "approx", "近", 1.0, True)
    assert strict == Interval(F(27), F(30)) and loose == Interval(F(20), F(30))
    strict, loose = readings(560000.0, "approx", "约", 10000.0, False)
    assert strict == Interval(F(555000), F(565000)) and loose == Interval(F(504000), F(616000))


def test_exactness_prior():
    assert readings(200000.0, "exact", "", 10000.0, exact=True) == (Interval.point(200000), Interval.point(200000))
    strict, loose = readings(52800000.0, "exact", "", 10000.0, exact=False)
    assert strict == Interval.point(52800000) and loose == Interval(F(52795000), F(52805000))


def test_place_of_the_last_nonzero_digit():
    assert place(F(1700), F(1)) == 100 and place(F(40), F(1)) == 10 and place(F(130000), F(1)) == 10000
    assert place(F(5, 2), F(1, 10)) == F(1, 10)


def test_meeting_and_gaps_are_exact():
    rate, count, months = Interval.point(200000), Interval.point(22), Interval.point(12)
    total = rate * count * months
    assert total == Interval.point(52800000)
    assert total.meets(Interval.point(52800000))
    stated = Interval(F(52075000), F(52085000))
    assert not total.meets(stated)
    assert abs(stated.gap(total) - (52800000 - 52085000) / 52085000) < 1e-12
    assert Interval(F(1), F(2), True, False).meets(Interval(F(2), F(3)))
    assert not Interval(F(1), F(2), False, True).meets(Interval(F(2), F(3)))
    assert (Interval(F(1), F(2)) + Interval(F(3), None)).hi is None
