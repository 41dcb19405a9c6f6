"""The learned figure-kind reader: its features, its shipped weights, and when it may overrule the rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SHARED
from warta.errors import ConfigError
from warta.extract.figure_kind_model import (
    KindGuess,
    decides,
    kind_features,
    model_from_json,
    overrule,
    shipped_kind_model,
)
from warta.extract.figures import find_figures
from warta.extract.numbers import find_quantities
from warta.extract.sentences import split_sentences

DATA = SHARED / "data"

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "figure_kinds_indosum.json"


def _indosum(ids: set[str]) -> dict[str, str]:
    path = DATA / "indosum" / "articles.jsonl"
    if not path.exists():
        pytest.skip("../shared/data/indosum is not there")
    texts = {}
    for line in path.open(encoding="utf-8"):
        if (a := json.loads(line))["id"] in ids:
            texts[a["id"]] = a["text"]
    return texts


def test_features_name_the_words_around_the_number_and_the_rules_kind() -> None:
    text = "Tercatat sudah 19 napi yang kabur bisa ditangkap lagi."
    q = find_quantities(text)[0]
    feats = kind_features(text, q, lo=0, hi=len(text), rule_kind="arrested", counted="napi")
    assert {"rule=arrested", "head=napi", "after1=napi", "before1=sudah"} <= feats


def test_the_labelled_set_is_drawn_outside_every_evaluation_article() -> None:
    numbers = json.loads(LABELS.read_text(encoding="utf-8"))["numbers"]
    assert len(numbers) >= 450
    events = json.loads((ROOT / "tests/data/events/indosum_events.json").read_text(encoding="utf-8"))
    used = {
        a for group in (events["events"], events["hard_negatives"]) for ids in group.values() for a in ids
    }
    cases = json.loads((ROOT / "tests/data/figures_indosum.json").read_text(encoding="utf-8"))["cases"]
    used |= {a for c in cases for a in c["articles"]}
    assert not {n["article"] for n in numbers} & used
    texts = _indosum({n["article"] for n in numbers[:20]})
    for n in numbers[:20]:  # the offsets are a number's digits in the article's text
        assert texts[n["article"]][n["start"] : n["end"]].replace(".", "").replace(",", "").isdigit()


def test_the_shipped_model_never_takes_the_decision_of_what_is_a_figure() -> None:
    model = shipped_kind_model()
    assert "not_a_figure" in model.kinds
    assert not decides(KindGuess("not_a_figure", 0.99), None, threshold=model.threshold)
    assert not decides(KindGuess("other", 0.99), None, threshold=model.threshold)
    assert not decides(KindGuess("people", model.threshold / 2), "other", threshold=model.threshold)
    assert decides(KindGuess("people", 0.99), "other", threshold=model.threshold)


def test_a_kind_the_rules_are_sure_of_is_kept() -> None:
    text = "Kebakaran itu menyebabkan 41 napi tewas."
    q = find_quantities(text)[0]
    model = shipped_kind_model()
    assert overrule(model, text, q, lo=0, hi=len(text), rule_kind="killed", counted="napi") is None


def test_on_a_labelled_article_the_learned_reading_only_fills_unsure_kinds() -> None:
    numbers = json.loads(LABELS.read_text(encoding="utf-8"))["numbers"]
    art = numbers[0]["article"]
    text = _indosum({art})[art]
    sentences = split_sentences(text)
    ruled = find_figures(text, sentences, article=art, learned_kinds=False)
    learned = find_figures(text, sentences, article=art)
    assert [f.quantity for f in ruled] == [f.quantity for f in learned]
    overruled = shipped_kind_model().overruled
    for a, b in zip(ruled, learned, strict=True):
        assert a.reading.kind == b.reading.kind or (a.reading.kind or "none") in overruled


def test_malformed_weights_say_how_to_rebuild_them() -> None:
    with pytest.raises(ConfigError, match="train_figure_kinds"):
        model_from_json({"kinds": ["a"]})
