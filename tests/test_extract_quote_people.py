"""A speaker's fullest name and a pronoun's person, on invented mentions."""

from __future__ import annotations

import pytest

from warta.extract.entities import find_entities
from warta.extract.entity_mention import EntityMention
from warta.extract.quote_people import aliases, fullest, nearest, subjects, usual_spelling, variant
from warta.extract.quotes import QuoteMention, find_quotes
from warta.extract.sentences import split_sentences
from warta.extract.speakers import Who


def _quotes(text: str) -> list[QuoteMention]:
    return find_quotes(
        text, split_sentences(text, language="id"), entities=find_entities(text), language="id"
    )


@pytest.mark.parametrize(
    ("short", "full"),
    [("Zulkifli", "Zulkifli Hasan"), ("Djanur", "Djadjang Nurdjaman"), ("Vlado", "Vladimir Vukanic")],
)
def test_a_short_name_takes_the_fullest_form(short: str, full: str) -> None:
    people = [EntityMention(0, len(full), full, "PER")]
    assert fullest(Who(short, (100, 100 + len(short)), "PER", "kata"), people, {}) == full


def test_a_pronoun_prefers_the_subject_of_a_speech_verb() -> None:
    text = "Argo mengatakan hal itu. Novel juga menolak."
    people = [EntityMention(0, 4, "Argo", "PER"), EntityMention(25, 30, "Novel", "PER")]
    who = nearest(len(text), 0, Who(None, None, None, None), people, subjects(people, text), "ungkap")
    assert who.speaker == "Argo"


def test_a_nickname_the_text_gives_after_akrab_disapa_is_the_person() -> None:
    text = "Juru bicara Armando Tahiri hadir. Armando, pria yang akrab disapa Tito ini, menolak."
    people = [EntityMention(12, 26, "Armando Tahiri", "PER"), EntityMention(34, 41, "Armando", "PER")]
    assert aliases(text, people) == {"Tito": "Armando Tahiri"}


def test_a_plural_noun_after_a_name_is_no_verb() -> None:
    text = "The Star Wars films earned more . Lucas wants to rest ."
    films = EntityMention(4, 13, "Star Wars", "PER")
    lucas = EntityMention(34, 39, "Lucas", "PER")
    assert subjects([films, lucas], text) == {34: False}


def test_a_pronoun_takes_no_one_its_gender_rules_out() -> None:
    tom = EntityMention(3, 11, "Tom Hale", "PER")  # "Mr Tom Hale spoke ." before "she said"
    last = Who("Tom Hale", (3, 11), "PER", "said")
    who = nearest(40, 0, last, [tom], {}, "said", gender=lambda name: "Tom" not in name)
    assert who.speaker is None


def test_a_nickname_given_as_sapaan_akrabnya_is_the_subject_before_it() -> None:
    text = (
        "Calon gubernur Jawa Tengah Bambang Wirayuda meyakini pencalonannya aman.\n\n"
        "Mas Bambi, sapaan akrabnya, mengaku menunggu keputusan partai.\n\n"
        '"Kami serahkan semuanya kepada partai pengusung," kata Mas Bambi.'
    )
    (q,) = [q for q in _quotes(text) if q.kind == "direct"]
    assert q.speaker_name == "Bambang Wirayuda"


def test_a_pronoun_skips_the_person_the_quote_names_and_reported_subjects() -> None:
    text = (
        '"Rapat digelar pukul empat sore," ujar Hendrawan Suprapto saat dihubungi.\n\n'
        "Ia mendapat informasi bahwa Sutrisno Wibisono telah berkomunikasi dengan partai.\n\n"
        '"Semua informasi dipusatkan kepada Pak Sutrisno," ujarnya.'
    )
    *_, q = [q for q in _quotes(text) if q.kind == "direct"]
    assert q.speaker_name == "Hendrawan Suprapto"


def test_a_negated_speech_verb_does_not_make_its_subject_the_speaker() -> None:
    text = (
        "Kombes Argo Santoso mengatakan, saat diperiksa Rudy Hartawan juga tidak menyampaikan bukti.\n\n"
        '"Nanti ada waktunya akan kami sampaikan," ungkap dia.'
    )
    *_, q = [q for q in _quotes(text) if q.kind == "direct"]
    assert q.speaker_name == "Argo Santoso"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Aries", "Aris", True), ("Jaelani", "Jailani", True), ("Suryadireja", "Suryadiredja", True),
     ("Anas", "Anis", False), ("Budi", "Budi", False)],
)  # fmt: skip
def test_name_spelling_variants(a: str, b: str, same: bool) -> None:
    assert variant(a, b) is same


def test_a_name_in_several_spellings_takes_the_usual_one() -> None:
    people = [
        EntityMention(0, 19, "Abdul Kadir Jailani", "PER"),
        EntityMention(40, 59, "Abdul Kadir Jailani", "PER"),
        EntityMention(80, 99, "Abdul Qadir Jaelani", "PER"),
    ]
    assert usual_spelling("Abdul Qadir Jaelani", people) == "Abdul Kadir Jailani"


def test_a_subordinate_or_relative_clause_subject_is_not_the_sentence_subject() -> None:
    text = "After the talk when Lena Ortiz vowed to stay , Tom Reyes , 23 , has been waiting outside ."
    lena = EntityMention(text.index("Lena"), text.index("Lena") + 10, "Lena Ortiz", "PER")
    tom = EntityMention(text.index("Tom"), text.index("Tom") + 9, "Tom Reyes", "PER")
    assert subjects([lena, tom], text) == {tom.start: False}
    text = "Reyes , who now works with the club that signed Ortiz , said the fees were high ."
    reyes = EntityMention(0, 5, "Reyes", "PER")
    ortiz = EntityMention(text.index("Ortiz"), text.index("Ortiz") + 5, "Ortiz", "PER")
    assert subjects([reyes, ortiz], text) == {0: True}


def test_the_word_after_a_closed_apposition_is_the_verb() -> None:
    text = "Student Ivo Petrov , 22 , left the town last year . Ana Ruiz , 30 , from Lima , said no ."
    ivo = EntityMention(text.index("Student"), text.index(" , 22"), "Student Ivo Petrov", "PER")
    ana = EntityMention(text.index("Ana"), text.index("Ana") + 8, "Ana Ruiz", "PER")
    assert subjects([ivo, ana], text) == {ivo.start: False, ana.start: True}


def test_the_subject_of_a_copula_is_a_subject() -> None:
    text = "Ivo Petrov , who left the army , was also at the march ."
    ivo = EntityMention(0, 10, "Ivo Petrov", "PER")
    assert subjects([ivo], text) == {0: False}
