"""Outlet datelines and layouts, on lines we wrote ourselves."""

from __future__ import annotations

import pytest

from warta.clean.outlets import detect_outlet, find_outlet, match_dateline


@pytest.mark.parametrize(
    ("line", "outlet", "place", "rest"),
    [
        ("Liputan6.com, Bandung - Hujan deras turun.", "Liputan6", "Bandung", "Hujan deras turun."),
        ("Liputan6.com, Nur-Sultan - Angin kencang.", "Liputan6", "Nur-Sultan", "Angin kencang."),
        ("Tokyo | EGINDO.co – Gempa kecil terasa.", "EGINDO", "Tokyo", "Gempa kecil terasa."),
        ("Jakarta, CNN Indonesia -- Harga naik.", "CNN Indonesia", "Jakarta", "Harga naik."),
        ("Padang (ANTARA News) - Panen raya dimulai.", "Antara", "Padang", "Panen raya dimulai."),
        ("BOGOR (Pos Kota) – Jalan ditutup.", "Pos Kota", "Bogor", "Jalan ditutup."),
        ("Merdeka.com - Pasar ramai.", "Merdeka", None, "Pasar ramai."),
        ("Suara.com -", "Suara", None, ""),
        ("Rimanews - Kapal tiba.", "Rimanews", None, "Kapal tiba."),
        ("JUARA.NET, LONDON - Tim menang.", "Juara.net", "London", "Tim menang."),
        ("TRIBUNNEWS.COM, MEDAN - Listrik padam.", "Tribunnews", "Medan", "Listrik padam."),
        ("SURABAYA - Warga antre minyak.", None, "Surabaya", "Warga antre minyak."),
        ("Malang, Kabarkota.com - Hujan es.", "Kabarkota", "Malang", "Hujan es."),
        ("KABARKOTA.COM - Hujan es.", "Kabarkota", None, "Hujan es."),
        ("WATUGEDE, KABARLEMBAH.COM – Hujan es.", "Kabarlembah", "Watugede", "Hujan es."),
        ("KILASNUSA.CO.ID, JAKARTA -- Harga naik.", "Kilasnusa", "Jakarta", "Harga naik."),
        ("TEMPO.CO, Jakarta - Harga naik.", "Tempo", "Jakarta", "Harga naik."),
        ("LUMAJANG, KABARSATU.TV - Hujan abu.", "Kabarsatu TV", "Lumajang", "Hujan abu."),
        ("TRIBUNSUMSEL.ID, PALEMBANG - Banjir.", "Tribun Sumsel", "Palembang", "Banjir."),
        ("JAKARTA, iWarta.id - Harga naik.", "iWarta.id", "Jakarta", "Harga naik."),
        ("Kabar Tenggara Raya, Mataram – Panen.", "Kabar Tenggara Raya", "Mataram", "Panen."),
        ("Mataram, Kabar Tenggara Raya – Panen.", "Kabar Tenggara Raya", "Mataram", "Panen."),
        ("JUARA.NET - Tim menang.", "Juara.net", None, "Tim menang."),
        ("Lintasjaya.id, Watugede - Banjir.", "Lintasjaya.id", "Watugede", "Banjir."),
        ("Watugede | LembayungNews.co – Bupati datang.", "LembayungNews", "Watugede", "Bupati datang."),
        (
            "WATUGEDE, Indonesia, Jan 15 (Meridian Wire) - The toll rose.",
            "Meridian Wire",
            "Watugede",
            "The toll rose.",
        ),
        ("JAKARTA, Jan 15 (Reuters) - Prices fell.", "Reuters", "Jakarta", "Prices fell."),
        ("KOREA SELATAN – Salju turun.", None, "Korea Selatan", "Salju turun."),
        ("OPINI - Mengapa hujan turun.", None, None, "Mengapa hujan turun."),
        (
            "Kabar Lereng Raya – Warga enam desa mengungsi ke balai desa sejak Selasa malam.",
            "Kabar Lereng Raya",
            None,
            "Warga enam desa mengungsi ke balai desa sejak Selasa malam.",
        ),
    ],
)
def test_match_dateline(line: str, outlet: str | None, place: str | None, rest: str) -> None:
    found = match_dateline(line)
    assert found is not None
    assert (found.outlet, found.place, line[found.end :]) == (outlet, place, rest)


@pytest.mark.parametrize(
    "line",
    [
        "Warga desa mengungsi - kata kepala desa - sejak pagi.",
        "PBB, AS, dan Jepang meminta semua pihak menahan diri.",
        "Banjir Memanas, Warga Kirim Bantuan",
        "GO-JEK memperluas layanan ke kota baru.",
        "Jakarta, Senin - harga naik.",
        # a name and a dash that is no outlet's dateline: a headline, a place, a person, a clause
        "Banjir Bandang - Warga Mengungsi",
        "Lombok Timur – Warga enam desa mengungsi ke balai desa sejak Selasa malam tadi.",
        "Kabupaten Watugede – Warga enam desa mengungsi ke balai desa sejak Selasa malam.",
        "Presiden Joko Widodo - Kami minta warga di bantaran sungai tidak kembali ke rumah.",
        "Pada Suzuki GSX - R150 terdapat lampu LED, pijakan kaki ala balap, dan jok tunggal.",
        "Lagu Terbaik – Sari Dewi Penyanyi Baru – Budi Santoso Album Terbaik – Kabar Lereng dan kawan-kawan",
        "Sari Dewi - kata warga yang mengungsi ke balai desa sejak Selasa malam tadi.",
    ],
)
def test_no_dateline(line: str) -> None:
    assert match_dateline(line) is None


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["Judul Berita", "Liputan6.com, Bogor - Isi berita."], "Liputan6"),
        (["Judul", "Penulis: Ani Lestari", "Editor: Budi", "Isi berita."], None),  # many portals print it
        (["Isi berita.", "RELATED ARTICLES", "- Advertisment -", "Most Popular"], "NTD Indonesia"),
        (["Isi berita tanpa tanda apa pun."], None),
    ],
)
def test_detect_outlet(lines: list[str], outlet: str | None) -> None:
    assert detect_outlet(lines) == outlet


@pytest.mark.parametrize(
    ("name", "outlet"),
    [("antaranews", "Antara"), ("cnn indonesia", "CNN Indonesia"), ("poskotanews", "Pos Kota"), ("x", None)],
)
def test_find_outlet(name: str, outlet: str | None) -> None:
    found = find_outlet(name)
    assert (found.name if found else None) == outlet
