"""Speaker candidates of a direct quote and the features a learned ranker scores them by.

For each direct quote the candidates are the people, organisations (and, to be ruled out, places)
named in its paragraph and the paragraphs either side, the role phrases written after a cue there,
the speaker the attribution rules chose, the previous quote's speaker, and ``unknown``. Mentions of
one name (its fullest form in the article) are one candidate. The features are language-agnostic
where they can be: token distance and direction, same sentence or paragraph, a cue between the
candidate and the quote, the candidate as a speech verb's subject, its type, how often the article
names it, whether it is the last person named before a pronoun cue, and the rules' own answer.

>>> [c.name for c in quote_candidates(_DOCTEST_TEXT, (), [], [])]
[]
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from warta.extract.entity_mention import EntityMention
from warta.extract.genders import agrees, text_genders
from warta.extract.quote_people import FullestNames, aliases, subjects
from warta.extract.speakers import (
    CUES_ID,
    HONORIFICS,
    VERBS_EN,
    VERBS_ID,
    Who,
    in_dateline,
    is_speaker,
    phrase_end,
    speaker_in,
)
from warta.extract.wordlists import ROLE_TITLES
from warta.lazy_regex import lazy
from warta.types import Span

_DOCTEST_TEXT = "Tidak ada kutipan di sini."
_WORD = re.compile(r"\w+")
_CUE_WORDS = re.compile(
    r"\b(?:(?:"
    + "|".join(sorted(CUES_ID))
    + r")(?:nya)?|"
    + "|".join(sorted(VERBS_ID | VERBS_EN))
    + r"|menurut|according\s+to)\b",
    re.IGNORECASE,
)
# _CUE_WORDS without its opening word boundary: every cue word opens on a letter, which a slice's first
# character always has a boundary before, so matching this at ``lo`` is matching _CUE_WORDS on text[lo:].
_CUE_BODY = re.compile(_CUE_WORDS.pattern[2:], re.IGNORECASE)
# Every place a cue word can start, its closing word boundary aside (so every place _CUE_WORDS can match
# in any slice of the text), found once per article so that windows and gaps are not scanned again.
_CUE_OPENS = re.compile(r"\b(?=" + _CUE_WORDS.pattern[2:-2] + ")", re.IGNORECASE)
# The first two letters of every cue word (each starts with two ASCII letters): an ASCII word starting
# otherwise is no cue, so _CUE_OPENS is tried on few words.
_CUE_PREFIXES = frozenset(w[:2].lower() for w in (*CUES_ID, *VERBS_ID, *VERBS_EN, "menurut", "according"))
_CUE_AFTER = re.compile(
    r"[\s,.”\"’'»`]*(?:demikian\s+|begitu\s+)?(?:("
    + "|".join(sorted(CUES_ID))
    + r")|"
    + "|".join(sorted(VERBS_EN))
    + r"|according\s+to)\b",
    re.IGNORECASE,
)
_PRONOUN_CUE = re.compile(
    r"[\s,.”\"’'»`]*(?:(?:"
    + "|".join(sorted(CUES_ID))
    + r")nya\b|(?:"
    + "|".join(sorted(CUES_ID))
    + r")\s+(?:dia|ia|beliau)\b|(?:he|she)\s+(?:"
    + "|".join(sorted(VERBS_EN))
    + r")\b|(?:"
    + "|".join(sorted(VERBS_EN))
    + r")\s+(?:he|she)\b)",
    re.IGNORECASE,
)
_PARAGRAPHS_BEFORE = 2  # candidates come from this many paragraphs before the quote's, and one after
_NEAR = 8  # tokens: a mention this close to the quote, with a cue between, is its attribution
_KINDS = ("PER", "ORG", "ROLE", "LOC")

FEATURES: tuple[str, ...] = (
    "unknown", "per", "org", "role", "loc", "rule", "rule_unknown_cand", "rule_named", "rule_role",
    "log_distance", "before", "after", "same_sentence", "same_paragraph", "prev_paragraph",
    "next_paragraph", "cue_between", "cue_after_adjacent", "cue_before_adjacent", "speech_subject",
    "verb_subject", "previous_speaker", "log_mentions", "pronoun_cue_last_person", "last_person",
    "not_speaker", "pronoun_cue", "rule_pronoun_cue", "english", "in_quote_text", "role_after_cue",
    "nearest", "nearest_before", "nearest_after", "title_word", "one_word", "first_after_cue",
    "reported_speaker", "last_subject", "pronoun_last_subject", "pronoun_lead", "pronoun_not_person",
    "gender_conflict",
)  # fmt: skip


@dataclass(frozen=True)
class Candidate:
    """One possible speaker of a quote: its name (None: unknown), type, a mention and its features."""

    name: str | None
    type: str | None
    span: tuple[int, int] | None
    features: dict[str, float] = field(default_factory=dict)

    def vector(self) -> list[float]:
        """The features in :data:`FEATURES` order."""
        return [self.features.get(k, 0.0) for k in FEATURES]


@dataclass(frozen=True)
class _Context:
    text: str
    token_starts: list[int]
    paragraphs: list[tuple[int, int]]
    paragraph_starts: list[int]  # the paragraphs' starts, for bisecting
    sentences: list[Span]
    people: list[EntityMention]
    names: dict[str, str]
    subject_at: dict[int, bool]
    counts: dict[str, int]
    marked: list[tuple[int, int]]
    english: bool
    entities: list[EntityMention]
    full_names: dict[tuple[int, int], str]  # each mention's fullest name in the article
    subjects: list[tuple[int, str]]  # (end, fullest name) of each sentence's person or body subject
    cue_opens: list[int]  # where a cue word may start (_CUE_OPENS)
    speaks: list[bool]  # is_speaker of each entity, in ``entities`` order
    unmarked: list[bool]  # each entity starts outside quotation marks
    roles: dict[tuple[int, int], list[Who]] = field(default_factory=dict)  # _cue_roles of each window
    spoken: dict[tuple[int, int], Who] = field(default_factory=dict)  # speaker_in of each phrase
    name_parts: dict[str, tuple[str, float, str, float]] = field(default_factory=dict)  # _name_parts
    genders: dict[str, str] = field(default_factory=dict)  # text_genders of the article


@dataclass(frozen=True)
class _Around:
    """What all candidates of one quote share: its sentences' extent and its paragraph."""

    start: int
    end: int
    paragraph: int


