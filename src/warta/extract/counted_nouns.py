"""The noun phrase a number counts, read with the light part-of-speech reading of word_classes.

A counted phrase is a noun phrase: it never opens with a preposition, a time word, a verb, an adverb or a
determiner ("pada Selasa", "lebih melakukan", "itu adalah" are not what is counted). Where it is read
depends on what the number is:

- an age counts the person before it ("pria berusia 23 tahun", "menangkap pria 23 tahun" -> pria);
- a measured amount counts its substance, after the unit or before it ("80 gram emas", "emas seberat 80
  gram", "emas 80 gram dibayar tunai" -> emas); a length before "dari" is a distance ("jarak");
- "N kali <verb> <object>" counts times the object happened ("dua kali dijatuhi sanksi" -> sanksi);
- a duration counts what lasted: a noun right after its unit ("lima hari kerja" -> hari kerja), the task
  it took ("lima jam untuk memadamkan api" -> memadamkan api, the one verb phrase a counted may be), else
  the nearest noun phrase before it that is not inside a prepositional phrase, across no verb but one
  of a state ("menjalani perawatan di Singapura selama sepuluh bulan" -> perawatan; "Periode pencegahan
  berlaku untuk enam bulan" -> Periode pencegahan; "Petugas butuh lima jam" -> nothing);
- any other number counts the noun phrase after it, or the head the measure reader found.

An empty string means the text gives no readable counted noun.

>>> from warta.extract.numbers import find_quantities
>>> text = "Polisi menangkap pria 23 tahun pada Selasa."
>>> counted_noun(text, find_quantities(text)[0], kind="age")
'pria'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from warta.extract.numbers import Quantity
from warta.extract.word_classes import is_noun, is_verb, word_class

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:-[^\W_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")
_ALPHA = re.compile(r"[^\W\d_]+")
_LIMIT = 3
_HEAD_LIMIT = 4  # the measure reader's heads run to four words ("pelaku lain berinisial NMH")
# Before an age, the words that name it: the person is before them ("pria berusia 23 tahun").
_AGE_WORDS = {"berusia", "berumur", "usia", "umur", "aged", "age"}
# "emas seberat 80 gram", "lahan seluas 10 hektare": the substance is before the size word.
_SIZE_LINKS = {
    "seberat", "seluas", "setinggi", "sedalam", "sejauh", "sebesar", "senilai", "seharga", "sepanjang",
    "sebanyak", "kira-kira", "sekitar", "hampir", "lebih", "kurang", "dari", "of",
}  # fmt: skip
# Between a duration and what lasted: "selama 14 hari", "untuk enam bulan", "kurang lebih 10 bulan".
_DURATION_LINKS = {"selama", "sepanjang", "untuk", "for", "during"}
_BACK_WINDOW = 10
_LENGTHS = {"km", "m", "cm", "mm", "mile", "mil", "meter", "kaki", "feet", "ft", "nmi"}
_UNIT_TAILS = {"laut", "persegi", "kubik", "square", "cubic"}
# Nouns of a dimension a length right after them measures ("di ketinggian 29.000 kaki", "at an altitude of").
_DIMENSIONS = {
    "ketinggian", "kedalaman", "jarak", "panjang", "lebar", "tinggi", "radius",
    "altitude", "height", "depth", "distance", "length", "width",
}  # fmt: skip
# "lima jam untuk memadamkan api": what the time was needed for.
_TASK_LINKS = {"untuk", "guna", "to"}
# Verbs of a state the subject is in ("berlaku", "berlangsung", "terjadi"): their subject is what lasted.
_STATE_PREFIXES = ("ber", "ter")
_TIME_UNITS = {"hari", "minggu", "pekan", "bulan", "tahun", "malam", "pagi", "siang", "sore", "day", "week"}
_DEICTIC = {"ini", "itu", "lalu", "depan", "kemarin", "this", "last", "next"}


def readable(phrase: str) -> bool:
    """Whether a counted phrase is a noun phrase: its first word is a noun or an adjective."""
    words = [m.group() for m in _WORD.finditer(phrase)]
    return bool(words) and is_noun(words[0].lower())


def noun_run(words: Sequence[str], *, limit: int = _LIMIT) -> list[str]:
    """The leading nouns of ``words`` (at most ``limit``)."""
    out: list[str] = []
    for k, w in enumerate(words):
        low, nxt = w.lower(), (words[k + 1].lower() if k + 1 < len(words) else "")
        if len(out) == limit or (low in _TIME_UNITS and nxt in _DEICTIC):
            break  # "harga minyak hari ini": "hari ini" says when, not what
        inside = bool(out) and (
            word_class(low) == "postmodifier"
            or (word_class(low) == "number" and is_noun(nxt))
            or (w[:1].isupper() and out[-1][:1].isupper() and word_class(low) not in {"time", "punct"})
        )  # "pelaku lain", "kebijakan satu harga", "Pemerintah Kota Baru": a name runs on
        if not (is_noun(low) or inside):
            break
        out.append(w)
    while out and not (
        is_noun(out[-1].lower()) or word_class(out[-1].lower()) == "postmodifier" or out[-1][:1].isupper()
    ):
        out.pop()  # "kebijakan satu": a number word only inside a phrase
    return out


def times_object(after: Sequence[str]) -> str:
    """For the words after "N kali": the object of the verb that follows ("dijatuhi sanksi ringan")."""
    k = 0
    while k < len(after) and word_class(after[k].lower()) == "adverb":
        k += 1
    verbs = 0
    while k < len(after) and is_verb(after[k].lower()):
        k, verbs = k + 1, verbs + 1
    return " ".join(noun_run(after[k:])) if verbs else ""


def counted_noun(
    text: str, q: Quantity, *, lo: int = 0, hi: int | None = None, kind: str | None = None, head: str = ""
) -> str:
    """The noun phrase ``q`` counts, read inside ``text[lo:hi]``; ``head`` is the measure reader's head."""
    hi = len(text) if hi is None else hi
    phrase = _counted(text, q, lo=lo, hi=hi, kind=kind, head=head)
    first = phrase.split(" ", 1)[0]
    if (
        first[:1].isupper()
        and first[1:].islower()
        and (opening := _ALPHA.search(text, lo)) is not None
        and opening.group() == first
        and _whole_word(first.lower()).search(text)
    ):
        return first.lower() + phrase[len(first) :]  # "Periode pencegahan": capitalised by its sentence
    return phrase


