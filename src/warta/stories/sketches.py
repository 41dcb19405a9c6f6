"""datasketch's MinHash and MinHashLSH, imported without the rest of datasketch or ``scipy.integrate``.

``import datasketch`` imports all of its modules: ``aio`` (asyncio, ssl, subprocess, logging),
``hnsw``, ``lsh_bloom``, ``importlib.metadata`` for its version, and ``lsh`` and ``lsh_bloom`` run
``from scipy.integrate import quad``: 0.27 s of CPU on every start (scipy.optimize, scipy.special,
sparse.linalg), although ``quad`` is only called when an index derives its bands and rows from a
threshold. :func:`load` registers the ``datasketch`` package without running its ``__init__``
(:mod:`warta.bare_package`) and imports only ``datasketch.minhash`` and ``datasketch.lsh``, with a
placeholder ``scipy.integrate`` whose ``quad`` imports the real module on its first call and hands
it the arguments, so the parameters and every hash are what they were; ``datasketch.weighted_minhash``
(which imports scipy itself, 0.015 s) stands aside too, as ``lsh`` names its class in annotations
only. ``MinHash`` and ``MinHashLSH`` are put on the package; any other name asked of ``datasketch``
runs its ``__init__`` then (0.06 s spared otherwise). The placeholders are gone from
``sys.modules`` as soon as the two modules are in. When datasketch is already loaded, or anything
goes wrong, it is simply imported as usual.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_INTEGRATE = "scipy.integrate"
_WEIGHTED = "datasketch.weighted_minhash"


def _quad(*args: Any, **kwargs: Any) -> Any:
    """``scipy.integrate.quad``, imported on first use."""
    from scipy.integrate import quad

    return quad(*args, **kwargs)


class _WeightedMinHash:
    """Stands in for ``datasketch.weighted_minhash.WeightedMinHash`` (which imports scipy) in ``lsh``.

    ``lsh`` names it in type annotations only; made, it makes the real one (imported then).
    """

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        from datasketch.weighted_minhash import WeightedMinHash

        return WeightedMinHash(*args, **kwargs)


def _placeholders() -> dict[str, types.ModuleType]:
    """Modules ``minhash`` and ``lsh`` import that load scipy, standing in while they are imported."""
    integrate = types.ModuleType(_INTEGRATE, "warta.stories.sketches: quad imports scipy.integrate")
    integrate.quad = _quad  # type: ignore[attr-defined]
    weighted = types.ModuleType(_WEIGHTED, "warta.stories.sketches: WeightedMinHash imports the module")
    weighted.WeightedMinHash = _WeightedMinHash  # type: ignore[attr-defined]
    return {name: module for name, module in ((_INTEGRATE, integrate), (_WEIGHTED, weighted))}


def _import_parts() -> None:
    from warta.bare_package import import_parts

    import_parts("datasketch", {"minhash": ["MinHash"], "lsh": ["MinHashLSH"]})  # what warta uses


def load() -> None:
    """Import datasketch's MinHash and MinHashLSH (once per process), leaving scipy unloaded."""
    if "datasketch" in sys.modules:
        return
    stand_ins = {name: m for name, m in _placeholders().items() if name not in sys.modules}
    sys.modules.update(stand_ins)
    failed = False
    try:
        _import_parts()
    except Exception:  # a datasketch laid out otherwise: forget it, import it as usual
        failed = True
    finally:
        for name, placeholder in stand_ins.items():
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]
            parent_name, _, child = name.rpartition(".")
            parent = sys.modules.get(parent_name)
            if parent is not None and vars(parent).get(child) is placeholder:  # getattr could import it
                delattr(parent, child)
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


def permutations(num_perm: int, *, seed: int, scheme: str) -> Any:
    """The permutations ``MinHash(num_perm=..., seed=..., scheme=...)`` draws, from the disk cache.

    datasketch draws them with ``numpy.random.RandomState(seed)``: importing ``numpy.random`` costs
    ~0.015 s of CPU on every start, more than drawing. Kept like :func:`lsh_params` (keyed by
    datasketch's version and the source of ``datasketch.minhash``), so a process that reads them
    never imports ``numpy.random``; the arrays are the ones MinHash draws (``tests/test_stories_sketches.py``).
    """
    import numpy as np

    from warta.resource_cache import cached, file_digest, package_version

    def draw() -> Any:
        from datasketch import MinHash

        return MinHash(num_perm=num_perm, seed=seed, scheme=scheme).permutations

    load()
    source = sys.modules["datasketch.minhash"].__file__ or ""
    key = ("minhash-permutations", package_version("datasketch"), file_digest([source]))
    return cached("minhash-permutations", draw, key=(*key, str(num_perm), str(seed), scheme), kind=np.ndarray)