def quote_candidates(
    text: str,
    sentences: Sequence[Span],
    entities: Sequence[EntityMention],
    quotes: Sequence[tuple[int, int, Who, str | None]],
    *,
    reported: Sequence[tuple[int, int, Who, str | None]] = (),
    english: bool = False,
) -> list[list[Candidate]]:
    """The candidates of each quote in ``quotes`` (start, end, the rules' attribution, the rules' fullest
    name, in order), each with its features; the previous quote's speaker is the rules' one, and
    ``reported`` (the same for reported speech) gives the speaker of a paraphrase before a quote."""
    ctx = _context(text, sentences, entities, [(q[0], q[1]) for q in quotes], english=english)
    out: list[list[Candidate]] = []
    previous: str | None = None
    for start, end, who, full in quotes:
        before = [r for r in reported if r[1] <= start and r[2].speaker]
        paraphrase = (
            before[-1] if before and _paragraph(ctx, before[-1][0]) >= _paragraph(ctx, start) - 2 else None
        )
        out.append(_candidates(ctx, start, end, who, full, previous, paraphrase))
        previous = full
    return out


def _context(
    text: str,
    sentences: Sequence[Span],
    entities: Sequence[EntityMention],
    marked: list[tuple[int, int]],
    *,
    english: bool,
) -> _Context:
    paragraphs = []
    at = 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append((at, at + len(line)))
        at += len(line) + 1
    speaks = [is_speaker(e, text) for e in entities]
    people = [e for e, speaking in zip(entities, speaks, strict=True) if e.type == "PER" and speaking]
    names = aliases(text, people)
    counts: dict[str, int] = {}
    full_names: dict[tuple[int, int], str] = {}
    fuller = FullestNames(people, names)
    for e in entities:
        key = _full(e, fuller)
        full_names[(e.start, e.end)] = key
        counts[key] = counts.get(key, 0) + 1
    token_starts = [m.start() for m in _WORD.finditer(text)]
    return _Context(
        text=text,
        token_starts=token_starts,
        paragraphs=paragraphs or [(0, len(text))],
        paragraph_starts=[p[0] for p in paragraphs] or [0],
        sentences=list(sentences),
        people=people,
        names=names,
        subject_at=subjects([e for e in entities if e.type in ("PER", "ORG")], text),
        counts=counts,
        marked=marked,
        english=english,
        entities=list(entities),
        full_names=full_names,
        subjects=_sentence_subjects(text, sentences, entities, marked, full_names),
        cue_opens=_cue_opens(text, token_starts),
        speaks=speaks,
        unmarked=[not any(a <= e.start < b for a, b in marked) for e in entities],
        genders=text_genders(text, people) if english else {},
    )


