"""Retrieval quality of ``warta search``: MRR@10, recall@5 and precision@10 on a written query set.

The archive holds the seeds, the bundled sample and the first IndoSum articles; a returned story
counts as relevant when it holds an article the query names (by file name or IndoSum id). Query
kinds: keyword, typo (misspelt), alias (another name), number (a quantity in some notation),
english (an English query for an Indonesian story: found by meaning), exact (a correctly spelt word
that is one or two edits from another archive word: its precision shows typo tolerance firing where
it should not).

>>> report = evaluate_search(shared=Path("../shared"))     # doctest: +SKIP
>>> print(report.render())                                  # doctest: +SKIP
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warta.api import sample_path
from warta.errors import ConfigError
from warta.store import Archive, open_archive
from warta.types import RawDocument

DEPTH = 10
RECALL_AT = 5
GATE = 0.95
"""MRR@10 or recall@5 (over all queries) below this fails ``warta eval search`` (exit 1)."""
PRECISION_GATE = 0.95
"""Precision@10 of the ``exact`` queries below this fails it too (typo tolerance on correct words)."""
DEFAULT_QUERIES = Path(__file__).resolve().parents[3] / "tests" / "data" / "search_queries.json"


@dataclass(frozen=True)
class Query:
    """One query with the articles that answer it."""

    query: str
    corpus: str
    kind: str
    relevant: tuple[str, ...]


@dataclass(frozen=True)
class QueryResult:
    """How one query fared: rank of the first relevant story (None past DEPTH) and recall@5."""

    query: Query
    rank: int | None
    recall: float
    top: str
    precision: float = 1.0  # share of returned stories (up to DEPTH) that hold a relevant article


@dataclass(frozen=True)
class SearchReport:
    """Per-query results and the archive they were measured on."""

    results: tuple[QueryResult, ...]
    articles: int
    stories: int
    build_seconds: float
    search_seconds: float

    def mrr(self, corpus: str | None = None) -> float:
        """Mean reciprocal rank at DEPTH (over ``corpus`` or all queries)."""
        picked = [r for r in self.results if corpus in (None, r.query.corpus, r.query.kind)]
        return sum(1.0 / r.rank for r in picked if r.rank) / len(picked) if picked else 0.0

    def recall(self, corpus: str | None = None) -> float:
        """Mean recall at RECALL_AT stories."""
        picked = [r for r in self.results if corpus in (None, r.query.corpus, r.query.kind)]
        return sum(r.recall for r in picked) / len(picked) if picked else 0.0

    def precision(self, corpus: str | None = None) -> float:
        """Mean precision at DEPTH: the share of returned stories that are relevant."""
        picked = [r for r in self.results if corpus in (None, r.query.corpus, r.query.kind)]
        return sum(r.precision for r in picked) / len(picked) if picked else 1.0

    @property
    def passed(self) -> bool:
        """The gate: MRR@10 and recall@5 over all queries at least :data:`GATE`, exact-word precision too."""
        exact_ok = self.precision("exact") >= PRECISION_GATE
        return self.mrr() >= GATE and self.recall() >= GATE and exact_ok

    def render(self) -> str:
        """A table per group, the misses, then the gate."""
        groups = sorted({r.query.corpus for r in self.results} | {r.query.kind for r in self.results})
        lines = [
            f"search evaluation: {len(self.results)} queries on {self.articles} articles, "
            f"{self.stories} stories (built in {self.build_seconds:.1f}s; "
            f"{1000 * self.search_seconds / max(1, len(self.results)):.1f} ms a query)",
            f"{'group':<10} {'queries':>7} {'MRR@10':>7} {'R@5':>6} {'P@10':>6}",
        ]
        for g in [*groups, None]:
            n = sum(1 for r in self.results if g in (None, r.query.corpus, r.query.kind))
            lines.append(
                f"{g or 'all':<10} {n:>7} {self.mrr(g):>7.3f} {self.recall(g):>6.3f} {self.precision(g):>6.3f}"
            )
        misses = [r for r in self.results if r.rank != 1]
        if misses:
            lines.append("not ranked first:")
            lines += [f"  {r.query.query!r} ({r.query.corpus}): rank {r.rank}, top {r.top!r}" for r in misses]
        noisy = [r for r in self.results if r.query.kind == "exact" and r.precision < 1.0]
        if noisy:
            lines.append("exact-word queries with stories that lack the word:")
            lines += [f"  {r.query.query!r} ({r.query.corpus}): P@{DEPTH} {r.precision:.2f}" for r in noisy]
        lines.append(
            f"gate (MRR@{DEPTH} and R@{RECALL_AT} >= {GATE}, exact P@{DEPTH} >= {PRECISION_GATE}): "
            f"{'PASS' if self.passed else 'FAIL'}"
        )
        return "\n".join(lines) + "\n"


def load_queries(path: Path = DEFAULT_QUERIES) -> list[Query]:
    """The query set (see tests/data/search_queries.json)."""
    if not path.is_file():
        raise ConfigError(f"no query set at {path}; pass --queries PATH")
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Query(q["query"], q["corpus"], q.get("kind", "keyword"), tuple(q["relevant"]))
        for q in data["queries"]
    ]


def article_key(source: str) -> str:
    """How a query names an article: its file name, or its IndoSum id."""
    return Path(source).name


def indosum_documents(path: Path, *, limit: int) -> Iterator[RawDocument]:
    """The first ``limit`` IndoSum articles as raw documents (dated by their id's Unix-time prefix)."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= limit:
                return
            obj = json.loads(line)
            stamp = obj["id"].split("-", 1)[0]
            day = datetime.fromtimestamp(int(stamp), tz=UTC).date().isoformat() if stamp.isdigit() else None
            yield RawDocument(
                source=obj["id"],
                text=obj["text"],
                raw=obj["text"],
                format="jsonl",
                title=obj.get("title"),
                url=obj.get("url"),
                outlet=obj.get("outlet"),
                published=day,
                language="id",
            )


def fill_archive(archive: Archive, *, shared: Path, indosum_limit: int) -> None:
    """Add the seeds, the sample and the first IndoSum articles (already stored ones are skipped)."""
    archive.add([shared / "seeds", sample_path()])
    if indosum_limit > 0:
        archive.add_documents(
            indosum_documents(shared / "data" / "indosum" / "articles.jsonl", limit=indosum_limit)
        )


def run_queries(archive: Archive, queries: Sequence[Query]) -> list[QueryResult]:
    """Search each query and score the ranked stories."""
    results = []
    for q in queries:
        hits = archive.search(q.query, limit=DEPTH)
        wanted = set(q.relevant)
        rank = None
        found: set[str] = set()
        relevant_hits = 0
        for i, hit in enumerate(hits, 1):
            members = {article_key(a.source) for a in hit.brief.articles} if hit.brief else set()
            if members & wanted:
                relevant_hits += 1
                rank = rank or i
            if i <= RECALL_AT:
                found |= members & wanted
        top = hits[0].story.title if hits else ""
        precision = relevant_hits / len(hits) if hits else 1.0
        results.append(QueryResult(q, rank, len(found) / len(wanted) if wanted else 0.0, top, precision))
    return results


def evaluate_search(
    *,
    shared: Path,
    queries: Path = DEFAULT_QUERIES,
    db: Path | None = None,
    indosum_limit: int = 300,
    corpora: Sequence[str] = ("seeds", "sample", "indosum"),
) -> SearchReport:
    """Build (or reuse) an archive of the evaluation corpora and score the query set on it."""
    wanted = [q for q in load_queries(queries) if q.corpus in corpora]
    with tempfile.TemporaryDirectory() as tmp:
        path = db or Path(tmp) / "eval.db"
        with open_archive(path) as archive:
            start = time.perf_counter()
            fill_archive(archive, shared=shared, indosum_limit=indosum_limit if "indosum" in corpora else 0)
            built = time.perf_counter() - start
            stored = {article_key(s) for (s,) in _sources(archive)}
            usable = [q for q in wanted if set(q.relevant) & stored]
            start = time.perf_counter()
            results = run_queries(
                archive, [Query(q.query, q.corpus, q.kind, tuple(set(q.relevant) & stored)) for q in usable]
            )
            searched = time.perf_counter() - start
            return SearchReport(
                tuple(results), archive.count_articles(), archive.count_stories(), built, searched
            )


def _sources(archive: Archive) -> list[tuple[str]]:
    return [(a.source,) for story in archive.export() for a in story.articles]
