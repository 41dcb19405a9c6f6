"""Quotation marks of every convention, read from their neighbours (invented sentences)."""

from __future__ import annotations

import pytest

from warta.extract.quote_marks import find_quoted


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("“Kami siap bertanding,” kata pelatih.", "Kami siap bertanding"),
        ('"Kami siap bertanding," kata pelatih.', "Kami siap bertanding"),
        (
            "”Kami siap bertanding,” kata pelatih.",
            "Kami siap bertanding",
        ),  # Kompas: opens with the right mark
        ("„Wir sind bereit“, sagte sie.", "Wir sind bereit"),
        ("«Nous sommes prêts», a-t-il dit.", "Nous sommes prêts"),
        ("Dia berkata ‘kami siap bertanding’ kemarin.", "kami siap bertanding"),
        ("''Kami siap bertanding,'' kata pelatih.", "Kami siap bertanding"),
        ("told us : `` We are ready to play . '' He left .", "We are ready to play ."),
        ("‘Kami siap bertanding,’ kata pelatih.", "Kami siap bertanding"),
        ("“ Kami siap bertanding ” kata pelatih.", "Kami siap bertanding"),
        ("« Nous sommes prêts », a-t-il dit.", "Nous sommes prêts"),
        ('"Apa kalian siap bertanding?" tanya pelatih.', "Apa kalian siap bertanding?"),
        ("\"Dia bilang 'belum', lalu pergi,\" kata Budi.", "Dia bilang 'belum', lalu pergi"),
        ("Singer ` warned about the drug ' , court hears", "warned about the drug"),  # PTB single marks
    ],
)
def test_every_convention_gives_the_words_inside_the_marks(text: str, inside: str) -> None:
    (q,) = find_quoted(text)
    assert q.text == inside
    assert text[q.start : q.end] == inside
    assert q.closed


def test_apostrophes_and_clitics_are_not_marks() -> None:
    assert find_quoted("The workers’ union said Jum’at was fine .") == []
    assert find_quoted("Egypt 's capital and they 're here , do n't go .") == []
    assert find_quoted("The Jacksons ' lawyer and London Councils ' chairman spoke .") == []


def test_a_paragraph_left_open_goes_on_in_the_next_one() -> None:
    text = "“Bagian pertama belum ditutup\n“Bagian kedua ditutup di sini,” katanya."
    first, second = find_quoted(text)
    assert not first.closed and first.text == "Bagian pertama belum ditutup"
    assert second.reopens and second.closed


def test_a_mark_opening_again_before_the_close_carries_the_quote_on() -> None:
    text = "`` First part . `` Second part . '' he said ."
    first, second = find_quoted(text)
    assert (first.closed, second.reopens) == (False, True)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("“Harga naik lagi,” kata Sari. “Kami rugi,” ujarnya.", ["Harga naik lagi", "Kami rugi"]),
        ("”Harga naik lagi,” kata Sari. ”Kami rugi,” ujarnya.", ["Harga naik lagi", "Kami rugi"]),
        ('"Harga naik lagi," kata Sari. "Kami rugi," ujarnya.', ["Harga naik lagi", "Kami rugi"]),
        (
            "„Die Preise steigen“, sagte Sari. „Wir verlieren“, sagte er.",
            ["Die Preise steigen", "Wir verlieren"],
        ),
        ("«Les prix montent», dit Sari. «Nous perdons», dit-il.", ["Les prix montent", "Nous perdons"]),
        ("Sari said ‘prices went up’ and he said ‘we lose’ then.", ["prices went up", "we lose"]),
        ("''Harga naik lagi,'' kata Sari. ''Kami rugi,'' ujarnya.", ["Harga naik lagi", "Kami rugi"]),
    ],
)
def test_two_quotes_in_one_paragraph_pair_in_every_convention(text: str, inside: list[str]) -> None:
    quoted = find_quoted(text)
    assert [q.text for q in quoted] == inside
    assert all(q.closed and text[q.start : q.end] == q.text for q in quoted)


def test_a_mark_glued_after_a_full_stop_opens_and_after_a_comma_closes() -> None:
    # Paragraphs glued by the page: no space between the sentence end and the mark.
    text = 'Harga masih tinggi di pasar."Kami beli mahal hari ini," ujar Sari, pedagang.Harga bertahan.'
    (q,) = find_quoted(text)
    assert q.text == "Kami beli mahal hari ini"
    assert q.closed and text[q.close_end :].startswith(" ujar Sari")


def test_a_closing_mark_before_the_cue_never_opens_a_quote() -> None:
    # The opening mark is missing: the closing one must not start a quote running over the attribution.
    text = 'Harga masih tinggi, katanya. Kami beli mahal hari ini," ujar Sari, pedagang di pasar kota.'
    assert find_quoted(text) == []


