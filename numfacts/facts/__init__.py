"""The facts layer: what each figure of a document states, read once for every rule.

    claims table (extractor)  ->  facts (this package)  ->  rules (rules/, compare only)

`read_facts` turns a document's quantity claims into `Fact`s: role, direction, metric,
period and base from each figure's clause (reading.py), the level a growth, change or share
belongs to and the old level it is measured from (reading.link), and the breakdowns that
make figures parts of a whole (breakdowns.py). Cue words are read on a simplified view of
the text with the same offsets (script.py), so both scripts share one list of cues
(numfacts/data/facts.toml).
"""
from __future__ import annotations

from numfacts.facts.breakdowns import read_breakdowns
from numfacts.facts.reading import Fact, Marks, link, read_roles
from numfacts.facts.script import simplified

__all__ = ["Fact", "read_facts", "simplified"]


def read_facts(text: str, claims, view: str | None = None) -> list[Fact]:
    """One Fact per claim (quantity claims, in text order), linked to each other.

    ``claims`` are objects with start, end, kind, unit, noun and qualifier (checking.Claim
    or the extractor's rows); ``view`` is the simplified text when the caller has it.
    """
    view = simplified(text) if view is None else view
    marks = Marks(view)
    facts = read_roles(view, claims, marks)
    link(view, facts)
    read_breakdowns(view, facts)
    return facts
