"""What a number counts, as a canonical kind of a small news-count taxonomy (in the spirit of GDELT's typed counts).

The kind is read from the number's own clause segment: the words from the number to the next list or
clause boundary ("41 orang tewas, 8 luka berat, dan 72 luka ringan" gives three segments), and, when the
number closes its clause ("Korban meninggal bertambah menjadi 44 orang"), the words before it. A word in
another segment never gives its kind to this number.

>>> from warta.extract.numbers import find_quantities
>>> text = "Kebakaran itu menyebabkan 41 napi tewas, 8 napi luka berat, dan 72 orang lainnya luka ringan."
>>> [read_kind(text, q).key() for q in find_quantities(text)]
[('killed', ''), ('injured', 'berat'), ('injured', 'ringan')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from warta.extract.ages import is_age, told_age
from warta.extract.counted_nouns import counted_noun
from warta.extract.numbers import Quantity
from warta.extract.word_classes import is_noun, is_verb

# Kinds, most important first: the order a brief shows its figure groups in.
KIND_ORDER = (
    "killed",
    "missing",
    "injured",
    "identified",
    "survivors",
    "evacuated",
    "affected",
    "arrested",
    "buildings_damaged",
    "price",
    "money",
    "percentage",
    "deployed",
    "participants",
    "attendance",
    "votes",
    "people",
    "age",
    "quantity",
    "duration",
    "other",
)
# Counts that only grow while an event unfolds: a later, lower value is a conflict, not an update.
CUMULATIVE = frozenset({"killed", "injured", "arrested", "affected", "buildings_damaged", "identified"})
# Kinds precise enough that two disagreeing values are a dispute worth showing.
# Prices and amounts differ by grade, place and old-vs-new rule far more often than sources dispute them.
CONFIDENT = frozenset(KIND_ORDER) - {"other", "quantity", "people", "price", "money", "duration", "age"}

# Words in the number's segment that say what happened to what it counts.
_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "killed": (
        "tewas", "meninggal", "terbunuh", "dibunuh", "kematian", "gugur", "wafat", "jenazah", "killed",
        "dead", "died", "deaths", "bodies",
    ),
    "injured": ("luka", "terluka", "luka-luka", "cedera", "injured", "wounded", "hurt"),
    "missing": ("hilang", "dicari", "missing"),
    "identified": ("teridentifikasi", "diidentifikasi", "identified"),
    "survivors": ("selamat", "survivors", "survived"),
    "evacuated": ("mengungsi", "pengungsi", "dievakuasi", "diungsikan", "evacuated", "displaced", "evacuees"),
    "affected": ("terdampak", "affected"),
    "arrested": (
        "ditangkap", "ditahan", "diamankan", "dibekuk", "tersangka", "arrested", "detained", "suspects",
    ),
    "deployed": ("dikerahkan", "diterjunkan", "diturunkan", "dikirim", "disiagakan", "deployed"),
    "participants": ("peserta", "demonstran", "pengunjuk", "participants", "protesters", "demonstrators"),
    "attendance": ("penonton", "pengunjung", "hadirin", "spectators", "visitors", "attendees"),
    "votes": ("suara", "votes"),
}  # fmt: skip
_NOUN_KINDS = frozenset({"participants", "attendance", "votes"})
# Active verbs right before the number: it counts their object ("menewaskan 41 narapidana").
_ACTIVE: dict[str, tuple[str, ...]] = {
    "killed": ("menewaskan", "membunuh", "merenggut", "killing", "killed", "claiming"),
    "injured": ("melukai", "injuring"),
    "arrested": ("menangkap", "menahan", "mengamankan", "membekuk", "arrested", "detained"),
    "evacuated": ("mengevakuasi", "evacuated"),
    "deployed": ("mengerahkan", "menerjunkan", "menurunkan", "menyiagakan", "deployed"),
    "buildings_damaged": ("merusak", "menghancurkan", "menghanguskan", "damaging", "destroying"),
    "affected": ("melanda", "menerjang", "merendam", "menghantam", "affecting", "flooding"),
    "attendance": ("dihadiri", "ditonton", "disaksikan", "attended", "watched"),
}  # "banjir menerjang enam desa": what a disaster reached; "dihadiri (oleh) 8000 tamu": who came
_AGENT = {"oleh", "by"}  # "dihadiri oleh 500 orang": the passive verb's agent is the count
_DAMAGE = ("rusak", "terbakar", "hancur", "roboh", "ambruk", "terendam", "damaged", "destroyed", "burned")
_BUILDINGS = ("rumah", "bangunan", "gedung", "kios", "toko", "sekolah", "houses", "homes", "buildings")
_PEOPLE = (
    "orang", "jiwa", "warga", "penumpang", "awak", "kru", "narapidana", "napi", "penghuni", "binaan",
    "pasien", "siswa", "korban", "dewasa", "anak", "anak-anak", "bayi", "people", "passengers", "crew",
    "residents", "inmates", "adults", "children", "infants",
)  # fmt: skip
_PERSONNEL = (
    "personel", "petugas", "tentara", "prajurit", "pasukan", "aparat", "anggota", "polisi", "personnel",
    "troops", "soldiers", "police", "officers",
)  # fmt: skip
_PRICE = ("harga", "tarif", "het", "price", "prices", "fare")
# Places and things a casualty word may count instead of people ("8 kecamatan terdampak", "3 rumah hilang").
_PLACES = {
    "kecamatan", "desa", "kelurahan", "kabupaten", "kota", "provinsi", "titik", "wilayah", "lokasi", "dusun",
    "kampung", "rumah", "unit", "bangunan", "kendaraan", "mobil", "motor", "hektare", "ha", "sekolah", "blok",
    "kamar", "districts", "villages", "provinces", "areas", "houses", "homes", "vehicles", "hectares",
}  # fmt: skip
# One name per group of people: "kru" and "awak", "anak" and "anak-anak".
_SAME_PEOPLE = {
    "kru": "awak", "crew": "awak", "anak": "anak-anak", "children": "anak-anak", "adults": "dewasa",
    "infants": "bayi", "passengers": "penumpang", "napi": "narapidana", "inmates": "narapidana",
    "binaan": "narapidana",  # "warga binaan (pemasyarakatan)": the official word for inmates
}  # fmt: skip
_GENERIC_PEOPLE = {"orang", "jiwa", "korban", "people", "lainnya", "others"}
# Words that are not a counted noun: "enam lainnya", "empat dari enam", "dua yang".
_FUNCTION = {
    "lainnya", "yang", "dari", "di", "ke", "pada", "dengan", "untuk", "sudah", "telah", "masih", "itu", "ini",
    "sebelumnya", "kali", "hari", "the", "of", "in", "more", "others", "other", "setelah", "sebelum", "saat",
    "ketika", "sejak", "hingga", "sampai", "karena", "akibat", "oleh", "bagi", "dalam", "atas", "after",
    "before", "since", "when", "on", "at", "for", "by", "to",
}  # fmt: skip
# Sub-kinds: "luka berat" and "luka ringan" are two counts.
_SUBS = ("berat", "ringan", "kritis", "serious", "minor", "critical")
SEVERITIES = frozenset(_SUBS)
# Segment boundaries: a list or a new clause starts.
_BOUNDARY = {
    ",", ";", ".", ":", "!", "?", "dan", "serta", "sementara", "sedangkan", "kemudian", "namun", "tetapi",
    "and", "while", "but",
}  # fmt: skip
_COORDINATORS = {"dan", "serta", "and"}
# A breakdown of a toll by place or group: its numbers are parts, not the toll.
_BREAKDOWN = {"rincian", "rinciannya", "terdiri", "including"}
_TOLLS = frozenset({"killed", "injured", "missing", "identified", "evacuated", "affected", "arrested"})
_HEDGES = {"sekitar", "lebih", "hampir", "sedikitnya", "setidaknya", "kurang", "about", "nearly", "over"}
_NUMBER_WORDS = {
    "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "puluhan",
    "ratusan", "ribuan", "belasan", "sebelas", "seratus", "seribu", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
}  # fmt: skip
_MORE = {"tambahan", "lagi", "more"}
# "dua di antaranya": a part of a count just given, not a count of its own.
_PART_OF = (("di", "antaranya"), ("diantaranya",), ("of", "them"), ("of", "whom"))
# The number closes its clause after these: the kind words are before it.
_CLOSING = {
    "menjadi", "mencapai", "sebanyak", "berjumlah", "sejumlah", "total", "tercatat", "ada", "yakni", "yaitu",
    "sebesar", "adalah", "ialah", "to", "at", "reached", "totaled", "is", "was", "were", "stood",
}  # fmt: skip
# Before the number: it is a change, not a count ("bertambah 3 orang", "naik 2 persen").
_CHANGE = {"tambahan", "bertambah", "berkurang", "naik", "turun", "rose", "fell", "up", "down", "another"}
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:-[^\W_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")
_SEGMENT_WORDS = 12
_NOT_MISSING_AFTER = {
    "kontak",
    "contact",
}  # "hilang kontak": the plane lost contact, nobody is counted missing


@dataclass(frozen=True)
class KindReading:
    """What a number counts: its kind, a sub-kind ("berat"), the counted noun phrase, and whether it is a change."""

    kind: str | None  # a KIND_ORDER entry, or None when nothing readable says what is counted
    sub: str = ""
    counted: str = ""
    change: bool = False

    def key(self) -> tuple[str | None, str]:
        """The kind and sub-kind, as figure groups join on them."""
        return self.kind, self.sub


def _words(text: str, lo: int, hi: int) -> list[str]:
    return [m.group().lower() for m in _WORD.finditer(text, lo, hi)]


def _segment_after(text: str, q: Quantity, hi: int) -> list[str]:
    """The words after ``q`` up to a boundary; "dan" ends the segment only when a new number follows it
    ("41 tewas dan 8 luka"), not inside a noun phrase ("kios di lantai dasar dan lantai dua ... terbakar")."""
    words = _words(text, q.end, hi)
    out: list[str] = []
    for k, w in enumerate(words):
        if len(out) == _SEGMENT_WORDS:
            break
        nxt = (
            words[k + 1 : k + 3] if words[k + 1 : k + 2] and words[k + 1] in _HEDGES else words[k + 1 : k + 2]
        )
        if w in _COORDINATORS and not any(x[0].isdigit() or x in _NUMBER_WORDS for x in nxt):
            if _own_number_ahead(words[k + 1 : k + 1 + _AHEAD]):
                break  # "5.205 jiwa dan warga mengungsi 2.004": what follows is the next number's
            out.append(w)
            continue
        if w in _BOUNDARY or w[0].isdigit():
            break
        out.append(w)
    return out


# How far past "dan" a clause of the next number may open ("dan warga mengungsi 2.004").
_AHEAD = 4


def _own_number_ahead(words: list[str]) -> bool:
    """Whether the words after a coordinator reach a digit number before a boundary: a new clause with
    its own count, not more of this one's noun phrase (number words stay: "lantai dua" names a floor)."""
    for w in words:
        if w[0].isdigit():
            return True
        if w in _BOUNDARY:
            return False
    return False


