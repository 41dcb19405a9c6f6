"""Language identification scored on the seeds, the bundled sample and IndoSum (``warta eval language``).

Every seed and every IndoSum article is Indonesian; the sample's ``MANIFEST.json`` names each
of its articles' language. The gate is :data:`GATE` overall accuracy.

    >>> report = evaluate_language(seeds_dir=Path("../shared/seeds"), sample_manifest=None,  # doctest: +SKIP
    ...                            indosum=Path("../shared/data/indosum/articles.jsonl"))
    >>> print(report.render())  # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from warta.errors import InputError
from warta.extract.language import detect_language

GATE = 0.99


@dataclass(frozen=True)
class LanguageMiss:
    """One misclassified text: which set, which item, what it is and what we said."""

    set: str
    item: str
    expected: str
    got: str
    confidence: float
    method: str


@dataclass(frozen=True)
class LanguageSetScore:
    """Accuracy on one evaluation set."""

    name: str
    total: int
    correct: int

    @property
    def accuracy(self) -> float:
        """Share of the set's texts whose language was right."""
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True)
class LanguageReport:
    """Accuracy per set and overall, the misclassified texts, and the sets that were not there."""

    sets: tuple[LanguageSetScore, ...]
    misses: tuple[LanguageMiss, ...]
    skipped: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        """Texts scored across all sets."""
        return sum(s.total for s in self.sets)

    @property
    def accuracy(self) -> float:
        """Overall accuracy (every text weighs the same)."""
        return sum(s.correct for s in self.sets) / self.total if self.total else 0.0

    @property
    def passed(self) -> bool:
        """Whether the overall accuracy clears :data:`GATE`."""
        return self.total > 0 and self.accuracy >= GATE

    def render(self) -> str:
        """A plain-text table for the terminal."""
        lines = [f"language identification (gate: overall >= {GATE:.0%})"]
        rows = [(s.name, s.correct, s.total, s.accuracy) for s in self.sets]
        rows.append(("overall", self.total - len(self.misses), self.total, self.accuracy))
        for name, correct, total, accuracy in rows:
            lines.append(f"  {name:<10} {correct:>5}/{total:<5} {accuracy:8.2%}")
        lines.append(f"  gate: {'PASS' if self.passed else 'FAIL'}")
        if self.misses:
            lines.append("misclassified:")
            lines += [
                f"  {m.set} {m.item}: expected {m.expected}, got {m.got} ({m.confidence:.2f}, {m.method})"
                for m in self.misses
            ]
        if self.skipped:
            lines.append("skipped:")
            lines += [f"  {note}" for note in self.skipped]
        return "\n".join(lines)


def bundled_sample_manifest() -> Path:
    """Where the bundled sample's ``MANIFEST.json`` lives inside the installed package."""
    return Path(__file__).resolve().parents[1] / "samples" / "MANIFEST.json"


def evaluate_language(
    *,
    seeds_dir: Path | None,
    sample_manifest: Path | None,
    indosum: Path | None,
    indosum_limit: int = 500,
) -> LanguageReport:
    """Score :func:`~warta.extract.language.detect_language` on each set given (``None`` leaves it out)."""
    if seeds_dir is None and sample_manifest is None and indosum is None:
        raise InputError("nothing to evaluate: pass the seeds folder, the sample manifest or IndoSum")
    sources: list[tuple[str, Iterator[tuple[str, str, str]]]] = []
    skipped: list[str] = []
    if seeds_dir is not None:
        sources.append(("seeds", _seeds(seeds_dir)))
    if sample_manifest is not None:
        if sample_manifest.is_file():
            sources.append(("sample", _sample(sample_manifest, skipped)))
        else:
            skipped.append(f"sample: {sample_manifest} not found (the bundled sample is not written yet?)")
    if indosum is not None:
        sources.append(("indosum", _indosum(indosum, limit=indosum_limit)))
    scores: list[LanguageSetScore] = []
    misses: list[LanguageMiss] = []
    for name, items in sources:
        total = correct = 0
        for item, expected, text in items:
            guess = detect_language(text)
            total += 1
            if guess.code == expected:
                correct += 1
            else:
                misses.append(LanguageMiss(name, item, expected, guess.code, guess.confidence, guess.method))
        scores.append(LanguageSetScore(name, total, correct))
    return LanguageReport(tuple(scores), tuple(misses), tuple(skipped))


def _seeds(seeds_dir: Path) -> Iterator[tuple[str, str, str]]:
    """(file name, "id", text) for every seed article: all five are Indonesian."""
    if not seeds_dir.is_dir():
        raise InputError(f"seeds folder {seeds_dir} not found; pass the shared/seeds folder")
    for path in sorted(seeds_dir.glob("*.txt")):
        yield path.name, "id", path.read_text(encoding="utf-8")


def _sample(manifest: Path, skipped: list[str]) -> Iterator[tuple[str, str, str]]:
    """(file name, language, text) for every article the sample's manifest lists."""
    try:
        articles = json.loads(manifest.read_text(encoding="utf-8"))["articles"]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise InputError(
            f"{manifest} is not a sample manifest ({exc}); expected {{'articles': {{...}}}}"
        ) from exc
    for name, record in sorted(articles.items()):
        path = next(
            (p for p in (manifest.parent / "news" / name, manifest.parent / name) if p.is_file()), None
        )
        language = record.get("language") if isinstance(record, dict) else None
        if path is None or not language:
            skipped.append(f"sample: {name} has no file beside {manifest} or no language in it")
            continue
        yield name, str(language), _article_text(path)


def _article_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        from warta.ingest.html import extract_html  # only HTML samples need trafilatura

        return extract_html(raw).text
    return raw


def _indosum(path: Path, *, limit: int) -> Iterator[tuple[str, str, str]]:
    """(id, "id", text) for the first ``limit`` IndoSum articles, in file order."""
    if path.is_dir():
        path = path / "articles.jsonl"
    if not path.is_file():
        raise InputError(f"IndoSum file {path} not found; pass shared/data/indosum/articles.jsonl")
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(islice(lines, limit), start=1):
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path} line {number} is not JSON ({exc}); is this IndoSum?") from exc
            yield str(record["id"]), "id", str(record["text"])
