"""The learned entity-type classifier: how it retypes (a hand-made model), and the shipped weights on
invented sentences and on the held-out IndoNLU NER files in ../shared (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.evaluate.ner_types import read_ner, score_ner, span_types
from warta.extract.entities import find_entities, rule_entities
from warta.extract.entity_mention import EntityMention
from warta.extract.entity_types import TypeModel, load_model, retype

NER = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ner"
# A toy model: "di" before a name says place, "kata" before it says person.
TOY = TypeModel(
    classes=("PER", "ORG", "LOC"),
    weights={"prev1:di": (-3.0, -3.0, 3.0), "prev1:kata": (3.0, -3.0, -3.0)},
    bias=(0.0, 0.0, 0.0),
    threshold=0.6,
)


def test_the_shipped_model_loads() -> None:
    model = load_model()
    assert model is not None
    assert model.classes == ("PER", "ORG", "LOC")
    assert 0.5 <= model.threshold < 1
    assert len(model.bias) == 3 and all(len(w) == 3 for w in model.weights.values())


def test_a_name_after_a_place_preposition_is_retyped_a_place() -> None:
    text = "Mereka tiba di Sumberlor kemarin."
    m = EntityMention(15, 24, "Sumberlor", "PER")
    assert [x.type for x in retype(text, [m], model=TOY)] == ["LOC"]


def test_fixed_keys_and_unsure_names_keep_the_rules_type() -> None:
    text = "Mereka tiba di Kazakhstan dan di Sumberlor."
    country = EntityMention(15, 25, "Kazakhstan", "PER", key="country:KZ")  # the gazetteer is exact
    unsure = TypeModel(TOY.classes, TOY.weights, TOY.bias, threshold=0.9999)
    assert retype(text, [country], model=TOY) == [country]
    m = EntityMention(33, 42, "Sumberlor", "PER")
    assert retype(text, [m], model=unsure) == [m]


def test_a_gazetteer_place_may_become_a_person_but_not_an_organisation() -> None:
    text = "kata Bima pagi itu."
    place = EntityMention(5, 9, "Bima", "LOC", key="geo:1")
    (person,) = retype(text, [place], model=TOY)
    assert (person.type, person.key) == ("PER", None)
    to_org = TypeModel(TOY.classes, {"prev1:kata": (-3.0, 3.0, -3.0)}, TOY.bias, 0.6)
    assert retype(text, [place], model=to_org) == [place]


def test_english_names_do_not_move_to_or_from_places() -> None:
    text = "They flew di Hayward."
    m = EntityMention(13, 20, "Hayward", "PER")
    assert retype(text, [m], language="en", model=TOY) == [m]


def test_mentions_of_one_name_are_pooled_per_rule_type() -> None:
    text = "kata Sumberlor. Lalu di Sumberlor."
    a = EntityMention(5, 14, "Sumberlor", "PER")
    b = EntityMention(24, 33, "Sumberlor", "LOC")
    assert [m.type for m in retype(text, [a, b], model=TOY)] == ["PER", "LOC"]


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Dia bermain untuk Sumberjaya FC dan bertanding di Stadion Gelora Watugede.", "Sumberjaya FC", "ORG"),
        ("Dia bermain untuk Sumberjaya FC dan bertanding di Stadion Gelora Watugede.", "Stadion Gelora Watugede", "LOC"),
        ("Presiden Rusia Vladimir Putin tiba di Moskow kemarin.", "Vladimir Putin", "PER"),
        ("Presiden Rusia Vladimir Putin tiba di Moskow kemarin.", "Moskow", "LOC"),
    ],
)  # fmt: skip
def test_the_shipped_model_on_invented_sentences(text: str, name: str, type_: str) -> None:
    assert {m.text: m.type for m in find_entities(text)}[name] == type_


@pytest.mark.skipif(not (NER / "nergrit" / "test_preprocess.txt").is_file(), reason="no ../shared NER data")
def test_nergrit_test_types_beat_the_rules() -> None:
    sentences = list(read_ner(NER / "nergrit" / "test_preprocess.txt"))  # held out: never trained on
    rules, learned = score_ner(sentences, rule_entities), score_ner(sentences, find_entities)
    assert learned.found == rules.found  # the classifier retypes, it does not move spans
    assert learned.typed / learned.found >= 0.78  # measured 78.4% (rules alone 75.3%)
    assert learned.typed > rules.typed


@pytest.mark.skipif(not (NER / "nerp" / "test_preprocess.txt").is_file(), reason="no ../shared NER data")
def test_nerp_test_types_on_gold_spans() -> None:
    score = span_types(list(read_ner(NER / "nerp" / "test_preprocess.txt")))
    assert score.typed / score.gold >= 0.815  # measured 81.9%
