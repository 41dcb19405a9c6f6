"""GET /search answered below the framework: the same bytes and headers as the FastAPI route, or declined."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from test_web_fakes import FakeArchive, fake_opener, flood_story, hostile_story
from warta.errors import InputError
from warta.store.views import SearchHit
from warta.web import WebOptions, create_app
from warta.web.search_route import MAX_KEPT_BYTES, AnswerCache, read_ask

OPTIONS = WebOptions(max_query_chars=50)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    archive = FakeArchive([flood_story(), hostile_story()])
    with TestClient(create_app("unused.db", options=OPTIONS, opener=fake_opener(archive))) as c:
        yield c


@pytest.mark.parametrize(
    "params",
    [
        {"q": "banjir"},
        {"q": "banjir", "limit": "1"},
        {"q": "Lereng Sari", "brief": "true"},
        {"q": "gempa", "meaning": "never", "lang": "id"},
        {"q": "nothing here"},
        {"q": "banjir", "since": "2021-01-01", "outlet": "kabar"},
    ],
)
def test_same_answer_as_the_route(client: TestClient, params: dict[str, str]) -> None:
    assert read_ask(_query_string(params), options=OPTIONS) is not None  # answered by the fast layer
    fast = client.get("/search", params=params)
    # "brief=no" is a spelling only the route reads (as false), so the same request goes to FastAPI
    routed = client.get(
        "/search", params={**params, "brief": {"true": "yes"}.get(params.get("brief", ""), "no")}
    )
    assert read_ask(_query_string({**params, "brief": "no"}), options=OPTIONS) is None
    assert fast.status_code == routed.status_code == 200
    assert fast.content == routed.content
    assert list(fast.headers.items()) == list(routed.headers.items())


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "  "},
        {"q": "a" * 51},
        {"q": "a\x00b"},
        {"q": "banjir", "limit": "0"},
        {"q": "banjir", "limit": "101"},
        {"q": "banjir", "limit": "-1"},
        {"q": "banjir", "limit": "abc"},
        {"q": "banjir", "limit": "1.0"},
        {"q": "banjir", "brief": "yes"},
        {"q": "banjir", "meaning": "sometimes"},
        {"q": "banjir", "outlet": "x" * 201},
        {"q": "banjir", "lang": "indonesia"},
    ],
)
def test_declines_what_only_the_route_should_judge(client: TestClient, params: dict[str, str]) -> None:
    assert read_ask(_query_string(params), options=OPTIONS) is None
    got = client.get("/search", params=params)
    assert got.headers["content-type"] == "application/json"
    assert got.status_code in (200, 400, 422)
    if got.status_code != 200:
        assert "reason" in got.json()["error"]


def test_a_refused_search_gets_the_routes_error(monkeypatch: pytest.MonkeyPatch) -> None:
    archive = FakeArchive([flood_story()])

    def refuse(query: str, **_: object) -> list[object]:
        raise InputError("--since 'kemarin' is not a date")

    monkeypatch.setattr(archive, "search", refuse)
    with TestClient(create_app("unused.db", options=OPTIONS, opener=fake_opener(archive))) as c:
        got = c.get("/search", params={"q": "banjir", "since": "kemarin"})
    assert got.status_code == 400
    assert got.json()["error"] == {
        "status": 400,
        "reason": "--since 'kemarin' is not a date",
        "hint": "see GET /docs for the parameters",
    }


def test_security_headers_still_set(client: TestClient) -> None:
    got = client.get("/search", params={"q": "banjir"})
    assert got.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" in got.headers


def _query_string(params: dict[str, str]) -> bytes:
    from urllib.parse import urlencode

    return urlencode(params).encode()


class CountingArchive(FakeArchive):
    """A fake that counts searches and says when it changed."""

    def __init__(self) -> None:
        super().__init__([flood_story(), hostile_story()])
        self.searches = 0
        self.version = 0

    def generation(self) -> int:
        return self.version

    def search(self, query: str, **kwargs: Any) -> list[SearchHit]:
        self.searches += 1
        return super().search(query, **kwargs)


@pytest.mark.parametrize(("size", "counts"), [(256, [1, 1, 2, 3]), (0, [1, 2, 3, 4])])
def test_answers_kept_until_the_archive_changes(size: int, counts: list[int]) -> None:
    archive = CountingArchive()
    seen: list[int] = []
    bodies: list[bytes] = []
    with TestClient(
        create_app("unused.db", options=WebOptions(search_cache=size), opener=fake_opener(archive))
    ) as c:
        for step, params in enumerate(
            [{"q": "banjir"}, {"q": "banjir"}, {"q": "banjir"}, {"q": "banjir", "limit": "1"}]
        ):
            if step == 2:
                archive.version += 1  # a commit: every kept answer is stale
            bodies.append(c.get("/search", params=params).content)
            seen.append(archive.searches)
    assert seen == counts
    assert len(set(bodies)) == 1


def test_the_cache_drops_the_least_recently_asked() -> None:
    cache = AnswerCache(2)
    cache.put(("a",), 1, b"A")
    cache.put(("b",), 1, b"B")
    assert cache.get(("a",), 1) == b"A"
    cache.put(("c",), 1, b"C")
    assert (cache.get(("a",), 1), cache.get(("b",), 1), cache.get(("c",), 1)) == (b"A", None, b"C")
    assert cache.get(("a",), 2) is None  # another generation: stale
    cache.put(("big",), 1, b"x" * (MAX_KEPT_BYTES + 1))
    assert cache.get(("big",), 1) is None


def test_the_cache_keeps_to_its_byte_budget() -> None:
    cache = AnswerCache(10, budget=5)
    cache.put(("a",), 1, b"AAA")
    cache.put(("b",), 1, b"BB")
    cache.put(("a",), 2, b"A")  # replaced: its old bytes no longer count
    cache.put(("c",), 1, b"CC")
    assert (cache.get(("b",), 1), cache.get(("a",), 2), cache.get(("c",), 1)) == (b"BB", b"A", b"CC")
    cache.put(("d",), 1, b"DDD")  # over budget: the least recently asked (b, then a) go
    assert (cache.get(("b",), 1), cache.get(("a",), 2), cache.get(("c",), 1)) == (None, None, b"CC")
