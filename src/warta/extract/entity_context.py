"""Mentions checked against the whole article: what a name's other mentions and the words around them
say about it, which one run of capitalised words cannot.

- a sentence-opening ordinary word is not part of the name ("Pertemuan Federer", "Dilansir Reuters");
- an acronym or a rank glued before a person splits off ("KPK Iskandar Marwanto" -> KPK, Iskandar Marwanto);
- a one-word place that the article also uses as (a word of) a person's name is that person ("Hayward"
  beside "Tony Hayward"), unless a place word stands before it ("warga Nursultan", "in Hayward");
- photo credits ("Photograph : Pablo Monsivais/AP") are furniture, not names;
- a one-word world place (a gazetteer homonym such as "Amien", "Bima") that the article writes as the
  speaker of a cue ("ujar Amien", "Amien mengatakan") is a person: places do not talk;
- a "person" the article writes after an organisation word ("PT Telkom", "klub Boca Juniors", "the
  club"), or with a plural verb ("Tottenham Hotspur have signed"), is an organisation.
"""

from __future__ import annotations

import re

from warta.extract.entity_mention import EntityMention
from warta.extract.gazetteer import is_common_word, is_function_word, place
from warta.extract.names_en_words import ORG_WORDS, TITLES
from warta.extract.speakers import CUES_ID, PRONOUNS, VERBS_ID
from warta.extract.wordlists import ADMIN_HEADS, FACILITY_HEADS, ORG_HEADS, ORG_TAILS, ROLE_TITLES
from warta.lazy_regex import lazy
from warta.text.tokens import has_word

_SENTENCE_ENDS = ("\n", ".", "!", "?", "--")
_LOOK_BACK = 4
_ACRONYM_ONLY = re.compile(r"[A-Z]{2,6}")
_VERB_SHAPE = re.compile(r"(?:di|me|ber|ter)[a-z]{4,}")


# An Indonesian noun made from a verb ("pernyataan", "keputusan", "pertemuan"): never a given name.
_noun_shape = lazy(r"(?:pe[nmr]?|peng|peny|ke)[a-z]{3,}an")


_NAME_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")


# Words that put the name after them in a place ("warga Nursultan", "in Hayward"): it stays a place.
_place_cue = lazy(
    r"(?<![\w])(?:di|ke|dari|menuju|warga|kota|ibu\s+kota|in|at|from|to|into|near|city\s+of)\s+$",
    re.IGNORECASE,
)


_CUE_REACH = 14
_TITLE_ENDS = ("dr", "dr.", "mr", "mr.", "ms", "mrs")
_MIN_NAME, _MAX_NAME = 2, 4
# Words written right before an organisation's name ("PT Telkom", "klub Persib", "rivals Manchester City",
# "dilansir Reuters": what a report is quoted from is a news organisation).
_ORG_CUE_WORDS = (
    r"(?<![\w])(?:pt|cv|klub|perusahaan|maskapai|emiten|operator|partai|raksasa|produsen|pabrikan|tim|"
    r"dilansir|dikutip|melansir|kantor\s+berita|harian|"
    r"club|company|firm|carrier|group|rivals|side|giant|team|party|network|airline|bank|"
    r"magazine|newspaper|tabloid|broadcaster|channel|website|agency)"
)
_ORG_CUE = re.compile(_ORG_CUE_WORDS + r"\s+$", re.IGNORECASE)
# A plural verb right after a singular name: British usage for clubs, companies and bodies.
_PLURAL_VERB = re.compile(r"\s+(?:have|are|were)\s+[a-z]")


# "he and photojournalist Mary Rogers were": the plural verb is the pair's, not a body's.
_coordinated = lazy(r"(?<![\w'’-])(?:and|dan)\s+(?:[a-z][\w-]*\s+){0,2}$")


_COORDINATION_REACH = 40
# Police and military ranks ("Polres Bogor AKP Hasby Ristama", "Coast Guard Commandant Thad Allen").
_RANKS = frozenset(t for t in ROLE_TITLES if " " not in t) | TITLES | {
    "komisaris", "besar", "brigjen", "kombes", "akbp", "irjen", "jaksa", "penyidik", "hakim", "akp",
    "kompol", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol", "briptu", "bripda", "komjen", "ajun",
    "letjen", "mayjen", "laksamana", "laksma", "marsekal", "kolonel", "letkol", "kapten", "serka", "pelda",
    "commandant", "commander",
}  # fmt: skip
_ORG_NAME_WORDS = frozenset(ORG_HEADS) | frozenset(ORG_TAILS) | ORG_WORDS


