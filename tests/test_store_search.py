"""Keyword lookup over a small hand-built archive: ranking, aliases, typos, recency, hostile input."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from factories import make_article
from warta.errors import InputError
from warta.store import Archive
from warta.store.connection import connect, prepare
from warta.store.read import story_rows
from warta.store.search import (
    MAX_LIMIT,
    edit_distance,
    hit_rows,
    number_phrases,
    plan,
    query_numbers,
    story_matches,
    summaries,
    typo_budget,
)
from warta.store.views import SearchFilters
from warta.store.write import add_members, insert_article, transaction, write_story
from warta.stories.records import make_record
from warta.types import Article, BriefArticle, EntityRecord, Story, SummarySentence

# Fiction written for these tests.
ARTICLES = {
    "flood": [
        make_article(
            "a-flood-1",
            "Banjir bandang melanda Kota Watugede. Sembilan warga meninggal dan ribuan mengungsi ke Tanjung-Sari.",
            outlet="Lintasjaya.id",
            published="2022-01-13",
            title="Banjir Bandang Watugede",
        ),
        make_article(
            "a-flood-2",
            "Bupati Watugede menetapkan status tanggap darurat banjir selama empat belas hari.",
            outlet="Kilas Tenggara",
            published="2022-01-14",
            title="Status Tanggap Darurat di Watugede",
        ),
    ],
    "capital": [
        make_article(
            "a-capital-1",
            "Ribuan pengunjuk rasa berkumpul di alun-alun Astana. Presiden Wiranegara meminta warga tenang.",
            outlet="Meridian Wire",
            published="2022-01-08",
            title="Unjuk Rasa di Ibu Kota",
        ),
    ],
    "old-flood": [
        make_article(
            "a-oldflood-1",
            "Banjir melanda Kota Watugede setelah hujan deras semalaman.",
            outlet="Sinar Pesisir",
            published="2021-03-01",
            title="Banjir Watugede",
        ),
    ],
    "new-flood": [
        make_article(
            "a-newflood-1",
            "Banjir melanda Kota Watugede setelah hujan deras semalaman lagi.",
            outlet="Sinar Pesisir",
            published="2022-01-20",
            title="Banjir Watugede",
        ),
    ],
    "troops": [
        make_article(
            "a-troops-1",
            "Sekitar 2.500 personel dikerahkan ke Astana. Polisi menahan 8.000 orang; kerugian Rp 1,5 juta.",
            outlet="Meridian Wire",
            published="2022-01-09",
            title="Pasukan Dikerahkan",
        ),
    ],
    "unrest": [
        make_article(
            "a-unrest-1",
            "Kerusuhan pecah di pelabuhan Karangsana setelah nelayan berunjuk rasa.",
            outlet="Kilas Tenggara",
            published="2022-01-10",
            title="Kerusuhan di Pelabuhan",
        ),
    ],
    "needs": [
        make_article(
            "a-needs-1",
            "Kebutuhan beras warga pengungsi dipenuhi oleh dinas sosial.",
            outlet="Sinar Pesisir",
            published="2022-01-11",
            title="Kebutuhan Pengungsi",
        ),
    ],
}
ENTITIES = {
    "capital": (
        EntityRecord("Nur-Sultan", "LOC", ("Nur-Sultan", "Nursultan", "Astana"), ("a-capital-1",)),
        EntityRecord("Wiranegara", "PER", ("Presiden Wiranegara",), ("a-capital-1",)),
    )
}


def _brief_article(a: Article) -> BriefArticle:
    return BriefArticle(a.id, a.source, a.outlet, a.title, a.published, a.language, (), a.text)


def _story(key: str, articles: list[Article]) -> Story:
    dates = sorted(a.published for a in articles if a.published)
    return Story(
        id=f"s-{key}",
        title=articles[0].title or key,
        articles=tuple(_brief_article(a) for a in articles),
        summary=(SummarySentence(articles[0].sentence_texts()[0], ()),),
        first_published=dates[0],
        last_published=dates[-1],
        outlets=tuple(sorted({a.outlet for a in articles if a.outlet})),
        independent_sources=len(articles),
        entities=ENTITIES.get(key, ()),
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    path = Path(tmp_path_factory.mktemp("search")) / "warta.db"
    conn = connect(path, readonly=False)
    prepare(conn, path, readonly=False)
    with transaction(conn):
        for key, articles in ARTICLES.items():
            for a in articles:
                insert_article(conn, a, make_record(a, embed=False), "2022-02-01T00:00:00")
            write_story(conn, _story(key, articles), stamp="2022-02-01T00:00:00", is_new=True)
            add_members(conn, f"s-{key}", [a.id for a in articles])
    conn.close()
    with Archive.open(path, readonly=True) as opened:
        yield opened


def _ids(archive: Archive, query: str, limit: int = 10) -> list[str]:
    return [h.story.id for h in archive.search(query, limit=limit)]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("tanggap darurat", "s-flood"),
        ("Watugede bupati", "s-flood"),
        ("unjuk rasa", "s-capital"),
        ("Astana", "s-capital"),
        ("Nursultan", "s-capital"),  # entity alias expansion: the text says only "Astana"
        ("nur sultan", "s-capital"),
        ("Wiranegoro", "s-capital"),  # one letter off
        ("Wiranegra", "s-capital"),  # one letter missing
        ("TanjungSari", "s-flood"),  # hyphenated name typed without its hyphen
        ("tanjungsari", "s-flood"),
        ("darurrat", "s-flood"),
    ],
)
def test_search_finds_the_story(archive: Archive, query: str, first: str) -> None:
    assert _ids(archive, query)[:1] == [first]


def test_more_recent_story_ranks_first_when_equally_relevant(archive: Archive) -> None:
    ids = _ids(archive, "hujan deras semalaman")
    assert ids.index("s-new-flood") < ids.index("s-old-flood")


def test_hit_has_snippet_row_and_brief(archive: Archive) -> None:
    hit = archive.search("tanggap darurat")[0]
    assert "**darurat**" in hit.snippet
    assert hit.story.article_count == 2 and hit.story.outlets == ("Kilas Tenggara", "Lintasjaya.id")
    assert hit.brief is not None and hit.brief.id == hit.story.id and hit.score > 0


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "NEAR(",
        "NEAR(banjir watugede, 2)",
        "'; DROP TABLE articles; --",
        'banjir"; DELETE FROM stories; --',
        "title:banjir",
        "banjir*",
        "^banjir",
        "(",
        ")",
        "AND",
        "OR OR NOT",
        "-banjir",
        '""',
        "\x00banjir",
        "banjir " * 500,
        "🌊 banjir",
        "",
        "   ",
    ],
)
def test_hostile_or_odd_queries_never_crash(archive: Archive, query: str) -> None:
    before = (archive.count_articles(), archive.count_stories())
    hits = archive.search(query)
    assert isinstance(hits, list)
    if "banjir" in query.lower():
        assert {h.story.id for h in hits} >= {"s-flood", "s-old-flood", "s-new-flood"}
    assert (archive.count_articles(), archive.count_stories()) == before


@pytest.mark.parametrize(("limit", "most"), [(1, 1), (2, 2), (0, 1), (-5, 1), (10_000, MAX_LIMIT)])
def test_limit_is_clamped(archive: Archive, limit: int, most: int) -> None:
    assert 1 <= len(_ids(archive, "banjir watugede", limit)) <= most


@pytest.mark.parametrize(
    ("a", "b", "limit", "distance"),
    [
        ("kazakstan", "kazakhstan", 2, 1),
        ("tokaev", "tokayev", 1, 1),
        ("watugede", "watugede", 1, 0),
        ("banjir", "banjar", 1, 1),
        ("banjir", "gempa", 1, 2),  # over the limit: limit + 1
        ("a", "abcdef", 2, 3),
    ],
)
def test_edit_distance(a: str, b: str, limit: int, distance: int) -> None:
    assert edit_distance(a, b, limit=limit) == distance


@pytest.mark.parametrize(("word", "budget"), [("dpr", 0), ("kota", 0), ("banjir", 1), ("kazakstan", 2)])
def test_typo_budget(word: str, budget: int) -> None:
    assert typo_budget(word) == budget


@pytest.mark.parametrize(
    "query", ["2500", "2.500", "2,500", "2.500 personel", "8000", "8.000", "8 ribu", "1,5 juta"]
)
def test_numbers_match_in_any_notation(archive: Archive, query: str) -> None:
    hits = archive.search(query)
    assert [h.story.id for h in hits][:1] == ["s-troops"]
    assert "numbers" in hits[0].matched


def test_a_number_no_article_states_finds_nothing(archive: Archive) -> None:
    assert _ids(archive, "2501") == []


@pytest.mark.parametrize(
    ("query", "values", "words"),
    [
        ("8.000", [8000.0], ""),
        ("8,000 ditahan", [8000.0], "ditahan"),
        ("1,5 juta", [1500000.0], ""),
        ("1.5 million", [1500000.0], ""),
        ("8 ribu orang", [8000.0], "orang"),
        ("banjir 2022", [], "banjir 2022"),  # a year is a word, not a quantity
    ],
)
def test_query_numbers(query: str, values: list[float], words: str) -> None:
    found, rest = query_numbers(query)
    assert found == values
    assert " ".join(rest.split()) == words


def test_number_phrases_are_the_spellings_fts_sees() -> None:
    assert number_phrases(8000.0) == ["8000", "8 000", "8 ribu"]
    assert number_phrases(2.5) == ["2 5"]


def test_typos_are_corrected_only_for_words_the_archive_lacks(archive: Archive) -> None:
    conn = archive._db.reader()
    assert plan(conn, "kerusuhan").terms == (("kerusuhan",),)  # a held word is taken as meant
    assert _ids(archive, "kerusuhan") == ["s-unrest"]  # not also "kebutuhan"
    assert _ids(archive, "kerusuhn")[:1] == ["s-unrest"]  # absent: corrected


def test_unmatched_words_are_reported(archive: Archive) -> None:
    assert plan(archive._db.reader(), "russian troops banjir").unmatched == ("russian", "troops")


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (SearchFilters(since="2022-01-14"), {"s-flood", "s-new-flood"}),
        (SearchFilters(until="2022-01-01"), {"s-old-flood"}),
        (SearchFilters(since="2022-01-01", until="2022-01-13"), {"s-flood"}),
        (SearchFilters(outlet="sinar"), {"s-old-flood", "s-new-flood"}),
        (SearchFilters(outlet="Kilas Tenggara"), {"s-flood"}),
        (SearchFilters(language="en"), set()),
    ],
)
def test_filters_limit_the_articles_that_count(
    archive: Archive, filters: SearchFilters, expected: set[str]
) -> None:
    assert {h.story.id for h in archive.search("banjir", filters=filters)} == expected


@pytest.mark.parametrize(
    "bad",
    [
        SearchFilters(since="7 Jan"),
        SearchFilters(until="2022-13-01"),
        SearchFilters(language="Bahasa Indonesia"),
    ],
)
def test_bad_filters_say_how_to_write_them(archive: Archive, bad: SearchFilters) -> None:
    with pytest.raises(InputError, match=r"YYYY-MM-DD|language code"):
        archive.search("banjir", filters=bad)


def test_hits_carry_a_summary_and_the_brief_only_when_asked(archive: Archive) -> None:
    light = archive.search("tanggap darurat", with_brief=False)[0]
    assert light.brief is None and light.summary and light.summary[0].startswith("Banjir bandang")
    assert archive.search("tanggap darurat")[0].brief is not None


def test_search_csv_cells_are_guarded_against_formulas() -> None:
    import csv
    import io

    from warta.store.hits import hits_csv
    from warta.store.views import SearchHit, StoryRow

    row = StoryRow("s1", "=HYPERLINK(1)", None, None, ("+Outlet",), 1, 1, "2022-01-01T00:00:00")
    hit = SearchHit(row, 1.0, "-snippet", None, ("@summary",), ("words",))
    cells = list(csv.reader(io.StringIO(hits_csv([hit]))))[1]
    assert cells[2] == "'=HYPERLINK(1)" and cells[8] == "'+Outlet"
    assert cells[10] == "'-snippet" and cells[11] == "'@summary"


def test_story_matches_read_ids_from_the_kept_map_as_from_the_table(archive: Archive) -> None:
    conn = connect(archive.path, readonly=True)
    expression = '"watugede" OR "astana" OR "banjir"'
    want = [
        (str(sid), float(score))
        for sid, score in conn.execute(
            "SELECT story_id, -bm25(story_fts, 0.0, 4.0, 2.0) FROM story_fts WHERE story_fts MATCH ?",
            (expression,),
        )
    ]
    assert want
    for _ in range(3):  # a connection's first call (ids read with the matches), then the kept map
        assert story_matches(conn, expression, limit=1000) == want
        assert story_matches(conn, expression, limit=2) == want[:2]
    conn.close()


def test_hit_rows_are_the_story_rows_and_summaries(archive: Archive) -> None:
    conn = connect(archive.path, readonly=True)
    ids = ["s-flood", "s-capital", "s-missing", "s-old-flood"]
    plan_sql = "EXPLAIN QUERY PLAN SELECT id, summary FROM stories INDEXED BY stories_hit WHERE id IN (?)"
    assert "COVERING INDEX stories_hit" in str(conn.execute(plan_sql, ("s-flood",)).fetchall())
    got = hit_rows(conn, ids)
    rows, lines = story_rows(conn, ids), summaries(conn, ids)
    assert set(got) == set(rows) == {"s-flood", "s-capital", "s-old-flood"}
    assert {sid: row for sid, (row, _) in got.items()} == rows
    assert {sid: s for sid, (_, s) in got.items() if s} == lines
    conn.close()
