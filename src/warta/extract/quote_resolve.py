"""Each quote's speaker from the attributions found: continuations and lead-in paragraphs share a
neighbour's speaker, and pronouns and definite roles ("she said", "the singer said") take the person or
body named before them; a speaker the text does not give stays ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from warta.extract.entity_mention import EntityMention
from warta.extract.genders import agrees, text_genders
from warta.extract.names_en_words import TITLES
from warta.extract.quote_marks import Quoted
from warta.extract.quote_mention import MIN_ATTRIBUTED_WORDS, Found, QuoteMention
from warta.extract.quote_people import FullestNames, aliases, nearest, nearest_org, subjects
from warta.extract.quotes_en import LEAD_BREAK, LEAD_ON, body_role
from warta.extract.role_subjects import role_subject
from warta.extract.speakers import NOBODY, VERBS_EN, Who
from warta.lazy_regex import lazy
from warta.types import Span

_LEAD_IN_BREAKS = 2  # a lead-in quote paragraph stands at most this many line breaks before its cue


def continues_previous(text: str, q: Quoted, previous: Quoted | None) -> bool:
    """A bare quote continues the last one in its paragraph, or the one closing the paragraph before."""
    if previous is None:
        return False
    if q.reopens:
        return True
    gap = text[previous.close_end : q.open_at]
    if "\n" not in gap:
        # "…," he said . "…": the previous quote's own attribution stands between, at most one sentence;
        # a quote after other sentences of the paragraph is not its continuation
        stops = len(LEAD_BREAK.findall(gap))
        opens_sentence = re.search(r"(?:^|[.!?:]|''|[”\"])\s*$", text[: q.open_at]) is not None
        return stops == 0 or (stops == 1 and opens_sentence)  # not a phrase in marks mid-sentence
    line_start = text.rfind("\n", 0, q.open_at) + 1
    own_line = not text[line_start : q.open_at].strip()
    previous_line = text[: line_start - 1].rstrip().rsplit("\n", 1)[-1]
    return own_line and previous.close_end >= line_start - 1 - len(previous_line)


def lead_ins(found: list[Found], text: str) -> list[Found]:
    """A bare quote paragraph right before an attributed one shares its speaker: Indonesian news often
    runs two quote paragraphs and names the speaker after the second ("…" ¶ "…," tambahnya)."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        here, after = out[i], out[i + 1]
        bare = here.who.cue is None and not here.follows and here.quote.kind == "direct"
        if not bare or after.quote.kind != "direct" or after.who.cue is None:
            continue
        gap = text[here.quote.end : after.quote.start]
        if gap.count("\n") <= _LEAD_IN_BREAKS and len(gap.strip(" \n\"“”'`,.")) == 0:
            out[i] = Found(here.quote, replace(after.who, cue=None), follows=False)
    return out


def carried(found: list[Found], text: str) -> list[Found]:
    """A bare quote paragraph right after a paragraph of reported speech carries on its speaker's words
    ("Airlangga menambahkan, upaya … ." ¶ "…"): the reporter paraphrases, then quotes."""
    out = list(found)
    for i in range(1, len(out)):
        here, before = out[i], out[i - 1]
        bare = here.who.cue is None and not here.follows and here.quote.kind == "direct"
        if not bare or before.quote.kind != "indirect" or not (before.who.speaker or before.who.pronoun):
            continue
        gap = text[before.quote.end : here.quote.start]
        if gap.count("\n") and len(gap.strip(" \n\"“”'`,.")) == 0:
            out[i] = Found(here.quote, replace(before.who, cue=None), follows=False)
    return out


def _anyone(name: str) -> bool:
    return True


def _definite_role(who: Who) -> bool:
    """An English role with the definite article and no name ("the singer", "The star"): someone the
    text has named before."""
    words = (who.speaker or "").split()
    return (
        who.type == "ROLE"
        and 2 <= len(words) <= _DEFINITE_ROLE_WORDS
        and words[0] in ("the", "The")
        and words[-1].isalpha()
        and words[-1].islower()  # "The FCO": a name
        # "the singer", "The BP chief"; not "The Libyan delegation", a body the text names so
        # "the 2008 world champion": a year or a number is a modifier too
        and (all(w.islower() or w.isdigit() for w in words[1:]) or words[-1] in TITLES)
    )