def settle(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """The mentions of one article, trimmed, split and retyped by what the rest of the article says."""
    out: list[EntityMention] = []
    for m in mentions:
        if not _credit(text, m):
            out.extend(_split_person(_trim_opening(text, m)))
    return _as_organisations(text, _as_people(text, out))


def speaking_places(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """Indonesian text: a one-word place out of the world gazetteer (not a country, region or Indonesian
    place) written right after a speech cue or before a speech verb is a person's name, everywhere."""
    speakers = {
        m.text
        for m in mentions
        if m.type == "LOC"
        and (m.key or "").startswith("geo:")
        and " " not in m.text
        and not _COMPASS_AFTER.match(text, m.end)  # "ujar Jakarta Timur": a city's part names a body
        and (
            _CUE_BEFORE.search(text, max(0, m.start - _CUE_REACH), m.start) or _VERB_AFTER.match(text, m.end)
        )
    }
    if not speakers:
        return mentions
    return [
        EntityMention(m.start, m.end, m.text, "PER", key=f"per:{m.text}")
        if m.type == "LOC" and m.text in speakers
        else m
        for m in mentions
    ]


def cued_names(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """Indonesian text: one to three capitalised words right after a speech cue ("kata Sandi", "ujar
    Dian Ayu Lestari") that the rules left unread, being dictionary words, are the speaker's name: a
    cue names who spoke. Titles, bodies, places, pronouns and function words are not taken."""
    taken = [(m.start, m.end) for m in mentions]
    added: list[EntityMention] = []
    for cue in _CUED_RUN.finditer(text):
        start, end = cue.start(1), cue.end(1)
        if any(a < end and start < b for a, b in taken):
            continue
        words = cue.group(1).split()
        lows = [w.casefold() for w in words]
        if any(w in _NOT_NAMES or is_function_word(w) or place(w) for w in lows) or place(cue.group(1)):
            continue
        if not all(is_common_word(w) for w in words):
            continue  # a word the dictionary lacks was the rules' to read
        added.append(EntityMention(start, end, cue.group(1), "PER"))
    if not added:
        return mentions
    added += _cued_elsewhere(text, [*taken, *((m.start, m.end) for m in added)], added)
    return sorted([*mentions, *added], key=lambda m: m.start)


def _cued_elsewhere(
    text: str, taken: list[tuple[int, int]], cued: list[EntityMention]
) -> list[EntityMention]:
    """The other places the article writes a name a cue gave ("… ," tutup Dian): the same capitalised
    words are that person wherever they stand ("Dian kemudian bergegas …"), with up to two more
    capitalised dictionary words after them, the rest of the name ("Ananda Omesh dan Dian Ayu Lestari")."""
    out: list[EntityMention] = []
    for name in {m.text for m in cued}:
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"((?: [A-Z][a-z]+){0,2})(?![\w-])", text):
            rest = m.group(1).split()
            while rest and (
                rest[-1].casefold() in _NOT_NAMES
                or is_function_word(rest[-1].casefold())
                or place(rest[-1])
                or len(name.split()) + len(rest) > _MAX_CUED_WORDS
            ):
                rest.pop()
            end = m.start() + len(" ".join([name, *rest]))
            if any(a < end and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), end))
            out.append(EntityMention(m.start(), end, text[m.start() : end], "PER"))
    return out


_MAX_CUED_WORDS = 3


_CUED_RUN = re.compile(
    r"(?<![\w])(?:"
    + "|".join(sorted(CUES_ID))
    + r")(?:nya)?\s+([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?![\w-]| [A-Z])"
)
_NOT_NAMES = (
    frozenset(w for t in ROLE_TITLES for w in t.split())
    | frozenset(ORG_HEADS)
    | frozenset(ORG_TAILS)
    | frozenset(ADMIN_HEADS)
    | FACILITY_HEADS
    | PRONOUNS
    | {"mereka", "kami", "saya", "aku", "kita", "anda", "engkau", "kamu"}
)

_COMPASS_AFTER = re.compile(r" (?:Utara|Selatan|Timur|Barat|Tengah|Tenggara|Barat Daya|Timur Laut|Pusat)\b")
_CUE_BEFORE = re.compile(r"(?<![\w])(?:" + "|".join(sorted(CUES_ID)) + r")\s+$", re.IGNORECASE)
_VERB_AFTER = re.compile(r"\s+(?:(?:juga|pun|lalu|kemudian)\s+)?(?:" + "|".join(sorted(VERBS_ID)) + r")\b")


