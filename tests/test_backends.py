from __future__ import annotations

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
