"""A capitalised word standing alone in English text, named by what the text says of it: a description
after it ("Roche , which makes Tamiflu", "Sandmonkey , an Egyptian blogger"), a class noun before it
("pharmaceutical companies Roche"), or an account handle it opens ("Vodafone", "@VodafoneEgypt").
:mod:`warta.extract.names_en` keeps a lone word only with such evidence or a longer name ending in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from warta.extract.demonyms import is_demonym
from warta.extract.entity_mention import EntityMention
from warta.extract.gazetteer import place
from warta.extract.names_en_words import ORG_WORDS, TITLES, calendar, is_lead_word, stop_words

# What a lone name is, said right after it: "Roche , which makes …", "Sandmonkey , an Egyptian blogger",
# "Halliburton , services provider for …", or right before it: "pharmaceutical companies Roche".
_RELATIVE_AFTER = re.compile(r"\s*,\s*which\b")  # "who" is no proof: "Transocean , who owned the rig"
_APPOSED_AFTER = re.compile(r"\s*,\s*(?:(a|an|the)\s+)?([^,.;:!?()`']{1,60})")
_APPOSED_WORDS = 4
_NOUN_BEFORE = re.compile(r"(?<![\w'’-])([a-z][\w-]*)\s+$")
# Nouns that say a lone name is a person's or a body's (beside the titles and the organisation words).
PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "blogger", "activist", "journalist", "reporter", "correspondent", "photographer", "photojournalist",
        "analyst", "expert", "lawyer", "student", "resident", "nurse", "actor", "actress", "singer",
        "artist", "writer", "author", "economist", "scientist", "researcher", "teacher", "diplomat",
        "politician", "engineer", "man", "woman", "boy", "girl", "witness", "protester", "campaigner",
        "player", "striker", "midfielder", "goalkeeper", "driver", "footballer", "champion", "businessman",
        "businesswoman", "fisherman", "farmer", "pilot", "soldier", "official", "aide", "colleague",
    }
)  # fmt: skip
BODY_NOUNS: frozenset[str] = frozenset(
    {
        "company", "companies", "firm", "firms", "provider", "maker", "manufacturer", "producer", "operator",
        "giant", "carrier", "retailer", "insurer", "lender", "broker", "stockbroker", "charity", "contractor",
        "supplier", "broadcaster", "outlet", "organisation", "organization", "agency", "group", "conglomerate",
        "automaker", "carmaker", "drugmaker", "airline", "bank", "utility", "watchdog", "regulator",
    }
)  # fmt: skip


# "Costner 's band , Modern West", "the rock band Modern West": a body's class noun right before a name.
# A comma only after an owner ("Costner 's band , Modern West"): "sued the company , Tom Baxter said" is
# two clauses.
_BODY_CLASS = r"(?:band|group|company|firm|charity|team|club|party)"
_BODY_BEFORE = re.compile(
    r"(?:(?:'s|’s|\bhis|\bher|\bits|\btheir)\s+" + _BODY_CLASS + r"\s*,|(?<![\w'’-])" + _BODY_CLASS + r")\s+$"
)
# A word capitalised again inside ("ConocoPhillips", "GlaxoSmithKline"), not a surname's prefix
# ("McDonald", "DiCaprio", "LeBlanc").
_CAMEL = re.compile(
    r"(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Del|Al|El)[A-Z])[A-Z][a-z]+[A-Z][a-z]{2,}[A-Za-z]*"
)
# A commenter's name before what they wrote ("At 13:39 1st Jun 2012 , BluesBerry wrote :").
_POSTER_AFTER = re.compile(r"\s*(?:wrote|writes|:)")


def body_before(m: EntityMention, text: str) -> bool:
    """Whether a body's class noun in lower case stands right before the name ("band , Modern West")."""
    return _BODY_BEFORE.search(text, max(0, m.start - 16), m.start) is not None


def lone_described(m: EntityMention, text: str) -> str | None:
    """The type a description gives a lone name: "PER" or "ORG" by a relative pronoun, an apposition's
    last noun, or a lower-case class noun right before it; None when nothing describes it or it is a
    sentence word, a place or a nationality."""
    if is_lead_word(m.text, text) or place(m.text) or is_demonym(m.text) or calendar().fullmatch(m.text):
        return None
    if (
        not _inside_sentence(m.text, text)
        or _placed(m.text, text)
        or _OBJECT_BEFORE.search(text, max(0, m.start - 16), m.start)
    ):
        return None  # "Later , the man said"; "in Paris , the group …"; "of Louisiana , the company says"
    before = _NOUN_BEFORE.search(text, max(0, m.start - 24), m.start)
    nouns = (
        [before.group(1)] if before and _CLOSED_AFTER.match(text, m.end) else []
    )  # not "general Official reports"
    if _RELATIVE_AFTER.match(text, m.end):
        nouns.append("company")  # "Roche , which makes Tamiflu", unless a noun before says a person
    apposed = _APPOSED_AFTER.match(text, m.end)
    if (
        apposed
        and apposed.group(1)
        and (apposed.group(2)[:1].islower() or is_demonym(apposed.group(2).split()[0]))
    ):
        # "Sandmonkey , an Egyptian blogger said …", "Eni , the biggest foreign oil business operator in …":
        # its last class noun before a function word
        words = apposed.group(2).split()
        head = next((i for i, w in enumerate(words) if w.casefold() in stop_words()), len(words))
        nouns += [w.casefold() for w in reversed(words[: min(head, _APPOSED_WORDS + 1)])]
    elif apposed and apposed.group(2)[:1].islower():  # "X , services company for …": its head noun
        words = apposed.group(2).split()
        head = next((i for i, w in enumerate(words) if w.casefold() in stop_words()), len(words))
        closed = head < len(words) or apposed.end() < len(text)
        if 0 < head <= _APPOSED_WORDS and closed and words[head - 1].islower():  # not ", told Reuters"
            nouns.append(words[head - 1])
    for noun in nouns:
        if noun in PERSON_NOUNS or noun in TITLES:
            return "PER"
        if noun in BODY_NOUNS or noun in ORG_WORDS:
            return "ORG"
    if (
        _CAMEL.fullmatch(m.text)
        and text[m.start - 1 : m.start] != "@"
        and not _POSTER_AFTER.match(text, m.end)
    ):
        return "ORG"  # "ConocoPhillips and Chevron": a company's name, not a person's
    return None


