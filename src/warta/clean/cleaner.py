"""``clean``: one raw article in, its story text, metadata and the record of every removal out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from warta.clean.date_lines import Stamp, date_line, store_stamp, url_date
from warta.clean.furniture import is_furniture
from warta.clean.metadata import (
    credits_in_text,
    match_author_line,
    match_metadata_line,
    match_wire_credit,
    split_sources,
    trailing_tag,
)
from warta.clean.outlet_names import host_outlet, promoted_outlet
from warta.clean.outlets import canonical_outlet, detect_outlet, find_outlet, match_dateline, outlet_key
from warta.clean.published import published_date, wire_dateline_date
from warta.clean.repeated import normalise_line
from warta.clean.rules import (
    LABELS,
    LINE_RULES,
    LineRule,
    is_bullet_teaser,
    is_caption_with_credit,
    is_read_also_line,
    is_tagged_headline,
    looks_like_headline,
    looks_like_title,
    match_line_rule,
    split_glued_read_also,
)
from warta.types import Cleaned, Metadata, RawDocument, Removal

# A numbered or dashed list item is the story's list, not a related-links widget.
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|[-•*])\s+\S")
# Editor initials standing on their own line: "(rdn/ags)", "[rhm]".
_EDITOR_TAG_LINE = re.compile(r"[\(\[][a-z*]{2,5}(?:/[a-z*]{2,5}){0,3}[\)\]]")
# How many headline-shaped lines after a "Baca juga" or "Related" label are its links.
_LIST_LINKS = 6
# A dateline opens the story: look for it in this many first story lines only.
_DATELINE_LINES = 3
# A dateline that names its outlet ("TRIBUNKALTIM.CO - ...") is one even below a kicker, lead and caption.
_SITE_DATELINE_LINES = 15
# A publication timestamp line sits in a page's header: look this far (lines below are related-article lists).
_STAMP_LINES = 25
# The outlet's name alone on a line above the headline (a logo's text) has at most this many words.
_LOGO_WORDS = 3
# Above the headline, look past at most this many furniture lines for the next line of content.
_LOOKAHEAD_LINES = 6
# An archive's timestamp token opens one of the first lines, above or before the headline.
_STORE_STAMP_LINES = 3
# A kicker label above a headline: at most this many words, the headline at least this many more.
_KICKER_WORDS = 4
_KICKER_GAP = 3


@dataclass
class _Reading:
    """What cleaning one article has found so far (private, mutable, lives for one call)."""

    kept: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    byline: str | None = None
    editor: str | None = None
    credits: list[str] = field(default_factory=list)
    stamp: Stamp | None = None

    def drop(self, text: str, rule: str, kind: str) -> None:
        self.removed.append(Removal(text=text, rule=rule, kind=kind))

    def credit(self, source: str) -> None:
        if source not in self.credits:
            self.credits.append(source)


def clean(
    doc: RawDocument, *, repeated: frozenset[str] = frozenset(), reference: date | None = None
) -> Cleaned:
    """Strip portal boilerplate from ``doc.text`` and read its metadata out of it.

    ``repeated`` holds normalised lines (see :func:`find_repeated_lines`) to drop as well;
    ``reference`` is the date a year-less dateline is read against (default: today).
    The text keeps one paragraph per line, joined by "\\n"; kept lines are not altered inside.
    """
    lines = [ln.strip() for ln in doc.text.splitlines()]
    lines = [ln for ln in lines if ln]
    lines, stored = _strip_store_stamp(lines)
    detected = doc.outlet or detect_outlet(lines)
    profile = find_outlet(detected)
    rules = LINE_RULES + (profile.rules if profile else ())
    logos = frozenset(
        outlet_key(name)
        for name in (detected, profile.name if profile else None, promoted_outlet(lines))
        if name
    )
    reading = _Reading(outlet=canonical_outlet(doc.outlet) or (profile.name if profile else None))
    if stored is not None:
        reading.drop(stored, "store_stamp", "metadata")
    lines = _drop_leading_furniture(lines, doc.title, reading, rules, logos)
    body = _take_title(lines, doc.title, reading, rules)
    _read_body(_unglue_read_also(body, reading), reading, rules, repeated)
    _take_trailing_tag(reading)
    # No dateline names the outlet: its own promotion lines may, else the page's host does.
    reading.outlet = (
        reading.outlet or canonical_outlet(promoted_outlet(lines)) or canonical_outlet(host_outlet(doc.url))
    )
    text = "\n".join(reading.kept)
    for source in credits_in_text(text):
        reading.credit(source)
    stamp = reading.stamp
    if doc.published or stamp is None:
        stamp = None
    elif stamp.updated and (url_date(doc.url) or published_date(text, reference=reference)):
        stamp = None  # an update time only when nothing says when the story first appeared
    found = url_date(doc.url)
    metadata = Metadata(
        title=reading.title,
        outlet=reading.outlet,
        dateline=reading.dateline,
        published=doc.published
        or (stamp.day.isoformat() if stamp else None)
        or (found.isoformat() if found else None)
        or published_date(text, reference=reference)
        or _wire_date(reading, reference),
        published_at=stamp.at if stamp else None,
        byline=reading.byline,
        editor=reading.editor,
        credited_sources=tuple(reading.credits),
        url=doc.url,
    )
    return Cleaned(text=text, metadata=metadata, removed=tuple(reading.removed))


def _strip_store_stamp(lines: list[str]) -> tuple[list[str], str | None]:
    """An archive's "date 2022-07" token opening one of the first lines is metadata, never story text."""
    for i, line in enumerate(lines[:_STORE_STAMP_LINES]):
        stored = store_stamp(line)
        if stored is not None:
            rest = line[len(stored) :].strip()
            return [*lines[:i], *([rest] if rest else []), *lines[i + 1 :]], stored.strip()
    return lines, None


