"""The names in one run of capitalised words: a role title, then places, organisations and people.

>>> words = [Token(0, 7, "Menteri"), Token(8, 19, "Perdagangan"), Token(20, 25, "Ratna"), Token(26, 36, "Widjajanti")]
>>> [(m.text, m.type, m.role) for m in read_run(words)]
[('Ratna Widjajanti', 'PER', 'menteri')]
"""

from __future__ import annotations

import re

from warta.extract.entity_mention import EntityMention, Token, mention, span_text
from warta.extract.gazetteer import country_code, is_common_word, is_function_word, normalize, place
from warta.extract.wordlists import (
    ADMIN_HEADS,
    FACILITY_HEADS,
    JURISDICTION_ROLES,
    LOC_TAILS,
    MINISTER_SHORT_TITLES,
    NOT_ACRONYMS,
    ORG_HEADS,
    ORG_TAILS,
    ROLE_TITLES,
)

_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# One word with a capital inside it ("KontraS", "TelkomCare", "USeetv"): an organisation's or a brand's
# spelling; "McCain", "MacArthur", "DiCaprio", "LeBron" are the name prefixes people have.
_CAMEL = re.compile(r"^(?!Mc|Mac|Di|De|Le|La|Van|Von|O')(?:[A-Z][a-z]+[A-Z]|[A-Z]{2,}[a-z]{2,}$)\w*$")
# Heads of government bodies whose names are made of ordinary words; a name after them is a person.
_GOVERNMENT_HEADS = frozenset(
    {
        "kementerian",
        "departemen",
        "dewan",
        "badan",
        "organisasi",
        "komisi",
        "dinas",
        "pemerintah",
        "ditjen",
        "kanwil",
    }
)
_PLACE_HEADS = frozenset(ADMIN_HEADS) | FACILITY_HEADS
# A ministry's clipped name: "Kemen" (kementerian) and its portfolio's clip ("Kemenkes", "Kemenkumham").
_MINISTRY_CLIP = re.compile(r"^Kemen[a-z]{2,}$")
# Role abbreviations that stand alone for a person in headlines ("Menlu AS").
_STANDALONE_ROLES = frozenset(
    {"menlu", "mendagri", "menhan", "menkeu", "pm", "wapres", "sekjen", "jubir", "dubes"}
)
# Indonesian football clubs are "Persatuan Sepak Bola …" clipped ("Persib", "Persija Jakarta", "Persela").
_CLUB = re.compile(r"^Pers[aeiu][a-z]{2,}$")
_MAX_ROLE_WORDS = 3
# A compass point after a known place names a part of it ("Jakarta Utara", "Lampung Selatan", "Tambun
# Selatan"): after a title it is the jurisdiction's last word, never the first of the person's name.
_COMPASS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "pusat", "tenggara"})
_MAX_PLACE_WORDS = 3


def _place_at(run: list[Token], i: int, *, whole: bool) -> int:
    """How many words from ``i`` name a place: a country or region anywhere, a city only as the whole run."""
    for n in range(min(_MAX_PLACE_WORDS, len(run) - i), 0, -1):
        found = place(span_text(run[i : i + n]))
        if found and (found.key.startswith(("country:", "region:")) or (whole and n == len(run) - i)):
            return n
    return 0


def _role_at(run: list[Token]) -> tuple[str, int]:
    for n in range(min(_MAX_ROLE_WORDS, len(run)), 0, -1):
        role = ROLE_TITLES.get(span_text(run[:n]).casefold())
        if role:
            return role, n
    return "", 0


def read_run(run: list[Token]) -> list[EntityMention]:
    """The mentions in one run: a role title, then places, organisations and names."""
    out: list[EntityMention] = []
    role, n = _role_at(run)
    if n:
        rest = run[n:]
        code = None
        k = _place_at(rest, 0, whole=False) if rest else 0
        if k:
            found = place(span_text(rest[:k]))
            code = found.country if found else None
            out.append(mention(rest[:k], "LOC", key=found.key if found else None))
            rest = rest[k:]
        role_key = f"{role}@{code}" if code else role
        names = _trim(rest)
        if names and not _place_at(names, 0, whole=True):
            return [*out, *_titled(names, role, role_key), *_read_plain(rest[len(names) :])]
        if role in _STANDALONE_ROLES and code:
            out = [mention(run[: n + k], "PER", role=role_key, title_only=True)]
        return out + _read_plain(rest)
    return _read_plain(run)