_DEFINITE_ROLE_WORDS = 4


def _introduced_role(text: str, who: Who, at: int) -> re.Match[str] | None:
    """The last indefinite phrase before ``at`` with the definite role's head noun ("one former US
    intelligence official" for "the official"), when no name follows it ("a spokesman, John Smith")."""
    head = (who.speaker or "").split()[-1]
    last = None
    for m in _indefinite_pattern(head).finditer(text, 0, at):
        spoke = _spoke_after().match(text, m.end()) or _speech_before().search(
            text, max(0, m.start() - 20), m.start()
        )
        if spoke and not _named_after().match(text, m.end()):
            last = m
    return last


# The introduced role speaks: a speech verb right after it ("one official told the Guardian"), or before
# it ("said a spokesman", "according to one diplomat"); a letter or a report introduced so does not.
_spoke_after = lazy(r"\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(VERBS_EN)) + r")\b")


_speech_before = lazy(r"\b(?:according\s+to|said|says|told|added)\s+$")


@lru_cache(maxsize=1024)
def _indefinite_pattern(head: str) -> re.Pattern[str]:
    """ "a|an|one|another …head": an indefinite phrase of at most four modifiers, compiled once per head."""
    return re.compile(
        r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!(?:a|an|the|of|and|or|to|in|on|for|by|with|from|at|as|that|who|which|is|was|were|has|had)\s)[\w-]+\s+){0,4}?"
        + re.escape(head)
        + r"\b(?!\s+(?:of|for|at|from|with)\b)"
    )


# A name or a comma and a name right after a role ("a spokesman, John Smith" / "a spokesman John Smith").
_named_after = lazy(r"\s*,?\s*(?:[A-Z][\w.'-]+\s+){0,2}[A-Z][\w'-]+(?:\s*,|\s+(?:said|says|told))")


# Written things that "say": a definite one ("the statement added") is its author's words.
_DOCUMENTS = frozenset(
    {"statement", "report", "letter", "filing", "note", "memo", "document", "release", "communique",
     "study", "email", "e-mail", "message", "ruling", "complaint", "lawsuit", "indictment", "post"}
)  # fmt: skip


def _document(who: Who) -> bool:
    return (who.speaker or "").split()[-1].casefold() in _DOCUMENTS


def document_author(text: str, who: Who, spoken: Sequence[Who], sentences: Sequence[Span]) -> Who | None:
    """The author of "the statement" (or report, letter …): the speaker of the attribution just before,
    when its sentence introduced one ("BP responded in a statement : "…""); None otherwise."""
    head = (who.speaker or "").split()[-1]
    intro = None
    for m in _introduced_document(head).finditer(text, 0, who.span[0] if who.span else len(text)):
        intro = m
    if intro is None:
        return None
    sentence = next((s for s in sentences if s.start <= intro.start() < s.end), None)
    if sentence is None:
        return None
    author = spoken[-1] if spoken else NOBODY  # the statement goes on from the attribution just before
    if not (author.speaker and author.span and author.type in ("PER", "ORG")):
        return None
    return replace(author, cue=who.cue) if sentence.start <= author.span[0] < sentence.end else None


@lru_cache(maxsize=64)
def _introduced_document(head: str) -> re.Pattern[str]:
    """ "a|an|its|his|her|their [one word] <head>": where a document is first introduced."""
    return re.compile(
        r"\b(?:[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+)?" + re.escape(head) + r"\b",
        re.IGNORECASE,
    )


def _next_start(found: list[Found], f: Found) -> int:
    """Where the item after ``f`` starts (the end of the list: ``f``'s own end)."""
    i = found.index(f)
    return found[i + 1].quote.start if i + 1 < len(found) else f.quote.end


