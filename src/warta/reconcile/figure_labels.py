"""The label a reader sees on a figure group, built from the counted noun phrase and the kind.

A group of a casualty or arrest kind says what happened by its kind ("orang tewas", "ditahan"); a group of
a looser kind (an age, a duration, an amount, a count of things) says what it counts only through its
counted noun, so without a readable one it is labelled by its kind's bare name ("usia", "durasi") and
not shown (:func:`labelled`).

>>> label_for("pria", "age", language="id")
'usia pria'
>>> label_for("perawatan", "duration", language="id")
'lama perawatan'
>>> label_for("hari sekolah", "duration", language="id")
'hari sekolah'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from warta.extract.counted_nouns import readable
from warta.extract.figure_kinds import CONFIDENT, SEVERITIES, KindReading
from warta.extract.lexicon_measures import ROLE_LABELS, ROLES
from warta.extract.stems import stem
from warta.extract.word_classes import is_verb
from warta.types import FigureGroup

# What happened to what a casualty or arrest kind counts, Indonesian and English.
_KIND_WORDS = {
    "killed": ("tewas", "killed"),
    "injured": ("terluka", "injured"),
    "missing": ("hilang", "missing"),
    "identified": ("teridentifikasi", "identified"),
    "survivors": ("selamat", "survivors"),
    "evacuated": ("mengungsi", "evacuated"),
    "affected": ("terdampak", "affected"),
    "arrested": ("ditahan", "detained"),
    "buildings_damaged": ("rusak", "damaged"),
    "deployed": ("dikerahkan", "deployed"),
}
# The measure reader's label word of each kind (warta.extract.lexicon_measures.ROLE_LABELS).
_ROLE_OF_KIND = {
    "killed": ROLE_LABELS["killed"][0],
    "injured": ROLE_LABELS["injured"][0],
    "arrested": ROLE_LABELS["detained"][0],
    "evacuated": ROLE_LABELS["evacuated"][0],
    "deployed": ROLE_LABELS["deployed"][0],
    "missing": ROLE_LABELS["missing"][0],
}
_ROLE_WORDS = {words[0] for words in ROLE_LABELS.values()}
# Every word that tells a kind's event ("dievakuasi" and "mengungsi" both tell an evacuation).
_TELLS_KIND = {"arrested": ROLES["detained"], **{k: v for k, v in ROLES.items() if k != "detained"}}
# Kinds whose label names the measure before the counted noun ("usia pria", "lama perawatan").
_MEASURE_WORDS = {"age": ("usia", "age of"), "duration": ("lama", "duration of")}
# What a loose kind is called when nothing says what it counts: a label, never a reason to show a group.
_GENERIC = {
    "age": ("usia", "age"),
    "duration": ("durasi", "duration"),
    "price": ("harga", "price"),
    "money": ("jumlah uang", "amount"),
    "percentage": ("persentase", "percentage"),
    "quantity": ("jumlah", "quantity"),
    "people": ("orang", "people"),
}
_GENERIC_LABELS = {w for pair in _GENERIC.values() for w in pair} | {"jumlah", "count"}
_UNITS = {"detik", "menit", "jam", "hari", "pekan", "minggu", "bulan", "tahun", "seconds", "minutes",
          "hours", "days", "weeks", "months", "years"}  # fmt: skip


def label_for(counted: str, kind: str | None, *, language: str = "id") -> str:
    """A group's label from its counted noun phrase and kind ("orang" + killed -> "orang tewas")."""
    english = language.lower().startswith("en")
    words = counted.split()
    if kind in _MEASURE_WORDS and words and words[0].lower() not in _UNITS:
        return f"{_MEASURE_WORDS[kind][english]} {counted}"
    said = _KIND_WORDS.get(kind or "", ("", ""))[english]
    stems = {stem(w.lower(), english=english) for w in words}
    told = any(w.lower() in _TELLS_KIND.get(kind or "", ()) for w in words)
    if said and not told and stem(said, english=english) not in stems:
        return " ".join(
            w for w in (counted, said) if w
        )  # not "pengungsi mengungsi", "orang dievakuasi mengungsi"
    return counted


def group_label(counted: Sequence[str], told: Sequence[str], kind: str | None, *, language: str) -> str:
    """The label of a group whose values count ``counted`` and whose measures were told as ``told``: the
    measure's own wording when it is a readable noun phrase of a casualty or arrest kind (as before),
    else the most common readable counted noun with its kind, else the kind word; a loose kind with no readable counted noun gets only its kind's name ("usia",
    which :func:`labelled` does not show), an unread kind the old wording."""
    told_ok = Counter(t for t in told if t and readable(t) and not _other_role(t, kind))
    if kind in CONFIDENT and told_ok:
        return label_for(max(told_ok, key=lambda t: (told_ok[t], len(t), t)), kind, language=language)
    nouns = Counter(c for c in counted if c and _nameable(c, kind))
    if kind == "people" and any(not _generic(c) for c in nouns):
        nouns = Counter({c: n for c, n in nouns.items() if not _generic(c)})  # "napi" names "122 orang"
    if nouns:
        return label_for(max(nouns, key=lambda c: (nouns[c], len(c), c)), kind, language=language)
    if kind in CONFIDENT:
        return label_for("", kind, language=language)
    if kind is not None:
        return generic_label(kind, language=language)  # "usia": only the kind, nothing a reader can use
    rest = Counter(t for t in told if t)
    return max(rest, key=lambda t: (rest[t], len(t), t)) if rest else ""


def _generic(counted: str) -> bool:
    """Whether a counted noun phrase names no group ("orang", "jiwa lainnya")."""
    return (counted.split() or [""])[0].lower() in {"orang", "jiwa", "people"}


def generic_label(kind: str, *, language: str = "id") -> str:
    """The bare name of a loose kind ("usia", "durasi"), the label of a group with no counted noun."""
    return _GENERIC.get(kind, ("jumlah", "count"))[language.lower().startswith("en")]


def _other_role(told: str, kind: str | None) -> bool:
    """Whether a measure's wording says another thing happened than the kind ("korban tewas" on a group
    of identified victims): its role word is not the kind's."""
    own = _ROLE_OF_KIND.get(kind or "")
    return any(w in _ROLE_WORDS and w != own for w in told.lower().split())


def _nameable(counted: str, kind: str | None) -> bool:
    """A noun phrase, or the task a duration took ("memadamkan api": "lama memadamkan api")."""
    first = (counted.split() or [""])[0].lower()
    return readable(counted) or (kind == "duration" and is_verb(first))


def with_severity(label: str, reading: KindReading) -> str:
    """An injury group's label with the severity it holds ("orang terluka" + berat); only the severity of
    the sub-kind is told, not its grouping tag ("personnel", "kecamatan")."""
    told = set(label.split())
    severity = [w for w in reading.sub.split() if w in SEVERITIES and w not in told]
    if reading.kind != "injured" or not severity:
        return label
    return " ".join([label, *severity]).strip()


def labelled(group: FigureGroup) -> bool:
    """Whether a reader can tell what a group counts: its kind says it (a casualty or arrest count), or its
    label is a readable noun phrase (:func:`group_label` gives a loose kind one only from a counted noun)."""
    if group.kind in CONFIDENT:
        return True
    return readable(group.measure) and group.measure.lower() not in _GENERIC_LABELS
