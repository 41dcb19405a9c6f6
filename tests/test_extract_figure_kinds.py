"""What a number counts: the kind read from its own clause segment, never from a neighbour's words."""

from __future__ import annotations

import pytest

from warta.extract.figure_kinds import kind_rank, read_kind, same_object
from warta.extract.numbers import find_quantities


def kinds(text: str) -> list[tuple[float, str | None, str, bool]]:
    return [(q.value, *read_kind(text, q).key(), read_kind(text, q).change) for q in find_quantities(text)]


def test_a_list_gives_each_number_its_own_kind() -> None:
    text = "Kebakaran itu menewaskan 41 napi, 8 napi luka berat, dan 72 orang lainnya luka ringan."
    assert kinds(text) == [
        (41, "killed", "", False),
        (8, "injured", "berat", False),
        (72, "injured", "ringan", False),
    ]


def test_missing_dead_and_evacuated_are_three_kinds() -> None:
    text = "Hingga Senin, 5 orang tewas, 7 warga masih hilang dan sekitar 1.200 warga mengungsi."
    assert [k[1] for k in kinds(text)] == ["killed", "missing", "evacuated"]


def test_a_number_closing_its_clause_takes_the_subject_kind() -> None:
    text = "Korban meninggal akibat banjir di Desa Mekar, Kabupaten Laut, bertambah menjadi 14 orang."
    assert kinds(text) == [(14, "killed", "", False)]


def test_what_happened_comes_before_who_they_are() -> None:
    assert kinds("Polisi menyebut 300 pengunjuk rasa telah ditahan.")[0][1] == "arrested"


@pytest.mark.parametrize(
    ("text", "kind", "sub"),
    [
        ("Sebanyak 8 kecamatan terdampak abu.", "affected", "kecamatan"),
        ("Sebanyak 18 petugas keamanan tewas.", "killed", "personnel"),
        ("Polres mengerahkan 500 personel gabungan.", "deployed", ""),
        ("Banjir merusak 412 rumah warga.", "buildings_damaged", "rumah"),
        ("Baru dua orang yang teridentifikasi.", "identified", ""),
        ("Harga beras naik menjadi Rp 14.000 per kilogram.", "price", ""),
        ("Pemerintah menyalurkan bantuan Rp 350 juta.", "money", ""),
        ("Lebih dari 3.000 warga Desa Sukamaju meninggalkan rumah mereka.", "evacuated", ""),
        ("Sekitar 5.000 penduduk meninggalkan Kota Lama sejak pekan lalu.", "evacuated", ""),
        ("About 2,000 residents fled the town.", "evacuated", ""),
        ("Banjir bandang itu merenggut 12 nyawa.", "killed", ""),
        ("Kebakaran terjadi di blok yang dihuni oleh 90 orang.", "people", ""),
    ],
)
def test_kinds_of_the_taxonomy(text: str, kind: str, sub: str) -> None:
    [got] = kinds(text)
    assert got[1:3] == (kind, sub)


def test_changes_and_parts_are_not_counts() -> None:
    text = "Korban bertambah 3 orang. Sebanyak 40 warga terluka, dua di antaranya dirawat."
    assert [(k[0], k[3]) for k in kinds(text)] == [(3, True), (40, False), (2, True)]


def test_lost_contact_is_not_missing_people() -> None:
    [got] = kinds("Pesawat dengan 56 penumpang hilang kontak di atas laut.")
    assert got[1] != "missing"


def test_a_bare_number_has_no_readable_kind() -> None:
    assert kinds("Skor akhir menjadi 3 setelah babak kedua.")[0][1] is None


def test_objects_and_order() -> None:
    assert same_object("napi", "orang") and same_object("petugas keamanan", "anggota pasukan")
    assert not same_object("warga", "polisi")
    assert kind_rank("killed") < kind_rank("evacuated") < kind_rank("price") < kind_rank("other")


