"""IndoSum summary gate: ROUGE-1/2/L F1 of warta vs Lead-3, sumy LexRank and TextRank, in one run.

warta reads each record as warta's cleaning would leave it (:func:`warta.evaluate.indosum.to_article`):
the leading dateline ("Jakarta, CNN Indonesia -- ", "Merdeka.com - ") is cut, as the human summaries
omit it, and warta's picked sentences are scored as cleaned. IndoSum has no titles, so the headline
is read from the slug of the article's URL (real articles come with their title). ``lead-3`` stays as the issue defines it,
the record's first three raw sentences; ``lead-3 (cleaned)`` is Lead-3 over warta's cleaned sentences.
The gap between ``lead-3`` and ``lead-3 (cleaned)`` is what cleaning alone gains; the gap between
``lead-3 (cleaned)`` and ``warta`` is what sentence *selection* gains. LexRank, TextRank and the
oracle pick from the raw sentences. ROUGE uses one tokenizer that lower-cases and keeps runs of
letters and digits, without stemming; ``rougeLsum`` puts one sentence per line on both sides. The
learned scorer's shipped weights were fitted on IndoSum folds other than the one evaluated here
(``dev.05`` by default), so no article is scored by weights trained on it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, partial
from pathlib import Path
from typing import Any

from warta.brief.summary import SummaryOptions, summarize
from warta.evaluate.indosum import IndoSumRecord, held_out, read_folds, read_records, select, to_article
from warta.extract.stems import stem
from warta.text.tokens import STOPWORDS, words

TEST_FOLD = "dev.05"
"""The fold the shipped scorer never saw; evaluations and test floors use it."""

INDOSUM_OPTIONS = SummaryOptions(sentences=3, min_words=3, max_words=200, semantic=False, facts_weight=0.0)
"""Single-document settings: short sentences may stand; no embeddings and no facts bonus (as trained)."""

Picker = Callable[[IndoSumRecord], list[str]]
"""A system: the sentences (as it scores them) it picks from a record, in text order."""


class RougeTokenizer:
    """The tokenizer object rouge-score calls: lower-cased runs of letters and digits."""

    def tokenize(self, text: str) -> list[str]:
        """Tokens of ``text``."""
        return words(text)


@dataclass(frozen=True)
class RougeScores:
    """F1 (in percent) averaged over articles."""

    rouge1: float
    rouge2: float
    rougeL: float
    rougeLsum: float


@dataclass(frozen=True)
class SummaryReport:
    """Each system's ROUGE on the same articles."""

    articles: int
    fold: str
    systems: dict[str, RougeScores]

    @property
    def passed(self) -> bool:
        """The gate: warta's R1, R2 and RL above Lead-3's (when both ran)."""
        ours, lead = self.systems.get("warta"), self.systems.get("lead-3")
        if ours is None or lead is None:
            return True
        return ours.rouge1 > lead.rouge1 and ours.rouge2 > lead.rouge2 and ours.rougeL > lead.rougeL

    def render(self) -> str:
        """A table, one system per line, then the gate and the gaps to Lead-3."""
        lines = [
            f"IndoSum {self.fold} (held out), {self.articles} articles, 3 sentences, ROUGE F1 x100",
            f"{'system':<17} {'R1':>6} {'R2':>6} {'RL':>6} {'RLsum':>6}",
        ]
        for name, s in self.systems.items():
            lines.append(f"{name:<17} {s.rouge1:6.2f} {s.rouge2:6.2f} {s.rougeL:6.2f} {s.rougeLsum:6.2f}")
        ours = self.systems.get("warta")
        for base in ("lead-3", "lead-3 (cleaned)"):
            if ours is not None and base in self.systems:
                lines.append(f"warta - {base}: R1 {ours.rouge1 - self.systems[base].rouge1:+.2f}")
        if ours is not None and "lead-3" in self.systems:
            lines.append(f"gate (warta above lead-3 on R1, R2, RL): {'PASS' if self.passed else 'FAIL'}")
        return "\n".join(lines)


@cache
def _scorer() -> Any:
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(
        ["rouge1", "rouge2", "rougeL", "rougeLsum"], use_stemmer=False, tokenizer=RougeTokenizer()
    )


