from __future__ import annotations

import importlib.util
import warnings

import pytest

from warta.backends import get_backend
from warta.errors import ConfigError


def _square(x: int) -> int:
    return x * x


@pytest.mark.parametrize("name", ["local", "process"])
def test_backends_keep_order(name: str) -> None:
    assert list(get_backend(name).map(_square, range(300))) == [x * x for x in range(300)]


def test_unknown_backend() -> None:
    with pytest.raises(ConfigError, match="local, process, dask"):
        get_backend("spark")


def _size(x: bytes) -> int:
    return len(x)


@pytest.mark.skipif(importlib.util.find_spec("distributed") is None, reason="the dask extra is not installed")
def test_dask_scatters_batches_instead_of_shipping_them_in_the_graph() -> None:
    from warta.backends.dask import DaskBackend

    items = [bytes([i % 251]) * 100_000 for i in range(300)]  # 30 MB over three batches
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        got = list(DaskBackend(workers=1, batch=128).map(_size, items))
    assert got == [100_000] * 300
    assert not [w for w in caught if "large graph" in str(w.message).lower()]