def _segment_before(text: str, q: Quantity, lo: int, *, closing: bool = False) -> list[str]:
    """The words before ``q`` back to a boundary; when the number closes its clause, back to the clause's
    start across appositive commas ("Korban meninggal erupsi Semeru, Jawa Timur, bertambah menjadi 22")."""
    out: list[str] = []
    for w in reversed(_words(text, lo, q.start)):
        if w[0].isdigit() or w in {".", ";", ":", "!", "?", "dari", "of"}:
            break
        if w in _BOUNDARY and not (closing and w == ","):
            break
        out.append(w)
    return out[::-1]


def _severity_before(before: list[str]) -> list[str]:
    """The words after the last injury word of a clause the number closes ("yang luka berat ... sebanyak
    lima orang"), where its severity is told."""
    hits = [k for k, w in enumerate(before) if w in _KIND_WORDS["injured"]]
    return before[hits[-1] + 1 : hits[-1] + 3] if hits else []


# A noun kind counts the number's own noun ("500 peserta", "1.000 suara sah"), not a noun further on
# ("lima pelaku ... pencuri pengeras suara").
_NOUN_AT = 1


def _kind_in(words: list[str]) -> tuple[str | None, int]:
    """The first kind word in ``words`` and its position ("identified" over "killed": "dua korban meninggal
    telah teridentifikasi" counts the identified)."""
    for k, w in enumerate(words):
        if w in _KIND_WORDS["identified"]:
            return "identified", k
    for nouns in (False, True):  # what happened ("ditahan") before who they are ("pengunjuk rasa")
        for k, w in enumerate(words):
            if w == "jiwa" and k and words[k - 1] == "korban":
                return "killed", k  # "korban jiwa"
            if any(w.startswith(d) for d in _DAMAGE) and any(b in words[:k] for b in _BUILDINGS):
                return "buildings_damaged", k
            for kind, vocab in _KIND_WORDS.items():
                if w in vocab and (kind in _NOUN_KINDS) == nouns and not (nouns and k > _NOUN_AT):
                    if kind == "missing" and words[k + 1 : k + 2] and words[k + 1] in _NOT_MISSING_AFTER:
                        break
                    return kind, k
    return None, -1


