"""Counting documents and keeping Skipped items aside."""

from __future__ import annotations

import pytest

from warta.ingest.stats import ReadStats
from warta.types import RawDocument, Skipped


def doc(n: int) -> RawDocument:
    return RawDocument(source=f"a{n}.txt", text="Isi.", raw="Isi.", format="text")


@pytest.mark.parametrize(
    ("items", "read", "skipped", "summary"),
    [
        ([], 0, 0, "read 0 articles"),
        ([doc(1)], 1, 0, "read 1 article"),
        ([doc(1), Skipped("b", "empty file"), doc(2)], 2, 1, "read 2 articles, skipped 1 input"),
        ([Skipped("b", "x"), Skipped("c", "y")], 0, 2, "read 0 articles, skipped 2 inputs"),
    ],
)
def test_read_stats(items: list[RawDocument | Skipped], read: int, skipped: int, summary: str) -> None:
    stats = ReadStats()
    docs = list(stats.documents(items))
    assert docs == [i for i in items if isinstance(i, RawDocument)]
    assert (stats.read, len(stats.skipped), stats.summary()) == (read, skipped, summary)


def test_documents_is_lazy() -> None:
    stats = ReadStats()
    docs = stats.documents(iter([doc(1), doc(2)]))
    assert stats.read == 0
    next(docs)
    assert stats.read == 1
