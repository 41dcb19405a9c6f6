"""English names by capitalisation (invented sentences)."""

from __future__ import annotations

import pytest

from warta.extract.names_en import find_names_en


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in find_names_en(text)]


def test_the_name_after_the_last_title_is_the_person() -> None:
    assert ("Mary Ellison", "PER") in _names("White House Press Secretary Mary Ellison said no .")


def test_sentence_words_and_stop_words_never_name_anyone() -> None:
    names = _names("However , the plan failed . His brother Tom Baxter stayed . However hard it was .")
    assert names == [("Tom Baxter", "PER")]


def test_organisation_words_make_an_organisation() -> None:
    assert ("Riverside Rowing Club", "ORG") in _names("The Riverside Rowing Club said it would row .")


def test_a_lone_surname_is_a_person_only_after_the_full_name() -> None:
    assert _names("Baxter left . Tom Baxter came .") == [("Baxter", "PER"), ("Tom Baxter", "PER")]
    assert _names("Baxter left . Tom Barton came .") == [("Tom Barton", "PER")]


def test_an_acronym_that_spells_a_stop_word_is_a_name() -> None:
    assert ("UN", "ORG") in _names("Bodies remain in the streets . The UN says help is coming .")


def test_a_lone_speaking_word_is_an_organisation_when_the_text_gives_it_an_article() -> None:
    assert ("Seawatch", "ORG") in _names("Seawatch said it would sue . The Seawatch activists left .")
    assert ("Kowalski", "PER") in _names("Kowalski said he would sue .")


def test_a_participle_opens_no_name() -> None:
    assert _names("Following Obama 's visit , Barack Obama left .")[-1] == ("Barack Obama", "PER")
    assert ("Obama", "PER") in _names("Following Obama 's visit , Barack Obama left .")


def test_a_surname_that_spells_a_stop_word_stays_when_a_title_gives_it() -> None:
    assert ("Ann Toward", "PER") in _names("His mother , Ann Toward , 30 , spoke . Ms Toward added more .")


def test_a_state_body_in_lower_case_is_an_organisation() -> None:
    assert ("British government", "ORG") in _names("The British government said it would act .")
    assert ("Egypt 's health ministry", "ORG") in _names("Egypt 's health ministry said 12 died .")
    assert ("Tony Blair", "PER") in _names("The Tony Blair government fell .")


def test_an_organisation_of_a_short_object_is_one_name() -> None:
    assert ("Ministry of Defence", "ORG") in _names("The Ministry of Defence said it would act .")
    assert ("University of New Orleans", "ORG") in _names(
        "A professor at the University of New Orleans said ."
    )
    assert ("Alan Johnson", "PER") in _names("The Department of Health Secretary Alan Johnson said .")


def test_the_person_after_an_office_of_its_object() -> None:
    assert ("Hillary Clinton", "PER") in _names("U.S. Secretary of State Hillary Clinton said .")
    assert ("Antonio Guterres", "PER") in _names("High Commissioner for Refugees Antonio Guterres said .")
    assert ("Anders Fogh Rasmussen", "PER") in _names("NATO Secretary-General Anders Fogh Rasmussen said .")


def test_arabic_particles_are_part_of_a_name() -> None:
    assert ("Laila al-Masri", "PER") in _names("The case of Laila al-Masri drew attention .")
    assert ("Khalid bin Saeed bin Rashid", "PER") in _names(
        "Speaking later , Khalid bin Saeed bin Rashid said ."
    )


def test_an_organisation_keeps_its_words_the_text_writes_in_lower_case() -> None:
    text = "The prosecutor of the Regional Criminal Court has said . It is a regional criminal matter ."
    assert ("Regional Criminal Court", "ORG") in _names(text)


def test_a_first_name_set_after_a_relation_is_a_person() -> None:
    assert ("Marla", "PER") in _names("Later , Tom 's daughter , Marla , waits at home .")


def test_a_title_word_closing_a_described_name_is_its_surname() -> None:
    assert ("Ann Dean", "PER") in _names("Acme spokeswoman Ann Dean said no .")
    assert ("Ann Dean", "PER") not in _names("Dean Ann Dean said no .")  # no lower-case office before


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Boats reached the Sandmoor Islands on Monday .", "Sandmoor Islands", "LOC"),
        ("The crowd filled Larkfield Square again .", "Larkfield Square", "LOC"),
        ("It was first reported by the Dunmore Herald .", "Dunmore Herald", "ORG"),
        ("Shares of Brackley Holding rose .", "Brackley Holding", "ORG"),
    ],
)
def test_the_last_word_of_a_name_says_place_or_organisation(text: str, name: str, type_: str) -> None:
    assert (name, type_) in _names(text)


