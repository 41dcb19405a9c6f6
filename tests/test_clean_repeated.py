"""Lines an outlet repeats across its articles, on fictional articles."""

from __future__ import annotations

import pytest

from warta.clean import clean, find_repeated_lines, normalise_line
from warta.errors import InputError
from warta.types import RawDocument

# No furniture cue of its own (the classifier would take a subscribe call first): only repetition shows it.
PROMO = "Kabar Desa, suara warga dari pelosok negeri."
STORY = "Bupati meresmikan jembatan baru yang menghubungkan dua desa di tepi sungai."


def _doc(i: int, *lines: str, outlet: str | None = "Kabar Desa") -> RawDocument:
    text = "\n".join((f"Warga desa nomor {i} memanen padi lebih awal tahun ini.", *lines))
    return RawDocument(source=f"doc{i}", text=text, raw=text, format="text", outlet=outlet)


def _corpus() -> list[RawDocument]:
    docs = [_doc(i, PROMO) for i in range(4)]
    docs += [_doc(4 + i) for i in range(4)]
    docs += [_doc(8, STORY), _doc(9, STORY)]  # a story sentence two articles share
    return docs


def test_promo_found_story_not() -> None:
    found = find_repeated_lines(_corpus())
    assert found == {"Kabar Desa": frozenset({normalise_line(PROMO)})}


@pytest.mark.parametrize(
    ("min_articles", "min_share", "expected"),
    [
        (3, 0.3, {normalise_line(PROMO)}),
        (5, 0.3, set()),  # the promo is in only 4 articles
        (2, 0.2, {normalise_line(PROMO), normalise_line(STORY)}),
        (3, 0.5, set()),  # 4 of 10 articles is under half
    ],
)
def test_thresholds(min_articles: int, min_share: float, expected: set[str]) -> None:
    found = find_repeated_lines(_corpus(), min_articles=min_articles, min_share=min_share)
    assert found.get("Kabar Desa", frozenset()) == expected


def test_outlets_kept_apart_and_unknown_skipped() -> None:
    docs = [_doc(i, PROMO, outlet="A") for i in range(2)] + [_doc(2 + i, PROMO, outlet="B") for i in range(2)]
    docs += [_doc(9 + i, PROMO, outlet=None) for i in range(5)]  # no outlet: left out
    assert find_repeated_lines(docs) == {}


def test_detected_outlet_used() -> None:
    text = "Liputan6.com, Bogor - Hujan turun {i} kali.\n" + PROMO
    docs = [RawDocument(source=str(i), text=text.format(i=i), raw="", format="text") for i in range(3)]
    assert find_repeated_lines(docs) == {"Liputan6": frozenset({normalise_line(PROMO)})}


def test_clean_drops_repeated() -> None:
    repeated = find_repeated_lines(_corpus())["Kabar Desa"]
    cleaned = clean(_corpus()[0], repeated=repeated)
    assert PROMO not in cleaned.text
    assert [(r.rule, r.kind) for r in cleaned.removed] == [("repeated_line", "repeated")]


@pytest.mark.parametrize(("min_articles", "min_share"), [(1, 0.3), (3, 0.0), (3, 1.5)])
def test_bad_options(min_articles: int, min_share: float) -> None:
    with pytest.raises(InputError):
        find_repeated_lines([], min_articles=min_articles, min_share=min_share)


@pytest.mark.parametrize("line", ["(abc)", "Merdeka.com -", "Sumber: Warta Dunia", "Editor: Budi"])
def test_metadata_lines_never_repeated(line: str) -> None:
    docs = [_doc(i, line) for i in range(5)]
    assert find_repeated_lines(docs) == {}
