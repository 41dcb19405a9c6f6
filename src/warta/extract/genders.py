"""The gender an English article gives a person it names, for "he" and "she" to agree with.

Three kinds of evidence, each read from the article alone: a gendered title ("Mr Cook", "Ms Toward",
:func:`warta.extract.quote_people.titled_genders`); a gendered noun the name stands beside ("spokeswoman
Jane Doe", "Jane Doe , the company 's spokeswoman", "his son , Saif"); and a pronoun right after the
name's own speech verb ("Cherilyn Lee said she had tried …", "Koussa told the BBC he decided"), where
the reported clause's subject is nearly always the speaker. A name the evidence genders both ways is
left out, and so is a word shared by names gendered differently ("Jackson" for Michael and LaToya).

>>> people = [EntityMention(0, 8, "Jane Doe", "PER")]
>>> text_genders("Jane Doe said she would stay .", people)["Jane Doe"]
'f'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from warta.extract.entity_mention import EntityMention
from warta.extract.quote_people import titled_genders
from warta.extract.speakers import VERBS_EN

_FEMALE_NOUNS = frozenset(
    {"spokeswoman", "chairwoman", "businesswoman", "congresswoman", "councilwoman", "policewoman",
     "actress", "mother", "wife", "daughter", "sister", "girlfriend", "grandmother", "widow", "aunt",
     "niece", "queen", "princess", "woman", "girl", "mum", "mom", "stepmother", "granddaughter"}
)  # fmt: skip
_MALE_NOUNS = frozenset(
    {"spokesman", "chairman", "businessman", "congressman", "councilman", "policeman", "actor",
     "father", "husband", "son", "brother", "boyfriend", "grandfather", "widower", "uncle", "nephew",
     "king", "prince", "man", "boy", "dad", "stepfather", "grandson"}
)  # fmt: skip
_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s*,?\s*$")  # "spokeswoman Jane Doe" / "his son , Saif"
# "Jane Doe , the company 's spokeswoman ," / "Jane Doe , a mother of three": an apposition's head noun
_NOUN_AFTER = re.compile(
    r"\s*,\s*(?:a|an|the|his|her|their|its)\s+(?:[\w'-]+\s+){0,4}?([a-z]+)\s*(?:[,.]|of\b)"
)
_PRONOUN_AFTER_VERB = re.compile(
    r"\s+(?:(?:also|then|later|again|earlier)\s+)?(?:" + "|".join(sorted(VERBS_EN)) + r")"
    r"(?:\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}|\s+(?:reporters|journalists|jurors|the\s+\w+))?"
    r"(?:\s+that)?\s+(he|she)\b"
)
_NEAR = 40  # characters before a name a gendered noun may stand


def text_genders(text: str, people: Sequence[EntityMention]) -> dict[str, str]:
    """Each person's full mention text and name words, "m" or "f", where the article's evidence agrees."""
    seen: dict[str, set[str]] = {}
    for word, mark in titled_genders(text).items():
        seen.setdefault(word, set()).add(mark)
    for e in people:
        if e.type != "PER":
            continue
        given = _evidence(text, e)
        if given is None:
            continue
        for key in {e.text, *e.text.split()}:
            seen.setdefault(key, set()).add(given)
    return {k: next(iter(marks)) for k, marks in seen.items() if len(marks) == 1}


def _evidence(text: str, e: EntityMention) -> str | None:
    marks = set()
    before = _NOUN_BEFORE.search(text, max(0, e.start - _NEAR), e.start)
    after = _NOUN_AFTER.match(text, e.end, e.end + 80)
    for m in (before, after):
        noun = m.group(1) if m else None
        if noun in _FEMALE_NOUNS:
            marks.add("f")
        elif noun in _MALE_NOUNS:
            marks.add("m")
    said = _PRONOUN_AFTER_VERB.match(text, e.end, e.end + 80)
    if said:
        marks.add("f" if said.group(1) == "she" else "m")
    return next(iter(marks)) if len(marks) == 1 else None


def agrees(genders: dict[str, str], pronoun: str | None) -> Callable[[str], bool] | None:
    """Whether a name may be the person of "he" or "she" (None for any other pronoun): not one the
    article genders the other way, by its full text or, failing that, any of its words."""
    if pronoun not in ("he", "she"):
        return None
    other = "f" if pronoun == "he" else "m"

    def fits(name: str) -> bool:
        if name in genders:
            return genders[name] != other
        return all(genders.get(w) != other for w in name.split())

    return fits
