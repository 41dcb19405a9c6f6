"""Every example in a warta module's docstrings runs and prints what it shows (``python -m doctest``)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import warta

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(warta.__path__, "warta.") if not m.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_module_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} failed"
