"""Labelled figure pairs from gold: values found by place, repeats, labels, and the dev-only trainer."""

from __future__ import annotations

from factories import naive_sentences
from warta.evaluate.figure_pair_set import (
    GoldValue,
    candidate_blocks,
    gold_values,
    locate,
    moved_span,
    story_pairs,
)
from warta.extract.figures import ArticleFigure, find_figures

A = "Sebanyak 12 orang tewas akibat banjir. Polisi menyebut 12 orang tewas itu warga desa. Ada 30 rumah rusak."
B = "Banjir menewaskan 12 orang. Di kota lain, 3 orang tewas tertimpa pohon. Sebanyak 30 rumah rusak berat."


def _figures(article: str, text: str) -> list[ArticleFigure]:
    return find_figures(text, naive_sentences(text), article=article, as_of=lambda _: "2025-03-01")


def test_moved_span_follows_a_cut_lead() -> None:
    raw = "KOTA, (Kantor) - " + A
    start = raw.index("30 rumah")
    assert moved_span(raw, A, start, start + 8) == (A.index("30 rumah"), A.index("30 rumah") + 8)
    assert moved_span(raw, A, 0, 0) is None


def test_gold_values_scale_and_label() -> None:
    gold = {
        "figures": [{"unit": "juta rupiah", "values": [{"article": "x", "value": 2, "text": "2 juta"}]}],
        "single_figures": [{"article": "x", "value": 5}],
        "not_figures": [{"article": "y", "start": 0, "end": 4, "why": "year"}],
    }
    got = gold_values(gold, {"x": "ax", "y": "ay"})
    assert [(g.article, g.value, g.label) for g in got] == [
        ("ax", 2e6, ("group", 0)),
        ("ax", 5.0, ("single", 0)),
        ("ay", None, ("not", 0)),
    ]


def test_locate_by_words_and_refuses_a_guess() -> None:
    figs = _figures("a", A)
    hit = locate(GoldValue("a", 30.0, ("group", 0), text="30 rumah"), figs, A)
    assert [figs[k].quantity.value for k in hit] == [30]
    assert locate(GoldValue("a", 12.0, ("group", 0)), figs, A, max_unplaced=1) == []


def test_story_pairs_label_like_with_like() -> None:
    figs = [*_figures("a", A), *_figures("b", B)]
    gold = [
        GoldValue("a", 12.0, ("group", 0), text="12 orang tewas akibat"),
        GoldValue("b", 12.0, ("group", 0), text="12 orang"),
        GoldValue("a", 30.0, ("group", 1), text="30 rumah"),
        GoldValue("b", 30.0, ("group", 1), text="30 rumah"),
    ]
    pairs = story_pairs("e", figs, {"a": A, "b": B}, gold, embed=False)
    assert all(p.event == "e" for p in pairs)
    # both mentions of a's toll pair with b's (a repeat is the group's value too)
    assert sum(p.same for p in pairs) == 3
    assert any(not p.same for p in pairs)  # another toll gold places in no group is known apart
    assert all(b for b in candidate_blocks(figs))


def test_story_pairs_can_carry_the_rules_link_as_a_last_feature() -> None:
    figs = [*_figures("a", A), *_figures("b", B)]
    gold = [
        GoldValue("a", 30.0, ("group", 0), text="30 rumah"),
        GoldValue("b", 30.0, ("group", 0), text="30 rumah"),
    ]
    plain = story_pairs("e", figs, {"a": A, "b": B}, gold, embed=False)
    linked = story_pairs("e", figs, {"a": A, "b": B}, gold, embed=False, rules_link=True)
    assert [p.features for p in plain] == [p.features[:-1] for p in linked]
    assert {p.features[-1] for p in linked} <= {0.0, 1.0}
    assert any(p.same and p.features[-1] == 1.0 for p in linked)  # the rules join the two house counts
