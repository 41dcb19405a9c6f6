"""Generic boilerplate rules, on lines we wrote ourselves."""

from __future__ import annotations

import pytest

from warta.clean.rules import (
    LABELS,
    LINE_RULES,
    GluedReadAlso,
    is_bullet_teaser,
    is_caption_with_credit,
    is_read_also_line,
    is_tagged_headline,
    looks_like_headline,
    looks_like_title,
    match_line_rule,
    split_glued_read_also,
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


def test_glued_read_also_is_cut_out_of_its_paragraph() -> None:
    line = (
        "Harga cabai bertahan sejak sebulan terakhir.Baca juga: Pasar Induk Watugede Buka Lagi Usai Banjir "
        "Di sisi lain, pedagang memilih menyetok barang sedikit."
    )
    glued = split_glued_read_also(line)
    assert glued == GluedReadAlso(
        "Harga cabai bertahan sejak sebulan terakhir.",
        "Baca juga: Pasar Induk Watugede Buka Lagi Usai Banjir",
        "Di sisi lain, pedagang memilih menyetok barang sedikit.",
    )
    closing = split_glued_read_also("Warga mengungsi. Baca juga: Banjir Rendam Enam Desa di Watugede")
    assert closing is not None and closing.after == ""


@pytest.mark.parametrize(
    "line",
    [
        "Baca juga: Banjir Rendam Enam Desa di Watugede",  # a whole read-also line: another rule's
        "Harga naik.Baca juga: Banjir Rendam Desa Warga di sana mengungsi",  # no headline end to tell
        # a capitalised run too long for one headline: a sub-heading or a subject is in it
        "Harga naik. Baca juga: Pemerintah Minta Warga Tak Panik Langkah Pencegahan dari Dinas Kesehatan "
        "Kabupaten Watugede Kepala Dinas Sari Dewi meminta warga tenang.",
    ],
)
def test_glued_read_also_leaves_lines_it_cannot_cut(line: str) -> None:
    assert split_glued_read_also(line) is None


@pytest.mark.parametrize(
    ("line", "before", "following", "teaser"),
    [
        ("• Jadwal Timnas Lawan Vietnam di Laga Kedua", "Harga naik.", '"Kami siap," kata dia.', True),
        ("• Jadwal Timnas Lawan Vietnam di Laga Kedua", "- Beras: Rp 12.000", "Harga naik.", True),
        ("• Beras Medium Rp 12.000", "• Gula Pasir Rp 14.000", "Harga naik.", False),  # a list
        ("• Beras Medium Rp 12.000", "Berikut daftar harganya:", "Harga naik.", False),  # its intro
        ("Jadwal Timnas Lawan Vietnam di Laga Kedua", "Harga naik.", "Harga turun.", False),
    ],
)
def test_bullet_teaser(line: str, before: str, following: str, teaser: bool) -> None:
    assert is_bullet_teaser(line, before, following) is teaser
