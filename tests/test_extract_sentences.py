"""Sentence spans: an Indonesian abbreviation guard over sentencex. Every text here is made up."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, needs_shared
from warta.extract.sentences import split_sentences
from warta.types import Span

INDOSUM = DATA / "indosum" / "articles.jsonl"


def _texts(text: str, *, language: str = "id") -> list[str]:
    return [span.slice(text) for span in split_sentences(text, language=language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period glued to a capitalised word ends a sentence
        ("Banjir sudah surut sejak pagi terjadi.Yang lain masih mengungsi.",
         ["Banjir sudah surut sejak pagi terjadi.", "Yang lain masih mengungsi."]),
        ("Warga berkumpul di balai desa.Mereka menunggu bantuan.",
         ["Warga berkumpul di balai desa.", "Mereka menunggu bantuan."]),
        ("Pasar dibuka pukul 08.00 WIB.Pembeli langsung berdatangan.",
         ["Pasar dibuka pukul 08.00 WIB.", "Pembeli langsung berdatangan."]),
        ("Kabar itu dikonfirmasi kepada E!News kemarin. Ia menolak berkomentar.",
         ["Kabar itu dikonfirmasi kepada E!News kemarin.", "Ia menolak berkomentar."]),
        # titles and abbreviations never end a sentence
        ("Harga beras naik menjadi Rp. 12.500 per kilogram. Pedagang mengeluh.",
         ["Harga beras naik menjadi Rp. 12.500 per kilogram.", "Pedagang mengeluh."]),
        ("Pasien ditangani dr. Sari di ruang gawat darurat. Kondisinya stabil.",
         ["Pasien ditangani dr. Sari di ruang gawat darurat.", "Kondisinya stabil."]),
        ("Rumah itu berada di Jl. Melati No. 12 Kec. Sukamaju. Pemiliknya pergi.",
         ["Rumah itu berada di Jl. Melati No. 12 Kec. Sukamaju.", "Pemiliknya pergi."]),
        ("Penelitian itu ditulis Prof. Wulan dan rekan. Hasilnya dimuat jurnal.",
         ["Penelitian itu ditulis Prof. Wulan dan rekan.", "Hasilnya dimuat jurnal."]),
        ("Acara dibuka oleh H. Darmo, tokoh masyarakat setempat. Warga antusias.",
         ["Acara dibuka oleh H. Darmo, tokoh masyarakat setempat.", "Warga antusias."]),
        ("Kuasa hukumnya, Rina Kartika, S.H. Menyatakan banding. Sidang ditunda.",
         ["Kuasa hukumnya, Rina Kartika, S.H. Menyatakan banding.", "Sidang ditunda."]),
        ("Kajian itu disusun Hadi dkk. Menurut mereka, air tanah turun.",
         ["Kajian itu disusun Hadi dkk. Menurut mereka, air tanah turun."]),
        ("Dana dikirim a.n. Yayasan Pelita kemarin. Penerima sudah konfirmasi.",
         ["Dana dikirim a.n. Yayasan Pelita kemarin.", "Penerima sudah konfirmasi."]),
        ("Rapat dipimpin Kombes Pol. Arif Santoso. Semua kapolsek hadir.",
         ["Rapat dipimpin Kombes Pol. Arif Santoso.", "Semua kapolsek hadir."]),
        ("Gedung itu milik Drs. Bambang Sutejo. Kini gedung itu kosong.",
         ["Gedung itu milik Drs. Bambang Sutejo.", "Kini gedung itu kosong."]),
        # initials
        ("Sambutan disampaikan M. Yusuf selaku ketua panitia. Acara lalu dimulai.",
         ["Sambutan disampaikan M. Yusuf selaku ketua panitia.", "Acara lalu dimulai."]),
        ("Gol tunggal dicetak A. R. Pratama. Tim tamu kecewa.",
         ["Gol tunggal dicetak A. R. Pratama.", "Tim tamu kecewa."]),
        # dates, numbers and times
        ("Gempa terjadi Sabtu (8/1/2022) dini hari. Tidak ada korban.",
         ["Gempa terjadi Sabtu (8/1/2022) dini hari.", "Tidak ada korban."]),
        ("Sebanyak 2.500 warga mengungsi. Sebagian kembali sore.",
         ["Sebanyak 2.500 warga mengungsi.", "Sebagian kembali sore."]),
        ("Inflasi tercatat 1,5 persen bulan lalu. Angka itu turun.",
         ["Inflasi tercatat 1,5 persen bulan lalu.", "Angka itu turun."]),
        ("Kereta berangkat pukul 10.30 WIB. Penumpang sudah naik.",
         ["Kereta berangkat pukul 10.30 WIB.", "Penumpang sudah naik."]),
        ("Korban tewas mencapai 18 orang. 16 lainnya luka ringan.",
         ["Korban tewas mencapai 18 orang.", "16 lainnya luka ringan."]),
        # URLs and e-mail addresses
        ("Hal itu dilaporkan Liputan6.com dari lokasi. Tim SAR masih mencari.",
         ["Hal itu dilaporkan Liputan6.com dari lokasi.", "Tim SAR masih mencari."]),
        ("Berita lengkap ada di kompas.id dan situs lain. Silakan baca.",
         ["Berita lengkap ada di kompas.id dan situs lain.", "Silakan baca."]),
        ("Kirim tanggapan ke redaksi@koranpagi.id. Terima kasih.",
         ["Kirim tanggapan ke redaksi@koranpagi.id.", "Terima kasih."]),
        ("Laporan dikutip dari JUARA.NET pagi ini. Pelatih belum berkomentar.",
         ["Laporan dikutip dari JUARA.NET pagi ini.", "Pelatih belum berkomentar."]),
        ("Informasi ada di www.Contohberita.com sejak pagi. Silakan cek.",
         ["Informasi ada di www.Contohberita.com sejak pagi.", "Silakan cek."]),
        # quoted speech keeps its attribution
        ('"Kami tidak akan pergi sebelum semua selamat," kata Blinken. Ia lalu pergi.',
         ['"Kami tidak akan pergi sebelum semua selamat," kata Blinken.', "Ia lalu pergi."]),
        ('"Jembatan itu sudah lama rusak. Kami takut lewat situ." katanya. Warga setuju.',
         ['"Jembatan itu sudah lama rusak.', 'Kami takut lewat situ." katanya.', "Warga setuju."]),
        ("“Kapan jalan ini diperbaiki?” tanya seorang warga. Camat diam.",
         ["“Kapan jalan ini diperbaiki?” tanya seorang warga.", "Camat diam."]),
        ('Ia berkata, "Kami siap bekerja." Setelah itu rapat ditutup.',
         ['Ia berkata, "Kami siap bekerja."', "Setelah itu rapat ditutup."]),
        # ? and ! end sentences
        ("Siapa yang bertanggung jawab? Belum ada jawaban. Sungguh memalukan! Warga marah.",
         ["Siapa yang bertanggung jawab?", "Belum ada jawaban.", "Sungguh memalukan!", "Warga marah."]),
        ("Apa itu?Tidak ada yang tahu.", ["Apa itu?", "Tidak ada yang tahu."]),
        # line breaks always end a sentence; whitespace is trimmed; no empty sentences
        ("Banjir Rendam Tiga Desa\n\nAir mulai naik sejak subuh. Warga mengungsi\nke masjid",
         ["Banjir Rendam Tiga Desa", "Air mulai naik sejak subuh.", "Warga mengungsi", "ke masjid"]),
        ("   Spasi di depan.   Dan di belakang.   \n\n   \n", ["Spasi di depan.", "Dan di belakang."]),
        ("", []),
        (" \n\t\n ", []),
        # lists: "a." and "b." are items, not sentences; dll. may end one
        ("Warga dilarang: a. Membakar sampah; b. Membuang limbah ke sungai.",
         ["Warga dilarang: a. Membakar sampah; b. Membuang limbah ke sungai."]),
        ("Toko itu menjual beras, gula, minyak, dll. Harganya murah.",
         ["Toko itu menjual beras, gula, minyak, dll.", "Harganya murah."]),
        ("Perusahaan merilis ponsel baru. iPhone pesaingnya turun harga.",
         ["Perusahaan merilis ponsel baru.", "iPhone pesaingnya turun harga."]),
    ],
)  # fmt: skip
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The minister arrived on Monday. Mr. Lee met him.", "en",
         ["The minister arrived on Monday.", "Mr. Lee met him."]),
        ("Menteri tiba pada hari Isnin. Beliau disambut pegawai.", "ms",
         ["Menteri tiba pada hari Isnin.", "Beliau disambut pegawai."]),
        ("Tanpa bahasa yang dikenal. Tetap dipecah.", "und",
         ["Tanpa bahasa yang dikenal.", "Tetap dipecah."]),
    ],
)  # fmt: skip
def test_other_languages(text: str, language: str, expected: list[str]) -> None:
    assert _texts(text, language=language) == expected


def _assert_well_formed(text: str, spans: tuple[Span, ...]) -> None:
    end = 0
    for span in spans:
        piece = span.slice(text)
        assert span.start >= end, "spans overlap or are out of order"
        assert piece and piece == piece.strip(), f"untrimmed or empty span {piece!r}"
        assert "\n" not in piece
        end = span.end


def test_seeds_split_into_well_formed_spans(seed_files: dict[str, Path]) -> None:
    for path in seed_files.values():
        text = path.read_text(encoding="utf-8")
        spans = split_sentences(text)
        _assert_well_formed(text, spans)
        # nothing but whitespace falls between sentences
        assert "".join("".join(s.slice(text).split()) for s in spans) == "".join(text.split())


def test_seed_gold_strings_fall_inside_one_sentence(
    seed_files: dict[str, Path], gold: dict[str, Any]
) -> None:
    """must_keep lines, quotes and figure texts of the gold are never cut by a sentence end."""
    sentences = {
        key: [s.slice(text) for s in split_sentences(text)]
        for key, text in ((k, p.read_text(encoding="utf-8")) for k, p in seed_files.items())
    }
    wanted = [(key, text) for key, texts in gold["must_keep"].items() for text in texts]
    wanted += [(c["article"], c["text"]) for q in gold["quotes"] for c in q["contains"]]
    wanted += [(v["article"], v["text"]) for f in gold["figures"] for v in f["values"]]
    wanted += [(v["article"], v["text"]) for v in gold["single_figures"]]
    assert len(wanted) > 50
    cut = [(key, text) for key, text in wanted if not any(text in s for s in sentences[key])]
    assert cut == []


def test_seed_glued_sentence_is_split(seed_files: dict[str, Path]) -> None:
    """Seed 000 glues two sentences with no space after the period; they come apart."""
    text = seed_files["000"].read_text(encoding="utf-8")
    glued = [s for s in split_sentences(text) if s.start > 0 and text[s.start - 1] == "."]
    assert len(glued) == 1


@needs_shared(INDOSUM)
def test_indosum_boundaries_agree_with_the_release() -> None:
    """Boundary F1 against IndoSum's own segmentation, on its first 200 articles."""
    found = gold = both = 0
    with INDOSUM.open(encoding="utf-8") as lines:
        for _, line in zip(range(200), lines, strict=False):
            record = json.loads(line)
            text = record["text"]
            spans = split_sentences(text)
            _assert_well_formed(text, spans)
            ours = _ends([s.slice(text) for s in spans])
            theirs = _ends([s for s in record["sentences"] if s])
            found, gold, both = found + len(ours), gold + len(theirs), both + len(ours & theirs)
    f1 = 2 * both / (found + gold)
    assert f1 >= 0.99


