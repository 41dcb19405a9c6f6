"""The same input gives the same articles and the same stories on every backend."""

from __future__ import annotations

import importlib.util

import pytest

from warta.api import read_articles, sample_path
from warta.stories.group import group_articles


def _stories(backend: str) -> list[list[str]]:
    articles = read_articles([sample_path()], backend=backend).articles
    groups = group_articles(articles, backend=backend)
    return sorted(sorted(articles[i].id for i in g) for g in groups)


@pytest.fixture(scope="module")
def local() -> list[list[str]]:
    return _stories("local")


def test_process_backend_matches_local(local: list[list[str]]) -> None:
    assert _stories("process") == local


@pytest.mark.skipif(importlib.util.find_spec("distributed") is None, reason="the dask extra is not installed")
def test_dask_backend_matches_local(local: list[list[str]]) -> None:
    assert _stories("dask") == local
