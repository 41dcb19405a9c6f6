"""Connections: the archive's generation changes with every commit, by this process or another."""

from __future__ import annotations

from pathlib import Path

from factories import store_story
from warta.store import open_archive
from warta.store.connection import connect

# Fiction written for these tests.
TEXT = "Banjir bandang melanda Kota Watugede. Sembilan warga mengungsi ke Tanjung-Sari."
LATER = "Petani Zumbarosa memanen padi di lereng Gunung Kelirang setelah hujan reda."


def test_generation_moves_with_every_commit(tmp_path: Path) -> None:
    path = tmp_path / "warta.db"
    with open_archive(path) as archive, open_archive(path, readonly=True) as reader:
        before, own = reader.generation(), archive.generation()  # comparable within one archive object only
        assert reader.generation() == before  # nothing committed: unchanged
        other = connect(path, readonly=False)  # another connection, as another process would hold
        store_story(other, "flood", TEXT)
        after = reader.generation()
        assert after != before
        store_story(archive._db.writer(), "harvest", LATER)  # the archive's own writer
        assert reader.generation() != after
        assert archive.generation() != own
        other.close()
