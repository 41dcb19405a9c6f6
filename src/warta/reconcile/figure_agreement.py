"""Whether a cross-outlet figure group's outlets count one thing: the counted nouns of two of its values agree.

Equal numbers in two articles of one story are often about different things ("2 gol" and "2 pemain" of one
match, "25 tahanan" and "25 polisi"). A group a brief shows needs two values from two independent articles
(a copy confirms nothing) whose counted
nouns say they count the same thing: a shared word or stem ("penawaran final" and "tawaran City"), nouns
that may name the same people ("41 napi" and "41 orang"), or one value that names no noun of its own (its
clause gives the kind, "selama 6 bulan", and the other value's noun says what lasted).

>>> from warta.types import FigureGroup, FigureValue
>>> def value(article: str, counted: str) -> FigureValue:
...     return FigureValue(article, 2, None, None, None, "2", 0, 1, kind="other", counted=counted)
>>> counts_one_thing(FigureGroup("gol", "agree", (value("a", "gol"), value("b", "gol Real Madrid")), kind="other"))
True
>>> counts_one_thing(FigureGroup("gol", "agree", (value("a", "gol"), value("b", "pemain")), kind="other"))
False
"""

from __future__ import annotations

import itertools
from functools import cache

from warta.extract.figure_kinds import same_object
from warta.extract.stems import stem
from warta.types import FigureGroup

# An age counts a person, whom outlets name by different roles ("penyerang", "striker", "pria"): the age
# and the story say it is one person, not the role noun.
_PERSON_KINDS = frozenset({"age"})
# Kinds that count people: nouns agree when they may name the same people (same_object: "orang" is any).
_PEOPLE_KINDS = frozenset(
    {"killed", "missing", "injured", "identified", "survivors", "evacuated", "arrested", "deployed", "people"}
)


@cache
def _forms(word: str) -> frozenset[str]:
    """A lower-case word, its Indonesian stem and its English singular."""
    w = word.lower()
    return frozenset({w, stem(w, english=False), stem(w, english=True)})


def _nouns(counted: str) -> frozenset[str]:
    return frozenset(f for w in counted.split() if w.isalpha() for f in _forms(w))


def counts_one_thing(group: FigureGroup) -> bool:
    """Whether two values of two independent articles of ``group`` (not one a copy of the other) count the
    same thing by their counted nouns."""
    if group.kind in _PERSON_KINDS:
        return True
    origin = {c.article: c.copy_of for c in group.copies}
    for a, b in itertools.combinations(group.values, 2):
        if origin.get(a.article, a.article) == origin.get(b.article, b.article):
            continue
        na, nb = _nouns(a.counted), _nouns(b.counted)
        if not na or not nb or na & nb:
            return True
        if group.kind in _PEOPLE_KINDS and same_object(a.counted, b.counted):
            return True
    return False
