"""The pairwise "same figure" model: its shipped weights, its features and the clusters it links."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from factories import naive_sentences
from warta.errors import ConfigError
from warta.extract.figures import ArticleFigure, find_figures
from warta.reconcile.figure_links import link_clusters
from warta.reconcile.figure_pairs import FEATURES, model_from_json, pair_features, shipped_model, views
from warta.reconcile.figures import reconcile_figures


def _figures(article: str, text: str, date: str = "2025-03-01") -> list[ArticleFigure]:
    return find_figures(text, naive_sentences(text), article=article, as_of=lambda _: date)


def test_shipped_model_is_weights_only_and_matches_the_features() -> None:
    raw = json.loads(resources.files("warta.data").joinpath("figure_pairs.json").read_text(encoding="utf-8"))
    assert raw["features"] == list(FEATURES)
    assert set(raw) == {"features", "mean", "scale", "weights", "bias", "threshold", "dispute_threshold"}
    assert all(isinstance(x, float | int) for k in ("mean", "scale", "weights") for x in raw[k])
    model = shipped_model()
    assert len(model.weights) == len(model.mean) == len(model.scale) == len(FEATURES)
    assert 0.0 < model.threshold < 1.0 and 0.0 < model.dispute_threshold <= 1.0
    assert model.to_json() == raw


def test_a_model_of_other_features_is_refused() -> None:
    raw = shipped_model().to_json()
    with pytest.raises(ConfigError):
        model_from_json({**raw, "features": ["something_else"]})


def test_features_are_symmetric_in_what_matters_and_bounded() -> None:
    a = _figures("a", "Sebanyak 12 orang tewas akibat banjir bandang di desa itu.")
    b = _figures("b", "Banjir bandang menewaskan 12 orang warga desa.")
    va, vb = views([*a, *b], embed=False)
    row = pair_features(va, vb)
    assert len(row) == len(FEATURES)
    named = dict(zip(FEATURES, row, strict=True))
    assert named["equal_value"] == 1.0 and named["compatible"] == 1.0 and named["log_ratio"] == 0.0
    assert pair_features(vb, va) == row


def test_like_values_link_and_unlike_ones_stay_apart() -> None:
    a = _figures(
        "a", "Sebanyak 12 orang tewas akibat banjir bandang. Harga beras naik menjadi Rp 14.000 per kilogram."
    )
    b = _figures("b", "Banjir bandang menewaskan 12 orang. Sebanyak 900 warga mengungsi ke balai desa.")
    figures = [*a, *b]
    probs = shipped_model().probabilities(
        [pair_features(x, y) for x, y in [tuple(views([a[0], b[0]], embed=False))]]
    )
    assert probs[0] > shipped_model().threshold
    clusters = link_clusters(figures, [list(range(len(figures)))], embed=False)
    assert sorted(k for c in clusters for k in c.members) == list(range(len(figures)))
    tolls = [c for c in clusters if 0 in c.members]
    assert tolls[0].members == (0, len(a))


def test_model_join_groups_a_toll_and_keeps_the_rules_default() -> None:
    a = _figures("a", "Sebanyak 12 orang tewas akibat banjir bandang di desa itu.")
    b = _figures("b", "Banjir bandang menewaskan 12 orang warga desa.")
    groups = reconcile_figures([*a, *b], min_articles=2, join="model")
    assert [(g.kind, g.status, sorted(v.article for v in g.values)) for g in groups] == [
        ("killed", "agree", ["a", "b"])
    ]
    assert reconcile_figures([*a, *b], min_articles=2) == reconcile_figures(
        [*a, *b], min_articles=2, join="rules"
    )


def test_an_unknown_join_is_refused() -> None:
    with pytest.raises(ValueError, match="join"):
        reconcile_figures([], join="magic")