def test_what_a_disaster_reached_is_affected_and_a_bare_place_count_has_no_kind() -> None:
    """Fiction: a flood that reached villages; a mountain that lies between two regencies."""
    assert kinds("Banjir bandang menerjang enam desa di kabupaten itu.") == [(6, "affected", "desa", False)]
    assert kinds("Gunung itu terletak di antara dua kabupaten.") == [(2, "other", "kabupaten", False)]


def test_an_amount_per_unit_is_a_price() -> None:
    assert [k[1] for k in kinds("Beras itu kini dijual Rp 12.000 per kilogram.")] == ["price"]
    assert [k[1] for k in kinds("Pemerintah menyalurkan bantuan Rp 200 juta.")] == ["money"]


def test_a_clause_after_dan_with_its_own_number_is_not_this_numbers() -> None:
    """Fiction: the affected and the evacuated in one sentence, each with its own number."""
    text = "Menurut BPBD, jumlah warga terdampak sebanyak 3.100 jiwa dan warga mengungsi 1.250."
    assert [k[1] for k in kinds(text)] == ["affected", "evacuated"]


def test_the_whole_a_toll_is_taken_from_is_not_the_toll() -> None:
    """Fiction: "of the 122 registered, 41 died": the measure reader's role does not make 122 a toll."""
    from warta.extract.figure_kinds import read_kind

    text = "Dari 122 yang terdaftar, 41 orang tewas."
    whole, toll = find_quantities(text)
    assert read_kind(text, whole, role="killed").kind is None
    assert read_kind(text, toll, role="killed").kind == "killed"


def test_a_severity_told_before_a_closing_number_is_its_own() -> None:
    """Fiction: "those still badly hurt and treated ... number five"; a later number in a list is not."""
    from warta.extract.figure_kinds import read_kind

    text = "Yang masih luka berat dan dirawat di rumah sakit daerah sebanyak lima orang."
    [q] = find_quantities(text)
    assert read_kind(text, q, role="injured").key() == ("injured", "berat")
    text = "Delapan orang luka berat dan dirawat, sedangkan 5 orang dirawat di puskesmas."
    five = next(q for q in find_quantities(text) if q.value == 5)
    assert read_kind(text, five, role="injured").key() == ("injured", "")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Polisi menangkap pria berusia 23 tahun di Desa Mekar.", "age"),
        ("Polisi menangkap pria 23 tahun di Desa Mekar.", "age"),
        ("Status tanggap darurat berlaku selama 14 tahun.", "duration"),
        ("Status tanggap darurat berlaku selama 14 hari.", "duration"),
    ],
)
def test_years_after_a_person_or_berusia_are_an_age(text: str, kind: str) -> None:
    assert kinds(text)[0][1] == kind


def test_kembali_before_a_count_is_an_increment() -> None:
    """Fiction: "kembali menangkap" and "menetapkan kembali" add to a count told before."""
    assert kinds("Polisi kembali menangkap tiga orang pelaku.")[0][1:] == ("arrested", "", True)
    assert kinds("Polisi menetapkan kembali 3 tersangka.")[0][3] is True


def test_a_noun_kind_counts_only_the_numbers_own_noun() -> None:
    """Fiction: "pengeras suara" far after the number gives it no vote count; "1.000 suara" is one."""
    assert (
        kinds("Polisi mengantongi identitas lima pelaku lain dalam kasus pencurian pengeras suara.")[0][1]
        != "votes"
    )
    assert kinds("Calon itu meraih 1.000 suara.")[0][1] == "votes"


def test_a_copula_closing_the_clause_gives_the_named_group_of_its_subject() -> None:
    """Fiction: "total penumpang kapal adalah 50 orang" counts passengers."""
    assert kinds("Menurut data, total penumpang kapal itu adalah 50 orang.") == [
        (50, "people", "penumpang", False)
    ]


