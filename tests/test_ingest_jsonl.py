"""JSON Lines: good lines, bad lines, field mapping, dates, laziness and the real IndoSum file."""

from __future__ import annotations

import gzip
import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import DATA, needs_shared
from warta.errors import ConfigError
from warta.ingest import read
from warta.ingest.jsonl import field_map, jsonl_documents, line_document
from warta.types import RawDocument, Skipped

IDENTITY = field_map()


def doc(line: str, **fields: str) -> RawDocument | Skipped:
    return line_document(line, source="a.jsonl:1", fields=field_map(fields))


def test_a_full_line_fills_every_field() -> None:
    line = json.dumps(
        {
            "text": "Banjir melanda Desa Sukamaju.\r\nWarga mengungsi.",
            "title": " Banjir di Sukamaju ",
            "url": "https://kabar.example/banjir",
            "outlet": "Kabar Sukamaju",
            "published": "2022-01-09T23:30:00+07:00",
            "language": "id",
            "extra": [1, 2],
        }
    )
    got = doc(line)
    assert got == RawDocument(
        source="a.jsonl:1",
        text="Banjir melanda Desa Sukamaju.\nWarga mengungsi.",
        raw=line,
        format="jsonl",
        title="Banjir di Sukamaju",
        url="https://kabar.example/banjir",
        outlet="Kabar Sukamaju",
        published="2022-01-09",
        language="id",
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("obj", "fields", "expected"),
    [
        (
            {"body": "Isi.", "date": "2022-01-10"},
            {"text": "body", "published": "date"},
            ("Isi.", "2022-01-10"),
        ),
        ({"text": "Isi.", "published": "10 Januari 2022"}, {}, ("Isi.", None)),
        ({"text": "Isi.", "published": 1641686400}, {}, ("Isi.", None)),
        (
            {"content": {"body": "Isi."}, "meta": {"date": "2022-01-10T01:00Z"}},
            {"text": "content.body", "published": "meta.date"},
            ("Isi.", "2022-01-10"),
        ),
        ({"a.b": "Isi."}, {"text": "a.b"}, ("Isi.", None)),
    ],
)
def test_field_mapping_and_dates(
    obj: dict[str, object], fields: dict[str, str], expected: tuple[str, str | None]
) -> None:
    got = doc(json.dumps(obj), **fields)
    assert isinstance(got, RawDocument)
    assert (got.text, got.published) == expected


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("not json at all", "not JSON"),
        ('{"text": "unterminated', "not JSON"),
        ('["text", "list"]', "a JSON list, not an object"),
        ('"just a string"', "a JSON string, not an object"),
        ('{"title": "Tanpa isi"}', "no 'text' field"),
        ('{"text": "   "}', "an empty 'text' field"),
        ('{"text": ["a", "b"]}', "a non-string 'text' field"),
    ],
)
def test_bad_lines_are_skipped_with_a_reason(line: str, reason: str) -> None:
    got = doc(line)
    assert isinstance(got, Skipped)
    assert got.source == "a.jsonl:1" and got.reason.startswith(reason) and got.hint


def test_a_missing_text_hint_lists_the_keys_found() -> None:
    got = doc('{"body": "Isi.", "date": "2022-01-10"}')
    assert isinstance(got, Skipped) and "body, date" in got.hint and "text=" in got.hint


def test_a_file_names_each_line_and_ignores_blank_ones(tmp_path: Path) -> None:
    path = tmp_path / "berita.jsonl"
    lines = [
        '{"text": "Satu."}\n',
        "\n",
        "   \n",
        "bukan json\n",
        '{"title": "tanpa teks"}\r\n',
        '{"text": "Dua."}\n',
    ]
    path.write_text("".join(lines), encoding="utf-8")
    items = list(read([path]))
    assert [(type(i).__name__, i.source) for i in items] == [
        ("RawDocument", f"{path}:1"),
        ("Skipped", f"{path}:4"),
        ("Skipped", f"{path}:5"),
        ("RawDocument", f"{path}:6"),
    ]
    assert isinstance(items[3], RawDocument) and items[3].text == "Dua."


@pytest.mark.parametrize("name", ["berita.ndjson", "berita.jsonl.gz"])
def test_other_names_and_gzip(tmp_path: Path, name: str) -> None:
    data = '\ufeff{"text": "Satu."}\n{"text": "Dua."}\n'.encode()
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    assert [d.text for d in read([path]) if isinstance(d, RawDocument)] == ["Satu.", "Dua."]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "no JSON lines"),
        ("\n  \n", "no JSON lines"),
        ('{\n  "text": "Isi."\n}\n', "pretty-printed JSON"),
        ('[\n  {"text": "Isi."}\n]\n', "pretty-printed JSON"),
    ],
)
def test_files_without_json_lines_give_one_skipped(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "berita.jsonl"
    path.write_text(content, encoding="utf-8")
    (item,) = read([path])
    assert isinstance(item, Skipped) and item.source == str(path) and reason in item.reason


def test_a_latin1_line_is_still_read() -> None:
    line = '{"text": "Café di Bandung."}'.encode("cp1252")
    (got,) = jsonl_documents([line], source="a", fields=IDENTITY)
    assert isinstance(got, RawDocument) and got.text == "Café di Bandung." and got.encoding == "cp1252"


@pytest.mark.parametrize(
    ("fields", "message"),
    [({"body": "text"}, "unknown article field"), ({"text": ""}, "is empty")],
)
def test_a_wrong_field_mapping_raises_before_reading(fields: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        read(["never-read.jsonl"], fields=fields)


def test_lines_are_read_lazily() -> None:
    pulled: list[int] = []

    def endless() -> Iterator[bytes]:
        for n in itertools.count():
            pulled.append(n)
            yield json.dumps({"text": f"Berita nomor {n}."}).encode()

    first = next(jsonl_documents(endless(), source="endless", fields=IDENTITY))
    assert isinstance(first, RawDocument) and pulled == [0]


INDOSUM = DATA / "indosum" / "articles.jsonl"


@needs_shared(INDOSUM)
def test_indosum_reads_every_line_with_outlet_and_url() -> None:
    docs = [d for d in read([INDOSUM]) if isinstance(d, RawDocument)]
    assert len(docs) == 3463
    assert all(d.outlet and d.url and d.text.strip() for d in docs)
    assert docs[0].source == f"{INDOSUM}:1"
