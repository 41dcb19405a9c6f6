"""IndoSum annotation cases read as warta reads articles: outlet and feed date from the annotation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, ROOT, needs_shared
from warta.errors import InputError
from warta.evaluate.indosum_cases import indosum_cases, indosum_texts

INDOSUM = DATA / "indosum" / "articles.jsonl"
CASES = ROOT / "tests" / "data" / "figures_indosum.json"


@needs_shared(INDOSUM)
def test_each_case_gets_its_articles_with_the_annotated_outlet_and_date() -> None:
    cases = json.loads(CASES.read_text(encoding="utf-8"))["cases"][:2]
    read = indosum_cases(cases, INDOSUM)
    assert [r.case["case"] for r in read] == [c["case"] for c in cases]
    for r in read:
        assert set(r.articles) == set(r.case["articles"]) == set(r.raw)
        for k, meta in r.case["articles"].items():
            if meta.get("published"):
                assert r.articles[k].published == meta["published"]
            assert r.gold["articles"][k]["file"] == f"{k}.txt"
    undated = indosum_cases(cases, INDOSUM, dated=False)
    assert [set(r.articles) for r in undated] == [set(r.articles) for r in read]


def test_a_missing_file_says_what_to_pass(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--articles"):
        indosum_texts(tmp_path / "none.jsonl", {"1"})
