"""Standard input (or any byte stream): sniff it, then stream JSON Lines or read one text/HTML article."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import IO

from warta.ingest.files import MAX_ARTICLE_BYTES, read_bytes
from warta.ingest.formats import JSONL, sniff
from warta.ingest.jsonl import jsonl_documents
from warta.types import RawDocument, Skipped

STDIN = "<stdin>"
_SNIFF_BYTES = 4096


def read_stream(
    stream: IO[bytes], *, fields: Mapping[str, str], source: str = STDIN
) -> Iterator[RawDocument | Skipped]:
    """The articles on ``stream``: JSON Lines (lines named ``source:LINE``) when it starts with ``{``,
    an HTML page when it looks like one, else one plain-text article named ``source``."""
    head = _read_head(stream)
    fmt = sniff(head)
    if fmt == JSONL:
        yield from jsonl_documents(_lines(head, stream), source=source, fields=fields)
        return
    data = head + stream.read(MAX_ARTICLE_BYTES + 1 - len(head))
    if len(data) > MAX_ARTICLE_BYTES:
        yield Skipped(
            source,
            f"more than {MAX_ARTICLE_BYTES // 2**20} MB, too big for one article",
            hint="send one article, or JSON Lines with one article a line",
        )
        return
    yield from read_bytes(data, source=source, fmt=fmt, fields=fields)


def _read_head(stream: IO[bytes]) -> bytes:
    """Up to _SNIFF_BYTES from the start; loops because a raw pipe may return short reads."""
    head = b""
    while len(head) < _SNIFF_BYTES:
        chunk = stream.read(_SNIFF_BYTES - len(head))
        if not chunk:
            break
        head += chunk
    return head


def _lines(head: bytes, stream: IO[bytes]) -> Iterator[bytes]:
    """The lines of ``head`` followed by the rest of ``stream``, read one line at a time."""
    *complete, partial = head.split(b"\n")
    for line in complete:
        yield line + b"\n"
    rest = partial + stream.readline()
    if rest:
        yield rest
    yield from stream
