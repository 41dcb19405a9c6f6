"""Entity mentions by rules and gazetteers: fictional sentences, then the seeds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from warta.extract.entities import EntityMention, find_entities


def _by_text(text: str) -> dict[str, EntityMention]:
    return {m.text: m for m in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Presiden Rusia Vladimir Putin tiba di Moskow kemarin.", "Vladimir Putin", "PER"),
        ("Presiden Rusia Vladimir Putin tiba di Moskow kemarin.", "Rusia", "LOC"),
        ("Presiden Rusia Vladimir Putin tiba di Moskow kemarin.", "Moskow", "LOC"),
        ("Warga Nursultan berkumpul di alun-alun.", "Nursultan", "LOC"),
        ("Mantan pemimpin Nursultan Nazarbayev tidak hadir.", "Nursultan Nazarbayev", "PER"),
        ("Organisasi Kerja Sama Pangan (OKSP) bertemu di Jenewa.", "Organisasi Kerja Sama Pangan", "ORG"),
        ("Organisasi Kerja Sama Pangan (OKSP) bertemu di Jenewa.", "OKSP", "ORG"),
        (
            "Pejabat kementerian luar negeri Jerman menolak berkomentar.",
            "kementerian luar negeri Jerman",
            "ORG",
        ),
        ("Laporan itu dikutip dari Associated Press pada Senin.", "Associated Press", "ORG"),
        ("Delegasi Amerika Serikat dan PBB tiba di Asia Tengah.", "Amerika Serikat", "LOC"),
        ("Delegasi Amerika Serikat dan PBB tiba di Asia Tengah.", "Asia Tengah", "LOC"),
        ("Delegasi Amerika Serikat dan PBB tiba di Asia Tengah.", "PBB", "ORG"),
        ("Tetapi Jika Marta Kowalczyk datang, rapat dimulai.", "Marta Kowalczyk", "PER"),
    ],
)
def test_finds_names_with_their_type(text: str, name: str, type_: str) -> None:
    found = _by_text(text)
    assert name in found, sorted(found)
    assert found[name].type == type_
    assert text[found[name].start : found[name].end] == name


@pytest.mark.parametrize(
    ("text", "name", "role", "title_only"),
    [
        ("Menteri Luar Negeri AS Jane Doe berbicara.", "Jane Doe", "menlu@US", False),
        ("Menlu AS Mendesak Gencatan Senjata", "Menlu AS", "menlu@US", True),
        ("Menteri Luar Negeri Jerman Karl Beispiel menolak.", "Karl Beispiel", "menlu@DE", False),
        ("Presiden Tokayev berpidato.", "Tokayev", "presiden", False),
    ],
)
def test_reads_role_titles(text: str, name: str, role: str, title_only: bool) -> None:
    found = _by_text(text)
    assert found[name].role == role
    assert found[name].title_only is title_only
    assert found[name].type == "PER"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Kazakhstan Tangkap Lebih dari Seribu Orang", "Tangkap Lebih"),
        ("Kementerian mengatakan situasi sudah tenang.", "Kementerian"),
        ("Siaran “This Week” ditonton banyak orang.", "Week"),
        ("Liputan6.com, Nursultan - Hujan turun.", "Liputan6"),
        ("Penggunaan LPG naik di TV.", "LPG"),
    ],
)
def test_skips_common_words_titles_and_domains(text: str, absent: str) -> None:
    assert absent not in _by_text(text)


@pytest.mark.parametrize("text", ["", "   \n", "hujan turun sejak pagi dan jalanan sepi.", "1234 5678"])
def test_text_without_names_gives_nothing(text: str) -> None:
    assert find_entities(text) == []


def test_acronym_beside_expansion_shares_its_key() -> None:
    found = _by_text("Dewan Pangan Regional (DPR) dan Badan Air Dunia bertemu.")
    assert found["Dewan Pangan Regional"].key == found["DPR"].key == "acr:DPR"


def test_ministry_keys_carry_portfolio_and_country() -> None:
    found = _by_text("Kementerian Dalam Negeri Kazakhstan dan Departemen Luar Negeri bertemu.")
    assert found["Kementerian Dalam Negeri Kazakhstan"].key == "ministry:kementerian:dalam negeri@KZ"
    assert found["Departemen Luar Negeri"].key == "ministry:departemen:luar negeri"


def test_gold_aliases_are_found_in_the_seeds(seed_files: dict[str, Path], gold: dict[str, Any]) -> None:
    """Every alias of a main gold entity is found as a mention in some seed that names it."""
    mentions = {
        k: {m.text for m in find_entities(p.read_text(encoding="utf-8"))} for k, p in seed_files.items()
    }
    missing = [
        (e["name"], alias)
        for e in gold["entities"]
        if e["main"]
        for alias in e["aliases"]
        if not any(alias in mentions[k] for k in e["articles"])
    ]
    assert missing == []


# Fiction: Indonesian officials are named after their title and jurisdiction or unit; places by their
# administrative heads; provinces in Indonesian or English.
@pytest.mark.parametrize(
    ("text", "name", "type_", "key"),
    [
        ("Bupati Sukamaju Rina Lestiani meninjau lokasi.", "Rina Lestiani", "PER", None),
        ("Bupati Sukamaju Rina Lestiani meninjau lokasi.", "Sukamaju", "PER", None),
        ("Kapolres Tanjungwaru AKBP Dimas Prakoso memberi keterangan.", "Dimas Prakoso", "PER", None),
        ("Ketua HNKT Joni Saragih membantah.", "Joni Saragih", "PER", None),
        ("Ketua HNKT Joni Saragih membantah.", "HNKT", "ORG", "acr:HNKT"),
        ("Menteri Perindustrian Ratna Sulistiowati hadir.", "Ratna Sulistiowati", "PER", None),
        ("Kepala UPT Pasar Baru Sukamaju Ahmad Fauzi mengatakan itu.", "Ahmad Fauzi", "PER", None),
        ("Kepala UPT Pasar Baru Sukamaju Ahmad Fauzi mengatakan itu.", "Pasar Baru Sukamaju", "LOC", None),
        ("Banjir melanda Kabupaten Sukamaju, Jawa Barat.", "Kabupaten Sukamaju", "LOC", "place:kabupaten:sukamaju"),
        ("Banjir melanda Kabupaten Sukamaju, Jawa Barat.", "Jawa Barat", "LOC", "region:jawa barat"),
        ("Floods hit West Java on Monday.", "West Java", "LOC", "region:jawa barat"),
        ("The Lawu River burst its banks.", "Lawu River", "LOC", "place:sungai:lawu"),
        ("Warga mengungsi ke Balai Desa Sukorejo.", "Desa Sukorejo", "LOC", "place:desa:sukorejo"),
        ("Kepala Dinas Pertanian Kota Tanjungwaru, Sari Dewi, hadir.", "Dinas Pertanian", "ORG", None),
        ("Kepala Dinas Pertanian Kota Tanjungwaru, Sari Dewi, hadir.", "Kota Tanjungwaru", "LOC", "place:kota:tanjungwaru"),
        ("Kepolisian Resor (Polres) Tanjungwaru menahan tiga orang.", "Polres", "ORG", "acr:Polres"),
        ("Kepolisian Resor (Polres) Tanjungwaru menahan tiga orang.", "Kepolisian Resor", "ORG", "acr:Polres"),
        ("Polres Tanjungwaru menahan tiga orang.", "Polres Tanjungwaru", "ORG", None),
        ("Data BPBD Sukamaju mencatat 40 rumah rusak.", "BPBD Sukamaju", "ORG", None),
        (
            "Kuota dievaluasi bersama Kementerian Kelautan dan Perikanan.",
            "Kementerian Kelautan dan Perikanan",
            "ORG",
            "ministry:kementerian:kelautan dan perikanan",
        ),
    ],
)  # fmt: skip
def test_reads_indonesian_officials_places_and_bodies(
    text: str, name: str, type_: str, key: str | None
) -> None:
    found = _by_text(text)
    assert name in found, sorted(found)
    assert (found[name].type, found[name].key) == (type_, key)


def test_a_sentence_opening_word_is_not_part_of_a_name() -> None:
    text = "Laga itu seru.\n\nPertemuan Rudi Hartanto dengan wasit berlangsung singkat. Ada pertemuan lain."
    assert "Rudi Hartanto" in _by_text(text)
    assert "Pertemuan Rudi Hartanto" not in _by_text(text)


def test_a_place_named_like_a_persons_surname_is_that_person() -> None:
    text = "Chief executive Tony Hayward spoke. Hayward promised more. He flew to Hayward later."
    found = [(m.text, m.type) for m in find_entities(text, language="en")]
    assert ("Hayward", "PER") in found
    assert found[-1] == ("Hayward", "LOC")  # "to Hayward": the place


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        (
            "Gangguan layanan diakui Telkomsat Indonesia sejak Jumat. Telkomsat berjanji memperbaikinya.",
            "Telkomsat",
            "ORG",
        ),
        ("Kabar itu dilansir Reuters pada Senin pagi.", "Reuters", "ORG"),
        ("Komisi itu (KontraS) mengingatkan pemerintah.", "KontraS", "ORG"),
        ('"Kami akan datang ke KPK," ujar Amien kepada wartawan.', "Amien", "PER"),
        ("Direktur Penyidikan KPK Aris Budiman hadir di DPR.", "Aris Budiman", "PER"),
    ],
)
def test_structural_cues_type_names(text: str, name: str, type_: str) -> None:
    assert (name, type_) in [(m.text, m.type) for m in find_entities(text)]


def test_a_bodys_seat_between_its_acronym_and_the_person_is_not_part_of_the_name() -> None:
    # "Sumberwangi" is a seat the gazetteer does not know; the person is the last two words.
    text = "Kepala Pelaksana BPBD Sumberwangi Agus Prasetyo meninjau lokasi banjir."
    assert "Sumberwangi Agus Prasetyo" not in [m.text for m in find_entities(text)]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Juru bicara Kementerian Hukum dan HAM Rina Lestiani hadir.", "Kementerian Hukum dan HAM"),
        (
            "Kepala Badan Penanggulangan Bencana dan Kebakaran tiba.",
            "Badan Penanggulangan Bencana dan Kebakaran",
        ),
        ("Kementerian Pendidikan dan Kebudayaan menyatakan libur.", "Kementerian Pendidikan dan Kebudayaan"),
    ],
)
def test_an_organisation_with_dan_in_its_name_is_one_entity(text: str, whole: str) -> None:
    assert (whole, "ORG") in {(m.text, m.type) for m in find_entities(text)}


def test_a_person_after_dan_is_a_second_entity() -> None:
    names = {(m.text, m.type) for m in find_entities("Polres Watugede dan Budi Santoso datang.")}
    assert ("Budi Santoso", "PER") in names


def test_a_ministrys_clipped_name_is_an_organisation() -> None:
    found = {(m.text, m.type) for m in find_entities("Menurut Kemenkes, stok vaksin cukup.")}
    assert ("Kemenkes", "ORG") in found


def test_a_bracketed_acronyms_spelled_out_name_is_the_organisation() -> None:
    # every word of the name is a dictionary word the rules would trim on its own
    found = {(m.text, m.type, m.key) for m in find_entities("Kemarin Otoritas Jasa Keuangan (OJK) menilai.")}
    assert ("Otoritas Jasa Keuangan", "ORG", "acr:OJK") in found
    assert ("OJK", "ORG", "acr:OJK") in found


def test_a_country_before_its_acronym_stays_a_place() -> None:
    found = {(m.text, m.type) for m in find_entities("Pemerintah Amerika Serikat (AS) menolak.")}
    assert ("Amerika Serikat", "ORG") not in found


def test_an_account_is_an_entity_unless_it_spells_a_name_the_article_gives() -> None:
    text = '"Semoga lancar," tulis akun @rinawati_88. Warga Budi Hartono (@budihartono) ikut menulis.'
    found = {(m.text, m.type) for m in find_entities(text)}
    assert ("@rinawati_88", "PER") in found
    assert any(t.endswith("Budi Hartono") and type_ == "PER" for t, type_ in found)
    assert not any(t.startswith("@budi") for t, _ in found)
    assert not any(t.startswith("@") for t, _ in find_entities("Kirim ke budi@contoh.id segera."))


def test_a_word_glued_to_the_name_after_it_splits() -> None:
    found = {(m.text, m.type) for m in find_entities("Pelatih tim GarudaTan Wenhao mengakui kalah.")}
    assert ("Tan Wenhao", "PER") in found
    assert not any("GarudaTan" in t for t, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Warga berkumpul di Masjid Nurul Hikmah Sukamaju sejak pagi.", "Masjid Nurul Hikmah Sukamaju"),
        ("Narapidana itu dipindahkan ke Lapas Watugede kemarin.", "Lapas Watugede"),
        ("Pesawat mendarat di Bandara Sultan Ageng Watugede.", "Bandara Sultan Ageng Watugede"),
    ],
)
def test_a_built_place_and_its_own_name_are_one_place(text: str, name: str) -> None:
    assert (name, "LOC") in [(m.text, m.type) for m in find_entities(text)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "kata Menteri Koordinator Bidang Kemaritiman dan Investasi Hendra Gunawarman di Lembah.",
            "Hendra Gunawarman",
        ),
        ("kata Menko Bidang Politik, Hukum, dan Keamanan Rahmat Purbasari di Lembah.", "Rahmat Purbasari"),
        (
            "ujar Menteri Koordinator (Menko) Bidang Perekonomian Ratna Sumiratih di Lembah.",
            "Ratna Sumiratih",
        ),
    ],
)
def test_field_words_of_a_title_are_not_the_name(text: str, person: str) -> None:
    # "Bidang X dan Y": the field's last word is cut off the name the lower-case "dan" let it into
    people = [m.text for m in find_entities(text) if m.type == "PER"]
    assert person in people and not any(p != person and person in p for p in people)


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("kata Mendag Sulastri dalam jumpa pers.", "Sulastri", "mendag"),
        ("kata Menkes Budi Hartawan Pranoto di Lembah.", "Budi Hartawan Pranoto", "menkes"),
    ],
)
def test_ministers_short_title_is_a_role(text: str, person: str, role: str) -> None:
    # "Mendag", "Menkes": the portfolio is inside the title, the whole name follows it
    people = [(m.text, m.role) for m in find_entities(text) if m.type == "PER"]
    assert people == [(person, role)]


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("ujar Kabag Humas Kemenlembah Sari Wulandari.", "Kemenlembah", "Sari Wulandari"),
        (
            "Sementara itu, Ditjenlembah Hendra Gunawarman mengatakan stok aman.",
            "Ditjenlembah",
            "Hendra Gunawarman",
        ),
        ("kata Kepala Pusat Data BPLB Ratna Sumiratih di Lembah.", "BPLB", "Ratna Sumiratih"),
    ],
)
def test_the_person_after_a_body_glued_to_the_name(text: str, body: str, person: str) -> None:
    # a body's short name written straight before the person is an organisation; the person follows it
    found = [(m.text, m.type) for m in find_entities(text)]
    assert (body, "ORG") in found and (person, "PER") in found


@pytest.mark.parametrize(
    "text",
    ["Terdakwa Hendra Gunawarman SH. SiK MH, divonis hari ini.", "Terdakwa Hendra Gunawarman, S.H., hadir."],
)
def test_degrees_after_a_name_are_neither_name_nor_body(text: str) -> None:
    assert [(m.text, m.type) for m in find_entities(text)] == [("Hendra Gunawarman", "PER")]
