"""Credited sources and outlets folded to one comparable key each ("Reuters", "reuters.com" -> "reuters").

>>> source_key("Channel NewsAsia")
'cna'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from warta.stories.records import Record

# Credited wire and broadcaster names, folded to one key each: "Sumber: CNA" and "Channel NewsAsia"
# are the same origin.
WIRES: Mapping[str, str] = {
    "afp": "afp",
    "agence france-presse": "afp",
    "agence france presse": "afp",
    "reuters": "reuters",
    "ap": "ap",
    "associated press": "ap",
    "bbc": "bbc",
    "bbc indonesia": "bbc",
    "cna": "cna",
    "channel newsasia": "cna",
    "channelnewsasia": "cna",
    "antara": "antara",
    "antaranews": "antara",
    "antara news": "antara",
    "xinhua": "xinhua",
    "bloomberg": "bloomberg",
    "kyodo": "kyodo",
    "yonhap": "yonhap",
    "dpa": "dpa",
    "anadolu": "anadolu",
    "al jazeera": "al jazeera",
    "aljazeera": "al jazeera",
    "bernama": "bernama",
}
_PUNCT = re.compile(r"[^\w\s-]+")


def source_key(name: str) -> str:
    """A credited source or outlet folded to one comparable key ("Reuters", "reuters.com" -> "reuters")."""
    key = _PUNCT.sub(" ", name.lower().replace(".co.id", "").replace(".com", "").replace("www.", ""))
    key = " ".join(key.split())
    return WIRES.get(key, key)


def wire_of(record: Record) -> str | None:
    """The first credited source, folded (the article re-tells that source's report)."""
    for credited in record.credited_sources:
        if key := source_key(credited):
            return key
    return None
