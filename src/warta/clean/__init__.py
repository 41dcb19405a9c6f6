r"""warta.clean: strip portal boilerplate from article text and read its metadata (dateline, byline, credits).

>>> from warta.types import RawDocument
>>> text = "Liputan6.com, Bandung - Hujan turun.\nAdvertisement"
>>> cleaned = clean(RawDocument(source="x", text=text, raw=text, format="text"))
>>> cleaned.text, cleaned.metadata.outlet, cleaned.metadata.dateline
('Hujan turun.', 'Liputan6', 'Bandung')
"""

from __future__ import annotations

from warta.clean.cleaner import clean
from warta.clean.outlets import detect_outlet
from warta.clean.published import published_date
from warta.clean.repeated import find_repeated_lines, normalise_line

__all__ = ["clean", "detect_outlet", "find_repeated_lines", "normalise_line", "published_date"]
