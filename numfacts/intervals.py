"""What a stated figure allows: an exact interval under the strict and the loose reading.

A figure as written stands for an interval, not a point. Its hedge sets the shape
(多/余 → (N, N+place), 以上 → [N, ∞), 近 → [0.9N, N], 约 → N ± half a step), and the
exactness prior sets how much rounding a reader allows when there is no hedge: counts of
things, dates and normative amounts (每月20万元) are exact, other amounts may be rounded
to their last written digit. Arithmetic is on Fractions, so no float error can make or
break a verdict; the verdict rules are those of XBRL Calculations 1.1 and statcheck: a
contradiction only when the intervals cannot meet.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

@dataclass(frozen=True)
class Interval:
    """[lo, hi] with optional open ends; None is -∞ for lo and +∞ for hi."""

    lo: Fraction | None
    hi: Fraction | None
    lo_open: bool = False
    hi_open: bool = False

    @classmethod
    def point(cls, v) -> "Interval":
        v = Fraction(v)
        return cls(v, v)

    def meets(self, other: "Interval") -> bool:
        """True when the two intervals share at least one number."""
        return _before(self.lo, self.lo_open, other.hi, other.hi_open) and _before(
            other.lo, other.lo_open, self.hi, self.hi_open
        )

    def __add__(self, other: "Interval") -> "Interval":
        lo = None if self.lo is None or other.lo is None else self.lo + other.lo
        hi = None if self.hi is None or other.hi is None else self.hi + other.hi
        return Interval(lo, hi, self.lo_open or other.lo_open, self.hi_open or other.hi_open)

    def __sub__(self, other: "Interval") -> "Interval":
        """Every difference of a number in self and one in other (2兆8810亿 − 2兆6250亿).

        >>> str(Interval(Fraction(10), Fraction(12)) - Interval(Fraction(3), Fraction(4)))
        '[6, 9]'
        """
        lo = None if self.lo is None or other.hi is None else self.lo - other.hi
        hi = None if self.hi is None or other.lo is None else self.hi - other.lo
        return Interval(lo, hi, self.lo_open or other.hi_open, self.hi_open or other.lo_open)

    def __mul__(self, other: "Interval") -> "Interval":
        """Product of two non-negative intervals."""
        lo = self.lo * other.lo if self.lo is not None and other.lo is not None else Fraction(0)
        hi = None if self.hi is None or other.hi is None else self.hi * other.hi
        return Interval(lo, hi, self.lo_open or other.lo_open, self.hi_open or other.hi_open)

    def __truediv__(self, other: "Interval") -> "Interval | None":
        """Quotient of two non-negative intervals; None when the divisor may be 0.

        >>> str(Interval(Fraction(97.5), Fraction(98.5)) / Interval(Fraction(119.5), Fraction(120.5)))
        '[0.809129, 0.824268]'
        """
        if other.lo is None or other.lo <= 0:
            return None
        lo = Fraction(0) if self.lo is None or other.hi is None else self.lo / other.hi
        hi = None if self.hi is None else self.hi / other.lo
        return Interval(lo, hi, self.lo_open or other.hi_open, self.hi_open or other.lo_open)

    def scale(self, k) -> "Interval":
        k = Fraction(k)
        return Interval(
            None if self.lo is None else self.lo * k, None if self.hi is None else self.hi * k, self.lo_open, self.hi_open
        )

    def gap(self, other: "Interval") -> float:
        """Relative distance between the intervals (0 when they meet), relative to self."""
        if self.meets(other):
            return 0.0
        if self.hi is not None and other.lo is not None and self.hi <= other.lo:
            d, ref = other.lo - self.hi, self.hi
        else:
            d, ref = self.lo - other.hi, self.lo
        ref = abs(ref) if ref else Fraction(1)
        return float(d / ref)

    def __str__(self) -> str:
        lo = "−∞" if self.lo is None else _num(self.lo)
        hi = "∞" if self.hi is None else _num(self.hi)
        if self.lo == self.hi and self.lo is not None:
            return lo
        return f"{'(' if self.lo_open else '['}{lo}, {hi}{')' if self.hi_open else ']'}"


def _before(lo, lo_open, hi, hi_open) -> bool:
    """lo (of one interval) is not past hi (of the other)."""
    if lo is None or hi is None:
        return True
    return lo < hi or (lo == hi and not lo_open and not hi_open)


def _num(x: Fraction) -> str:
    if x.denominator == 1:
        return f"{x.numerator:,}".replace(",", "")
    return f"{float(x):.6g}"


def place(value: Fraction, step: Fraction) -> Fraction:
    """Place value of the last non-zero written digit: 1700 -> 100, 40 -> 10, 13万 -> 1万."""
    if value and value.denominator == 1:
        n, p = abs(value.numerator), 1
        while n % 10 == 0:
            n //= 10
            p *= 10
        return Fraction(max(p, 1))
    return step if step else Fraction(1)


NEAR_WORDS = {"近", "将近", "將近", "接近"}
BETWEEN_MORE = {"多", "余", "餘"}


def readings(value: float, qualifier: str, hedge: str, step: float, exact: bool) -> tuple[Interval, Interval]:
    """(strict, loose) intervals of a stated figure.

    >>> s, l = readings(200000.0, "exact", "", 10000.0, exact=False)
    >>> str(s), str(l)
    ('200000', '[195000, 205000]')
    >>> str(readings(1700.0, "more_than", "多", 1.0, exact=True)[0])
    '(1700, 1800)'
    """
    v = Fraction(str(value))
    st = Fraction(str(step)) if step == step and step else Fraction(0)
    if qualifier == "more_than":
        if hedge in BETWEEN_MORE:
            both = Interval(v, v + place(v, st), True, True)
        else:
            both = Interval(v, None, True, False)
        return both, both
    if qualifier == "at_least":
        both = Interval(v, None)
        return both, both
    if qualifier == "at_most":
        both = Interval(min(Fraction(0), v), v)
        return both, both
    if qualifier == "less_than":
        both = Interval(min(Fraction(0), v), v, False, True)
        return both, both
    if qualifier == "approx":
        if hedge in NEAR_WORDS:  # 近30: nearly 30, loosely anything from 20
            strict = Interval(v * Fraction(9, 10), v)
            loose = Interval(min(v * Fraction(9, 10), v - place(v, st)), v)
        elif hedge == "上":  # 上千, 上万: reaching that order
            strict = loose = Interval(v, None)
        else:
            half = st / 2 if st else place(v, st) / 2
            strict = Interval(v - half, v + half)
            loose = Interval(v * Fraction(9, 10), v * Fraction(11, 10))
        return strict, loose
    strict = Interval.point(v)
    if exact or not st:
        return strict, strict
    return strict, Interval(v - st / 2, v + st / 2)