def _titled(words: list[Token], role: str, role_key: str) -> list[EntityMention]:
    """What follows a title: its unit, body or place, then the person ("Kapolres Karangsana AKBP Yudi
    Hermawan", "Menteri Perdagangan Ratna Widjajanti", "Kepala UPT Pasar Induk Sumberwangi Bima Hartono")."""
    out: list[EntityMention] = []
    i = 0
    while i < len(words):
        left = words[i:]
        if _is_name(left, role) or (i and _ACRONYM.match(words[i - 1].text) and _after_body(left)):
            return [*out, mention(left, "PER", role=role_key)]
        low = words[i].text.casefold()
        if low in ORG_HEADS:
            org, i = _read_org(words, i)
            out.extend(org)
        elif low in _PLACE_HEADS:
            loc, i = _read_place(words, i)
            out.extend(loc)
        elif k := _place_at(words, i, whole=False):
            found = place(span_text(words[i : i + k]))
            out.append(mention(words[i : i + k], "LOC", key=found.key if found else None))
            i += k
        elif i + 2 < len(words) and words[i + 1].text.casefold() in _COMPASS and place(words[i].text):
            out.append(mention(words[i : i + 2], "LOC"))  # "Walikota Jakarta Utara Husein Murad"
            i += 2
        else:
            if not is_common_word(words[i].text) or _ACRONYM.match(words[i].text):
                out.extend(_read_name([words[i]]))  # a jurisdiction ("Watugede") or a body ("SNPK")
            i += 1
    return out


def _is_name(words: list[Token], role: str) -> bool:
    """Whether the words left after a title are the person: one to three words ending in a name, none
    of them a head, acronym or known place; three only for a title not followed by its jurisdiction."""
    if not 1 <= len(words) <= 3 or (len(words) == 3 and role in JURISDICTION_ROLES):
        return False
    if is_common_word(words[-1].text) or any(_ACRONYM.match(w.text) for w in words):
        return False
    if any(w.text.casefold() in ORG_HEADS or w.text.casefold() in _PLACE_HEADS for w in words):
        return False
    if len(words) == 3 and role in MINISTER_SHORT_TITLES:
        return not place(words[0].text)  # "Menkes Budi Gunadi Sadikin": no unit comes between
    return not (len(words) == 3 and (is_common_word(words[0].text) or place(words[0].text)))


def _after_body(words: list[Token]) -> bool:
    """Two words after a title and its body's acronym ("Direktur Penyidikan KPK Aris Budiman"): the
    person, even in words a dictionary also has, unless one is a head, an acronym or a place. Three words
    are not taken: a body's seat comes between its acronym and the person ("BPBD Watugede Agus Prasetyo")
    as often as a three-word name does, and the seat may be a place the gazetteer does not know."""
    if len(words) != 2 or any(_ACRONYM.match(w.text) or place(w.text) for w in words):
        return False
    if is_function_word(words[0].text) or place(span_text(words)):
        return False
    return not any(w.text.casefold() in ORG_HEADS or w.text.casefold() in _PLACE_HEADS for w in words)


def _read_place(run: list[Token], i: int, *, built: bool = False) -> tuple[list[EntityMention], int]:
    """ "Kabupaten Watugede", "Pasar Induk Sumberwangi": a place head, ordinary words, then one name."""
    j = i + 1
    while j < len(run) and is_common_word(run[j].text) and run[j].text.casefold() not in _PLACE_HEADS:
        j += 1
    if j == len(run) or run[j].text.casefold() in _PLACE_HEADS:
        return [], i + 1  # "Balai Desa Kedungrejo": the inner place names it
    head = run[i].text.casefold()
    if built and head not in ADMIN_HEADS:  # its name runs on: "Masjid Nurul Huda", "Lapas Kelas I Tangerang"
        j = _built_name_end(run, j)
    key = f"place:{ADMIN_HEADS[head]}:{normalize(run[j].text)}" if head in ADMIN_HEADS else None
    return [mention(run[i : j + 1], "LOC", key=key)], j + 1


_MAX_BUILT_NAME = 4


def _built_name_end(run: list[Token], j: int) -> int:
    """The last word of a built place's name whose first name word is ``j``: the name words after it up to
    a head, a title or an acronym, at most a few, and never past a known place (its seat ends it)."""
    end = j
    while (
        end + 1 < len(run)
        and end + 1 - j < _MAX_BUILT_NAME
        and place(run[end].text) is None
        and (low := run[end + 1].text.casefold()) not in _PLACE_HEADS
        and low not in ORG_HEADS
        and low not in ROLE_TITLES
        and not _ACRONYM.match(run[end + 1].text)
    ):
        end += 1
    return end


