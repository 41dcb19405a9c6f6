"""warta: turn news articles from many outlets into stories and cited briefs.

>>> import warta
>>> brief = warta.brief_paths(["articles/"])          # doctest: +SKIP
>>> print(warta.render(brief, format="md"))           # doctest: +SKIP
"""

from __future__ import annotations

from warta.versions import version  # importlib.metadata's answer, without importing it

__version__ = version("warta") or "0.0.0"  # "0.0.0": a source tree that was never installed

__all__ = ["__version__"]
