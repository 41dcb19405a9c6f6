from __future__ import annotations

import json
from pathlib import Path

from warta.ingest import read
from warta.types import RawDocument

TEXT = "Warga Desa Sukamaju bergotong royong membersihkan saluran air pada Minggu pagi.\n"


def _docs(folder: Path) -> dict[str, RawDocument]:
    return {Path(d.source).name: d for d in read([folder]) if isinstance(d, RawDocument)}


def test_manifest_fills_missing_metadata(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT.replace("Minggu", "Senin"), encoding="utf-8")
    manifest = {
        "articles": {
            "a.txt": {"outlet": "Kabar Desa", "published": "2025-03-09T08:00:00+07:00", "story": "x"},
            "b.txt": {"outlet": "", "language": "id", "title": None},
        }
    }
    (tmp_path / "MANIFEST.json").write_text(json.dumps(manifest), encoding="utf-8")
    docs = _docs(tmp_path)
    assert docs["a.txt"].outlet == "Kabar Desa" and docs["a.txt"].published == "2025-03-09"
    assert docs["b.txt"].outlet is None and docs["b.txt"].language == "id" and docs["b.txt"].title is None


def test_broken_manifest_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "MANIFEST.json").write_text("{not json", encoding="utf-8")
    assert _docs(tmp_path)["a.txt"].outlet is None


def test_bundled_sample_has_outlets_for_every_article() -> None:
    from warta.api import sample_path

    docs = _docs(sample_path())
    assert len(docs) >= 8
    assert all(d.outlet for d in docs.values())
