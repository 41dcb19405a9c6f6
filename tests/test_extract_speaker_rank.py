"""The learned quote-speaker ranker: candidates, features, the shipped weights and its choice."""

from __future__ import annotations

from warta.extract.entities import find_entities
from warta.extract.entity_mention import EntityMention
from warta.extract.quotes import find_quotes
from warta.extract.sentences import split_sentences
from warta.extract.speaker_features import FEATURES, Candidate, quote_candidates
from warta.extract.speaker_rank import RankerModel, choose, load_model, rank_speakers
from warta.extract.speakers import Who

# Invented text (no news text in the repository).
_TEXT = (
    "Warga Desa Sukamaju menunggu jembatan baru sejak lama.\n"
    "“Kami akan mulai membangun jembatan itu tahun depan,” kata Budi Santoso di Bandung.\n"
    "“Dananya sudah siap dan tinggal menunggu izin,” ujarnya."
)


def _quotes(text: str, *, rank: bool) -> list[object]:
    sentences = split_sentences(text, language="id")
    entities = find_entities(text, language="id")
    return list(find_quotes(text, sentences, entities=entities, language="id", rank=rank))


def test_shipped_weights_name_every_feature() -> None:
    model = load_model()
    assert model is not None
    assert set(model.weights) == set(FEATURES)
    assert 0.0 <= model.threshold < 1.0


def test_candidates_hold_the_named_speaker_and_unknown() -> None:
    start = _TEXT.index("Kami")
    end = _TEXT.index(",”")
    name_at = _TEXT.index("Budi")
    entities = [
        EntityMention(name_at, name_at + len("Budi Santoso"), "Budi Santoso", "PER"),
        EntityMention(_TEXT.index("Bandung"), _TEXT.index("Bandung") + 7, "Bandung", "LOC"),
    ]
    who = Who("Budi Santoso", (name_at, name_at + 12), "PER", "kata")
    sentences = split_sentences(_TEXT, language="id")
    [cands] = quote_candidates(_TEXT, sentences, entities, [(start, end, who, "Budi Santoso")])
    by_name = {c.name: c for c in cands}
    assert set(by_name) == {"Budi Santoso", "Bandung", None}
    budi = by_name["Budi Santoso"].features
    assert budi["rule"] == 1.0 and budi["cue_after_adjacent"] == 1.0 and budi["first_after_cue"] == 1.0
    assert by_name["Bandung"].features["loc"] == 1.0
    assert by_name[None].features["unknown"] == 1.0
    assert len(by_name["Budi Santoso"].vector()) == len(FEATURES)


def test_ranker_keeps_the_attributed_speaker_and_the_pronoun_one() -> None:
    ranked = _quotes(_TEXT, rank=True)
    speakers = [getattr(q, "speaker_name", None) for q in ranked if getattr(q, "kind", "") == "direct"]
    assert speakers == ["Budi Santoso", "Budi Santoso"]


def test_a_place_is_never_chosen_and_a_low_best_is_unknown() -> None:
    place = Candidate("Bandung", "LOC", (0, 7), {"loc": 1.0})
    person = Candidate("Budi Santoso", "PER", (10, 22), {"per": 1.0})
    nobody = Candidate(None, None, None, {"unknown": 1.0})
    model = RankerModel({"loc": 5.0, "per": 1.0, "unknown": 0.0}, bias=0.0)
    assert choose(model, [place, person, nobody]) is person
    assert choose(RankerModel(model.weights, 0.0, threshold=0.9), [place, person, nobody]) is None


def test_a_model_that_only_trusts_the_rules_changes_nothing() -> None:
    sentences = split_sentences(_TEXT, language="id")
    entities = find_entities(_TEXT, language="id")
    rules = find_quotes(_TEXT, sentences, entities=entities, language="id", rank=False)
    trusting = RankerModel({"rule": 5.0, "rule_unknown_cand": 5.0}, bias=-1.0)
    assert rank_speakers(_TEXT, sentences, entities, rules, model=trusting) == rules


def test_an_english_role_before_its_verb_is_a_candidate() -> None:
    text = "The clinic reopened on Monday.\n“We are ready for more patients,” a hospital spokesman said."
    start, end = text.index("We"), text.index(",”")
    sentences = split_sentences(text, language="en")
    nobody = Who(None, None, None, None)
    [cands] = quote_candidates(text, sentences, [], [(start, end, nobody, None)], english=True)
    roles = [c for c in cands if c.type == "ROLE"]
    assert [c.name for c in roles] == ["a hospital spokesman"]
    assert roles[0].features["after"] == 1.0 and roles[0].features["same_sentence"] == 1.0


def test_the_paraphrased_speaker_carries_to_the_quote_after_it() -> None:
    text = (
        "Menteri Budi Santoso mengatakan jembatan itu akan dibangun tahun depan.\n"
        "“Dananya sudah siap dan tinggal menunggu izin dari pemerintah pusat.”"
    )
    name = text.index("Budi")
    said = Who("Budi Santoso", (name, name + 12), "PER", "mengatakan")
    start, end = text.index("Dananya"), text.index(".”")
    sentences = split_sentences(text, language="id")
    nobody = Who(None, None, None, None)
    reported = [(text.index("jembatan"), text.index(" tahun depan"), said, "Budi Santoso")]
    [cands] = quote_candidates(text, sentences, [], [(start, end, nobody, None)], reported=reported)
    budi = next(c for c in cands if c.name == "Budi Santoso")
    assert budi.features["reported_speaker"] == 1.0 and budi.features["prev_paragraph"] == 1.0


def test_a_pronoun_lead_marks_the_last_sentence_subject() -> None:
    text = (
        "The fans waited for the coach Ivan Petrov .\n"
        "Student Mara Quint , 22 , left the city two years ago . She told the radio : `` We will be back . ''"
    )
    start = text.index("We will")
    end = text.index(" . ''") + 2
    entities = find_entities(text, language="en")
    sentences = split_sentences(text, language="en")
    who = Who(None, None, None, "told", pronoun=True, refers="she")
    [cands] = quote_candidates(text, sentences, entities, [(start, end, who, None)], english=True)
    subject = [c for c in cands if c.features.get("pronoun_last_subject")]
    assert [c.name for c in subject] and "Quint" in (subject[0].name or "")
    assert all("Petrov" not in (c.name or "") for c in subject)