def test_leaving_is_displaced_only_for_residents_leaving_a_place() -> None:
    """Fiction: travellers leaving a city and a man leaving children behind are not displaced people."""
    assert [k[1] for k in kinds("Sebanyak 20.000 pemudik meninggalkan Jakarta pada Jumat.")] != ["evacuated"]
    assert [k[1] for k in kinds("Ia meninggalkan tiga orang anak.")] != ["evacuated"]


def test_crew_names_are_one_object() -> None:
    assert same_object("kru pesawat", "awak kabin")


def test_inmates_are_one_named_group() -> None:
    """Fiction: "warga binaan" is the official word for the inmates "napi" and "narapidana" name."""
    assert [k[2] for k in kinds("Penjara itu dihuni 300 warga binaan dan 20 napi lansia.")] == [
        "narapidana",
        "narapidana",
    ]
    assert same_object("warga binaan", "napi")


@pytest.mark.parametrize(
    ("text", "kind", "counted"),
    [
        ("Polisi menangkap pria 23 tahun pada Selasa.", "age", "pria"),
        ("Police arrested a 23-year-old man on Tuesday.", "age", "man"),
        ("Mas kawinnya emas 80 gram dibayar tunai.", "quantity", "emas"),
        ("Ia sudah dua kali dijatuhi sanksi ringan.", "other", "sanksi ringan"),
        ("Ia dirawat di Kota Baru selama sekitar 10 bulan.", "duration", ""),
        ("Masih ada dua kita kejar.", None, ""),
        ("Pebalap 26 tahun itu finis kedua.", "age", "Pebalap"),
        ("Pemerintah 5 tahun terakhir membangun jalan.", "duration", ""),
    ],
)
def test_the_counted_noun_is_a_noun_phrase(text: str, kind: str | None, counted: str) -> None:
    """Made-up sentences: the counted thing is never a preposition, time word, verb or pronoun."""
    (q,) = find_quantities(text, language="en" if text.startswith("Police") else "id")
    reading = read_kind(text, q)
    assert (reading.kind, reading.counted) == (kind, counted)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Halimah (63), menambahkan bahwa dia akan fokus bekerja.", ("age", "Halimah")),
        ("Polisi menangkap seorang pria berusia 30 dengan inisial MA.", ("age", "pria")),
        ("Acara itu akan dihadiri sekitar 8000 tamu dari berbagai daerah.", ("attendance", "tamu")),
        ("Rapat itu dihadiri oleh lebih dari 500 orang.", ("attendance", "orang")),
        ("Jika juara, usia Buffon saat itu 39 tahun.", ("age", "")),  # the age word opens the clause
        ("Penyidik memeriksa 13 orang saksi dari unsur pejabat.", ("other", "orang saksi")),  # a classifier
        ("The Fed akan menaikkan suku bunga sebanyak tiga kali.", ("other", "suku bunga")),  # how often
        ("Juventus harus rela dibobol empat kali oleh Madrid.", ("other", "")),  # no object: no noun
    ],
)
def test_ages_and_attendance_told_by_the_press(text: str, want: tuple[str, str]) -> None:
    r = read_kind(text, find_quantities(text)[0])
    assert (r.kind, r.counted) == want


@pytest.mark.parametrize(
    "text",
    [
        "Gol dicetak oleh Cristian Gonzales (menit 19) dan Jad Noureddine (82).",  # minutes of goals
        "Posisi berikutnya ditempati Malaysia (145 medali emas), Thailand (72).",  # a medal table
        "Peserta terdiri dari Aceh (1), Sumatera Utara (1), dan Kepri (5).",  # a count per place
        "Hal itu diatur dalam Pasal 42 ayat (4) undang-undang itu.",  # a clause number
        "Korban (2) dibawa ke rumah sakit, korban lain pulang.",  # a common word opening a sentence
    ],
)
def test_a_number_in_parentheses_is_not_always_an_age(text: str) -> None:
    assert all(read_kind(text, q).kind != "age" for q in find_quantities(text))
