"""Outlet display names: from a dateline's site, a page's host, or the outlet's own promotion lines.

A name is normalised for display: "REPUBLIKA.CO.ID" -> "Republika", "TRIBUNJABAR.ID" -> "Tribun Jabar",
"KOMPAS.TV" -> "Kompas TV", "detikNews" -> "detik"; a brand written with its ``.id`` domain in mixed case
("iNews.id", "Lintasjaya.id") keeps it.

>>> [display_name(s) for s in ["REPUBLIKA.CO.ID", "TEMPO.CO", "KOMPAS.TV", "detikNews", "iNews.id"]]
['Republika', 'Tempo', 'Kompas TV', 'detik', 'iNews.id']

These are spelling rules only; :func:`warta.clean.outlets.canonical_outlet` maps the result to a known outlet.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from warta.lazy_regex import lazy

# Domain endings that are not part of an outlet's name ("Kompas.com" is Kompas).
_DROPPED = re.compile(r"\.(?:co\.id|or\.id|web\.id|my\.id|com|co|net|org|news|info|biz)$", re.IGNORECASE)
_TV = re.compile(r"\.tv$", re.IGNORECASE)
_ID = re.compile(r"\.id$", re.IGNORECASE)


# A network's brand with a lower-case stem and a capitalised desk: "detikNews", "kumparanBISNIS".
_desk = lazy(r"(?P<stem>[a-z]{4,})(?P<desk>[A-Z][A-Za-z]+)")


# Tribun Network's regional sites: "TRIBUNJABAR" is Tribun Jabar.
_tribun = lazy(r"tribun(?P<region>[a-z]{3,})", re.IGNORECASE)


_HOST_PREFIXES = frozenset("www m amp mobile news berita web".split())
_SECOND_LEVEL = frozenset("co or ac go web my sch net".split())


def display_name(site: str | None) -> str | None:
    """The name to show for an outlet written as ``site`` (a dateline's site, a page's name)."""
    if not site:
        return None
    name = re.sub(r"\s+", " ", site).strip(" .,:;-–—|")
    if not name:
        return None
    stem = re.sub(r"\.[A-Za-z.]+$", "", name)  # "SUKABUMIKITA.com" shouts its name, not its domain
    shouting = stem.upper() == stem and any(c.isalpha() for c in stem)
    if _DROPPED.search(name):
        name = _DROPPED.sub("", name)
    elif _TV.search(name):
        name = _TV.sub("", name) + " TV"
    elif _ID.search(name) and (shouting or name.endswith(".ID")):
        name = _ID.sub("", name)  # "TRIBUNJABAR.ID" shouts its domain; "iNews.id" is the brand
    desk = _desk().fullmatch(name)
    if desk is not None:
        return desk.group("stem")
    tribun = _tribun().fullmatch(name.replace(" ", ""))
    if tribun is not None and tribun.group("region").casefold() not in {"news", "newscom"}:
        return "Tribun " + tribun.group("region").capitalize()
    if shouting:
        name = " ".join(w if w in {"TV", "FM"} else w.capitalize() for w in name.split())
    return name or None


def host_outlet(url: str | None) -> str | None:
    """An outlet's name from its URL's host: "https://news.detik.com/..." -> "detik"."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return None
    parts = [p for p in host.split(".") if p]
    if len(parts) < 2 or all(p.isdigit() for p in parts):
        return None
    core = parts[-3] if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL else parts[-2]
    if core in _HOST_PREFIXES or len(core) < 2:
        return None
    return display_name(core)


# The outlet's own promotion lines name it: "Gabung ke Channel WhatsApp KompasTV ...",
# "... konten menarik lainnya dari BentengSumbar.com di Google News", "Tim detikcom".
_SELF = r"(?P<o>[A-Za-z0-9][\w.+-]*[A-Za-z0-9+](?:\s+TV)?)"
_PROMOTIONS: tuple[re.Pattern[str], ...] = (
    re.compile(
        rf"(?:follow|ikuti|gabung(?:\s+ke)?|join|subscribe)\s+(?:whatsapp\s+|telegram\s+)?channel\s+"
        rf"(?:whatsapp\s+|telegram\s+)?{_SELF}\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?:lainnya|terbaru|terkini)\s+dari\s+{_SELF}\s+di\s+google\s+news\b", re.IGNORECASE),
    re.compile(rf"\b(?:ikuti|follow)\s+(?:berita\s+)?{_SELF}\s+di\s+google\s+news\b", re.IGNORECASE),
    re.compile(r"gabung\s+(?P<o>[A-Za-z0-9][\w.-]*\.(?:com|id|co))\+", re.IGNORECASE),
    re.compile(r"tim\s+(?P<o>[A-Za-z0-9][\w.-]*\.?(?:com|id|co))(?:\s*[-–—]\s*\S+)?", re.IGNORECASE),
)
_NOT_OUTLETS = frozenset("kami redaksi whatsapp telegram youtube instagram google berita".split())


def promoted_outlet(lines: list[str]) -> str | None:
    """The outlet named by its own promotion or team line, among ``lines``, if one names it."""
    for line in lines:
        if len(line) > 200:
            continue
        for pattern in _PROMOTIONS:
            m = pattern.match(line) or (pattern.search(line) if pattern.pattern[0] == "\\" else None)
            if m is None:
                continue
            name = m.group("o").rstrip(".+")
            if name.casefold() in _NOT_OUTLETS:
                continue
            if re.fullmatch(r"[A-Za-z]+TV", name):
                name = name[:-2] + " TV"  # "KompasTV" is Kompas TV
            return display_name(name)
    return None
