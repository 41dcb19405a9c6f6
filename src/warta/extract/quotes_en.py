"""English attribution patterns for quotes: where a lead-in starts, when a quote closes a clause, the
subject before an apposition, "he/she" opening a sentence, reported speech closing a sentence
("… , X said ." / "… , according to X ."), and English roles.

>>> bool(LEAD_BREAK.search("the U.S. team")), bool(LEAD_BREAK.search("it ended . Then"))
(False, True)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.extract.entity_mention import EntityMention
from warta.extract.gazetteer import is_function_word
from warta.extract.names_en_words import ORG_WORDS
from warta.extract.quote_marks import Quoted
from warta.extract.speakers import VERBS_EN, VERBS_ID, Who, is_speaker, pronoun_refers
from warta.lazy_regex import lazy

_VERB = re.compile(r"\b(" + "|".join(sorted(VERBS_ID | VERBS_EN)) + r")\b")
MAX_LEAD = 140  # how far before the opening mark a lead-in is read

ACCORDING_AFTER = re.compile(r"[\s,]*according\s+to\s+(?=\S)", re.IGNORECASE)

PRONOUN_OPENS = re.compile(
    r"(?:^|[.!?]\s|''\s|``\s)\s*(?:But\s+|And\s+)?(He|She)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|s)\b"
)


def sentence_pronoun(text: str, q: Quoted) -> Who | None:
    """A quoted phrase inside a sentence whose subject is "he" or "she" with a verb ("He accused Mr
    Paxman of "insulting" …"): the words are that person's, named before."""
    lead_start = max(0, q.open_at - MAX_LEAD)
    ends = list(LEAD_BREAK.finditer(text, lead_start, q.open_at))
    lo = ends[-1].start() if ends else lead_start
    m = PRONOUN_OPENS.match(text, lo) if ends else None
    if not m:
        return None
    return Who(None, None, None, None, pronoun=True, refers=pronoun_refers(m.group(1)))


def sentence_person(text: str, q: Quoted, entities: Sequence[EntityMention]) -> Who | None:
    """A quoted phrase in a clause whose subject is a named person with a verb ("… and Hamilton paid
    tribute to the "fantastic job" done by the team"): the words are that person's."""
    lead_start = max(0, q.open_at - MAX_LEAD)
    ends = list(LEAD_BREAK.finditer(text, lead_start, q.open_at))
    lo = ends[-1].end() if ends else lead_start
    named = [e for e in entities if lo <= e.start and e.end <= q.open_at and e.type in ("PER", "ORG")]
    if not named or named[-1].type != "PER" or not is_speaker(named[-1], text):
        return None
    e = named[-1]  # no other name between the subject and the mark
    if not _clause_opens().fullmatch(text, lo, e.start):
        return None
    verb = _subject_verb().match(text, e.end, q.open_at)
    if not verb or is_function_word(verb.group(1)) or _VERB.search(text, e.end, q.open_at):
        return None  # a speech verb is the cue's business, not this
    return Who(e.text, (e.start, e.end), "PER", verb.group(1))


# Before a clause's subject: the sentence start, a title, or a conjunction ending the clause before it.
_clause_opens = lazy(
    r"\s*(?:(?:But|And|Yet)\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?|.*\s(?:and|but|while|as)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?",
)


# A subject's own verb right after the name (a lower-case word, not a function word), maybe after an
# auxiliary or an adverb.
_subject_verb = lazy(r"\s+(?:(?:has|have|had|also|then|later|again)\s+)?([a-z]{3,})\b")


def closes_clause(text: str, q: Quoted) -> bool:
    """The quoted words end a clause, as before an English attribution ("…," he said / "…?" she asked /
    "…", he said): a stop or comma inside the marks or a comma right after them."""
    inside = text[q.start : q.close_end].rstrip(" \"'”’»`")  # the marks' text keeps its last comma
    return inside.endswith((",", ".", "!", "?", "…", "-")) or text[q.close_end :].lstrip(" ")[:1] == ","


# "NAME -LRB- D-Del . -RRB- , chairman of such a panel on the Senate … Committee , said": a person, an
# apposition between commas, then the verb.
APPOSED = re.compile(r"\s*(?:-LRB-[^()]{0,30}?-RRB-\s*)?,[^.;:!?“”\"`']{2,160}?,\s*$")
APPOSED_REACH = 220


def apposed_subject(text: str, verb_at: int, entities: Sequence[EntityMention]) -> EntityMention | None:
    """The person a speech verb's subject is when an apposition stands between them and the verb."""
    if not text[:verb_at].rstrip().endswith(","):
        return None
    people = [
        e
        for e in entities
        if e.type == "PER" and verb_at - APPOSED_REACH <= e.start and e.end < verb_at and is_speaker(e, text)
    ]
    if not people:
        return None
    closest = people[-1]
    if re.fullmatch(r"\s*,\s*", text[closest.end : verb_at]) and text[: closest.start].rstrip().endswith(","):
        return None  # "Presiden Catalonia, Carles Puigdemont, menyatakan": the name is the apposition
    for e in reversed(people):
        if APPOSED.fullmatch(text, e.end, verb_at):
            return None if _VERB.search(text, e.end, verb_at) else e
    return None


# Where the lead-in of a quote starts: a sentence end (not the stop of "U.S.", "Dr." or "Mary L."), or
# another quotation mark.
LEAD_BREAK = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Mr|Dr|Ms|St|Jr))(?<!\b(?:Mrs|Gen|Sen|Gov|Rep))[.!?](?=\s)(?!\s+-RRB-)|[“”\"»]|''|``"
)  # not the stop closing a bracket: "Rep. Joe Barton -LRB- R-Tex . -RRB- apologized"


