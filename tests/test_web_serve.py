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


def test_serve_with_workers_hands_uvicorn_the_factory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from warta.web import workers

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    monkeypatch.delenv(workers.ENV, raising=False)
    db = tmp_path / "arsip.db"
    assert main(["serve", "--db", str(db), "--workers", "2", "--read-only"]) == 0
    assert calls[0]["app"] == workers.FACTORY and calls[0]["factory"] is True and calls[0]["workers"] == 2
    app = workers.app_from_env()  # what each worker process builds
    assert app.state.source.path == db and app.state.options.read_only is True


@pytest.mark.parametrize("value", ["0", "two", "65"])
def test_serve_refuses_a_bad_worker_count(value: str) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--workers", value])
