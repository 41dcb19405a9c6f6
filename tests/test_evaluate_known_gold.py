from __future__ import annotations

from typing import Any

from warta.evaluate.known_gold import check_known, gold_latest
from warta.types import Article, BriefArticle, Citation, FigureGroup, FigureValue, KnownFigure, Story

# Text written for these tests: two outlets on one price, a third repeating it a week later.
TEXTS = {
    "p": "Harga beras medium ditetapkan Rp12.000 per kilogram mulai Senin.",
    "q": "Pemerintah menetapkan harga beras medium Rp12.000 per kilogram.",
    "r": "Sepekan kemudian harga beras medium Rp12.000 per kilogram masih berlaku.",
}


def _span(article: str, number: str = "Rp12.000") -> tuple[int, int]:
    start = TEXTS[article].index(number)
    return start, start + len(number)


def _value(article: str, as_of: str) -> FigureValue:
    start, end = _span(article)
    return FigureValue(article, 12000, None, "IDR", as_of, "Rp12.000", start, end)


def _known(article: str, as_of: str) -> KnownFigure:
    start, end = _span(article)
    citation = Citation(article, start, end)
    return KnownFigure(
        "harga beras", 12000, None, "IDR", as_of, article, None, "Rp12.000", citation, "price", "agree", 3
    )


def _story(known: KnownFigure, groups: tuple[FigureGroup, ...]) -> Story:
    articles = tuple(BriefArticle(a, f"{a}.txt", None, None, None, "id", (), t) for a, t in TEXTS.items())
    return Story("s", "t", articles, (), figures=groups, known_now=(known,))


ARTICLES = [Article(id=a, source=f"{a}.txt", text=t) for a, t in TEXTS.items()]
# Gold credits p and q; r is annotated as another story, so gold says nothing of its value.
GOLD: dict[str, Any] = {
    "articles": {"g1": {"file": "p.txt"}, "g2": {"file": "q.txt"}, "g3": {"file": "r.txt"}},
    "figures": [
        {
            "measure": "harga beras medium",
            "status": "agree",
            "values": [
                {"article": "g1", "value": 12000, "as_of": "2024-03-04"},
                {"article": "g2", "value": 12000, "as_of": "2024-03-04"},
            ],
        }
    ],
}


def test_a_known_figure_counts_for_the_group_that_holds_a_gold_carrier() -> None:
    """The brief cites the uncredited r for the group that also holds p's and q's values: known."""
    group = FigureGroup(
        "harga beras",
        "agree",
        (_value("p", "2024-03-04"), _value("q", "2024-03-04"), _value("r", "2024-03-11")),
        unit="IDR",
        role="price",
    )
    got = check_known([_story(_known("r", "2024-03-11"), (group,))], ARTICLES, GOLD)
    assert (got.groups, got.known, got.missed) == (1, 1, ())


def test_an_uncredited_citation_outside_a_carrying_group_is_not_known() -> None:
    """The same number cited from r, in a group holding no gold carrier, is a coincidence: missed."""
    alone = FigureGroup("harga beras", "single", (_value("r", "2024-03-11"),), unit="IDR", role="price")
    got = check_known([_story(_known("r", "2024-03-11"), (alone,))], ARTICLES, GOLD)
    assert (got.groups, got.known) == (1, 0)
    assert "harga beras medium" in got.missed[0]


def test_a_vague_gold_value_gives_way_to_an_exact_one() -> None:
    """'Puluhan' on the later day is not the group's number when an exact 23 is read the day before."""
    gold: dict[str, Any] = {
        "articles": {"g1": {"file": "p.txt"}, "g2": {"file": "q.txt"}},
        "figures": [
            {
                "measure": "polisi luka",
                "status": "agree",
                "values": [
                    {"article": "g1", "value": 10, "qualifier": "vague", "as_of": "2024-03-05"},
                    {"article": "g2", "value": 23, "as_of": "2024-03-04"},
                ],
            }
        ],
    }
    (latest,) = gold_latest(gold, {"g1": "p", "g2": "q"})
    assert (latest.value, latest.carriers) == (23.0, (("q", None),))
    only_vague = {**gold, "figures": [{**gold["figures"][0], "values": gold["figures"][0]["values"][:1]}]}
    assert gold_latest(only_vague, {"g1": "p"})[0].value == 10.0
