"""Expensive derived resources (the encoder's tokenizer and weights, the gazetteer, LSH parameters, regexes) kept on disk.

Building them costs ~0.5 s of CPU each on every start; loading the pickled result costs a tenth of
that. The cache lives in ``$WARTA_CACHE_DIR``, else ``$XDG_CACHE_HOME/warta``, else
``~/.cache/warta``; ``WARTA_CACHE_DIR=off`` turns it off. An entry's file name carries a digest of
its key (warta's version, the versions of the packages it is built from, and the source of the
modules that build it), so an upgrade or an edit never reads a stale entry. Files are written to a
temporary name and renamed (readers never see half a file), readable by their owner only. A missing,
unreadable or corrupt entry is rebuilt; a cache folder that cannot be written is not an error.

The entries are pickles, so the folder must be the user's own (as a cache folder in one's home is):
a pickle runs code when loaded. warta only writes what it built itself there.

>>> cached("example", lambda: {"a": 1}, key=("v1",)) == {"a": 1}
True
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from warta import __version__
from warta.versions import version

T = TypeVar("T")
OFF = ("off", "0", "none", "no", "false")
FORMAT = 1  # bump when the layout of an entry changes


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is turned off."""
    configured = os.environ.get("WARTA_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in OFF or not configured.strip() else Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "warta"


def package_version(name: str) -> str:
    """An installed distribution's version, or ``unknown``."""
    return version(name) or "unknown"


def file_digest(paths: Iterable[str | Path]) -> str:
    """A digest of files' contents (the source of the modules that build an entry)."""
    h = hashlib.blake2b(digest_size=8)
    for path in paths:
        try:
            h.update(Path(path).read_bytes())
        except OSError:
            h.update(b"missing")
    return h.hexdigest()


def file_stamp(path: str | Path) -> str:
    """A large data file's size and modification time: a key part as safe as a digest of a file that
    is only ever replaced, not edited in place (an installed package's), without reading it."""
    try:
        stat = Path(path).stat()
    except OSError:
        return "missing"
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def entry_path(name: str, key: Iterable[str]) -> Path | None:
    """Where the entry ``name`` with ``key`` is stored (None when caching is off)."""
    folder = cache_dir()
    if folder is None:
        return None
    digest = hashlib.blake2b("\x00".join((str(FORMAT), __version__, *key)).encode(), digest_size=10)
    return folder / f"{name}-{digest.hexdigest()}.pickle"


def _load(path: Path, kind: type | None) -> object | None:
    try:
        with path.open("rb") as f:
            value: object = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception:  # a corrupt or foreign entry of any kind: rebuild it, never fail on it
        return None
    if kind is not None and not isinstance(value, kind):
        return None
    return value


def _store(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # a full disk, an unpicklable value: the cache is only an optimisation
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def cached(name: str, build: Callable[[], T], *, key: Iterable[str], kind: type | None = None) -> T:
    """``build()``'s result, from the disk cache when an entry for ``name`` and ``key`` is there.

    ``kind``: the type the entry must have (anything else is rebuilt).
    """
    path = entry_path(name, key)
    if path is not None:
        found = _load(path, kind)
        if found is not None:
            return found  # type: ignore[return-value]  # checked against kind where it matters
    value = build()
    if path is not None:
        _store(path, value)
    return value
