"""URL normalisation, so one article reached two ways (tracking tags, AMP copy, mobile host) is one URL.

>>> normalize_url("HTTPS://Example.COM:443/a/b?utm_source=x&id=3#top")
'https://example.com/a/b?id=3'
>>> canonical_url('<link rel="canonical" href="/berita/1">', base="https://example.com/amp/berita/1")
'https://example.com/berita/1'
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that say how a reader arrived, not which page they asked for.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "ga_", "_hs", "hsa_")
_TRACKING_NAMES = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref", "ref_src", "cmpid", "share", "amp"}
)
_DEFAULT_PORTS = {"http": "80", "https": "443"}
# Mobile and AMP hosts that mirror the main site (m.detik.com, amp.kompas.com).
_MIRROR_HOSTS = re.compile(r"^(?:m|mobile|amp)\.(?=[^.]+\.[^.]+)")
# A path segment or suffix that marks the AMP copy of a page (/amp/..., .../amp, ...?amp=1, .amp.html).
_AMP_PATH = re.compile(r"(?:/amp(?=/)|/amp/?$|\.amp(?=\.html?$))")
# <link rel="canonical" href="..."> in either attribute order; pages declare it in <head>.
_LINK = re.compile(r"<link\b[^>]*>", re.I)
_REL_CANONICAL = re.compile(r"""\brel\s*=\s*["']?canonical\b""", re.I)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_HEAD_WINDOW = 65536


def normalize_url(url: str) -> str:
    """``url`` with scheme and host lower-cased, default port, fragment and tracking parameters dropped."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port if parts.port is not None and str(parts.port) != _DEFAULT_PORTS.get(scheme) else None
    netloc = f"{host}:{port}" if port is not None else host
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    )
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, query, ""))


def page_key(url: str) -> str:
    """The key two copies of one page share: the normalised URL with mobile/AMP host and path marks removed."""
    parts = urlsplit(normalize_url(url))
    host = _MIRROR_HOSTS.sub("", parts.netloc)
    path = _AMP_PATH.sub("", parts.path) or "/"
    return urlunsplit((parts.scheme, host, path, parts.query, ""))


def canonical_url(html: str, *, base: str) -> str | None:
    """The page's declared ``<link rel="canonical">``, absolute and normalised; None when it declares none."""
    for tag in _LINK.finditer(html[:_HEAD_WINDOW]):
        text = tag.group(0)
        if not _REL_CANONICAL.search(text):
            continue
        href = _HREF.search(text)
        target = next((g for g in href.groups() if g), "") if href else ""
        if target.strip():
            absolute = urljoin(base, target.strip())
            if urlsplit(absolute).scheme in ("http", "https"):
                return normalize_url(absolute)
    return None


def host_of(url: str) -> str:
    """``scheme://host[:port]`` of ``url``, the unit rate limits and robots.txt apply to."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_NAMES or lowered.startswith(_TRACKING_PREFIXES)
