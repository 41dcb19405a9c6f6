"""Article-body extraction scored exactly as the Scrapinghub article-extraction-benchmark scores it.

Mirrors upstream ``evaluate.py`` (scrapinghub/article-extraction-benchmark): each text becomes a
multiset of 4-token shingles of ``\\w+`` tokens (case kept; a text under 4 tokens is one shorter
shingle); per page TP/FP/FN are normalised by their sum; corpus precision is the mean over pages
with TP+FP > 0, recall the mean over pages with TP+FN > 0, and F1 comes from those two means.
Accuracy is the share of pages whose token list equals the gold's. Every extractor of
:mod:`warta.evaluate.extraction_systems` runs in the same pass as ours (trafilatura in its default
and precision configurations, readability-lxml and jusText when installed, and the line-vote
ensemble), so the comparison never drifts; each row gives pages/s. Pages fall into a dev and a
test half by a hash of their file name (:func:`half_of`): design on dev, report both.

A folder holding ``ground-truth.json`` (id -> ``{"articleBody": ...}``) and ``html/<id>.html.gz``
is one set; a folder of such folders is scored set by set, with one table per set and a summary.

    warta eval extraction ../shared/data/extraction [--limit 40]
    warta eval extraction ../shared/data/extraction/scrapinghub
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from warta.errors import InputError
from warta.evaluate.extraction_systems import (
    ENSEMBLE,
    ENSEMBLE_INPUTS,
    JUSTEXT,
    OURS,
    READABILITY,
    SYSTEMS,
    TRAFILATURA_DEFAULT,
    TRAFILATURA_PRECISION,
    ensemble,
    has_ensemble,
)

__all__ = [
    "ENSEMBLE",
    "JUSTEXT",
    "OURS",
    "READABILITY",
    "TRAFILATURA_DEFAULT",
    "TRAFILATURA_PRECISION",
    "ExtractionReport",
    "ExtractionSuite",
    "PageScore",
    "SystemScore",
    "evaluate_extraction",
    "evaluate_extraction_sets",
    "half_of",
    "load_benchmark",
    "score_page",
    "score_system",
    "tokenize",
]

HALVES = ("dev", "test")
_TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
_NGRAM_N = 4
_TRUTH = "ground-truth.json"


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


def half_of(page: str) -> str:
    """``"dev"`` or ``"test"``: the half a page falls in, by a hash of its file name (stable, not tuned)."""
    return HALVES[hashlib.sha256(f"{page}.html.gz".encode()).digest()[0] % 2]


@dataclass(frozen=True)
class ExtractionReport:
    """The figures of every system on the same pages of one set, ours included, overall and per half."""

    rows: tuple[SystemScore, ...]
    pages: int
    name: str = ""
    dev: tuple[SystemScore, ...] = ()
    test: tuple[SystemScore, ...] = ()

    def row(self, system: str) -> SystemScore:
        """The row of ``system`` over all pages."""
        return _find(self.rows, system)

    def half_row(self, half: str, system: str) -> SystemScore:
        """The row of ``system`` on the ``"dev"`` or ``"test"`` half."""
        return _find(self.dev if half == "dev" else self.test, system)

    def best_baseline(self) -> SystemScore:
        """The trafilatura row with the highest F1."""
        return max(
            (r for r in self.rows if r.system in (TRAFILATURA_DEFAULT, TRAFILATURA_PRECISION)),
            key=lambda r: r.f1,
        )

    def ours_beats_baseline(self) -> bool:
        """Whether our F1 is strictly above the best trafilatura configuration."""
        return self.row(OURS).f1 > self.best_baseline().f1

    def ours_beats_readability(self) -> bool:
        """Whether our F1 is strictly above readability-lxml's (True when it is not installed)."""
        systems = {r.system for r in self.rows}
        return READABILITY not in systems or self.row(OURS).f1 > self.row(READABILITY).f1

    @property
    def passed(self) -> bool:
        """The gate: our F1 beats the best trafilatura configuration and readability-lxml."""
        return self.ours_beats_baseline() and self.ours_beats_readability()

    def render(self) -> str:
        """A plain-text table of every row, the F1 of each half, the verdicts and the speed ratio."""
        width = max(len(r.system) for r in self.rows)
        halves = {r.system: (r.pages, s.pages) for r, s in zip(self.dev, self.test, strict=True)}
        dev_pages, test_pages = halves.get(OURS, (0, 0))
        lines = [
            f"set {self.name or '-'}: {self.pages} pages (dev {dev_pages}, test {test_pages};"
            " halves by a hash of the file name)",
            f"{'system':<{width}}  precision  recall     F1  F1 dev  F1 test  accuracy  pages  pages/s",
        ]
        for r in self.rows:
            dev = _f1_or_dash(self.dev, r.system)
            test = _f1_or_dash(self.test, r.system)
            lines.append(
                f"{r.system:<{width}}  {r.precision:9.3f}  {r.recall:6.3f}  {r.f1:5.3f}  {dev:>6}  {test:>7}"
                f"  {r.accuracy:8.3f}  {r.pages:5d}  {r.pages_per_second:7.1f}"
            )
        ours, best = self.row(OURS), self.best_baseline()
        verdict = "beats" if self.ours_beats_baseline() else "does NOT beat"
        lines.append(
            f"{OURS} F1 {ours.f1:.4f} {verdict} the best trafilatura row ({best.system}, {best.f1:.4f})"
        )
        if any(r.system == READABILITY for r in self.rows):
            other = self.row(READABILITY)
            word = "above" if self.ours_beats_readability() else "NOT above"
            lines.append(f"{OURS} F1 {ours.f1:.4f} {word} {other.system} ({other.f1:.4f})")
        plain = self.row(TRAFILATURA_DEFAULT)
        if ours.seconds and plain.seconds:
            lines.append(
                f"speed: {OURS} {ours.pages_per_second:.1f} pages/s, {plain.system} alone"
                f" {plain.pages_per_second:.1f} pages/s ({ours.seconds / plain.seconds:.2f}x its time)"
            )
        return "\n".join(lines)


