"""Mentions settled against the whole article: trims, splits and retypes, on invented sentences."""

from __future__ import annotations

import pytest

from warta.extract.entities import find_entities
from warta.extract.entity_context import speaking_places
from warta.extract.entity_mention import EntityMention


def _typed(text: str, language: str = "id") -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in find_entities(text, language=language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Penyidik KPK Hendra Wirasena hadir.", ("Hendra Wirasena", "PER")),
        ("Penyidik KPK Hendra Wirasena hadir.", ("KPK", "ORG")),
        ("Direktur PT Sinarjaya hadir. Sinarjaya menolak.", ("Sinarjaya", "ORG")),
        ("Dinas Pemadam Kebakaran (Damkar) tiba.", ("Dinas Pemadam Kebakaran", "ORG")),
    ],
)
def test_indonesian_mentions_settle(text: str, expected: tuple[str, str]) -> None:
    assert expected in _typed(text)


def test_a_club_with_a_plural_verb_is_an_organisation() -> None:
    assert ("Kingsford Rovers", "ORG") in _typed("Kingsford Rovers have signed a striker.", "en")


def test_dotted_initials_stay_in_a_persons_name() -> None:
    assert ("P.J. Crowley", "PER") in _typed("Spokesman P.J. Crowley said no.", "en")


def test_a_sentence_opening_verb_is_not_part_of_a_name() -> None:
    assert not [name for name, _ in _typed("Dilansir Kantorberita, kapal itu rusak.") if "Dilansir" in name]


def test_a_photo_credit_is_not_a_name() -> None:
    text = "Tony Hale left the meeting . Photograph : Pablo Montero\\/AP The firm said ."
    assert "Pablo Montero" not in [name for name, _ in _typed(text, "en")]


def test_a_cue_word_inside_the_run_and_a_company_tail_make_an_organisation() -> None:
    found = _typed("Perusahaan Orbitra Space Systems dan Orbitra Space bekerja sama.")
    assert ("Orbitra Space Systems", "ORG") in found
    assert ("Orbitra Space", "ORG") in found


def test_a_titled_person_with_a_plural_verb_stays_a_person() -> None:
    assert ("Conrad Marley", "PER") in _typed("Lawyers for Dr Conrad Marley have moved quickly.", "en")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Kami sudah siap," kata Sandi di kantornya.', "Sandi"),
        ('"Belum maksimal," ujar Dian Ayu Lestari, Senin.', "Dian Ayu Lestari"),
    ],
)
def test_dictionary_words_right_after_a_speech_cue_name_the_speaker(text: str, name: str) -> None:
    assert (name, "PER") in _typed(text)


@pytest.mark.parametrize(
    "text", ['"Siap," kata Kapolres.', '"Siap," kata Dia kemudian.', '"Siap," ujar Jakarta Timur.']
)
def test_a_title_a_pronoun_or_a_place_after_a_cue_is_no_name(text: str) -> None:
    assert not [t for t, type_ in _typed(text) if type_ == "PER"]


def test_a_rank_splits_the_person_from_the_body_before_it() -> None:
    found = _typed("Kasat Reskrim Polres Watugede AKP Rudi Santosa menambahkan.")
    assert ("Polres Watugede", "ORG") in found
    assert ("Rudi Santosa", "PER") in found
    assert ("Thad Moore", "PER") in _typed("The Harbour Guard Commandant Thad Moore retired .", "en")


def test_a_media_noun_before_a_name_makes_it_an_organisation() -> None:
    assert ("Soundboard", "ORG") in _typed("The music magazine Soundboard reported that sales rose .", "en")


def test_a_name_written_once_after_a_body_noun_is_an_organisation_everywhere() -> None:
    text = "The news channel Sky-Vision has asked for proof . Sky-Vision said it was checking ."
    assert ("Sky-Vision", "ORG") in _typed(text, "en")
    assert ("Sky-Vision", "PER") not in _typed(text, "en")


@pytest.mark.parametrize(
    ("text", "type_"), [('"Siap," ujar Madrid.', "PER"), ('"Siap," ujar Madrid Utara.', "LOC")]
)
def test_a_world_city_after_a_cue_speaks_unless_a_compass_word_follows(text: str, type_: str) -> None:
    m = EntityMention(13, 19, "Madrid", "LOC", key="geo:1")
    assert [x.type for x in speaking_places(text, [m])] == [type_]


def test_a_pair_before_a_plural_verb_is_no_body() -> None:
    from warta.extract.entities import rule_entities

    text = "Ben Wedeman said he and photojournalist Mary Rogers were under an overpass ."
    assert ("Mary Rogers", "PER") in [(m.text, m.type) for m in rule_entities(text, language="en")]
