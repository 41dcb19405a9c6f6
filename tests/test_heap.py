"""The CLI's heap thresholds: set on glibc, a no-op elsewhere."""

from __future__ import annotations

import pytest

from warta import heap


def test_set_on_glibc_and_nothing_elsewhere() -> None:
    assert heap.keep_freed_memory() is heap.glibc()


def test_without_glibc_nothing_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "glibc", lambda: False)
    assert heap.keep_freed_memory() is False