# The measure reader's event roles (warta.extract.measures), for clauses the segment reading leaves open.
_ROLE_KIND = {
    "killed": "killed",
    "injured": "injured",
    "detained": "arrested",
    "evacuated": "evacuated",
    "deployed": "deployed",
    "missing": "missing",
    "price": "price",
}


# Verbs of occupancy right before a count of people ("dihuni oleh 122 orang"): it counts the occupants.
_OCCUPYING = (["dihuni"], ["diisi"], ["ditempati"], ["berpenghuni"], ["housed"], ["housing"])
# People who leave their home place: displaced ("3.000 warga meninggalkan Aleppo", "200 residents fled").
# The number counts residents (not travellers: "pemudik meninggalkan Jakarta"), and what they leave is a
# named place or a home.
_LEAVING = re.compile(
    r"\s+(?:orang|jiwa|warga|penduduk|keluarga|people|residents|civilians)\b[^,.;:\d]{0,40}?"
    r"\b(?:meninggalkan\s+(?:[A-Z]|(?:rumah|kampung|desa|tempat\s+tinggal|tanah\s+air)\b)|fled\b)"
)
_TIMES = re.compile(r"\s*(?:kali|times)\b", re.IGNORECASE)


def read_kind(
    text: str, q: Quantity, *, lo: int = 0, hi: int | None = None, head: str = "", role: str | None = None
) -> KindReading:
    """The kind of ``q`` read inside the clause ``text[lo:hi]``, with the noun phrase it counts
    (:func:`~warta.extract.counted_nouns.counted_noun`); ``head`` is the measure reader's head and ``role``
    its event role, if known (used when the number's own segment says nothing)."""
    reading = _read_kind(text, q, lo=lo, hi=hi, head=head, role=role)
    counted = counted_noun(text, q, lo=lo, hi=hi, kind=reading.kind, head=head)
    kind, sub = reading.kind, reading.sub
    if kind == "other" and not is_noun(sub):
        kind, sub = None, ""  # "dua kita tangkap": a pronoun or a verb after a number counts nothing
    if kind is None and counted and _TIMES.match(text, q.end):
        kind, sub = "other", counted.split()[0].lower()  # "dua kali dijatuhi sanksi": two sanctions
    elif kind is None and not reading.change and _TIMES.match(text, q.end):
        # "menaikkan suku bunga sebanyak tiga kali", "dibobol empat kali": how often it was done, counting
        # the verb's object before the number when there is one (else no noun: a label-less, hidden group)
        kind, sub, counted = "other", "kali", _object_before(_segment_before(text, q, lo))
    return replace(reading, kind=kind, sub=sub, counted=counted)


