"""The in-process backend: a plain lazy ``map``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class LocalBackend:
    """Runs each item in this process, lazily and in order."""

    name = "local"

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Apply ``fn`` to each item as it is consumed."""
        return map(fn, items)
