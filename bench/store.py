"""Store benchmark: articles/s into the archive, search latency, and HTTP /search requests/s.

- **add**: the IndoSum articles (3,463 by default) through ``Archive.add_documents`` (analyse,
  fingerprint, assign stories, rebuild briefs, index), against the named baseline **analysis
  only** (``warta.pipeline.analyze_all`` on the same documents, nothing stored) timed in the same
  run on the first ``--baseline`` articles.
- **story**: one new article added to an archive whose story already holds many articles (the
  first ``--story-articles`` Timeline17 articles of ``--topic``, one event), each add starting like a
  new ``warta add`` process (nothing in memory, model loaded): with the vectors persisted in the
  archive, against the named baselines **no stored vectors** (the same add into a copy whose
  ``embeddings`` table was emptied: what every add cost before vectors were persisted) and **no
  stored facts** (a copy whose ``article_facts`` table was emptied: every member's dates, figures,
  entities and quotes extracted again, what every rebuild cost before facts were stored).
- **search**: p50/p95 latency of ``Archive.search`` over ``--queries`` queries (two-word queries
  drawn with a fixed seed from the archive's vocabulary, half with one letter dropped), against
  the baseline of a bare FTS5 ``MATCH`` of the same words.
- **http**: requests/s and p50/p95 of ``GET /search`` with ``warta serve`` in its own process and
  ``--workers`` client processes on loopback (``bench/http_search.py``), bounded by ``--requests`` and
  ``--seconds``; with ``--base REV`` that commit's server first, then this tree's (1 and 2 uvicorn workers).

``--base REV`` also runs the search part twice, each in a fresh process: that commit's ``src/``
(``git archive``) first, then this tree's, over the same archive and queries.

Run from the repo root::

    .venv/bin/python bench/store.py [--limit N] [--db PATH] [--shared PATH] [--parts add,story,search,http] [--grow-to N] [--base REV]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from warta.evaluate.paths import default_shared
from warta.evaluate.search import indosum_documents
from warta.evaluate.timeline import topic_documents
from warta.pipeline import analyze_all
from warta.store import open_archive
from warta.store.embeddings import count as count_vectors
from warta.text import embeddings
from warta.types import RawDocument


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


def _timed_add(db: Path, doc: RawDocument) -> tuple[float, int, int, float]:
    """Seconds, vectors encoded, the touched story's size and CPU seconds of adding ``doc`` like a new process."""
    embeddings.clear_memory()
    encoded = 0
    real = embeddings._encode

    def counting(texts: list[str]) -> embeddings.Vector:
        nonlocal encoded
        encoded += len(texts)
        return real(texts)

    embeddings._encode = counting
    try:
        with open_archive(db) as archive:
            start, cpu = time.perf_counter(), time.process_time()
            result = archive.add_documents([doc])
            took, cpu = time.perf_counter() - start, time.process_time() - cpu
            row = archive.story_row(result.stories_touched[0]) if result.stories_touched else None
    finally:
        embeddings._encode = real
    return took, encoded, row.article_count if row else 0, cpu


def bench_story(folder: Path, *, articles: int, tries: int = 10) -> None:
    docs = topic_documents(folder)
    start = time.perf_counter()
    embeddings.embed(["warm the model up"])
    load = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "story.db"
        start = time.perf_counter()
        with open_archive(base) as archive:
            archive.add_documents(docs[:articles])
            biggest = archive.stories(limit=1000)
        took = time.perf_counter() - start
        top = max(r.article_count for r in biggest)
        print(
            f"story: {folder.name}, {articles} articles stored in {took:.1f}s; largest story {top} articles"
        )
        # The next article that joins the largest story (cheap to find: trial adds reuse the vectors).
        pick = None
        for doc in docs[articles : articles + tries]:
            shutil.copy(base, Path(tmp) / "try.db")
            if _timed_add(Path(tmp) / "try.db", doc)[2] > top:
                pick = doc
                break
        if pick is None:
            print(f"  none of the next {tries} articles joins the largest story; try another --topic")
            return
        shutil.copy(base, Path(tmp) / "on.db")
        shutil.copy(base, Path(tmp) / "off.db")
        shutil.copy(base, Path(tmp) / "nofacts.db")
        with sqlite3.connect(Path(tmp) / "off.db") as conn:
            stored = count_vectors(conn)
            conn.execute("DELETE FROM embeddings")
        with sqlite3.connect(Path(tmp) / "nofacts.db") as conn:
            conn.execute("DELETE FROM article_facts")
        off = _timed_add(Path(tmp) / "off.db", pick)
        nofacts = _timed_add(Path(tmp) / "nofacts.db", pick)
        on = _timed_add(Path(tmp) / "on.db", pick)
        size = (Path(tmp) / "on.db").stat().st_size
    print(
        f"  add 1 article to a {on[2]}-article story: {on[0]:.2f}s ({on[3]:.2f}s CPU), {on[1]} texts encoded "
        f"(vectors stored: {stored}, {stored * 2.1 / articles:.0f} KB per article; archive {size / 1e6:.1f} MB)"
    )
    print(
        f"  baseline no stored vectors: {off[0]:.2f}s, {off[1]} texts encoded; model load {load:.1f}s in both"
    )
    print(
        f"  baseline no stored facts (every member's facts extracted again): {nofacts[0]:.2f}s "
        f"({nofacts[3]:.2f}s CPU); stored facts {nofacts[3] / max(on[3], 1e-9):.2f}x faster in CPU"
    )