def _counted(text: str, q: Quantity, *, lo: int, hi: int, kind: str | None, head: str) -> str:
    before = [m.group() for m in _WORD.finditer(text, lo, q.start)]
    after = [m.group() for m in _WORD.finditer(text, q.end, hi)]
    if kind == "age":
        if after[:2] == ["-", "old"]:
            return " ".join(noun_run(after[2:]))  # "a 33-year-old man"
        return _person_before(before)
    if q.kind == "duration":
        return _what_lasted(before, after, unit=(q.text.split() or [""])[-1])
    if q.kind == "measure":
        return _substance(before, after, length=q.unit in _LENGTHS)
    if after[:1] and after[0].lower() in {"kali", "times"}:
        return times_object(after[1:])
    if readable(head):
        return " ".join(noun_run(head.split(), limit=_HEAD_LIMIT))  # "kaki tapi ...": up to a non-noun
    return " ".join(noun_run(after))


def _person_before(before: list[str]) -> str:
    """The person an age belongs to: the noun phrase right before the age words."""
    k = len(before)
    while k and (before[k - 1].lower() in _AGE_WORDS or before[k - 1] in {"(", ","}):
        k -= 1
    return _run_ending_at(before, k)


def _run_ending_at(words: list[str], k: int) -> str:
    """The run of nouns that ends right before position ``k`` (at most ``_LIMIT``), in text order."""
    start = k
    while start and k - start < _LIMIT and is_noun(words[start - 1].lower()):
        if start < k and words[start - 1].lower().endswith("nya"):
            break  # "mas kawinnya emas": a possessive closes the phrase before this one
        start -= 1
    return " ".join(words[start:k])