def test_calendar_and_closed_class_words_do_not_open_a_name() -> None:
    assert _names("In September Tom Baxter left . Unless Ann Dale agrees .") == [
        ("Tom Baxter", "PER"),
        ("Ann Dale", "PER"),
    ]
    assert _names("Thu Apr 5 . June Dale came .") == [("June Dale", "PER")]  # a month that is a given name


def test_a_government_named_by_its_state_or_its_leader_is_an_organisation() -> None:
    names = _names("Before the vote , the Baxter administration said no . The Ruritanian delegation left .")
    assert ("Baxter administration", "ORG") in names and ("Ruritanian delegation", "ORG") in names


def test_what_the_article_calls_the_x_and_speaks_is_a_body() -> None:
    names = _names("Then the Dunmore Star reported it . Later the Prime Minister said no .")
    assert ("Dunmore Star", "ORG") in names
    assert not [n for n in names if n[0] == "Prime Minister"]


def test_a_nationality_before_a_name_is_not_part_of_it() -> None:
    names = _names("Tom Vasquez won . Spaniard Vasquez said so . Portuguese Ana Lima came second .")
    assert ("Vasquez", "PER") in names and ("Ana Lima", "PER") in names
    assert not any(n.startswith(("Spaniard", "Portuguese")) for n, _ in names)


def test_a_title_keeps_a_surname_that_looks_like_a_nationality() -> None:
    assert ("Cameron", "PER") in _names("Tom Cameron spoke . Mr Cameron said so .")


def test_a_name_written_in_lower_case_only_in_a_web_address_is_still_a_name() -> None:
    text = "Chirpr says its site is blocked . See chirpr.com or @chirprhelp . Chirpr said so ."
    assert ("Chirpr", "ORG") in _names(text)


def test_what_is_based_somewhere_is_the_name() -> None:
    names = _names("Tom Brackley spoke . Then Denver-based Brackley said no .")
    assert ("Brackley", "PER") in names and not any("Denver" in n for n, _ in names)


def test_a_country_after_in_opens_a_run_of_its_own() -> None:
    names = _names("Protests grew in Norway Chirpr , and Chirpr says its site is down .")
    assert ("Norway", "LOC") in names and ("Chirpr", "ORG") in names


def test_a_name_owning_a_named_person_through_a_role_is_their_team() -> None:
    names = _names("Blue Falcon 's world champion Tom Brackley won . Next came Zorvex 's driver Ana Lima .")
    assert ("Blue Falcon", "ORG") in names and ("Zorvex", "ORG") in names
    assert ("Tom Brackley", "PER") in names


def test_a_person_owning_a_relation_stays_a_person() -> None:
    names = _names(
        "Tom Brackley won . Brackley 's team mate Ana Lima was second . Jo Ruiz 's wife Eva Ruiz wept ."
    )
    assert ("Brackley", "PER") in names and ("Jo Ruiz", "PER") in names


def test_a_lone_name_after_said_is_a_speaker_but_not_the_subject_of_a_clause() -> None:
    assert ("Brackley", "PER") in _names("`` It was wrong , '' said Brackley in a statement .")
    assert not any(n == "Rover" for n, _ in _names("He said Rover gave people hope ."))


def test_what_a_lower_case_the_names_is_no_person() -> None:
    names = _names(
        "The memo surfaced in the Evening Lantern yesterday . Tom Brackley read the Evening Lantern ."
    )
    assert ("Evening Lantern", "ORG") in names and ("Tom Brackley", "PER") in names
    assert ("Denver-based Rowing Board", "ORG") not in _names(
        "It was the Denver-based Rowing Board yesterday ."
    )


def test_a_name_before_a_lower_case_noun_keeps_its_reading() -> None:
    assert ("Tom Brackley", "ORG") not in _names("Tom Brackley spoke . They backed the Tom Brackley plan .")


def test_a_name_before_the_medium_it_is_is_an_organisation() -> None:
    assert ("Open Harbour", "ORG") in _names("The port shut , Open Harbour magazine reported .")


def test_a_title_word_closing_a_name_an_apposition_introduces_is_a_surname() -> None:
    assert ("Tom Dean", "PER") in _names("Tom Dean , a spokesman for the port , said no .")


def test_a_park_or_a_cathedral_closing_a_name_is_a_place() -> None:
    names = _names("Crowds filled Hollin Park and Saint Brede Cathedral .")
    assert ("Hollin Park", "LOC") in names and ("Saint Brede Cathedral", "LOC") in names


def test_a_bodys_for_object_is_its_name() -> None:
    text = "The U.S. Centers for Disease Control and Prevention has said so ."
    assert ("U.S. Centers for Disease Control and Prevention", "ORG") in _names(text)
    names = _names("The Institute for Fiscal Studies and Oxfam said so . Oxfam is a charity .")
    assert ("Institute for Fiscal Studies", "ORG") in names
    assert ("High Commissioner for Refugees Antonio Guterres", "ORG") not in _names(
        "High Commissioner for Refugees Antonio Guterres said ."
    )


