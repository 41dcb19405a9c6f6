"""Regular expressions compiled on first use: a process that never needs one never compiles it.

A brief compiles only the patterns its text reaches; the English cue, date-line and outlet patterns, say,
cost an Indonesian brief nothing. A module writes ``_NAME = lazy(r"...")`` and calls ``_NAME()``.

>>> word = lazy(r"\\w+")
>>> word().findall("dua kata")
['dua', 'kata']
>>> word() is word()
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable


def lazy(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A getter of ``re.compile(pattern, flags)``, compiled on its first call and kept."""
    return functools.cache(functools.partial(re.compile, pattern, flags))
