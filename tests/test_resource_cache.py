"""The disk cache of built resources: written once, read after, rebuilt when missing, stale or corrupt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from warta import resource_cache
from warta.resource_cache import cache_dir, cached, entry_path


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


class Builder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict[str, int]:
        self.calls += 1
        return {"built": self.calls}


def test_built_once_then_read_from_disk(folder: Path) -> None:
    build = Builder()
    assert cached("thing", build, key=("k",)) == {"built": 1}
    assert cached("thing", build, key=("k",)) == {"built": 1}
    assert build.calls == 1
    (entry,) = folder.iterdir()
    assert entry.name.startswith("thing-") and entry.suffix == ".pickle"
    assert entry.stat().st_mode & 0o077 == 0, "readable by its owner only"


def test_another_key_is_another_entry(folder: Path) -> None:
    build = Builder()
    cached("thing", build, key=("v1",))
    assert cached("thing", build, key=("v2",)) == {"built": 2}
    assert len(list(folder.iterdir())) == 2


def test_the_key_carries_wartas_version(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = entry_path("thing", ("k",))
    monkeypatch.setattr(resource_cache, "__version__", "99.0")
    assert entry_path("thing", ("k",)) != before


@pytest.mark.parametrize("junk", [b"", b"not a pickle", b"\x80\x05\x95garbage"])
def test_a_corrupt_entry_is_rebuilt_and_replaced(folder: Path, junk: bytes) -> None:
    path = entry_path("thing", ("k",))
    assert path is not None
    folder.mkdir(parents=True)
    path.write_bytes(junk)
    build = Builder()
    assert cached("thing", build, key=("k",)) == {"built": 1}
    assert cached("thing", build, key=("k",)) == {"built": 1} and build.calls == 1


def test_an_entry_of_the_wrong_type_is_rebuilt(folder: Path) -> None:
    cached("thing", lambda: [1, 2], key=("k",))
    assert cached("thing", lambda: {"ok": 1}, key=("k",), kind=dict) == {"ok": 1}


def test_writes_leave_no_temporary_files(folder: Path) -> None:
    cached("thing", Builder(), key=("k",))
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []


def test_off_builds_every_time_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_CACHE_DIR", "off")
    monkeypatch.setenv("HOME", str(tmp_path))
    build = Builder()
    cached("thing", build, key=("k",))
    cached("thing", build, key=("k",))
    assert build.calls == 2 and cache_dir() is None and list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_is_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("WARTA_CACHE_DIR", str(blocker / "cache"))
    assert cached("thing", Builder(), key=("k",)) == {"built": 1}


def test_xdg_cache_home_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WARTA_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "warta"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    assert cache_dir() == Path.home() / ".cache" / "warta"


def test_the_gazetteer_reads_the_same_index_from_the_cache(folder: Path) -> None:
    from warta.extract import gazetteer

    gazetteer._places.cache_clear()
    built = gazetteer._places()
    assert any(p.name.startswith("gazetteer-") for p in folder.iterdir())
    gazetteer._places.cache_clear()
    assert gazetteer._places() == built
    assert gazetteer.place("Nursultan") == gazetteer.place("Nur-Sultan") is not None


def test_the_tokenizer_from_the_cache_tokenizes_the_same(folder: Path) -> None:
    from warta.text import embeddings

    fresh = embeddings._tokenizer()
    again = embeddings._tokenizer()
    assert any(p.name.startswith("usem3-tokenizer-") for p in folder.iterdir())
    text = ["Banjir merendam 1.200 rumah di Watugede.", "Troops arrived in the city."]
    assert again.encode(text) == fresh.encode(text)
    assert os.listdir(folder)


def test_a_file_stamp_changes_with_size_or_time(tmp_path: Path) -> None:
    from warta.resource_cache import file_stamp

    data = tmp_path / "model.bin"
    assert file_stamp(data) == "missing"
    data.write_bytes(b"abc")
    first = file_stamp(data)
    os.utime(data, ns=(1, 1))
    assert file_stamp(data) not in (first, "missing")
    data.write_bytes(b"abcd")
    assert file_stamp(data).startswith("4:")
