"""A speaker's fullest name and a pronoun's person, on invented mentions."""

from __future__ import annotations

import pytest

from conftest import SEEDS, needs_shared
from warta.extract.entities import find_entities
from warta.extract.entity_mention import EntityMention
from warta.extract.quote_people import (
    FullestNames,
    aliases,
    fullest,
    nearest,
    ranked_names,
    subjects,
    usual_spelling,
    variant,
)
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


def test_a_nickname_explains_a_full_name_the_tagger_did_not_mark() -> None:
    text = "Sudah lama Bagus Tirta Wiguna atau yang biasa kita kenal dengan nama Tirto bernyanyi."
    assert aliases(text, []) == {"Tirto": "Bagus Tirta Wiguna"}


def test_the_object_of_a_verb_and_a_passive_subject_are_not_speakers() -> None:
    text = "Ibu itu melahirkan Sekar melalui operasi. Wakil Presiden Bowo disebut sakit berat."
    people = [EntityMention(19, 24, "Sekar", "PER"), EntityMention(57, 61, "Bowo", "PER")]
    assert subjects(people, text) == {}
    spoke = "Wakil Presiden Bowo ditemui di kantornya, Senin, mengatakan hal itu."
    assert 15 in subjects([EntityMention(15, 19, "Bowo", "PER")], spoke)


def test_a_person_with_a_relative_clause_before_a_speech_verb_is_its_subject() -> None:
    text = "Kepala Dinas Bowo Santoso yang meninjau jalur itu di Pos Kemuning mengimbau warga berangkat pagi."
    people = [EntityMention(13, 25, "Bowo Santoso", "PER")]
    assert subjects(people, text) == {13: True}


def test_a_name_after_a_rank_is_a_person_the_tagger_may_have_missed() -> None:
    text = "Humas Polres Watugede AKP Yudi Hermawan mengatakan hal itu."
    (e,) = ranked_names(text, [EntityMention(0, 40, "Humas Polres Watugede AKP Yudi Hermawan", "ORG")], [])
    assert (e.text, e.type, text[e.start : e.end]) == ("Yudi Hermawan", "PER", "Yudi Hermawan")
    assert ranked_names(text, [EntityMention(26, 39, "Yudi Hermawan", "PER")], []) == []


def test_nya_after_a_ranked_speaker_the_tagger_folded_into_a_unit() -> None:
    text = (
        "Kasat Lantas Polres Watugede AKP Yudi Hermawan menambahkan bus itu memiliki tiga puluh kursi.\n\n"
        '"Kami juga siagakan kendaraan polisi untuk keadaan darurat," katanya.'
    )
    (q,) = [
        q
        for q in find_quotes(text, split_sentences(text, language="id"), entities=find_entities(text))
        if q.kind == "direct"
    ]
    assert q.speaker_name == "Yudi Hermawan"


def test_nya_takes_no_name_that_is_not_a_subject_but_he_does() -> None:
    text = "Tim relawan bersama Rangga Santosa, serta warga meninjau lokasi."
    people = [EntityMention(20, 34, "Rangga Santosa", "PER")]
    nobody = Who(None, None, None, None)
    assert nearest(len(text), 0, nobody, people, subjects(people, text), "katanya").speaker is None
    he = nearest(len(text), 0, nobody, people, subjects(people, text), "said", gender=lambda name: True)
    assert he.speaker == "Rangga Santosa"


def test_a_three_word_name_with_one_letter_off_takes_the_usual_spelling() -> None:
    people = [
        EntityMention(0, 11, "Kim Jae Hoo", "PER"),
        EntityMention(20, 30, "Kim Jae Ho", "PER"),
        EntityMention(40, 50, "Kim Jae Ho", "PER"),
    ]
    assert usual_spelling("Kim Jae Hoo", people) == "Kim Jae Ho"
    assert (
        usual_spelling("Kim Jae Hoo", [*people[:1], EntityMention(20, 30, "Kim Jae Ha", "PER")])
        == "Kim Jae Hoo"
    )


def _people(text: str, *names: str) -> list[EntityMention]:
    return [EntityMention(text.index(n), text.index(n) + len(n), n, "PER") for n in names]


def test_a_bracketed_nickname_after_a_name_the_tagger_cut_short_keeps_the_whole_name() -> None:
    text = "Gubernur Rina Kartika Purnama (Rika) hadir. Rika menolak."
    assert aliases(text, _people(text, "Rina Kartika", "Rika")) == {"Rika": "Rina Kartika Purnama"}


def test_a_nickname_given_as_sapaan_akrab_of_a_name_is_that_name() -> None:
    text = "Gus Bima sapaan akrab Bimantoro mengambil formulir. Gus Bima lalu pulang."
    assert aliases(text, _people(text, "Gus Bima")) == {"Gus Bima": "Bimantoro"}


def test_a_nickname_of_two_words_after_dikenal_dengan_nama() -> None:
    text = "Rina Lestiani Wibowo atau yang lebih dikenal dengan nama Chef Rinrin memasak."
    people = _people(text, "Rina Lestiani Wibowo", "Chef Rinrin")
    assert aliases(text, people) == {"Chef Rinrin": "Rina Lestiani Wibowo"}


@needs_shared(SEEDS)
def test_fullest_names_asked_again_answer_as_fullest_asked_once() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        people = [e for e in find_entities(text) if e.type == "PER"]
        names = aliases(text, people)
        fuller = FullestNames(people, names)
        for e in [*people, *people]:  # the second time from what the first remembered
            for span in ((e.start, e.end), (0, 0), (len(text), len(text)), None):
                who = Who(e.text, span, "PER", None)
                assert fuller(who) == fullest(who, people, names), (path.name, e.text, span)