def test_titles_before_an_organisation_word_name_the_body() -> None:
    assert ("World Health Organization", "ORG") in _names("The World Health Organization said .")
    assert ("Israel Defense Forces", "ORG") in _names("The Israel Defense Forces said .")


def test_a_name_before_a_medium_is_the_medium() -> None:
    assert ("Kyodo", "ORG") in _names("Imports are small , Kyodo news agency said .")
    assert _names("He told Syrian television that . State television said no .") == []
    assert ("Daily Beast", "ORG") in _names("The boats went to lawyers , the Daily Beast reports .")
    assert ("Unconfirmed", "PER") not in _names("Unconfirmed reports suggest 300 died .")


def test_a_lone_word_an_account_handle_opens_with_is_a_body() -> None:
    names = _names("Vodafone , using the handle @VodafoneEgypt , had tweeted .")
    assert ("Vodafone", "ORG") in names
    assert ("Dianne", "ORG") not in _names("get a clue . @Dianne ... this uprising . And Dianne , you fail .")


def test_a_country_before_a_name_of_its_own_splits_off() -> None:
    names = _names("He met former Ambassador to Egypt Edward Walker today .")
    assert ("Edward Walker", "PER") in names
    assert ("BP", "ORG") in _names("hostages taken in southern Algeria BP kidnap raid")
    assert ("France Info", "ORG") in _names("Alain Juppe told France Info radio .")


def test_a_lone_name_takes_the_type_its_description_gives() -> None:
    text = (
        "pharmaceutical companies Roche , which makes Tamiflu , and GlaxoSmithKline , which makes Relenza ."
    )
    assert _names(text) == [("Roche", "ORG"), ("GlaxoSmithKline", "ORG")]
    assert _names("Goods are short , '' Sandmonkey , an Egyptian blogger said via Twitter .") == [
        ("Sandmonkey", "PER")
    ]
    assert _names("Later , the man said .") == []
    assert ("Paris", "ORG") not in _names("And in Paris , the group marched .")
    assert ("Louisiana", "ORG") not in _names("the marshlands of Louisiana , the company says .")


def test_a_title_naming_nobody_after_it_is_a_surname() -> None:
    assert ("John King", "PER") in _names("CNN 's Tommy Evans and John King contributed .")
    assert _names("The Saudi King said . Crown Prince said .") == []


def test_heads_of_bodies_read_off_the_corpus_make_an_organisation() -> None:
    assert ("Syrian Observatory for Human Rights", "ORG") in _names(
        "The London-based Syrian Observatory for Human Rights said 20 died ."
    )
    assert ("Human Rights Watch", "ORG") in _names("Human Rights Watch said .")
    assert ("Daily Mail", "ORG") in _names("The Daily Mail is infuriated .")


def test_a_one_word_name_with_what_only_a_body_has_is_an_organisation() -> None:
    text = "Hamas , which runs the enclave , won . Gaza Hamas fighters left . His father Pal , which hurt ."
    names = _names(text)
    assert ("Hamas", "ORG") in names
    assert ("Halliburton", "ORG") in _names("Probert Halliburton said . Then Halliburton workers capped it .")


def test_a_date_closes_a_name() -> None:
    assert _names("Reply April 12 , 2011 at 3:42 pm . On 20 April Tony Hayward said .") == [
        ("Tony Hayward", "PER")
    ]
    assert ("April Smith", "PER") in _names("April Smith said .")


def test_us_states_continents_and_uk_nations_are_places() -> None:
    names = _names(
        "There are 23 cases in England and four in Scotland . Oil reached Louisiana and North America ."
    )
    assert {("England", "LOC"), ("Scotland", "LOC"), ("Louisiana", "LOC"), ("North America", "LOC")} <= set(
        names
    )
    assert ("Virginia Smith", "PER") in _names("Virginia Smith said .")


def test_a_bodys_class_noun_or_inner_capital_makes_an_organisation() -> None:
    assert ("Modern West", "ORG") in _names("Costner 's band , Modern West , was playing a gig .")
    assert ("ConocoPhillips", "ORG") in _names("It was formed by Shell , ConocoPhillips and others .")
    assert ("BluesBerry", "ORG") not in _names("At 13:39 1st Jun 2012 , BluesBerry wrote : no .")
    assert ("Marine Well Containment Co", "ORG") in _names(
        "the group , called the Marine Well Containment Co. , which"
    )
    assert ("Libya The African Union", "ORG") not in _names("in Libya The African Union Commission said .")
