"""NF106 pair-label: a quoted label of two (“两手抓”, “双引擎”) right after "A和B" names those two.

## What it does
A quoted label that opens with 两/兩/双/雙 and stands right after the things it pairs —
坚持数字经济和制造业“两手抓”, 作为中央学习实践活动和长三角科学发展“双示范点” — names the
two items before it. The items are read as lists.list_before reads any list before a count
(back to the clause's start, split at 、 and at one 和/及/与).

## Why it matters
Such a label is the text's own summary of what it pairs; a third item slipped into the pair,
or a pair split into one, shows an edit that the label did not follow.

## Example
坚持数字经济和制造业“两手抓” -> consistent: 数字经济, 制造业 are two.

## Not flagged
A lone "A和B" is too weak a list to contradict anything (it may join words inside one item),
and a longer list before the label may hold the label's pair within it: a mismatch is only
ever indeterminate. With no list right before it, the label may pair the last two quoted terms
of its paragraph when they are of one kind and in one sentence (“虹吸效应”…“洼地效应”…“两头挤压”);
that reading only ever confirms.
"""
from __future__ import annotations

import regex

from numfacts.checking import Rule
from numfacts.lists import list_before

# the label: an opening quote, then 两/双 and the character it pairs (PDF text may break the quote)
_LABEL = regex.compile(r"[“‘「『\"][ \t]?(?P<label>[两兩双雙](?:[ \t]?\p{Han}{1,6}|(?=\n)))")


class PairLabel(Rule):
    code = "NF106"
    name = "pair-label"
    summary = "a quoted label of two (“两手抓”, “双引擎”) right after “A和B” names those two"
    doc = __doc__
    can_contradict = False
    examples = [
        {"text": "坚持数字经济和制造业“两手抓”，形成高质量发展“双引擎”。", "verdict": "consistent", "at": "两手抓"},
        {"text": "嘉善县作为中央学习实践活动和长三角科学发展“双示范点”，组织开展了大讨论。", "verdict": "consistent", "at": "双示范点"},
        {"text": "坚持数字经济、人工智能和制造业“两手抓”。", "verdict": "indeterminate", "at": "两手抓"},
        {"text": "形成高质量发展“双引擎”。", "verdict": None},
        {"text": "杭州既面临着上海的“虹吸效应”，也面临着周边城市的“洼地效应”。在“两头挤压”的夹缝中，我们要保持清醒头脑。",
         "verdict": "consistent", "at": "两头挤压"},
    ]

    def check(self, ctx):
        text = ctx.text
        for m in _LABEL.finditer(text):
            listed = list_before(text, m.start())
            if listed is None:
                pair = _named_pair_before(ctx, m.start())
                if pair:
                    names = "、".join(text[a:b] for a, b in pair)
                    yield self.finding("consistent", m.span("label"), pair, f"“{m.group('label')}” pairs {names}",
                                       stated=2.0, expected_low=2.0, expected_high=2.0, gap=0.0)
                continue
            label = m.group("label")
            if max(listed.counts) == 2:
                verdict, message = "consistent", f"“{label}” pairs " + "、".join(text[a:b] for a, b in listed.items[:2])
            else:
                verdict = "indeterminate"
                message = f"“{label}” pairs two, but {max(listed.counts)} items stand before it (the pair may be among them)"
            count = max(listed.counts)
            yield self.finding(verdict, m.span("label"), listed.items, message, stated=2.0,
                               expected_low=float(count), expected_high=float(count), gap=abs(count - 2) / 2)


def _named_pair_before(ctx, pos: int):
    """Two quoted terms of one kind earlier in the paragraph, in one sentence (既面临…“虹吸效应”，也面临
    …“洼地效应”), and no other quoted term between them and the label: what “两头挤压” pairs."""
    text = ctx.text
    p_start = max(ctx.paragraph(pos)[0], pos - _PAIR_REACH)
    terms = [q for q in _QUOTED.finditer(text, p_start, pos)]
    if len(terms) < 2:
        return None
    a, b = terms[-2], terms[-1]
    same_sentence = ctx.sentence(a.start())[0] == ctx.sentence(b.start())[0]
    if not same_sentence or a.group("t")[-2:] != b.group("t")[-2:] or a.group("t") == b.group("t"):
        return None  # 虹吸效应 / 洼地效应: two of a kind
    return [a.span("t"), b.span("t")]


_QUOTED = regex.compile(r"[“‘「『](?P<t>\p{Han}{3,8})[”’」』]")
_PAIR_REACH = 600


RULE = PairLabel()
