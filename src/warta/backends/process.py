"""A process-pool backend for CPU-bound per-article work on one machine."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class ProcessBackend:
    """Maps over a pool of worker processes in bounded batches, keeping input order."""

    name = "process"

    def __init__(self, *, workers: int | None = None, chunk: int = 64) -> None:
        self.workers = workers
        self.chunk = chunk

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Apply ``fn`` in worker processes; memory stays bounded by reading input in batches."""
        workers = self.workers or min(2, os.cpu_count() or 1)
        it = iter(items)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            while batch := list(islice(it, self.chunk * workers)):
                yield from pool.map(fn, batch, chunksize=max(1, len(batch) // (workers * 4)))
