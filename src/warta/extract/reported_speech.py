"""Reported speech in a sentence without quotation marks: "X mengatakan bahwa …", "Menurut X, …",
"…, kata X", "X said that …", "… , according to X ." — always ``kind="indirect"``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.extract.entity_mention import EntityMention
from warta.extract.quote_cues import ACCORDING, SPEAKER_WINDOW, VERB, subject_before
from warta.extract.quote_mention import Found, clip
from warta.extract.quotes_en import ACCORDING_AT_END, SAID_AT_END, apposed_subject, english_role
from warta.extract.speakers import CUES_ID, Who, phrase_end, speaker_in
from warta.lazy_regex import lazy
from warta.types import Span

_SAID_CLAUSE = re.compile(r",\s*(" + "|".join(sorted(CUES_ID | {"said", "says"})) + r")(nya)?\b", re.I)


# Verbs whose bare complement is a reported clause ("X mengatakan pertemuan akan …"), not a noun object.
_CLAUSE_VERBS = frozenset(
    {"mengatakan", "menyatakan", "menyebut", "menyebutkan", "menjelaskan", "menegaskan", "menuturkan",
     "menambahkan", "berkata", "menilai", "mengaku", "mengakui", "said", "says"}
)  # fmt: skip


# A reported clause after "said": words up to a finite verb, with no comma or stop between.
_finite_after = lazy(
    r"[^,.;:!?]{1,80}?\s(?:was|were|is|are|had|has|have|would|will|could|can|should|might|must)\b",
)


_MIN_CLAUSE_WORDS = 4  # how far before a speech verb its subject may start


def reported_speech(text: str, sent: Span, entities: Sequence[EntityMention]) -> Found | None:
    """ "X mengatakan bahwa …", "…, kata X", "Menurut X, …", "X said that …" without quote marks."""
    body = sent.slice(text)
    according = ACCORDING.search(body)
    if according and body[according.end() : according.end() + 1] == ",":
        lo, hi = sent.start + according.start(1), sent.start + according.end(1)
        who = speaker_in(text, lo, hi, entities, "menurut")
        if who.speaker or who.pronoun:
            return Found(clip(text, sent.start + according.end() + 1, sent.end), who)
    said = _SAID_CLAUSE.search(body)
    apposed = apposed_subject(text, sent.start + said.start(1), entities) if said else None
    if said and apposed:  # "Miranda Sevcik , a spokeswoman for Dr Murray , said the doctor was …"
        who = Who(apposed.text, (apposed.start, apposed.end), "PER", said.group(1).casefold())
        that = re.match(r"\s*(?:that\b)?", text[sent.start + said.end() : sent.end])
        begin = sent.start + said.end() + (that.end() if that else 0)
        return Found(clip(text, begin, sent.end), who)
    if (
        said
        and said.group(1).casefold() in ("said", "says")
        and _finite_after().match(text, sent.start + said.end())
    ):
        said = (
            None  # "The source , who …, said some Egyptians … were getting …": a clause follows, not a name
        )
    if said:
        at = sent.start + said.end()
        if said.group(2):
            who = Who(None, None, None, (said.group(1) + said.group(2)).casefold(), pronoun=True)
        else:
            who = speaker_in(text, at, phrase_end(text, at, sent.end), entities, said.group(1).casefold())
        if who.speaker or who.pronoun:
            return Found(clip(text, sent.start, sent.start + said.start()), who)
    according_end = ACCORDING_AT_END.search(body)
    if according_end:  # "… disperses naturally , according to Petty Officer Cory Mendenhall ."
        lo = sent.start + according_end.start(1)
        who = speaker_in(text, lo, phrase_end(text, lo, sent.end), entities, "according to")
        if who.type in ("PER", "ORG") or english_role(who):
            return Found(clip(text, sent.start, sent.start + according_end.start()), who)
    tail = SAID_AT_END.search(body)
    if tail:  # "… the outbreak could spread , Fukuda said ."
        lo, hi = sent.start + tail.start(1), sent.start + tail.end(1)
        who = subject_before(text, lo, hi, entities, tail.group(2))
        if who.pronoun or who.type in ("PER", "ORG") or english_role(who):
            return Found(clip(text, sent.start, sent.start + tail.start()), who)
    verb = VERB.search(body)
    if not verb:
        return None
    verb_at = sent.start + verb.start()
    who = speaker_in(
        text, max(sent.start, verb_at - SPEAKER_WINDOW), verb_at, entities, verb.group(1), last=True
    )
    if not (who.pronoun or who.type in ("PER", "ORG") or english_role(who)):
        return None
    rest = body[verb.end() :]
    that = re.search(r"\b(?:bahwa|that)\b", rest[:SPEAKER_WINDOW])
    comma = re.match(r"\s*[,:]", rest)
    if that:
        begin = sent.start + verb.end() + that.end()
    elif comma:
        begin = sent.start + verb.end() + comma.end()
    elif verb.group(1) in _CLAUSE_VERBS and len(rest.split()) >= _MIN_CLAUSE_WORDS:
        begin = sent.start + verb.end()  # "X menyebut Amien menerima …": the clause follows the verb
    else:
        return None
    return Found(clip(text, begin, sent.end), who)