def _drop_leading_furniture(
    lines: list[str], given: str | None, reading: _Reading, rules: tuple[LineRule, ...], logos: frozenset[str]
) -> list[str]:
    """Drop app banners, ad boxes and kicker labels above the headline, so none becomes the title.

    A title-shaped line goes only when a title-shaped line that is no furniture follows it: "Rusia Kirim
    Pasukan" is a headline.
    """
    start = 0
    while start < len(lines) - 1 and given is None:
        line, following = lines[start], _next_content(lines, start + 1, rules)
        if match_dateline(line) is not None:
            break  # the lead: the story starts here
        rule = match_line_rule(line, LABELS + rules)
        if _is_page_date(line, following):
            reading.drop(line, "page_date", "metadata")  # the site's date bar, not when the story appeared
        elif rule is not None and not rule.starts_list:
            reading.drop(line, rule.name, rule.kind)
        elif len(line.split()) <= _LOGO_WORDS and outlet_key(line) in logos:
            reading.drop(line, "outlet_logo", "boilerplate")  # the site's logo text above the headline
        elif is_furniture(line, start / len(lines)) and (
            not looks_like_title(line)
            # A share bar under a headline is title-cased too: only a headline that is no furniture counts.
            or (looks_like_title(following) and not is_furniture(following, 0.0))
        ):
            reading.drop(line, "furniture_model", "boilerplate")
        elif _is_kicker(line, following):
            reading.drop(line, "kicker", "boilerplate")
        else:
            break
        start += 1
    return lines[start:]


def _is_page_date(line: str, following: str) -> bool:
    """A bare date above the headline ("Senin, 6 Oktober 2025"): the date bar of the page's header.

    Only a date with no clock, and only above a title-shaped line; a stamp with its hour
    ("Senin, 13 Feb 2023 14:05 WIB") is left for the body's publication-stamp reading.
    """
    stamp = date_line(line)
    return (
        stamp is not None
        and stamp.at is None
        and looks_like_title(following)
        and date_line(following) is None
    )


def _next_content(lines: list[str], start: int, rules: tuple[LineRule, ...]) -> str:
    """The first line from ``start`` that is no rule's and no furniture (a share bar or ad box is skipped).

    A title-shaped line counts even when the model doubts it: whether it is a headline is asked later.
    """
    for line in lines[start : start + _LOOKAHEAD_LINES]:
        rule = match_line_rule(line, LABELS + rules)
        if (rule is None or rule.starts_list) and (looks_like_title(line) or not is_furniture(line, 0.0)):
            return line
    return lines[start] if start < len(lines) else ""


def _is_kicker(line: str, following: str) -> bool:
    """A short rubric or topic label printed above a longer headline ("Berita Daerah", then the title)."""
    words = len(line.split())
    return (
        words <= _KICKER_WORDS
        and looks_like_title(line)
        and looks_like_title(following)
        and len(following.split()) >= words + _KICKER_GAP
        and match_dateline(following) is None
    )


def _take_title(
    lines: list[str], given: str | None, reading: _Reading, rules: tuple[LineRule, ...]
) -> list[str]:
    """Take the headline off the top: the input's title when the text repeats it, else a title-cased line."""
    reading.title = given
    if not lines:
        return lines
    first = lines[0]
    if given is not None:
        if normalise_line(first) != normalise_line(given):
            return lines
    elif (
        len(lines) < 2
        # Sentence-case headlines (wire style) count when a dateline follows them.
        or not (looks_like_title(first) or (looks_like_headline(first) and match_dateline(lines[1])))
        or is_caption_with_credit(first)
        or is_tagged_headline(first)
        or match_metadata_line(first) is not None
        or match_dateline(first) is not None
        or date_line(first) is not None  # a stamp is never the headline
        or match_line_rule(first, LABELS + rules) is not None
        or is_read_also_line(first)
    ):
        return lines
    reading.title = reading.title or first
    reading.drop(first, "title", "title")
    rest = lines[1:]
    while rest and normalise_line(rest[0]) == normalise_line(first):
        reading.drop(rest[0], "title_repeated", "title")
        rest = rest[1:]
    return rest


