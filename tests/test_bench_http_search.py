"""bench/http_search.py: a served archive loaded by client processes, one line per server run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import ROOT
from factories import store_story
from warta.store.connection import connect, prepare
from warta.text.embeddings import DIM

pytest.importorskip("uvicorn")
pytest.importorskip("httpx")

# Fiction written for these tests.
TEXTS = {
    "flood": "Banjir bandang melanda Kota Watugede. Sembilan warga mengungsi ke Tanjung-Sari.",
    "harvest": "Petani Zumbarosa memanen 8.000 ton padi di lereng Gunung Kelirang setelah hujan reda.",
}


def test_loads_each_server_and_prints_a_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "warta.db"
    conn = connect(db, readonly=False)
    prepare(conn, db, readonly=False)
    for i, (key, text) in enumerate(TEXTS.items()):
        store_story(conn, key, text, vector=np.eye(DIM, dtype="<f4")[i])
    conn.close()
    sys.path.insert(0, str(ROOT / "bench"))  # the spawned clients import it too
    try:
        import http_search

        found = http_search.bench_http(
            db, ["Watugede", "zumbarossa padi"], workers=2, clients=2, requests=8, seconds=20
        )
    finally:
        sys.path.remove(str(ROOT / "bench"))
    assert [label for label, _ in found] == [
        "branch (1 worker)",
        "branch (1 worker, --search-cache 0)",
        "branch (2 workers)",
        "branch (2 workers, --search-cache 0)",
    ]
    for _, got in found:
        assert got.requests == 8 and got.codes == {200: 8} and got.per_second > 0
    out = capsys.readouterr().out
    assert out.count("req/s") == 4 and "p95" in out


def test_hiding_folder_makes_uvicorn_fall_back_to_h11_and_asyncio(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import http_search

        hiding = http_search.hiding_folder(tmp_path / "hiding")
    finally:
        sys.path.remove(str(ROOT / "bench"))
    probe = (
        "from uvicorn.protocols.http.auto import AutoHTTPProtocol\n"
        "try:\n"
        "    import uvloop\n"
        "    loop = 'uvloop'\n"
        "except ImportError:\n"
        "    loop = 'asyncio'\n"
        "print(AutoHTTPProtocol.__name__, loop)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(hiding)}
    got = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert got.stdout.split() == ["H11Protocol", "asyncio"]
