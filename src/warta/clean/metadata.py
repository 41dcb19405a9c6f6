"""Metadata lines and phrases: bylines, editors, editor tags and the sources an article credits."""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.extract import lexicon_calendar as cal

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti|van|de|al))*"
_NAME_WORDS = 10


@dataclass(frozen=True)
class MetaLine:
    """A whole line that states one metadata field: ``field`` is "byline", "editor" or "credit"."""

    field: str
    value: str
    rule: str
    editor: str | None = None  # a wire credit line names the editor too


@dataclass(frozen=True)
class TrailingTag:
    """An editor's initials or a wire's name closing the last line: "... lalu. (hui)"."""

    value: str
    is_wire: bool
    start: int  # where the tag (with the space before it) starts in the line


_LABELLED: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "byline",
        "byline_line",
        re.compile(
            r"(?:penulis|reporter|wartawan|ditulis oleh|oleh|author|pewarta|kontributor|rep)\s*:\s*"
            r"(?P<v>.+?)(?:\s+(?:red|editor)\s*:.*)?",
            re.I,
        ),
    ),
    (
        "byline",
        "byline_line",
        re.compile(r"laporan\s+(?:wartawan|reporter|koresponden)\b[^,:]*[,:]\s*(?P<v>.+)", re.I),
    ),
    ("editor", "editor_line", re.compile(r"(?:editor|penyunting|redaktur|editing)\s*:\s*(?P<v>.+)", re.I)),
    ("credit", "credit_line", re.compile(r"(?i:sumber|source)\s*:\s*(?P<v>[A-Za-z0-9@][^:]{0,60}?)\.?")),
    ("byline", "team_byline", re.compile(r"Tim (?P<v>[\w.]+(?:\s*-\s*[\w.]+)?)")),
    ("credit", "credit_line", re.compile(r"(?i:sumber berita)\s*:?\s*(?P<v>[A-Z0-9][^:\s]{0,40}?)\.?")),
    (
        "credit",
        "syndication_line",
        re.compile(r"artikel ini (?:telah |sudah )?(?:tayang|terbit|dimuat)\s+di\s+(?P<v>\S+).*", re.I),
    ),
)

# Wire services whose name alone, in brackets at the end of a story, credits them.
WIRES = frozenset(
    "afp reuters ap antara xinhua bernama kyodo dpa efe ansa upi yonhap cna bbc anadolu tass ria".split()
)

_TAG = re.compile(
    r"(?:^|(?<=[.!?\"”’)]))\s*[\(\[]"
    r"(?P<tag>(?:\*|[A-Za-z][A-Za-z0-9.\- ]{0,24})(?:/[A-Za-z0-9.\-* ]{1,24}){0,3})"
    r"[\)\]]\s*$"
)
_DATE_LIKE = re.compile(r"\d{1,2}/\d{1,2}")

_WEEKDAY_OR_MONTH = re.compile(
    "(?:"
    + "|".join(sorted(map(re.escape, {**cal.WEEKDAYS_ID, **cal.MONTHS_ID}), key=len, reverse=True))
    + ")$"
)
# A source name: capitalised tokens (dots only inside a token, "JUARA.net"), or a lower-case domain.
_TOKEN = r"[A-Z0-9][\w&!'’-]*(?:\.[\w&!'’-]+)*"
_SOURCE = (
    rf"(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|id|uk)\b|{_TOKEN}(?:\s+(?:{_TOKEN}|of|the)){{0,4}})"
)
_CREDIT_PHRASE = re.compile(
    r"\b(?i:dilansir|dikutip|melansir)\s+(?:(?i:dari|oleh)\s+)?"
    r"(?:(?i:laman|situs|situs resmi|website|akun|kantor berita|media|surat kabar|harian|majalah|portal"
    rf"|stasiun televisi|televisi|jaringan|tabloid)\s+)*(?P<src>{_SOURCE})"
)
# Capitalised words that start the next clause, not a source's name.
_CLAUSE_WORDS = frozenset(
    "Menurut Namun Sementara Selain Sebelumnya Kemudian Dalam Pada Di Saat Ketika Yang".split()
)


def match_metadata_line(line: str) -> MetaLine | None:
    """The metadata field a whole line states ("Penulis: X", "Editor: Y", "Sumber : CNA/SL"), if any."""
    if len(line) > 200:
        return None
    for field, rule, pattern in _LABELLED:
        m = pattern.fullmatch(line)
        if m:
            value = m.group("v").strip(" .")
            if field == "credit":
                value = value.split("/")[0].strip()  # "CNA/SL": the wire, then the editor's initials
            if value:
                return MetaLine(field, value, rule)
    return None


_WIRE_CREDIT = re.compile(
    r"\(\s*(?:Reporting|Writing|Laporan)\s+(?:by|oleh)\s+(?P<by>[^;)]+?)"
    r"(?:\s*;\s*(?:Additional reporting by [^;)]+;\s*)?"
    r"(?:Editing|Edited|Penyunting)\s+(?:by|oleh)?\s*(?P<ed>[^;)]+?))?"
    r"(?:\s*;[^)]*)?\s*\)"
)


def match_wire_credit(line: str) -> MetaLine | None:
    """A wire story's closing credit, "(Reporting by X; Editing by Y)", as a byline (editor in ``value2``)."""
    m = _WIRE_CREDIT.fullmatch(line.strip())
    if m is None:
        return None
    return MetaLine(
        "byline", m.group("by").strip(), "wire_credit_line", (m.group("ed") or "").strip() or None
    )


def split_sources(value: str) -> list[str]:
    """The sources a credit names: "Engadget dan The Verge" -> ["Engadget", "The Verge"]."""
    parts = re.split(r"\s*(?:,|;|\bdan\b|\band\b|\bvia\b)\s*", value)
    return [p.strip(" .") for p in (re.sub(r"\([^)]*\)", "", part) for part in parts) if p.strip(" .")]


def match_author_line(line: str) -> str | None:
    """The names on a bare byline ("Sari Dewi dan Budi Santoso"): capitalised names joined by dan/&/commas."""
    if len(line.split()) > _NAME_WORDS or any(ch.isdigit() for ch in line):
        return None
    if re.fullmatch(rf"{_NAME}(?:\s*(?:,|&|\bdan\b|\band\b)\s*{_NAME})*", line):
        return line
    return None


def trailing_tag(line: str) -> TrailingTag | None:
    """The editor tag or wire credit in brackets that closes a story's last line, if any."""
    m = _TAG.search(line)
    if m is None:
        return None
    tag = m.group("tag").strip()
    if _DATE_LIKE.fullmatch(tag) or len(tag.split()) > 4:
        return None
    is_wire = tag.casefold() in WIRES
    if not is_wire and m.start() > 0 and not re.fullmatch(r"[\w.\-*/ ]+", tag):
        return None
    return TrailingTag(value=tag, is_wire=is_wire, start=m.start())


def credits_in_text(text: str) -> list[str]:
    """Sources credited inside sentences ("dilansir dari laman BBC", "seperti dikutip AFP"), in order."""
    found: list[str] = []
    for m in _CREDIT_PHRASE.finditer(text):
        words = m.group("src").split()
        for i, word in enumerate(words):
            if word in _CLAUSE_WORDS:
                del words[i:]
                break
        while words and _WEEKDAY_OR_MONTH.match(words[-1]):
            words.pop()
        source = " ".join(words).rstrip(".")
        if source and source not in found:
            found.append(source)
    return found