def test_a_quote_does_not_cross_a_paragraph_it_does_not_reopen() -> None:
    text = "“Kami belum selesai bicara\nRapat itu ditutup sore hari. Semua pulang,” kata dia."
    first, *rest = find_quoted(text)
    assert first.text == "Kami belum selesai bicara" and not first.closed
    assert not any(q.reopens for q in rest)


def test_each_paragraph_reopening_the_mark_carries_one_quotation_on() -> None:
    text = (
        "”Kami sudah menunggu sejak pagi di depan kantor itu.\n"
        "”Tidak ada yang keluar menemui kami sampai sore,” kata Budi."
    )
    first, second = find_quoted(text)
    assert (first.closed, second.reopens, second.closed) == (False, True, True)
    assert second.text == "Tidak ada yang keluar menemui kami sampai sore"


def test_a_long_span_with_several_attributions_inside_is_cut_at_the_first() -> None:
    # The writer forgot the closing marks: the next quote's closing mark must not pair with this opening.
    text = (
        'Pagi itu warga berkumpul. "Kami belum menerima bantuan apa pun sejak air naik minggu lalu, kata '
        "seorang warga di posko pengungsian. Air masih setinggi lutut di beberapa gang di kampung kami, ujar "
        "Budi yang berjaga di sana. Warga lain mengeluhkan hal yang sama dan meminta pemerintah segera turun "
        'tangan karena anak-anak mulai sakit," tambahnya. Hujan turun lagi.'
    )
    (q,) = find_quoted(text)
    assert q.text == "Kami belum menerima bantuan apa pun sejak air naik minggu lalu"
    assert not q.closed and len(q.text) < 100


def test_a_long_quote_without_attributions_inside_stays_whole() -> None:
    body = "Kami bekerja sejak pagi sampai malam, dan semua itu untuk keluarga kami di kampung. " * 4
    text = f"“{body.strip()}” kata Budi."
    (q,) = find_quoted(text)
    assert q.closed and q.text == body.strip()


def test_a_mark_glued_between_a_word_and_a_capital_opens_a_kompas_quote() -> None:
    # Two paragraphs glued by the page, Kompas marks: "…kepada wartawan”Kami …,” kata dia."
    text = "Hal itu disampaikan kepada wartawan”Kami sudah siap sejak kemarin,” kata dia. Rapat usai."
    (q,) = find_quoted(text)
    assert q.text == "Kami sudah siap sejak kemarin" and q.closed
    assert find_quoted("Layar 5”ukuran kecil dan 7”lebar.") == []


def test_a_mark_after_a_comma_and_a_space_opens_only_when_a_mark_closes_it() -> None:
    text = 'Pasal itu berbunyi," setiap warga berhak atas rasa aman. " Rapat lalu ditutup.'
    (q,) = find_quoted(text)
    assert q.text == "setiap warga berhak atas rasa aman." and q.closed
    assert find_quoted('Harga naik lagi pekan ini," Sari menambahkan sambil menghitung uang.') == []


def test_a_glued_mark_that_nothing_closes_is_an_apostrophe() -> None:
    assert find_quoted('Pemain itu meraih Ballon d"Or tahun lalu di Paris.') == []


def test_a_quote_left_open_stops_before_the_attributions_it_would_swallow() -> None:
    text = (
        '"Kami belum menerima bantuan apa pun sejak air naik minggu lalu, kata seorang warga di posko. '
        "Air masih setinggi lutut di beberapa gang di kampung kami, ujar Budi yang berjaga di sana sejak "
        "malam. Warga lain mengeluhkan hal yang sama dan meminta pemerintah segera turun tangan, tambahnya."
    )
    (q,) = find_quoted(text)
    assert q.text == "Kami belum menerima bantuan apa pun sejak air naik minggu lalu"
    assert not q.closed


def test_a_stray_closing_mark_in_tokenized_text_opens_nothing() -> None:
    text = "He hoped others would follow . '' The minister sounded a cautious note . `` This must wait . ''"
    assert [q.text for q in find_quoted(text)] == ["This must wait ."]


def test_two_right_single_marks_pair_as_a_double_mark() -> None:
    text = "Gedung itu baru. ’’ Jadi, ada beberapa ruang baru untuk warga,’’ katanya."
    (q,) = find_quoted(text)
    assert q.text == "Jadi, ada beberapa ruang baru untuk warga"
    assert q.closed


def test_a_title_whose_closing_mark_is_glued_to_the_next_word_closes_there() -> None:
    text = 'Pemeran film "Langit Biru"itu mengaku senang. "Kami sangat dekat di lokasi," kata dia.'
    assert [q.text for q in find_quoted(text)] == ["Langit Biru", "Kami sangat dekat di lokasi"]


def test_a_mark_glued_inside_a_name_still_does_not_close() -> None:
    assert [q.text for q in find_quoted('Ballon d"Or itu "milik saya sendiri," kata dia.')] == [
        "milik saya sendiri"
    ]
