"""The library's front door: read_articles / brief_paths report skips as they happen and fail only on nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.api import brief_paths, read_articles, sample_path
from warta.brief.build import BriefOptions
from warta.brief.summary import SummaryOptions
from warta.errors import NoArticlesError
from warta.types import Skipped

# Fiction written for this test: an invented bridge in an invented village.
STORY = (
    "Jembatan Gantung Karanglindu Putus\n"
    "Jembatan gantung yang menghubungkan Desa Karanglindu dan Desa Sumberasri putus diterjang arus "
    "Sungai Kalimeneng pada Senin (17/1/2022) sore.\n"
    "Kepala Desa Karanglindu, Wahyu Santoso, mengatakan tidak ada korban jiwa dalam peristiwa itu.\n"
    "Sekitar 300 warga kini harus memutar sejauh 12 kilometer untuk mencapai pasar kecamatan.\n"
    "Pemerintah kabupaten berjanji membangun jembatan darurat dalam dua minggu.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    # No headline on b.txt: one title in the story, so the brief needs no embedding model (a fast test).
    (tmp_path / "b.txt").write_text(STORY.split("\n", 1)[1].replace("300", "350"), encoding="utf-8")
    (tmp_path / "kosong.txt").write_text("", encoding="utf-8")
    (tmp_path / "rusak.jsonl").write_text('{"text": \n', encoding="utf-8")
    return tmp_path


def test_skips_are_reported_as_found_and_kept(folder: Path) -> None:
    told: list[Skipped] = []
    result = read_articles([folder, folder / "hilang.txt"], on_skipped=told.append)
    assert [Path(s.source).name for s in told] == ["kosong.txt", "rusak.jsonl:1", "hilang.txt"]
    assert result.skipped == tuple(told)
    assert sorted(Path(a.source).name for a in result.articles) == ["a.txt", "b.txt"]


def test_progress_counts_every_article(folder: Path) -> None:
    calls: list[tuple[int, int]] = []
    read_articles(
        [folder / "a.txt", folder / "b.txt", folder / "a.txt"], progress=lambda d, t: calls.append((d, t))
    )
    assert calls == [(1, 3), (2, 3), (3, 3)]


@pytest.mark.parametrize(
    ("names", "message"),
    [
        ([], r"no usable article was read \(no input paths were given\)"),
        (["hilang.txt"], r"\(skipped .*hilang\.txt: no such file or directory \(check the path\)\)"),
        (
            ["kosong.txt", "hilang.txt"],
            r"all 2 inputs were skipped, first: skipped .*kosong\.txt: empty file",
        ),
    ],
)
def test_nothing_usable_raises_with_what_to_do(folder: Path, names: list[str], message: str) -> None:
    with pytest.raises(NoArticlesError, match=message) as caught:
        read_articles([folder / n for n in names])
    assert "Give files or folders of articles: .txt/.text" in str(caught.value)


def test_brief_paths_carries_the_skips_into_the_brief(folder: Path) -> None:
    options = BriefOptions(single_story=True, facts=False, summary=SummaryOptions(semantic=False))
    run = brief_paths([folder], options=options)
    assert [Path(s.source).name for s in run.brief.skipped] == ["kosong.txt", "rusak.jsonl:1"]
    (story,) = run.brief.stories
    assert len(story.articles) == 2 and story.summary
    texts = {a.id: a.text for a in story.articles}
    for sentence in story.summary:
        first = sentence.citations[0]
        assert texts[first.article][first.start : first.end] == sentence.text


def test_sample_path_holds_the_bundled_corpus() -> None:
    assert (sample_path() / "MANIFEST.json").is_file()
    assert len(list((sample_path() / "news").glob("*.txt"))) >= 10