def body_role(who: Who) -> bool:
    """A role that names a body, not a person ("the network", "the ministry", "state TV")."""
    words = (who.speaker or "").split()
    return who.type == "ROLE" and bool(words) and words[-1].casefold() in ORG_WORDS


# What may follow a closing attribution's verb: "reporters", a day, "the BBC", "in an interview published
# on Monday", "in London".
ATTRIBUTION_TAIL = (
    r"(?:\s+(?:reporters|journalists|yesterday|today|tonight|(?:on|late|early|last)\s+\w+|[A-Z][a-z]+day"
    r"|(?:in|at|during|after|to|from)\s+(?:(?:a|an|the|his|her|its|their)\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}"
    r"|(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}))*"
)


# An English sentence ending in its attribution: "<statement> , <subject> said [on Monday] ."
SAID_AT_END = re.compile(
    r"\s,\s+((?:[^,.;:!?“”\"]|\.(?=\S)|(?<=Dr|Mr|Ms)\.|(?<=Mrs)\.){1,80}?)\s+(said|says|added|told|wrote|warned)"
    + ATTRIBUTION_TAIL
    + r"\s*[.!?]?\s*$"
)


ACCORDING_AT_END = re.compile(r"\s,\s+according\s+to\s+([^,;:!?“”\"]{2,100}?)\s*[.!?]?\s*$")


# Between a reported statement and a bare quote that carries it on: the stop, then the mark.
LEAD_ON = re.compile(r"[\s.!?]*(?:``|[“\"„«])?\s*")


def english_role(who: Who) -> bool:
    """A described English speaker of reported speech ("A Metropolitan police spokesman said …")."""
    words = (who.speaker or "").split()
    return who.type == "ROLE" and len(words) >= 2 and words[0].casefold() in ("a", "an", "the")


def placed_names(text: str, entities: Sequence[EntityMention]) -> frozenset[str]:
    """ "Person" names the text also writes as a place ("fighting in Ras Lanuf", "near Zawiyah"): no
    pronoun takes them."""
    out = set()
    for e in entities:
        if e.type == "PER" and _PLACE_BEFORE.search(text, max(0, e.start - 12), e.start):
            out.add(e.text)
    return frozenset(out)


_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|around)\s+$")