def _object_before(before: list[str]) -> str:
    """The noun run between a verb and "(sebanyak) N kali" ("menaikkan suku bunga sebanyak"), else ""."""
    k = len(before)
    while k and before[k - 1] in _CLOSING:
        k -= 1
    start = k
    while start and k - start < 3 and is_noun(before[start - 1]):
        start -= 1
    return " ".join(before[start:k]) if start < k and start and is_verb(before[start - 1]) else ""


def _read_kind(
    text: str, q: Quantity, *, lo: int = 0, hi: int | None = None, head: str = "", role: str | None = None
) -> KindReading:
    hi = len(text) if hi is None else hi
    after = _segment_after(text, q, hi)
    before = _segment_before(text, q, lo)
    if before and before[-1] in _CLOSING:
        before = _segment_before(text, q, lo, closing=True)
    change = bool(before) and before[-1] in _CHANGE
    if any(tuple(after[: len(p)]) == p for p in _PART_OF):
        change = True  # a part is no more a count of its own than a change is
    if any(w in {"kembali", "again"} for w in before[-2:]):
        change = True  # "kembali menangkap tiga orang", "menetapkan kembali 3 tersangka": more of them
    if any(w in _MORE for w in after[:3]):
        change = True  # "tiga pelaku tambahan", "lima lagi": an increment
    counted = head or " ".join(w for w in after[:3] if w.isalpha())
    if q.kind == "percent":
        return KindReading("percentage", "", counted)  # "turun 35 persen": the size of a change is the figure
    if q.kind == "money":
        sentence = _words(text, lo, q.start)
        price = role == "price" or any(w in _PRICE for w in before + after + sentence[-12:])
        price = price or "/" in (q.unit or "") or (after[:1] in (["per"], ["a"], ["an"]) and len(after) > 1)
        # "Rp 12.000 per kilogram", "$3 a gallon": an amount per unit is a price
        return KindReading("price" if price else "money", "", counted, change)
    if q.kind == "duration":
        age = is_age(text, q, role=role, lo=lo, clause=before)
        return KindReading("age" if age else "duration", "", counted, change)
    if told_age(text, q, clause=before):
        return KindReading("age", "", counted, change)
    kind, at, group = None, -1, ""
    verb = before[-2:-1] if before[-1:] and before[-1] in _AGENT else before[-1:]
    for kind_name, verbs in _ACTIVE.items():
        if verb and verb[0] in verbs:
            kind = kind_name
    if kind is None:
        kind, at = _kind_in(after)
    if (
        kind is None
        and before
        and (before[-1] in _CLOSING or len(after) == 0 or after[0] in {"orang", "jiwa"})
    ):
        kind, at = _kind_in(before)
        at = -1
        if kind is None and before[-1] in _CLOSING and any(w in _PERSONNEL for w in before):
            kind = "deployed"  # "pasukan itu akan berjumlah sekitar 2.500"
        named = [_SAME_PEOPLE.get(w, w) for w in before if w in _PEOPLE and w not in _GENERIC_PEOPLE]
        if before[-1] in _CLOSING and named and (not after or after[0] in _GENERIC_PEOPLE):
            group = named[0]  # "total penumpang pesawat ... adalah 50 orang" counts passengers
    base = _words(text, max(lo, q.start - 8), q.start)[-1:] in (["dari"], ["of"])
    if kind is None and role in _ROLE_KIND and not (after and after[0] in _PLACES) and not base:
        kind = _ROLE_KIND[role]  # not "Dari 122 napi tersebut, 41 tewas": the whole the toll is part of
    if kind is None and group:
        kind = "people"
    else:
        group = ""
    if kind in {None, "people"} and _LEAVING.match(text, q.end, hi):
        kind, group = "evacuated", ""  # "lebih dari 1.000 warga meninggalkan Rakhine": they fled their home
    if kind in _TOLLS and any(w in _BREAKDOWN for w in before):
        change = True  # "Rincian korban meninggal ... 14 orang di Kecamatan Pronojiwo": a part of the toll
    sub = group
    first = after[0] if after else ""
    if kind is not None and first in _PLACES:
        sub = after[1] if first == "unit" and after[1:2] and after[1].isalpha() else first
        # "8 kecamatan terdampak" counts districts, not people; "12 unit mobil" counts cars
    elif kind is not None and kind != "deployed" and first in _PERSONNEL:
        sub = "personnel"  # "18 petugas keamanan tewas" is not the whole death toll
    if kind == "injured":
        told = after[at + 1 : at + 3] if at >= 0 else _severity_before(before)
        opening = _words(text, lo, q.start)
        if at < 0 and not told and not any(w[0].isdigit() or w in _NUMBER_WORDS for w in opening):
            told = _severity_before(opening)  # "yang luka berat dan dirawat ... sebanyak lima orang"
        severity = next((w for w in told if w in _SUBS), "")
        sub = " ".join(w for w in (sub, severity) if w)  # "luka berat" and "luka ringan" are two counts
    if kind is None:
        if first in _PERSONNEL:
            kind = "deployed"
        elif q.kind == "measure" or q.unit:
            kind = "quantity"
        elif first in _PEOPLE:
            named = [_SAME_PEOPLE.get(w, w) for w in after[:3] if w in _PEOPLE and w not in _GENERIC_PEOPLE]
            kind, sub = ("people", named[-1]) if named else (None, "")  # "penumpang dewasa" counts adults
            noun = after[1] if first == "orang" and len(after) > 1 else ""
            if kind is None and noun.isalpha() and noun not in _FUNCTION and is_noun(noun):
                kind, sub = "other", noun  # "13 orang saksi": "orang" is a classifier, as in "13 saksi"
            if kind is None and [w for w in before[-2:] if w not in {"oleh", "by"}][-1:] in _OCCUPYING:
                kind = "people"  # "blok yang dihuni oleh 122 orang": its occupants, whoever they are
        elif first.isalpha() and len(first) > 2 and first not in _FUNCTION:
            kind = "other"
            sub = first
    return KindReading(kind, sub, counted, change)


