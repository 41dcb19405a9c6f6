"""scikit-learn's English stop words, read without importing scikit-learn: the same set."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT
from warta.text.stopwords_en import ENGLISH_STOP_WORDS


def test_the_same_words_as_sklearn() -> None:
    text = pytest.importorskip("sklearn.feature_extraction.text")
    assert ENGLISH_STOP_WORDS == text.ENGLISH_STOP_WORDS
    assert {"the", "however", "his"} <= ENGLISH_STOP_WORDS


def test_reading_them_does_not_import_sklearn() -> None:
    code = "import sys, warta.text.stopwords_en as s; assert s.ENGLISH_STOP_WORDS; print('sklearn' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "False"
