"""Metadata sidecars: a folder's ``MANIFEST.json`` gives outlet, date, title or language per file.

Archives of plain-text articles often keep their metadata beside the text rather than in it::

    {"articles": {"001_banjir.txt": {"outlet": "Harian Sinar Pesisir", "published": "2022-01-13"}}}

Keys are paths relative to the manifest's folder (a bare file name also matches in subfolders).
A sidecar only fills fields the input itself left empty; the cleaner still reads the text.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from warta.ingest.published import iso_day
from warta.types import RawDocument

MANIFEST = "MANIFEST.json"
FIELDS = ("title", "url", "outlet", "published", "language")


@dataclasses.dataclass(frozen=True)
class Sidecar:
    """Per-file metadata from one folder's manifest."""

    folder: Path
    entries: Mapping[str, Mapping[str, Any]]

    def apply(self, path: Path, doc: RawDocument) -> RawDocument:
        """``doc`` with the manifest's fields filled in where the input had none."""
        try:
            key = path.relative_to(self.folder).as_posix()
        except ValueError:
            key = path.name
        entry = self.entries.get(key) or self.entries.get(path.name)
        if not entry:
            return doc
        updates: dict[str, str] = {}
        for name in FIELDS:
            value = entry.get(name)
            if isinstance(value, str) and value.strip() and getattr(doc, name) is None:
                updates[name] = iso_day(value) or value if name == "published" else value.strip()
        return dataclasses.replace(doc, **updates) if updates else doc


def load_sidecar(folder: Path) -> Sidecar | None:
    """The folder's manifest, or None when it has none or it is not a usable manifest."""
    path = folder / MANIFEST
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None  # not ours to judge: a folder may hold any JSON file under that name
    articles = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(articles, dict):
        return None
    return Sidecar(folder, {str(k): v for k, v in articles.items() if isinstance(v, dict)})
