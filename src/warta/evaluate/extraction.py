"""Article-body extraction scored exactly as the Scrapinghub article-extraction-benchmark scores it.

Mirrors upstream ``evaluate.py`` (scrapinghub/article-extraction-benchmark): each text becomes a
multiset of 4-token shingles of ``\\w+`` tokens (case kept; a text under 4 tokens is one shorter
shingle); per page TP/FP/FN are normalised by their sum; corpus precision is the mean over pages
with TP+FP > 0, recall the mean over pages with TP+FN > 0, and F1 comes from those two means.
Accuracy is the share of pages whose token list equals the gold's. Trafilatura in its default and
precision configurations runs in the same pass as ours, so the comparison never drifts; so does
readability-lxml when the ``eval`` extra installs it (reported beside, not gated). Each row gives pages/s.

    warta eval extraction ../shared/data/extraction/scrapinghub [--limit 40]
"""

from __future__ import annotations

import dataclasses
import gzip
import importlib.util
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from warta.errors import InputError
from warta.ingest.html import extract_html

OURS = "warta"
TRAFILATURA_DEFAULT = "trafilatura (defaults)"
TRAFILATURA_PRECISION = "trafilatura (favor_precision)"
READABILITY = "readability-lxml"

_TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
_NGRAM_N = 4


@dataclass(frozen=True)
class PageScore:
    """One page's shingle counts, normalised so that long pages weigh no more than short ones."""

    tp: float
    fp: float
    fn: float
    exact: bool


@dataclass(frozen=True)
class SystemScore:
    """One extractor's corpus figures."""

    system: str
    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int
    seconds: float = 0.0  # time spent extracting, summed over pages

    @property
    def pages_per_second(self) -> float:
        """Extraction speed on this run's pages (0.0 when not timed)."""
        return self.pages / self.seconds if self.seconds else 0.0


@dataclass(frozen=True)
class ExtractionReport:
    """The figures of every system on the same pages, ours included."""

    rows: tuple[SystemScore, ...]
    pages: int

    def row(self, system: str) -> SystemScore:
        """The row of ``system``."""
        for row in self.rows:
            if row.system == system:
                return row
        raise KeyError(system)

    def best_baseline(self) -> SystemScore:
        """The trafilatura row with the highest F1."""
        return max(
            (r for r in self.rows if r.system in (TRAFILATURA_DEFAULT, TRAFILATURA_PRECISION)),
            key=lambda r: r.f1,
        )

    def ours_beats_baseline(self) -> bool:
        """Whether our F1 is strictly above the best trafilatura configuration."""
        return self.row(OURS).f1 > self.best_baseline().f1

    @property
    def passed(self) -> bool:
        """The gate: our F1 beats the best trafilatura configuration of the same run."""
        return self.ours_beats_baseline()

    def render(self) -> str:
        """A plain-text table of every row and the verdict against the best trafilatura row."""
        width = max(len(r.system) for r in self.rows)
        lines = [f"{'system':<{width}}  precision  recall     F1  accuracy  pages  pages/s"]
        for r in self.rows:
            lines.append(
                f"{r.system:<{width}}  {r.precision:9.3f}  {r.recall:6.3f}  {r.f1:5.3f}"
                f"  {r.accuracy:8.3f}  {r.pages:5d}  {r.pages_per_second:7.1f}"
            )
        ours, best = self.row(OURS), self.best_baseline()
        verdict = "beats" if self.ours_beats_baseline() else "does NOT beat"
        lines.append(
            f"{OURS} F1 {ours.f1:.4f} {verdict} the best trafilatura row ({best.system}, {best.f1:.4f})"
        )
        others = [r for r in self.rows if r.system == READABILITY]
        for other in others:
            word = "above" if ours.f1 > other.f1 else "NOT above"
            lines.append(
                f"{OURS} F1 {ours.f1:.4f} {word} {other.system} ({other.f1:.4f}) (reported, not gated)"
            )
        return "\n".join(lines)


def tokenize(text: str | None) -> list[str]:
    """The benchmark's tokens: every ``\\w+`` run, case kept."""
    return _TOKEN_RE.findall(text or "")


def _shingles(text: str | None) -> Counter[tuple[str, ...]]:
    tokens = tokenize(text)
    # Upstream keeps one (shorter) shingle for a text under n tokens, and none for an empty one.
    count = max(1, len(tokens) - _NGRAM_N + 1)
    return Counter(shingle for i in range(count) if (shingle := tuple(tokens[i : i + _NGRAM_N])))


