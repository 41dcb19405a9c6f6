"""Files and folders: text files in their encodings, unusable files, folder walking, and the seeds."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from warta.ingest import read
from warta.ingest.files import MAX_ARTICLE_BYTES, walk
from warta.types import RawDocument, Skipped

# Fictional articles, written for these tests.
TITLE_FIRST = (
    "Pasar Terapung Dibuka Kembali\r\n\r\n"
    "Banjarsari - Pasar terapung di Sungai Kelayan dibuka kembali pada Minggu (9/1/2022).\r\n"
    "Para pedagang menyambut ramainya pembeli.\r\n"
)
DATELINE_FIRST = (
    "Sukamaju, Kabar Desa - Festival layang-layang tahunan digelar di pantai utara.\n"
    "Lebih dari 300 peserta ikut serta.\n"
)
ACCENTED = "Café Crème di Jalan Braga\n\nBandung - Kafe bergaya Eropa itu menyajikan crème brûlée dan kopi.\n"


def only(items: list[RawDocument | Skipped]) -> RawDocument | Skipped:
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize(
    ("name", "data", "text", "encoding"),
    [
        ("judul.txt", TITLE_FIRST.encode(), TITLE_FIRST.replace("\r\n", "\n"), "utf-8"),
        ("dateline.text", DATELINE_FIRST.encode(), DATELINE_FIRST, "utf-8"),
        ("mac.txt", b"Baris satu\rBaris dua\r", "Baris satu\nBaris dua\n", "utf-8"),
        ("cp1252.txt", ACCENTED.encode("cp1252"), ACCENTED, "cp1252"),
        ("latin1.txt", ACCENTED.encode("latin-1"), ACCENTED, "cp1252"),
        ("bom.txt", codecs.BOM_UTF8 + ACCENTED.encode(), ACCENTED, "utf-8-sig"),
        ("NO_EXTENSION", DATELINE_FIRST.encode(), DATELINE_FIRST, "utf-8"),
        ("odd.dat", DATELINE_FIRST.encode(), DATELINE_FIRST, "utf-8"),
    ],
)
def test_a_text_file_is_one_article(tmp_path: Path, name: str, data: bytes, text: str, encoding: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    doc = only(list(read([path])))
    assert isinstance(doc, RawDocument)
    assert (doc.source, doc.text, doc.format, doc.encoding) == (str(path), text, "text", encoding)
    assert doc.title is None  # titles are cleaning's job
    assert doc.raw == data.decode(encoding)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("kosong.txt", b"", "empty file"),
        ("spasi.txt", b"  \n\t\r\n", "empty file"),
        ("gambar.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file, not text"),
        ("gambar.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file, not text"),
    ],
)
def test_unusable_files_are_skipped(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    item = only(list(read([path])))
    assert isinstance(item, Skipped)
    assert (item.source, item.reason) == (str(path), reason) and item.hint


def test_a_missing_path_is_skipped(tmp_path: Path) -> None:
    item = only(list(read([tmp_path / "tidak-ada.txt"])))
    missing = str(tmp_path / "tidak-ada.txt")
    assert item == Skipped(missing, "no such file or directory", hint="check the path")


def test_an_oversized_text_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    with path.open("wb") as f:
        f.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: no real disk use
    item = only(list(read([path])))
    assert isinstance(item, Skipped) and "too big" in item.reason


@pytest.mark.parametrize("layout", [[], [".tersembunyi.txt"], ["foto.jpg", "catatan.md"], [".git/a.txt"]])
def test_a_folder_with_nothing_readable_gives_one_skipped(tmp_path: Path, layout: list[str]) -> None:
    folder = tmp_path / "kosong"
    folder.mkdir()
    for name in layout:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(DATELINE_FIRST, encoding="utf-8")
    item = only(list(read([folder])))
    assert isinstance(item, Skipped) and item.source == str(folder)
    assert item.reason == "no readable files in this folder" and ".txt" in item.hint and ".jsonl" in item.hint


def test_a_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    files = {
        "b.txt": TITLE_FIRST,
        "a.txt": DATELINE_FIRST,
        "sub/z.txt": ACCENTED,
        "sub/deeper/c.txt": DATELINE_FIRST,
        "a-sub/d.txt": TITLE_FIRST,
        "CATATAN": DATELINE_FIRST,  # no extension: read as text
        "lampiran.pdf": "ignored",
        ".hidden.txt": "ignored",
        ".cache/e.txt": "ignored",
        "sub/feed.jsonl": '{"text": "Satu."}\n{"text": "Dua."}\n',
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "BINARY").write_bytes(b"\x00\x01\x02")  # no extension and binary: passed over silently
    sources = [Path(i.source).relative_to(tmp_path).as_posix() for i in read([tmp_path])]
    assert sources == [
        "CATATAN",
        "a.txt",
        "b.txt",
        "a-sub/d.txt",
        "sub/feed.jsonl:1",
        "sub/feed.jsonl:2",
        "sub/z.txt",
        "sub/deeper/c.txt",
    ]
    assert list(read([tmp_path])) == list(read([tmp_path]))  # deterministic


def test_walk_survives_a_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DATELINE_FIRST, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [p.name for p in walk(tmp_path)] == ["a.txt"]


def test_the_seeds_folder_reads_as_five_text_articles(seeds_dir: Path) -> None:
    docs = list(read([seeds_dir]))
    assert len(docs) == 5
    assert all(isinstance(d, RawDocument) and d.format == "text" for d in docs)
    assert [Path(d.source).name for d in docs] == sorted(p.name for p in seeds_dir.glob("*.txt"))


def test_seed_text_is_the_file_with_normalised_newlines(seed_files: dict[str, Path]) -> None:
    for path in seed_files.values():
        doc = only(list(read([path])))
        assert isinstance(doc, RawDocument)
        raw = path.read_bytes().decode("utf-8-sig")
        assert doc.raw == raw and doc.text == raw.replace("\r\n", "\n").replace("\r", "\n")
