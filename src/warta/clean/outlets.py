"""Per-outlet knowledge: how each portal writes its dateline, its own boilerplate, and how to recognise it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.clean.outlet_names import display_name
from warta.clean.rules import LineRule
from warta.extract import lexicon_calendar as cal
from warta.extract.wordlists import ADMIN_HEADS, FACILITY_HEADS, FUNCTION_WORDS, ORG_HEADS, ROLE_TITLES
from warta.lazy_regex import lazy

_DASH = r"\s*(?:[-–—]{1,2}|\|)\s*"  # the separator between a dateline and the story
_PLACE = r"(?P<place>[^,|()\n]{1,40}?)"


@dataclass(frozen=True)
class Outlet:
    """One portal: its display name, the names inputs use for it, its dateline and its own line rules."""

    name: str
    aliases: tuple[str, ...] = ()
    datelines: tuple[re.Pattern[str], ...] = ()
    rules: tuple[LineRule, ...] = ()


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of a line: the outlet it names, the place, and where the story starts."""

    outlet: str | None
    place: str | None
    text: str  # the dateline as written, separator included
    end: int  # where the story text starts in the line


def _dl(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _line(name: str, pattern: str) -> LineRule:
    return LineRule(name, "boilerplate", re.compile(pattern, re.IGNORECASE))


OUTLETS: tuple[Outlet, ...] = (
    Outlet("Liputan6", ("liputan6", "liputan6com"), (_dl(rf"Liputan6\.com\s*,\s*{_PLACE}\s+[-–—]+\s*"),)),
    Outlet("EGINDO", ("egindo", "egindoco"), (_dl(rf"{_PLACE}\s*\|\s*EGINDO\.co{_DASH}"),)),
    Outlet(
        "Tribunnews",
        ("tribunnews", "tribunnewscom", "tribun"),
        (_dl(rf"TRIBUNNEWS\.COM\s*,\s*{_PLACE}\s+[-–—]+\s*"), _dl(r"TRIBUNNEWS\.COM\s*[-–—]+\s*")),
    ),
    Outlet("NTD Indonesia", ("ntd", "ntdindonesia", "ntdtv", "erabaru", "epochtimes")),
    Outlet("CNN Indonesia", ("cnnindonesia",), (_dl(rf"{_PLACE}\s*,\s*CNN Indonesia\s*[-–—]+\s*"),)),
    Outlet(
        "Antara",
        ("antara", "antaranews", "antaranewscom"),
        (_dl(rf"{_PLACE}\s*\(ANTARA(?: News)?\)\s*[-–—]+\s*"),),
    ),
    Outlet("Pos Kota", ("poskota", "poskotanews"), (_dl(rf"{_PLACE}\s*\(Pos ?Kota\)\s*[-–—]*\s*"),)),
    Outlet("Merdeka", ("merdeka", "merdekacom"), (_dl(r"Merdeka\.com\s*[-–—]+\s*"),)),
    Outlet("Suara", ("suara", "suaracom"), (_dl(r"Suara\.com\s*[-–—]+\s*"),)),
    Outlet("Rimanews", ("rimanews",), (_dl(r"Rimanews\s*[-–—]+\s*"),)),
    Outlet(
        "Juara.net",
        ("juara", "juaranet"),
        (
            _dl(rf"JUARA\.NET\s*,\s*{_PLACE}\s+[-–—]+\s*"),
            _dl(rf"{_PLACE}\s*,\s*JUARA\.NET\s*[-–—]+\s*"),
            _dl(r"JUARA\.NET\s*[-–—]+\s*"),
        ),
    ),
    Outlet(
        "DailySocial",
        ("dailysocial", "dailysocialid"),
        rules=(
            _line("outlet_footer", r"DailySocial(?:\.id)? adalah portal berita.*"),
            _line("advertorial_disclosure", r"Disclosure\s*:.*"),
        ),
    ),
    Outlet("kumparan", ("kumparan", "kumparancom"), (_dl(r"kumparan(?:\.com)?\s*[-–—]+\s*"),)),
    Outlet("Kompas", ("kompas", "kompascom"), (_dl(rf"(?:{_PLACE}\s*,\s*)?KOMPAS\.com\s*[-–—]+\s*"),)),
    Outlet("Tempo", ("tempo", "tempoco"), (_dl(rf"TEMPO\.CO\s*,\s*{_PLACE}\s+[-–—]+\s*"),)),
    Outlet("Okezone", ("okezone", "okezonecom")),
    Outlet("Detik", ("detik", "detikcom")),
    Outlet("goal indonesia", ("goal", "goalindonesia", "goalcom")),
)

# A site as datelines write it, in any case: "Kabar.com", "REPUBLIKA.CO.ID", "TEMPO.CO", "KOMPAS.TV".
_SITE = r"(?P<site>[A-Za-z0-9][A-Za-z0-9-]*\.(?i:co\.id|or\.id|com|co|id|net|org|news|tv))(?![\w.])"
_NAME_WORD = r"[A-Z][\w'’&!]*"
# Datelines that name no known outlet: "JAKARTA - ...", "Bandung, Kompas.com - ...",
# "Kabar.id, Bandung - ...", "Bandung | Kabar.co – ...", "BANJARNEGARA, GEMAKEDU.COM – ...",
# and wire style "BANDUNG, Indonesia, Jan 15 (Some Wire) - ...".
_GENERIC_DATELINES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"{_SITE}\s*,\s*{_PLACE}\s+[-–—]+\s*"),
    re.compile(rf"{_PLACE}\s*\|\s*{_SITE}\s*[-–—]+\s*"),
    re.compile(
        r"(?P<place>[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3})\s*,\s*(?:[A-Z][\w.'’ -]{1,30},\s*)?"
        r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?\((?P<site>[A-Z][\w.&'’ -]{1,40})\)\s*[-–—]+\s*"
    ),
    re.compile(rf"(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s*,\s*{_SITE}\s*[-–—|]+\s*"),
    re.compile(rf"{_SITE}\s*[-–—]+\s*"),
    re.compile(
        r"(?P<place>[A-Z][A-Z.'’]*(?:-[A-Z.'’]+)*(?:\s+[A-Z][A-Z.'’]*(?:-[A-Z.'’]+)*){0,3})"
        r"(?:\s+[-–—]{1,2}\s*|[-–—]{1,2}\s+)(?=\S)"
    ),
)
# "Kabar Timur Raya, Mataram – ..." or "Mataram, Kabar Timur Raya – ...": a name without a domain,
# told from the place by the gazetteer (the place is known, the outlet's name is not a place).
_NAMED_DATELINE = re.compile(
    rf"(?P<a>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s*,\s*(?P<b>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
    r"\s+[-–—]{1,2}\s*"
)
# "Kabar Lembah Raya – Warga ...": a paragraph opened by a name of two to four capitalised words and a dash,
# no place beside it. It is an outlet only when no word marks a place, a person or an organisation (a known
# place, a place head "Kabupaten", a compass word closing it "Lombok Timur", a title "Presiden"), and the
# line goes on as a paragraph that starts with a capital ("- kata dia" is an aside, not a dateline).
_BARE_NAME_DATELINE = re.compile(
    r"(?P<name>[A-Z][\w'’&!]*(?:\s+[A-Z][\w'’&!]*){1,3})\s+[-–—]{1,2}\s+(?=[A-Z0-9\"“'‘])"
)
_BARE_NAME_MIN_WORDS = 10


_name_dash = lazy(r"[A-Z][\w'’&!]*\s+[-–—]{1,2}\s+[A-Z]")


# Words that make the name a place, a person's title, an organisation's ("Menteri Keuangan -") or a
# clause's ("Pada Suzuki GSX - R150 ...").
_NOT_OUTLET_WORDS = (
    frozenset(ADMIN_HEADS) | FACILITY_HEADS | frozenset(ROLE_TITLES) | ORG_HEADS | FUNCTION_WORDS
) | {"kepulauan", "tanjung", "tanah", "bukit"}
_COMPASS = frozenset("utara selatan timur barat tengah pusat tenggara barat daya laut".split())
# All-caps rubric labels that open a line like a dateline but name no place.
_RUBRICS = frozenset(
    {"OPINI", "ANALISIS", "KOLOM", "EDITORIAL", "TAJUK", "RESENSI", "SIMAK JUGA", "BACA JUGA"}
)


def outlet_key(name: str) -> str:
    """An outlet name reduced to lower-case letters and digits, for matching aliases."""
    return re.sub(r"[^0-9a-z]", "", name.casefold())


@cache
def _by_key() -> dict[str, Outlet]:
    table: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for key in (outlet_key(outlet.name), *outlet.aliases):
            table[key] = outlet
    return table


def find_outlet(name: str | None) -> Outlet | None:
    """The known outlet an input's outlet name stands for ("antaranews" -> Antara), if any."""
    if not name:
        return None
    return _by_key().get(outlet_key(name))


def match_dateline(line: str) -> Dateline | None:
    """The dateline a line starts with, if it starts with one."""
    for outlet in OUTLETS:
        for pattern in outlet.datelines:
            m = pattern.match(line)
            if m:
                return _dateline(line, m, outlet.name)
    for pattern in _GENERIC_DATELINES[:-1]:
        m = pattern.match(line)
        if m:
            return _dateline(line, m, canonical_outlet(m.groupdict().get("site")))
    named = _named_dateline(line) or _bare_name_dateline(line)
    if named is not None:
        return named
    m = _GENERIC_DATELINES[-1].match(line)
    return _dateline(line, m, None) if m else None


def _named_dateline(line: str) -> Dateline | None:
    m = _NAMED_DATELINE.match(line)
    if m is None:
        return None
    a, b = m.group("a"), m.group("b")
    if _is_place(b) and not _is_place(a):
        outlet, place = a, b
    elif _is_place(a) and not _is_place(b) and not b.isupper():
        outlet, place = b, a
    else:
        return None
    if _calendar().search(outlet):
        return None  # "Jakarta, Senin -": a day, not an outlet
    if place.isupper():
        place = place.title()
    return Dateline(outlet=canonical_outlet(outlet), place=place, text=line[: m.end()].strip(), end=m.end())


def _bare_name_dateline(line: str) -> Dateline | None:
    m = _BARE_NAME_DATELINE.match(line)
    if m is None or len(line[m.end() :].split()) < _BARE_NAME_MIN_WORDS:
        return None
    if _name_dash().search(line, m.end()):
        return (
            None  # "Biggest Fans – Shawn Mendes Best Hip Hop – Eminem ...": a list of pairs, not a dateline
        )
    name = m.group("name")
    words = name.split()
    if (
        name.isupper()  # "KOREA SELATAN -": wire datelines shout the place
        or _calendar().search(name)
        or _is_place(name)
        or _is_place(words[0])
        or any(w.casefold() in _NOT_OUTLET_WORDS for w in words)
        or words[-1].casefold() in _COMPASS
    ):
        return None
    return Dateline(outlet=canonical_outlet(name), place=None, text=line[: m.end()].strip(), end=m.end())


_calendar = lazy(
    r"\b(?:"
    + "|".join(sorted(map(re.escape, {**cal.WEEKDAYS_ID, **cal.MONTHS_ID}), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def _is_place(name: str) -> bool:
    from warta.extract.gazetteer import place

    return place(name) is not None or name.upper() in _PLACE_WORDS


# Common Indonesian dateline places the gazetteer spells otherwise or lacks.
_PLACE_WORDS = frozenset({"JAKARTA", "JAKSEL", "JAKTIM", "JAKUT", "JAKBAR", "JAKPUS"})


def canonical_outlet(name: str | None) -> str | None:
    """The name to show for an outlet written as ``name``: a known outlet's own name, else its display form."""
    if not name:
        return None
    known = find_outlet(name)
    if known is not None:
        return known.name
    shown = display_name(name)
    known = find_outlet(shown)
    return known.name if known is not None else shown


def _dateline(line: str, m: re.Match[str], outlet: str | None) -> Dateline:
    place = (m.groupdict().get("place") or "").strip() or None
    if place in _RUBRICS:
        place = None
    if place and place.isupper():
        place = place.title()  # "NUR-SULTAN" -> "Nur-Sultan": wire datelines shout the place
    text = line[: m.end()].strip()
    return Dateline(outlet=outlet, place=place, text=text, end=m.end())


def detect_outlet(lines: list[str]) -> str | None:
    """The outlet a text's own lines point to: its dateline, else a layout only one outlet uses."""
    for line in lines[:6]:
        found = match_dateline(line)
        if found is not None and found.outlet is not None:
            return found.outlet
    folded = {line.casefold() for line in lines}
    if "related articles" in folded and "most popular" in folded:
        return "NTD Indonesia"  # this footer pair is the group's site template
    # A "Penulis:/Editor:" header is not read as Tribun Network's: many portals print it (it named
    # the bundled sample's Harian Sinar Pesisir and a realnews portal "Tribunnews"); say nothing instead.
    if any(ln.startswith("DailySocial.id adalah portal berita") for ln in lines[-3:]):
        return "DailySocial"
    return None