def _cue_opens(text: str, word_starts: list[int]) -> list[int]:
    """Where ``_CUE_OPENS`` matches: at word starts only (a cue word starts with a letter)."""
    out = []
    for at in word_starts:
        two = text[at : at + 2]
        if (not two.isascii() or two.lower() in _CUE_PREFIXES) and _CUE_OPENS.match(text, at):
            out.append(at)
    return out


def _full(e: EntityMention, fuller: FullestNames) -> str:
    if e.type != "PER":
        return e.text
    return fuller(Who(e.text, (e.start, e.end), "PER", None)) or e.text


def _paragraph(ctx: _Context, at: int) -> int:
    return max(0, bisect.bisect_right(ctx.paragraph_starts, at) - 1)


def _tokens_between(ctx: _Context, a: int, b: int) -> int:
    lo, hi = min(a, b), max(a, b)
    return bisect.bisect_left(ctx.token_starts, hi) - bisect.bisect_left(ctx.token_starts, lo)


def _candidates(
    ctx: _Context,
    start: int,
    end: int,
    who: Who,
    full: str | None,
    previous: str | None,
    paraphrase: tuple[int, int, Who, str | None] | None,
) -> list[Candidate]:
    text = ctx.text
    para = _paragraph(ctx, start)
    lo = ctx.paragraphs[max(0, para - _PARAGRAPHS_BEFORE)][0]
    hi = ctx.paragraphs[min(len(ctx.paragraphs) - 1, _paragraph(ctx, end) + 1)][1]
    mentions: list[tuple[str, str, tuple[int, int], bool]] = []  # name, type, span, is_speaker
    for i in _window_entities(ctx, lo, hi):
        e = ctx.entities[i]
        if in_dateline(e, text):
            continue  # the outlet of the opening dateline never speaks
        mentions.append((ctx.full_names[(e.start, e.end)], e.type, (e.start, e.end), ctx.speaks[i]))
    roles = _cue_roles(ctx, lo, hi)
    mentions += [(r.speaker or "", "ROLE", r.span or (0, 0), True) for r in roles]
    if who.speaker and who.span:
        mentions.append((full or who.speaker, who.type or "ROLE", who.span, True))
    reporter = None
    if paraphrase and paraphrase[2].speaker and paraphrase[2].span:
        reporter = " ".join((paraphrase[3] or paraphrase[2].speaker).casefold().split())
        said = paraphrase[2]
        mentions.append((paraphrase[3] or said.speaker or "", said.type or "ROLE", said.span or (0, 0), True))
    after = _CUE_AFTER.match(text, end, end + 40) if end < len(text) else None
    cue_match = _PRONOUN_CUE.match(text, end, end + 40) if end < len(text) else None
    pronoun_cue = bool(cue_match)
    last_person = _last_person(ctx, start)
    last_subject = _last_subject(ctx, start)
    lead_match = _PRONOUN_LEAD.search(text, max(0, start - _LEAD_REACH), start)
    pronoun_lead = bool(lead_match)
    # "he" / "she" in the cue or the lead-in: a person, of the gender the article gives them
    fits = agrees(ctx.genders, _he_or_she(cue_match) or _he_or_she(lead_match))
    quoted = text[start:end].casefold()
    sentence = [s for s in ctx.sentences if s.start <= end and start <= s.end]
    around = _Around(
        min((s.start for s in sentence), default=start), max((s.end for s in sentence), default=end), para
    )
    rule_key = " ".join(full.casefold().split()) if full else None
    previous_key = " ".join(previous.casefold().split()) if previous else None
    # name key -> (name, type, nearest span, nearest distance, each mention's features): a name's
    # mentions are merged once, after the loop
    by_name: dict[str, tuple[str, str, tuple[int, int], float, list[dict[str, float]]]] = {}
    for name, kind, span, speaker in mentions:
        if not name:
            continue
        key, title_word, last_word, one_word = _name_parts(ctx, name)
        f = _mention_features(ctx, start, end, span, kind, after is not None, around)
        f["not_speaker"] = 0.0 if speaker else 1.0
        f["rule"] = 1.0 if full and key == rule_key else 0.0
        f["rule_named"] = f["rule"] * (who.type in ("PER", "ORG"))
        f["rule_role"] = f["rule"] * (who.type == "ROLE")
        f["rule_pronoun_cue"] = f["rule"] * pronoun_cue
        f["reported_speaker"] = float(key == reporter)
        f["previous_speaker"] = 1.0 if previous and key == previous_key else 0.0
        f["log_mentions"] = math.log1p(ctx.counts.get(name, 1))
        last = 1.0 if last_person and last_person == name else 0.0
        f["last_person"] = last
        f["pronoun_cue_last_person"] = last * pronoun_cue
        subject = float(last_subject == name)
        f["last_subject"] = subject
        f["pronoun_last_subject"] = subject * float(pronoun_cue or pronoun_lead)
        f["in_quote_text"] = 1.0 if last_word in quoted else 0.0
        f["role_after_cue"] = 1.0 if kind == "ROLE" and any(r.span == span for r in roles) else 0.0
        f["english"] = float(ctx.english)
        f["title_word"] = title_word
        f["one_word"] = one_word
        f["first_after_cue"] = float(after is not None and span[0] >= end and _only_cue(text[end : span[0]]))
        f["pronoun_not_person"] = float(fits is not None and kind in ("ORG", "LOC"))
        f["gender_conflict"] = float(fits is not None and kind == "PER" and not fits(name))
        old = by_name.get(key)
        distance = f["log_distance"]
        if old is None:
            by_name[key] = (name, kind, span, distance, [f])
        else:
            _, old_kind, old_span, old_distance, seen = old
            best_span = span if distance < old_distance else old_span
            seen.append(f)
            merged_kind = kind if old_kind == "LOC" else old_kind
            by_name[key] = (name, merged_kind, best_span, min(old_distance, distance), seen)
    out = [Candidate(name, kind, span, _merged(seen)) for name, kind, span, _, seen in by_name.values()]
    for c in out:
        c.features.update({k.lower(): float(c.type == k) for k in _KINDS})
    _mark_nearest(out)
    unknown = {
        "unknown": 1.0,
        "rule_unknown_cand": float(who.speaker is None),
        "pronoun_cue": float(pronoun_cue),
        "pronoun_lead": float(pronoun_lead),
        "english": float(ctx.english),
    }
    out.append(Candidate(None, None, None, unknown))
    return out