def kind_rank(kind: str | None) -> int:
    """Where a kind goes in a brief: casualties first, then displaced and arrested, prices and money, the rest."""
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def same_object(a: str, b: str) -> bool:
    """Whether two counted noun phrases may count the same people: equal heads, or one says only "orang"
    ("41 napi tewas" and "41 orang tewas"); "8 warga luka" and "23 polisi luka" count different people."""
    ha, hb = _head(a), _head(b)
    ha, hb = ("personnel" if h in _PERSONNEL else _SAME_PEOPLE.get(h, h) for h in (ha, hb))
    return ha == hb or ha in _GENERIC_PEOPLE or hb in _GENERIC_PEOPLE or not ha or not hb


def _head(counted: str) -> str:
    """The head of a counted noun phrase; a named group told with "warga" ("warga binaan") is that group."""
    words = [w.lower() for w in counted.split()[:2]] or [""]
    return words[1] if words[0] == "warga" and words[1:] and words[1] in _SAME_PEOPLE else words[0]


def names_group(counted: str, group: str) -> bool:
    """Whether a counted noun phrase names the group of people ``group`` ("ekstra kru" names "awak")."""
    return any(_SAME_PEOPLE.get(w, w) == group for w in counted.lower().split()[:3])


def counts_places(counted: str) -> bool:
    """Whether a counted noun phrase counts places or things ("dua kabupaten", "7 blok hunian", "12 unit")."""
    return (counted.split() or [""])[0].lower() in _PLACES


def from_measure(head: str, role: str | None) -> KindReading:
    """A reading from a measure alone (a figure made without its text): its role as the kind, personnel apart."""
    kind = _ROLE_KIND.get(role or "")
    first = (head.split() or [""])[0].lower()
    sub = "personnel" if kind and kind != "deployed" and first in _PERSONNEL else ""
    return KindReading(kind, sub, head)
