from __future__ import annotations

import pytest

from warta.brief.render.facts import amount, copies_phrase, describe
from warta.types import BriefArticle, FigureCopy, FigureGroup, FigureValue

OUTLETS = {"a": "Liputan6", "b": "Liputan6", "c": "NTD Indonesia", "d": "Tribunnews"}


def _v(article: str, value: float, qualifier: str | None, as_of: str) -> FigureValue:
    return FigureValue(article, value, qualifier, None, as_of, str(value), 0, 1)


@pytest.mark.parametrize(
    ("status", "values", "phrase"),
    [
        (
            "conflict",
            [
                _v("a", 18, "approx", "2022-01-07"),
                _v("b", 18, None, "2022-01-08"),
                _v("c", 16, None, "2022-01-10"),
            ],
            "18 (Liputan6; 7 Jan 2022, 8 Jan 2022) vs 16 (NTD Indonesia; 10 Jan 2022)",
        ),
        (
            "updated",
            [_v("c", 8000, "approx", "2022-01-10"), _v("a", 2298, None, "2022-01-07")],
            "2,298 (7 Jan 2022: Liputan6) → about 8,000 (10 Jan 2022: NTD Indonesia)",
        ),
        (
            "agree",
            [
                _v("d", 2500, "approx", "2022-01-07"),
                _v("c", 2000, "min", "2022-01-10"),
                _v("a", 2500, "approx", "2022-01-07"),
            ],
            "about 2,500 (Tribunnews, Liputan6) — consistent with more than 2,000 (NTD Indonesia)",
        ),
    ],
)
def test_disputes_and_updates_are_said_plainly(status: str, values: list[FigureValue], phrase: str) -> None:
    line = describe(FigureGroup("petugas tewas", status, tuple(values)), OUTLETS)
    assert line.phrase == phrase


@pytest.mark.parametrize(
    ("value", "qualifier", "unit", "text"),
    [
        (1500000, None, None, "1,500,000"),
        (1.5, "approx", "%", "about 1.5%"),
        (10, "vague", None, "at least 10"),
    ],
)
def test_amounts(value: float, qualifier: str | None, unit: str | None, text: str) -> None:
    assert amount(FigureValue("a", value, qualifier, unit, None, "", 0, 1)) == text


@pytest.mark.parametrize(
    ("status", "values", "label", "phrase"),
    [
        (
            "updated",
            [_v("c", 8000, "approx", "2022-01-10"), _v("a", 2298, None, "2022-01-07")],
            "Diperbarui",
            "2.298 (7 Januari 2022: Liputan6) → sekitar 8.000 (10 Januari 2022: NTD Indonesia)",
        ),
        (
            "agree",
            [_v("d", 2500, "approx", "2022-01-07"), _v("c", 2000, "min", "2022-01-10")],
            "Sepakat",
            "sekitar 2.500 (Tribunnews) — sejalan dengan lebih dari 2.000 (NTD Indonesia)",
        ),
        (
            "conflict",
            [_v("a", 18, None, "2022-01-07"), _v("c", 16, None, "2022-01-07")],
            "Diperdebatkan",
            "18 (Liputan6) vs 16 (NTD Indonesia)",
        ),
    ],
)
def test_facts_in_indonesian(status: str, values: list[FigureValue], label: str, phrase: str) -> None:
    line = describe(FigureGroup("petugas tewas", status, tuple(values)), OUTLETS, "id")
    assert (line.label, line.phrase) == (label, phrase)


@pytest.mark.parametrize(
    ("value", "qualifier", "unit", "text"),
    [
        (1500000, None, None, "1.500.000"),
        (1.5, "approx", "%", "sekitar 1,5%"),
        (10, "vague", "orang", "puluhan orang"),
        (100, "vague", None, "ratusan"),
        (37, "vague", None, "setidaknya 37"),
    ],
)
def test_amounts_in_indonesian(value: float, qualifier: str | None, unit: str | None, text: str) -> None:
    assert amount(FigureValue("a", value, qualifier, unit, None, "", 0, 1), "id") == text


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Belasan", "id", "belasan"),  # as written, never rebuilt from its lower bound ("puluhan" for 11)
        ("puluhan ribu", "id", "puluhan ribu"),
        ("puluhan", "en", "“puluhan”, at least 10"),  # the word a reader can check, its bound beside it
    ],
)
def test_a_vague_amount_is_shown_as_written(text: str, lang: str, want: str) -> None:
    assert amount(FigureValue("a", 10, "vague", None, None, text, 0, len(text)), lang) == want


def test_rupiah_are_written_as_a_reader_writes_them() -> None:
    v = FigureValue("a", 14000, None, "IDR", None, "Rp 14.000", 0, 9)
    assert (amount(v, "id"), amount(v, "en")) == ("Rp14.000", "IDR 14,000")


def _article(aid: str, outlet: str | None, published: str) -> BriefArticle:
    return BriefArticle(aid, f"{aid}.txt", outlet, None, published, "id", (), "")


@pytest.mark.parametrize(
    ("outlets", "lang", "want"),
    [
        (("Kabar", "Lintas"), "en", "Kabar copies Lintas: not an independent confirmation"),
        (("Kabar", "Lintas"), "id", "Kabar menyalin Lintas: bukan konfirmasi independen"),
        (
            ("Lintas", "Lintas"),
            "en",
            "Lintas (8 Jan 2022) copies Lintas (7 Jan 2022): not an independent confirmation",
        ),
        ((None, "Lintas"), "en", "unknown outlet copies Lintas: not an independent confirmation"),
    ],
)
def test_a_group_with_a_copy_says_which_copies_which(
    outlets: tuple[str | None, str | None], lang: str, want: str
) -> None:
    articles = {"c": _article("c", outlets[0], "2022-01-08"), "o": _article("o", outlets[1], "2022-01-07")}
    group = FigureGroup(
        "korban tewas",
        "agree",
        (_v("o", 18, None, "2022-01-07"), _v("c", 18, None, "2022-01-08")),
        copies=(FigureCopy("c", "o"),),
    )
    assert copies_phrase(group, articles, lang) == want
    assert copies_phrase(FigureGroup("korban tewas", "agree", group.values), articles, lang) == ""
