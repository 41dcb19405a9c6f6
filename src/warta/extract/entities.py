"""People, places and organisations in one article's text: read by rules and gazetteers, then each name
retyped by the learned type classifier where the article's evidence is clear (:mod:`warta.extract.entity_types`).

>>> [(m.text, m.type) for m in find_entities("Presiden Rusia Vladimir Putin tiba di Moskow.")]
[('Rusia', 'LOC'), ('Vladimir Putin', 'PER'), ('Moskow', 'LOC')]
"""

from __future__ import annotations

import re

from warta.extract.entity_context import settle, speaking_places
from warta.extract.entity_mention import EntityMention, Token
from warta.extract.entity_names import read_run
from warta.extract.entity_noise import headline_words, noise_word, shouted_run
from warta.extract.entity_types import retype
from warta.extract.gazetteer import country_code, place
from warta.extract.names_en import find_names_en
from warta.extract.wordlists import PORTFOLIOS

# Mentions and how a run of names is read live in entity_mention and entity_names.
__all__ = ["EntityMention", "find_entities", "rule_entities"]

_WORD = re.compile(r"[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)*\d*")
_DOMAIN = re.compile(r"\S+\.(?:com|co\.id|co|id|net|org)\b", re.IGNORECASE)
_QUOTED_TITLE = re.compile(r"[\"“]([^\"”\n]{1,40})[\"”]")
_MINISTRY = re.compile(
    r"\b(kementerian|departemen)\s+(" + "|".join(sorted(PORTFOLIOS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def find_entities(text: str, *, language: str = "id") -> list[EntityMention]:
    """Every person, place and organisation name in ``text``, in order; linear in its length."""
    return retype(text, rule_entities(text, language=language), language=language)


def rule_entities(text: str, *, language: str = "id") -> list[EntityMention]:
    """The names as the rules read them, before the learned classifier has its say (what it trains on)."""
    if language == "en":
        return settle(text, find_names_en(text))  # capitalisation, not the Indonesian word lists
    masked = _masked(text)
    mentions = _ministries(text)
    taken = [(m.start, m.end) for m in mentions] + headline_words(text)
    tokens = [
        Token(m.start(), m.end(), m.group())
        for m in _WORD.finditer(masked)
        if not any(a <= m.start() < b for a, b in taken) and not noise_word(m.group())
    ]
    for run in _runs(text, tokens):
        if not shouted_run(run):
            mentions.extend(read_run(run))
    mentions.sort(key=lambda m: m.start)
    return speaking_places(text, settle(text, _link_acronyms(text, mentions)))


def _masked(text: str) -> str:
    """The text with domains and short quoted titles ("This Week") blanked, offsets kept."""
    chars = list(text)
    for m in _DOMAIN.finditer(text):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _QUOTED_TITLE.finditer(text):
        words = m.group(1).split()
        titled = all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words)
        if len(words) <= 4 and titled and not any(place(w) for w in words):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def _ministries(text: str) -> list[EntityMention]:
    """Ministries and departments, in any case ("kementerian luar negeri Rusia"), keyed by portfolio."""
    found = []
    for m in _MINISTRY.finditer(text):
        end = m.end()
        code = None
        after = re.match(r"\s+([A-Z][\w-]*(?:\s+Serikat)?)", text[end:])
        if after and (code := country_code(after.group(1))):
            end += after.end()
        head, portfolio = m.group(1).casefold(), re.sub(r"\s+", " ", m.group(2).casefold())
        key = f"ministry:{head}:{portfolio}" + (f"@{code}" if code else "")
        found.append(EntityMention(m.start(), end, text[m.start() : end], "ORG", key=key))
    return found


def _runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of capitalised words separated by single spaces only."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for tok in tokens:
        capital = tok.text[:1].isupper() and not any(c.isdigit() for c in tok.text)
        joined = bool(current) and text[current[-1].end : tok.start] in (" ", "\u00a0")
        if capital and joined:
            current.append(tok)
            continue
        if current:
            runs.append(current)
        current = [tok] if capital else []
    if current:
        runs.append(current)
    return runs


def _link_acronyms(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """Give "Name (ACR)" both the acronym's key, so the merger joins expansion and acronym; a single
    word in brackets after an organisation is its short name ("Kepolisian Resor (Polres)")."""
    out = list(mentions)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        between = text[first.end : second.start]
        closed = text[second.end : second.end + 1] == ")"
        if not (closed and first.type == "ORG" and re.fullmatch(r"\s*\(", between)):
            continue
        if not (second.key and second.key.startswith("acr:")):
            if " " in second.text or second.type == "LOC":
                continue
            second = EntityMention(second.start, second.end, second.text, "ORG", key=f"acr:{second.text}")
            out[i + 1] = second
        out[i] = EntityMention(first.start, first.end, first.text, first.type, key=second.key)
    return out
