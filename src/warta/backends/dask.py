"""The Dask backend: per-article work on a Dask cluster (an optional extra: ``pip install warta[dask]``)."""

from __future__ import annotations

import importlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from warta.errors import ConfigError

T = TypeVar("T")
R = TypeVar("R")

_IN_FLIGHT = 2  # batches submitted ahead of the one being gathered


class DaskBackend:
    """Submits batches to a Dask scheduler (or a LocalCluster when no address is given)."""

    name = "dask"

    def __init__(self, *, workers: int | None = None, scheduler: str | None = None, batch: int = 256) -> None:
        self.workers = workers
        self.scheduler = scheduler
        self.batch = batch

    def _client(self) -> Any:
        try:
            distributed: Any = importlib.import_module("distributed")
        except ImportError as exc:
            raise ConfigError("the dask backend needs the dask extra: pip install 'warta[dask]'") from exc
        if self.scheduler:
            return distributed.Client(self.scheduler), None
        cluster = distributed.LocalCluster(
            n_workers=self.workers or 2, threads_per_worker=1, processes=True, dashboard_address=None
        )
        return distributed.Client(cluster), cluster

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Apply ``fn`` on the cluster batch by batch, yielding results in input order.

        Each batch is scattered to the workers first (so the task graph holds references, not the
        documents) and the next batch is submitted before the current one is gathered, so workers
        never wait on the client between batches.
        """
        client, cluster = self._client()
        try:
            it = iter(items)
            pending: deque[Any] = deque()
            while True:
                while len(pending) < _IN_FLIGHT and (batch := list(islice(it, self.batch))):
                    # hash=False: identical documents (duplicates are common in news) must not share
                    # one key, or releasing a gathered batch would drop data a pending batch needs.
                    scattered = client.scatter(batch, hash=False)
                    pending.append((scattered, client.map(fn, scattered, pure=False)))
                if not pending:
                    break
                _, futures = pending.popleft()
                yield from client.gather(futures)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
