"""The entry point: several inputs in order, lazily, with stdin among them."""

from __future__ import annotations

import inspect
import io
from pathlib import Path

from warta.ingest import read
from warta.types import RawDocument, Skipped


def test_read_is_a_generator_that_touches_nothing_until_iterated(tmp_path: Path) -> None:
    items = read([tmp_path / "belum-ada.txt"])
    assert inspect.isgenerator(items)
    (tmp_path / "belum-ada.txt").write_text("Ditulis setelah read() dipanggil.", encoding="utf-8")
    (doc,) = items
    assert isinstance(doc, RawDocument) and doc.text == "Ditulis setelah read() dipanggil."


def test_inputs_are_read_in_the_order_given(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Berita B.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Berita A.", encoding="utf-8")
    paths: list[str | Path] = [tmp_path / "b.txt", "-", str(tmp_path / "hilang.txt"), tmp_path]
    items = list(read(paths, stdin=io.BytesIO(b"Stdin.")))
    assert [(type(i).__name__, i.source) for i in items] == [
        ("RawDocument", str(tmp_path / "b.txt")),
        ("RawDocument", "<stdin>"),
        ("Skipped", str(tmp_path / "hilang.txt")),
        ("RawDocument", str(tmp_path / "a.txt")),
        ("RawDocument", str(tmp_path / "b.txt")),
    ]


def test_a_single_path_is_one_input_not_its_characters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Berita A.", encoding="utf-8")
    assert [d.source for d in read(str(tmp_path / "a.txt"))] == [str(tmp_path / "a.txt")]


def test_skipped_items_carry_a_one_line_message(tmp_path: Path) -> None:
    (item,) = read([tmp_path / "hilang.txt"])
    assert isinstance(item, Skipped)
    assert item.message() == f"skipped {tmp_path / 'hilang.txt'}: no such file or directory (check the path)"
