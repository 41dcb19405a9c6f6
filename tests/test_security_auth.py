"""Attack suite, writes: a token guards POST /articles, read-only refuses it, and an exposed server needs one.

Writes without the token, with a wrong one, a near miss, another scheme, or to a read-only server are
refused with a JSON reason and nothing is added; reads stay open; ``warta serve`` will not listen off
loopback without ``--token``/``$WARTA_TOKEN`` or ``--read-only``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient

from test_web_fakes import FakeArchive, fake_opener, flood_story
from warta.cli import main
from warta.errors import ConfigError
from warta.web import WebOptions, create_app
from warta.web.auth import check_exposure, is_loopback

TOKEN = "k3Xq-9s7VwPn2LrT8mYc4hJd"
ARTICLE = {"text": "Jembatan gantung di Desa Karang Jati putus diterjang arus.", "outlet": "Kabar Lereng"}


def _client(options: WebOptions) -> tuple[TestClient, FakeArchive]:
    archive = FakeArchive([flood_story()])
    return TestClient(create_app("unused.db", options=options, opener=fake_opener(archive))), archive


@pytest.fixture
def guarded() -> Iterator[tuple[TestClient, FakeArchive]]:
    client, archive = _client(WebOptions(token=TOKEN))
    with client:
        yield client, archive


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({}, "a token is required"),
        ({"Authorization": "Bearer wrong-token-of-some-length"}, "the token is wrong"),
        ({"Authorization": f"Bearer {TOKEN[:-1]}"}, "the token is wrong"),  # a near miss
        ({"Authorization": f"Bearer {TOKEN}x"}, "the token is wrong"),
        ({"Authorization": f"Basic {TOKEN}"}, "a token is required"),
        ({"Authorization": "Bearer"}, "a token is required"),
        ({"Authorization": f"Bearer {TOKEN.upper()}"}, "the token is wrong"),
        ({"X-Warta-Token": TOKEN}, "a token is required"),
    ],
)
def test_writes_without_the_right_token_are_401(
    guarded: tuple[TestClient, FakeArchive], headers: dict[str, str], reason: str
) -> None:
    client, archive = guarded
    got = client.post("/articles", json=ARTICLE, headers=headers)
    assert got.status_code == 401
    assert got.json()["error"]["reason"].startswith(reason)
    assert "Authorization: Bearer" in got.json()["error"]["hint"]
    assert got.headers["WWW-Authenticate"].startswith("Bearer")
    assert archive.added == []


def test_the_token_is_checked_before_the_body_is_read(guarded: tuple[TestClient, FakeArchive]) -> None:
    client, archive = guarded
    got = client.post("/articles", content=b"{not json", headers={"content-type": "application/json"})
    assert got.status_code == 401  # not a 400 that would tell an outsider how the body was parsed
    assert archive.added == []


@pytest.mark.parametrize("scheme", ["Bearer", "bearer", "BEARER"])
def test_the_right_token_writes(guarded: tuple[TestClient, FakeArchive], scheme: str) -> None:
    client, archive = guarded
    got = client.post("/articles", json=ARTICLE, headers={"Authorization": f"{scheme} {TOKEN}"})
    assert got.status_code == 201, got.text
    assert len(archive.added) == 1


@pytest.mark.parametrize(
    "path", ["/health", "/stories", "/stories/sflood", "/search?q=banjir", "/", "/story/sflood"]
)
def test_reads_need_no_token(guarded: tuple[TestClient, FakeArchive], path: str) -> None:
    assert guarded[0].get(path).status_code == 200


@pytest.mark.parametrize("token", [None, TOKEN])
def test_read_only_refuses_every_write_with_a_reason(token: str | None) -> None:
    client, archive = _client(WebOptions(read_only=True, token=token))
    with client:
        for headers in ({}, {"Authorization": f"Bearer {TOKEN}"}):
            got = client.post("/articles", json=ARTICLE, headers=headers)
            assert got.status_code == 403
            assert "read-only" in got.json()["error"]["reason"]
            assert got.json()["error"]["hint"]
        files = client.post("/articles", files=[("file", ("a.txt", b"Artikel."))])
        assert files.status_code == 403
        assert client.get("/stories/sflood").status_code == 200
    assert archive.added == []


def test_the_token_does_not_show_in_the_options_repr() -> None:
    assert TOKEN not in repr(WebOptions(token=TOKEN))


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.3.4.5", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("my-laptop.local", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(
    ("host", "options", "refused"),
    [
        ("127.0.0.1", WebOptions(), None),
        ("0.0.0.0", WebOptions(), "refusing to listen on 0.0.0.0 without a token"),
        ("::", WebOptions(), "refusing to listen on :: without a token"),
        ("10.0.0.5", WebOptions(), "Pass --token"),
        ("0.0.0.0", WebOptions(token=TOKEN), None),
        ("0.0.0.0", WebOptions(read_only=True), None),
        ("0.0.0.0", WebOptions(token="short"), "use at least 16"),
        ("127.0.0.1", WebOptions(token="short"), "use at least 16"),
    ],
)
def test_check_exposure(host: str, options: WebOptions, refused: str | None) -> None:
    if refused is None:
        check_exposure(host, options=options)
    else:
        with pytest.raises(ConfigError, match=refused):
            check_exposure(host, options=options)


@pytest.fixture
def uvicorn_calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    monkeypatch.delenv("WARTA_TOKEN", raising=False)
    return calls


def test_serve_refuses_to_expose_writes_without_a_token(
    uvicorn_calls: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--db", str(tmp_path / "w.db"), "--host", "0.0.0.0"]) == 1
    err = capsys.readouterr().err
    assert "refusing to listen on 0.0.0.0 without a token" in err and "--read-only" in err
    assert uvicorn_calls == []


def test_serve_takes_the_token_from_the_environment(
    uvicorn_calls: list[dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WARTA_TOKEN", TOKEN)
    assert main(["serve", "--db", str(tmp_path / "w.db"), "--host", "0.0.0.0"]) == 0
    options: WebOptions = uvicorn_calls[0]["app"].state.options
    assert options.token == TOKEN and not options.read_only


@pytest.mark.parametrize(
    ("extra", "read_only", "token"),
    [(["--read-only"], True, None), (["--token", TOKEN], False, TOKEN), ([], False, None)],
)
def test_serve_passes_read_only_and_token_to_the_app(
    uvicorn_calls: list[dict[str, Any]], tmp_path: Path, extra: list[str], read_only: bool, token: str | None
) -> None:
    assert main(["serve", "--db", str(tmp_path / "w.db"), *extra]) == 0
    options: WebOptions = uvicorn_calls[0]["app"].state.options
    assert (options.read_only, options.token) == (read_only, token)


def test_a_token_on_loopback_is_enforced(uvicorn_calls: list[dict[str, Any]], tmp_path: Path) -> None:
    assert main(["serve", "--db", str(tmp_path / "w.db"), "--token", TOKEN]) == 0
    app = uvicorn_calls[0]["app"]
    with TestClient(app) as client:
        assert client.post("/articles", json=ARTICLE).status_code == 401
