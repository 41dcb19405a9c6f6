"""Titles, themes, slogans and labels in marks are no one's statement (invented sentences)."""

from __future__ import annotations

import pytest

from warta.extract.quote_labels import is_label, is_long_title, is_title, named_title, names_it
from warta.extract.quote_marks import find_quoted


@pytest.mark.parametrize(
    ("quoted", "title"), [("Ahok-Djarot", True), ("State of the Union", True), ("Kami siap", False)]
)
def test_a_short_title_is_every_word_capitalised(quoted: str, title: bool) -> None:
    assert is_title(quoted) is title


def test_a_short_lower_case_phrase_in_marks_inside_a_sentence_is_a_label() -> None:
    text = 'Polisi memberlakukan "malam tanpa mobil" selama dua belas jam.'
    (q,) = find_quoted(text)
    assert is_label(text, q)
    said = '"Kami siap sekali," kata dia.'
    assert not is_label(said, find_quoted(said)[0])


@pytest.mark.parametrize(
    ("quoted", "title"),
    [
        ("Sinergi Warga dalam Pembangunan Desa", True),
        ("Desa Kuat, Hebat, dan Dicintai Rakyat", True),
        ("Iya, nanti hari Rabu di sana", False),
        ("Kami Siap Menang.", False),
        ("Saya belum tahu soal itu", False),
    ],
)
def test_a_long_title_is_told_by_its_capitals(quoted: str, title: bool) -> None:
    assert is_long_title(quoted) is title


def test_a_phrase_after_a_naming_word_is_named_not_quoted() -> None:
    text = "Menteri itu menganggap dewan tersebut sebagai 'pasar kebohongan'."
    (q,) = find_quoted(text)
    assert names_it(text, q) and is_label(text, q)
    said = 'Dia mengatakan warga akan menerima "bantuan yang pantas" karena banjir.'
    assert not names_it(said, find_quoted(said)[0])


def test_a_title_after_a_naming_word_is_a_title_even_with_the_stop_inside_the_marks() -> None:
    text = 'Penyair itu meluncurkan buku puisi berjudul "Surat dari Lembah Sunyi."'
    (q,) = find_quoted(text)
    assert named_title(text, q)
    theme = 'Pekan ini mengusung tema utama "Kota Kita, Rumah Kita."'
    assert named_title(theme, find_quoted(theme)[0])
    said = '"Surat itu sudah kami terima." kata dia.'
    assert not named_title(said, find_quoted(said)[0])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('Sementara film "Surat si Penjaga dalam Tiga Babak" diputar empat kali.', True),
        ("Layanan itu ada di menu “Rumah & Taman” di aplikasi.", True),
        ('Lalu film "Kami siap bertanding lagi" itu tayang.', False),
    ],
)
def test_a_work_named_in_marks_after_its_kind_is_a_title(text: str, title: bool) -> None:
    assert named_title(text, find_quoted(text)[0]) is title
