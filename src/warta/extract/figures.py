"""An article's figures: its quantities with what each measures and the date it refers to.

Headlines and crossheads (short lines without closing punctuation) are skipped: a headline rounds the
body's figure ("Lebih dari 8.000" over the body's "sekitar 8.000"), and link lists and captions are
headline-shaped too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from warta.extract.attribution import attribution, clock_time
from warta.extract.collectives import find_collectives, find_zero_tolls
from warta.extract.counted_nouns import readable
from warta.extract.figure_kind_model import overrule, shipped_kind_model
from warta.extract.figure_kinds import CONFIDENT, KindReading, names_group, read_kind
from warta.extract.lexicon_numbers import RELATIVE_TIME
from warta.extract.measures import Measure, find_measure
from warta.extract.numbers import Quantity, find_quantities
from warta.lazy_regex import lazy
from warta.types import FigureValue, Span

_UNREAD = KindReading(None)
_CLOSERS = "\"'”’»)]"
_SENTENCE_END = ".!?…:;"
_HEADING_MAX_WORDS = 20


@dataclass(frozen=True)
class ArticleFigure:
    """One quantity of one article, with its measure and as-of date."""

    article: str
    quantity: Quantity
    measure: Measure
    as_of: str | None = None
    outlet: str | None = None
    reading: KindReading = _UNREAD
    attribution: str | None = None
    as_of_time: str | None = None
    about_event: bool = True
    earlier: bool = False  # the sentence reports an earlier count ("Sebelumnya, 41 orang ...")
    latest: bool = False  # the text says the count grew to it ("bertambah menjadi 44 orang")
    listed: bool = False  # one size of a list or a unit of reference ("kemasan 2 liter, 5 liter", "1 liter")
    collective: bool = False  # a collective numeral ("kedua awak"): it may confirm a count, never dispute one

    def value(self) -> FigureValue:
        """This figure as a brief's :class:`~warta.types.FigureValue` (made once per figure: reconciling
        compares every pair of a group's values; both are frozen, so the one value is the same each time)."""
        made = self.__dict__.get("_value")
        if made is None:
            made = self._value()
            object.__setattr__(self, "_value", made)  # not a field: equality, hashing and JSON ignore it
        return made

    def _value(self) -> FigureValue:
        q = self.quantity
        return FigureValue(
            self.article,
            q.value,
            q.qualifier,
            q.unit,
            self.as_of,
            q.text,
            q.start,
            q.end,
            self.outlet,
            kind=self.reading.kind,
            counted=self.reading.counted if self.reading != _UNREAD else _readable_head(self.measure),
            attribution=self.attribution,
            as_of_time=self.as_of_time,
            about_event=self.about_event,
            stage="earlier" if self.earlier else "current" if self.latest else None,
        )


def _readable_head(measure: Measure) -> str:
    """A measure's head as a counted noun phrase, when it is one (a figure read without its kind)."""
    return measure.head if readable(measure.head) else ""


