"""warta.store.views.hit_dict: the same JSON as the generic codec, without its walk."""

from __future__ import annotations

import pytest

from warta.codec import to_dict
from warta.store.views import SearchHit, StoryRow, hit_dict
from warta.types import Story

ROW = StoryRow(
    id="s-1",
    title="Banjir di Kota Watugede",
    first_published="2022-01-07",
    last_published=None,
    outlets=("Kabar Lereng", "Warta Timur"),
    article_count=2,
    independent_sources=2,
    updated_at="2022-01-08T10:00:00+00:00",
)


@pytest.mark.parametrize(
    "hit",
    [
        SearchHit(story=ROW, score=12.5, snippet="**banjir** melanda"),
        SearchHit(story=ROW, score=0.0, snippet="", summary=("Satu.", "Dua."), matched=("words", "meaning")),
    ],
)
def test_hit_dict_is_the_codec_form(hit: SearchHit) -> None:
    assert hit_dict(hit) == to_dict(hit)
    assert list(hit_dict(hit)) == list(to_dict(hit))
    assert list(hit_dict(hit)["story"]) == list(to_dict(hit)["story"])  # type: ignore[call-overload]


def test_hit_dict_with_a_brief() -> None:
    story = Story(id="s-1", title="Banjir", articles=(), summary=())
    hit = SearchHit(story=ROW, score=1.0, snippet="", brief=story)
    assert hit_dict(hit) == to_dict(hit)