def _he_or_she(m: re.Match[str] | None) -> str | None:
    """The English personal pronoun a cue or lead-in match holds, if any."""
    word = _HE_SHE.search(m.group()) if m else None
    return word.group().casefold() if word else None


_HE_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


def _name_parts(ctx: _Context, name: str) -> tuple[str, float, str, float]:
    """A candidate name's key (case and spacing folded), title-word flag, last word (case folded) and
    one-word flag, once per name of the article."""
    parts = ctx.name_parts.get(name)
    if parts is None:
        words = name.split()
        first = words[0].casefold()
        parts = ctx.name_parts[name] = (
            " ".join(name.casefold().split()),
            float(first.rstrip(".") in HONORIFICS or first in ROLE_TITLES),
            words[-1].casefold(),
            float(len(words) == 1),
        )
    return parts


def _only_cue(gap: str) -> bool:
    """Nothing but marks, a cue and titles between the quote and the mention ("," kata Kapolres ")."""
    rest = _CUE_AFTER.sub("", gap, count=1)
    return all(w.casefold().rstrip(".,") in HONORIFICS or w.casefold() in ROLE_TITLES for w in rest.split())


def _mark_nearest(cands: list[Candidate]) -> None:
    """Flag the speaking candidate nearest the quote, and the nearest before and after it."""
    able = [c for c in cands if c.type != "LOC" and not c.features.get("not_speaker")]
    for flag, side in (("nearest", None), ("nearest_before", "before"), ("nearest_after", "after")):
        pool = [c for c in able if side is None or c.features.get(side)]
        if pool:
            min(pool, key=lambda c: c.features["log_distance"]).features[flag] = 1.0


def _merged(features: list[dict[str, float]]) -> dict[str, float]:
    """The mentions of one name as one candidate: the nearest one's distance, any mention's flags.

    The same dict, key order included, as merging them two by two in order (``_merge``), in C: every
    mention's features have the same keys in the same order, so each key's values are one column.
    """
    first = features[0]
    if len(features) == 1:
        return first
    keys = tuple(first)
    if any(len(f) != len(keys) for f in features) or any(tuple(f) != keys for f in features):
        return functools.reduce(_merge, features)
    columns = list(zip(*map(dict.values, features), strict=True))
    merged = dict(zip(keys, map(max, columns), strict=True))
    for k in ("log_distance", "not_speaker"):
        merged[k] = min(columns[keys.index(k)])
    return {k: merged[k] for k in _merged_order(keys, len(features) - 1)}