def find_figures(
    text: str,
    sentences: Sequence[Span],
    *,
    article: str,
    language: str = "id",
    as_of: Callable[[Span], str | None] | None = None,
    outlet: str | None = None,
    headings: bool = False,
    learned_kinds: bool = True,
) -> list[ArticleFigure]:
    """The figures of one article, in text order; ``as_of`` gives the date a quantity's span refers to.
    ``learned_kinds`` lets the learned kind reader (:mod:`warta.extract.figure_kind_model`) decide the kind
    where the rules are unsure and it is confident."""
    kind_model = shipped_kind_model() if learned_kinds and not language.startswith("en") else None
    starts = [s.start for s in sentences]
    heading_lines = [] if headings else _heading_lines(text)
    heading_starts = [h.start for h in heading_lines]
    figures = []
    quantities = find_quantities(text, language=language)
    crowded = _crowded_lines(text, quantities)
    collectives = [] if language.startswith("en") else _free(find_collectives(text), quantities)
    zeros = [] if language.startswith("en") else _free(find_zero_tolls(text), quantities)
    quantities = sorted([*quantities, *collectives, *zeros], key=lambda q: q.start)
    collective = {id(q) for q in collectives}
    zero = {id(q) for q in zeros}
    for q in quantities:
        if _inside(q, heading_lines, heading_starts) is not None or _relative_time(text, q):
            continue
        if _name_part(text, q) or _line_start(text, q) in crowded:
            continue
        sentence = _inside(q, sentences, starts) or _line(text, q)
        measure = find_measure(text, q, clause=sentence, language=language)
        date = as_of(Span(q.start, q.end)) if as_of else None
        reading = read_kind(text, q, lo=sentence.start, hi=sentence.end, head=measure.head, role=measure.role)
        if kind_model is not None:
            learned = overrule(kind_model, text, q, lo=sentence.start, hi=sentence.end,
                               rule_kind=reading.kind, counted=reading.counted)  # fmt: skip
            reading = reading if learned is None else replace(reading, kind=learned, sub="")
        background = reading.kind == "duration" and _prior_event(text, q, sentence.start)
        if id(q) in collective and reading.kind not in CONFIDENT:
            continue  # "kedua negara", "ketiga pihak": only a casualty or arrest count is worth reading
        if id(q) in zero and reading.kind != "killed":
            continue  # "tidak ada korban jiwa": a stated zero toll, and nothing else
        figures.append(
            ArticleFigure(
                article,
                q,
                measure,
                date,
                outlet,
                reading=reading,
                attribution=attribution(text, sentence.start, sentence.end),
                as_of_time=clock_time(text, sentence.start, sentence.end),
                about_event=not background and not _elsewhere(text, sentence, date),
                earlier=bool(_EARLIER.search(text, sentence.start, sentence.end)),
                latest=bool(_LATEST.search(text[max(sentence.start, q.start - 40) : q.start])),
                listed=_listed(text, q, quantities),
                collective=id(q) in collective,
            )
        )
    return _split_groups(text, figures, sentences, starts)


def _free(found: list[Quantity], quantities: Sequence[Quantity]) -> list[Quantity]:
    """The found quantities no other quantity overlaps."""
    return [f for f in found if not any(q.start < f.end and f.start < q.end for q in quantities)]


# "12 orang dengan 6 kru aktif dan 6 ekstra kru": what follows a count of people "with" is its parts.
_and = lazy(r"[^\d,.;]{0,30}?\s(?:dan|serta|and)\s+")


_with_parts = lazy(r"\s+(?:orang|jiwa|people)\s+(?:dengan|with)\s+")


def _split_groups(
    text: str, figures: list[ArticleFigure], sentences: Sequence[Span], starts: list[int]
) -> list[ArticleFigure]:
    """Counts of a group told as parts of a count just given ("12 orang dengan 6 kru aktif"), and two
    counts of one named group in one sentence ("6 kru aktif dan 6 kru ekstra"), are parts, not the
    group's count: each is read as a part, as "dua di antaranya" is."""
    for k, f in enumerate(figures[1:], 1):
        whole = figures[k - 1]
        if f.reading.kind == "people" and _with_parts().fullmatch(text, whole.quantity.end, f.quantity.start):
            figures[k] = replace(f, reading=replace(f.reading, change=True))
            if whole.reading.kind is None and _parts_named(text, figures[k:], f.reading.sub):
                # "12 orang dengan 6 kru aktif dan 6 ekstra kru": the whole counts the group its parts name
                figures[k - 1] = replace(
                    whole, reading=replace(whole.reading, kind="people", sub=f.reading.sub)
                )
    seen: dict[tuple[int, str], int] = {}
    for f in figures:
        if _named_part(f):
            at = _inside(f.quantity, sentences, starts)
            key = (at.start if at else -1, f.reading.sub)
            seen[key] = seen.get(key, 0) + 1
    out = []
    for f in figures:
        if _named_part(f):
            at = _inside(f.quantity, sentences, starts)
            if seen[(at.start if at else -1, f.reading.sub)] > 1:
                f = replace(f, reading=replace(f.reading, change=True))
        out.append(f)
    return out