@dataclass(frozen=True)
class ExtractionSuite:
    """One report per extraction set, and a summary line per set."""

    reports: tuple[ExtractionReport, ...]

    @property
    def passed(self) -> bool:
        """The gate holds on every set (no per-set tuning: one extractor for all)."""
        return all(report.passed for report in self.reports)

    def render(self) -> str:
        """Every set's table, then (for several sets) one summary row per set."""
        parts = [report.render() for report in self.reports]
        if len(self.reports) > 1:
            systems = [r.system for r in self.reports[0].rows]
            header = "set | " + " | ".join(systems) + " | gate"
            rows = [header, "|".join("---" for _ in range(len(systems) + 2))]
            for report in self.reports:
                cells = [
                    f"{report.row(s).f1:.3f}" if s in {r.system for r in report.rows} else "-"
                    for s in systems
                ]
                rows.append(
                    f"{report.name} | " + " | ".join(cells) + f" | {'pass' if report.passed else 'FAIL'}"
                )
            parts.append("F1 per set\n" + "\n".join(rows))
        return "\n\n".join(parts)


def _find(rows: tuple[SystemScore, ...], system: str) -> SystemScore:
    for row in rows:
        if row.system == system:
            return row
    raise KeyError(system)


def _f1_or_dash(rows: tuple[SystemScore, ...], system: str) -> str:
    try:
        row = _find(rows, system)
    except KeyError:
        return "-"
    return f"{row.f1:.3f}" if row.pages else "-"


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
    truth_path = bench_dir / _TRUTH
    if not truth_path.is_file():
        raise InputError(f"{truth_path} not found; point at the folder holding {_TRUTH} and html/")
    truth: Mapping[str, Mapping[str, str]] = json.loads(truth_path.read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit is not None else sorted(truth)
    return {page: truth[page].get("articleBody", "") for page in ids}


def read_page(bench_dir: Path, page: str) -> str:
    """The HTML of one benchmark page (``html/<id>.html.gz``, or ``html/<id>.html``)."""
    path = bench_dir / "html" / f"{page}.html.gz"
    plain = path.with_suffix("")
    try:
        if not path.exists() and plain.exists():
            return plain.read_text(encoding="utf-8", errors="replace")
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError as err:
        raise InputError(f"cannot read {path}: {err}; restore the benchmark's html/ folder") from err


def _run_page(html: str) -> tuple[dict[str, str], dict[str, float]]:
    """Every system's text for one page and the seconds each took (the ensemble's include its inputs')."""
    outputs: dict[str, str] = {}
    took: dict[str, float] = {}
    for name, system in SYSTEMS.items():
        start = time.perf_counter()
        outputs[name] = system(html)
        took[name] = time.perf_counter() - start
    if has_ensemble():
        start = time.perf_counter()
        outputs[ENSEMBLE] = ensemble(outputs)
        took[ENSEMBLE] = time.perf_counter() - start + sum(took[name] for name in ENSEMBLE_INPUTS)
    return outputs, took


def _rows(
    names: list[str], scores: Mapping[str, list[PageScore]], seconds: Mapping[str, float]
) -> tuple[SystemScore, ...]:
    return tuple(
        dataclasses.replace(score_system(name, scores[name]), seconds=seconds[name]) for name in names
    )


def evaluate_extraction(bench_dir: Path, *, limit: int | None = None) -> ExtractionReport:
    """Score every extractor and ``extract_html`` on one set in one run, overall and per half."""
    gold = load_benchmark(bench_dir, limit=limit)
    names = [*SYSTEMS, *([ENSEMBLE] if has_ensemble() else [])]
    scores: dict[str, dict[str, list[PageScore]]] = {h: {n: [] for n in names} for h in HALVES}
    seconds: dict[str, dict[str, float]] = {h: dict.fromkeys(names, 0.0) for h in HALVES}
    for page, body in gold.items():
        outputs, took = _run_page(read_page(bench_dir, page))
        half = half_of(page)
        for name in names:
            scores[half][name].append(score_page(body, outputs[name]))
            seconds[half][name] += took[name]
    every = {n: scores["dev"][n] + scores["test"][n] for n in names}
    total = {n: seconds["dev"][n] + seconds["test"][n] for n in names}
    return ExtractionReport(
        rows=_rows(names, every, total),
        pages=len(gold),
        name=bench_dir.name,
        dev=_rows(names, scores["dev"], seconds["dev"]),
        test=_rows(names, scores["test"], seconds["test"]),
    )


def extraction_sets(root: Path) -> list[Path]:
    """``root`` itself when it is a set (holds ground-truth.json), else every set folder under it."""
    if (root / _TRUTH).is_file():
        return [root]
    sets = sorted(d for d in root.iterdir() if (d / _TRUTH).is_file()) if root.is_dir() else []
    if not sets:
        raise InputError(f"no {_TRUTH} in {root} or its folders; point at a set or a folder of sets")
    return sets


def evaluate_extraction_sets(root: Path, *, limit: int | None = None) -> ExtractionSuite:
    """One report per extraction set under ``root`` (or for ``root`` itself), same extractors for all."""
    return ExtractionSuite(tuple(evaluate_extraction(d, limit=limit) for d in extraction_sets(root)))
