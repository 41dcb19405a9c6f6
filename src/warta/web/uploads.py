"""POST /articles bodies -> RawDocument items: JSON (one article object or a list) or uploaded files.

JSON objects take the same fields as a JSON Lines input line (``text``, ``title``, ``url``, ``outlet``,
``published``, ``language``); uploaded files are read like files on disk (.txt, .html, .jsonl, feeds,
sitemaps, .warc). An upload is data, never instructions: a feed gives the entries it carries in full,
a sitemap gives nothing but a reason, and no URL inside any upload is fetched.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from warta.ingest import field_map, format_of
from warta.ingest.files import read_bytes
from warta.ingest.formats import WARC
from warta.ingest.jsonl import line_document
from warta.types import RawDocument, Skipped
from warta.web.problems import Problem

_ONE_ARTICLE = 'send {"text": "...", "title": "...", "outlet": "...", "published": "YYYY-MM-DD"} or a list'


@dataclass(frozen=True)
class Parsed:
    """Documents read from a request and inputs skipped with their reasons."""

    docs: tuple[RawDocument, ...]
    skipped: tuple[Skipped, ...]


def utf8(body: bytes, *, what: str = "request body") -> str:
    """The body as text, or a 400 saying it must be UTF-8."""
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Problem(
            400,
            f"the {what} is not UTF-8 (byte {exc.start}: {body[exc.start : exc.start + 1]!r})",
            "encode JSON as UTF-8, or upload the file as multipart/form-data to have its encoding detected",
        ) from exc


def from_json_body(body: bytes, *, max_articles: int) -> Parsed:
    """Articles in a JSON body: one object or a list of objects."""
    if not body.strip():
        raise Problem(400, "the request body is empty", _ONE_ARTICLE)
    text = utf8(body)
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Problem(
            400, f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}", _ONE_ARTICLE
        ) from exc
    except RecursionError as exc:  # [[[[...]]]] a hundred thousand deep
        raise Problem(400, "malformed JSON: nested too deeply", _ONE_ARTICLE) from exc
    items = data if isinstance(data, list) else [data]
    if not items:
        raise Problem(400, "the list of articles is empty", _ONE_ARTICLE)
    if len(items) > max_articles:
        raise Problem(413, f"{len(items)} articles in one request; the limit is {max_articles}", "split it")
    fields = field_map()
    docs: list[RawDocument] = []
    skipped: list[Skipped] = []
    for i, item in enumerate(items):
        source = f"upload:{i + 1}" if isinstance(data, list) else "upload"
        if not isinstance(item, dict):
            raise Problem(400, f"item {i + 1} is a JSON {type(item).__name__}, not an object", _ONE_ARTICLE)
        got = line_document(json.dumps(item, ensure_ascii=False), source=source, fields=fields)
        if isinstance(got, Skipped):
            skipped.append(got)
        else:
            docs.append(got)
    return Parsed(tuple(docs), tuple(skipped))


def from_files(files: Iterable[tuple[str, bytes]], *, max_articles: int) -> Parsed:
    """Articles in uploaded files, each read by its name's format (sniffed when the name does not say)."""
    fields = field_map()
    docs: list[RawDocument] = []
    skipped: list[Skipped] = []
    for name, data in files:
        source = f"upload:{name}"
        fmt = format_of(name)
        items = (
            _warc(data, name=name) if fmt == WARC else read_bytes(data, source=source, fmt=fmt, fields=fields)
        )
        for got in items:
            if isinstance(got, Skipped):
                skipped.append(got)
            else:
                docs.append(got)
        if len(docs) > max_articles:
            raise Problem(413, f"more than {max_articles} articles in one request", "split the upload")
    if not docs and not skipped:
        raise Problem(400, "no file in the upload", 'send multipart/form-data with a "file" field')
    return Parsed(tuple(docs), tuple(skipped))


def _warc(data: bytes, *, name: str) -> Iterator[RawDocument | Skipped]:
    """The pages of an uploaded web archive (the reader streams from a file, so it gets a temporary one)."""
    from warta.ingest.warc import warc_documents

    suffix = "".join(Path(name).suffixes[-2:]) or ".warc"
    with tempfile.TemporaryDirectory(prefix="warta-upload-") as folder:
        path = Path(folder, f"upload{suffix}")
        path.write_bytes(data)
        for item in warc_documents(path):
            yield _renamed(item, path=str(path), name=name)


def _renamed(item: RawDocument | Skipped, *, path: str, name: str) -> RawDocument | Skipped:
    """``item`` with the temporary file's name replaced by the upload's."""
    return replace(item, source=item.source.replace(path, f"upload:{name}", 1))