def _ends(sentences: list[str]) -> set[int]:
    """Sentence ends counted in non-space characters, so different spacing compares equal."""
    ends: set[int] = set()
    count = 0
    for sentence in sentences:
        count += len("".join(sentence.split()))
        ends.add(count)
    return ends


def test_a_megabyte_splits() -> None:
    """Linear time: 1 MB of news-like text (one line, and paragraphs) completes; no timing assert."""
    paragraph = (
        "Harga beras naik menjadi Rp. 12.500 per kilogram sejak Senin (8/1/2022), kata dr. Ani di "
        'Jl. Mawar No. 5.Yang lain menunggu. "Kami belum tahu kapan turun," kata M. Yusuf kepada '
        "kompas.id pukul 10.30 WIB. Apakah pemerintah akan turun tangan? Belum ada jawaban! "
    )
    copies = 1_000_000 // len(paragraph)
    assert len(split_sentences(paragraph * copies)) == 5 * copies
    assert len(split_sentences((paragraph + "\n\n") * copies)) == 5 * copies
    assert split_sentences("x" * 1_000_000) == (Span(0, 1_000_000),)
    assert split_sentences(". " * 500_000)


def test_deterministic() -> None:
    text = "Satu dua tiga. Empat lima enam.\nTujuh."
    assert split_sentences(text) == split_sentences(text)
