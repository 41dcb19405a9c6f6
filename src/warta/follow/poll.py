"""One polling round: every source's feeds and sitemaps, the new pages they list, into the archive.

Feeds are asked with their saved validators, so an unchanged feed costs one 304. A page is keyed by
:func:`~warta.ingest.fetch_urls.page_key` of its URL and of its declared canonical URL, so an AMP or
mobile copy of a page already stored is recorded as a copy and not stored twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from warta.follow.report import RoundReport, SourceReport, failure_reason
from warta.follow.sources import Source
from warta.ingest.feeds import FeedEntry, entry_document, is_feed, parse_feed
from warta.ingest.fetch import Fetcher, Response
from warta.ingest.fetch_pages import response_document
from warta.ingest.fetch_urls import canonical_url, normalize_url, page_key
from warta.ingest.sitemaps import gunzip_capped, is_sitemap, parse_sitemap
from warta.pipeline import article_id
from warta.store import Archive
from warta.store.follow_state import FollowState, Seen
from warta.types import RawDocument, Skipped

MAX_SITEMAP_DEPTH = 2
_SNIFF = 2048


@dataclass(frozen=True)
class Link:
    """A page a feed or sitemap lists, with what the listing says about it."""

    url: str
    title: str | None = None
    published: str | None = None
    entry: FeedEntry | None = None


@dataclass
class _Tally:
    """What one round has done so far (mutable while the round runs)."""

    added: int = 0
    fetched: int = 0
    unchanged: int = 0
    copies: int = 0
    touched: dict[str, None] = field(default_factory=dict)
    new: dict[str, None] = field(default_factory=dict)
    failures: list[Skipped] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    asked: int = 0  # feeds and sitemaps asked
    read: int = 0  # of those, answered with a listing
    page_failures: int = 0
    sources: list[SourceReport] = field(default_factory=list)


class Follower:
    """Polls sources into an archive; holds no state of its own beyond what the store keeps."""

    def __init__(
        self, archive: Archive, state: FollowState, fetcher: Fetcher, *, backend: str = "local"
    ) -> None:
        self.archive = archive
        self.state = state
        self.fetcher = fetcher
        self.backend = backend

    def poll(
        self, sources: Sequence[Source], *, number: int = 1, stop: Callable[[], bool] = lambda: False
    ) -> RoundReport:
        """One round over ``sources``; ``stop()`` is checked between items, ending the round early."""
        before = self.state.fact_signatures()
        tally = _Tally()
        stopped = False
        for source in sources:
            if stop():
                stopped = True
                break
            stopped = self._source(source, tally, stop)
            if stopped:
                break
        after = self.state.fact_signatures()
        changed = [s for s in tally.touched if s not in tally.new and before.get(s) != after.get(s)]
        return RoundReport(
            number=number,
            new_articles=tally.added,
            new_stories=tuple(tally.new),
            updated_stories=tuple(s for s in tally.touched if s not in tally.new),
            changed_facts=tuple(changed),
            pages_fetched=tally.fetched,
            listings_unchanged=tally.unchanged,
            copies=tally.copies,
            failures=tuple(tally.failures),
            skipped=tuple(tally.skipped),
            stopped=stopped,
            sources=tuple(tally.sources),
        )

    def _source(self, source: Source, tally: _Tally, stop: Callable[[], bool]) -> bool:
        """Poll one source; True when ``stop()`` cut it short."""
        links: dict[str, Link] = {}
        errors: list[str] = []
        before = (tally.asked, tally.read, tally.unchanged, tally.page_failures)
        for url in source.feeds + source.sitemaps:
            for link in self._listing(url, source, tally, errors, depth=0):
                links.setdefault(page_key(link.url), link)
        fresh = self.state.unseen(list(links))
        if source.limit is not None:
            fresh = fresh[: source.limit]
        docs: list[RawDocument] = []
        seen: list[Seen] = []
        stopped = False
        claimed: set[str] = set()
        step = max(1, self.fetcher.options.workers)
        for i in range(0, len(fresh), step):
            if stop():
                stopped = True
                break
            chunk = [links[k] for k in fresh[i : i + step]]
            for link, item in zip(chunk, self._pages(chunk, tally), strict=True):
                self._settle(source, link, item, docs, seen, claimed, tally)
        added = 0
        if docs:
            # briefs now: a round compares each story's facts before and after it
            result = self.archive.add_documents(docs, backend=self.backend, briefs=True)
            added = result.added
            tally.added += added
            tally.touched.update(dict.fromkeys(result.stories_touched))
            tally.new.update(dict.fromkeys(result.new_stories))
        self.state.mark(seen)
        self.state.source_polled(source.name, added=added, error="; ".join(errors) or None)
        asked, read, unchanged, page_failures = (
            now - then
            for now, then in zip(
                (tally.asked, tally.read, tally.unchanged, tally.page_failures), before, strict=True
            )
        )
        tally.sources.append(
            SourceReport(source.name, asked, read, unchanged, added, tuple(errors), page_failures)
        )
        return stopped

    def _listing(
        self, url: str, source: Source, tally: _Tally, errors: list[str], *, depth: int
    ) -> Iterator[Link]:
        """The links a feed or sitemap (or sitemap index, followed) lists; nothing when it is unchanged."""
        saved = self.state.validators(url)
        tally.asked += 1
        answer = self.fetcher.get(
            url, etag=saved.etag if saved else None, last_modified=saved.last_modified if saved else None
        )
        if answer.not_modified:
            tally.unchanged += 1
            return
        if not answer.ok:
            tally.failures.append(_failed(answer, source))
            errors.append(f"{url}: {failure_reason(answer.error, answer.status)}")
            return
        body = gunzip_capped(answer.body)
        if is_feed(body[:_SNIFF]):
            tally.read += 1
            feed = parse_feed(body)
            for entry in feed.entries if feed is not None else ():
                if entry.link:
                    yield Link(normalize_url(entry.link), entry.title, entry.published, entry)
        elif is_sitemap(body[:_SNIFF]):
            tally.read += 1
            sitemap = parse_sitemap(body)
            for item in sitemap.urls:
                yield Link(normalize_url(item.loc), item.title, item.published or item.lastmod)
            if depth < MAX_SITEMAP_DEPTH:
                for child in sitemap.sitemaps:
                    yield from self._listing(child, source, tally, errors, depth=depth + 1)
        else:
            tally.failures.append(Skipped(url, "not a feed or sitemap", hint=f"check {source.name}'s URLs"))
            errors.append(f"{url}: not a feed or sitemap")
            return
        # Saved only once the listing was read, so a crash before this refetches it rather than skip it.
        self.state.save_validators(
            url, etag=answer.etag, last_modified=answer.last_modified, status=answer.status
        )

    def _pages(self, links: Sequence[Link], tally: _Tally) -> list[RawDocument | Response]:
        """Each link's article: from the feed when it carries the full text, else the fetched page."""
        out: list[RawDocument | Response | None] = []
        wanted: list[str] = []
        for link in links:
            doc = entry_document(link.entry, source=link.url) if link.entry is not None else None
            out.append(doc)
            if doc is None:
                wanted.append(link.url)
        answers = iter(self.fetcher.get_many(wanted))
        tally.fetched += len(wanted)
        return [item if item is not None else next(answers) for item in out]

    def _settle(
        self,
        source: Source,
        link: Link,
        item: RawDocument | Response,
        docs: list[RawDocument],
        seen: list[Seen],
        claimed: set[str],
        tally: _Tally,
    ) -> None:
        """Turn one link's outcome into a stored document or a recorded reason, and mark it seen."""
        key = page_key(link.url)
        if isinstance(item, Response):
            if not item.ok:
                failure = _failed(item, source)
                tally.failures.append(failure)
                tally.page_failures += 1
                # A 4xx or robots.txt answer is final; timeouts and 5xx are tried again next round.
                final = 400 <= item.status < 500 or item.error == "disallowed by robots.txt"
                status = "skipped" if final else "failed"
                seen.append(Seen(key, link.url, source.name, status, reason=failure.reason))
                return
            canonical = canonical_url(item.body[:65536].decode("utf-8", "replace"), base=item.final_url)
            other = page_key(canonical) if canonical else key
            if other != key and (other in claimed or not self.state.unseen([other])):
                tally.copies += 1
                seen.append(Seen(key, link.url, source.name, "copy", reason=f"a copy of {canonical}"))
                return
            claimed.update((key, other))
            found = response_document(item, source=link.url)
        else:
            other, found = key, item
        if isinstance(found, Skipped):
            tally.skipped.append(found)
            seen.append(Seen(key, link.url, source.name, "skipped", reason=found.reason))
            return
        doc = _with_hints(found, source, link)
        docs.append(doc)
        aid = article_id(doc)
        seen.extend(Seen(k, doc.url or link.url, source.name, "stored", article_id=aid) for k in {key, other})


def _with_hints(doc: RawDocument, source: Source, link: Link) -> RawDocument:
    """The source's hints and the listing's title and date where the page gave none."""
    return replace(
        doc,
        outlet=source.outlet or doc.outlet or source.name,
        language=source.language or doc.language,
        title=doc.title or link.title,
        published=doc.published or link.published,
    )


def _failed(answer: Response, source: Source) -> Skipped:
    return Skipped(
        answer.url,
        f"{source.name}: could not be fetched ({failure_reason(answer.error, answer.status)})",
        hint="it is tried again next round"
        if answer.status == 0 or answer.status >= 500
        else "check the URL",
    )
