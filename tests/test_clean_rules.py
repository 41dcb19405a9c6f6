"""Generic boilerplate rules, on lines we wrote ourselves."""

from __future__ import annotations

import pytest

from warta.clean.rules import (
    LABELS,
    LINE_RULES,
    is_caption_with_credit,
    is_read_also_line,
    is_tagged_headline,
    looks_like_headline,
    looks_like_title,
    match_line_rule,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Banjir Rendam Tiga Desa di Hulu Sungai", True),
        ("Apakah Kota Ini Siap Hadapi Musim Hujan?", True),
        ("10 Cara Menghemat Air di Musim Kemarau", True),
        ("Warga mengungsi ke balai desa sejak Senin pagi.", False),  # a sentence
        ('"Kami sudah siap," kata kepala desa.', False),
        ("“Air naik cepat sekali", False),  # a quote opens it
        ("dan warga pun kembali ke rumah", False),  # lower-case start
        ("Kata " * 30, False),  # too long
        ("", False),
    ],
)
def test_looks_like_headline(line: str, expected: bool) -> None:
    assert looks_like_headline(line.strip()) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Banjir Rendam Tiga Desa di Hulu Sungai", True),
        ("Apa camilan sore favoritmu?", False),  # a sentence-case lead question
        ("Banjir", False),  # one word
    ],
)
def test_looks_like_title(line: str, expected: bool) -> None:
    assert looks_like_title(line) is expected


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Advertisement", "advertisement"),
        ("Advertisment", "advertisement"),
        ("- Advertisment -", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Scroll to Top", "scroll"),
        ("Bagikan :", "share"),
        ("Share", "share"),
        ("* * *", "separator"),
        ("–", "separator"),
        ("* Untuk mengetahui kebenaran informasi apa pun, hubungi kami.", "fact_check_promo"),
        ("* Kirim pesan WhatsApp ke nomor 0800 1234 567 untuk cek fakta", "fact_check_promo"),
        ("Simak video pilihan berikut ini:", "video_promo"),
        ("Sumber", "source_label"),
        ("Tags: banjir, hujan, desa", "source_label"),
        ("Halaman selanjutnya", "page_nav"),
        ("© 2024 Kabar Desa. All rights reserved.", "copyright"),
        ("Video:", "media_label"),
        ("Dilarang keras menyalin konten situs ini tanpa izin tertulis dari redaksi.", "copyright"),
        ("#banjir #beritaterkini #watugede", "hashtags"),
        ("Punya cerita menarik di kampungmu? Kirim ke nomor redaksi kami.", "reader_callout"),
        ("Kirimkan foto atau video kejadian di sekitar Anda ke email redaksi.", "reader_callout"),
        ("Alamat email Anda tidak akan dipublikasikan.", "comment_form"),
        ("Simak berita lainnya dari Kabar Lembah di Google News", "google_news_promo"),
        ("Get Kabarsatu App with new looks!", "app_banner"),
        ("Terima kasih sudah membaca artikel ini.", "thanks_for_reading"),
        ("Selanjutnya: Harga Beras Naik Lagi", "teaser_inline"),
        ('Simak Video "Banjir di Watugede"', "teaser_inline"),
    ],
)
def test_line_rules_match(line: str, rule: str) -> None:
    found = match_line_rule(line, LINE_RULES)
    assert found is not None and found.name == rule


@pytest.mark.parametrize(
    "line",
    [
        "Warga sekitar ikut membantu membersihkan lumpur.",
        "Iklan rokok dilarang tayang di televisi pada jam tersebut.",
        "Sumber air bersih di desa itu tercemar.",
        "Hak cipta lagu tersebut dimiliki oleh penciptanya.",
        "Tonton saja pertandingannya nanti malam.",
        "Bagikan bantuan kepada warga yang membutuhkan, kata bupati.",
        "Selanjutnya, warga diminta mengungsi ke balai desa.",
        "Kirim bantuan ke lokasi bencana menjadi prioritas pemerintah daerah, kata bupati.",
        "Ia mengaku sudah membaca laporan itu sejak pagi.",
    ],
)
def test_line_rules_leave_story_lines(line: str) -> None:
    assert match_line_rule(line, LINE_RULES) is None
    assert match_line_rule(line, LABELS) is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Baca Juga", "read_also_label"),
        ("Baca juga:", "read_also_label"),
        ("Baca_Juga", "read_also_label"),
        ("RELATED ARTICLES", "related_list"),
        ("Most Popular", "related_list"),
        ("Berita Terkait", "read_also_label"),
        ("Terpopuler", "related_list"),
    ],
)
def test_labels(line: str, rule: str) -> None:
    found = match_line_rule(line, LABELS)
    assert found is not None and found.name == rule and found.starts_list


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Baca Juga :\u00a0 Harga Cabai Naik Jelang Lebaran", True),
        ("Baca juga: Harga Cabai Naik Jelang Lebaran", True),
        ("[Baca juga: Harga Cabai Naik Jelang Lebaran]", True),
        ("(Baca: Harga Cabai Naik Jelang Lebaran)", True),
        ("SIMAK JUGA: Kiper Muda Siap Debut", True),
        ("SIMAK JUGA - Kiper Muda Siap Debut", True),
        ("Baca juga buku panduan yang dibagikan panitia.", False),
        ("Warga membaca juga pengumuman itu.", False),
    ],
)
def test_read_also_line(line: str, expected: bool) -> None:
    assert is_read_also_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Infografis 5 Langkah Aman Saat Gempa", True),
        ("Video: Kiper Muda Siap Debut", True),
        ("[Foto] Suasana Pasar Jelang Lebaran", True),
        ("Video tersebut menunjukkan warga berlari ke bukit.", False),
        ("Foto-foto itu beredar luas di media sosial.", False),
    ],
)
def test_tagged_headline(line: str, expected: bool) -> None:
    assert is_tagged_headline(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Pasar Terapung di Pagi Hari (Foto: Dok. Panitia)", True),
        ("Gedung baru balai kota (sumber: instagram @balaikota)", True),
        ("Wali kota meresmikan gedung itu (27/3).", False),
    ],
)
def test_caption_with_credit(line: str, expected: bool) -> None:
    assert is_caption_with_credit(line) is expected