def _read_plain(run: list[Token]) -> list[EntityMention]:
    out: list[EntityMention] = []
    i = 0
    segment: list[Token] = []
    while i < len(run):
        if run[i].text.casefold() in ORG_HEADS and not place(span_text(run[i : i + 2])):
            out.extend(_read_name(segment))
            segment = []
            org, i = _read_org(run, i)
            out.extend(org)
            continue
        if run[i].text.casefold() in _PLACE_HEADS and i + 1 < len(run):
            out.extend(_read_name(segment))
            segment = []
            loc, i = _read_place(run, i, built=True)
            out.extend(loc)
            continue
        k = _place_at(run, i, whole=not segment and i == 0)
        if k and _brand(segment, run[i:]):  # "Telkom Indonesia", "Garuda Indonesia": a company's country
            out.append(mention(run, "ORG", key=f"brand:{normalize(segment[0].text)}"))
            return out
        if k:
            out.extend(_read_name(segment))
            segment = []
            found = place(span_text(run[i : i + k]))
            out.append(mention(run[i : i + k], "LOC", key=found.key if found else None))
            i += k
            continue
        segment.append(run[i])
        i += 1
    out.extend(_read_name(segment))
    return out


def _brand(segment: list[Token], rest: list[Token]) -> bool:
    """Whether a run is one name word, then a country that ends it: the country a company, team or body
    serves ("Telkom Indonesia"); a person is not named by a single word before a country."""
    if len(segment) != 1 or len(rest) > _MAX_PLACE_WORDS:
        return False
    word = segment[0].text
    found = place(span_text(rest))
    if not found or not found.key.startswith("country:"):
        return False
    return not (is_common_word(word) or _ACRONYM.match(word) or place(word) or word.casefold() in ROLE_TITLES)


def _read_org(run: list[Token], i: int) -> tuple[list[EntityMention], int]:
    """An organisation opened by a head word; government bodies stop before a person's name."""
    head = run[i].text.casefold()
    j = i + 1
    if head in _GOVERNMENT_HEADS:
        while j < len(run) and (is_common_word(run[j].text) or country_code(run[j].text)):
            if run[j].text.casefold() in _PLACE_HEADS:
                break  # "Dinas Pemadam Kebakaran | Kota Sumberwangi"
            j += 1
    else:
        j = len(run)
    if j == i + 1 and (head in _GOVERNMENT_HEADS or is_common_word(run[i].text)):
        return [], j  # a bare head ("Kementerian mengatakan") names nothing; "Polres" alone does
    return [mention(run[i:j], "ORG")], j


def _trim(segment: list[Token]) -> list[Token]:
    """Drop function words on the left and ordinary words on the right ("Jika Antony Blinken")."""
    lo, hi = 0, len(segment)
    while lo < hi and is_function_word(segment[lo].text):
        lo += 1
    while hi > lo and is_common_word(segment[hi - 1].text) and not _ACRONYM.match(segment[hi - 1].text):
        if _CAMEL.match(segment[hi - 1].text):
            break
        body = max((i for i in range(lo, hi) if _ACRONYM.match(segment[i].text)), default=-1)
        if body >= 0 and _after_body(segment[body + 1 : hi]):
            break  # "KPK Aris Budiman": a person after a body, in words a dictionary also has
        hi -= 1
    return segment[lo:hi]


def _read_name(segment: list[Token]) -> list[EntityMention]:
    names = _trim(segment)
    # "Data BPBD Sukamaju": ordinary words before an acronym describe it, they do not name it.
    first = next((i for i, w in enumerate(names) if _ACRONYM.match(w.text)), 0)
    if first and all(is_common_word(w.text) for w in names[:first]):
        names = names[first:]
    # "Warga Nursultan": an ordinary word before a known place is not part of its name.
    lead = next((i for i in range(len(names)) if not is_common_word(names[i].text)), len(names))
    if 0 < lead < len(names) and place(span_text(names[lead:])):
        names = names[lead:]
    if not names:
        return []
    if len(names) == 1 and _CAMEL.match(names[0].text):  # "KontraS", "TelkomCare": a brand's spelling
        return [mention(names, "ORG")]
    if len(names) == 1 and _MINISTRY_CLIP.match(names[0].text):  # "Kemendag", "Kemenkumham"
        return [mention(names, "ORG", key=f"acr:{names[0].text}")]
    if len(names) == 1 and is_common_word(names[0].text) and not _ACRONYM.match(names[0].text):
        return []
    text = span_text(names)
    if len(names) == 1 and _ACRONYM.match(text):
        if text in NOT_ACRONYMS:
            return []
        return [mention(names, "ORG", key=f"acr:{text}")]
    found = place(text)
    if found:
        return [mention(names, "LOC", key=found.key)]
    tail = names[-1].text.casefold()
    if tail in LOC_TAILS and len(names) == 2:
        return [mention(names, "LOC", key=f"place:{LOC_TAILS[tail]}:{normalize(names[0].text)}")]
    if _ACRONYM.match(names[0].text) and names[0].text not in NOT_ACRONYMS:
        return [mention(names, "ORG")]  # "BPBD Watugede": a body and its seat
    if tail in ORG_TAILS or _CLUB.match(names[0].text):
        return [mention(names, "ORG")]
    return [mention(names, "PER")]
