"""Data files that ship with warta: learned weights (see README.md), read by :func:`shipped_json`."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from warta.errors import ConfigError


def optional_json(name: str) -> Any | None:
    """The parsed data file ``name`` of this package, or None when the package carries none."""
    try:
        raw = resources.files("warta.data").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    return json.loads(raw)


def shipped_json(name: str, *, remedy: str) -> Any:
    """The parsed data file ``name`` of this package; :class:`~warta.errors.ConfigError` saying ``remedy``
    (what to do next) when it is missing or unreadable."""
    try:
        data = optional_json(name)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"cannot read {name} ({exc}); {remedy}") from exc
    if data is None:
        raise ConfigError(f"cannot read {name}: it is not in the installed package; {remedy}")
    return data
