"""WARC benchmark: records per second and peak memory reading and analysing a web archive.

The archive is built once (in a temporary folder) from ``--pages`` HTML pages: the 181 Scrapinghub
pages, then IndoSum articles wrapped in a plain news-page template, cycled until there are enough.
Each system runs in a fresh spawned process so its peak RSS is its own:

- ``warta/<backend>``: :func:`warta.ingest.warc.warc_documents` (HTML extraction on the backend) then
  :func:`warta.pipeline.pipe` (clean, language, sentences on the backend), for local, process, dask;
- ``trafilatura`` (the named baseline): ``trafilatura.extract`` over the same records, in one process.

Run from the repo root::

    .venv/bin/python bench/warc.py [--pages 5000] [--backends local,process,dask] [--shared PATH]
"""

from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import cycle, islice
from multiprocessing import get_context
from pathlib import Path

_PAGES = Path("data/extraction/scrapinghub/html")
_JSONL = Path("data/indosum/articles.jsonl")
_MB = 1024 * 1024
_TEMPLATE = (
    "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{title}</title>"
    "<meta property='og:site_name' content='{outlet}'></head><body>"
    "<nav><a href='/'>Beranda</a> <a href='/nasional'>Nasional</a> <a href='/ekonomi'>Ekonomi</a></nav>"
    "<article><h1>{title}</h1>{body}</article><footer>Hak cipta {outlet}</footer></body></html>"
)


@dataclass(frozen=True)
class Result:
    """One system's run over the archive."""

    system: str
    records: int
    kept: int
    skipped: int
    seconds: float
    peak_mb: float

    @property
    def per_second(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0


def _indosum_pages(shared: Path) -> Iterator[tuple[str, bytes]]:
    with (shared / _JSONL).open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in row["text"].split("\n") if p.strip())
            title = html.escape(row.get("title") or row["text"][:80])
            page = _TEMPLATE.format(title=title, outlet=html.escape(row.get("outlet") or ""), body=paragraphs)
            yield row.get("url") or f"https://indosum.example/{row['id']}", page.encode("utf-8")


def _scrapinghub_pages(shared: Path) -> Iterator[tuple[str, bytes]]:
    for path in sorted((shared / _PAGES).glob("*.html.gz")):
        yield f"https://scrapinghub.example/{path.name[:-8]}", gzip.decompress(path.read_bytes())


def build_archive(path: Path, *, shared: Path, pages: int) -> int:
    """Write a gzipped WARC of ``pages`` HTML response records; returns how many were written."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    source = cycle([*_scrapinghub_pages(shared), *_indosum_pages(shared)])
    written = 0
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n, (url, body) in enumerate(islice(source, pages)):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1")
            # A distinct URL per copy, as a crawl of many pages would have.
            record = writer.create_warc_record(
                f"{url}?copy={n}", "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
            written += 1
    return written


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024  # KiB on Linux; children's is the largest single child


def run_warta(archive: str, backend: str) -> Result:
    """warta's read + extract + analyse over the archive on ``backend``."""
    from warta.ingest.warc import warc_documents
    from warta.pipeline import pipe
    from warta.types import RawDocument

    start = time.perf_counter()
    docs: list[RawDocument] = []
    skipped = records = 0
    for item in warc_documents(Path(archive), backend=backend):
        records += 1
        if isinstance(item, RawDocument):
            docs.append(item)
        else:
            skipped += 1
    kept = sum(1 for _ in pipe(docs, backend=backend))
    seconds = time.perf_counter() - start
    return Result(f"warta/{backend}", records, kept, skipped, seconds, _peak_mb())


def run_trafilatura(archive: str) -> Result:
    """The baseline: trafilatura.extract (defaults) over the same response records, in one process."""
    import trafilatura
    from warcio.archiveiterator import ArchiveIterator

    start = time.perf_counter()
    records = kept = 0
    with open(archive, "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            records += 1
            text = trafilatura.extract(record.content_stream().read().decode("utf-8", "replace"))
            kept += bool(text)
    seconds = time.perf_counter() - start
    return Result("trafilatura.extract", records, kept, records - kept, seconds, _peak_mb())


def _spawned(fn: object, *args: str) -> Result:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        result: Result = pool.submit(fn, *args).result()  # type: ignore[arg-type]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pages", type=int, default=5000, help="HTML pages in the archive (default: 5000)")
    parser.add_argument("--backends", default="local,process,dask", help="comma-separated backends")
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("WARTA_SHARED", "../shared")))
    args = parser.parse_args(argv)
    if not (args.shared / _PAGES).is_dir() or not (args.shared / _JSONL).is_file():
        print(f"bench/warc.py: {args.shared} lacks {_PAGES} or {_JSONL}; pass --shared PATH", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="warta-bench-") as tmp:
        archive = Path(tmp, "bench.warc.gz")
        started = time.perf_counter()
        written = build_archive(archive, shared=args.shared, pages=args.pages)
        size = archive.stat().st_size / _MB
        print(
            f"# {written} HTML records, {size:.1f} MB gzipped WARC, built in {time.perf_counter() - started:.1f} s; "
            f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores"
        )
        results = [_spawned(run_trafilatura, str(archive))]
        for backend in [b.strip() for b in args.backends.split(",") if b.strip()]:
            results.append(_spawned(run_warta, str(archive), backend))
    print(
        f"{'system':<22} {'records':>8} {'kept':>6} {'skipped':>7} {'seconds':>8} {'rec/s':>7} {'peak MB':>8}"
    )
    for r in results:
        print(
            f"{r.system:<22} {r.records:>8} {r.kept:>6} {r.skipped:>7} {r.seconds:>8.1f} "
            f"{r.per_second:>7.1f} {r.peak_mb:>8.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
