"""The furniture classifier on lines we wrote ourselves."""

from __future__ import annotations

import pytest

from warta.clean.cleaner import clean
from warta.clean.furniture import has_cue, is_furniture, line_features, load_model
from warta.types import RawDocument


def test_model_ships() -> None:
    model = load_model()
    assert model is not None and 0.5 <= model.threshold < 1.0


@pytest.mark.parametrize(
    "line",
    [
        "Ikuti Whatsapp Channel Warta Lembah untuk berita terbaru",
        "Klik di sini untuk bergabung ke saluran WhatsApp KabarLembah.com",
        "03:12 / 10:05",  # a video player's clock
        "URL berhasil disalin",  # a share widget's notice
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line, 0.95)


@pytest.mark.parametrize(
    "line",
    [
        "Warga melaporkan kenaikan air melalui grup WhatsApp desa sejak pukul 21.00 WIB.",
        "Rekaman yang diunggah ke Facebook itu sudah ditonton lebih dari 200 ribu kali.",
        "1. Buka aplikasi dan pilih menu aduan",
        "Di sisi lain, proses panjang menuju putusan juga menimbulkan",
        "Tidak ada korban jiwa.",
        "Dokumen itu disalin oleh staf kecamatan sebelum diserahkan kepada polisi pada Senin pagi.",
    ],
)
def test_story_lines(line: str) -> None:
    assert not is_furniture(line, 0.95)


def test_no_cue_no_verdict() -> None:
    assert not has_cue(line_features("Tidak ada korban jiwa.", 0.5))


def test_kicker_and_banner_never_become_the_title() -> None:
    text = (
        "Get KabarSatu App with new looks!\n"
        "Berita Daerah\n"
        "Banjir Rendam Tiga Desa di Watugede, Ratusan Warga Mengungsi\n"
        "WATUGEDE, KABARSATU.COM - Banjir merendam tiga desa pada Selasa malam.\n"
        "Warga mengungsi ke balai desa."
    )
    cleaned = clean(RawDocument(source="a.txt", text=text, raw=text, format="text"))
    assert cleaned.metadata.title == "Banjir Rendam Tiga Desa di Watugede, Ratusan Warga Mengungsi"
    assert cleaned.text.startswith("Banjir merendam")


def test_page_date_bar_is_neither_title_nor_stamp() -> None:
    # the header's date bar shows the day the page was read; the headline under its kicker is the title
    text = (
        "Rabu, 3 Maret 2027\n"
        "Harga Cabai\n"
        "Harga Cabai Rawit di Pasar Lembah Turun Jadi Rp 40.000 Per Kilogram Pekan Ini\n"
        "KABARSATU.COM, LEMBAH - Harga cabai rawit turun pada Senin (4/1/2021).\n"
        "Pedagang menyebut pasokan dari petani sudah pulih."
    )
    cleaned = clean(RawDocument(source="a.txt", text=text, raw=text, format="text"))
    assert (
        cleaned.metadata.title
        == "Harga Cabai Rawit di Pasar Lembah Turun Jadi Rp 40.000 Per Kilogram Pekan Ini"
    )
    assert cleaned.metadata.byline is None
    assert cleaned.metadata.published != "2027-03-03"
    assert [r.rule for r in cleaned.removed][:2] == ["page_date", "kicker"]


@pytest.mark.parametrize(
    ("line", "teaser"),
    [
        ("Selanjutnya: Harga Cabai Turun di Pasar Lembah", True),
        ("Berikutnya", True),
        ("Sebelumnya, polisi menetapkan dua tersangka dalam kasus itu.", False),
        ("Selanjutnya warga diminta tetap waspada.", False),
    ],
)
def test_sentence_adverb_is_no_teaser(line: str, teaser: bool) -> None:
    assert bool(line_features(line, 0.5)["teaser_start"]) is teaser


def test_numbered_steps_are_story() -> None:
    assert not is_furniture("4. Ikuti petunjuk evakuasi dari petugas", 0.6)
    assert not is_furniture("2. Cek kembali", 0.6)


def test_lines_of_digits_and_copy_notices_are_cues() -> None:
    assert line_features("00:00 / 04:31", 0.1)["no_letters"] == 1.0
    assert line_features("Banjir 2022", 0.1)["no_letters"] == 0.0
    assert line_features("Link copied!", 0.9)["ui_status"] == 1.0
