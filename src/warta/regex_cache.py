"""Regular expressions compiled by the ``warta`` command, kept compiled in the disk cache.

A brief compiles ~800 regular expressions (warta's cleaning and extraction rules, Sastrawi's
stemmer): ~0.12 s of CPU in every process, spent in the pure-Python parser of :mod:`re`. While
:func:`installed` is active, ``re``'s compiler step is replaced by one that first looks the pattern
up in a table read from the cache folder (:mod:`warta.resource_cache`) and builds the pattern object
from the stored program (``_sre.compile``, what ``re`` itself calls last); a pattern missing from
the table is compiled as ``re`` compiles it. The pattern objects are the ones ``re`` makes: equal
program, flags and groups (``tests/test_regex_cache.py`` compiles every stored entry both ways).

Only static patterns are stored: those compiled by a module's top-level code (at import) and
those that are a literal constant of the function compiling them, never a pattern built from an
article's text. The table is bounded (:data:`LIMIT`), its key carries the Python build and the
source of ``re``'s compiler, and it is written when a run met new static patterns. Only the CLI
installs it (its process is warta's own); the library never replaces anything in ``re``.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from re import _compiler, _parser  # type: ignore[attr-defined]  # the stdlib's own steps
from types import FrameType
from typing import Any

from warta.resource_cache import file_digest, load_entry, store_entry

NAME = "regex"
LIMIT = 4000  # patterns kept at most
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
Table = dict[tuple[str | bytes, int], Program]
_DEBUG = 128  # re.DEBUG: printed while compiling, never taken from the table


def _key() -> tuple[str, ...]:
    return (NAME, sys.version, str(_sre.MAGIC), file_digest([_compiler.__file__, _parser.__file__]))


def program(pattern: str | bytes, flags: int) -> Program:
    """What ``re._compiler.compile`` hands ``_sre.compile`` after the pattern (the same steps)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints: the opcodes are named ints
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def from_program(pattern: str | bytes, stored: Program) -> Any:
    """The pattern object of ``pattern`` from its stored program."""
    return _sre.compile(pattern, *stored)


def _static(pattern: str | bytes) -> bool:
    """Whether the code compiling ``pattern`` runs at import, or holds it as a literal."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "").split(".")[0] in ("re", "functools"):
        frame = frame.f_back
    if frame is None:
        return False
    code = frame.f_code
    return code.co_name == "<module>" or pattern in code.co_consts


@contextmanager
def installed() -> Iterator[None]:
    """Compile regular expressions from the disk cache inside the block; store new static ones after."""
    key = _key()
    found = load_entry(NAME, key, kind=dict)
    table: Table = found if isinstance(found, dict) else {}
    new: Table = {}
    original: Callable[..., Any] = _compiler.compile

    def compile_cached(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, (str, bytes)) or flags & _DEBUG:
            return original(pattern, flags)
        stored = table.get((pattern, flags))
        if stored is not None:
            return from_program(pattern, stored)
        made = program(pattern, flags)
        if len(table) + len(new) < LIMIT and _static(pattern):
            new[(pattern, flags)] = made
        return from_program(pattern, made)

    _compiler.compile = compile_cached
    try:
        yield
    finally:
        if _compiler.compile is compile_cached:
            _compiler.compile = original
        if new:
            store_entry(NAME, key, {**table, **new})
