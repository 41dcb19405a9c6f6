"""English sentences whose subject is a role with no name ("A spokeswoman for BP refused to comment",
"A senior administration official said …"): the person a later "she" or "he" stands for, when no named
person became a subject after it.

>>> text = "A spokeswoman for BP declined to comment . `` We welcome it , '' she said ."
>>> role_subject(text, 0, 43, "she").speaker
'A spokeswoman for BP'
"""

from __future__ import annotations

from warta.extract.speakers import NOBODY, VERBS_EN, Who
from warta.lazy_regex import lazy

_HEADS_HE = frozenset({"spokesman", "chairman", "businessman", "congressman", "policeman", "man"})
_HEADS_SHE = frozenset(
    {"spokeswoman", "chairwoman", "businesswoman", "congresswoman", "policewoman", "woman"}
)
_HEADS_ANY = frozenset(
    {"spokesperson", "official", "diplomat", "source", "analyst", "doctor", "lawyer", "witness",
     "resident", "expert", "prosecutor", "officer", "nurse", "engineer", "economist", "aide", "adviser",
     "advisor", "executive", "director", "manager", "worker", "representative", "investigator",
     "scientist", "researcher", "negotiator", "commander", "coroner", "judge"}
)  # fmt: skip
_HEADS = _HEADS_HE | _HEADS_SHE | _HEADS_ANY
# "A [up to four modifiers] head [for|of|at|from|with the Body]" opening a sentence, then a verb
_ROLE_PATTERN = (
    # a sentence's start, or a caption run into it with no stop ("… share price A spokeswoman for BP")
    r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?] '' )|(?<=[.!?] \" )|(?<=[a-z] (?=A )))(?:An?|One|Another)\s+"
    r"(?:(?:[\w'.-]+|'s)\s+){0,4}?(?P<head>" + "|".join(sorted(_HEADS)) + r")\b"
    r"(?:\s+(?:for|of|at|from|with|in)\s+(?:the\s+)?(?:[A-Z][\w.&'-]*\s+){0,5}[A-Z][\w.&'-]*)?"
    r"(?=\s*(?:,\s*(?:who|speaking)[^,]{0,80},\s*)?\s+(?:has\s+|had\s+|also\s+|later\s+)?"
    r"(?:[a-z]+(?:ed|s)|" + "|".join(sorted(VERBS_EN)) + r")\b)"
)


_role = lazy(_ROLE_PATTERN)


def role_subject(text: str, since: int, at: int, refers: str | None) -> Who:
    """The last sentence-opening role subject in ``text[since:at]`` that "he" / "she" (``refers``) may
    stand for, as the role the article wrote; NOBODY when there is none."""
    if refers not in ("he", "she"):
        return NOBODY
    last = NOBODY
    for m in _role().finditer(text, since, at):
        head = m.group("head")
        if (refers == "he" and head in _HEADS_SHE) or (refers == "she" and head in _HEADS_HE):
            continue
        last = Who(m.group(), (m.start(), m.end()), "ROLE", None)
    return last
