"""Where per-article work runs: in process (default), in a process pool, or on Dask.

A backend maps a picklable function over an iterable, yielding results **in input order**, so the
same input gives the same output on every backend. Collection stages (dedupe, clustering,
reconciliation, briefs) never go through a backend: they read the compact per-article records.

>>> from warta.backends import get_backend
>>> list(get_backend("local").map(str.upper, ["a", "b"]))
['A', 'B']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

from warta.errors import ConfigError

T = TypeVar("T")
R = TypeVar("R")

BACKENDS = ("local", "process", "dask")


class Backend(Protocol):
    """Anything that can map a function over items, keeping their order."""

    name: str

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]: ...


def get_backend(name: str = "local", *, workers: int | None = None, scheduler: str | None = None) -> Backend:
    """The backend called ``name``: ``local``, ``process`` or ``dask``."""
    if name == "local":
        from warta.backends.local import LocalBackend

        return LocalBackend()
    if name == "process":
        from warta.backends.process import ProcessBackend

        return ProcessBackend(workers=workers)
    if name == "dask":
        from warta.backends.dask import DaskBackend

        return DaskBackend(workers=workers, scheduler=scheduler)
    raise ConfigError(f"unknown backend {name!r}; choose one of: {', '.join(BACKENDS)}")
