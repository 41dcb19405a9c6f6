"""Polite HTTP fetching: timeouts, a size cap, per-host limits, retries, robots.txt, conditional GET.

>>> with Fetcher() as fetcher:                                  # doctest: +SKIP
...     page = fetcher.get("https://example.com/berita/1", etag='"abc"')
...     page.not_modified, page.final_url, page.redirects

Every failure is a :class:`Response` with ``error`` set (never an exception), so one bad URL among
thousands costs one line in a report.

Only public addresses are fetched: loopback, private, link-local and other non-public destinations
are refused after DNS and on every redirect (see :mod:`warta.ingest.fetch_guard`), unless
``FetchOptions(allow_private=True)``; so are URLs that are not http or https.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType

import httpx

from warta import __version__
from warta.errors import DestinationRefused
from warta.ingest.fetch_guard import PublicOnlyTransport, check_scheme
from warta.ingest.fetch_rate import HostLimits
from warta.ingest.fetch_robots import RobotsRules

AGENT = f"warta/{__version__} (+https://github.com/warta-news/warta)"
_CHUNK = 65536
_ROBOTS_MAX_BYTES = 512 * 1024
_NOT_WEB = "refused: redirected to a URL that is not http or https; only web pages are fetched"


@dataclass(frozen=True)
class FetchOptions:
    """How politely and how patiently to fetch."""

    timeout: float = 20.0  # seconds for connecting, and for the whole body
    max_bytes: int = 16 * 1024 * 1024  # a bigger body is an error, not an article
    interval: float = 1.0  # seconds between two requests to one host
    per_host: int = 2  # requests in flight to one host
    workers: int = 8  # requests in flight in all
    retries: int = 3  # further attempts after a 429, a 5xx or a failed connection
    backoff: float = 1.0  # first retry waits this long, then twice as long each time
    max_wait: float = 120.0  # a Retry-After longer than this is cut to it
    robots: bool = True
    agent: str = AGENT
    allow_private: bool = False  # fetch loopback and private addresses too (local testing only)


@dataclass(frozen=True)
class Response:
    """One fetch: what came back, where it came from, and why it failed when it did."""

    url: str
    status: int  # 0 when no HTTP answer came (timeout, refused, robots.txt)
    body: bytes = b""
    final_url: str = ""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    redirects: tuple[str, ...] = ()
    error: str | None = None
    attempts: int = 1
    headers: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def ok(self) -> bool:
        """A 2xx answer with its body."""
        return self.error is None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        """The server said the copy we hold is current (304)."""
        return self.status == 304


class _TooLarge(Exception):
    pass


class Fetcher:
    """An HTTP client with politeness built in; one per run, shared by every thread.

    ``transport`` replaces the public-only transport (tests pass ``httpx.MockTransport``).
    """

    def __init__(
        self,
        *,
        options: FetchOptions | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.options = options or FetchOptions()
        opts = self.options
        self._sleep = sleep
        self._client = httpx.Client(
            transport=transport or PublicOnlyTransport(allow_private=opts.allow_private),
            timeout=httpx.Timeout(opts.timeout),
            follow_redirects=True,
            headers={"User-Agent": opts.agent},
        )
        self.limits = HostLimits(interval=opts.interval, per_host=opts.per_host, sleep=sleep)
        self.robots = RobotsRules(self._robots_get, agent=opts.agent)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """``url``'s body, asking only for a changed copy when ``etag``/``last_modified`` are given."""
        opts = self.options
        try:
            check_scheme(url)
            httpx.URL(url)
        except DestinationRefused as exc:
            return Response(url, 0, final_url=url, error=str(exc))
        except httpx.InvalidURL as exc:
            return Response(url, 0, final_url=url, error=f"not a valid URL ({exc})")
        refused = self.robots.refusal(url) if opts.robots else None
        if refused is not None:
            return Response(url, 0, final_url=url, error=refused)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        delay = self.robots.crawl_delay(url) if opts.robots else None
        attempt = 0
        while True:
            attempt += 1
            with self.limits.slot(url, delay=delay):
                result = self._once(url, headers, opts.max_bytes, attempt)
            wait = self._retry_wait(result, attempt)
            if wait is None:
                return result
            self.limits.hold_off(url, wait)
            self._sleep(wait)

    def get_many(self, urls: Iterable[str]) -> Iterator[Response]:
        """Fetch ``urls`` on up to ``workers`` threads (per-host limits still hold), yielding in order."""
        with ThreadPoolExecutor(max_workers=max(1, self.options.workers)) as pool:
            yield from pool.map(self.get, urls)

    def _once(self, url: str, headers: dict[str, str], cap: int, attempt: int) -> Response:
        deadline = time.monotonic() + self.options.timeout
        try:
            with self._client.stream("GET", url, headers=headers) as answer:
                declared = answer.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > cap:
                    raise _TooLarge
                body = bytearray()
                for chunk in answer.iter_bytes(_CHUNK):
                    body.extend(chunk)
                    if len(body) > cap:
                        raise _TooLarge
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout("body took too long", request=answer.request)
                return _response(url, answer, bytes(body), attempt)
        except DestinationRefused as exc:  # a private address, at the start or after a redirect
            return Response(url, 0, final_url=url, error=str(exc), attempts=attempt)
        except httpx.UnsupportedProtocol:  # a redirect to ftp:, file: ...
            return Response(url, 0, final_url=url, error=_NOT_WEB, attempts=attempt)
        except httpx.InvalidURL as exc:  # a redirect to a URL that does not parse
            return Response(url, 0, final_url=url, error=f"not a valid URL ({exc})", attempts=attempt)
        except _TooLarge:
            return Response(url, 0, final_url=url, error=f"larger than {cap // 2**20} MB", attempts=attempt)
        except httpx.TimeoutException:
            return Response(url, 0, final_url=url, error="timed out", attempts=attempt)
        except httpx.TooManyRedirects:
            return Response(url, 0, final_url=url, error="too many redirects", attempts=attempt)
        except httpx.HTTPError as exc:
            return Response(url, 0, final_url=url, error=f"connection failed ({exc})", attempts=attempt)

    def _retry_wait(self, result: Response, attempt: int) -> float | None:
        """Seconds to wait before trying again, or None when this answer is final."""
        opts = self.options
        transient = result.status == 429 or result.status >= 500 or result.error is not None
        # A timeout is not retried: a host that hung once will likely hang again, at timeout's cost.
        if not transient or attempt > opts.retries or result.error in ("timed out", "too many redirects"):
            return None
        if result.error is not None and result.error.startswith(("larger than", "refused:", "not a valid")):
            return None
        backoff = opts.backoff * 2 ** (attempt - 1)
        after = _retry_after(result.headers.get("retry-after"))
        return min(opts.max_wait, after if after is not None else backoff)

    def _robots_get(self, url: str) -> tuple[int, bytes, str | None]:
        result = self._once(url, {}, _ROBOTS_MAX_BYTES, 1)
        if result.error is not None and result.error.startswith("refused:"):
            # Taken as no robots.txt, so the page's own fetch is refused by the same guard, saying why.
            return 404, b"", None
        return result.status, result.body, result.error


def _response(url: str, answer: httpx.Response, body: bytes, attempt: int) -> Response:
    status = answer.status_code
    error = None if 200 <= status < 300 or status == 304 else f"HTTP {status}"
    return Response(
        url=url,
        status=status,
        body=body if error is None else b"",
        final_url=str(answer.url),
        content_type=answer.headers.get("Content-Type", ""),
        etag=answer.headers.get("ETag"),
        last_modified=answer.headers.get("Last-Modified"),
        redirects=tuple(str(r.url) for r in answer.history),
        error=error,
        attempts=attempt,
        headers={k.lower(): v for k, v in answer.headers.items()},
    )


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: a number of seconds or an HTTP date."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
