"""Summary speed and memory: warta vs sumy LexRank on stories of 5, 50 and 500 articles, in one run.

    .venv/bin/python bench/brief.py [--shared ../shared] [--sizes 5 50 500] [--lexrank-max 50]

Stories are the first N IndoSum articles (read in place; real Indonesian news of mixed topics, which
is the hard case for redundancy). Peak memory is tracemalloc's peak (Python and numpy allocations)
during one call; the embedding model and libraries are loaded before timing. sumy's LexRank compares every pair of
sentences in Python, so above ``--lexrank-max`` articles its time is extrapolated (quadratic) and
marked "est.".
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path

from warta.brief.summary import SummaryOptions, summarize
from warta.evaluate.indosum import read_records, to_article
from warta.evaluate.paths import default_shared
from warta.text.embeddings import embed
from warta.text.tokens import STOPWORDS, words
from warta.types import Article


def measure(run: Callable[[], object]) -> tuple[float, float]:
    """Seconds and peak MiB of one call."""
    tracemalloc.start()
    t0 = time.perf_counter()
    run()
    seconds = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / 2**20


def lexrank(articles: list[Article], n: int) -> object:
    """sumy LexRank over the story's sentences (our tokenizer, our stop words)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer

    class Tok:
        language = "indonesian"

        def to_sentences(self, text: str) -> tuple[str, ...]:
            return (text,)

        def to_words(self, text: str) -> tuple[str, ...]:
            return tuple(words(text))

    summarizer = LexRankSummarizer()
    summarizer.stop_words = STOPWORDS
    paragraphs = [Paragraph([Sentence(t, Tok()) for t in a.sentence_texts() if t.strip()]) for a in articles]
    return summarizer(ObjectDocumentModel(paragraphs), n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 50, 500])
    parser.add_argument("--lexrank-max", type=int, default=50)
    args = parser.parse_args()
    path = (args.shared or default_shared()) / "data" / "indosum" / "articles.jsonl"
    records = []
    for r in read_records(path):
        records.append(r)
        if len(records) >= max(args.sizes):
            break
    articles = [to_article(r) for r in records]
    opts = SummaryOptions(sentences=6)
    embed(["pemanasan model"])  # load the model and the libraries outside the timings
    summarize(articles[:2], options=opts)
    lexrank(articles[:2], 1)
    print(
        f"{'articles':>8} {'sentences':>9} {'warta s':>9} {'warta MiB':>9} {'LexRank s':>12} {'LexRank MiB':>11}"
    )
    last: tuple[int, float] | None = None
    for size in args.sizes:
        story = articles[:size]
        n_sent = sum(len(a.sentences) for a in story)
        ours_s, ours_m = measure(partial(summarize, story, options=opts))
        if size <= args.lexrank_max:
            lex_s, lex_m = measure(partial(lexrank, story, 6))
            lex = f"{lex_s:12.2f} {lex_m:11.1f}"
            last = (n_sent, lex_s)
        elif last is not None:
            est = last[1] * (n_sent / last[0]) ** 2
            lex = f"{est:8.0f} est. {'-':>11}"
        else:
            lex = f"{'-':>12} {'-':>11}"
        print(f"{size:8d} {n_sent:9d} {ours_s:9.2f} {ours_m:9.1f} {lex}")


if __name__ == "__main__":
    main()