def resolve(
    found: list[Found],
    people: list[EntityMention],
    entities: Sequence[EntityMention],
    text: str,
    sentences: Sequence[Span],
) -> list[QuoteMention]:
    """Fill in each quote's speaker; pronouns and continuations take the last person seen."""
    out: list[QuoteMention] = []
    last = NOBODY  # the last named speaker, for pronouns
    last_person = NOBODY  # the last person (or role) speaker, for he and she
    last_org = NOBODY  # the last organisation speaker, for it
    before = NOBODY  # the previous direct quote's speaker, for continuations
    previous_end = 0
    reported: tuple[tuple[int, int], Who] | None = None  # an English reported statement just before
    subject_at = subjects(people, text)
    names = aliases(text, people)
    fuller = FullestNames(people, names)
    genders = text_genders(text, people)

    def gender(pronoun: str | None) -> Callable[[str], bool] | None:
        """Whether a name may be the pronoun's person: not one the text genders the other way."""
        return agrees(genders, pronoun)

    spoken: list[Who] = []  # each resolved speaker so far, for a document's author
    for f in found:
        quote, who = f.quote, f.who
        if quote.kind == "indirect" and len(quote.text.split()) < MIN_ATTRIBUTED_WORDS:
            continue
        if quote.kind == "direct" and who.cue is None and reported and LEAD_ON.fullmatch(text, *reported[0]):
            # "X told the BBC that it was too early . "We do n't know …"": the reported speaker goes on,
            # also after another's quote ("…," A said . B said pupils were … . "…")
            who = replace(reported[1], cue=None)
        elif f.follows:
            who = replace(before, cue=None)
        elif (
            _definite_role(who)
            and _document(who)
            and (author := document_author(text, who, spoken, sentences))
        ):
            # "BP responded in a statement : "…" The statement added : "…"": the author it was issued by
            who = author
        elif _definite_role(who) and body_role(who):
            # "… the paper claimed": the body named before, as for "it", else the role as written
            body = nearest_org(quote.start, previous_end, last_org, entities, text, who.cue)
            who = body if body.type == "ORG" else who
        elif _definite_role(who):
            # "LaToya Jackson has claimed … . … the singer demanded": the person named before, as for "she"
            quoted = quote.text if quote.kind == "direct" else ""
            named = nearest(
                quote.start,
                previous_end,
                last_person,
                people,
                subject_at,
                who.cue,
                gender=_anyone,
                quoted=quoted,
            )
            intro = _introduced_role(text, who, quote.start)
            if intro and not (named.type == "PER" and named.span and named.span[0] > intro.start()):
                # "…, one former US intelligence official told the Guardian . … the official said": the
                # role the text introduced without a name, not a person named before it
                who = Who(intro.group(), (intro.start(), intro.end()), "ROLE", who.cue)
            else:
                who = named if named.type == "PER" else who
        elif who.pronoun and who.refers == "it":
            who = nearest_org(quote.start, previous_end, last_org, entities, text, who.cue)
        elif who.pronoun:
            since = last_person if who.refers in ("he", "she") else last
            quoted = quote.text if quote.kind == "direct" else ""
            refers, cue = who.refers, who.cue
            who = nearest(
                quote.start,
                previous_end,
                since,
                people,
                subject_at,
                cue,
                gender=gender(refers),
                quoted=quoted,
                text=text,
            )
            role = role_subject(text, previous_end, quote.start, refers)
            if role.span and not (who.span and who.span[0] > role.span[0]):
                # "A spokeswoman for BP declined to comment . "…," she said": the role, not a name before it
                who = replace(role, cue=cue)
        if who.speaker and who.type in ("PER", "ORG", "ROLE"):
            last = who  # "A police spokesman said … . He said : "…"": a role a pronoun takes up
            if who.type == "ORG" or body_role(who):
                last_org = who
            else:
                last_person = who
        spoken.append(who)
        if quote.kind == "direct":
            before = who
            previous_end = quote.end
        english = (
            quote.kind == "indirect" and who.speaker and (who.cue in VERBS_EN or who.cue == "according to")
        )
        reported = ((quote.end, _next_start(found, f)), who) if english else None
        span = Span(*who.span) if who.span else None
        out.append(
            replace(
                quote,
                speaker=who.speaker,
                speaker_span=span,
                named=who.type in ("PER", "ORG"),
                continues=f.follows,
                cue=who.cue,
                speaker_type=who.type,
                speaker_name=fuller(who),
            )
        )
    return out
