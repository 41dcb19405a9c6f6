"""scikit-learn's English stop words, read from its source file without importing scikit-learn.

``from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS`` imports the whole of scikit-learn
and ``scipy.stats`` (~0.5 s of CPU) for a list of 318 words. The list is a literal in
``sklearn/feature_extraction/_stop_words.py``; it is parsed from there (``ast.literal_eval``, no code
runs), and only when that file cannot be read or parsed is scikit-learn imported after all.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path


def _from_source() -> frozenset[str] | None:
    spec = importlib.util.find_spec("sklearn")  # locates the package without importing it
    for folder in (spec.submodule_search_locations or []) if spec else []:
        try:
            tree = ast.parse(
                (Path(folder) / "feature_extraction" / "_stop_words.py").read_text(encoding="utf-8")
            )
        except (OSError, SyntaxError, ValueError):
            continue
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and [getattr(t, "id", None) for t in node.targets] == ["ENGLISH_STOP_WORDS"]
                and isinstance(node.value, ast.Call)
                and len(node.value.args) == 1
            ):
                try:
                    words = ast.literal_eval(node.value.args[0])
                except ValueError:
                    return None
                return frozenset(str(w) for w in words)
    return None


def _english_stop_words() -> frozenset[str]:
    found = _from_source()
    if found is not None:
        return found
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as words

    return frozenset(words)


ENGLISH_STOP_WORDS: frozenset[str] = _english_stop_words()
"""The words of ``sklearn.feature_extraction.text.ENGLISH_STOP_WORDS``."""
