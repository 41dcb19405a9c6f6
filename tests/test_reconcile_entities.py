"""Story-level entity merging: fictional alias cases, then the gate on the seeds' gold entities."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from warta.extract.entities import find_entities
from warta.reconcile.entities import merge_entities
from warta.types import EntityRecord

# Measured on the five seeds (boilerplate and byline lines blanked): 20/20 main entities, 41/41 correct.
MAIN_ALIAS_FLOOR = 0.95
CORRECT_ENTITY_FLOOR = 0.95


def _merge(articles: dict[str, str]) -> tuple[EntityRecord, ...]:
    return merge_entities({k: find_entities(t) for k, t in articles.items()})


def _owner(records: tuple[EntityRecord, ...], alias: str) -> EntityRecord:
    return next(r for r in records if alias in r.aliases)


@pytest.mark.parametrize(
    ("articles", "same"),
    [
        (
            {
                "a": "Menteri Luar Negeri AS Jane Doering berbicara.",
                "b": "Doering menolak. Jane Doehring hadir.",
            },
            ("Jane Doering", "Doering", "Jane Doehring"),
        ),
        (
            {"a": "Menteri Luar Negeri AS Jane Doering tiba.", "b": "Menlu AS Kecam Serangan Itu"},
            ("Jane Doering", "Menlu AS"),
        ),
        (
            {
                "a": "Dewan Pangan Regional (DPR) bersidang.",
                "b": "DPR menolak usul. Dewan Pangan Regional diam.",
            },
            ("Dewan Pangan Regional", "DPR"),
        ),
        (
            {
                "a": "Kementerian Dalam Negeri mengumumkan jam malam.",
                "b": "Kementerian dalam negeri Kazakhstan setuju.",
            },
            ("Kementerian Dalam Negeri", "Kementerian dalam negeri Kazakhstan"),
        ),
        (
            {"a": "Warga Nursultan berkumpul.", "b": "Liputan6.com, Nur-Sultan - Hujan turun."},
            ("Nursultan", "Nur-Sultan"),
        ),
    ],
)
def test_aliases_join(articles: dict[str, str], same: tuple[str, ...]) -> None:
    records = _merge(articles)
    owners = {_owner(records, alias).name for alias in same}
    assert len(owners) == 1, owners


@pytest.mark.parametrize(
    ("articles", "apart"),
    [
        (
            {"a": "Warga Nursultan berkumpul. Nursultan Nazarbayev tidak hadir. Nazarbayev diam."},
            ("Nursultan", "Nazarbayev"),
        ),
        (
            {"a": "Menteri Luar Negeri AS Jane Doering dan Menlu Jerman Karl Beispiel bertemu."},
            ("Jane Doering", "Karl Beispiel"),
        ),
        (
            {"a": "Kementerian Luar Negeri Rusia dan Kementerian Pertahanan Rusia membantah."},
            ("Kementerian Luar Negeri Rusia", "Kementerian Pertahanan Rusia"),
        ),
        ({"a": "Bekas republik Soviet dan Rusia bersekutu."}, ("Soviet", "Rusia")),
        ({"a": "Ana Lopez dan Maria Lopez datang. Lopez tersenyum."}, ("Ana Lopez", "Maria Lopez")),
    ],
)
def test_look_alikes_stay_apart(articles: dict[str, str], apart: tuple[str, str]) -> None:
    records = _merge(articles)
    assert _owner(records, apart[0]) != _owner(records, apart[1])


# Fiction: Indonesian local news names places, officials and bodies several ways within one story.
@pytest.mark.parametrize(
    ("articles", "same"),
    [
        (
            {"a": "Banjir melanda Kabupaten Sukamaju.", "b": "Warga di Sukamaju mengungsi."},
            ("Kabupaten Sukamaju", "Sukamaju"),
        ),
        (
            {"a": "Sungai Lawu meluap.", "b": "The Lawu River burst its banks."},
            ("Sungai Lawu", "Lawu River"),
        ),
        (
            {
                "a": "Sekretaris Daerah Sukamaju, Hartati Wulandari, hadir.",
                "b": "Menurut Hartati, air surut.",
            },
            ("Hartati Wulandari", "Hartati"),
        ),
        (
            {
                "a": "Kepolisian Resor (Polres) Tanjungwaru menahan tiga orang.",
                "b": "Polres Tanjungwaru diam.",
            },
            ("Kepolisian Resor", "Polres", "Polres Tanjungwaru"),
        ),
        (
            {
                "a": "Dinas Pemadam Kebakaran (Damkar) tiba.",
                "b": "Kantor Pemadam Kebakaran Tanjungwaru tutup.",
            },
            ("Kantor Pemadam Kebakaran Tanjungwaru", "Damkar", "Dinas Pemadam Kebakaran"),
        ),
        (
            {"a": "Himpunan Nelayan Kota Tanjungwaru menolak.", "b": "HNKT mengancam mogok."},
            ("Himpunan Nelayan Kota Tanjungwaru", "HNKT"),
        ),
        (
            {"a": "Badan Penanggulangan Bencana Daerah (BPBD) mencatat.", "b": "Data BPBD Sukamaju lengkap."},
            ("Badan Penanggulangan Bencana Daerah", "BPBD", "BPBD Sukamaju"),
        ),
    ],
)
def test_indonesian_aliases_join(articles: dict[str, str], same: tuple[str, ...]) -> None:
    records = _merge(articles)
    owners = {_owner(records, alias).name for alias in same}
    assert len(owners) == 1, owners


@pytest.mark.parametrize(
    ("articles", "apart"),
    [
        # Two places share the bare name: "Sukamaju" is neither.
        (
            {"a": "Kabupaten Sukamaju dan Kota Sukamaju berbatasan.", "b": "Warga Sukamaju cemas."},
            ("Kabupaten Sukamaju", "Kota Sukamaju"),
        ),
        (
            {"a": "Kabupaten Sukamaju dan Kota Sukamaju berbatasan. Sukamaju cemas."},
            ("Sukamaju", "Kota Sukamaju"),
        ),
        # A facility is not its town, and a body is not its seat.
        ({"a": "Pasar Induk Sukamaju terbakar di Kota Sukamaju."}, ("Pasar Induk Sukamaju", "Kota Sukamaju")),
        ({"a": "BPBD Sukamaju mendata Kabupaten Sukamaju."}, ("BPBD Sukamaju", "Kabupaten Sukamaju")),
        # A town's name in a person's name stays the town's.
        (
            {"a": "Kepala UPT Pasar Sukamaju Bima Hartanto datang dari Kota Bima."},
            ("Bima Hartanto", "Kota Bima"),
        ),
    ],
)
def test_indonesian_look_alikes_stay_apart(articles: dict[str, str], apart: tuple[str, str]) -> None:
    records = _merge(articles)
    assert _owner(records, apart[0]) != _owner(records, apart[1])


@pytest.mark.parametrize(
    ("short", "words", "fits"),
    [
        ("Polres", ["Kepolisian", "Resor"], True),
        ("Damkar", ["Pemadam", "Kebakaran"], True),
        ("Pemkot", ["Pemerintah", "Kota"], True),
        ("Polres", ["Pemadam", "Kebakaran"], False),
        ("Damkar", ["Dinas", "Pemadam", "Kebakaran"], False),
        ("Po", ["Kepolisian", "Resor"], False),
    ],
)
def test_syllabic_abbreviations(short: str, words: list[str], fits: bool) -> None:
    from warta.reconcile.entities import _syllabic

    assert _syllabic(short, words) is fits


def test_no_mentions_give_no_entities() -> None:
    assert merge_entities({}) == ()
    assert merge_entities({"a": []}) == ()


def _story_text(key: str, path: Path, gold: dict[str, Any]) -> str:
    """A seed with boilerplate lines and bylines blanked (offsets kept); datelines stay, as in the gold."""
    lines = [
        " " * len(line) if any(b in line for b in gold["boilerplate"][key]) else line
        for line in path.read_text(encoding="utf-8").split("\n")
    ]
    text = "\n".join(lines)
    for meta in gold["metadata_lines"][key]:
        if not (meta.rstrip().endswith("-") or "|" in meta):
            text = text.replace(meta, " " * len(meta))
    return text


@pytest.fixture(scope="module")
def seed_entities(seed_files: dict[str, Path], gold: dict[str, Any]) -> tuple[EntityRecord, ...]:
    return _merge({k: _story_text(k, p, gold) for k, p in seed_files.items()})


def test_main_entities_land_whole(seed_entities: tuple[EntityRecord, ...], gold: dict[str, Any]) -> None:
    main = [e for e in gold["entities"] if e["main"]]
    whole = [e for e in main if any(set(e["aliases"]) <= set(r.aliases) for r in seed_entities)]
    share = len(whole) / len(main)
    print(
        f"main entities whose aliases all land in one merged entity: {len(whole)}/{len(main)} = {share:.3f}"
    )
    assert share >= MAIN_ALIAS_FLOOR


def test_merged_entities_are_correct(seed_entities: tuple[EntityRecord, ...], gold: dict[str, Any]) -> None:
    correct = [r for r in seed_entities if any(set(r.aliases) <= set(e["aliases"]) for e in gold["entities"])]
    share = len(correct) / len(seed_entities)
    print(
        "merged entities whose aliases all belong to one gold entity: "
        f"{len(correct)}/{len(seed_entities)} = {share:.3f}"
    )
    assert share >= CORRECT_ENTITY_FLOOR


def test_no_trap_is_merged(seed_entities: tuple[EntityRecord, ...], gold: dict[str, Any]) -> None:
    aliases = {e["name"]: set(e["aliases"]) for e in gold["entities"]}
    violations = [
        (a, b)
        for a, b in gold["not_same_entity"]
        for r in seed_entities
        if aliases[a] & set(r.aliases) and aliases[b] & set(r.aliases)
    ]
    assert violations == []


def test_a_ministers_clip_does_not_join_the_ministry() -> None:
    records = _merge(
        {
            "a": "Kementerian Hukum dan HAM (Kemenkumham) mendata napi.",
            "b": "Juru bicara Kementerian Hukum dan HAM menyebut Menkumham akan datang.",
        }
    )
    ministry = _owner(records, "Kementerian Hukum dan HAM")
    assert "Kemenkumham" in ministry.aliases
    assert "Menkumham" not in ministry.aliases


def test_a_title_glued_before_a_full_name_joins_that_person() -> None:
    records = _merge(
        {
            "a": "Hakim Wulan Hartati Sitorus membacakan putusan.",
            "b": "Putusan dibacakan Wulan Hartati Sitorus.",
        }
    )
    judge = _owner(records, "Hakim Wulan Hartati Sitorus")
    assert judge.name == "Wulan Hartati Sitorus"


def test_a_ministers_clipped_title_before_a_name_joins_that_person() -> None:
    records = _merge({"a": "Menkes Wulan Hartati Sitorus hadir.", "b": "Wulan Hartati Sitorus menjawab."})
    # the short title is read as a role ("menkes"), so both articles name one person
    assert _owner(records, "Wulan Hartati Sitorus").name == "Wulan Hartati Sitorus"
    assert not any("Menkes" in r.name for r in records)


def test_a_body_word_before_an_acronym_is_that_acronym() -> None:
    records = _merge({"a": "Ditjen PAS mendata napi.", "b": "Menurut PAS, data lengkap."})
    assert _owner(records, "Ditjen PAS") is _owner(records, "PAS")


@pytest.mark.parametrize(
    ("articles", "same"),
    [
        (  # a blend of the opening letters of each name word
            {"a": "Presiden Bagas Wiratmo tiba di Bandung.", "b": "Bagaswi mengatakan jalan itu siap."},
            ("Bagas Wiratmo", "Bagaswi"),
        ),
        (  # the closing words of the one longer name
            {"a": "Rudianto Sulistyo Wibowo hadir di lokasi. Lalu Sulistyo Wibowo mengatakan siap."},
            ("Rudianto Sulistyo Wibowo", "Sulistyo Wibowo"),
        ),
    ],
)
def test_one_person_across_spellings(articles: dict[str, str], same: tuple[str, ...]) -> None:
    records = _merge(articles)
    assert len({_owner(records, alias).name for alias in same}) == 1, records


def test_a_surname_is_not_read_as_a_blend_of_someone_else() -> None:
    articles = {"a": "Boris Jenkinson hadir. Jenkinson mengatakan siap. Jeni Kinsonaro juga hadir."}
    records = _merge(articles)
    assert _owner(records, "Jenkinson") == _owner(records, "Boris Jenkinson")
    assert _owner(records, "Jeni Kinsonaro") != _owner(records, "Boris Jenkinson")
