"""A speaker's fullest name and a pronoun's person, on invented mentions."""

from __future__ import annotations

import pytest

from warta.extract.entity_mention import EntityMention
from warta.extract.quote_people import aliases, fullest, nearest, subjects
from warta.extract.speakers import Who


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