# What may follow a name a lower-case noun introduces: punctuation, a function word or a speech verb.
_CLOSED_AFTER = re.compile(r"\s*(?:[,.;)]|''|$|(?:said|says|told|and|or|which|who|has|had|is|was)\b)")


_PLACE_PREPOSITIONS = ("in", "at", "from", "across", "throughout", "near", "inside", "outside")


def _placed(word: str, text: str) -> bool:
    r"""Whether the text writes the word after a place preposition somewhere ("in Hama", "in the Gulf").

    The same answer as ``re.search(r"\b(?:in|at|from|across|throughout|near|inside|outside)\s+(?:the\s+)?"
    + re.escape(word) + r"\b", text)``, read at each place ``str.find`` finds the word (a pattern per
    word, tried at every place of the text, cost a lone word's test most of its time).
    """
    for at in _bounded(word, text):
        gap = _spaces_before(text, at)
        if gap == at:
            continue
        if _preposition_ends(text, gap):
            return True
        before = _spaces_before(text, gap - 3) if text.endswith("the", 0, gap) else gap
        if before < gap - 3 and _preposition_ends(text, before):
            return True
    return False


def _preposition_ends(text: str, end: int) -> bool:
    """Whether a place preposition ends at ``end`` with a word boundary before it."""
    return any(text.endswith(p, 0, end) and _starts_word(text, end - len(p)) for p in _PLACE_PREPOSITIONS)


def _is_word_char(text: str, at: int) -> bool:
    return _WORD_CHAR.match(text, at) is not None


def _starts_word(text: str, at: int) -> bool:
    r"""``\b`` before a word character at ``at``: the start of the text or no word character before it."""
    return at == 0 or not _is_word_char(text, at - 1)


def _bounded(word: str, text: str) -> Iterator[int]:
    r"""Each place ``text`` writes ``word`` followed by ``\b`` (the places of ``re.escape(word) + r"\b"``)."""
    size, end = len(word), len(text)
    last = _is_word_char(word, size - 1)
    at = text.find(word)
    while at >= 0:
        after = at + size
        if last != (after < end and _is_word_char(text, after)):
            yield at
        at = text.find(word, at + 1)


def _spaces_before(text: str, at: int) -> int:
    r"""Where the run of whitespace (``\s``) ending at ``at`` starts (``at`` when there is none)."""
    while at > 0 and _SPACE.match(text, at - 1):
        at -= 1
    return at


_WORD_CHAR = re.compile(r"\w")
_SPACE = re.compile(r"\s")
_LOWER_RUN_CHAR = re.compile(r"[\w'’-]")


# A preposition right before a name: the name is its object, and a comma phrase after it is the clause's.
_OBJECT_BEFORE = re.compile(r"\b(?:of|in|to|from|by|for|with|at|on|into|near|across)\s+(?:the\s+)?\Z")


def _inside_sentence(word: str, text: str) -> bool:
    r"""Whether the text writes the word capitalised after a lower-case word or a comma somewhere: a
    name, not just a sentence's first word.

    The same answer as ``re.search(r"(?:\b[a-z][\w'’-]*|,|'')\s+" + re.escape(word) + r"\b", text)``,
    read at each place ``str.find`` finds the word.
    """
    for at in _bounded(word, text):
        gap = _spaces_before(text, at)
        if gap == at:
            continue
        if text.endswith(",", 0, gap) or text.endswith("''", 0, gap):
            return True
        k = gap - 1  # a run of [\w'’-] ending at the gap, with a lower-case letter opening a word in it
        while k >= 0 and _LOWER_RUN_CHAR.match(text, k):
            if "a" <= text[k] <= "z" and _starts_word(text, k):
                return True
            k -= 1
    return False


@lru_cache(maxsize=8)  # one article's lone words ask for it again and again
def _handles(text: str) -> tuple[str, ...]:
    return tuple(h.casefold() for h in re.findall(r"(?<![\w.])@(\w{3,})", text))


def handle_of(word: str, text: str) -> bool:
    """A lone word an account handle of the text opens with ("Vodafone" and "@VodafoneEgypt"): a body
    named by its account, as a person named once is by a full name; a sentence word never is."""
    low = word.casefold()
    return (
        len(word) > 2
        and not is_lead_word(word, text)
        and not calendar().fullmatch(word)
        and any(h.startswith(low) and len(h) > len(low) for h in _handles(text))
    )