def _substance(before: list[str], after: list[str], *, length: bool) -> str:
    """What a measured amount is of: the noun after the unit, else the noun before its size word. A
    length counts what is that long ("jalan sepanjang 5 km"), or is a distance ("11 mil dari bandara")."""
    while after and after[0].lower() in _UNIT_TAILS:
        after = after[1:]  # "mil laut", "meter persegi": the unit's own second word
    if length and after[:1] and after[0].lower() in {"dari", "from"}:
        return "jarak"
    run = noun_run(after)
    if run:
        return " ".join(run)
    k = len(before)
    while k and before[k - 1].lower() in _SIZE_LINKS:
        k -= 1
    if length and k and before[k - 1].lower() in _DIMENSIONS:
        return before[k - 1].lower()  # "di ketinggian 29.000 kaki": the dimension it measures
    if length and k == len(before):
        return ""  # "hilang kontak 11 mil": a length with no size word before it says nothing of what
    return _run_ending_at(before, k)


def _name_part(words: list[str], i: int) -> bool:
    """A capitalised word after a capitalised word is part of a name whatever its class ("Kota Baru")."""
    w = words[i]
    return (
        i > 0
        and w[:1].isupper()
        and words[i - 1][:1].isupper()
        and word_class(w.lower()) not in {"time", "punct"}
    )


def _what_lasted(before: list[str], after: list[str], *, unit: str) -> str:
    """What a duration measures: a noun right after it forms one noun with its unit ("hari kerja"); else
    the nearest noun phrase before it outside a prepositional phrase ("menjalani perawatan di Singapura
    selama ..." -> perawatan; "Periode pencegahan berlaku untuk enam bulan" -> Periode pencegahan), and
    never a noun right before it, which the duration describes ("kebijakan delapan jam")."""
    run = noun_run(after, limit=2)
    if run and unit:
        return " ".join([unit, *run])
    if len(after) > 1 and after[0].lower() in _TASK_LINKS and is_verb(after[1].lower()):
        return " ".join([after[1], *noun_run(after[2:], limit=2)])  # "lima jam untuk memadamkan api"
    k = len(before)
    while k and (before[k - 1].lower() in _DURATION_LINKS or word_class(before[k - 1].lower()) == "adverb"):
        k -= 1
    if k == len(before) and k and is_noun(before[k - 1].lower()):
        return ""  # "kebijakan delapan jam", "pemerintah 5 tahun terakhir": an attribute, not what lasted
    floor = max(0, k - _BACK_WINDOW)
    while k > floor:
        low = before[k - 1].lower()
        cls = word_class(low)
        if cls in {"punct", "number", "conjunction", "copula"}:
            return ""
        if cls == "verb" and not low.startswith(_STATE_PREFIXES):
            return ""  # "Petugas butuh lima jam", "Novel dirawat selama": the doer, not what lasted
        if cls != "noun" and not _name_part(before, k - 1):
            k -= 1
            continue
        end = k
        while k > floor and (is_noun(before[k - 1].lower()) or _name_part(before, k - 1)):
            k -= 1
        opener = before[k - 1].lower() if k else ""
        if word_class(opener) == "preposition":
            k -= 1
            continue  # "di Singapura": a place the phrase is in, not what lasted
        if word_class(opener) in {"number", "determiner"} and k:
            return ""
        return " ".join(before[k:end][:_LIMIT])
    return ""


@lru_cache(maxsize=4096)
def _whole_word(word: str) -> re.Pattern[str]:
    """``word`` between word boundaries, compiled once (re's own cache of 512 thrashes)."""
    return re.compile(rf"\b{re.escape(word)}\b")
