"""The noun phrase a number counts, read from the words after it or, when it closes its clause, before it.

Words come as (raw, lower-case) pairs, as :func:`warta.extract.measures.find_measure` tokenizes them.

>>> head_after([("petugas", "petugas"), ("keamanan", "keamanan"), ("tewas", "tewas")])
'petugas keamanan'
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.extract import lexicon_measures as lex
from warta.extract.lexicon_numbers import CURRENCY_BEFORE
from warta.extract.stems import stem
from warta.extract.word_classes import word_class

# Words that give a number its event role ("tewas" -> killed), by word.
ROLE_OF = {w: role for role, words in lex.ROLES.items() for w in words}
OPEN_QUOTES = {'"', "“", "'", "‘", "«"}
_HEAD_WORDS = 4
# Closed classes that never belong to the noun phrase after a number.
_NOT_IN_PHRASE = {"preposition", "conjunction", "copula", "determiner", "time"}
_DESCRIBED_WINDOW = 5


def is_verb(low: str, *, english: bool) -> bool:
    """An affixed Indonesian verb ("menyebut", "diturunkan", "tersebar"): it ends a noun phrase."""
    if english or len(low) <= 4 or not low.startswith(lex.VERB_PREFIXES) or low in lex.NOT_VERBS:
        return False
    return stem(low, english=False) != low


def head_after(after: list[tuple[str, str]], *, english: bool = False) -> str:
    """The content words from the start of ``after`` up to a stop, role word or verb (at most four)."""
    words: list[str] = []
    for raw, low in after:
        if not words and (low in OPEN_QUOTES or (english and low in lex.DETERMINERS)):
            continue
        if not raw[0].isalpha() or low in lex.STOP or low in ROLE_OF or len(words) == _HEAD_WORDS:
            break
        if is_verb(low, english=english) or (
            not english and low not in lex.PARTITIVES and word_class(low) in _NOT_IN_PHRASE
        ):
            break  # "dua kita tangkap", "lima hari pada Selasa": a pronoun or a time word ends it
        words.append(raw)
    while len(words) > 1 and words[0].lower() in lex.PARTITIVES:
        words.pop(0)
    return " ".join(words)


def described_as(after: list[tuple[str, str]], *, english: bool = False) -> str:
    """ "puluhan orang yang digambarkan sebagai perusuh": the description names what is counted."""
    for k, (_, low) in enumerate(after[:_DESCRIBED_WINDOW]):
        if low in lex.DESCRIBED_AS and after[k + 1 : k + 2] and after[k + 1][1] not in lex.DESCRIBED_AS:
            return head_after(after[k + 1 :], english=english)
        if low in ".,;!?":
            break
    return ""


def head_before(before: list[tuple[str, str]], *, english: bool = False) -> str:
    """For "X berjumlah sekitar 2.500", "harga minyak naik 1 persen": the noun phrase opening the clause."""
    start = 0
    for k, (raw, low) in enumerate(before):
        if (not raw[0].isalnum() and low not in OPEN_QUOTES) or low in lex.CLAUSE_STARTS:
            start = k + 1
    words = head_after(before[start:], english=english)
    if words:
        return words
    for k, (_, low) in enumerate(before):
        if low in lex.PRICE_WORDS:
            return head_after(before[k:], english=english)
    return ""


@dataclass(frozen=True)
class Phrase:
    """A run of content words before a number, the word before it, and a role word beside it."""

    words: tuple[str, ...]
    prev: str
    role: str | None
    role_word: str

    @property
    def head(self) -> str:
        """The phrase as text."""
        return " ".join(self.words)


def clause_subject(before: list[tuple[str, str]], *, english: bool) -> Phrase:
    """What a clause-closing number counts: the last noun phrase before the linking verb that is not
    inside a prepositional phrase, a relative clause or an apposition ("warga yang dirawat akibat
    kericuhan tercatat 5 orang" -> warga, injured)."""
    k = len(before)
    while k and (
        before[k - 1][1] in lex.STOP
        or before[k - 1][1] in lex.LINKING_VERBS
        or before[k - 1][1] in lex.LINKING_PREPOSITIONS
    ):
        k -= 1
    phrases = _phrases(before[:k], english=english)
    for n in range(len(phrases) - 1, -1, -1):
        p = phrases[n]
        tucked = p.prev in lex.PREPOSITIONS or p.prev in lex.RELATIVES or p.prev[:1].isdigit()
        if tucked or (p.prev == "," and n > 0):
            continue
        words = list(p.words[-_HEAD_WORDS:] if english else p.words[:_HEAD_WORDS])
        while len(words) > 1 and words[0].lower() in lex.PARTITIVES:
            words.pop(0)
        return Phrase(tuple(words), p.prev, p.role, p.role_word)
    return Phrase((), "", None, "")


def _phrases(tokens: list[tuple[str, str]], *, english: bool) -> list[Phrase]:
    """Maximal runs of content words, each with the word before it and an adjacent role word."""
    phrases: list[Phrase] = []
    run: list[str] = []
    prev = ""
    pending: tuple[str, str] | None = None  # a role word right before the run ("death toll")
    last_end = -2  # index after the last closed run
    for k, (raw, low) in enumerate([*tokens, (".", ".")]):
        content = raw[0].isalpha() and low not in lex.STOP and low not in ROLE_OF
        content = content and low not in lex.DETERMINERS and low not in lex.ROLE_BEFORE
        content = content and low not in CURRENCY_BEFORE
        content = content and not is_verb(low, english=english)
        if content:
            if not run:
                prev = _previous(tokens, k)
            run.append(raw)
            continue
        if run:
            role, role_word = pending if pending else (None, "")
            phrases.append(Phrase(tuple(run), prev, role, role_word))
            run, pending, last_end = [], None, k
        if low in lex.ROLE_BEFORE:
            pending = (lex.ROLE_BEFORE[low], raw)
        elif low in ROLE_OF:
            between = [w for _, w in tokens[last_end:k]] if last_end >= 0 else ["."]
            if (
                phrases
                and phrases[-1].role is None
                and all(w in lex.RELATIVES or w in lex.STOP for w in between)
            ):
                last = phrases[-1]
                phrases[-1] = Phrase(last.words, last.prev, ROLE_OF[low], raw)
            else:
                pending = (ROLE_OF[low], raw)
        elif low not in lex.DETERMINERS:
            pending = None
    return phrases


def _previous(tokens: list[tuple[str, str]], k: int) -> str:
    """The word before position ``k``, skipping determiners ("from a flash flood" -> "from")."""
    j = k - 1
    while j >= 0 and tokens[j][1] in lex.DETERMINERS:
        j -= 1
    return tokens[j][1] if j >= 0 else ""


def lasting(before: list[tuple[str, str]], after: list[tuple[str, str]], *, english: bool) -> str:
    """What a duration measures: the task it took ("lima jam untuk memadamkan api") or what lasted
    ("status tanggap darurat selama 14 hari")."""
    if after and after[0][1] in lex.DURATION_FOR:
        words = [
            raw
            for raw, low in after[1 : 1 + _HEAD_WORDS]
            if raw[0].isalpha() and low not in lex.STOP and low not in lex.DETERMINERS
        ]
        return " ".join(words[:2])
    if before and before[-1][1] in lex.DURATION_OF:
        k = len(before) - 1
        start = k
        while start and before[start - 1][0][0].isalpha() and before[start - 1][1] not in lex.STOP:
            if is_verb(before[start - 1][1], english=english) or before[start - 1][1] in ROLE_OF:
                break
            start -= 1
        return head_after(before[start:k], english=english)
    return ""
