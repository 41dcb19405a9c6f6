"""Files and folders: pick each file's reader, walk folders in a fixed order, turn IO failures into Skipped.

Folders are read recursively in sorted order, leaving out hidden files and folders (names starting with
``.``). A folder read takes files whose extension names a format (see
:data:`warta.ingest.formats.SUPPORTED`) and files with no extension, which are sniffed and read when they
decode as text; other files (images, PDFs, ``.json``, ``.md`` ...) are passed over silently, since folders
often hold them beside the articles. Feeds and sitemaps (``.xml``, ``.rss``, ``.atom``) are read only
when named, never from a folder (a folder's ``.xml`` files are seldom feeds); a feed or sitemap file
is data, read for the entries it carries in full, and no URL in it is fetched. A ``MANIFEST.json`` at
the folder's top gives per-file metadata (see :mod:`warta.ingest.sidecar`). A file named explicitly is always read, sniffing its content when its
extension does not say the format, and a binary one gives a Skipped.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, cast

from warta.ingest.formats import HTML, JSONL, SUPPORTED, WARC, XML, format_of, has_no_suffix, is_gzip, sniff
from warta.ingest.jsonl import jsonl_documents
from warta.ingest.page import html_document
from warta.ingest.sidecar import load_sidecar
from warta.ingest.text import binary, text_document
from warta.types import RawDocument, Skipped

# One article file beyond this is a mistake (a dump, a database), not an article; JSON Lines is streamed.
MAX_ARTICLE_BYTES = 32 * 1024 * 1024
_SNIFF_BYTES = 4096


def read_path(path: Path, *, fields: Mapping[str, str]) -> Iterator[RawDocument | Skipped]:
    """Every article under ``path``: a file, or a folder read recursively; Skipped when it is missing."""
    if path.is_dir():
        yield from read_folder(path, fields=fields)
    elif path.exists():
        yield from read_file(path, fields=fields)
    else:
        yield Skipped(str(path), "no such file or directory", hint="check the path")


def read_folder(folder: Path, *, fields: Mapping[str, str]) -> Iterator[RawDocument | Skipped]:
    """Every article in ``folder`` and its subfolders, in sorted order; one Skipped if none is readable."""
    yielded = False
    sidecar = load_sidecar(folder)
    for path in walk(folder):
        for item in read_file(path, fields=fields):
            if sidecar is not None and isinstance(item, RawDocument):
                item = sidecar.apply(path, item)
            # A file with no extension is only a guess at an article: when it is binary, pass it over.
            if has_no_suffix(path) and item == binary(str(path)):
                continue
            yielded = True
            yield item
    if not yielded:
        yield Skipped(str(folder), "no readable files in this folder", hint=f"add articles as {SUPPORTED}")


def walk(folder: Path) -> Iterator[Path]:
    """The files a folder read looks at, depth first in sorted name order, hidden ones left out."""
    seen: set[str] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        real = os.path.realpath(current)
        if real in seen:  # a symlink back up the tree would otherwise loop forever
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError:
            continue
        subfolders: list[Path] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(current, entry.name)
            if _is_dir(entry):
                subfolders.append(path)
            elif format_of(path) not in (None, XML) or has_no_suffix(path):
                # Feeds and sitemaps are read only when named (or given as URLs): a folder's
                # .xml files are seldom feeds.
                yield path
        # Files of a folder come before its subfolders; subfolders in name order (LIFO stack, so reversed).
        stack.extend(reversed(subfolders))


def read_file(path: Path, *, fields: Mapping[str, str]) -> Iterator[RawDocument | Skipped]:
    """The articles in one file, by its extension or, when that says nothing, by its first bytes."""
    source = str(path)
    fmt = format_of(path)
    if fmt == WARC:  # streamed record by record, however big
        from warta.ingest.warc import warc_documents

        yield from warc_documents(path)
        return
    try:
        if fmt == JSONL:
            with _open(path) as stream:
                yield from jsonl_documents(stream, source=source, fields=fields)
            return
        data = _read_capped(path)
    except (OSError, EOFError, zlib.error) as exc:
        yield _unreadable(source, exc, gz=is_gzip(path))
        return
    if data is None:
        yield Skipped(
            source,
            f"larger than {MAX_ARTICLE_BYTES // 2**20} MB, too big for one article",
            hint="split it into one file per article, or write it as JSON Lines (.jsonl)",
        )
        return
    yield from read_bytes(data, source=source, fmt=fmt, fields=fields)


def read_bytes(
    data: bytes, *, source: str, fmt: str | None, fields: Mapping[str, str]
) -> Iterator[RawDocument | Skipped]:
    """The articles in ``data`` read as ``fmt`` (sniffed when None)."""
    fmt = fmt or sniff(data[:_SNIFF_BYTES])
    if fmt == JSONL:
        yield from jsonl_documents(io.BytesIO(data), source=source, fields=fields)
    elif fmt == HTML:
        yield html_document(data, source=source)
    elif fmt == XML:
        from warta.ingest.fetch_pages import xml_documents  # imports the HTTP client only when needed

        yield from xml_documents(data, source=source)
    else:
        yield text_document(data, source=source)


def _open(path: Path) -> IO[bytes]:
    if is_gzip(path):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _read_capped(path: Path) -> bytes | None:
    """The file's bytes (decompressed), or None when there are more than MAX_ARTICLE_BYTES of them."""
    if not is_gzip(path) and path.stat().st_size > MAX_ARTICLE_BYTES:
        return None  # known from its size, without reading it
    with _open(path) as stream:
        data = stream.read(MAX_ARTICLE_BYTES + 1)
    return None if len(data) > MAX_ARTICLE_BYTES else data


def _unreadable(source: str, exc: BaseException, *, gz: bool) -> Skipped:
    if gz and not isinstance(exc, PermissionError | FileNotFoundError | IsADirectoryError):
        return Skipped(source, f"not a readable gzip file ({exc})", hint="re-download or decompress it")
    reason = getattr(exc, "strerror", None) or str(exc)
    return Skipped(source, f"cannot be read ({reason})", hint="check that the file exists and is readable")


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False
