"""Copy detection quality on simulated syndication: copy pairs found, and which article copies which.

Each simulated copy of an IndoSum article gets a new headline, a trimmed ending, about 5% of its
words changed and another outlet's boilerplate, and a date up to two days later (a third of them the
same day); half the pairs carry publication times (the copy's some hours later), a third of the
copies credit the original's outlet the way portals do ("Sumber: Merdeka.com", "dilansir dari
Suara.com", "Artikel ini telah tayang di ..."), read by the cleaner as a pipeline would. Copies get
ids that sort before or after their original's at random, so the id never gives the direction away.
The copies are mixed with their originals and other IndoSum articles (including same-event coverage
by other outlets, which is *not* a copy). The text is read in place; nothing is written.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from warta.clean.cleaner import clean
from warta.evaluate.clustering import indosum_articles
from warta.evaluate.duplicates_gold import GoldDuplicates
from warta.stories.dedupe import DedupeOptions, find_duplicates
from warta.stories.records import make_record
from warta.types import Article, RawDocument

# Furniture another outlet would wrap a syndicated piece in (written for warta).
BOILERPLATE = (
    ("Baca juga: Lima hal yang perlu Anda ketahui hari ini", "Simak berita lainnya di kanal kami."),
    ("IKUTI KAMI DI MEDIA SOSIAL UNTUK KABAR TERBARU", "Editor: Redaksi Daring | Hak cipta dilindungi."),
    ("Artikel ini telah tayang sebelumnya.", "Dapatkan update berita pilihan setiap hari."),
)
OUTLETS = ("warta-ulang", "kabar-salin", "berita-sindikasi")
# How a portal writes the IndoSum outlets' names when it credits them.
CREDITED_NAMES = {
    "cnn indonesia": "CNN Indonesia",
    "kumparan": "kumparan.com",
    "dailysocial.id": "DailySocial.id",
    "antaranews": "Antaranews.com",
    "merdeka": "Merdeka.com",
    "juara.net": "Juara.net",
    "suara": "Suara.com",
    "rimanews": "Rimanews",
    "goal indonesia": "Goal Indonesia",
    "poskotanews": "Poskotanews",
}
# Credit forms as portals print them (our wording): a closing line, or a phrase opening the lead.
CREDIT_LINES = ("Sumber: {name}", "Artikel ini telah tayang di {name} dengan judul serupa.")
CREDIT_LEADS = ("Seperti dilansir dari {name}, ", "Dikutip dari {name}, ")


@dataclass(frozen=True)
class CopySimulation:
    """How copies are made: words changed, ending trimmed, date shift, share timed and credited."""

    changed: float = 0.05
    trim_min: float = 0.1
    trim_max: float = 0.4
    max_days: int = 2
    timed: float = 0.5  # share of pairs whose publication times are known
    credited: float = 1 / 3  # share of copies that credit the original's outlet
    max_hours: float = 8.0  # a timed copy follows its original by half an hour to this many hours


def _credit(text: str, outlet: str | None, rng: random.Random) -> str:
    if not outlet:
        return text
    name = CREDITED_NAMES.get(outlet, outlet.title())
    if rng.random() < 0.5:
        return f"{text}\n\n{rng.choice(CREDIT_LINES).format(name=name)}"
    lead = rng.choice(CREDIT_LEADS).format(name=name)
    return lead + text[:1].lower() + text[1:]


def simulate_copy(
    article: Article, *, rng: random.Random, vocabulary: Sequence[str], sim: CopySimulation
) -> Article:
    """A syndicated copy: new headline, trimmed ending, some words changed, another outlet's furniture.

    A copy of a timed article (``published_at``) is timed too, later by up to ``sim.max_hours`` more
    than its day shift; a share of copies credit the original's outlet (read with the cleaner).
    """
    paragraphs = [p for p in article.text.split("\n\n") if p.strip()]
    keep = max(1, round(len(paragraphs) * (1 - rng.uniform(sim.trim_min, sim.trim_max))))
    tokens = "\n\n".join(paragraphs[:keep]).split(" ")
    for i in rng.sample(range(len(tokens)), k=int(len(tokens) * sim.changed)):
        tokens[i] = rng.choice(vocabulary)
    body = " ".join(tokens)
    if rng.random() < sim.credited:
        body = _credit(body, article.outlet, rng)
    head, tail = rng.choice(BOILERPLATE)
    title = " ".join(rng.sample(vocabulary, k=min(7, len(vocabulary)))).capitalize()
    text = f"{head}\n\n{body}\n\n{tail}"
    days = rng.randint(0, sim.max_days)
    published, published_at = article.published, None
    if article.published_at:
        hours = rng.uniform(0.5, sim.max_hours)
        at = datetime.fromisoformat(article.published_at) + timedelta(days=days, hours=hours)
        published, published_at = at.date().isoformat(), at.isoformat(timespec="minutes")
    elif published:
        published = (date.fromisoformat(published) + timedelta(days=days)).isoformat()
    credits = clean(RawDocument(article.source, text, text, "text")).metadata.credited_sources
    # An id that sorts before or after the original's at random: the id must not give the answer.
    serial = rng.randrange(10**9, 2 * 10**9)
    return replace(
        article,
        id=f"{serial}-salinan-{article.id.split('-', 1)[-1]}",
        source=f"copy-of-{article.source}",
        text=text,
        title=title,
        outlet=rng.choice(OUTLETS),
        published=published,
        published_at=published_at,
        credited_sources=credits,
    )


def timed(article: Article) -> Article:
    """An IndoSum article with its publication time (its id's Unix timestamp, UTC)."""
    head = article.id.split("-", 1)[0]
    if not head.isdigit():
        return article
    return replace(article, published_at=datetime.fromtimestamp(int(head), UTC).isoformat(timespec="minutes"))


GATE = 0.95
"""Copy-pair precision and recall below this fail ``warta eval duplicates`` (exit 1)."""


@dataclass(frozen=True)
class DuplicateReport:
    """Precision and recall of predicted copy pairs against the simulated ones, and their direction.

    A pair is found whichever way round dedupe points it; ``direction_right`` counts the found pairs
    whose copy points at its original, overall and among the pairs published the same day.
    """

    precision: float
    recall: float
    predicted: int
    gold: int
    articles: int
    found: int = 0
    direction_right: int = 0
    same_day_found: int = 0
    same_day_right: int = 0
    golds: tuple[GoldDuplicates, ...] = ()

    @property
    def direction(self) -> float:
        """Share of found pairs pointed the right way (1.0 with none found)."""
        return self.direction_right / self.found if self.found else 1.0

    @property
    def same_day_direction(self) -> float:
        """The same among pairs published on the same day."""
        return self.same_day_right / self.same_day_found if self.same_day_found else 1.0

    @property
    def passed(self) -> bool:
        """The gate: precision and recall of copy pairs both at least :data:`GATE`."""
        return self.precision >= GATE and self.recall >= GATE

    def render(self) -> str:
        """Plain-text figures."""
        lines = [
            f"articles {self.articles}, simulated copies {self.gold}, predicted copies {self.predicted}",
            f"copy pairs: precision {self.precision:.4f}  recall {self.recall:.4f}",
            f"direction right {self.direction_right}/{self.found} ({self.direction:.4f}); "
            f"same-day pairs {self.same_day_right}/{self.same_day_found} ({self.same_day_direction:.4f})",
            *(g.render() for g in self.golds),
            f"gate (both >= {GATE}): {'PASS' if self.passed else 'FAIL'}",
        ]
        return "\n".join(lines) + "\n"


def evaluate_duplicates(
    articles: Path,
    *,
    copies: int = 300,
    others: int = 700,
    seed: int = 7,
    options: DedupeOptions | None = None,
    sim: CopySimulation | None = None,
    golds: Sequence[GoldDuplicates] = (),
) -> DuplicateReport:
    """Simulate ``copies`` syndicated copies among ``others`` unrelated IndoSum articles and score dedupe.

    ``golds`` are the copy pairs of gold files (:func:`~warta.evaluate.duplicates_gold.evaluate_gold`),
    printed with the report.
    """
    sim = sim or CopySimulation()
    pool = indosum_articles(articles)
    rng = random.Random(seed)
    chosen = rng.sample(pool, k=min(len(pool), copies + others))
    originals, rest = chosen[:copies], chosen[copies:]
    originals = [timed(a) if rng.random() < sim.timed else a for a in originals]
    vocabulary = sorted({w for a in rest[:50] for w in a.text.split() if w.isalpha() and len(w) > 3})
    made = [simulate_copy(a, rng=rng, vocabulary=vocabulary, sim=sim) for a in originals]
    records = [make_record(a, embed=False) for a in [*originals, *made, *rest]]
    verdicts = find_duplicates(records, options=options)
    predicted = {(c.id, c.duplicate_of) for c in verdicts.values() if c.duplicate_of}
    unordered = {frozenset(p) for p in predicted}
    found = [(m, o) for m, o in zip(made, originals, strict=True) if frozenset((m.id, o.id)) in unordered]
    right = [(m, o) for m, o in found if (m.id, o.id) in predicted]
    hits = len(found)
    return DuplicateReport(
        precision=hits / len(predicted) if predicted else 1.0,
        recall=hits / len(made) if made else 1.0,
        predicted=len(predicted),
        gold=len(made),
        articles=len(records),
        found=hits,
        direction_right=len(right),
        same_day_found=sum(1 for m, o in found if m.published == o.published),
        same_day_right=sum(1 for m, o in right if m.published == o.published),
        golds=tuple(golds),
    )
