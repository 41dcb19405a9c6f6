"""Direct and reported quotes with speakers: fictional paragraphs, then the seeds."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from warta.extract.entities import find_entities
from warta.extract.entity_mention import EntityMention
from warta.extract.quotes import QuoteMention, find_quotes
from warta.extract.sentences import split_sentences
from warta.types import Span


def _sentences(text: str) -> list[Span]:
    """A plain splitter for tests: line breaks and sentence-final punctuation before a space."""
    return [
        Span(m.start(), m.end())
        for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s|$)|$)", text, re.MULTILINE)
        if m.group().strip()
    ]


def _quotes(text: str) -> list[QuoteMention]:
    return find_quotes(text, _sentences(text), entities=find_entities(text))


FICTION = (
    "Menteri Luar Negeri AS Jane Doe tiba di Jenewa.\n"
    "“Kami akan terus mendorong perundingan yang adil,” kata Doe kepada wartawan.\n"
    "“Tidak ada jalan pintas untuk perdamaian di kawasan ini.”\n"
    "Presiden Karl Beispiel mengatakan bahwa pasukan tambahan akan dikirim pekan depan.\n"
    '"Kami tidak akan mundur dari komitmen itu," tambahnya.\n'
    "Menurut Marta Kowalczyk, harga gandum akan naik tajam bulan depan.\n"
    'Para pejabat menyebut mereka "teroris" asing.\n'
)


@pytest.mark.parametrize(
    ("opening", "speaker", "kind"),
    [
        ("Kami akan terus mendorong", "Doe", "direct"),
        ("Tidak ada jalan pintas", "Doe", "direct"),
        ("pasukan tambahan akan dikirim", "Karl Beispiel", "indirect"),
        ("Kami tidak akan mundur", "Karl Beispiel", "direct"),
        ("harga gandum akan naik", "Marta Kowalczyk", "indirect"),
    ],
)
def test_quotes_get_their_speakers(opening: str, speaker: str, kind: str) -> None:
    found = [q for q in _quotes(FICTION) if q.text.startswith(opening)]
    assert len(found) == 1
    q = found[0]
    assert (q.speaker, q.kind, q.named) == (speaker, kind, True)
    assert FICTION[q.start : q.end] == q.text
    assert q.speaker_span is not None and q.speaker_span.slice(FICTION) == speaker


def test_a_bare_quote_continues_the_previous_one() -> None:
    bare = next(q for q in _quotes(FICTION) if q.text.startswith("Tidak ada jalan pintas"))
    assert bare.continues


def test_scare_quotes_are_not_statements() -> None:
    assert not any(q.text == "teroris" for q in _quotes(FICTION))


def test_unnamed_speaker_is_kept_as_a_description() -> None:
    text = '"Situasi di perbatasan sudah sepenuhnya terkendali," kata seorang juru bicara.'
    (q,) = _quotes(text)
    assert (q.speaker, q.named) == ("seorang juru bicara", False)


@pytest.mark.parametrize(
    ("text", "speaker", "named"),
    [
        ('"We will rebuild every bridge," Sukamaju regent Rina Lestiani told reporters.', "Rina Lestiani", True),
        ('"The water is still rising," a local official said on Monday.', "a local official", False),
        ('"We will rebuild every bridge," she said.', None, False),
    ],
)  # fmt: skip
def test_english_attribution_names_the_speaker_before_the_verb(
    text: str, speaker: str | None, named: bool
) -> None:
    (q,) = _quotes(text)
    assert (q.speaker, q.named) == (speaker, named)


@pytest.mark.parametrize("text", ["", "Hujan turun sejak pagi.", 'Mereka disebut "perusuh" oleh polisi.'])
def test_text_without_quotes_gives_nothing(text: str) -> None:
    assert _quotes(text) == []


def test_gold_quotes_are_found_with_their_speakers(seed_files: dict[str, Path], gold: dict[str, Any]) -> None:
    """Each required gold quote's text lies inside a quote we found, spoken by an alias of its speaker."""
    aliases = {e["name"]: set(e["aliases"]) for e in gold["entities"]}
    texts = {k: p.read_text(encoding="utf-8") for k, p in seed_files.items()}
    found = {k: _quotes(t) for k, t in texts.items()}
    for gq in gold["quotes"]:
        if gq.get("optional"):
            continue
        for art in gq["articles"]:
            needles = [c["text"] for c in gq["contains"] if c["article"] == art]
            hits = [q for q in found[art] for n in needles if n in q.text]
            assert hits, (art, needles)
            named = [q for q in hits if q.named]
            # 004 names no speaker ("seorang juru bicara"); where a name is given it must be right.
            assert all(q.speaker in aliases[gq["speaker"]] for q in named), [q.speaker for q in named]


