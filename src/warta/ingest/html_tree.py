"""Repairs to a parsed HTML page before main-text extraction: split bodies, hover cards, related lists."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from lxml.html import HtmlElement  # lxml ships no stubs

# Inline pop-ups (people cards, glossary tooltips) sit inside sentences; their text is never the body's.
_POPUP_CLASS = re.compile(r"(?:^|[\s_-])(?:rollover|tooltip|popover|hovercard|hover-card)(?:$|[\s_-])", re.I)
# Class names that mark an article body container (as opposed to ads or widgets between its chunks).
_BODY_CLASS = re.compile(r"(?:^|[\s_-])(?:body|content|text|story|article)(?:$|[\s_-])", re.I)
_NOT_BODY_CLASS = re.compile(r"comment|teaser|card|related|promo|sidebar", re.I)
# Headings that announce a list of links to other articles, not part of this one.
_RELATED_HEADER = re.compile(
    r"^(?:related\b|more\b.*\b(?:stories|articles|news|reading)\b|read more|read next|recommended"
    r"|you (?:may|might) also like|most (?:read|popular)|baca juga|berita terkait|artikel terkait"
    r"|berita lainnya|terpopuler|leia também|veja também)",
    re.IGNORECASE,
)
_MAX_HEADER_WORDS = 8
_EMBED_CLASS = re.compile(r"embed|social|tweet|twitter|widget", re.IGNORECASE)
_MAX_EMBED_LEVELS = 4
# How far up chunks of one body may part ways (a wrapper per chunk for the ad rail beside it).
_MAX_CHUNK_LEVELS = 3


def _classes(element: HtmlElement) -> str:
    return str(element.get("class") or "").strip()


def drop_popups(tree: HtmlElement) -> None:
    """Remove inline hover cards and tooltips, keeping the trigger a reader sees."""
    popups = [e for e in tree.iter("span", "div", "aside") if _POPUP_CLASS.search(_classes(e))]
    # A popup holding another popup is the wrapper around trigger and card: keep it, drop the card.
    doomed = [e for e in popups if not any(_POPUP_CLASS.search(_classes(d)) for d in e.iterdescendants())]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _ancestor(element: HtmlElement, levels: int) -> HtmlElement | None:
    node: HtmlElement | None = element
    for _ in range(levels):
        node = node.getparent() if node is not None else None
    return node


def _shared_ancestor(chunks: list[HtmlElement]) -> bool:
    """Whether the chunks sit under one ancestor a few levels up (cells of one article column)."""
    for levels in range(1, _MAX_CHUNK_LEVELS + 1):
        top = _ancestor(chunks[0], levels)
        if top is not None and all(_ancestor(c, levels) is top for c in chunks[1:]):
            return True
    return False


def merge_split_bodies(tree: HtmlElement) -> None:
    """Join an article body cut into same-class chunks (ads between them) into its first chunk.

    Extractors take the first node that looks like the body, so a body split into several
    chunks loses every chunk after the first.
    """
    groups: dict[tuple[str, str], list[HtmlElement]] = {}
    for element in tree.iter("div", "section", "article"):
        cls = _classes(element)
        if (
            cls
            and _BODY_CLASS.search(cls)
            and not _NOT_BODY_CLASS.search(cls)
            and element.find(".//p") is not None
        ):
            groups.setdefault((str(element.tag), cls), []).append(element)
    for chunks in groups.values():
        # Nested matches (a chunk inside another) are one body, not several.
        chunks = [c for c in chunks if not any(a in chunks for a in c.iterancestors())]
        if len(chunks) < 2 or not _shared_ancestor(chunks):
            continue
        first = chunks[0]
        for chunk in chunks[1:]:
            for node in list(chunk):
                first.append(node)
            chunk.drop_tree()


def drop_related_lists(tree: HtmlElement) -> None:
    """Remove link lists announced by a "related / more stories / baca juga" heading, with the heading."""
    doomed: list[HtmlElement] = []
    for listing in tree.iter("ul", "ol"):
        header = listing.getprevious()
        if header is None or not isinstance(header.tag, str) or header.tag in {"ul", "ol", "p"}:
            continue
        label = " ".join(header.text_content().split())
        if 0 < len(label.split()) <= _MAX_HEADER_WORDS and _RELATED_HEADER.search(label):
            doomed.extend((header, listing))
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def keep_embedded_tweets(tree: HtmlElement) -> None:
    """Lift embedded tweets out of their widget wrappers, so they stay in the text as quotes.

    A tweet an article embeds is part of its reporting, but the wrapper's class (social,
    embed, widget) makes extractors prune it as boilerplate.
    """
    for quote in tree.xpath('//blockquote[contains(concat(" ", @class, " "), " twitter-tweet ")]'):
        quote.attrib.pop("class", None)
        wrapper = None
        for ancestor in list(quote.iterancestors())[:_MAX_EMBED_LEVELS]:
            if not _EMBED_CLASS.search(_classes(ancestor)):
                break
            wrapper = ancestor
        parent = wrapper.getparent() if wrapper is not None else None
        if wrapper is not None and parent is not None:
            quote.tail = wrapper.tail
            parent.replace(wrapper, quote)


# Every repair by name, in the order applied (``scripts/ablate_extraction.py`` measures each one).
REPAIRS: tuple[tuple[str, Callable[[HtmlElement], None]], ...] = (
    ("embedded-tweets", keep_embedded_tweets),
    ("popups", drop_popups),
    ("related-lists", drop_related_lists),
    ("split-bodies", merge_split_bodies),
)


def repair_tree(tree: HtmlElement, *, skip: Collection[str] = ()) -> HtmlElement:
    """Apply every repair (but those named in ``skip``) in place and return the tree."""
    for name, repair in REPAIRS:
        if name not in skip:
            repair(tree)
    return tree