def _credit(text: str, m: EntityMention) -> bool:
    """A photo or image credit ("Photograph : Pablo Monsivais\\/AP", "Foto: Andi/ANTARA"): furniture, not a
    name the article talks about."""
    before = text[max(0, m.start - _CREDIT_REACH) : m.start]
    return bool(_CREDIT_BEFORE.search(before)) or (
        m.type == "PER" and bool(_CREDIT_AFTER.match(text, m.end)) and "/" in text[m.end : m.end + 3]
    )


_CREDIT_REACH = 20
_CREDIT_BEFORE = re.compile(r"(?:Photograph|Photo|Picture|Foto|Image|Gambar)\s*:\s*$", re.IGNORECASE)
_CREDIT_AFTER = re.compile(r"\\?/\s*[A-Z]{2,}")


def _trim_opening(text: str, m: EntityMention) -> EntityMention:
    first, _, rest = m.text.partition(" ")
    before = text[max(0, m.start - _LOOK_BACK) : m.start].rstrip(" ")
    opens = before.endswith(_SENTENCE_ENDS) or (not before and m.start <= _LOOK_BACK)
    if not rest or m.type not in ("PER", "ORG") or not opens:
        return m
    low = first.casefold()
    ordinary = (
        has_word(low, text)
        or (_VERB_SHAPE.fullmatch(low) and is_common_word(low))
        or (
            m.type == "PER"
            and _noun_shape().fullmatch(low)
            and is_common_word(low)
            and _named_without(text, m, first, rest)
        )
    )
    if low == first or not ordinary or low in _ORG_NAME_WORDS or low in _RANKS:
        return m  # "Dinas Pemadam Kebakaran", "Presiden Joko Widodo": the head or title of the name
    start = m.start + len(first) + 1
    type_ = "ORG" if _ACRONYM_ONLY.fullmatch(rest) else m.type
    return EntityMention(start, m.end, rest, type_, key=m.key, role=m.role)


def _named_without(text: str, m: EntityMention, first: str, rest: str) -> bool:
    """The article writes the name after a sentence's first word elsewhere without it ("Pernyataan Trump
    dalam kampanye …" beside "ucap Trump"): that word opened the sentence, it is no part of the name."""
    for other in re.finditer(r"(?<![\w-])" + re.escape(rest) + r"(?![\w-])", text):
        if not text[max(0, other.start() - len(first) - 1) : other.start()].rstrip().endswith(first):
            return True  # written without the word (not "Gus Syaf … Gus Syaf")
    return False


def _split_person(m: EntityMention) -> list[EntityMention]:
    """ "KPK Iskandar Marwanto" / "Polda Metro Jaya Komisaris Besar Raden Argo": the body, then the person
    named after its acronym or the last rank."""
    if m.type != "ORG":
        return [m]
    words = list(re.finditer(r"\S+", m.text))
    cut = max((i + 1 for i, w in enumerate(words) if w.group().casefold().rstrip(".") in _RANKS), default=0)
    if not cut and _ACRONYM_ONLY.fullmatch(words[0].group()):
        cut = 1
    tail = words[cut:]
    if not cut or not _MIN_NAME <= len(tail) <= _MAX_NAME:  # a person is named in two to four words
        return [m]
    if not all(_NAME_WORD.fullmatch(w.group()) and w.group().casefold() not in _ORG_NAME_WORDS for w in tail):
        return [m]
    at = m.start + tail[0].start()
    person = EntityMention(at, m.end, m.text[tail[0].start() :], "PER")
    head = words[: cut - 1] if cut > 1 and words[cut - 1].group().casefold() in _RANKS else words[:cut]
    while head and head[-1].group().casefold().rstrip(".") in _RANKS:
        head = head[:-1]
    if not head:
        return [person]
    body = EntityMention(m.start, m.start + head[-1].end(), m.text[: head[-1].end()], "ORG", key=m.key)
    return [body, person]