@functools.cache
def _merged_order(keys: tuple[str, ...], merges: int) -> tuple[str, ...]:
    """The key order ``_merge`` leaves after ``merges`` merges of dicts of ``keys`` (a set's, per process)."""
    order = keys
    for _ in range(merges):
        order = tuple(set(dict.fromkeys(order)) | set(dict.fromkeys(keys)))
    return order


def _merge(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
    """Two mentions of one name: the nearer one's distance, any mention's flags."""
    keys = set(a) | set(b)  # each key's larger value (as max(x, y) picks it), in the set's order
    get_a, get_b = a.get, b.get
    out = {k: y if y > x else x for k in keys for x, y in ((get_a(k, 0.0), get_b(k, 0.0)),)}
    out["log_distance"] = min(a["log_distance"], b["log_distance"])
    out["not_speaker"] = min(a.get("not_speaker", 0.0), b.get("not_speaker", 0.0))
    return out


def _window_entities(ctx: _Context, lo: int, hi: int) -> list[int]:
    """The indices of the entities inside ``[lo, hi)`` that start outside quotation marks."""
    return [i for i, e in enumerate(ctx.entities) if lo <= e.start and e.end <= hi and ctx.unmarked[i]]


def _cue_matches(ctx: _Context, lo: int, hi: int) -> list[re.Match[str]]:
    """``_CUE_WORDS.finditer(text, lo, hi)``, tried only where a cue word may start."""
    out = []
    at = lo
    opens = ctx.cue_opens
    for i in range(bisect.bisect_left(opens, lo), len(opens)):
        if opens[i] >= hi:
            break
        if opens[i] >= at:
            m = _CUE_WORDS.match(ctx.text, opens[i], hi)
            if m:
                out.append(m)
                at = m.end()
    return out


def _cue_in(ctx: _Context, lo: int, hi: int) -> bool:
    """Whether ``_CUE_WORDS`` finds a cue in the slice ``text[lo:hi]`` (whose start is a word boundary)."""
    if _CUE_BODY.match(ctx.text, lo, hi):  # as _CUE_WORDS.match(text[lo:hi]), without the copy
        return True
    opens = ctx.cue_opens
    for i in range(bisect.bisect_right(opens, lo), len(opens)):
        if opens[i] >= hi:
            return False
        if _CUE_WORDS.match(ctx.text, opens[i], hi):
            return True
    return False


def _speaker_in(ctx: _Context, lo: int, hi: int) -> Who:
    """:func:`speaker_in` of ``text[lo:hi]``, its last name, once per phrase of the article."""
    who = ctx.spoken.get((lo, hi))
    if who is None:
        who = ctx.spoken[(lo, hi)] = speaker_in(ctx.text, lo, hi, ctx.entities, None, last=True)
    return who


def _cue_roles(ctx: _Context, lo: int, hi: int) -> list[Who]:
    """Role phrases written right after a cue in the window ("kata seorang warga", "a spokesman said"),
    once per window (the quotes of one paragraph share it)."""
    roles = ctx.roles.get((lo, hi))
    if roles is None:
        roles = ctx.roles[(lo, hi)] = _find_cue_roles(ctx, lo, hi)
    return roles


def _find_cue_roles(ctx: _Context, lo: int, hi: int) -> list[Who]:
    out = []
    for m in _cue_matches(ctx, lo, hi):
        if any(a <= m.start() < b for a, b in ctx.marked):
            continue
        at = m.end()
        found = [_speaker_in(ctx, at, phrase_end(ctx.text, at, hi))]
        if m.group().casefold() in VERBS_EN:  # "…," a hospital spokesman said: the subject before the verb
            opens = _subject_opens().search(ctx.text, max(lo, m.start() - _SUBJECT_REACH), m.start())
            if opens:
                found.append(_speaker_in(ctx, opens.end(), m.start()))
        out += [w for w in found if w.type == "ROLE" and w.speaker and _PLAIN_ROLE.fullmatch(w.speaker)]
    return out


# Where an English subject before a speech verb starts: after a mark, a comma or a sentence stop,
# at an article ("… '' a hospital spokesman said").
_subject_opens = lazy(r"(?:[,;:“”\"]|''|``|[.!?]\s)\s*(?=(?:a|an|the|one)\s)(?!.*(?:[,;:“”\"]|''|``))", re.I)


_SUBJECT_REACH = 60


# A role phrase is words: letters first, no quotation marks or bracket tokens ("-RRB-", "`` much of").
_PLAIN_ROLE = re.compile(r"[^\W\d_][\w'’.-]*(?:\s+[\w'’.@-]+)*")


def _last_person(ctx: _Context, at: int) -> str | None:
    """The fullest name of the last person named before ``at``, outside quotation marks."""
    before = [e for e in ctx.people if e.end <= at and not any(a <= e.start < b for a, b in ctx.marked)]
    return ctx.full_names.get((before[-1].start, before[-1].end), before[-1].text) if before else None


# "He said : ``" / "She told the BBC : ``": a pronoun's speech verb leads into the quote.
_PRONOUN_LEAD = re.compile(
    r"\b(?:he|she|dia|ia|beliau)\s+(?:\w+\s+){0,2}?(?:"
    + "|".join(sorted(VERBS_EN | VERBS_ID))
    + r")\b[^.!?“”\"`']{0,40}[:,]?\s*(?:``|[“\"„«])\s*$",
    re.IGNORECASE,
)
_LEAD_REACH = 80
# What may stand before a sentence's subject: up to three words ("College lecturer", "British soldier"),
# or an opening phrase and its comma ("Waving a placard , ").
_SUBJECT_LEAD = re.compile(r"(?:[^\W\d][\w'’.-]*\s+){0,3}|[^,;:“”\"`']{1,60},\s*")


def _sentence_subjects(
    text: str,
    sentences: Sequence[Span],
    entities: Sequence[EntityMention],
    marked: list[tuple[int, int]],
    full_names: dict[tuple[int, int], str],
) -> list[tuple[int, str]]:
    """Each sentence's subject when it is a person or a body named at its start, outside quotes (the
    one "he said" most likely refers to, rather than a name the sentence only mentions)."""
    out = []
    named = sorted((e for e in entities if e.type in ("PER", "ORG")), key=lambda e: e.start)
    starts = [e.start for e in named]
    for s in sentences:
        if any(a <= s.start < b for a, b in marked):
            continue
        i = bisect.bisect_left(starts, s.start)
        if (
            i < len(named)
            and named[i].end <= s.end
            and _SUBJECT_LEAD.fullmatch(text, s.start, named[i].start)
        ):
            e = named[i]
            if not any(a <= e.start < b for a, b in marked):
                out.append((e.end, full_names.get((e.start, e.end), e.text)))
    return out


def _last_subject(ctx: _Context, at: int) -> str | None:
    """The subject of the last sentence before ``at`` whose subject is a named person or body."""
    before = [name for end, name in ctx.subjects if end <= at]
    return before[-1] if before else None


def _mention_features(
    ctx: _Context, start: int, end: int, span: tuple[int, int], kind: str, cue_follows: bool, around: _Around
) -> dict[str, float]:
    after = span[0] >= end
    gap_lo, gap_hi = (end, span[0]) if after else (span[1], start)
    distance = _tokens_between(ctx, gap_lo, gap_hi) if gap_hi > gap_lo else 0
    cue_between = gap_hi > gap_lo and _cue_in(ctx, gap_lo, gap_hi)
    s_lo, s_hi, para = around.start, around.end, around.paragraph
    here = _paragraph(ctx, span[0])
    subject = ctx.subject_at.get(span[0])
    return {
        "log_distance": math.log1p(distance),
        "before": float(not after),
        "after": float(after),
        "same_sentence": float(s_lo - 2 <= span[0] and span[1] <= s_hi + 2),
        "same_paragraph": float(here == para),
        "prev_paragraph": float(here == para - 1),
        "next_paragraph": float(here == para + 1),
        "cue_between": float(cue_between),
        "cue_after_adjacent": float(after and cue_between and cue_follows and distance <= _NEAR),
        "cue_before_adjacent": float(not after and cue_between and distance <= _NEAR),
        "speech_subject": float(subject is True),
        "verb_subject": float(subject is not None),
        "per": float(kind == "PER"),
    }


__all__ = ["FEATURES", "Candidate", "quote_candidates"]
