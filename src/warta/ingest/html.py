"""Main text and metadata of a saved HTML page, as an HtmlExtract.

Built on trafilatura; what warta adds on top of it (F1 0.981 against trafilatura's best 0.964 and
readability-lxml's 0.949 on the 181-page Scrapinghub benchmark, ``warta eval extraction
../shared/data/extraction``; ``scripts/ablate_extraction.py`` measures each step):

- tree repairs before extraction (:mod:`warta.ingest.html_tree`): an article body split into
  same-class chunks (ads between them) is joined, embedded tweets are lifted out of the widget
  wrappers that get them pruned, and inline hover cards and "related / baca juga" link lists go;
- precision mode first; only when its text is short (under ``_RECALL_CHECK_CHARS``, where a
  kept teaser and a lost body show) does a recall-mode pass run, and its text is taken when the
  precise one is under half of it. On the benchmark one page in 181 needs it, and running the
  second pass on every page cost about 40% of the extraction time;
- no text at all when what is left is footer or navigation scraps rather than running text;
- line clean-up (:mod:`warta.ingest.html_lines`): the headline (and its deck) restated in the
  body, share/follow/newsletter/related/"read more"/"baca juga" lines and the link lists under
  them, reading times, credit lines and time stamps, shortcodes and "Click To Tweet" tails are
  dropped, each reported in ``removed`` with its rule;
- metadata read from the page: title, canonical URL, site name, publication date, language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from copy import deepcopy
from dataclasses import dataclass
from typing import Any

import trafilatura
from lxml.html import HtmlElement  # lxml ships no stubs
from trafilatura.utils import load_html

from warta.ingest.html_lines import CleanedLines, clean_lines
from warta.ingest.html_tree import repair_tree
from warta.types import Removal

# A line of running text: long, with a sentence ending in it (in any script).
_PROSE_LINE = re.compile(r"^(?=.{60,}).*[.!?。！？](?:[\"”’»)]|\s|$)", re.MULTILINE)
# Text this long is kept even without running text (a schedule, a results table).
_MIN_LIST_ARTICLE = 250
# Below this share of the recall-mode text, the precision-mode text is taken as a missed body.
_PRECISION_SHARE = 0.5
# Precise text at least this long is never a teaser left in place of the body: no recall pass.
_RECALL_CHECK_CHARS = 1500


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
    return _as_dict(doc)


def _as_dict(doc: Any) -> dict[str, Any]:
    if doc is None:
        return {}
    data: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return data


def _text(data: dict[str, Any]) -> str:
    return unicodedata.normalize("NFC", str(data.get("text") or ""))


def has_prose(text: str) -> bool:
    """Whether ``text`` holds at least one line of running text, as any article does."""
    return _PROSE_LINE.search(text) is not None


def extract_html(
    html: str, *, url: str | None = None, skip_repairs: Collection[str] = (), clean: bool = True
) -> HtmlExtract:
    """The article body and metadata of ``html``; ``text`` is empty when the page has no article.

    ``skip_repairs`` (names of :data:`warta.ingest.html_tree.REPAIRS`) and ``clean=False`` (no
    line clean-up) exist to measure what each step adds (``scripts/ablate_extraction.py``).
    """
    tree = load_html(html) if html.strip() else None
    if tree is None:
        return HtmlExtract(text="")
    repair_tree(tree, skip=skip_repairs)
    meta = _run(tree, url=url, precision=True, metadata=True)
    text = _text(meta)
    if len(text) < _RECALL_CHECK_CHARS:
        recall = _text(_run(tree, url=url, precision=False, metadata=False))
        if len(text) < _PRECISION_SHARE * len(recall):
            text = recall
    if not has_prose(text) and len(text) < _MIN_LIST_ARTICLE:
        # Footer or navigation scraps are what extractors fall back to on a page with no article.
        text = ""
    if not meta:
        # Trafilatura drops the metadata with an empty text; the page still names itself.
        meta = _as_dict(trafilatura.extract_metadata(deepcopy(tree), default_url=url))
    title = meta.get("title") or None
    cleaned = clean_lines(text, title=title) if clean else CleanedLines(text.strip(), ())
    return HtmlExtract(
        text=cleaned.text,
        title=title,
        url=meta.get("url") or url,
        outlet=meta.get("sitename") or None,
        published=meta.get("date") or None,
        language=meta.get("language") or None,
        removed=cleaned.removed,
    )
