"""Direct quotes (in any quotation-mark convention) and indirect speech, each with its speaker and cue.

A direct quote is text inside quotation marks that someone is said to have said: ``"…," kata X``,
``X mengatakan: "…"``, ``"…," X said``, or a bare quote carrying on the one before it. Indirect speech
("X mengatakan bahwa …", "menurut X, …", "X said that …") is ``kind="indirect"``: it is never shown
in quotation marks. A pronoun or a bare continuation takes the person last named or quoted before it;
a speaker the text does not give stays ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.extract.entity_mention import EntityMention
from warta.extract.quote_cues import (
    MAX_LEAD_AFTER_VERB,
    VERB,
    closing_attribution,
    cue_after,
    cue_before,
    paragraph_subject,
)
from warta.extract.quote_echo import echoed
from warta.extract.quote_labels import is_label, is_long_title, is_title, named_title, names_it
from warta.extract.quote_marks import Quoted, find_quoted
from warta.extract.quote_mention import MIN_ATTRIBUTED_WORDS, Found, QuoteMention
from warta.extract.quote_people import initials_names, ranked_names, short_names
from warta.extract.quote_resolve import carried, continues_previous, lead_ins, resolve
from warta.extract.quotes_en import placed_names, sentence_person, sentence_pronoun
from warta.extract.reported_speech import reported_speech
from warta.extract.speaker_rank import rank_speakers
from warta.extract.speakers import NOBODY, is_speaker
from warta.types import Span

__all__ = ["QuoteMention", "find_quotes"]

_MIN_QUOTE_WORDS = 4  # shorter unattributed quoted text is a label ("teroris"), not a statement


def find_quotes(
    text: str,
    sentences: Sequence[Span],
    *,
    entities: Sequence[EntityMention] = (),
    language: str = "id",
    rank: bool = True,
) -> list[QuoteMention]:
    """Every direct and indirect quote in ``text``, in order, each with its speaker resolved if it can be;
    ``rank``: direct quotes' speakers chosen by the learned ranker over the rules' answer and the other
    candidates (:mod:`warta.extract.speaker_rank`), else the rules' answer."""
    # the cues of both languages are tried everywhere: outlets mix them
    spans = list(sentences) or _fallback_sentences(text)
    quoted = find_quoted(text)
    found: list[Found] = []
    previous: Quoted | None = None
    for q in quoted:
        who = cue_after(text, q, entities) if q.closed else NOBODY
        # '"Sudah...," ucap Rina': one word in marks a named speaker is said to say is a quote
        fewest = 1 if who.cue and who.type == "PER" else MIN_ATTRIBUTED_WORDS
        if who.cue is None:
            who = cue_before(text, q, entities)
            if who.cue is not None and (who.speaker or who.pronoun) and _inside_sentence(text, q):
                fewest = 1  # X said BP would "fix" it: one word quoted inside the speaker's sentence
        words = len(q.text.split())
        follows = who.cue is None and continues_previous(text, q, previous)
        # English quotes such fragments; a phrase the sentence names ("menganggapnya sebagai "…"") is a
        # label even inside a speaker's sentence
        label = language == "id" and (fewest > 1 or names_it(text, q)) and is_label(text, q)
        label = label or (who.cue is None and is_long_title(q.text))  # a title, theme or slogan
        label = label or (who.cue is None and named_title(text, q))
        if is_title(q.text) or words < fewest or label:
            continue
        if who.cue is None and not follows and words < _MIN_QUOTE_WORDS - 1:
            continue
        if follows and language == "en" and _new_sentence_since(text, q, previous):
            # "… yet . '' McLaren struggled … and Hamilton paid tribute to the "fantastic job"": the clause's
            # subject, not the previous quote's speaker
            person = sentence_person(text, q, entities)
            if person is not None:
                who, follows = person, False
        if who.cue is None and not follows:
            # "… a "liability" , he told the BBC ." / "He also called on Obama to "bring the hammer"" / a
            # paragraph's speaking subject
            who = (
                closing_attribution(text, q, entities)
                or sentence_pronoun(text, q)
                or paragraph_subject(text, q, entities)
                or who
            )
        previous = q
        found.append(Found(QuoteMention(q.start, q.end, q.text, None, None, "direct"), who, follows))
    marked = [(q.open_at, q.close_end) for q in quoted]
    for sent in spans:
        piece = (
            _before_marks(text, sent, marked)
            if any(a < sent.end and sent.start < b for a, b in marked)
            else sent
        )
        if piece is None:
            continue
        reported = reported_speech(text, piece, entities)
        if reported:
            found.append(reported)
    found.sort(key=lambda f: f.quote.start)
    found = carried(lead_ins(found, text), text)
    placed = placed_names(text, entities)
    people = [
        e
        for e in entities
        if e.type == "PER" and is_speaker(e, text) and not _inside(e, marked) and e.text not in placed
    ]
    extra = [
        *short_names(text, people, entities, marked),
        *ranked_names(text, entities, marked),
        *(initials_names(text, entities, marked) if language == "id" else ()),
    ]
    people = sorted([*people, *extra], key=lambda e: e.start)
    resolved = resolve(found, people, entities, text, spans)
    if not rank:
        return echoed(resolved)
    return echoed(rank_speakers(text, spans, entities, resolved, english=language == "en"))


def _before_marks(text: str, sent: Span, marked: list[tuple[int, int]]) -> Span | None:
    """The whole sentences a sentence span holds before its first quotation mark ("…, Sarah Harrison told
    reporters . `` The range … , '' she said ." read as one): reported speech of their own."""
    first = min((a for a, b in marked if a < sent.end and sent.start < b), default=sent.start)
    head = text[sent.start : first].rstrip()
    if first <= sent.start or not head.endswith((".", "!", "?")) or len(head.split()) < _MIN_QUOTE_WORDS:
        return None
    return Span(sent.start, sent.start + len(head))


def _new_sentence_since(text: str, q: Quoted, previous: Quoted | None) -> bool:
    """The previous quote closed its sentence ("… yet . ''") and words of a new one stand before ``q``."""
    if previous is None or not previous.text.rstrip().endswith((".", "!", "?")):
        return False
    return re.search(r"[^\W\d_]", text[previous.close_end : q.open_at]) is not None


def _inside(e: EntityMention, marked: list[tuple[int, int]]) -> bool:
    return any(a <= e.start < b for a, b in marked)


def _inside_sentence(text: str, q: Quoted) -> bool:
    """The quoted words are part of a reported clause that goes on after them, in lower case ("said BP
    would "fix" it"), not a label the verb gives ("menyebut mereka "teroris"")."""
    after = text[q.close_end : q.close_end + 3].lstrip()
    if not (q.text[:1].islower() and after and (after[0].islower() or after[0] in ".,")):
        return False
    lead = text[max(0, q.open_at - MAX_LEAD_AFTER_VERB) : q.open_at]
    verbs = list(VERB.finditer(lead))
    if not verbs:
        return False
    verb = verbs[-1]
    return verb.group(1) not in _NAMING_VERBS or _CLAUSE.search(lead, verb.end()) is not None


# Verbs that also name or label ("menyebut mereka "teroris"", "described it as "…""): a short quote after
# them is a label unless a clause ("bahwa", "that") stands between.
_NAMING_VERBS = frozenset({"menyebut", "menyebutkan", "described", "called", "reported"})


_CLAUSE = re.compile(r"\b(?:that|bahwa)\b")


def _fallback_sentences(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n.!?]+[.!?]*", text) if m.group().strip()]