def rouge(picked: Sequence[str], reference: Sequence[str]) -> RougeScores:
    """ROUGE F1 (percent) of the picked sentences against the reference sentences."""
    got = _scorer().score("\n".join(reference), "\n".join(picked))
    return RougeScores(*(100 * got[k].fmeasure for k in ("rouge1", "rouge2", "rougeL", "rougeLsum")))


def mean_scores(scores: Sequence[RougeScores]) -> RougeScores:
    """The average of per-article scores."""
    n = max(len(scores), 1)
    return RougeScores(
        sum(s.rouge1 for s in scores) / n,
        sum(s.rouge2 for s in scores) / n,
        sum(s.rougeL for s in scores) / n,
        sum(s.rougeLsum for s in scores) / n,
    )


def warta_picker(options: SummaryOptions = INDOSUM_OPTIONS) -> Picker:
    """The cleaned sentences our summariser picks, in text order."""

    def pick(record: IndoSumRecord) -> list[str]:
        chosen = summarize([to_article(record)], options=options)
        return [c.text for c in sorted(chosen, key=lambda c: c.citations[0].start)]

    return pick


def lead_picker(record: IndoSumRecord) -> list[str]:
    """The first three non-empty raw sentences of the record (Lead-3 as the issue defines it)."""
    return [s for s in record.sentences if s.strip()][:3]


def cleaned_lead_picker(record: IndoSumRecord) -> list[str]:
    """The first three non-empty sentences as warta cleans them (dateline cut)."""
    return [s for s in to_article(record).sentence_texts() if s.strip()][:3]


def oracle_picker(record: IndoSumRecord) -> list[str]:
    """The oracle labels (an upper bound for extractive selection), raw."""
    return [record.sentences[i] for i in record.oracle]


def sumy_picker(method: str) -> Picker:
    """sumy's LexRank or TextRank given our sentences, our tokenizer, PySastrawi and our stop words."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    summarizer = (LexRankSummarizer if method == "lexrank" else TextRankSummarizer)(
        partial(stem, english=False)
    )
    summarizer.stop_words = STOPWORDS

    def pick(record: IndoSumRecord) -> list[str]:
        texts = [s for s in record.sentences if s.strip()]
        index = {t: i for i, t in reversed(list(enumerate(record.sentences)))}
        doc = ObjectDocumentModel([Paragraph([Sentence(t, _SumyTokenizer()) for t in texts])])
        return [record.sentences[i] for i in sorted(index[str(s)] for s in summarizer(doc, 3))]

    return pick


class _SumyTokenizer:
    """What sumy asks of a tokenizer; sentences are given, so only words are split."""

    language = "indonesian"

    def to_sentences(self, text: str) -> tuple[str, ...]:
        return (text,)

    def to_words(self, text: str) -> tuple[str, ...]:
        return tuple(words(text))


def score_system(records: Sequence[IndoSumRecord], pick: Picker) -> RougeScores:
    """Mean ROUGE of one system over ``records``."""
    out = []
    for r in records:
        out.append(rouge(pick(r), r.summary_sentences))
    return mean_scores(out)


def held_out_records(
    indosum: Path, *, fold: str = TEST_FOLD, limit: int | None = None
) -> list[IndoSumRecord]:
    """The held-out fold's records (ids seen in any other fold are left out)."""
    test, _ = held_out(read_folds(indosum / "folds.json"), fold)
    return select(list(read_records(indosum / "articles.jsonl")), test, limit=limit)


def evaluate_summary(
    indosum: Path, *, fold: str = TEST_FOLD, limit: int | None = None, baselines: bool = True
) -> SummaryReport:
    """warta, Lead-3, LexRank, TextRank and the oracle on IndoSum's held-out fold."""
    records = held_out_records(indosum, fold=fold, limit=limit)
    systems: dict[str, Picker] = {"warta": warta_picker()}
    if baselines:
        systems |= {
            "warta-nolearn": warta_picker(replace(INDOSUM_OPTIONS, learned=False)),
            "lead-3": lead_picker,
            "lead-3 (cleaned)": cleaned_lead_picker,
            "lexrank-3": sumy_picker("lexrank"),
            "textrank-3": sumy_picker("textrank"),
            "oracle": oracle_picker,
        }
    return SummaryReport(
        articles=len(records), fold=fold, systems={k: score_system(records, p) for k, p in systems.items()}
    )
