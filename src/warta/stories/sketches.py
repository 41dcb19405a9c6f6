"""datasketch, imported without loading ``scipy.integrate`` until an LSH index needs it.

``import datasketch`` imports all of its modules, and two of them (``lsh``, ``lsh_bloom``) run
``from scipy.integrate import quad``: 0.27 s of CPU on every start (scipy.optimize, scipy.special,
sparse.linalg), although ``quad`` is only called when an index derives its bands and rows from a
threshold. :func:`load` imports datasketch with a placeholder ``scipy.integrate`` whose ``quad``
imports the real module on its first call and hands it the arguments, so the parameters (and every
hash) are what they were; the placeholder is gone from ``sys.modules`` as soon as datasketch is in.
When datasketch is already loaded, or anything goes wrong, it is simply imported as usual.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_NAME = "scipy.integrate"


def _quad(*args: Any, **kwargs: Any) -> Any:
    """``scipy.integrate.quad``, imported on first use."""
    from scipy.integrate import quad

    return quad(*args, **kwargs)


def load() -> None:
    """Import datasketch (once per process), leaving ``scipy.integrate`` unloaded."""
    if "datasketch" in sys.modules:
        return
    if _NAME in sys.modules:  # loaded anyway: nothing to spare
        importlib.import_module("datasketch")
        return
    placeholder = types.ModuleType(_NAME, "warta.stories.sketches: quad imports scipy.integrate")
    placeholder.quad = _quad  # type: ignore[attr-defined]
    sys.modules[_NAME] = placeholder
    failed = False
    try:
        importlib.import_module("datasketch")
    except Exception:  # a datasketch that needs more of scipy.integrate: forget it, import it as usual
        failed = True
        for name in [m for m in sys.modules if m == "datasketch" or m.startswith("datasketch.")]:
            del sys.modules[name]
    finally:
        if sys.modules.get(_NAME) is placeholder:
            del sys.modules[_NAME]
        scipy = sys.modules.get("scipy")
        if scipy is not None and vars(scipy).get("integrate") is placeholder:  # getattr would import it
            delattr(scipy, "integrate")
    if failed:
        importlib.import_module("datasketch")


def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """The bands and rows ``MinHashLSH(threshold=..., num_perm=...)`` would choose (equal weights).

    datasketch integrates (``scipy.integrate.quad``) to find them on every index it builds; here
    they are found once and kept in the disk cache (:mod:`warta.resource_cache`), keyed by
    datasketch's version and source, so a process that reads them never loads scipy.integrate.
    """
    from warta.resource_cache import cached, file_digest, package_version

    def find() -> tuple[int, int]:
        from datasketch.lsh import _optimal_param

        bands, rows = _optimal_param(threshold, num_perm, 0.5, 0.5)
        return int(bands), int(rows)

    load()
    source = sys.modules["datasketch.lsh"].__file__ or ""
    key = ("lsh-params", package_version("datasketch"), file_digest([source]), repr(threshold), str(num_perm))
    found = cached("lsh-params", find, key=key, kind=tuple)
    return int(found[0]), int(found[1])
