"""Store benchmark: articles/s into the archive, search latency, and HTTP /search requests/s.

- **add**: the IndoSum articles (3,463 by default) through ``Archive.add_documents`` (analyse,
  fingerprint, assign stories, rebuild briefs, index), against the named baseline **analysis
  only** (``warta.pipeline.analyze_all`` on the same documents, nothing stored) timed in the same
  run on the first ``--baseline`` articles.
- **search**: p50/p95 latency of ``Archive.search`` over ``--queries`` queries (two-word queries
  drawn with a fixed seed from the archive's vocabulary, half with one letter dropped), against
  the baseline of a bare FTS5 ``MATCH`` of the same words.
- **http**: requests/s of ``GET /search`` on ``warta.web.create_app`` served by uvicorn on
  loopback, from a thread-pool load generator bounded by ``--requests`` and ``--seconds``.

Run from the repo root::

    .venv/bin/python bench/store.py [--limit N] [--db PATH] [--shared PATH]
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from pathlib import Path

from warta.evaluate.paths import default_shared
from warta.evaluate.search import indosum_documents
from warta.pipeline import analyze_all
from warta.store import open_archive


def bench_add(db: Path, source: Path, *, limit: int, baseline: int) -> None:
    with open_archive(db) as archive:
        before = archive.count_articles()
        start = time.perf_counter()
        result = archive.add_documents(indosum_documents(source, limit=limit))
        took = time.perf_counter() - start
        print(
            f"add: {result.added} new articles ({result.unchanged} already stored) in {took:.1f}s = "
            f"{result.added / took if result.added else 0:.1f} articles/s; "
            f"{archive.count_stories()} stories; archive had {before}"
        )
    docs = list(islice(indosum_documents(source, limit=limit), baseline))
    start = time.perf_counter()
    analyze_all(docs)
    took = time.perf_counter() - start
    print(
        f"  baseline analysis only: {len(docs)} articles in {took:.1f}s = {len(docs) / took:.1f} articles/s"
    )


def make_queries(db: Path, n: int) -> list[str]:
    with open_archive(db, readonly=True) as archive:
        words = archive.terms(min_df=3, max_df=200)
    rng = random.Random(7)
    queries = []
    for i in range(n):
        a, b = rng.sample(words, 2)
        if i % 2:
            k = rng.randrange(1, len(a) - 1)
            a = a[:k] + a[k + 1 :]
        queries.append(f"{a} {b}")
    return queries


def _pcts(times: list[float]) -> str:
    q = statistics.quantiles(times, n=20)
    return f"p50 {1000 * statistics.median(times):.1f} ms, p95 {1000 * q[18]:.1f} ms"


def bench_search(db: Path, queries: list[str]) -> None:
    import sqlite3

    with open_archive(db, readonly=True) as archive:
        archive.search("warmup")
        times = []
        for q in queries:
            start = time.perf_counter()
            archive.search(q, limit=10)
            times.append(time.perf_counter() - start)
    print(f"search: {len(queries)} queries, {_pcts(times)}")
    # The baseline is raw SQL on purpose: what search costs over the bare index it builds on.
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    base = []
    for q in queries:
        expr = " OR ".join(f'"{w}"' for w in q.split())
        start = time.perf_counter()
        conn.execute(
            "SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT 10", (expr,)
        ).fetchall()
        base.append(time.perf_counter() - start)
    conn.close()
    print(f"  baseline bare FTS5 MATCH: {_pcts(base)}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def bench_http(db: Path, queries: list[str], *, requests: int, seconds: float, workers: int) -> None:
    try:
        import httpx
        import uvicorn

        from warta.web.app import create_app
    except ImportError as exc:
        print(f"http: skipped ({exc})")
        return
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + seconds
    codes: dict[int, int] = {}
    lock = threading.Lock()

    def hit(i: int) -> float:
        if time.monotonic() > deadline:
            return -1.0
        with httpx.Client(base_url=base, timeout=30) as client:
            start = time.perf_counter()
            r = client.get("/search", params={"q": queries[i % len(queries)]})
            took = time.perf_counter() - start
        with lock:
            codes[r.status_code] = codes.get(r.status_code, 0) + 1
        return took

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        times = [t for t in pool.map(hit, range(requests)) if t >= 0]
    wall = time.perf_counter() - start
    server.should_exit = True
    thread.join(timeout=10)
    print(
        f"http: {len(times)} GET /search in {wall:.1f}s with {workers} clients = {len(times) / wall:.1f} req/s; "
        f"{_pcts(times)}; status {codes}"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shared", type=Path, help="the shared/ folder (default: ../shared)")
    p.add_argument("--db", type=Path, default=Path("bench-store.db"), help="archive file (reused if present)")
    p.add_argument("--limit", type=int, default=3463, help="IndoSum articles to add")
    p.add_argument("--baseline", type=int, default=500, help="articles for the analysis-only baseline")
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--requests", type=int, default=1000)
    p.add_argument("--seconds", type=float, default=30.0)
    p.add_argument("--workers", type=int, default=4)
    args = p.parse_args()
    source = (args.shared or default_shared()) / "data" / "indosum" / "articles.jsonl"
    bench_add(args.db, source, limit=args.limit, baseline=args.baseline)
    queries = make_queries(args.db, args.queries)
    bench_search(args.db, queries)
    bench_http(args.db, queries, requests=args.requests, seconds=args.seconds, workers=args.workers)


if __name__ == "__main__":
    main()
