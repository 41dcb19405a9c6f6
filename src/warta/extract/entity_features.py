"""Named features of one entity mention, for the learned type classifier (:mod:`warta.extract.entity_types`).

Surface shape (title case, capitals, acronym, word count), its first and last words and their endings, the
words either side of it (a title or role word before, a cue verb after, a place preposition before), the
head-word lists and gazetteer as *features*, and what the rules said (type, key kind, role).

>>> m = EntityMention(14, 25, "Joko Widodo", "PER")
>>> sorted(f for f in mention_features("Kata Presiden Joko Widodo.", m) if f.startswith("prev"))
['prev1:presiden', 'prev2:kata', 'prev2c:cue', 'prevc:title']
"""

from __future__ import annotations

import re
from functools import lru_cache

from warta.extract.entity_mention import EntityMention
from warta.extract.gazetteer import is_common_word, place
from warta.extract.names_en_words import ORG_WORDS, TITLES
from warta.extract.speech_words import CUES_ID, VERBS_EN, VERBS_ID
from warta.extract.wordlists import ADMIN_HEADS, FACILITY_HEADS, LOC_TAILS, ORG_HEADS, ORG_TAILS, ROLE_TITLES

_WORD = re.compile(r"[^\W_][\w'’-]*")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z]\w*")
_SENTENCE_END = re.compile(r"[.!?\n]\s*$")
_REACH = 40
_ORG_WORDS = frozenset(ORG_HEADS) | frozenset(ORG_TAILS) | ORG_WORDS
_LOC_WORDS = frozenset(ADMIN_HEADS) | FACILITY_HEADS | frozenset(LOC_TAILS)
_TITLE_WORDS = frozenset(w for t in ROLE_TITLES for w in t.split()) | TITLES
# Word classes a name's own words fall in: evidence for the classifier to weigh, never a rule.
_CLUB_OR_COMPANY = frozenset(
    {"fc", "sc", "afc", "cf", "united", "club", "klub", "pt", "cv", "tbk", "persero", "ltd", "inc", "corp",
     "holdings", "airlines", "air", "airways", "motors", "media", "tv", "fm", "studio", "studios", "records"}
)  # fmt: skip
_FACILITIES = frozenset(
    {"stadion", "stadium", "masjid", "musala", "gereja", "pura", "hotel", "rs", "rsud", "rumah", "sekolah",
     "sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "lapas", "rutan", "bandara", "airport", "stasiun",
     "station", "jl", "jalan", "street", "road", "sungai", "river", "gunung", "mount", "museum", "gedung",
     "istana", "palace", "castle", "kastil", "lapangan", "taman", "park", "bridge", "jembatan", "pantai",
     "beach", "hall", "arena", "sirkuit", "circuit", "plaza", "mall", "tower", "menara", "blok"}
)  # fmt: skip


def mention_features(text: str, m: EntityMention, *, language: str = "id") -> list[str]:
    """The named features of mention ``m`` of ``text`` (a bag: each name counts once)."""
    out = [f"lang:{language}", f"rule:{m.type}", f"n:{min(len(m.text.split()), 4)}"]
    if m.key:
        out.append(f"key:{m.key.split(':', 1)[0]}")
    if m.role:
        out.append("role")
    out += _name_features(m.text)
    out += _context(text, m)
    out += _context_classes(text, m)
    out += [f"rule:{m.type}&{f}" for f in out if f.startswith("has:")]  # the evidence against the rules
    return out


@lru_cache(maxsize=4096)  # a name is mentioned again and again, in one article and across a story
def _name_features(name: str) -> tuple[str, ...]:
    """The features of the name's own words: its first and last words, their endings, shape and lists."""
    words = name.split()
    low = [w.casefold().strip(".") for w in words]
    out = [f"first:{low[0]}", f"last:{low[-1]}", f"end3:{low[-1][-3:]}", f"end2:{low[-1][-2:]}"]
    out += [f"word:{w}" for w in low]
    out += _shape(words)
    out += _lists(low)
    return tuple(out)


def _shape(words: list[str]) -> list[str]:
    out = []
    if all(_ACRONYM.fullmatch(w) for w in words):
        out.append("shape:acronym" if len(words) == 1 else "shape:caps")
    elif any(_ACRONYM.fullmatch(w) for w in words):
        out.append("shape:has_acronym")
    if any(_CAMEL.fullmatch(w) for w in words):
        out.append("shape:camel")
    if any(any(c.isdigit() for c in w) for w in words):
        out.append("shape:digit")
    if any("-" in w for w in words):
        out.append("shape:hyphen")
    if any(w[:1].islower() for w in words):
        out.append("shape:lower_word")
    if all(w[:1].isupper() and w[1:].islower() for w in words):
        out.append("shape:title")
    return out


def _lists(low: list[str]) -> list[str]:
    out = []
    if any(w in _ORG_WORDS for w in low):
        out.append("has:org_word")
    if low[0] in _ORG_WORDS:
        out.append("head:org_word")
    if low[-1] in _ORG_WORDS:
        out.append("tail:org_word")
    if any(w in _LOC_WORDS for w in low):
        out.append("has:loc_word")
    if any(w in _TITLE_WORDS for w in low):
        out.append("has:title_word")
    if any(w in _CLUB_OR_COMPANY for w in low):
        out.append("has:club_or_company")
    if any(w in _FACILITIES for w in low):
        out.append("has:facility")
    found = place(" ".join(low))
    if found:
        out.append(f"gaz:{found.key.split(':', 1)[0]}")
    elif any(place(w) for w in low):
        out.append("gaz:part")
    common = sum(is_common_word(w) for w in low)
    out.append("common:all" if common == len(low) else "common:some" if common else "common:none")
    return out


