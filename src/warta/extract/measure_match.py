"""When two measures count the same thing: same unit and role, and heads of one concept (or embedding).

>>> from warta.extract.measures import Measure
>>> same_measure(Measure("pengunjuk rasa", None, "detained", ""), Measure("demonstran", None, "detained", ""))
1.0
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from warta.extract import lexicon_measures as lex
from warta.extract.stems import stem

if TYPE_CHECKING:  # measures re-exports this module's names, so it cannot be imported from here at run time
    from warta.extract.measures import Measure

# Two measures with similarity at or above this are the same measure.
SAME_MEASURE_THRESHOLD = 0.6


def concepts(measure: Measure) -> tuple[str, ...]:
    """The measure's head as normalised concepts (synonyms merged, words stemmed), head concept first."""
    return _concepts(measure.head.lower(), measure.language)


@lru_cache(maxsize=8192)
def _concepts(head: str, language: str) -> tuple[str, ...]:
    for phrase, concept in lex.PHRASE_SYNONYMS.items():
        if phrase in head:
            head = head.replace(phrase, concept)
    words = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", head) if w not in lex.STOP]
    if len(words) > 1:
        words = [w for w in words if w not in lex.PARTITIVES] or words[:1]
    elif words == ["anggota"]:
        words = ["troops"]  # "2.000 anggota": personnel
    english = language.lower().startswith("en")
    out = [lex.WORD_SYNONYMS.get(w) or stem(w, english=english) for w in words]
    if english and out:
        out = [out[-1], *out[:-1]]  # English phrases end in their head
    return tuple(dict.fromkeys(out))


def same_measure(a: Measure, b: Measure, *, embed: bool = False) -> float:
    """How likely two measures count the same thing, 0..1; compare with :data:`SAME_MEASURE_THRESHOLD`."""
    if a.unit != b.unit or (a.role and b.role and a.role != b.role):
        return 0.0
    factor = 1.0 if a.role and a.role == b.role else 0.8 if (a.role or b.role) else 0.7
    ca, cb = concepts(a), concepts(b)
    if not ca or not cb:
        return 0.5 if not ca and not cb and a.role and a.role == b.role else 0.0
    if ca[0] in lex.GENERIC_HEADS and factor < 1.0:
        return 0.0  # "164 orang" says too little unless a role says what happened to them
    score = 0.0
    if ca[0] == cb[0]:
        # Modifiers in two languages cannot be compared word by word; the head concept must do.
        bilingual = a.language[:2].lower() != b.language[:2].lower()
        mods_a, mods_b = (set(), set()) if bilingual else (set(ca[1:]), set(cb[1:]))
        shared = len(mods_a & mods_b) / min(len(mods_a), len(mods_b)) if mods_a and mods_b else 1.0
        score = (0.5 + 0.5 * shared) * factor
    if embed and score < 1.0:
        cosine = _cosine(a.text or a.head, b.text or b.head)
        score = max(score, max(0.0, (cosine - 0.5) / 0.5) * factor)
    return round(score, 4)


def same_measures(pairs: Sequence[tuple[Measure, Measure]], *, embed: bool = False) -> list[float]:
    """:func:`same_measure` over many pairs (one batch of embeddings when ``embed``)."""
    if embed:
        _vectors(tuple(dict.fromkeys(m.text or m.head for pair in pairs for m in pair)))
    return [same_measure(a, b, embed=embed) for a, b in pairs]


def _cosine(a: str, b: str) -> float:
    va, vb = _vectors((a,))[a], _vectors((b,))[b]
    return float(sum(x * y for x, y in zip(va, vb, strict=True)))


_VECTORS: dict[str, tuple[float, ...]] = {}
_MAX_VECTORS = 50_000


def _vectors(texts: tuple[str, ...]) -> dict[str, tuple[float, ...]]:
    """Unit vectors for measure labels, computed once per label."""
    missing = [t for t in texts if t not in _VECTORS]
    if missing:
        if len(_VECTORS) > _MAX_VECTORS:
            _VECTORS.clear()  # bound memory in long-running processes
        for t, vec in zip(missing, _encoder()(missing), strict=True):
            _VECTORS[t] = tuple(float(x) for x in vec)
    return _VECTORS


def _encoder() -> Callable[[list[str]], Any]:
    # One shared model per process (warta.text.embeddings), not a second copy here.
    from warta.text.embeddings import embed

    return embed
