"""What a brief of Indonesian text does not load (the English name finder, speaking governments) and the
entity-type model read back from the disk cache: the same as the shipped JSON gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

_PROBE = """
import json, sys
from warta.extract.entities import find_entities
text = "Presiden Joko Widodo meninjau banjir di Kota Semarang, Jawa Tengah, pada Senin."
found = [(m.text, m.type) for m in find_entities(text, language="id")]
english = ["warta.extract.names_en" in sys.modules, "warta.extract.governments" in sys.modules]
en = [(m.text, m.type) for m in find_entities("France said no . Vice President Joe Biden told PBS .", language="en")]
print(json.dumps([bool(found), english, bool(en), "warta.extract.names_en" in sys.modules]))
"""


def test_indonesian_entities_do_not_load_the_english_finder() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(out.stdout) == [True, [False, False], True, True]


def test_entity_type_model_from_the_cache_equals_the_json(tmp_path: Path) -> None:
    code = (
        "import warta.extract.entity_types as t\n"
        "first = t.load_model(); t.load_model.cache_clear(); again = t.load_model()\n"
        "print(first == t._read_model() == again, first is not None)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "WARTA_CACHE_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.split() == ["True", "True"]
    assert any(p.name.startswith("entity-types-") for p in tmp_path.iterdir())
