"""People, places and organisations in one article's text: read by rules and gazetteers, then each name
retyped by the learned type classifier where the article's evidence is clear (:mod:`warta.extract.entity_types`).

>>> [(m.text, m.type) for m in find_entities("Presiden Rusia Vladimir Putin tiba di Moskow.")]
[('Rusia', 'LOC'), ('Vladimir Putin', 'PER'), ('Moskow', 'LOC')]
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from warta.extract.entity_context import cued_names, settle, speaking_places
from warta.extract.entity_mention import EntityMention, Token
from warta.extract.entity_names import read_run
from warta.extract.entity_noise import credit_spans, headline_words, noise_word, shouted_run
from warta.extract.entity_types import retype
from warta.extract.field_titles import field_titles
from warta.extract.gazetteer import country_code, is_common_word, place
from warta.extract.name_after_title import names_after_titles, without_degrees
from warta.extract.wordlists import ORG_HEADS, PORTFOLIOS, ROLE_TITLES
from warta.lazy_regex import lazy

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
    found = retype(text, rule_entities(text, language=language), language=language)
    if language != "en":
        return found
    from warta.extract.governments import speaking_governments  # English only: not loaded for others

    return speaking_governments(text, found)


def rule_entities(text: str, *, language: str = "id") -> list[EntityMention]:
    """The names as the rules read them, before the learned classifier has its say (what it trains on)."""
    if language == "en":
        from warta.extract.names_en import find_names_en  # English only: not loaded for others

        return settle(text, find_names_en(text))  # capitalisation, not the Indonesian word lists
    if "@" not in text:
        return _read_rules(text, [])
    names = _read_rules(text, [])
    handles = _handles(text)
    others = [m for m in names if not any(h.start <= m.start < h.end for h in handles)]
    accounts = [h for h in handles if not _spells_a_name(h.text, others)]
    return _read_rules(text, accounts) if accounts else names


def _read_rules(text: str, accounts: list[EntityMention]) -> list[EntityMention]:
    masked = _masked(text)
    mentions = _ministries(text) + accounts
    taken = [(m.start, m.end) for m in mentions] + headline_words(text) + credit_spans(text)
    tokens = [
        part
        for m in _WORD.finditer(masked)
        if not any(a <= m.start() < b for a, b in taken) and not noise_word(m.group())
        for part in _unglued(text, Token(m.start(), m.end(), m.group()))
    ]
    for run in _runs(text, tokens):
        if not shouted_run(run):
            mentions.extend(read_run(run))
    mentions.sort(key=lambda m: m.start)
    mentions = without_degrees(text, names_after_titles(text, field_titles(text, mentions)))
    mentions = _joined_bodies(text, mentions)
    mentions = _spelled_acronyms(text, mentions)
    return cued_names(text, speaking_places(text, settle(text, _link_acronyms(text, mentions))))


# Two capitalised words the source glued together ("ShenhuaMao Yijun": a club, then its manager's name).
_GLUED = re.compile(r"(?!Mc|Mac)[A-Z][a-z]{2,}(?=[A-Z][a-z]{2,}$)")
_NEXT_NAME = re.compile(r" ([A-Z][a-z]+)\b")


def _unglued(text: str, tok: Token) -> list[Token]:
    """A word glued to the name after it splits where its second capital opens, when a capitalised name
    word the dictionary lacks follows: the tail and that word are one name, the head another."""
    head = _GLUED.match(tok.text)
    after = _NEXT_NAME.match(text, tok.end)
    if not head or not after or is_common_word(after.group(1)) or place(after.group(1)):
        return [tok]
    cut = tok.start + head.end()
    return [Token(tok.start, cut, text[tok.start : cut]), Token(cut, tok.end, text[cut : tok.end])]


_AND_PART = re.compile(r"\s+dan\s+((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*)")
_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")


def _joined_bodies(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """An organisation whose name has "dan" inside it, kept whole: "Kementerian Hukum dan HAM", "Badan
    Penanggulangan Bencana dan Kebakaran". The part after "dan" joins when the name opens with an
    organisation word and the part is ordinary words or an acronym, as a body's remit is; a person or a
    place after "dan" is a second entity ("Polres dan Budi Santoso")."""
    out: list[EntityMention] = []
    skip_until = -1
    for m in mentions:
        if m.start < skip_until:
            continue
        extended = _and_end(text, m)
        if extended > m.end:
            out.append(
                EntityMention(m.start, extended, text[m.start : extended], "ORG", key=m.key, role=m.role)
            )
            skip_until = extended
            continue
        out.append(m)
    return out


def _and_end(text: str, m: EntityMention) -> int:
    words = m.text.split()
    if m.type != "ORG" or len(words) < 2 or words[0].casefold() not in ORG_HEADS:
        return m.end
    if not all(is_common_word(w) for w in words[1:]):
        return m.end  # "Polres Karangsana dan ...": a seat ends the name
    after = _AND_PART.match(text, m.end)
    if not after:
        return m.end
    end = m.end
    for w in re.finditer(r"\S+", after.group(1)):
        word = w.group()
        low = word.casefold()
        if low in ORG_HEADS or low in ROLE_TITLES or place(word) is not None:
            break
        if not (_ACRONYM_WORD.fullmatch(word) or is_common_word(word)):
            break
        end = after.start(1) + w.end()
    return end


# A social-media account ("tulis akun @budi_s"): who wrote the post quoted; not an e-mail address.
_handle = lazy(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")


def _handles(text: str) -> list[EntityMention]:
    """Account names written with their "@": the person (or body) posting, typed PER as a speaker is."""
    return [
        EntityMention(m.start(), m.end(), m.group(), "PER", key=f"handle:{m.group().casefold()}")
        for m in _handle().finditer(text)
        if not m.group()[1:].isdigit()
    ]


def _spells_a_name(handle: str, mentions: list[EntityMention]) -> bool:
    """Whether an account spells a name the article gives ("@ahmad_sopandii" of Ahmad Sopandi,
    "@TelkomCare" of Telkom): the name is the one a reader knows, so the account is no entity of its own."""
    mine = _letters(handle)
    for m in mentions:
        name = _letters(m.text)
        if len(name) < _SPELLED_MIN:
            continue
        if name in mine or mine in name or fuzz.ratio(mine, name) >= _SPELLED_RATIO:
            return True
    return False


_SPELLED_MIN = 4
_SPELLED_RATIO = 90


def _letters(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalpha())


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


_SPELLED_WORDS = 8
_CAPITAL_WORDS = re.compile(r"(?:[A-Z][\w-]* )+$")


def _spelled_acronyms(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """ "Otoritas Jasa Keuangan (OJK)": the capitalised words before a bracketed acronym whose initials
    spell it are the organisation's name, even when each is a dictionary word the rules trim away."""
    out = list(mentions)
    for m in mentions:
        if not (m.type == "ORG" and (m.key or "").startswith("acr:") and m.text.isupper()):
            continue
        if text[m.start - 1 : m.start] != "(" or text[m.end : m.end + 1] != ")":
            continue
        before = _CAPITAL_WORDS.search(text, max(0, m.start - 1 - 20 * _SPELLED_WORDS), m.start - 1)
        if not before:
            continue
        words = list(re.finditer(r"\S+", before.group()))[-len(m.text) :]
        if len(words) != len(m.text) or "".join(w.group()[0] for w in words) != m.text:
            continue
        start, end = before.start() + words[0].start(), before.start() + words[-1].end()
        if any(o.start < start < o.end or o.start < end < o.end for o in out):
            continue  # a name that runs across the expansion's edge: leave the rules' reading
        out = [o for o in out if not start <= o.start < end]
        out.append(EntityMention(start, end, text[start:end], "ORG", key=m.key))
    out.sort(key=lambda o: o.start)
    return out


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
