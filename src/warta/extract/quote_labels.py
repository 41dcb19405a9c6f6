"""Words in quotation marks that are no one's statement: titles, themes, slogans and labels.

A quoted stretch that names a thing ("State of the Union", "Sinergi Pers dalam Pembangunan Daerah") or
that a sentence uses as a noun phrase ('diberlakukan "car free night" selama') is kept out of the quotes
by its shape and its place in the sentence, not by a list of titles.

>>> is_long_title("Sinergi Warga dalam Pembangunan Desa"), is_title("Ahok-Djarot")
(True, True)
"""

from __future__ import annotations

import re

from warta.extract.gazetteer import is_function_word
from warta.extract.quote_marks import Quoted

_SHORT_TITLE = 5  # the most words of a short quoted title or name


def is_title(quoted: str) -> bool:
    """A quoted title or name ("State of the Union", "Ahok-Djarot"): every word capitalised, a few words."""
    words = quoted.split()
    titled = any(w[:1].isupper() for w in words) and all(
        w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words
    )
    return len(words) <= _SHORT_TITLE and titled and not quoted.rstrip().endswith((",", ".", "!", "?"))


_LABEL_WORDS = 5  # the most words a phrase in marks used as a label has


def is_label(text: str, q: Quoted) -> bool:
    """Short words in marks that a sentence uses as a noun phrase, not as anyone's statement: they start
    in lower case, carry no punctuation of their own, follow a word of the sentence ('disebut sebagai
    "kelompok bersenjata"', 'diberlakukan "car free night" selama') and the sentence goes on or ends
    right after them."""
    words = q.text.split()
    if not words or len(words) > _LABEL_WORDS or not q.text[:1].islower():
        return False
    if q.text.rstrip()[-1:] in ",.;:!?)]}…" or not q.closed:
        return False
    before = text[max(0, q.open_at - 2) : q.open_at]
    if len(before) < 2 or not (before[0].isalpha() and before[1].isspace()):
        return False
    after = text[q.close_end : q.close_end + 2].lstrip(" ")
    return not after or after[0] in ".;)\n" or after[0].islower()


# Words that introduce a name or label for something: what follows them in marks is what it is called.
_NAMING = re.compile(
    r"\b(?:sebagai|disebut|dijuluki|julukan|sebutan|bertajuk|berjudul|bertema|bertuliskan|istilah|"
    r"tema(?:\s+utama)?)\s*$",
    re.IGNORECASE,
)


def names_it(text: str, q: Quoted) -> bool:
    """The words in marks follow a word that introduces a name ("dianggap sebagai "…"", "dijuluki "…"")."""
    return _NAMING.search(text, max(0, q.open_at - 20), q.open_at) is not None


_TITLE_WORDS = 12  # the most words of a quoted title, theme or slogan


def named_title(text: str, q: Quoted) -> bool:
    """A title the sentence introduces as one ("berjudul "Agar Dapat Kubaca Zaman."", "tema utama
    "Language and The Machine: …."", "film "Marlina si Pembunuh dalam Empat Babak"", "menu "Home &
    Living""): title-shaped words in marks after a naming word or a kind of work, even with the
    sentence's stop written inside the marks or a short lower-case word among them ("si")."""
    if not (names_it(text, q) or _WORK_BEFORE.search(text, max(0, q.open_at - 12), q.open_at)):
        return False
    title = q.text.rstrip().removesuffix(".")
    bare = [w for w in title.split() if any(c.isalnum() for c in w)]
    short = [w for w in bare if w.islower() and len(w) <= _SHORT_WORD]
    kept = " ".join(w for w in title.split() if w not in short or is_function_word(w))
    return is_long_title(kept) or is_title(" ".join(bare))


# Kinds of work or interface whose name follows in marks ("film "…"", "lagu "…"", "menu "…"").
_WORK_BEFORE = re.compile(
    r"\b(?:film|lagu|album|buku|novel|single|serial|drama|program|acara|menu|fitur|aplikasi|game)\s*$",
    re.IGNORECASE,
)
_SHORT_WORD = 3


def is_long_title(quoted: str) -> bool:
    """A title, theme or slogan in marks ("The Legend of the Blue Sea", "Sinergi Pers dalam Pembangunan
    Daerah"): most words capitalised and the rest function words, at most a dozen, no sentence end."""
    words = quoted.split()
    if not 2 <= len(words) <= _TITLE_WORDS or quoted.rstrip()[-1:] in ",.!?…":
        return False
    bare = [w.strip(",;:()") for w in words if w.strip(",;:()")]
    capitalised = sum(w[:1].isupper() or w[:1].isdigit() for w in bare)
    return (
        bool(bare)
        and bare[0][:1].isupper()
        and capitalised > len(bare) - capitalised  # most words capitalised, not "Iya, nanti di sana"
        and all(w[:1].isupper() or w[:1].isdigit() or is_function_word(w) for w in bare)
    )
