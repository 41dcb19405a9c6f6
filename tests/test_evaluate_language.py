"""`warta eval language`: accuracy per set and overall, misses listed, missing sample skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, needs_shared
from warta.errors import InputError
from warta.evaluate.language import GATE, LanguageMiss, LanguageReport, LanguageSetScore, evaluate_language

INDOSUM = DATA / "indosum" / "articles.jsonl"

# Made-up articles for a sample of our own: one Malay, one English, one Indonesian.
ARTICLES = {
    "01_ms.txt": (
        "ms",
        "Polis memaklumkan bahawa seramai 12 individu telah ditahan pada Khamis lepas bagi membantu "
        "siasatan. Suspek dipercayai terbabit dalam sindiket penipuan dalam talian sejak Ogos.",
    ),
    "02_en.txt": (
        "en",
        "Police arrested two men on Thursday after a series of burglaries in the eastern district, "
        "officials said. The suspects were found with stolen electronics worth more than $5,000.",
    ),
    "03_id.txt": (
        "id",
        "Harga cabai di pasar tradisional naik hingga 20 persen menjelang Lebaran. Pedagang mengaku "
        "pasokan dari petani berkurang karena hujan deras sepanjang bulan.",
    ),
}


def _sample(tmp_path: Path, *, wrong: str | None = None) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    listing = {}
    for name, (language, text) in ARTICLES.items():
        (news / name).write_text(text, encoding="utf-8")
        listing[name] = {"language": wrong if wrong and name == "03_id.txt" else language}
    manifest = tmp_path / "MANIFEST.json"
    manifest.write_text(json.dumps({"articles": listing}), encoding="utf-8")
    return manifest


@needs_shared(INDOSUM)
def test_gate_on_seeds_and_indosum(seeds_dir: Path) -> None:
    report = evaluate_language(seeds_dir=seeds_dir, sample_manifest=None, indosum=INDOSUM, indosum_limit=200)
    assert [(s.name, s.total) for s in report.sets] == [("seeds", 5), ("indosum", 200)]
    assert report.accuracy >= GATE
    assert report.passed


def test_own_sample(tmp_path: Path) -> None:
    report = evaluate_language(seeds_dir=None, sample_manifest=_sample(tmp_path), indosum=None)
    assert report.sets == (LanguageSetScore("sample", 3, 3),)
    assert report.misses == ()
    assert report.passed


def test_misses_are_listed(tmp_path: Path) -> None:
    report = evaluate_language(seeds_dir=None, sample_manifest=_sample(tmp_path, wrong="ms"), indosum=None)
    assert report.sets == (LanguageSetScore("sample", 3, 2),)
    [miss] = report.misses
    assert (miss.set, miss.item, miss.expected, miss.got) == ("sample", "03_id.txt", "ms", "id")
    assert not report.passed
    assert "sample 03_id.txt: expected ms, got id" in report.render()


def test_missing_sample_is_skipped(tmp_path: Path) -> None:
    report = evaluate_language(
        seeds_dir=None, sample_manifest=tmp_path / "MANIFEST.json", indosum=_indosum(tmp_path)
    )
    assert [s.name for s in report.sets] == ["indosum"]
    assert len(report.skipped) == 1 and "not found" in report.skipped[0]
    assert "skipped:" in report.render()


def test_listed_file_missing_is_skipped(tmp_path: Path) -> None:
    manifest = _sample(tmp_path)
    (tmp_path / "news" / "02_en.txt").unlink()
    report = evaluate_language(seeds_dir=None, sample_manifest=manifest, indosum=None)
    assert report.sets == (LanguageSetScore("sample", 2, 2),)
    assert any("02_en.txt" in note for note in report.skipped)


def _indosum(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    rows = [{"id": f"a{i}", "text": ARTICLES["03_id.txt"][1]} for i in range(5)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_indosum_limit_and_directory(tmp_path: Path) -> None:
    _indosum(tmp_path)
    report = evaluate_language(seeds_dir=None, sample_manifest=None, indosum=tmp_path, indosum_limit=3)
    assert report.sets == (LanguageSetScore("indosum", 3, 3),)


@pytest.mark.parametrize(
    ("seeds", "indosum", "message"),
    [
        (None, None, "nothing to evaluate"),
        (Path("/nonexistent/seeds"), None, "seeds folder"),
        (None, Path("/nonexistent/articles.jsonl"), "IndoSum file"),
    ],
)
def test_unusable_input_says_what_to_do(seeds: Path | None, indosum: Path | None, message: str) -> None:
    with pytest.raises(InputError, match=message):
        evaluate_language(seeds_dir=seeds, sample_manifest=None, indosum=indosum)


def test_bad_manifest(tmp_path: Path) -> None:
    manifest = tmp_path / "MANIFEST.json"
    manifest.write_text('{"files": []}', encoding="utf-8")
    with pytest.raises(InputError, match="not a sample manifest"):
        evaluate_language(seeds_dir=None, sample_manifest=manifest, indosum=None)


def test_render() -> None:
    report = LanguageReport(
        sets=(LanguageSetScore("seeds", 5, 5), LanguageSetScore("indosum", 100, 99)),
        misses=(LanguageMiss("indosum", "x1", "id", "ms", 0.66, "cld2+markers"),),
    )
    text = report.render()
    assert "seeds" in text and "100.00%" in text
    assert "104/105" in text and "99.05%" in text and "PASS" in text
    assert "indosum x1: expected id, got ms (0.66, cld2+markers)" in text
