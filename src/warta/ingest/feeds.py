"""RSS 2.0, RSS 1.0 and Atom feeds: entries with their link, title, date, summary and full content.

>>> feed = parse_feed(open("berita.xml", "rb").read())        # doctest: +SKIP
>>> [e.link for e in feed.entries]                            # doctest: +SKIP

A feed entry is an article when the feed carries its full text (``content:encoded``, Atom
``content``, or a long ``description``); otherwise it is a teaser, and the article is its link's page.
"""

from __future__ import annotations

import email.utils
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import feedparser

from warta.ingest.decode import normalise_newlines
from warta.ingest.fetch_urls import normalize_url
from warta.ingest.published import iso_day
from warta.types import RawDocument, Skipped

FEED = "feed"
# Fewer words than this is a teaser ("Baca selengkapnya..."), not an article's text.
MIN_ARTICLE_WORDS = 80
_FEED_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b", re.S
)
_BLOCK_END = re.compile(r"<(?:br\s*/?|/p|/div|/li|/h[1-6]|/blockquote|/tr)\s*>", re.I)
_DROP = re.compile(r"<(script|style|figure|figcaption)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_BLANKS = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class FeedEntry:
    """One feed item as the feed describes it."""

    link: str | None
    title: str | None
    published: str | None  # ISO date, the day as the feed wrote it
    summary: str  # plain text
    content: str  # plain text of the full content, "" when the feed has none
    id: str | None = None


@dataclass(frozen=True)
class Feed:
    """A parsed feed: its title, its site link and its entries in feed order."""

    title: str | None
    link: str | None
    entries: tuple[FeedEntry, ...]


def is_feed(head: bytes) -> bool:
    """Whether the first bytes are an RSS or Atom document."""
    return bool(_FEED_START.match(head.lstrip(b"\xef\xbb\xbf")))


def parse_feed(data: bytes) -> Feed | None:
    """The feed in ``data``; None when it is not a feed feedparser can read."""
    parsed: Any = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        return None
    meta = parsed.feed
    return Feed(
        title=_plain(meta.get("title")) or None,
        link=meta.get("link") or None,
        entries=tuple(_entry(e) for e in parsed.entries),
    )


def entry_text(entry: FeedEntry) -> str:
    """The entry's article text when the feed carries it in full; "" for a teaser."""
    for text in (entry.content, entry.summary):
        if len(text.split()) >= MIN_ARTICLE_WORDS:
            return text
    return ""


def entry_document(entry: FeedEntry, *, source: str, raw: str = "") -> RawDocument | None:
    """The entry as an article when the feed carries its full text; None for a teaser."""
    text = entry_text(entry)
    if not text:
        return None
    return RawDocument(
        source=source,
        text=text,
        raw=raw or text,
        format=FEED,
        title=entry.title,
        url=normalize_url(entry.link) if entry.link else None,
        published=entry.published,
    )


def feed_documents(data: bytes, *, source: str) -> Iterator[RawDocument | Skipped]:
    """The articles a feed file carries in full; a Skipped per teaser-only entry, saying how to get it."""
    feed = parse_feed(data)
    if feed is None:
        yield Skipped(source, "not an RSS or Atom feed", hint="check the file, or pass the page itself")
        return
    if not feed.entries:
        yield Skipped(source, "the feed has no entries", hint="try again later or check the feed URL")
    for n, entry in enumerate(feed.entries, start=1):
        where = f"{source}#{entry.link or n}"
        doc = entry_document(entry, source=where)
        if doc is not None:
            yield doc
        else:
            yield Skipped(
                where,
                "the feed has only a teaser of this article",
                hint="pass the feed's URL (or use `warta follow`) to fetch the article pages",
            )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: block ends become line breaks, tags go, entities are decoded."""
    text = _DROP.sub("", fragment)
    text = _BLOCK_END.sub("\n", text)
    text = html.unescape(_TAG.sub("", text))
    lines = (_BLANKS.sub(" ", line).strip() for line in normalise_newlines(text).split("\n"))
    return "\n\n".join(line for line in lines if line)


def feed_day(value: object) -> str | None:
    """A feed's date (RFC 822 in RSS, ISO 8601 in Atom) as the ISO day it was written in."""
    if not isinstance(value, str) or not value.strip():
        return None
    day = iso_day(value)
    if day is not None:
        return day
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat()


def _entry(e: Any) -> FeedEntry:
    contents = e.get("content") or []
    content = max((_plain(c.get("value")) for c in contents), key=len, default="")
    return FeedEntry(
        link=e.get("link") or None,
        title=_plain(e.get("title")) or None,
        published=feed_day(e.get("published") or e.get("updated")),
        summary=_plain(e.get("summary")),
        content=content,
        id=e.get("id") or None,
    )


def _plain(value: object) -> str:
    if not isinstance(value, str):
        return ""
    return html_to_text(value) if "<" in value or "&" in value else value.strip()