def _english(text: str) -> list[QuoteMention]:
    return find_quotes(text, _sentences(text), entities=find_entities(text, language="en"), language="en")


def test_a_sentence_after_a_full_stop_is_not_the_quotes_cue() -> None:
    text = (
        'Dan Wilkes said: "We are so grateful. Thanks to everyone who gave." '
        'His family said the ride had begun as a "little cycle round the park with his dad".'
    )
    first = _english(text)[0]
    assert first.speaker == "Dan Wilkes"


def test_a_first_name_right_before_the_verb_is_the_speaker() -> None:
    text = (
        "Charlie Wilkes rode five miles. "
        'A day after his five-mile ride Charlie said: "My legs are a bit sore after the ride."'
    )
    (q,) = [q for q in _english(text) if q.kind == "direct"]
    assert q.speaker == "Charlie"
    assert q.speaker_name == "Charlie Wilkes"


def test_quoted_x_as_saying_names_the_speaker() -> None:
    text = '"He is a good talent," local media quoted Harold Redway as saying earlier this week.'
    (q,) = [q for q in _english(text) if q.kind == "direct"]
    assert q.speaker == "Harold Redway"


def test_a_name_before_a_colon_speaks_the_quote() -> None:
    text = 'Doctors testify. Dr Roberta Wald : "I believe there is evidence that he was dependent."'
    (q,) = [q for q in _english(text) if q.kind == "direct"]
    assert q.speaker == "Roberta Wald"


def test_a_document_speaks_for_its_owner() -> None:
    text = (
        "The paper obtained a copy of Mara Kendrick 's prepared testimony late Wednesday. "
        '"But how do we address the conduct of the industry?" the prepared testimony says.'
    )
    (q,) = [q for q in _english(text) if q.kind == "direct"]
    assert q.speaker == "Mara Kendrick"


def test_one_quoted_word_inside_a_reported_clause_is_a_quote() -> None:
    text = 'Chief executive Tom Hale spoke. Tom Hale said yesterday that the firm would "fix" the leak.'
    assert [(q.text, q.speaker) for q in _english(text) if q.kind == "direct"] == [("fix", "Tom Hale")]


def test_a_label_after_a_naming_verb_is_not_a_quote() -> None:
    assert not [q for q in _quotes('Para pejabat menyebut mereka "teroris" asing.') if q.kind == "direct"]


def test_a_title_over_commas_then_the_person_speaks() -> None:
    text = (
        '"Itu dibahas setiap tahun," ujar Deputi Bidang Energi, Logistik dan Pariwisata Kementerian '
        "Perhubungan, Edwin Hartawan, di Jakarta."
    )
    (q,) = [q for q in _quotes(text) if q.kind == "direct"]
    assert q.speaker == "Edwin Hartawan"


def test_an_acronym_spelt_out_as_a_role_is_the_person_after_it() -> None:
    text = (
        "Kepala Staf Angkatan Laut (KSAL) Laksamana Darmawan Sukri tiba di Jakarta.\n\n"
        '"Pasukan sudah siap di perbatasan," ujar KSAL.'
    )
    (q,) = [q for q in _quotes(text) if q.kind == "direct"]
    assert q.speaker_name == "Darmawan Sukri"


def test_a_shortened_first_name_is_the_full_name() -> None:
    text = (
        "Bek Persikota, Vladimir Vukanic, puas.\n\n"
        '"Kami bermain disiplin sepanjang laga," ujar Vlado seusai pertandingan.'
    )
    (q,) = [q for q in _quotes(text) if q.kind == "direct"]
    assert q.speaker_name == "Vladimir Vukanic"