def _parts_named(text: str, parts: list[ArticleFigure], sub: str) -> bool:
    """Whether the two parts after a whole, joined by "dan" ("6 kru aktif dan 6 ekstra kru"), both name one
    group ``sub``: one part alone may be a subset ("50 orang dengan 10 anak")."""
    if (
        not sub
        or len(parts) < 2
        or not _and().fullmatch(text, parts[0].quantity.end, parts[1].quantity.start)
    ):
        return False
    return all(names_group(f.reading.counted, sub) for f in parts[:2])


# A count of people whose group is named in the clause it closes ("total narapidana di blok itu ada 122
# orang"): a whole of its own, not a part, even beside another such count in one sentence.
_GENERIC_HEADS = frozenset({"orang", "jiwa", "people"})


def _named_part(f: ArticleFigure) -> bool:
    """Whether ``f`` counts a named group with its own noun ("6 kru aktif"), as parts of a group are told."""
    head = (f.reading.counted.split() or [""])[0].lower()
    return f.reading.kind == "people" and bool(f.reading.sub) and head not in _GENERIC_HEADS


# Between two sizes of one list: "2 liter, 5 liter, dan 25 liter", "1-5 kg".
_list_gap = lazy(r"\s*(?:,|-|–|/|,?\s*(?:dan|atau|serta|and|or))\s*")


def _listed(text: str, q: Quantity, quantities: Sequence[Quantity]) -> bool:
    """Whether a measure is one size of a list ("kemasan 2 liter, 5 liter, dan 25 liter") or a unit of
    reference ("kemasan 1 liter"): it names a size, it reports no amount of the story."""
    if q.kind != "measure":
        return False
    if q.value == 1:
        return True
    k = next((i for i, o in enumerate(quantities) if o is q), -1)
    for o in (
        quantities[k - 1] if k > 0 else None,
        quantities[k + 1] if 0 <= k < len(quantities) - 1 else None,
    ):
        if o is None or o.unit != q.unit:
            continue
        lo, hi = (o.end, q.start) if o.end <= q.start else (q.end, o.start)
        if _list_gap().fullmatch(text, lo, hi):
            return True
    return False


# A duration told inside a clause about what came before the event: "meluap setelah hujan deras (selama)
# dua hari" measures the rain. "Setelah sekitar 10 bulan dirawat" keeps its figure: no event between.
_PRIOR = {"setelah", "sesudah", "sehabis", "after"}
_PRIOR_SKIP = {
    "sekitar",
    "hampir",
    "lebih",
    "kurang",
    "dari",
    "selama",
    "sedikitnya",
    "setidaknya",
    "of",
    "about",
}


def _prior_event(text: str, q: Quantity, lo: int) -> bool:
    """Whether the duration ``q`` measures an earlier event named after "setelah" in its clause."""
    words = re.findall(r"[^\W\d_]+|[,;.]", text[lo : q.start].lower())
    between: list[str] = []
    for w in reversed(words):
        if w in {",", ";", "."}:
            return False
        if w in _PRIOR:
            return any(x not in _PRIOR_SKIP for x in between)
        between.append(w)
    return False


# A number right after a capitalised word inside a sentence is part of a name: "SD Negeri 2", "KM 2", "SJ 182".
_NAME_BEFORE = re.compile(r"(?:^|[^\w])([A-Z][\w-]*|[A-Z]{1,4})\s?$")
_NOT_NAMES = {
    "Sebanyak", "Sedikitnya", "Setidaknya", "Sekitar", "Hampir", "Lebih", "Kurang", "Total", "Ada", "Dari",
    "Hingga", "Sampai", "Bahkan", "Sementara", "Yakni", "Yaitu", "Kini", "Baru", "Rp", "Rp.", "US", "About",
    "Some", "Nearly", "Almost", "At", "Over", "More", "Up",
}  # fmt: skip
# A sentence that reports an earlier count of the event ("Sebelumnya, 41 orang dikabarkan meninggal").
_EARLIER = re.compile(r"\b(?:[Ss]ebelumnya|semula|sempat disebut|previously|earlier)\b")
# The count grew to this value: the text's own latest figure.
_LATEST = re.compile(
    r"\b(?:bertambah|meningkat|naik|bertambah lagi) menjadi\s*$|\b(?:rose|climbed|risen) to\s*$"
)
# A year in the sentence that is not the figure's: a comparison or history ("tragedi 1994 menewaskan ...").
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_HISTORY = re.compile(r"\b(?:pernah|tahun lalu|silam|last year|in the past)\b")
_CROWDED = 0.34  # a line where a third of the tokens are numbers is a table or a list


