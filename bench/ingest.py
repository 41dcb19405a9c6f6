"""Ingest benchmark: articles per second and peak memory of read + clean + language + sentences.

Two corpora, each against a named baseline timed in the same run:

- ``indosum``: the 3,463 IndoSum articles as JSON Lines text. warta's path is
  ``warta.ingest.read`` then ``warta.pipeline.pipe``; the baseline is a plain
  ``json.loads`` + ``str.splitlines()`` + ``sentencex.segment`` pass (trafilatura takes HTML only).
- ``html``: the 181 Scrapinghub pages (``*.html.gz``). warta's path is the same; the baseline is
  ``trafilatura.extract(html)`` with its defaults.

Each (corpus, system) runs in a fresh spawned process so that its max RSS is its own: a warm-up on
the first input (imports and lazy loads; reported, not counted), a timed pass, then a second pass
under ``tracemalloc`` for the traced peak (tracemalloc slows Python down, so it never runs in the
timed pass). Run from the repo root::

    .venv/bin/python bench/ingest.py [--limit N] [--shared PATH] [--backend local|process|dask]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from multiprocessing import get_context
from pathlib import Path

# Library imports happen inside the runners, in the measuring process, on purpose: the baseline's
# RSS must not include warta's modules, and import time belongs in the reported warm-up.

INDOSUM = "indosum"
HTML = "html"
OURS = "warta"
BASELINES = {INDOSUM: "sentencex + splitlines", HTML: "trafilatura.extract"}
_JSONL = Path("data/indosum/articles.jsonl")
_PAGES = Path("data/extraction/scrapinghub/html")
_MB = 1024 * 1024


@dataclass(frozen=True)
class Job:
    """One measurement to make: a system over a corpus."""

    corpus: str
    system: str
    shared: Path
    limit: int | None
    backend: str


@dataclass(frozen=True)
class Counts:
    """What one pass read and what it produced."""

    inputs: int
    articles: int


@dataclass(frozen=True)
class Measurement:
    """The figures of one system over one corpus."""

    corpus: str
    system: str
    inputs: int
    articles: int
    warmup_s: float
    seconds: float
    cpu_s: float
    traced_peak_mb: float
    max_rss_mb: float
    worker_rss_mb: float | None

    @property
    def per_second(self) -> float:
        """Inputs handled per second in the timed pass."""
        return self.inputs / self.seconds if self.seconds > 0 else float("inf")

    @property
    def per_cpu_second(self) -> float:
        """Inputs handled per CPU second (this process and its workers): steadier on a busy machine."""
        return self.inputs / self.cpu_s if self.cpu_s > 0 else float("inf")


def _pages(shared: Path, limit: int | None) -> list[Path]:
    return sorted((shared / _PAGES).glob("*.html.gz"))[:limit]


def _ours_indosum(job: Job, limit: int | None) -> Counts:
    from warta.ingest import read
    from warta.pipeline import pipe
    from warta.types import RawDocument

    docs = list(islice(read(job.shared / _JSONL), limit))
    return _analyse(pipe([d for d in docs if isinstance(d, RawDocument)], backend=job.backend), len(docs))


def _ours_html(job: Job, limit: int | None) -> Counts:
    from warta.ingest import read
    from warta.pipeline import pipe
    from warta.types import RawDocument

    docs = list(read(_pages(job.shared, limit)))
    return _analyse(pipe([d for d in docs if isinstance(d, RawDocument)], backend=job.backend), len(docs))


def _analyse(articles: Iterator[object], inputs: int) -> Counts:
    # Articles are counted, not kept, as the baselines keep nothing either.
    return Counts(inputs=inputs, articles=sum(1 for _ in articles))


def _sentencex_indosum(job: Job, limit: int | None) -> Counts:
    import sentencex

    inputs = articles = 0
    with (job.shared / _JSONL).open(encoding="utf-8") as lines:
        for line in islice(lines, limit):
            inputs += 1
            text = json.loads(line).get("text") or ""
            sentences = [
                s for para in text.splitlines() if para.strip() for s in sentencex.segment("id", para)
            ]
            articles += bool(sentences)
    return Counts(inputs=inputs, articles=articles)


def _trafilatura_html(job: Job, limit: int | None) -> Counts:
    import trafilatura

    inputs = articles = 0
    for path in _pages(job.shared, limit):
        inputs += 1
        with gzip.open(path, "rb") as page:
            articles += trafilatura.extract(page.read()) is not None
    return Counts(inputs=inputs, articles=articles)


_RUNNERS: dict[tuple[str, str], Callable[[Job, int | None], Counts]] = {
    (INDOSUM, OURS): _ours_indosum,
    (INDOSUM, BASELINES[INDOSUM]): _sentencex_indosum,
    (HTML, OURS): _ours_html,
    (HTML, BASELINES[HTML]): _trafilatura_html,
}


def measure(job: Job) -> Measurement:
    """Warm up, time one pass, then trace a second pass; meant to run in a fresh process."""
    run = _RUNNERS[(job.corpus, job.system)]
    start = time.perf_counter()
    run(job, 1)
    warmup = time.perf_counter() - start
    start, cpu = time.perf_counter(), _cpu_seconds()
    counts = run(job, job.limit)
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    # ru_maxrss is in KiB on Linux; read it before tracemalloc's own bookkeeping inflates it.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / _MB
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / _MB
    tracemalloc.start()
    try:
        run(job, job.limit)
        peak = tracemalloc.get_traced_memory()[1] / _MB
    finally:
        tracemalloc.stop()
    return Measurement(
        corpus=job.corpus,
        system=job.system,
        inputs=counts.inputs,
        articles=counts.articles,
        warmup_s=warmup,
        seconds=seconds,
        cpu_s=cpu,
        traced_peak_mb=peak,
        max_rss_mb=rss,
        worker_rss_mb=workers or None,
    )


def _cpu_seconds() -> float:
    # Pool workers count once they are reaped, which pipe() does before it returns.
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def run_all(*, shared: Path, limit: int | None, backend: str) -> list[Measurement]:
    """Every (corpus, system) measurement, baseline first, each in its own spawned process."""
    results = []
    for corpus in (INDOSUM, HTML):
        for system in (BASELINES[corpus], OURS):
            job = Job(corpus=corpus, system=system, shared=shared, limit=limit, backend=backend)
            with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
                results.append(pool.submit(measure, job).result())
    return results


HEADER = (
    *("corpus", "system", "inputs", "articles", "warm-up s", "seconds", "CPU s", "articles/s"),
    *("articles/CPU s", "traced peak MB", "max RSS MB", "worker RSS MB"),
    *("speed ours/base", "CPU speed ours/base", "traced ours/base", "RSS ours/base"),
)


def table(results: list[Measurement]) -> str:
    """A Markdown table with one row per (corpus, system) and ours/baseline ratios on our rows."""
    baselines = {r.corpus: r for r in results if r.system != OURS}
    rows = [HEADER, tuple("---" for _ in HEADER)]
    for r in results:
        b = baselines.get(r.corpus) if r.system == OURS else None
        ratios = (
            ("–",) * 4
            if b is None
            else (
                _ratio(r.per_second, b.per_second),
                _ratio(r.per_cpu_second, b.per_cpu_second),
                _ratio(r.traced_peak_mb, b.traced_peak_mb),
                _ratio(r.max_rss_mb, b.max_rss_mb),
            )
        )
        workers = "–" if r.worker_rss_mb is None else f"{r.worker_rss_mb:.0f}"
        rows.append(
            (
                *(r.corpus, r.system, str(r.inputs), str(r.articles), f"{r.warmup_s:.2f}"),
                *(f"{r.seconds:.2f}", f"{r.cpu_s:.2f}", f"{r.per_second:.1f}", f"{r.per_cpu_second:.1f}"),
                *(f"{r.traced_peak_mb:.1f}", f"{r.max_rss_mb:.0f}", workers),
                *ratios,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    return "\n".join(
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |" for row in rows
    )


def _ratio(ours: float, base: float) -> str:
    return f"{ours / base:.2f}" if base else "–"


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("give a positive number of articles, e.g. --limit 20")
    return n


def main(argv: list[str] | None = None) -> int:
    """Parse options, run every measurement, print the table; 0 on success, 1 when data is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=_positive, default=None, help="first N inputs of each corpus")
    parser.add_argument("--shared", type=Path, default=None, help="the shared/ folder (default: found)")
    parser.add_argument("--backend", choices=("local", "process", "dask"), default="local")
    args = parser.parse_args(argv)
    if args.shared is None:
        from warta.errors import ConfigError
        from warta.evaluate.paths import default_shared

        try:
            args.shared = default_shared()
        except ConfigError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    shared = args.shared.resolve()
    missing = [str(p) for p in (shared / _JSONL, shared / _PAGES) if not p.exists()]
    if missing:
        print(
            f"error: {', '.join(missing)} not found; pass --shared PATH to the shared/ folder",
            file=sys.stderr,
        )
        return 1
    print(f"# ingest benchmark: backend={args.backend} limit={args.limit or 'all'}")
    print(f"python {platform.python_version()}, {os.cpu_count()} CPUs, load average before: {_loadavg()}")
    start = time.perf_counter()
    results = run_all(shared=shared, limit=args.limit, backend=args.backend)
    print()
    print(table(results))
    print()
    print(f"load average after: {_loadavg()}; wall time {time.perf_counter() - start:.1f} s")
    base = {r.corpus: r for r in results if r.system != OURS}
    for r in results:
        if r.system == OURS and (b := base.get(r.corpus)):
            print(
                f"{r.corpus}: warta runs at {r.per_second / b.per_second:.2f}x the speed of {b.system} "
                f"({r.per_cpu_second / b.per_cpu_second:.2f}x per CPU second)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