def _read_body(
    lines: list[str], reading: _Reading, rules: tuple[LineRule, ...], repeated: frozenset[str]
) -> None:
    """Walk the lines once, dropping boilerplate and metadata and keeping story lines."""
    links_left = 0  # headline-shaped lines still expected in the current related-links widget
    story_lines = 0
    dateline_done = False
    previous = ""
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        before, previous = previous, line
        label = match_line_rule(line, LABELS)
        if label is not None:
            reading.drop(line, label.name, label.kind)
            links_left = _LIST_LINKS
            continue
        rule = match_line_rule(line, rules)
        if rule is not None:
            reading.drop(line, rule.name, rule.kind)
            continue
        if links_left and looks_like_headline(line) and not _LIST_ITEM.match(line):
            reading.drop(line, "related_link", "boilerplate")
            links_left -= 1
            continue
        if is_read_also_line(line):
            reading.drop(line, "read_also", "boilerplate")
            continue
        if is_bullet_teaser(line, before, following):
            reading.drop(line, "bullet_teaser", "boilerplate")
            continue
        if is_tagged_headline(line):
            reading.drop(line, "tagged_teaser", "boilerplate")
            continue
        if is_caption_with_credit(line):
            reading.drop(line, "caption_credit", "caption")
            continue
        if looks_like_headline(line) and line in (before, following):
            reading.drop(line, "caption_repeated", "caption")  # an image caption printed twice
            continue
        if i < _STAMP_LINES and (stamp := date_line(line)) is not None:
            if reading.stamp is None or (reading.stamp.updated and not stamp.updated):
                reading.stamp = stamp
            reading.drop(line, "date_line", "metadata")
            continue
        meta = match_metadata_line(line) or match_wire_credit(line)
        if meta is not None:
            _record(reading, meta.field, meta.value)
            if meta.editor:
                _record(reading, "editor", meta.editor)
            reading.drop(line, meta.rule, "metadata")
            continue
        if story_lines == 0 and reading.title and normalise_line(line) == normalise_line(reading.title):
            reading.drop(line, "title_repeated", "title")  # the headline again, below the timestamp
            continue
        if story_lines == 0 and reading.title and _bare_byline(reading, line):
            continue
        links_left = 0
        if not dateline_done and (story_lines < _DATELINE_LINES or i < _SITE_DATELINE_LINES):
            found = match_dateline(line)
            if found is not None and (story_lines < _DATELINE_LINES or found.outlet is not None):
                dateline_done = True
                reading.dateline = found.place
                reading.outlet = reading.outlet or found.outlet
                reading.drop(found.text, "dateline", "metadata")
                line = line[found.end :].strip()
                if not line:
                    continue
        if _EDITOR_TAG_LINE.fullmatch(line):
            reading.editor = reading.editor or line.strip("()[] ")
            reading.drop(line, "editor_tag", "metadata")
            continue
        if is_furniture(line, i / len(lines)):
            reading.drop(line, "furniture_model", "boilerplate")
            continue
        if repeated and normalise_line(line) in repeated:
            reading.drop(line, "repeated_line", "repeated")
            continue
        reading.kept.append(line)
        story_lines += 1


def _unglue_read_also(lines: list[str], reading: _Reading) -> list[str]:
    """Cut the read-also links glued into paragraphs; the text on either side stays, each its own line."""
    out: list[str] = []
    for line in lines:
        glued = split_glued_read_also(line)
        while glued is not None:
            reading.drop(glued.link, "read_also_glued", "boilerplate")
            out.append(glued.before)
            line = glued.after
            glued = split_glued_read_also(line)
        if line:
            out.append(line)
    return out


def _bare_byline(reading: _Reading, line: str) -> bool:
    """Take a bare byline of names under the headline; a name line ending in a comma ("Sari Dewi,") goes on."""
    names = line.rstrip(",").strip()
    last = reading.removed[-1] if reading.removed else None
    continued = last is not None and last.rule == "byline_bare" and last.text.endswith(",")
    if not names or (reading.byline is not None and not continued) or match_author_line(names) is None:
        return False
    reading.byline = f"{reading.byline}, {names}" if continued and reading.byline else names
    reading.drop(line, "byline_bare", "metadata")
    return True


def _wire_date(reading: _Reading, reference: date | None) -> str | None:
    dateline = next((r.text for r in reading.removed if r.rule == "dateline"), None)
    if dateline is None or not reading.kept:
        return None
    return wire_dateline_date(dateline, reading.kept[0], reference=reference)


def _record(reading: _Reading, name: str, value: str) -> None:
    if name == "byline":
        reading.byline = reading.byline or value
    elif name == "editor":
        reading.editor = reading.editor or value
    else:
        for source in split_sources(value):
            reading.credit(source)


def _take_trailing_tag(reading: _Reading) -> None:
    """Cut the editor tag or wire credit that closes the story: "(hui)", "[sau]", "(AFP)"."""
    if not reading.kept:
        return
    last = reading.kept[-1]
    tag = trailing_tag(last)
    if tag is None:
        return
    if tag.is_wire:
        reading.credit(tag.value)
    else:
        reading.editor = reading.editor or tag.value
    reading.drop(last[tag.start :].strip(), "wire_tag" if tag.is_wire else "editor_tag", "metadata")
    rest = last[: tag.start].rstrip()
    if rest:
        reading.kept[-1] = rest
    else:
        reading.kept.pop()
