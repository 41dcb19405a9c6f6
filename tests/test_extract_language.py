"""Language identification: cld2 with an Indonesian/Malay tie-break. The snippets are made up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, needs_shared
from warta.extract.language import LanguageGuess, detect_language

INDOSUM = DATA / "indosum" / "articles.jsonl"

MALAY = [
    "KUALA LUMPUR: Kerajaan akan memperuntukkan RM2.5 bilion bagi menaik taraf kemudahan hospital di "
    "seluruh negara tahun hadapan, kata Menteri Kesihatan. Beliau berkata peruntukan itu penting kerana "
    "kebanyakan hospital kini beroperasi melebihi kapasiti. Menurutnya, kira-kira 40 peratus daripada "
    "katil di hospital utama telah penuh sejak awal tahun.",
    "Polis Diraja Malaysia memaklumkan bahawa seramai 12 individu telah ditahan pada Khamis lepas bagi "
    "membantu siasatan. Ketua Polis Daerah berkata suspek dipercayai terbabit dalam sindiket penipuan "
    "dalam talian yang aktif sejak Ogos. Orang ramai yang mempunyai sebarang maklumat diminta "
    "menghubungi bilik gerakan polis dengan segera.",
    "Mesyuarat jawatankuasa kabinet pada hari Isnin bersetuju untuk melanjutkan tempoh pendaftaran "
    "kenderaan elektrik sehingga Julai. Keputusan itu dibuat selepas mengambil kira maklum balas "
    "pengguna dan pengeluar. Kakitangan awam juga akan menerima elaun khas sahaja pada tahun ini.",
    "Pasukan bola sepak negara tewas 1-2 kepada Thailand dalam perlawanan persahabatan di Stadium Bukit "
    "Jalil malam tadi. Jurulatih berkata pemain sudah memberikan yang terbaik walaupun tanpa beberapa "
    "pemain utama yang cedera. Penyokong diminta terus memberi sokongan menjelang kejohanan bulan depan.",
    # Malay news about Indonesia: Indonesian place names must not pull it to "id".
    "JAKARTA: Presiden Indonesia mengumumkan pemindahan ibu negara ke Kalimantan Timur akan bermula "
    "pada Ogos tahun depan. Menurut kenyataan Istana, projek itu akan menelan belanja kira-kira 30 "
    "bilion dolar. Beliau berkata langkah itu perlu kerana Jakarta semakin sesak dan sering dilanda banjir.",
    "Menteri berkata kerajaan tidak akan menaikkan harga minyak kerana subsidi masih mencukupi.",
]
INDONESIAN = [
    "Polisi menangkap dua pria pada Kamis (12/3) setelah serangkaian pencurian di kawasan timur kota, "
    "kata pejabat setempat. Kedua tersangka berusia 24 dan 31 tahun. Juru bicara kepolisian mengatakan "
    "penyelidikan masih berlangsung.",
    "Harga cabai di pasar tradisional naik hingga 20 persen menjelang Lebaran. Pedagang mengaku pasokan "
    "dari petani berkurang karena hujan. Pemerintah daerah berjanji menggelar operasi pasar pekan depan.",
    # Indonesian news about Malaysia: cld2 alone calls this Malay.
    "Timnas Indonesia U-22 bersiap menghadapi Malaysia di Kuala Lumpur. Pelatih Malaysia mengaku timnya "
    "siap tempur di depan pendukung sendiri dan bertekad meraih tiga poin di laga perdana Piala Asia.",
    "Menteri mengatakan pemerintah tidak akan menaikkan harga BBM karena subsidi masih cukup.",
    # English titles inflate cld2's English share; the prose is Indonesian.
    "Pada Minggu (12/11), ajang penghargaan Best Music Awards digelar di London. 'Best Song', 'Best "
    "Artist', 'Best New Act', 'Best Live Performance' dan 'Best Video' diumumkan. Penyanyi itu membawa "
    "pulang empat penghargaan.",
]
ENGLISH = [
    "Police arrested two men on Thursday after a series of burglaries in the eastern district, officials "
    "said. The suspects, aged 24 and 31, were found with stolen electronics worth more than $5,000.",
    "The central bank held its benchmark rate at 5.75 percent on Wednesday, citing stable inflation and "
    "a stronger rupiah. Governor Budi Santoso told reporters in Jakarta that the bank would stay vigilant.",
]


@pytest.mark.parametrize(
    ("text", "code"),
    [(t, "ms") for t in MALAY] + [(t, "id") for t in INDONESIAN] + [(t, "en") for t in ENGLISH],
)
def test_detect_language(text: str, code: str) -> None:
    guess = detect_language(text)
    assert guess.code == code
    assert 0.0 < guess.confidence <= 1.0
    assert guess.method in ("cld2", "cld2+markers")


def test_markers_overrule_cld2_on_indonesian_about_malaysia() -> None:
    assert detect_language(INDONESIAN[2]) == LanguageGuess("id", 0.99, "cld2+markers")


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("", None, LanguageGuess("und", 0.0, "none")),
        ("Halo", None, LanguageGuess("und", 0.0, "none")),
        ("Banjir lagi", "id", LanguageGuess("id", 0.5, "hint")),
        ("Banjir lagi", "id-ID", LanguageGuess("id", 0.5, "hint")),
        ("Banjir lagi", "in", LanguageGuess("id", 0.5, "hint")),
        ("Banjir lagi", "ms_MY", LanguageGuess("ms", 0.5, "hint")),
        ("Banjir lagi", "not a language", LanguageGuess("und", 0.0, "none")),
        ("1234567890 !!! 2.500 (8/1/2022)", "en", LanguageGuess("en", 0.5, "hint")),
    ],
)
def test_short_text_falls_back_to_hint(text: str, hint: str | None, expected: LanguageGuess) -> None:
    assert detect_language(text, hint=hint) == expected


@pytest.mark.parametrize(
    "junk",
    ["\x00", "\x0b", "\x7f", "\x85", "\x9d", "\ud800", "\udcff", "\ufdd0", "\ufffe", "\U0010ffff"],
)
def test_characters_cld2_rejects_are_scrubbed(junk: str) -> None:
    text = INDONESIAN[0] + junk + " " + INDONESIAN[1]
    assert detect_language(text).code == "id"


def test_a_long_text_does_not_need_the_hint() -> None:
    assert detect_language(ENGLISH[0], hint="id").code == "en"


def test_seeds_are_indonesian(seed_files: dict[str, Path]) -> None:
    for path in seed_files.values():
        assert detect_language(path.read_text(encoding="utf-8")).code == "id", path.name


@needs_shared(INDOSUM)
def test_indosum_accuracy_floor() -> None:
    """The first 200 IndoSum articles, all Indonesian (measured: 200/200; all 3,463: 3,463/3,463)."""
    with INDOSUM.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for _, line in zip(range(200), lines, strict=False)]
    correct = sum(detect_language(text).code == "id" for text in texts)
    assert correct / len(texts) >= 0.99


def test_deterministic() -> None:
    assert detect_language(MALAY[0]) == detect_language(MALAY[0])
