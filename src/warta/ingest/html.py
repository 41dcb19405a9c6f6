"""Main text and metadata of a saved HTML page, as an HtmlExtract.

Built on trafilatura; what warta adds on top of it:

- tree repairs before extraction (:mod:`warta.ingest.html_tree`): article bodies split into
  same-class sibling chunks are joined, inline hover cards/tooltips and hidden nodes dropped;
- two passes, precision mode first, falling back to recall mode when the precise text is
  short against what the page offers (precision mode sometimes picks a teaser and nothing else);
- line clean-up (:mod:`warta.ingest.html_lines`): the headline repeated as the first line,
  share/follow/newsletter/related/"read more" lines, bylines and credits, "Click To Tweet"
  tails and trailing tag lists are dropped;
- metadata (title, canonical URL, site name, publication date, language) from the page itself.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import trafilatura
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no stubs
from trafilatura.utils import load_html

from warta.ingest.html_lines import clean_lines
from warta.ingest.html_tree import repair_tree
from warta.types import Removal

# A line of running text: long, with a sentence ending in it (in any script).
_PROSE_LINE = re.compile(r"^(?=.{60,}).*[.!?。！？](?:[\"”’»)]|\s|$)", re.MULTILINE)
# Text this long is kept even without running text (a schedule, a results table).
_MIN_LIST_ARTICLE = 250
# Below this share of the recall-mode text, the precision-mode text is taken as a missed body.
_PRECISION_SHARE = 0.5


@dataclass(frozen=True)
class HtmlExtract:
    """What one HTML page yields: its main text and whatever metadata the page declares."""

    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    removed: tuple[Removal, ...] = ()


def _run(tree: HtmlElement, *, url: str | None, precision: bool, metadata: bool) -> dict[str, Any]:
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        favor_precision=precision,
        favor_recall=not precision,
        include_comments=False,
        with_metadata=metadata,
    )
    if doc is None:
        return {}
    data: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return data


def _text(data: dict[str, Any]) -> str:
    return unicodedata.normalize("NFC", str(data.get("text") or ""))


def has_prose(text: str) -> bool:
    """Whether ``text`` holds at least one line of running text, as any article does."""
    return _PROSE_LINE.search(text) is not None


def extract_html(html: str, *, url: str | None = None) -> HtmlExtract:
    """The article body and metadata of ``html``; ``text`` is empty when the page has no article."""
    tree = load_html(html) if html.strip() else None
    if tree is None:
        return HtmlExtract(text="")
    repair_tree(tree)
    meta = _run(tree, url=url, precision=True, metadata=True)
    text = _text(meta)
    recall = _text(_run(tree, url=url, precision=False, metadata=False))
    if len(text) < _PRECISION_SHARE * len(recall):
        text = recall
    if not has_prose(text) and len(text) < _MIN_LIST_ARTICLE:
        # Footer or navigation scraps are what extractors fall back to on a page with no article.
        text = ""
    title = meta.get("title") or None
    cleaned = clean_lines(text, title=title)
    return HtmlExtract(
        text=cleaned.text,
        title=title,
        url=meta.get("url") or url,
        outlet=meta.get("sitename") or None,
        published=meta.get("date") or None,
        language=meta.get("language") or None,
        removed=cleaned.removed,
    )
