"""Copy detection quality on simulated syndication: precision and recall of copy pairs.

Each simulated copy of an IndoSum article gets a new headline, a trimmed ending, about 5% of its
words changed and another outlet's boilerplate, and a date up to two days later; the copies are
mixed with their originals and other IndoSum articles (including same-event coverage by other
outlets, which is *not* a copy). The text is read in place; nothing is written.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from warta.evaluate.clustering import indosum_articles
from warta.stories.dedupe import DedupeOptions, find_duplicates
from warta.stories.records import make_record
from warta.types import Article

# Furniture another outlet would wrap a syndicated piece in (written for warta).
BOILERPLATE = (
    ("Baca juga: Lima hal yang perlu Anda ketahui hari ini", "Simak berita lainnya di kanal kami."),
    ("IKUTI KAMI DI MEDIA SOSIAL UNTUK KABAR TERBARU", "Editor: Redaksi Daring | Hak cipta dilindungi."),
    ("Artikel ini telah tayang sebelumnya.", "Dapatkan update berita pilihan setiap hari."),
)
OUTLETS = ("warta-ulang", "kabar-salin", "berita-sindikasi")


@dataclass(frozen=True)
class CopySimulation:
    """How copies are made: share of words changed, share of the ending trimmed, date shift."""

    changed: float = 0.05
    trim_min: float = 0.1
    trim_max: float = 0.4
    max_days: int = 2


def simulate_copy(
    article: Article, *, rng: random.Random, vocabulary: Sequence[str], sim: CopySimulation
) -> Article:
    """A syndicated copy: new headline, trimmed ending, some words changed, another outlet's furniture."""
    paragraphs = [p for p in article.text.split("\n\n") if p.strip()]
    keep = max(1, round(len(paragraphs) * (1 - rng.uniform(sim.trim_min, sim.trim_max))))
    tokens = "\n\n".join(paragraphs[:keep]).split(" ")
    for i in rng.sample(range(len(tokens)), k=int(len(tokens) * sim.changed)):
        tokens[i] = rng.choice(vocabulary)
    head, tail = rng.choice(BOILERPLATE)
    title = " ".join(rng.sample(vocabulary, k=min(7, len(vocabulary)))).capitalize()
    text = f"{head}\n\n{' '.join(tokens)}\n\n{tail}"
    published = article.published
    if published:
        published = (date.fromisoformat(published) + timedelta(days=rng.randint(0, sim.max_days))).isoformat()
    return replace(
        article,
        id=f"copy-of-{article.id}",
        source=f"copy-of-{article.source}",
        text=text,
        title=title,
        outlet=rng.choice(OUTLETS),
        published=published,
    )


GATE = 0.95
"""Copy-pair precision and recall below this fail ``warta eval duplicates`` (exit 1)."""


@dataclass(frozen=True)
class DuplicateReport:
    """Precision and recall of predicted copy pairs against the simulated ones."""

    precision: float
    recall: float
    predicted: int
    gold: int
    articles: int

    @property
    def passed(self) -> bool:
        """The gate: precision and recall of copy pairs both at least :data:`GATE`."""
        return self.precision >= GATE and self.recall >= GATE

    def render(self) -> str:
        """Plain-text figures."""
        return (
            f"articles {self.articles}, simulated copies {self.gold}, predicted copies {self.predicted}\n"
            f"copy pairs: precision {self.precision:.4f}  recall {self.recall:.4f}\n"
            f"gate (both >= {GATE}): {'PASS' if self.passed else 'FAIL'}\n"
        )


def evaluate_duplicates(
    articles: Path,
    *,
    copies: int = 300,
    others: int = 700,
    seed: int = 7,
    options: DedupeOptions | None = None,
    sim: CopySimulation | None = None,
) -> DuplicateReport:
    """Simulate ``copies`` syndicated copies among ``others`` unrelated IndoSum articles and score dedupe."""
    pool = indosum_articles(articles)
    rng = random.Random(seed)
    chosen = rng.sample(pool, k=min(len(pool), copies + others))
    originals, rest = chosen[:copies], chosen[copies:]
    vocabulary = sorted({w for a in rest[:50] for w in a.text.split() if w.isalpha() and len(w) > 3})
    made = [simulate_copy(a, rng=rng, vocabulary=vocabulary, sim=sim or CopySimulation()) for a in originals]
    records = [make_record(a, embed=False) for a in [*originals, *made, *rest]]
    verdicts = find_duplicates(records, options=options)
    predicted = {(c.id, c.duplicate_of) for c in verdicts.values() if c.duplicate_of}
    gold = {(m.id, o.id) for m, o in zip(made, originals, strict=True)}
    hits = len(predicted & gold)
    return DuplicateReport(
        precision=hits / len(predicted) if predicted else 1.0,
        recall=hits / len(gold) if gold else 1.0,
        predicted=len(predicted),
        gold=len(gold),
        articles=len(records),
    )
