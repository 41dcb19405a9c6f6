"""Regular expressions from the disk cache are the patterns ``re`` compiles; only static ones are stored."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from warta import regex_cache
from warta.regex_cache import NAME, from_program, installed, program
from warta.resource_cache import load_entry

# Written here: groups, names, flags, look-arounds, bytes, repeats, classes, unicode.
PATTERNS: list[tuple[str | bytes, int]] = [
    (r"\b(?P<day>\d{1,2})\s+(Januari|Februari)\b", 0),
    (r"(?i)menurut\s+(?:data\s+)?([A-Z]\w+)", 0),
    (r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?", 0),
    (r"^\s*(?:Baca juga|Read more)\s*:", re.MULTILINE | re.IGNORECASE),
    (r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", 0),
    (rb"[\x00-\x08\x0e-\x1a]", 0),
    (r"(a)|b(?(1)c|d)", 0),
    (r"kata\s+(\w+)", re.ASCII | re.VERBOSE),
]


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path))
    re.purge()
    yield tmp_path
    re.purge()


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_stored_program_makes_the_pattern_re_makes(pattern: str | bytes, flags: int) -> None:
    ours = from_program(pattern, program(pattern, flags))
    assert ours == re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]  # program, flags, groups
    assert (ours.groups, ours.groupindex, ours.flags) == (
        re.compile(pattern, flags).groups,
        re.compile(pattern, flags).groupindex,
        re.compile(pattern, flags).flags,
    )


def stored() -> dict[tuple[str | bytes, int], object]:
    found = load_entry(NAME, regex_cache._key(), kind=dict)
    return found if isinstance(found, dict) else {}


def built_from(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b")  # from data: never stored


def literal() -> re.Pattern[str]:
    return re.compile(r"\bliteral-in-a-function\d+")


def test_static_patterns_are_stored_and_read_back(folder: Path) -> None:
    with installed():
        assert literal().match("literal-in-a-function42")
        assert built_from("Watugede").search("Kota Watugede banjir")
    kept = stored()
    assert (r"\bliteral-in-a-function\d+", 0) in kept
    assert not any("Watugede" in str(p) for p, _ in kept), "a pattern built from text is not kept"
    re.purge()
    with installed():
        again = literal()
    assert again == re._compiler.compile(r"\bliteral-in-a-function\d+", 0)  # type: ignore[attr-defined]
    assert re._compiler.compile is not None  # type: ignore[attr-defined]


def test_the_compiler_is_restored_after_the_block(folder: Path) -> None:
    before = re._compiler.compile  # type: ignore[attr-defined]
    with pytest.raises(KeyError), installed():
        assert re._compiler.compile is not before  # type: ignore[attr-defined]
        raise KeyError("boom")
    assert re._compiler.compile is before  # type: ignore[attr-defined]


def test_caching_off_still_compiles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_CACHE_DIR", "off")
    re.purge()
    with installed():
        assert literal().match("literal-in-a-function7")
    assert stored() == {}
