"""NF620 growth-from-levels: a growth or change stated with both its levels is new over old.

## What it does
Reads from the facts layer a level stated with the old level it grew from — 从4.4万亿美元增至
6.9万亿美元, 由5000元提高到8000元, 从2021年的3.54万亿元攀升至2024年的4.5万亿元 — or a growth
whose clause holds its own base (持仓总市值为37.95亿美元，较今年一季度末的32.26亿美元增长了17.6%),
and checks the growth rate (new ÷ old − 1) or the change (new − old) stated in the same
sentence, within the rounding of every figure; traditional script is read the same way.

## Why it matters
A growth rate printed beside both of its levels is recomputed by every reader; a revised
level leaves the rate stale.

## Example
货物与服务贸易总额从4.4万亿美元增至6.9万亿美元，增长66.8% -> contradiction: 6.9 ÷ 4.4 − 1 = 56.8%.

## Not flagged
A growth whose old level is not stated in its own sentence (同比增长8.6% with last year's figure
elsewhere: which revision of it?), and growth in real terms against nominal levels.
"""
from __future__ import annotations

from fractions import Fraction

from numfacts.checking import Rule
from numfacts.intervals import Interval

_HUNDRED = Fraction(100)


class GrowthFromLevels(Rule):
    code = "NF620"
    name = "growth-from-levels"
    summary = "a growth or change stated with both its levels (从A增至B，增长g%) is new over old"
    doc = __doc__
    examples = [
        {"text": "十年间，我国货物与服务贸易总额从4.4万亿美元增至6.9万亿美元，增长56.8%。", "verdict": "consistent", "at": "56.8%"},
        {"text": "十年间，我国货物与服务贸易总额从4.4万亿美元增至6.9万亿美元，增长66.8%。", "verdict": "contradiction", "at": "66.8%"},
        {"text": "持倉總市值為37.95億美元，較今年一季度末的32.26億美元增長了17.6%。", "verdict": "consistent", "at": "17.6%"},
        {"text": "居民人均可支配收入由5000元提高到8000元，增加3000元。", "verdict": "consistent", "at": "3000元"},
        {"text": "居民人均可支配收入由5000元提高到8000元，增加2000元。", "verdict": "contradiction", "at": "2000元"},
        {"text": "出口2.28万亿元，增长6.3%。", "verdict": None},
        {"text": "人均棄置量由2014年的每日0.50公斤下降到2015年的0.46公斤，按年下跌7.9%。", "verdict": "consistent", "at": "7.9%"},
        {"text": "新疆地区生产总值由9195.9亿元增长到13597.1亿元，年均增长7.2%。", "verdict": None},
    ]

    def check(self, ctx):
        for f in ctx.facts:
            if f.role not in ("growth", "change") or f.of is None:
                continue
            new = f.of
            old = f.base_level or new.base_level
            if old is None or not _level_pair(old.claim, new.claim):
                continue
            if f.role == "growth" and f.claim.unit == "percent":
                computed = _growth(new.claim.printed, old.claim.printed, f.direction)
                formula = (f"({new.claim.text} ÷ {old.claim.text} − 1) × 100" if f.direction > 0
                           else f"(1 − {new.claim.text} ÷ {old.claim.text}) × 100")
                finding = self.derived_finding(f.claim, computed, [new.claim, old.claim], formula)
            elif f.role == "change" and f.claim.kind == new.claim.kind and f.claim.unit == new.claim.unit:
                high, low = (new.claim, old.claim) if f.direction > 0 else (old.claim, new.claim)
                finding = self.difference_finding(f.claim, high, low, [new.claim, old.claim])
            else:
                continue
            if finding is not None:
                yield finding


def _level_pair(old, new) -> bool:
    """Two levels of one unit, each one stated figure (not a range, not a bare table number)."""
    return (old.kind == new.kind and old.unit == new.unit and bool(old.unit) and "number" not in (old.kind, new.kind)
            and old.value == old.value_high and new.value == new.value_high)


def _growth(new: Interval, old: Interval, direction: int) -> Interval | None:
    """new ÷ old − 1 in percent; a fall (下降7.9%) states 1 − new ÷ old."""
    if old.lo is None or old.lo <= 0 or new.lo is None or new.hi is None or old.hi is None:
        return None
    if direction > 0:
        return Interval((new.lo / old.hi - 1) * _HUNDRED, (new.hi / old.lo - 1) * _HUNDRED)
    return Interval((1 - new.hi / old.lo) * _HUNDRED, (1 - new.lo / old.hi) * _HUNDRED)


RULE = GrowthFromLevels()
