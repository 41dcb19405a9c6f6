"""Indonesian speaker rules found on the fresh dev batches (issue 13, branch quotesid3): fictional text."""

from __future__ import annotations

import pytest

from warta.evaluate.quotes import same_speaker
from warta.extract.entities import find_entities
from warta.extract.quotes import QuoteMention, find_quotes
from warta.extract.sentences import split_sentences


def _direct(text: str) -> list[QuoteMention]:
    quotes = find_quotes(
        text, split_sentences(text, language="id"), entities=find_entities(text), language="id"
    )
    return [q for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a unit's clipped head title, then the person after the comma
            '"Barang bukti kami sita dari rumahnya," kata Kanit II Ditreskrimum Polda Riau, AKP Budi Hartono '
            "kepada wartawan.",
            "Budi Hartono",
        ),
        (  # a nickname several longer names may shorten: the one the article names most
            "Yang berlibur adalah aktor Marcelino Wibowo bersama anaknya, Marcelle Ayu Wibowo. Kota itu tempat lahir "
            "Marcelino, dan kini Marcelino ingin beristirahat.\n\n"
            '"Kami akan ke pantai," ungkap Marcell.',
            "Marcelino Wibowo",
        ),
        (  # a name on a "read also" line never gives the fuller name
            "Pelatih Persib Bandung Darmawan Nurhadi puas.\n\nSIMAK JUGA: Darnur Akui Persib Lelah\n\n"
            '"Kami bermain bagus," ujar Darnur, sapaan Darmawan.',
            "Darmawan",
        ),
        (  # a plural role is no one person named with it before
            "Perwakilan warga mengunjungi agensi Lee Jun Ho.\n\n"
            '"Pernikahan akan digelar bulan depan," tulis kedua agensi dalam pernyataannya.',
            "kedua agensi",
        ),
        (  # a sentence's first derived noun is no part of the name written elsewhere without it
            'Kandidat Donald Rump berkampanye. "Dia bersalah," ucap Rump.\n\n'
            'Pernyataan Rump itu tidak merujuk hasil pemeriksaan. "Sistemnya curang," kata Rump.',
            "Donald Rump",
        ),
        (  # a one-word name cut short
            '"Kami coret anggaran itu," ujar Direktur Jenderal Syarifuddin.\n\n'
            '"Kembali ke angka lama," kata Syarif.',
            "Syarifuddin",
        ),
    ],
)
def test_fresh_batch_speakers(text: str, speaker: str) -> None:
    last = _direct(text)[-1]
    assert same_speaker(last.speaker_name or last.speaker, speaker), (last.speaker, last.speaker_name)


def test_the_body_after_a_title_is_no_person_a_pronoun_takes() -> None:
    text = (
        'Menteri Keuangan Sri Wulandari berharap penghasut ditindak. "Kami menjaga simpanan," tutur Sri Wulandari.\n\n'
        "Mantan Direktur Pelaksana Bank Dunia menyatakan, kondisi ekonomi yang stabil dibutuhkan.\n\n"
        '"Masyarakat miskin paling merugi," jelasnya.'
    )
    last = _direct(text)[-1]
    assert last.speaker_name != "Bank Dunia"


def test_a_name_apposed_to_a_title_is_a_subject_for_the_pronoun() -> None:
    text = (
        '"Kami berterima kasih," tutur CEO Bayern, Karl Gruber, di laman resmi klub.\n\n'
        "Direktur olahraga Bayern, Hasan Selimovic, kemudian menyanjung pelatih baru itu. "
        '"Dia master taktik," ujarnya.'
    )
    last = _direct(text)[-1]
    assert same_speaker(last.speaker_name or last.speaker, "Hasan Selimovic"), last.speaker
