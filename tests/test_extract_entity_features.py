"""Named mention features: invented sentences."""

from __future__ import annotations

from warta.extract.entity_features import mention_features
from warta.extract.entity_mention import EntityMention


def _features(text: str, name: str, type_: str = "PER", **extra: object) -> set[str]:
    start = text.index(name)
    m = EntityMention(start, start + len(name), name, type_, **extra)  # type: ignore[arg-type]
    return set(mention_features(text, m))


def test_shape_words_and_the_rules_say() -> None:
    f = _features("Dia bermain untuk Sumberjaya FC musim lalu.", "Sumberjaya FC")
    assert {"rule:PER", "n:2", "first:sumberjaya", "last:fc", "shape:has_acronym"} <= f
    assert {"has:club_or_company", "rule:PER&has:club_or_company"} <= f


def test_the_words_around_and_their_classes() -> None:
    f = _features("Mereka tiba di Sumberlor kemarin.", "Sumberlor")
    assert {"prev1:di", "prev2:tiba", "next1:kemarin"} <= f
    g = _features('"Kami siap," kata Budi Santoso.', "Budi Santoso")
    assert "prev1:kata" in g and "nextchar:." in g


def test_a_sentence_opening_and_a_gazetteer_hit() -> None:
    f = _features("Moskow menolak usulan itu.", "Moskow", "LOC", key="geo:1")
    assert {"prev:start", "key:geo", "rule:LOC"} <= f
    assert any(x.startswith("gaz:") for x in f)  # the gazetteer knows the city


def test_the_classes_of_the_words_around_a_name() -> None:
    f = _features("The talks were held in Larkfield , said Ann Dale , the coach of the club .", "Ann Dale")
    assert {"prevc:cue", "app:title", "app:org"} <= f
    assert "prevc:place_prep" in _features("The talks were held in Larkfield today .", "Larkfield", "LOC")
    g = _features("Sandmoor Rovers have signed him ; the rovers said so .", "Sandmoor Rovers", "ORG")
    assert {"nextc:plural", "case:lower_elsewhere"} <= g
