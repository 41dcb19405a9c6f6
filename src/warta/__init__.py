"""warta: turn news articles from many outlets into stories and cited briefs.

>>> import warta
>>> brief = warta.brief_paths(["articles/"])          # doctest: +SKIP
>>> print(warta.render(brief, format="md"))           # doctest: +SKIP
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("warta")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

__all__ = ["__version__"]
