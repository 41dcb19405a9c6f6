"""Installed distributions' versions, read from their ``.dist-info`` folder without ``importlib.metadata``.

``importlib.metadata`` imports email, zipfile, csv and more (~0.04 s of CPU) to answer what one
folder name and one header line hold. :func:`version` looks along ``sys.path`` in order, as
``importlib.metadata`` does, for the first ``NAME-VERSION.dist-info`` folder of the distribution and
reads the ``Version:`` header of its ``METADATA``; anything else (an ``.egg-info``, a zip on the path,
a folder without ``METADATA``) is asked of ``importlib.metadata`` itself, so the answer is always
the one it gives (``tests/test_versions.py``).

>>> version("warta") == __import__("importlib.metadata").metadata.version("warta")   # doctest: +SKIP
True
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache

_SEPARATORS = re.compile(r"[-_.]+")


def _normalized(name: str) -> str:
    return _SEPARATORS.sub("_", name).lower()


@cache
def _listing(entry: str) -> tuple[str, ...] | None:
    """The names in a folder on the path; () when there is none; None for a zip or other file."""
    folder = entry or "."
    if os.path.isfile(folder):
        return None
    try:
        return tuple(os.listdir(folder))
    except OSError:
        return ()


def _header(folder: str) -> str | None:
    try:
        with open(os.path.join(folder, "METADATA"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("Version:"):
                    return line[len("Version:") :].strip()
                if not line.strip():
                    return None
    except OSError:
        return None
    return None


def _from_folders(name: str) -> str | None:
    """The version in the first ``.dist-info`` of ``name`` on ``sys.path``; None when it is not that simple."""
    wanted = _normalized(name)
    for entry in sys.path:
        listing = _listing(entry)
        if listing is None:
            return None  # a zip on the path: importlib.metadata looks inside it
        found = [
            item
            for item in listing
            if item.endswith((".dist-info", ".egg-info")) and _normalized(item.split("-")[0]) == wanted
        ]
        if not found:
            continue
        if len(found) > 1 or not found[0].endswith(".dist-info"):
            return None
        return _header(os.path.join(entry or ".", found[0]))
    return None


@cache
def version(name: str) -> str | None:
    """The installed version of distribution ``name``, or None when it is not installed."""
    found = _from_folders(name)
    if found is not None:
        return found
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as metadata_version

    try:
        return metadata_version(name)
    except PackageNotFoundError:
        return None
