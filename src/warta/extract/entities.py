"""People, places and organisations in one article's text, by rules and gazetteers (no NER model).

>>> [(m.text, m.type) for m in find_entities("Presiden Rusia Vladimir Putin tiba di Moskow.")]
[('Rusia', 'LOC'), ('Vladimir Putin', 'PER'), ('Moskow', 'LOC')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.extract.gazetteer import country_code, is_common_word, is_function_word, place
from warta.extract.wordlists import NOT_ACRONYMS, ORG_HEADS, ORG_TAILS, PORTFOLIOS, ROLE_TITLES

_WORD = re.compile(r"[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)*\d*")
_DOMAIN = re.compile(r"\S+\.(?:com|co\.id|co|id|net|org)\b")
_QUOTED_TITLE = re.compile(r"[\"“]([^\"”\n]{1,40})[\"”]")
_MINISTRY = re.compile(
    r"\b(kementerian|departemen)\s+(" + "|".join(sorted(PORTFOLIOS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# Heads of government bodies whose names are made of ordinary words; a name after them is a person.
_GOVERNMENT_HEADS = frozenset({"kementerian", "departemen", "dewan", "badan", "organisasi", "komisi"})
# Role abbreviations that stand alone for a person in headlines ("Menlu AS").
_STANDALONE_ROLES = frozenset(
    {"menlu", "mendagri", "menhan", "menkeu", "pm", "wapres", "sekjen", "jubir", "dubes"}
)
_MAX_ROLE_WORDS = 3
_MAX_PLACE_WORDS = 3


@dataclass(frozen=True)
class EntityMention:
    """One name in an article: where, what, its type, a merge key hint and the role it came with."""

    start: int
    end: int
    text: str
    type: str  # "PER" | "LOC" | "ORG"
    key: str | None = None  # e.g. "country:KZ", "acr:CSTO", "ministry:kementerian:dalam negeri@KZ"
    role: str | None = None  # e.g. "menlu@US" for "Menteri Luar Negeri AS Antony Blinken"
    title_only: bool = False  # the mention is a role title standing for a person ("Menlu AS")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str


def find_entities(text: str, *, language: str = "id") -> list[EntityMention]:
    """Every person, place and organisation name in ``text``, in order; linear in its length."""
    del language  # the rules are Indonesian; other languages still get gazetteer and acronym hits
    masked = _masked(text)
    mentions = _ministries(text)
    taken = [(m.start, m.end) for m in mentions]
    tokens = [
        _Token(m.start(), m.end(), m.group())
        for m in _WORD.finditer(masked)
        if not any(a <= m.start() < b for a, b in taken)
    ]
    for run in _runs(text, tokens):
        mentions.extend(_read_run(run))
    mentions.sort(key=lambda m: m.start)
    return _link_acronyms(text, mentions)


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


def _runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Maximal runs of capitalised words separated by single spaces only."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
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


def _span_text(run: list[_Token]) -> str:
    return " ".join(t.text for t in run)


def _mention(run: list[_Token], type_: str, **extra: object) -> EntityMention:
    text = _span_text(run)
    return EntityMention(run[0].start, run[-1].end, text, type_, **extra)  # type: ignore[arg-type]


def _place_at(run: list[_Token], i: int, *, whole: bool) -> int:
    """How many words from ``i`` name a place: a country or region anywhere, a city only as the whole run."""
    for n in range(min(_MAX_PLACE_WORDS, len(run) - i), 0, -1):
        found = place(_span_text(run[i : i + n]))
        if found and (found.key.startswith(("country:", "region:")) or (whole and n == len(run) - i)):
            return n
    return 0


def _role_at(run: list[_Token]) -> tuple[str, int]:
    for n in range(min(_MAX_ROLE_WORDS, len(run)), 0, -1):
        role = ROLE_TITLES.get(_span_text(run[:n]).casefold())
        if role:
            return role, n
    return "", 0


def _read_run(run: list[_Token]) -> list[EntityMention]:
    """The mentions in one run: a role title, then places, organisations and names."""
    out: list[EntityMention] = []
    role, n = _role_at(run)
    if n:
        rest = run[n:]
        code = None
        k = _place_at(rest, 0, whole=False) if rest else 0
        if k:
            found = place(_span_text(rest[:k]))
            code = found.country if found else None
            out.append(_mention(rest[:k], "LOC", key=found.key if found else None))
            rest = rest[k:]
        role_key = f"{role}@{code}" if code else role
        names = _trim(rest)
        if names and not _place_at(names, 0, whole=True):
            return [*out, _mention(names, "PER", role=role_key), *_read_plain(rest[len(names) :])]
        if role in _STANDALONE_ROLES and code:
            out = [_mention(run[: n + k], "PER", role=role_key, title_only=True)]
        return out + _read_plain(rest)
    return _read_plain(run)


def _read_plain(run: list[_Token]) -> list[EntityMention]:
    out: list[EntityMention] = []
    i = 0
    segment: list[_Token] = []
    while i < len(run):
        if run[i].text.casefold() in ORG_HEADS and not place(_span_text(run[i : i + 2])):
            out.extend(_read_name(segment))
            segment = []
            org, i = _read_org(run, i)
            out.extend(org)
            continue
        k = _place_at(run, i, whole=not segment and i == 0)
        if k:
            out.extend(_read_name(segment))
            segment = []
            found = place(_span_text(run[i : i + k]))
            out.append(_mention(run[i : i + k], "LOC", key=found.key if found else None))
            i += k
            continue
        segment.append(run[i])
        i += 1
    out.extend(_read_name(segment))
    return out


def _read_org(run: list[_Token], i: int) -> tuple[list[EntityMention], int]:
    """An organisation opened by a head word; government bodies stop before a person's name."""
    head = run[i].text.casefold()
    j = i + 1
    if head in _GOVERNMENT_HEADS:
        while j < len(run) and (is_common_word(run[j].text) or country_code(run[j].text)):
            j += 1
    else:
        j = len(run)
    if j == i + 1:
        return [], j  # a bare head ("Kementerian mengatakan") names nothing
    return [_mention(run[i:j], "ORG")], j