def _context(text: str, m: EntityMention) -> list[str]:
    before = text[max(0, m.start - _REACH) : m.start]
    after = text[m.end : m.end + _REACH]
    out = []
    if not before.strip() or _SENTENCE_END.search(before):
        out.append("prev:start")
    else:
        cut = max(before.rfind("."), before.rfind("\n"), before.rfind("!"), before.rfind("?"))
        prev = [w.casefold() for w in _WORD.findall(before[cut + 1 :])][-2:]
        for i, w in enumerate(reversed(prev), 1):
            out.append(f"prev{i}:{w}")
        tail = before.rstrip()[-1:]
        if tail and not tail.isalnum():
            out.append(f"prevchar:{tail}")
    nxt = [w.casefold() for w in _WORD.findall(re.split(r"[.!?\n]", after, maxsplit=1)[0])][:2]
    for i, w in enumerate(nxt, 1):
        out.append(f"next{i}:{w}")
    head = after.lstrip(" ")[:1]
    if head and not head.isalnum():
        out.append(f"nextchar:{head}")
    if not nxt:
        out.append("next:end")
    return out


# Classes of the words around a name, in either language (the word features above keep only the NER
# files' Indonesian vocabulary, so English context reaches the classifier through these).
_PLACE_PREPS = frozenset(
    {"di", "ke", "dari", "menuju", "asal", "in", "at", "from", "to", "into", "near", "across", "outside"}
)  # fmt: skip
_ORG_CUES = frozenset(
    {"pt", "cv", "klub", "perusahaan", "maskapai", "emiten", "operator", "partai", "raksasa", "produsen",
     "pabrikan", "tim", "dilansir", "dikutip", "melansir", "harian", "club", "company", "firm", "carrier",
     "group", "rivals", "side", "giant", "team", "party", "network", "airline", "bank", "magazine",
     "newspaper", "tabloid", "broadcaster", "channel", "website", "agency", "paper", "station"}
)  # fmt: skip
_SPEECH_CUES = CUES_ID | frozenset(c + "nya" for c in CUES_ID) | {"menurut", "said", "says", "according"}
_SPEECH_VERBS = VERBS_ID | VERBS_EN
_PLACE_WORDS = frozenset(
    {"kota", "kabupaten", "desa", "kecamatan", "provinsi", "warga", "wilayah", "daerah", "city", "town",
     "village", "province", "state", "capital", "region", "district", "residents"}
)  # fmt: skip
_PLURAL = frozenset({"have", "are", "were"})
_ARTICLES = frozenset({"the", "a", "an"})
_APPOSITIVE = re.compile(r"\s*,\s*([^,.;:!?\n()]{1,60})")
_APPOSITIVE_WORDS = 5


def _word_class(word: str) -> str | None:
    if word in _SPEECH_CUES:
        return "cue"
    if word in _SPEECH_VERBS:
        return "speech"
    if word in _PLACE_PREPS:
        return "place_prep"
    if word in _TITLE_WORDS:
        return "title"
    if word in _ORG_CUES or word in _ORG_WORDS:
        return "org"
    if word in _PLACE_WORDS or word in _LOC_WORDS:
        return "place"
    if word in _ARTICLES:
        return "article"
    return None


def _context_classes(text: str, m: EntityMention) -> list[str]:
    """The classes of the word right before and right after the name, of an appositive after its comma
    ("X, the club's coach", "X, juru bicara Y"), and whether the article writes the name's last word in
    lower case elsewhere (an ordinary word capitalised: more often a body's or a place's name)."""
    out = []
    before = text[max(0, m.start - _REACH) : m.start]
    prev = _WORD.findall(before.rsplit("\n", 1)[-1])
    if prev and not _SENTENCE_END.search(before):
        cls = _word_class(prev[-1].casefold())
        if cls:
            out.append(f"prevc:{cls}")
        if len(prev) > 1 and (cls2 := _word_class(prev[-2].casefold())) in ("place_prep", "org", "cue"):
            out.append(f"prev2c:{cls2}")
    after = text[m.end : m.end + _REACH]
    if after.startswith(("'s", "’s", " 's", " ’s")):
        out.append("nextc:possessive")
    nxt = _WORD.findall(re.split(r"[,.;:!?\n]", after, maxsplit=1)[0])[:2]
    if nxt:
        low = [w.casefold() for w in nxt]
        cls = _word_class(low[0])
        if cls:
            out.append(f"nextc:{cls}")
        if low[0] in _PLURAL:
            out.append("nextc:plural")
        if len(low) > 1 and _word_class(low[1]) == "speech":
            out.append("next2c:speech")
    appositive = _APPOSITIVE.match(text, m.end)
    if appositive:
        raw = _WORD.findall(appositive.group(1))[:_APPOSITIVE_WORDS]
        words = [w.casefold() for w in raw]
        if words and (raw[0][:1].islower() or words[0] in _ARTICLES):  # a description, not a second name
            classes = {_word_class(w) for w in words}
            for cls in ("title", "org", "place", "speech"):
                if cls in classes:
                    out.append(f"app:{cls}")
    last = m.text.split()[-1]
    if last[:1].isupper() and len(last) > 2 and last.casefold() in _lower_words(text):
        out.append("case:lower_elsewhere")
    return out


@lru_cache(maxsize=8)  # every mention of one article asks
def _lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case."""
    return frozenset(w for w in _WORD.findall(text) if w.islower())
