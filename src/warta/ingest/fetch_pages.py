"""Articles over HTTP: a page URL, a feed's entries, a sitemap's pages, each through the usual page reader.

>>> docs = list(read_url("https://example.com/feed.xml"))        # doctest: +SKIP

Feed and sitemap *files* come here too (:func:`xml_documents`), and they are data, never instructions:
a file (on disk or uploaded to ``warta serve``) gives the entries it carries in full, and no URL inside
it is fetched. Only a feed or sitemap the user named by URL has its teasers and pages fetched, politely,
through one :class:`Fetcher`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from warta.ingest.feeds import entry_document, feed_documents, is_feed, parse_feed
from warta.ingest.fetch import Fetcher, FetchOptions, Response
from warta.ingest.fetch_urls import canonical_url, normalize_url
from warta.ingest.page import html_document
from warta.ingest.sitemaps import gunzip_capped, is_sitemap, parse_sitemap
from warta.types import RawDocument, Skipped

_URL = re.compile(r"^https?://", re.I)
_SNIFF = 2048
# A sitemap index is followed this many levels down; outlets nest by year, month or section.
MAX_SITEMAP_DEPTH = 2


def is_url(value: str) -> bool:
    """Whether an input names an http(s) URL rather than a path."""
    return bool(_URL.match(value))


def read_url(
    url: str,
    *,
    fetcher: Fetcher | None = None,
    options: FetchOptions | None = None,
    limit: int | None = None,
) -> Iterator[RawDocument | Skipped]:
    """The articles at ``url``: the page itself, or a feed's or sitemap's articles (at most ``limit``).

    ``options`` configure the fetcher made when none is given (``allow_private`` for local servers).
    """
    own = fetcher is None
    client = fetcher or Fetcher(options=options)
    try:
        answer = client.get(url)
        if not answer.ok:
            yield _failed(answer)
            return
        body = gunzip_capped(answer.body)
        if is_feed(body[:_SNIFF]) or is_sitemap(body[:_SNIFF]):
            yield from xml_documents(body, source=url, fetcher=client, limit=limit)
        else:
            yield response_document(answer)
    finally:
        if own:
            client.close()


def xml_documents(
    data: bytes, *, source: str, fetcher: Fetcher | None = None, limit: int | None = None
) -> Iterator[RawDocument | Skipped]:
    """The articles of a feed or sitemap document: full feed entries as they are, other pages fetched.

    Without a ``fetcher`` nothing is fetched: the document is a file's, and a file is data, so teasers
    and sitemap pages are Skipped with a hint (give the URL itself to fetch them).
    """
    data = gunzip_capped(data)
    if fetcher is None:
        yield from _offline_documents(data, source=source, limit=limit)
        return
    if is_feed(data[:_SNIFF]):
        feed = parse_feed(data)
        if feed is None or not feed.entries:
            yield Skipped(source, "a feed with no entries", hint="check the feed URL or try again later")
            return
        entries = feed.entries[:limit] if limit is not None else feed.entries
        teasers: dict[str, None] = {}
        for entry in entries:
            doc = entry_document(entry, source=entry.link or source)
            if doc is not None:
                yield doc
            elif entry.link:
                teasers[entry.link] = None
        if teasers:
            yield from page_documents(teasers, fetcher=fetcher)
        return
    sitemap_urls = list(_sitemap_pages(data, source=source, fetcher=fetcher, depth=0))
    if not sitemap_urls:
        yield Skipped(source, "not a feed or sitemap with page URLs", hint="check the file")
        return
    pages = sitemap_urls[:limit] if limit is not None else sitemap_urls
    yield from page_documents(dict.fromkeys(pages), fetcher=fetcher)


def _offline_documents(data: bytes, *, source: str, limit: int | None) -> Iterator[RawDocument | Skipped]:
    """A feed or sitemap file's own articles: full feed entries; one Skipped for the pages it only lists."""
    if is_feed(data[:_SNIFF]):
        items = feed_documents(data, source=source)
        for n, item in enumerate(items):
            if limit is not None and n >= limit:
                return
            yield item
        return
    sitemap = parse_sitemap(data)
    listed = len(sitemap.urls) + len(sitemap.sitemaps)
    if not listed:
        yield Skipped(source, "not a feed or sitemap with page URLs", hint="check the file")
        return
    yield Skipped(
        source,
        f"a sitemap lists {listed} URL{'s' if listed != 1 else ''} but carries no article text, "
        "and URLs inside a file are never fetched",
        hint="give the sitemap's own URL to `warta add`, or list it in a `warta follow` sources file",
    )


def page_documents(urls: Iterable[str], *, fetcher: Fetcher) -> Iterator[RawDocument | Skipped]:
    """Each URL's article, fetched concurrently within the fetcher's limits, in the given order."""
    for answer in fetcher.get_many(urls):
        yield response_document(answer) if answer.ok else _failed(answer)


def response_document(answer: Response, *, source: str | None = None) -> RawDocument | Skipped:
    """The article in a fetched page; its URL is the page's declared canonical one when it has one."""
    where = source or answer.url
    if not answer.ok:
        return _failed(answer)
    doc = html_document(answer.body, source=where)
    if isinstance(doc, Skipped):
        return doc
    base = answer.final_url or answer.url
    return replace(doc, url=canonical_url(doc.raw, base=base) or normalize_url(base))


def sitemap_page_urls(data: bytes, *, fetcher: Fetcher | None) -> list[str]:
    """Every page URL a sitemap lists, following an index's child sitemaps through ``fetcher`` (if any)."""
    return list(_sitemap_pages(data, source="sitemap", fetcher=fetcher, depth=0))


def _sitemap_pages(data: bytes, *, source: str, fetcher: Fetcher | None, depth: int) -> Iterator[str]:
    sitemap = parse_sitemap(data)
    for item in sitemap.urls:
        yield item.loc
    if fetcher is None or not sitemap.sitemaps or depth >= MAX_SITEMAP_DEPTH:
        return
    for child in sitemap.sitemaps:
        answer = fetcher.get(child)
        if answer.ok:
            yield from _sitemap_pages(answer.body, source=child, fetcher=fetcher, depth=depth + 1)


def _failed(answer: Response) -> Skipped:
    return Skipped(
        answer.url,
        f"could not be fetched: {answer.error or f'HTTP {answer.status}'}",
        hint="check the URL, or try again later",
    )