def _trim(segment: list[_Token]) -> list[_Token]:
    """Drop function words on the left and ordinary words on the right ("Jika Antony Blinken")."""
    lo, hi = 0, len(segment)
    while lo < hi and is_function_word(segment[lo].text):
        lo += 1
    while hi > lo and is_common_word(segment[hi - 1].text) and not _ACRONYM.match(segment[hi - 1].text):
        hi -= 1
    return segment[lo:hi]


def _read_name(segment: list[_Token]) -> list[EntityMention]:
    names = _trim(segment)
    # "Warga Nursultan": an ordinary word before a known place is not part of its name.
    lead = next((i for i in range(len(names)) if not is_common_word(names[i].text)), len(names))
    if 0 < lead < len(names) and place(_span_text(names[lead:])):
        names = names[lead:]
    if not names:
        return []
    if len(names) == 1 and is_common_word(names[0].text) and not _ACRONYM.match(names[0].text):
        return []
    text = _span_text(names)
    if len(names) == 1 and _ACRONYM.match(text):
        if text in NOT_ACRONYMS:
            return []
        return [_mention(names, "ORG", key=f"acr:{text}")]
    found = place(text)
    if found:
        return [_mention(names, "LOC", key=found.key)]
    if names[-1].text.casefold() in ORG_TAILS:
        return [_mention(names, "ORG")]
    return [_mention(names, "PER")]


def _link_acronyms(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """Give "Name (ACR)" both the acronym's key, so the merger joins expansion and acronym."""
    out = list(mentions)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        between = text[first.end : second.start]
        acronym = bool(second.key and second.key.startswith("acr:"))
        closed = text[second.end : second.end + 1] == ")"
        if acronym and closed and first.type == "ORG" and re.fullmatch(r"\s*\(", between):
            out[i] = EntityMention(first.start, first.end, first.text, first.type, key=second.key)
    return out
