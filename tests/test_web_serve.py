"""``warta serve``: loopback by default, the archive from --db, uvicorn started with the app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn

from warta.cli import build_parser, main


@pytest.mark.parametrize(
    ("argv", "host", "port", "db"),
    [
        (["serve"], "127.0.0.1", 8000, None),
        (["serve", "--port", "8123", "--db", "x.db"], "127.0.0.1", 8123, "x.db"),
        (["serve", "--host", "0.0.0.0"], "0.0.0.0", 8000, None),
    ],
)
def test_serve_options(argv: list[str], host: str, port: int, db: str | None) -> None:
    args = build_parser().parse_args(argv)
    assert (args.host, args.port, args.db) == (host, port, db)


@pytest.mark.parametrize(
    ("host", "extra", "warned"),
    [("127.0.0.1", [], False), ("0.0.0.0", ["--token", "t" * 32], True), ("0.0.0.0", ["--read-only"], True)],
)
def test_serve_runs_uvicorn_on_the_archive(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    host: str,
    extra: list[str],
    warned: bool,
) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    db = tmp_path / "arsip.db"
    assert main(["serve", "--db", str(db), "--host", host, "--port", "8124", *extra]) == 0
    assert calls[0]["host"] == host and calls[0]["port"] == 8124
    assert calls[0]["app"].state.source.path == db
    err = capsys.readouterr().err
    assert f"serving {db} at http://{host}:8124/" in err
    assert ("anyone who can reach it" in err) is warned
