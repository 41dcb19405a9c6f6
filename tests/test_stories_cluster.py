"""StoryIndex: joins, new stories, time decay, persistence, bad input."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from tests.factories import make_article

from warta.stories.cluster import ClusterOptions, StoryIndex
from warta.stories.records import Record, make_record

FLOOD = "Banjir bandang melanda Desa Watukarang di Kabupaten Sendangsari, ratusan rumah terendam dan warga mengungsi ke balai desa."
FLOOD2 = "Warga Desa Watukarang, Kabupaten Sendangsari, masih mengungsi setelah banjir bandang merendam ratusan rumah dan jembatan hanyut."
MARKET = "Kebakaran menghanguskan Pasar Sumberwangi pada dini hari, ratusan kios pedagang sayur dan kain ludes terbakar api."


def rec(id: str, text: str, published: str | None = "2024-03-04", vec: tuple[float, ...] = ()) -> Record:
    return replace(make_record(make_article(id, text, published=published), embed=False), embedding=vec)


E1 = (1.0, 0.0, 0.0)
E2 = (0.0, 1.0, 0.0)


@pytest.mark.parametrize(
    ("second", "same"),
    [
        (rec("b", FLOOD2, vec=E1), True),
        (rec("b", MARKET, vec=E2), False),
        (rec("b", FLOOD2, published="2024-06-30", vec=E1), False),  # same words months later: a new story
        (rec("b", FLOOD2, published=None, vec=E1), True),  # no date: no time term
        (rec("b", "", published=None), False),  # empty text still gets a story of its own
    ],
)
def test_join_or_start(second: Record, same: bool) -> None:
    index = StoryIndex()
    first = index.add(rec("a", FLOOD, vec=E1))
    assert (index.add(second) == first) is same
    assert index.story_of("b") is not None


def test_same_id_twice_is_one_article() -> None:
    index = StoryIndex()
    a = rec("a", FLOOD, vec=E1)
    assert index.add(a) == index.add(a)
    assert len(index) == 1


def test_state_round_trips_through_json() -> None:
    index = StoryIndex()
    sid = index.add(rec("a", FLOOD, vec=E1))
    restored = StoryIndex.from_state(json.loads(json.dumps(index.state())))
    assert restored.add(rec("b", FLOOD2, vec=E1)) == sid
    assert restored.stories() == {sid: ["a", "b"]}


def test_quiet_stories_retire() -> None:
    index = StoryIndex(options=ClusterOptions(retire_after=20))
    index.add(rec("a", FLOOD, published="2024-01-01", vec=E1))
    index.add(rec("b", MARKET, published="2024-01-01", vec=E2))
    for i in range(30):
        index.add(rec(f"x{i}", f"kata{i} unik{i} lain{i}", published=f"2024-03-{1 + i % 28:02d}", vec=E2))
    assert index.live_count() < len(index.stories())
    assert index.story_of("a") is not None


def test_an_original_arriving_after_its_copy_joins_the_copys_story() -> None:
    # No story is similar enough to join (threshold 2): only dedupe links these two.
    index = StoryIndex(options=ClusterOptions(threshold=2.0))
    text = " ".join([FLOOD, FLOOD2, MARKET] * 3)
    story = index.add(rec("copy", text, published="2024-03-05"))
    assert index.add(rec("original", text, published="2024-03-04")) == story
    assert index.copy_of("copy").duplicate_of == "original"  # type: ignore[union-attr]
    assert [c.id for c in index.changes().recopied] == ["copy"]
