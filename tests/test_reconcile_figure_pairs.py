"""The pairwise "same figure" model: its shipped weights, its features and the clusters it links."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
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


@pytest.mark.parametrize("dense", [True, False])
def test_pair_rows_are_the_pair_features_of_every_pair(monkeypatch: pytest.MonkeyPatch, dense: bool) -> None:
    from warta.reconcile import figure_pairs

    if not dense:
        monkeypatch.setattr(figure_pairs, "_DENSE_CELLS", 0)
        monkeypatch.setattr(figure_pairs, "_CHUNK", 3)
    figures = [
        *_figures("a", "Sebanyak 12 orang tewas akibat banjir. Hampir 200 warga mengungsi ke balai desa."),
        *_figures("b", "Banjir menewaskan 14 orang pada Senin. Puluhan rumah rusak berat.", "2025-03-02"),
        *_figures("c", "Harga beras naik menjadi Rp 14.000 per kilogram. Lebih dari 1.200 warga terdampak."),
    ]
    seen = views(figures, embed=False)
    pairs = [(i, j) for i in range(len(seen)) for j in range(i + 1, len(seen))]
    left, right = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    expected = np.array([pair_features(seen[i], seen[j]) for i, j in pairs])
    assert np.allclose(figure_pairs.pair_rows(seen, left, right), expected)


def test_average_link_does_not_chain_unlike_values_through_one_neighbour() -> None:
    from warta.reconcile.figure_links import _average_link

    # 0 and 2 are alike, 1 is like 0 only: 1 stays out of the pair 0-2 once it has joined
    left, right = np.array([0, 0, 1]), np.array([1, 2, 2])
    assert sorted(_average_link(3, left, right, np.array([0.6, 0.9, 0.1]), 0.5)) == [[0, 2], [1]]
    assert _average_link(3, left, right, np.array([0.1, 0.2, 0.3]), 0.5) == [[0], [1], [2]]


@pytest.mark.parametrize("join", ["family", "both"])
def test_ensemble_joins_group_a_toll_and_keep_other_kinds_apart(join: str) -> None:
    a = _figures(
        "a", "Sebanyak 12 orang tewas akibat banjir bandang. Sebanyak 900 warga mengungsi ke balai desa."
    )
    b = _figures("b", "Banjir bandang menewaskan 12 orang warga desa. Hampir 1.000 warga mengungsi.")
    groups = reconcile_figures([*a, *b], min_articles=2, join=join)
    tolls = [g for g in groups if g.kind == "killed"]
    assert [(g.status, sorted(v.article for v in g.values)) for g in tolls] == [("agree", ["a", "b"])]
    assert all(len({g.kind for g in groups if v in g.values}) == 1 for g in groups for v in g.values)
