from __future__ import annotations

import pytest

from warta.brief.standalone import balanced_quotes, dateline_end, leans_on_context, stands_alone, whole

# Invented sentences.


@pytest.mark.parametrize(
    "text",
    [
        "Akibatnya, ratusan warga mengungsi ke balai desa.",
        "Dengan temuan itu, polisi menahan dua tersangka.",
        "Kemarin, tim SAR menyisir aliran sungai.",
        "Hal itu disampaikan Kapolres kepada wartawan.",
        "Meanwhile, rescuers searched the river banks.",
        "Ia mengatakan bantuan segera datang.",
    ],
)
def test_a_leading_connective_or_anaphor_leans_on_context(text: str) -> None:
    assert leans_on_context(text)
    assert not stands_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Joko Widodo meninjau lokasi banjir di Sukamaju.",
        '"Kami sudah siap," kata kepala desa.',
        "Indonesia mengirim bantuan ke Sukamaju.",
    ],
)
def test_plain_sentences_stand_alone(text: str) -> None:
    assert stands_alone(text)


@pytest.mark.parametrize(
    "text",
    ['"Kami sudah siap, kata kepala desa.', "kata kepala desa kepada wartawan.", "Ia berkata “cukup."],
)
def test_a_broken_sentence_is_not_whole(text: str) -> None:
    assert not whole(text)


def test_apostrophes_do_not_unbalance_quotes() -> None:
    assert balanced_quotes("Salat Jum’at digelar seperti biasa.")


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("SUKAMAJUPOS.COM, SUKAMAJU - Banjir melanda tiga desa di kabupaten itu.", "Banjir melanda"),
        ("Kabarsatu.com, Jakarta - Presiden meninjau lokasi banjir di Sukamaju.", "Presiden meninjau"),
    ],
)
def test_a_dateline_is_cut_before_the_statement(text: str, statement: str) -> None:
    assert text[dateline_end(text) :].startswith(statement)


def test_a_name_before_a_dash_is_no_dateline() -> None:
    assert dateline_end("Presiden Joko Widodo - yang tiba pagi ini - meninjau lokasi banjir.") == 0


def test_a_post_embedded_in_the_article_is_no_summary_sentence() -> None:
    """A hashtag or an @handle marks a social-media post quoted into the article, not its statement."""
    from warta.brief.standalone import social_post, stands_alone

    assert social_post("For when you have been #PrayingForTheCrew, we know it is heart breaking.")
    assert social_post("Ikuti @InfoBencanaKita untuk kabar terbaru.")
    assert not social_post("Kirim surel ke redaksi@contoh.id atau pakai bahasa C# saja.")
    assert not stands_alone("Ikuti @InfoBencanaKita untuk kabar terbaru.")