def _name_part(text: str, q: Quantity) -> bool:
    """Whether ``q`` is part of a name ("SD Negeri 2", "Blok C 2", "KM 2", "Kepulauan Seribu"), not a count."""
    if q.kind in {"money", "percent"}:
        return False
    first = text[q.start : q.start + 1]
    if not first.isdigit() and not (first.isupper() and not _sentence_start(text, q.start)):
        return False  # a number word is lower-case inside a sentence; capitalised, it names something
    if not first.isdigit():
        return not _headline(text, q)
    m = _NAME_BEFORE.search(text, max(0, q.start - 30), q.start)
    if not m or m.group(1) in _NOT_NAMES or _sentence_start(text, m.start(1)):
        return False  # a sentence's first word is capitalised anyway
    return not _headline(text, q)


def _sentence_start(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip(" \"'“‘(")
    return before == "" or before[-1] in ".!?\n"


def _headline(text: str, q: Quantity) -> bool:
    """A short Title Case line with no closing punctuation capitalises every word: no name can be told."""
    end = text.find("\n", q.end)
    line = text[_line_start(text, q) : len(text) if end < 0 else end].strip()
    words = line.split()
    if not words or len(words) > _HEADING_MAX_WORDS or line[-1] in _SENTENCE_END:
        return False
    return sum(w[:1].isupper() for w in words) * 2 > len(words)


def _line_start(text: str, q: Quantity) -> int:
    return text.rfind("\n", 0, q.start) + 1


def _crowded_lines(text: str, quantities: Sequence[Quantity]) -> set[int]:
    """Line starts of table rows and number lists: many numbers for their words."""
    per_line: dict[int, int] = {}
    for q in quantities:
        start = _line_start(text, q)
        per_line[start] = per_line.get(start, 0) + 1
    crowded = set()
    for start, n in per_line.items():
        end = text.find("\n", start)
        words = len(text[start : len(text) if end < 0 else end].split())
        if n >= 3 and n / max(1, words) >= _CROWDED:
            crowded.add(start)
    return crowded


def _elsewhere(text: str, sentence: Span, as_of: str | None) -> bool:
    """Whether the sentence is about another time: history, a comparison with an earlier year."""
    body = text[sentence.start : sentence.end]
    if _HISTORY.search(body):
        return True
    if as_of:
        return any(m.group(1) != as_of[:4] for m in _YEAR.finditer(body))
    return False


def _relative_time(text: str, q: Quantity) -> bool:
    """ "dua hari setelah banjir": a duration that places an event in time is not a reported figure."""
    if q.kind != "duration":
        return False
    follower = text[q.end : q.end + 12].split(maxsplit=1)
    return bool(follower) and follower[0].lower() in RELATIVE_TIME


def _inside(q: Quantity, spans: Sequence[Span], starts: list[int]) -> Span | None:
    k = bisect.bisect_right(starts, q.start) - 1
    if k >= 0 and spans[k].start <= q.start and q.end <= spans[k].end:
        return spans[k]
    return None


def _line(text: str, q: Quantity) -> Span:
    start = text.rfind("\n", 0, q.start) + 1
    end = text.find("\n", q.end)
    return Span(start, len(text) if end < 0 else end)


def _heading_lines(text: str) -> list[Span]:
    """Lines that read as headings: no closing punctuation and at most a few words."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.strip().rstrip(_CLOSERS + " ")
        if body and body[-1] not in _SENTENCE_END and len(body.split()) <= _HEADING_MAX_WORDS:
            spans.append(Span(pos, pos + len(line)))
        pos += len(line)
    return spans