def score_page(true: str | None, pred: str | None) -> PageScore:
    """TP/FP/FN of ``pred`` against ``true`` over 4-token shingles, normalised by their sum."""
    gold, guess = _shingles(true), _shingles(pred)
    tp = float(sum((gold & guess).values()))
    fp = float(sum((guess - gold).values()))
    fn = float(sum((gold - guess).values()))
    total = tp + fp + fn
    if total > 0:
        tp, fp, fn = tp / total, fp / total, fn / total
    return PageScore(tp=tp, fp=fp, fn=fn, exact=tokenize(true) == tokenize(pred))


def _precision(s: PageScore) -> float:
    if s.fp == s.fn == 0:
        return 1.0
    if s.tp == s.fp == 0:
        return 0.0
    return s.tp / (s.tp + s.fp)


def _recall(s: PageScore) -> float:
    if s.fp == s.fn == 0:
        return 1.0
    if s.tp == s.fn == 0:
        return 0.0
    return s.tp / (s.tp + s.fn)


def score_system(system: str, scores: list[PageScore]) -> SystemScore:
    """Corpus figures from per-page scores, as upstream's ``metrics_from_tp_fp_fns``."""
    precisions = [_precision(s) for s in scores if s.tp + s.fp > 0]
    recalls = [_recall(s) for s in scores if s.tp + s.fn > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    accuracy = statistics.mean(s.exact for s in scores) if scores else 0.0
    return SystemScore(system, precision, recall, f1, accuracy, len(scores))


def load_benchmark(bench_dir: Path, *, limit: int | None = None) -> dict[str, str]:
    """Page id -> gold article body, for the first ``limit`` ids in sorted order."""
    truth_path = bench_dir / "ground-truth.json"
    if not truth_path.is_file():
        raise InputError(f"{truth_path} not found; point at the folder holding ground-truth.json and html/")
    truth: Mapping[str, Mapping[str, str]] = json.loads(truth_path.read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit is not None else sorted(truth)
    return {page: truth[page].get("articleBody", "") for page in ids}


def read_page(bench_dir: Path, page: str) -> str:
    """The HTML of one benchmark page."""
    path = bench_dir / "html" / f"{page}.html.gz"
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            return f.read()
    except OSError as err:
        raise InputError(f"cannot read {path}: {err}; restore the benchmark's html/ folder") from err


def _trafilatura_default(html: str) -> str:
    return trafilatura.extract(html) or ""


def _trafilatura_precision(html: str) -> str:
    return trafilatura.extract(html, favor_precision=True, include_comments=False) or ""


def _ours(html: str) -> str:
    return extract_html(html).text


def _readability(html: str) -> str:
    from lxml import html as lxml_html
    from readability import Document  # the eval extra's readability-lxml

    try:
        summary = Document(html).summary(html_partial=True)
        return str(lxml_html.fromstring(summary).text_content()).strip()
    except Exception:  # a page readability cannot parse scores as empty, like upstream
        return ""


def _systems() -> dict[str, Callable[[str], str]]:
    systems: dict[str, Callable[[str], str]] = {
        TRAFILATURA_DEFAULT: _trafilatura_default,
        TRAFILATURA_PRECISION: _trafilatura_precision,
    }
    if importlib.util.find_spec("readability") is not None:
        systems[READABILITY] = _readability
    systems[OURS] = _ours
    return systems


SYSTEMS: dict[str, Callable[[str], str]] = _systems()


def evaluate_extraction(bench_dir: Path, *, limit: int | None = None) -> ExtractionReport:
    """Score trafilatura (defaults, precision mode) and ``extract_html`` on the benchmark in one run."""
    gold = load_benchmark(bench_dir, limit=limit)
    scores: dict[str, list[PageScore]] = {name: [] for name in SYSTEMS}
    seconds: dict[str, float] = dict.fromkeys(SYSTEMS, 0.0)
    for page, body in gold.items():
        html = read_page(bench_dir, page)
        for name, system in SYSTEMS.items():
            start = time.perf_counter()
            text = system(html)
            seconds[name] += time.perf_counter() - start
            scores[name].append(score_page(body, text))
    rows = tuple(
        dataclasses.replace(score_system(name, page_scores), seconds=seconds[name])
        for name, page_scores in scores.items()
    )
    return ExtractionReport(rows=rows, pages=len(gold))