def test_a_pronoun_takes_the_subject_of_the_last_speech_verb() -> None:
    text = (
        "Juru bicara Polda, Argo Wiranto, hadir. Penyidik Novel Baskara juga datang.\n\n"
        "Argo mengatakan saat pemeriksaan, Novel juga tidak menyampaikan bukti.\n\n"
        '"Kami tidak mempermasalahkan itu sama sekali," ungkap dia.'
    )
    (q,) = [q for q in _quotes(text) if q.kind == "direct"]
    assert q.speaker_name == "Argo Wiranto"


def test_a_role_ending_in_itu_is_someone_named_before() -> None:
    text = (
        "Edi Prasetyo hadir di Manado.\n\n"
        '"Bandara adalah aset negara yang harus dijaga," kata politisi yang juga ketua fraksi itu.'
    )
    (q,) = [q for q in _quotes(text) if q.kind == "direct"]
    assert q.speaker_name == "Edi Prasetyo"


def test_dotted_abbreviations_stay_inside_the_speaker_phrase() -> None:
    text = '"We continue to urge restraint," U.S. State Department spokesman P.J. Crowe said Thursday.'
    (q,) = [q for q in _english(text) if q.kind == "direct"]
    assert q.speaker == "P.J. Crowe"


def test_a_lead_in_runs_past_the_stop_of_an_abbreviation() -> None:
    text = (
        "Jo Marsh said the fund was `` ready to help , '' she said . "
        "On Monday , spokesman Tom Ferris said the U.S. team was `` watching the situation very closely . ''"
    )
    quotes = [q for q in _english(text) if q.kind == "direct"]
    assert quotes[-1].speaker_name == "Tom Ferris"


def test_an_english_said_pattern_needs_the_quote_to_close_a_clause() -> None:
    text = "Planes are banned except those `` deemed necessary by the council '' U.S. officials have said that the ban holds ."
    (q,) = [q for q in _english(text) if q.kind == "direct"]
    assert q.speaker is None


def test_he_and_she_never_take_an_organisation() -> None:
    text = (
        "Dana Holt screened her new film . The film was made for Northwind Group , which says nothing is settled . "
        "Asked about the company , she said , `` Nobody was talking to me from the firm . ''"
    )
    (q,) = [q for q in _english(text) if q.kind == "direct"]
    assert q.speaker_name == "Dana Holt"


def test_a_person_before_an_apposition_is_the_speaker() -> None:
    text = (
        "`` The water is rising faster than anyone expected , '' said the report . "
        "Ann Keller , a hydrologist at Lakeside Institute of Science , said : `` We have never seen this . ''"
    )
    quotes = [q for q in _english(text) if q.kind == "direct"]
    assert quotes[-1].speaker_name == "Ann Keller"


def test_an_adjective_before_a_role_is_no_name() -> None:
    text = "`` The talks will go on for weeks , '' a French diplomatic source said ."
    (q,) = [q for q in _english(text) if q.kind == "direct"]
    assert (q.speaker, q.speaker_type) == ("a French diplomatic source", "ROLE")


def test_a_scare_quote_mid_sentence_does_not_continue_the_last_quote() -> None:
    text = (
        "`` We will cap the well soon , '' Ken Lowry said . The company will next try a "
        "`` top kill '' procedure to stop the flow of oil into the sea ."
    )
    quotes = [q for q in _english(text) if q.kind == "direct"]
    assert quotes[0].speaker_name == "Ken Lowry"
    assert all(q.speaker is None for q in quotes[1:])


def test_according_to_after_a_quote_names_its_source() -> None:
    text = "The ministry called it a `` flagrant breach of its charter , '' according to state TV Sunday ."
    (q,) = [q for q in _english(text) if q.kind == "direct"]
    assert (q.speaker, q.speaker_type, q.cue) == ("state TV", "ROLE", "according to")


def test_she_never_takes_a_man_the_text_titles_mr() -> None:
    text = (
        "Mr Gregor Lam , the party leader , said the vote was lost . Jane Pell spoke later . "
        "`` I heard the news this morning , '' she said ."
    )
    (q,) = [q for q in _english(text) if q.kind == "direct"]
    assert q.speaker_name == "Jane Pell"


