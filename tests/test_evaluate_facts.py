"""The facts gate: on the seeds every required figure group, status and quote, and no trap merged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import GOLD, ROOT, needs_shared
from warta.evaluate.facts import evaluate_facts, score_facts
from warta.types import EntityRecord, FigureGroup, FigureValue

SAMPLE_GOLD = ROOT / "tests" / "gold" / "sample.gold.json"
SAMPLE_DIR = ROOT / "src" / "warta" / "samples"


@needs_shared(GOLD)
def test_seeds_gate() -> None:
    """Strict scoring: every gold group with no wrong value and its status; every shown group right."""
    report = evaluate_facts(GOLD)
    assert report.figure_recall == 1.0, report.render()
    assert report.status_accuracy == 1.0, report.render()
    assert report.quote_recall == 1.0, report.render()
    assert report.trap_violations == 0, report.render()
    assert report.invented_disputes == 0, report.render()
    assert report.figure_precision == 1.0, report.render()
    assert report.alias_accuracy >= 0.9, report.render()


REALNEWS = ROOT.parent / "shared" / "data" / "realnews"


@needs_shared(REALNEWS / "gold.json")
def test_realnews_floors() -> None:
    """Real portal excerpts warta was not fitted to (development set): floors just under what we measured
    (strict recall 16/20, shown precision 15/16, no invented dispute; the main entities' names in one
    entity each 24/37, no trap merged)."""
    report = evaluate_facts(REALNEWS / "gold.json", articles_dir=REALNEWS / "articles")
    assert report.invented_disputes == 0, report.render()
    assert report.counts["groups_status_ok"] >= 16, report.render()
    assert report.figure_precision >= 0.9, report.render()
    assert report.counts["aliases_ok"] >= 23 and report.trap_violations == 0, report.render()


INDOSUM = ROOT.parent / "shared" / "data" / "indosum" / "articles.jsonl"


@needs_shared(INDOSUM)
@pytest.mark.parametrize(("split", "found", "precision"), [("dev", 18, 0.95), ("test", 8, 0.7)])
def test_indosum_figure_floors(split: str, found: int, precision: float) -> None:
    """Our IndoSum figure annotations, strictly, with the default (cascade) join: floors just under what
    we measured on the 60 cases of pass 4 (dev 19/22 found, shown precision 15/15; the held-out test half
    9/25, 5/8, run only: a shown group needs two outlets whose counted nouns agree, and a group only the
    pair model links shows only for a casualty or arrest kind), no invented dispute on either half."""
    report = evaluate_facts(
        ROOT / "tests" / "data" / "figures_indosum.json", articles_dir=INDOSUM, split=split
    )
    assert report.invented_disputes == 0, report.render()
    assert report.counts["groups_status_ok"] >= found, report.render()
    assert report.figure_precision >= precision, report.render()


@needs_shared(INDOSUM)
@needs_shared(REALNEWS / "gold.json")
@pytest.mark.parametrize(
    ("name", "found", "precision"), [("sample", 17, 0.95), ("realnews", 13, 0.8), ("dev", 15, 0.95)]
)
def test_model_join_floors(name: str, found: int, precision: float) -> None:
    """The learned pairwise join (not the default), on the dev sets it was fitted and tuned on: floors
    just under what we measured after retraining on the 55-case annotations (sample 17/17, 15/15;
    realnews 13/20, 16/19; dev 13/20, 13/13; after figread2 realnews 14/20, 17/20, dev 16/20, 15/15;
    after figprec on the 60 cases realnews 14/20, 17/20, dev 18/22, 17/17)."""
    gold, articles, split = {
        "sample": (SAMPLE_GOLD, SAMPLE_DIR, None),
        "realnews": (REALNEWS / "gold.json", REALNEWS / "articles", None),
        "dev": (ROOT / "tests" / "data" / "figures_indosum.json", INDOSUM, "dev"),
    }[name]
    report = evaluate_facts(gold, articles_dir=articles, split=split, figure_join="model")
    assert report.invented_disputes == 0, report.render()
    assert report.counts["groups_status_ok"] >= found, report.render()
    assert report.figure_precision >= precision, report.render()


def test_sample_gate_floors() -> None:
    """Our own second gold case (fiction we wrote): floors pinned just under what we measured."""
    report = evaluate_facts(SAMPLE_GOLD, articles_dir=SAMPLE_DIR)
    assert report.passed, report.render()
    assert report.figure_recall == 1.0 and report.invented_disputes == 0, report.render()
    assert report.figure_precision >= 0.95, report.render()
    assert report.alias_accuracy >= 0.95, report.render()
    # Every gold quote is one canonical quote with all its carriers ("kata Kepala Pelaksana BPBD
    # Watugede Agus Prasetyo" and "kata Agus" are one speaker: a body's seat is not part of the name).
    assert report.quote_recall == 1.0, report.render()


def _gold() -> dict[str, Any]:
    return {
        "case": "t",
        "articles": {"000": {"file": "a.txt"}, "001": {"file": "b.txt"}},
        "figures": [
            {
                "measure": "korban",
                "status": "conflict",
                "values": [{"article": "000", "value": 12}, {"article": "001", "value": 9}],
            }
        ],
        "quotes": [],
        "entities": [{"name": "Kota Bima", "aliases": ["Kota Bima", "Bima"], "main": True}],
        "not_same_entity": [["Bima Hartono", "Kota Bima"]],
    }


def _articles() -> list[Any]:
    from factories import make_article

    a = make_article("x1", "Korban tewas 12 orang.")
    b = make_article("x2", "Korban tewas 9 orang.")
    return [
        a.__class__(**{**a.__dict__, "source": "dir/a.txt"}),
        b.__class__(**{**b.__dict__, "source": "dir/b.txt"}),
    ]


def _toll(status: str, *values: FigureValue) -> FigureGroup:
    return FigureGroup("korban", status, values, kind="killed", independent_sources=len(values))


@pytest.mark.parametrize(("status", "ok"), [("conflict", 1.0), ("agree", 0.0)])
def test_status_is_scored(status: str, ok: float) -> None:
    group = _toll(
        status,
        FigureValue("x1", 12, None, None, None, "12", 0, 2),
        FigureValue("x2", 9, None, None, None, "9", 0, 1),
    )
    report = score_facts(_gold(), _articles(), figures=[group], quotes=[], entities=[])
    assert report.counts["groups_found"] == 1 and report.status_accuracy == ok
    assert report.figure_recall == ok  # recall counts the groups found with the right status


def test_trap_merge_is_a_violation() -> None:
    merged = EntityRecord("Bima", "PER", ("Bima Hartono", "Kota Bima", "Bima"), ("x1",))
    report = score_facts(_gold(), _articles(), figures=[], quotes=[], entities=[merged])
    assert report.trap_violations == 1 and not report.passed


def test_a_gold_without_main_flags_scores_its_people_and_shared_entities() -> None:
    # realnews' gold has no "main": the gold README's rule (a named person, or two articles or more) applies,
    # and an entity with no aliases is scored by its name
    gold = {
        **_gold(),
        "entities": [
            {"name": "Bima Hartono", "type": "PER", "aliases": [], "articles": ["000"]},
            {"name": "Kota Bima", "type": "LOC", "aliases": ["Bima"], "articles": ["000"]},
        ],
    }
    ours = [EntityRecord("Bima Hartono", "PER", ("Bima Hartono",), ("x1",))]
    report = score_facts(gold, _articles(), figures=[], quotes=[], entities=ours)
    assert (report.counts["entities_main"], report.counts["aliases_ok"]) == (1, 1)


def test_missing_gold_article_is_a_clear_error(tmp_path: Path) -> None:
    from warta.errors import InputError

    with pytest.raises(InputError, match="not among the articles read"):
        score_facts(_gold(), _articles()[:1], figures=[], quotes=[], entities=[])


def test_a_group_with_a_wrong_value_is_not_found() -> None:
    """Strict: the gold values and no wrong one; an extra value of a gold article is wrong."""
    group = _toll(
        "conflict",
        FigureValue("x1", 12, None, None, None, "12", 0, 2),
        FigureValue("x1", 30, None, None, None, "30", 5, 7),
        FigureValue("x2", 9, None, None, None, "9", 0, 1),
    )
    report = score_facts(_gold(), _articles(), figures=[group], quotes=[], entities=[])
    assert report.counts["groups_found"] == 0 and report.figure_precision == 0.0


def test_a_dispute_gold_does_not_hold_is_invented() -> None:
    gold = _gold()
    gold["figures"][0]["status"] = "updated"
    group = _toll(
        "conflict",
        FigureValue("x1", 12, None, None, None, "12", 0, 2),
        FigureValue("x2", 9, None, None, None, "9", 0, 1),
    )
    report = score_facts(gold, _articles(), figures=[group], quotes=[], entities=[])
    assert report.invented_disputes == 1 and not report.passed


def test_a_group_of_no_readable_kind_is_not_shown() -> None:
    """Precision counts only what a brief shows: a group without a kind stays out of it."""
    group = FigureGroup(
        "korban",
        "conflict",
        (
            FigureValue("x1", 12, None, None, None, "12", 0, 2),
            FigureValue("x2", 9, None, None, None, "9", 0, 1),
        ),
        independent_sources=2,
    )
    report = score_facts(_gold(), _articles(), figures=[group], quotes=[], entities=[])
    assert report.counts["groups_ours"] == 0


def test_gold_files_may_name_articles_without_extensions() -> None:
    gold = _gold()
    gold["articles"] = {"000": {"file": "a"}, "001": {"file": "b"}}
    group = _toll(
        "conflict",
        FigureValue("x1", 12, None, None, None, "12", 0, 2),
        FigureValue("x2", 9, None, None, None, "9", 0, 1),
    )
    report = score_facts(gold, _articles(), figures=[group], quotes=[], entities=[])
    assert report.figure_recall == 1.0


def test_indosum_annotations_hold_no_article_text() -> None:
    """The IndoSum figure annotations store ids, offsets, values and names only; the text stays in shared."""
    import json

    data = json.loads((ROOT / "tests" / "data" / "figures_indosum.json").read_text(encoding="utf-8"))
    allowed = {"article", "value", "qualifier", "as_of", "as_of_time", "attribution", "start", "end", "sha1"}
    allowed |= {"kind", "counted", "measure", "why"}
    for case in data["cases"]:
        assert case["split"] in {"dev", "test"}
        for group in case["figures"]:
            for value in group["values"]:
                assert set(value) <= allowed, set(value) - allowed


@needs_shared(INDOSUM)
def test_indosum_annotations_match_their_text() -> None:
    """Every annotated span is where its sha1 says (text[start:end] of the record's raw ``text``), every
    article is an IndoSum record of its case, and the splits are by event."""
    import hashlib
    import json

    data = json.loads((ROOT / "tests" / "data" / "figures_indosum.json").read_text(encoding="utf-8"))
    wanted = {k for case in data["cases"] for k in case["articles"]}
    texts: dict[str, str] = {}
    with INDOSUM.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["id"] in wanted:
                texts[record["id"]] = record["text"]
    assert wanted <= set(texts), sorted(wanted - set(texts))[:3]
    names = [case["case"] for case in data["cases"]]
    assert len(names) == len(set(names)) and len(names) >= 48
    for case in data["cases"]:
        values = [v for g in case["figures"] for v in g["values"]]
        for entry in values + case["single_figures"] + case["not_figures"]:
            assert entry["article"] in case["articles"], (case["case"], entry["article"])
            span = texts[entry["article"]][entry["start"] : entry["end"]]
            assert hashlib.sha1(span.encode("utf-8")).hexdigest() == entry["sha1"], (case["case"], entry)
        for group in case["figures"]:
            assert len({v["article"] for v in group["values"]}) >= 2, (case["case"], group["measure"])
