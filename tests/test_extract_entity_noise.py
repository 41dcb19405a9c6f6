"""Capitalised words that are not names: invented portal lines and headlines."""

from __future__ import annotations

import pytest

from warta.extract.entities import find_entities
from warta.extract.entity_mention import Token
from warta.extract.entity_noise import credit_spans, headline_words, noise_word, shouted_run


@pytest.mark.parametrize(
    ("word", "noise"),
    [
        ("WIB-an", True),
        ("BKO-kan", True),
        ("Orang-orang", True),
        ("Kassym-Jomart", False),
        ("KPK", False),
        ("Berapa-berapanya", True),  # a reduplication with its suffix on the copy
        ("Jakarta-Surabaya", True),  # a route between two places
        ("Guinea-Bissau", False),  # a place whose halves are places too
        ("Soekarno-Hatta", False),
    ],
)
def test_noise_words(word: str, noise: bool) -> None:
    assert noise_word(word) is noise


def _run(*words: str) -> list[Token]:
    out, at = [], 0
    for w in words:
        out.append(Token(at, at + len(w), w))
        at += len(w) + 1
    return out


def test_shouted_runs_are_not_acronyms_or_places() -> None:
    assert shouted_run(_run("SCROLL", "TO", "CONTINUE"))
    assert shouted_run(_run("TRIBUNWARTA"))
    assert not shouted_run(_run("TNI", "AU"))  # two acronyms
    assert not shouted_run(_run("JAKARTA"))  # a dateline place
    assert not shouted_run(_run("Bambang", "SURYO"))


def test_the_ordinary_words_of_a_headline_line_are_marked() -> None:
    text = "Warga Sumberlor Tolak Rencana Pembangunan Pabrik Semen\nWarga menolak rencana itu."
    marked = {text[a:b] for a, b in headline_words(text)}
    assert {"Tolak", "Rencana", "Pembangunan", "Pabrik", "Semen"} <= marked
    assert "Sumberlor" not in marked
    assert not any(a > text.index("\n") for a, _ in headline_words(text))  # a sentence is no headline


def test_portal_furniture_and_headline_words_are_no_entities() -> None:
    text = (
        "SCROLL TO CONTINUE WITH CONTENT\n"
        "Vonis Bebas Untuk Terdakwa Korupsi Pasar Dibatalkan\n"
        "JAKARTA, WARTAKITA.COM - Orang-orang berkumpul sejak pagi hingga WIB-an."
    )
    names = {m.text for m in find_entities(text)}
    assert names == {"JAKARTA"}


@pytest.mark.parametrize(
    "text",
    [
        "Warga memadati jalan. (Foto: dok. KABARWARGA)",
        "Warga memadati jalan. KABAR FOTO/Handout/Ram/xyz.",
        "Hujan turun sejak pagi di Watugede. (ant/rdw)",
        "Korban adalah Tuan RDW (45 tahun).",
        "Polisi menangkap pria berinisial KLM di rumahnya.",
    ],
)
def test_credits_codes_and_initials_are_no_entities(text: str) -> None:
    names = {m.text for m in find_entities(text)}
    assert not names & {"KABARWARGA", "KABAR", "FOTO", "Handout", "Ram", "RDW", "KLM"}


def test_credit_spans_keep_the_story_words() -> None:
    text = "Bupati Watugede Agus Prasetyo meninjau lokasi. (ant/rdw)"
    assert "Agus Prasetyo" in {m.text for m in find_entities(text)}
    assert [text[a:b] for a, b in credit_spans(text)] == ["ant/rdw"]
