"""`warta add / show / export / stories` on a small archive: CSV export, JSON Lines and --limit on stories,
the unknown-id hint, plurals, --quiet. The two articles are invented for these tests."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from warta.cli import main

BANJIR = """Banjir Rendam Dua Desa di Kali Serayu Hilir
Sungai Serayu Hilir meluap pada Rabu (5/3/2031) malam dan merendam dua desa.
Kepala desa Sukamaju, Darmawan, mengatakan 120 rumah terendam setinggi satu meter.
"Warga sudah kami ungsikan ke balai desa," kata Darmawan.
"""
PASAR = """Pasar Terapung Dibuka Kembali Setelah Renovasi
Pasar terapung di Muara Kelam dibuka kembali pada Senin (10/3/2031) setelah renovasi enam bulan.
Sebanyak 80 pedagang perahu kembali berjualan sejak pagi.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("arsip")
    (folder / "banjir.txt").write_text(BANJIR, encoding="utf-8")
    (folder / "pasar.txt").write_text(PASAR, encoding="utf-8")
    path = str(folder / "warta.db")
    assert main(["add", str(folder), "--db", path, "--quiet"]) == 0
    return path


def test_add_says_one_article_not_one_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(BANJIR, encoding="utf-8")
    assert main(["add", str(tmp_path / "a.txt"), "--db", str(tmp_path / "w.db")]) == 0
    said = capsys.readouterr().err
    assert "added 1 article," in said and "1 story updated (1 new)" in said


def test_quiet_add_prints_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(BANJIR, encoding="utf-8")
    assert main(["-q", "add", str(tmp_path / "a.txt"), "--db", str(tmp_path / "w.db")]) == 0
    assert capsys.readouterr() == ("", "")


def test_export_csv_has_a_row_per_story(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "csv", "--db", db]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 2
    by_title = {r["title"]: r for r in rows}
    assert by_title["Banjir Rendam Dua Desa di Kali Serayu Hilir"]["articles"] == "1"
    assert all(r["summary"] and r["id"] for r in rows)


def test_stories_jsonl_and_limit(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", "--db", db, "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["article_count"] == 1 for line in lines)
    assert main(["stories", "--db", db, "--format", "jsonl", "--limit", "1"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    assert main(["stories", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "· 1 article ·" in out and "1 articles" not in out


def test_stories_of_paths_as_jsonl_with_a_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(BANJIR, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PASAR, encoding="utf-8")
    assert main(["stories", str(tmp_path), "--format", "jsonl", "--limit", "1"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 and json.loads(out)["articles"]
    assert "read 2 articles; 2 stories" in err
    assert main(["stories", str(tmp_path / "a.txt")]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# 1 story\n") and "read 1 article; 1 story" in err


def test_show_an_unknown_id_names_a_command_that_lists_ids(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", "s-no-such", "--db", db]) == 1
    said = capsys.readouterr().err
    assert "no story 's-no-such'" in said and "`warta stories`" in said


def test_add_says_when_the_briefs_are_built(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An add leaves its stories' briefs to the next read, and says so (and how to build them now)."""
    (tmp_path / "a.txt").write_text(BANJIR, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PASAR, encoding="utf-8")
    db = str(tmp_path / "w.db")
    assert main(["add", str(tmp_path / "a.txt"), "--db", db]) == 0
    assert "warta add --briefs builds them now" in capsys.readouterr().err
    assert main(["add", str(tmp_path / "b.txt"), "--db", db, "--briefs"]) == 0
    assert "builds them now" not in capsys.readouterr().err
