"""Direct quotes ("…", “…”) and reported speech ("kata X", "menurut X", "X mengatakan bahwa"), with speakers.

A speaker is the entity named beside the quote; "katanya", "tambahnya", "Dia", a bare continuation
paragraph all take the previous speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from warta.extract.entities import EntityMention
from warta.extract.wordlists import ATTRIBUTION_VERBS, SAY_VERBS
from warta.types import Span

_MIN_QUOTE_WORDS = 4  # shorter quoted text is a label ("teroris"), not a statement
_DIRECT = re.compile(r"“([^”\n]+)”|\"([^\"\n]+)\"")
_AFTER = re.compile(
    r"\s*[,.]?\s*(?:" + "|".join(sorted(ATTRIBUTION_VERBS)) + r")(nya)?\b[ \t]*([^.,:;\n“\"]*)", re.IGNORECASE
)
# "…," Watugede regent Sri Wahyuningsih told reporters: the English order, speaker before the verb.
_AFTER_EN = re.compile(
    r"\s*[,.]?\s*([^.,:;\n“\"]{2,80}?)\s+(?:said|says|told|added|stated|explained|warned)\b"
)
_SAY = re.compile(r"\b(" + "|".join(sorted(SAY_VERBS)) + r")\b")
_PRONOUN = re.compile(r"\b(?:[Dd]ia|[Ii]a|[Bb]eliau)\s*$")
_SPEAKER_STOP = re.compile(r"\s(?:dalam|pada|di|kepada|dari|menambahkan|saat|ketika|yang)\s")
_MENURUT = re.compile(r"\b[Mm]enurut\s+([^,.\n]+),\s*")
_CONTINUATION_GAP = 3  # a bare quote within this many characters of the last one continues it
_SPEAKER_WINDOW = 80  # how far before a speech verb its subject may start


@dataclass(frozen=True)
class QuoteMention:
    """One quote in an article: the quoted (or reported) text, its speaker and where both are."""

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_span: Span | None
    kind: str  # "direct" | "reported"
    named: bool = False  # the speaker is a named entity, not a description ("seorang juru bicara")
    continues: bool = False  # a bare quote carrying on the previous one, with no attribution of its own


@dataclass(frozen=True)
class _Who:
    speaker: str | None
    span: Span | None
    named: bool
    previous: str = ""  # "quote": the previous quote's speaker; "nearest": that or a person named since


def find_quotes(
    text: str,
    sentences: Sequence[Span],
    *,
    entities: Sequence[EntityMention] = (),
    language: str = "id",
) -> list[QuoteMention]:
    """Every direct and reported quote in ``text``, in order, each with its speaker resolved if it can be."""
    del language
    spans = list(sentences) or _fallback_sentences(text)
    found: list[tuple[QuoteMention, _Who]] = []
    quoted: list[tuple[int, int]] = []
    statements: list[tuple[int, int]] = []
    for m in _DIRECT.finditer(text):
        group = 1 if m.group(1) is not None else 2
        start, end = m.start(group), m.end(group)
        while end > start and text[end - 1] in " ,":
            end -= 1
        quoted.append((m.start(), m.end()))
        if _is_label(m.group(group)):
            continue
        who = _after(text, m.end(), entities) or _before(text, m.start(), entities)
        if who is None:
            who = _Who(None, None, False, previous="quote" if _continues(text, m.start(), statements) else "")
        statements.append((m.start(), m.end()))
        found.append((QuoteMention(start, end, text[start:end], None, None, "direct"), who))
    for sent in spans:
        if any(sent.start <= a < sent.end for a, _ in quoted):
            continue
        reported = _reported(text, sent, entities)
        if reported:
            found.append(reported)
    found.sort(key=lambda pair: pair[0].start)
    people = [e for e in entities if e.type == "PER" and not any(a <= e.start < b for a, b in quoted)]
    return _resolve(found, people)


def _is_label(quoted: str) -> bool:
    """A scare-quoted word or a title ("teroris", "State of the Union"), not a statement."""
    words = quoted.split()
    if len(words) < _MIN_QUOTE_WORDS - 1:
        return True
    titled = all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words)
    return len(words) <= _MIN_QUOTE_WORDS + 1 and titled


def _fallback_sentences(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n.!?]+[.!?]*", text) if m.group().strip()]


def _entity_in(
    entities: Sequence[EntityMention], lo: int, hi: int, *, last: bool = False
) -> EntityMention | None:
    inside = [e for e in entities if lo <= e.start and e.end <= hi and e.type in ("PER", "ORG", "LOC")]
    if not inside:
        return None
    for type_ in ("PER", "ORG", "LOC"):
        pool = [e for e in inside if e.type == type_]
        if pool:
            return pool[-1] if last else pool[0]
    return None


def _who_of(entity: EntityMention) -> _Who:
    return _Who(entity.text, Span(entity.start, entity.end), True)


def _after(text: str, pos: int, entities: Sequence[EntityMention]) -> _Who | None:
    """ "…," kata Blinken / "…," katanya / "…," the minister said."""
    m = _AFTER.match(text, pos)
    if not m:
        return _after_english(text, pos, entities)
    if m.group(1):
        return _Who(None, None, False, previous="nearest")
    phrase_start = m.start(2)
    phrase = m.group(2)
    stop = _SPEAKER_STOP.search(phrase)
    phrase_end = phrase_start + (stop.start() if stop else len(phrase.rstrip()))
    entity = _entity_in(entities, phrase_start, phrase_end + 1)
    if entity:
        return _who_of(entity)
    words = text[phrase_start:phrase_end].strip()
    if not words:
        return None
    return _Who(words, Span(phrase_start, phrase_start + len(words)), False)


def _after_english(text: str, pos: int, entities: Sequence[EntityMention]) -> _Who | None:
    """ "…," Watugede regent Sri Wahyuningsih told reporters: the name nearest the verb speaks."""
    m = _AFTER_EN.match(text, pos)
    if not m:
        return None
    if re.fullmatch(r"\s*(?:he|she|they)\s*", m.group(1), re.IGNORECASE):
        return _Who(None, None, False, previous="nearest")
    entity = _entity_in(entities, m.start(1), m.end(1), last=True)
    if entity:
        return _who_of(entity)
    words = m.group(1).strip()
    return _Who(words, Span(m.start(1), m.start(1) + len(words)), False)


def _before(text: str, pos: int, entities: Sequence[EntityMention]) -> _Who | None:
    """Blinken memperingatkan bahwa "…" / Baerbock berkata : “…”."""
    line_start = text.rfind("\n", 0, pos) + 1
    lead = text[line_start:pos]
    verbs = list(_SAY.finditer(lead))
    if not verbs or not re.fullmatch(r"[\s:,]*(?:bahwa)?[\s:,]*", lead[verbs[-1].end() :]):
        return None
    verb_at = line_start + verbs[-1].start()
    return _subject(text, verb_at, max(line_start, verb_at - _SPEAKER_WINDOW), entities)


def _subject(text: str, verb_at: int, lo: int, entities: Sequence[EntityMention]) -> _Who | None:
    if _PRONOUN.search(text[lo:verb_at]):
        return _Who(None, None, False, previous="nearest")
    entity = _entity_in(entities, lo, verb_at, last=True)
    return _who_of(entity) if entity else None


def _continues(text: str, pos: int, earlier: list[tuple[int, int]]) -> bool:
    """A bare quote continues the last one in its paragraph, or the one closing the paragraph before."""
    if not earlier:
        return False
    gap = text[earlier[-1][1] : pos]
    if "\n" not in gap:
        return True
    line_start = text.rfind("\n", 0, pos) + 1
    own_line = not text[line_start:pos].strip()
    previous_line = text[: line_start - 1].rstrip().rsplit("\n", 1)[-1]
    return own_line and earlier[-1][1] >= line_start - 1 - len(previous_line)


def _reported(text: str, sent: Span, entities: Sequence[EntityMention]) -> tuple[QuoteMention, _Who] | None:
    """ "X mengatakan bahwa …", "…, kata X", "Menurut X, …" in one sentence without quote marks."""
    body = sent.slice(text)
    menurut = _MENURUT.search(body)
    if menurut:
        entity = _entity_in(entities, sent.start + menurut.start(1), sent.start + menurut.end(1))
        if entity:
            return _clip(text, sent.start + menurut.end(), sent.end), _who_of(entity)
    said = re.search(r",\s*(?:kata|ujar|lapor)(nya)?\b", body)
    if said:
        who = _after(text, sent.start + said.start(), entities)
        if who:
            return _clip(text, sent.start, sent.start + said.start()), who
    verb = _SAY.search(body)
    if not verb:
        return None
    verb_at = sent.start + verb.start()
    who = _subject(text, verb_at, max(sent.start, verb_at - _SPEAKER_WINDOW), entities)
    if who is None:
        return None
    rest = body[verb.end() :]
    that = re.search(r"\bbahwa\b", rest[:_SPEAKER_WINDOW])
    comma = re.match(r"\s*[,:]", rest)
    if that:
        begin = sent.start + verb.end() + that.end()
    elif comma:
        begin = sent.start + verb.end() + comma.end()
    else:
        return None
    return _clip(text, begin, sent.end), who


def _clip(text: str, start: int, end: int) -> QuoteMention:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;"):
        end -= 1
    return QuoteMention(start, end, text[start:end], None, None, "reported")


def _resolve(found: list[tuple[QuoteMention, _Who]], people: list[EntityMention]) -> list[QuoteMention]:
    """Fill in each quote's speaker; "katanya" and continuations take the last speaker seen."""
    out: list[QuoteMention] = []
    last = _Who(None, None, False)
    for quote, who in found:
        if len(quote.text.split()) < _MIN_QUOTE_WORDS - 1:
            continue
        kind = who.previous
        if kind:
            who = last
            if kind == "nearest":
                named = [e for e in people if e.end <= quote.start]
                if named and (last.span is None or named[-1].end > last.span.end):
                    who = _who_of(named[-1])
        if who.speaker:
            last = who
        out.append(
            replace(
                quote, speaker=who.speaker, speaker_span=who.span, named=who.named, continues=kind == "quote"
            )
        )
    return out