def test_she_takes_the_speaker_of_the_reported_statement_just_before() -> None:
    text = (
        "Nora Vance runs the clinic . Readers turn to the web for news , said Lena Brook , a director at "
        "the Westfield Institute . `` People want facts , not panic , '' she said ."
    )
    (q,) = [q for q in _english(text) if q.kind == "direct"]
    assert q.speaker_name == "Lena Brook"


def test_according_to_at_the_end_of_a_sentence_is_reported_speech() -> None:
    text = "Most of the oil disperses naturally , according to Petty Officer Cory Mendez ."
    (q,) = _english(text)
    assert (q.kind, q.speaker_name) == ("indirect", "Cory Mendez")


def test_a_bare_quote_right_after_reported_speech_carries_it_on() -> None:
    text = (
        "Tom Rinker of the agency told the BBC that it was too early to tell how far it would spread . "
        "`` We do not know how well this virus passes from person to person . ''"
    )
    quotes = [q for q in _english(text) if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == ["Tom Rinker"]


def test_an_indefinite_role_is_no_one_named_later() -> None:
    text = (
        "`` The country is behind us , '' said one lieutenant . "
        "Lieutenant Colonel Mike Garber said the aim was rebuilding the police ."
    )
    (q,) = [q for q in _english(text) if q.kind == "direct"]
    assert (q.speaker, q.speaker_type) == ("one lieutenant", "ROLE")


def test_a_described_speaker_ending_in_tersebut_is_the_one_named_before() -> None:
    text = (
        "Rudi Hartanto menolak berkomentar soal masa depannya.\n\n"
        '"Kontrak saya dengan klub ini akan berakhir tahun depan," ungkap eks superstar AC Milan dan '
        "Real Madrid tersebut."
    )
    (q,) = [q for q in _quotes(text) if q.kind == "direct"]
    assert q.speaker_name == "Rudi Hartanto"


def test_a_short_label_in_marks_is_no_quote() -> None:
    text = 'Polisi memberlakukan "malam tanpa mobil" selama dua belas jam di jalur wisata.'
    assert [q for q in _quotes(text) if q.kind == "direct"] == []


def test_a_theme_in_title_case_is_no_quote() -> None:
    text = 'Rapat tahunan itu mengambil tema "Warga Kuat, Hebat, dan Dicintai Rakyat Siap Bekerja".'
    assert [q for q in _quotes(text) if q.kind == "direct"] == []


def test_a_dateline_before_the_first_sentence_is_never_the_speaker() -> None:
    text = (
        "Tokyo (Kantor Berita Warta) - Korea Selatan pada Senin memperingatkan bahwa Jepang akan menerima "
        '"balasan yang pantas" karena latihan itu.'
    )
    direct = [q for q in _quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Korea Selatan"]  # nor "… pada Senin": the role stops there


def test_a_label_after_sebagai_in_a_speakers_sentence_is_no_quote() -> None:
    text = "Rina Lestiani menganggap dewan tersebut sebagai 'pasar kebohongan'."
    assert [q for q in _quotes(text) if q.kind == "direct"] == []


def _english_sentences(text: str) -> list[QuoteMention]:
    """English quotes over warta's own sentence splitter."""
    sentences = split_sentences(text, language="en")
    return find_quotes(text, sentences, entities=find_entities(text, language="en"), language="en")


def test_a_participle_quote_is_the_sentence_subjects() -> None:
    text = (
        "Aid groups waited at the port . The Harbour Authority has defended its handling of the "
        "ships near Dover Bay , saying it was doing `` everything it could to keep the lanes open '' ."
    )
    (q,) = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert q.speaker_name == "Harbour Authority"


def test_he_takes_a_subject_who_never_spoke_before() -> None:
    text = (
        "Mara Quill shouted at the crowd : `` Close the gates . '' Engineer Tobias Wren , who built the dam , was also "
        "at the meeting . He said : `` The wall will hold for another ten years at least . ''"
    )
    quotes = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert quotes[-1].speaker_name == "Engineer Tobias Wren"


def test_a_name_after_a_preposition_is_no_subject() -> None:
    text = (
        "`` We will rebuild the bridge , '' Oren Fisk said . On Lina Marsh , he added : "
        "`` She has done more for this town than anyone . ''"
    )
    quotes = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert quotes[-1].speaker_name == "Oren Fisk"


@pytest.mark.parametrize("end", ["?", "!"])
def test_a_question_closing_its_sentence_is_not_the_next_verbs(end: str) -> None:
    text = (
        f"Vera Holm spoke first . She said : `` How can anyone look at this and do nothing {end} '' "
        "In reply Mr Otto Brand described the plan as a waste ."
    )
    (q,) = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert q.speaker_name == "Vera Holm"


def test_a_verb_with_its_own_reported_clause_after_a_quote_is_not_its_cue() -> None:
    text = (
        "`` The fans will come , '' Ada Pike said . `` They always do . The arena is full every night . '' "
        "Ultimately , Brent Hollis argued , the sport will survive the downturn ."
    )
    quotes = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == ["Ada Pike", "Ada Pike"]


def test_a_definite_role_is_the_person_named_before() -> None:
    text = (
        "Nadia Brook said the museum had been sold too cheaply . Speaking during a radio interview , "
        "the painter demanded what she called `` a full account '' of the sale ."
    )
    (q,) = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert q.speaker_name == "Nadia Brook"


@pytest.mark.parametrize(
    "lead",
    [
        "Earlier this week the trade paper Harbour News reported that",
        "Quoting two officials , the paper said",
    ],
)
def test_an_opening_adverb_or_participle_is_no_speaker(lead: str) -> None:
    text = f"{lead} the port `` would close within a month '' ."
    assert all(q.speaker not in ("Earlier", "Quoting") for q in _english_sentences(text))


def test_the_name_after_told_is_the_one_spoken_to() -> None:
    text = (
        "Ferris Dane visited the market . Tomas Reed , who said the food was `` the best in the whole town '' , "
        "told Dane he would come back ."
    )
    (q,) = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert q.speaker_name == "Tomas Reed"


@pytest.mark.parametrize(
    "tail",
    [
        "and want it to stop soon , harbour master Ivo Rask said Wednesday .",
        "as the tide turns , Ivo Rask said , describing the night as long .",
    ],
)
def test_a_mid_sentence_quote_takes_the_attribution_closing_its_sentence(tail: str) -> None:
    text = (
        f"Fishermen Ada Moor and her crew `` strongly condemn the closing of the northern harbour '' {tail}"
    )
    (q,) = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert q.speaker_name == "Ivo Rask"


def test_a_bodys_role_noun_then_a_name_is_that_person() -> None:
    text = "`` Purely a matter of wording , '' e-mailed Harbourline spokesman Pieter Vance ."
    (q,) = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert (q.speaker, q.speaker_type) == ("Pieter Vance", "PER")


def test_a_definite_role_with_no_one_named_before_stays_a_role() -> None:
    text = "`` We will open on time , '' the mayor said ."
    (q,) = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert (q.speaker, q.speaker_type) == ("the mayor", "ROLE")


def test_a_subject_before_an_apposition_left_open_is_he() -> None:
    text = (
        "Ruth Adler , a teacher , said : `` It is a disgrace . '' Colm Dray , the secretary of the "
        "Leith rowing club had travelled down overnight . He said : `` We came to be heard today . ''"
    )
    quotes = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == ["Ruth Adler", "Colm Dray"]


def test_an_auxiliary_ends_the_subject_before_the_speech_verb() -> None:
    text = (
        "Tomas Hale , chief of Oreline , said the leak was contained . The Oreline chief had remarked "
        "`` I want my weekend back , '' to reporters ."
    )
    quotes = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == ["Tomas Hale"]


def test_a_definite_role_takes_the_indefinite_role_that_introduced_it() -> None:
    text = (
        "Ravel Dunn once hid in the hills . Relations improved , one retired Navy officer told the Herald . "
        "`` The channel between the two is strong , '' the officer said ."
    )
    (q,) = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert (q.speaker, q.speaker_type) == ("one retired Navy officer", "ROLE")


def test_a_definite_role_introduced_with_its_name_is_that_person() -> None:
    text = (
        "A spokesman , Colin Fry , said the talks began . "
        "`` We expect a result by Friday , '' the spokesman said ."
    )
    (q,) = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert q.speaker_name == "Colin Fry"


def test_according_to_opening_the_next_sentence_is_not_the_quotes_cue() -> None:
    text = (
        "`` He cannot work at all , '' said lawyer Rita Moss . `` He is harassed wherever he goes . '' "
        "According to court papers cited by the Courier , he owes money ."
    )
    quotes = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert quotes[-1].cue != "according to"


def test_a_body_with_its_article_and_an_adverb_is_the_body() -> None:
    text = (
        "The Financial Times also reported that taxes would rise . Jane Pell spoke later . "
        "`` It is a bad time , '' she said ."
    )
    reported, said = _english_sentences(text)
    assert (reported.speaker, reported.speaker_type) == ("Financial Times", "ORG")
    assert said.speaker_name == "Jane Pell"


def test_saying_after_an_opening_phrase_takes_the_sentence_subject() -> None:
    text = (
        "For the first time since the strike began , Mara Olsen cited union leader Tom Reyes by name in a public statement , "
        "saying , `` He must step aside now , and the strike must end . ''"
    )
    (q,) = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert q.speaker_name == "Mara Olsen"


def test_an_inverted_says_before_a_colon_names_the_speaker() -> None:
    text = "Port to stay shut , says Admiral Hal Brenner , US Navy : `` There is no new offer ''"
    (q,) = [q for q in _english_sentences(text) if q.kind == "direct"]
    assert q.speaker_name == "Hal Brenner"


def test_said_before_a_clause_is_not_an_inverted_attribution() -> None:
    text = "The source , who asked not to be named , said some Egyptians using the old network were getting through ."
    at = text.index("Egyptians")
    egyptians = EntityMention(at, at + len("Egyptians"), "Egyptians", "PER")
    found = find_quotes(text, split_sentences(text, language="en"), entities=[egyptians], language="en")
    assert all(q.speaker != "Egyptians" for q in found)


def test_reported_speech_before_a_quote_in_one_sentence_span() -> None:
    """ "…, Sarah Lund from Openleaks told reporters in London . `` The range … , '' she said .": the
    splitter's one span holds a reported sentence, which names who "she" is."""
    text = (
        "The files came from six ministries , Sarah Lund from Openleaks told reporters in London . "
        "`` The range of information is wide , '' she said ."
    )
    ents = find_entities(text, language="en")
    found = find_quotes(text, [Span(0, len(text))], entities=ents, language="en", rank=False)
    assert [(q.kind, q.speaker_name or q.speaker) for q in found] == [
        ("indirect", "Sarah Lund"),
        ("direct", "Sarah Lund"),
    ]


def test_the_statement_is_its_author_s_words() -> None:
    """ "Acme responded in a statement : "…" The statement added : "…"": Acme's, not the person quoted
    before it."""
    text = (
        "Its spokesman Joss Garland said : `` A spill would wreak havoc on the coast . '' "
        "Acme Oil responded in a statement : `` Acme Oil has several prospects to drill next year . '' "
        "The statement added : `` Any relevant lessons will be applied to this well . ''"
    )
    speakers = [q.speaker_name or q.speaker for q in _english(text) if q.kind == "direct"]
    assert speakers[0] == "Joss Garland" and speakers[2] == speakers[1] != "Joss Garland"


def test_a_phrase_in_marks_after_a_new_sentence_is_its_subject_s() -> None:
    """ "…," said Button . "… yet ." McLaren struggled … and Hamilton paid tribute to the "…": Hamilton's
    words, not a continuation of Button's quote."""
    text = (
        "`` We are quick , '' said Jenson Barton . `` We do n't know our race pace yet . '' "
        "Lewis Hamlin was second . McLaren struggled in testing and Hamlin paid tribute to the "
        "`` fantastic job done by the team '' in the winter ."
    )
    speakers = [q.speaker_name or q.speaker for q in _english(text) if q.kind == "direct"]
    assert speakers == ["Jenson Barton", "Jenson Barton", "Lewis Hamlin"]