def _as_people(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    names = {w: m.text for m in mentions if m.type == "PER" for w in m.text.split()}
    return [
        EntityMention(m.start, m.end, m.text, "PER", key=f"per:{names[m.text]}")
        if m.type == "LOC"
        and m.text in names
        and not (m.key or "").startswith(("country:", "region:"))
        and not _place_cue().search(text, max(0, m.start - _CUE_REACH), m.start)
        else m
        for m in mentions
    ]


def _cue_inside(m: EntityMention) -> EntityMention:
    """ "Perusahaan Lockheed Martin Space Systems" read as one name: the organisation after its cue word,
    and a name ending in a company word ("… Systems", "… Holdings") is an organisation."""
    if m.type != "PER":
        return m
    first, _, rest = m.text.partition(" ")
    if rest and _ORG_CUE.search(first + " "):
        return EntityMention(m.start + len(first) + 1, m.end, rest, "ORG", key=m.key)
    if " " in m.text and m.text.split()[-1].casefold() in _COMPANY_TAILS:
        return EntityMention(m.start, m.end, m.text, "ORG", key=m.key)
    return m


_COMPANY_TAILS = ORG_WORDS | {
    "systems", "technologies", "technology", "motors", "industries", "holdings", "energy", "international",
    "airways", "juniors", "united", "rovers", "wanderers", "athletic", "tbk", "persero", "consortium",
    "coalition", "alliance",
}  # fmt: skip


def _cued_anywhere(text: str, name: str, after_nouns: list[int]) -> bool:
    """Whether the article writes the name after an organisation word somewhere ("news channel
    al-Jazeera" before "Al-Jazeera said"): the same name is the same organisation everywhere.
    ``after_nouns`` are where the text's organisation words and their spaces end (:data:`_BODY_NOUN`)."""
    low = name.lower()
    for at in after_nouns:
        written = text[at : at + len(name)]
        if not (written.isascii() and name.isascii()) or name[:1].isspace():
            # re ignores case beyond ASCII otherwise than str.lower does: ask it
            return bool(re.search(_BODY_NOUNS + r"\s+" + re.escape(name) + r"(?!\w)", text, re.IGNORECASE))
        if written.lower() == low and not _WORD_CHAR.match(text, at + len(name)):
            return True
    return False


# The organisation words that never take an owner: "tim Prabowo" is his campaign team, "channel X" is X.
_BODY_NOUNS = (
    r"(?<![\w])(?:perusahaan|maskapai|emiten|harian|kantor\s+berita|klub|company|firm|carrier|airline|"
    r"magazine|newspaper|tabloid|broadcaster|channel|website|agency)"
)
_BODY_NOUN = re.compile(_BODY_NOUNS + r"\s+", re.IGNORECASE)  # no match of it starts inside another
_WORD_CHAR = re.compile(r"\w")


def _as_organisations(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    settled = [_cue_inside(m) for m in mentions]
    orgs = {m.text for m, was in zip(settled, mentions, strict=True) if m.type != was.type}
    orgs |= {m.text for m in settled if (m.key or "").startswith("brand:")}  # "Telkom" of "Telkom Indonesia"
    mentions = settled
    titled = {m.text for m in mentions if m.role}  # "Dr Conrad Murray have …": a title makes a person
    after_nouns = [n.end() for n in _BODY_NOUN.finditer(text)]
    for m in mentions:
        if m.type != "PER":
            continue
        cued = _ORG_CUE.search(text, max(0, m.start - _CUE_REACH), m.start) or _cued_anywhere(
            text, m.text, after_nouns
        )
        plural = (
            " " in m.text
            and m.text not in titled
            and not text[max(0, m.start - _LOOK_BACK) : m.start].rstrip().casefold().endswith(_TITLE_ENDS)
            and _PLURAL_VERB.match(text, m.end)
            and not _coordinated().search(text, max(0, m.start - _COORDINATION_REACH), m.start)
        )
        if cued or plural:
            orgs.add(m.text)
    if not orgs:
        return mentions
    people = {m.text for m in mentions if m.type == "PER" and m.text not in orgs and " " in m.text}
    people -= {p for p in people if any(o.startswith(p + " ") for o in orgs)}
    org_words = {w for name in orgs for w in name.split()}

    def retyped(m: EntityMention) -> bool:
        if m.type != "PER":
            return False
        if m.text in orgs or any(
            o.startswith(m.text + " ") for o in orgs
        ):  # "Lockheed Martin" of "… Systems"
            return True
        return " " not in m.text and m.text in org_words and not any(m.text in p.split() for p in people)

    return [EntityMention(m.start, m.end, m.text, "ORG", key=m.key) if retyped(m) else m for m in mentions]