def grow_archive(db: Path, target: int) -> None:
    """Repeat the stored stories under new ids until the archive holds ``target`` articles (for reads only).

    Each round copies whole stories (their articles, text index, numbers, aliases, titles and
    vectors) with ``~N`` appended to every id, so a query finds each copy as its own story. Only what
    search reads is copied: the story index, fingerprints and word counts (``terms``) stay as built,
    so the query set and the vocabulary are the original archive's. Do not add articles to the result.
    """
    conn = sqlite3.connect(db, isolation_level=None)
    have, top = conn.execute("SELECT count(*), coalesce(max(rowid), 0) FROM articles").fetchone()
    if not have or have >= target:
        conn.close()
        return
    start = time.perf_counter()
    stories = conn.execute(
        "SELECT s.id, count(m.article_id) FROM stories s JOIN story_articles m ON m.story_id = s.id "
        "WHERE s.id NOT LIKE '%~%' GROUP BY s.id ORDER BY s.rowid"
    ).fetchall()
    conn.execute("BEGIN")
    conn.execute("CREATE TEMP TABLE pick(id TEXT PRIMARY KEY)")
    total, copy = have, 0
    while total < target:
        copy += 1
        picked, size = [], 0
        for sid, n in stories:
            if total + size >= target:
                break
            picked.append((sid,))
            size += n
        conn.execute("DELETE FROM pick")
        conn.executemany("INSERT INTO pick VALUES (?)", picked)
        tag, shift = f"~{copy}", copy * top
        conn.execute(
            "INSERT INTO stories(id, title, first_published, last_published, outlets, article_count, "
            "independent_sources, updated_at, brief, summary) SELECT id || ?, title, first_published, "
            "last_published, outlets, article_count, independent_sources, updated_at, brief, summary "
            "FROM stories WHERE id IN pick",
            (tag,),
        )
        members = "SELECT article_id FROM story_articles WHERE story_id IN pick"
        conn.execute(
            "INSERT INTO articles(rowid, id, source, title, url, outlet, published, language, text, raw, "
            "json, added_at) SELECT rowid + ?, id || ?, source || ?, title, url, outlet, published, "
            f"language, text, raw, json, added_at FROM articles WHERE id IN ({members})",
            (shift, tag, tag),
        )
        conn.execute(
            "INSERT INTO article_fts(rowid, title, text) SELECT rowid, title, text FROM articles "
            "WHERE rowid > ? AND rowid <= ?",
            (shift, shift + top),
        )
        conn.execute(
            "INSERT INTO story_articles(article_id, story_id) SELECT article_id || ?, story_id || ? "
            "FROM story_articles WHERE story_id IN pick",
            (tag, tag),
        )
        conn.execute(
            "INSERT INTO article_numbers(value, article_rowid) SELECT n.value, n.article_rowid + ? "
            f"FROM article_numbers n JOIN articles a ON a.rowid = n.article_rowid WHERE a.id IN ({members})",
            (shift,),
        )
        for table, column in (("aliases", "key, phrase, story_id"), ("story_vectors", "story_id, vector")):
            cols = column.replace("story_id", "story_id || ?")
            conn.execute(
                f"INSERT INTO {table}({column}) SELECT {cols} FROM {table} WHERE story_id IN pick", (tag,)
            )
        conn.execute(
            "INSERT INTO story_fts(story_id, title, aliases) SELECT story_id || ?, title, aliases "
            "FROM story_fts WHERE story_id IN pick",
            (tag,),
        )
        total += size
    conn.execute("COMMIT")
    conn.close()
    print(
        f"grow: {have} stored articles repeated under new ids to {total} ({copy} rounds) "
        f"in {time.perf_counter() - start:.1f}s"
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

    # What one query costs with nothing kept in memory (as `warta search` runs): a fresh archive each.
    times = []
    for q in queries[:50]:
        with open_archive(db, readonly=True) as cold:
            start = time.perf_counter()
            cold.search(q, limit=10, with_brief=False, meaning=False)
            times.append(time.perf_counter() - start)
    print(f"search on a fresh connection (words and numbers only): {len(times)} queries, {_pcts(times)}")
    with open_archive(db, readonly=True) as archive:
        archive.search("warmup", meaning=True)  # loads the encoder once, as a server would
        for label, kwargs in (
            ("search (hits with briefs, meaning when a word is unknown)", {}),
            ("search (hits without briefs, as HTTP /search)", {"with_brief": False}),
            ("search (hits without briefs, words and numbers only)", {"with_brief": False, "meaning": False}),
        ):
            times, cpu = [], []
            for q in queries:
                start, start_cpu = time.perf_counter(), time.process_time()
                archive.search(q, limit=10, **kwargs)  # type: ignore[arg-type]
                times.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
            print(f"{label}: {len(queries)} queries, {_pcts(times)}; CPU {_pcts(cpu)}")
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


def bench_http(
    db: Path, queries: list[str], *, base: str | None, requests: int, seconds: float, workers: int
) -> None:
    """``GET /search`` with the server in its own process (``bench/http_search.py``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from http_search import bench_http as load_http

    load_http(db, queries, base=base, requests=requests, seconds=seconds, clients=workers)


def search_from(src: Path, label: str, args: argparse.Namespace) -> None:
    """The search part in a fresh process importing warta from ``src`` (a base commit or this tree)."""
    print(f"[{label}] load average {os.getloadavg()[0]:.1f}", flush=True)
    cmd = [
        sys.executable,
        __file__,
        "--parts",
        "search",
        "--db",
        str(args.db),
        "--queries",
        str(args.queries),
    ]
    subprocess.run(cmd, env={**os.environ, "PYTHONPATH": str(src)}, check=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shared", type=Path, help="the shared/ folder (default: ../shared)")
    p.add_argument("--db", type=Path, default=Path("bench-store.db"), help="archive file (reused if present)")
    p.add_argument("--limit", type=int, default=3463, help="IndoSum articles to add")
    p.add_argument("--baseline", type=int, default=500, help="articles for the analysis-only baseline")
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--requests", type=int, default=1000)
    p.add_argument("--seconds", type=float, default=30.0)
    p.add_argument("--workers", type=int, default=4, help="HTTP load clients (processes)")
    p.add_argument(
        "--base",
        help="for search and http: run that commit's src/ (git archive) first, then this tree's, in one run",
    )
    p.add_argument("--topic", default="LibyaWar_reuters", help="Timeline17 topic for the story part")
    p.add_argument("--story-articles", type=int, default=60, help="articles stored before the one added")
    p.add_argument("--parts", default="add,story,search,http", help="comma-separated parts to run")
    p.add_argument(
        "--grow-to",
        type=int,
        default=0,
        help="before search/http, repeat the stored stories under new ids until the archive holds this "
        "many articles (e.g. 10000; the file is changed in place, for reading only)",
    )
    args = p.parse_args()
    parts = set(args.parts.split(","))
    shared = args.shared or default_shared()
    if "add" in parts:
        bench_add(
            args.db, shared / "data" / "indosum" / "articles.jsonl", limit=args.limit, baseline=args.baseline
        )
    if "story" in parts:
        bench_story(shared / "data" / "timeline" / "t17" / args.topic, articles=args.story_articles)
    if parts & {"search", "http"}:
        if args.grow_to:
            grow_archive(args.db, args.grow_to)
        queries = make_queries(args.db, args.queries)
        if "search" in parts and args.base:
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from http_search import ROOT, export_source

            with tempfile.TemporaryDirectory() as tmp:
                search_from(export_source(args.base, Path(tmp)), f"base {args.base}", args)
                search_from(ROOT / "src", "branch", args)
        elif "search" in parts:
            bench_search(args.db, queries)
        if "http" in parts:
            bench_http(
                args.db,
                queries,
                base=args.base,
                requests=args.requests,
                seconds=args.seconds,
                workers=args.workers,
            )


if __name__ == "__main__":
    main()
