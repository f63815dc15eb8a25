"""Relations between documents checked together (NF701, NF702): the figures of one document
judge a claim of another, and a document checked alone has nothing to judge them by."""
from __future__ import annotations

import pandas as pd

import numfacts

HANGZHOU = "杭州市情\n\n杭州市域面积1.68万平方公里，2024年末常住人口1262.4万人。\n"
SHENZHEN = "深圳考察报告\n\n深圳总面积1997平方公里，常住人口1779万人。深圳面积只有杭州的八分之一，人口却是杭州的{ratio}倍。\n"


def _findings(texts: dict[str, str]):
    claims = [numfacts.extract(t, name=name, nonclaims=True) for name, t in texts.items()]
    return numfacts.check(pd.concat(claims, ignore_index=True), texts)


def _nf701(findings):
    return findings[findings["rule"] == "NF701"]


def test_a_ratio_is_confirmed_by_the_other_documents_figures():
    found = _nf701(_findings({"hz.txt": HANGZHOU, "sz.txt": SHENZHEN.format(ratio="1.4")}))
    assert sorted(found["verdict"]) == ["consistent", "consistent"]  # 八分之一 of the area, 1.4倍 the people
    assert set(found["doc"]) == {"sz.txt"}


def test_a_wrong_multiple_contradicts_the_other_documents_figures():
    found = _nf701(_findings({"hz.txt": HANGZHOU, "sz.txt": SHENZHEN.format(ratio="2.4")}))
    bad = found[found["verdict"] == "contradiction"]
    assert len(bad) == 1 and "2.4倍" in bad["message"].iloc[0]


def test_a_document_alone_cannot_judge_a_ratio_to_a_place_it_gives_no_figure_for():
    assert _nf701(_findings({"sz.txt": SHENZHEN.format(ratio="2.4")})).empty
