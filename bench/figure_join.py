"""Figure grouping speed: the pairwise-model join against the rules, on one large story, in one run.

    nice -n 10 .venv/bin/python bench/figure_join.py [--articles 5] [--values 300] [--repeat 1]

Each article is invented text (no news text) of ``--values`` death tolls of one kind, each in its own
sentence with words that vary, so every value of one article is a candidate pair of every value of
the others (5 articles x 300 values: 900,000 cross-article pairs in one block). Both joins run on the
same figures with the sentence-embedding model loaded before the clock (the model join reads sentence
vectors; the rules join does not); CPU seconds and the model ÷ rules ratio are printed beside the load.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import time

from warta.extract.figures import ArticleFigure, find_figures
from warta.reconcile.figures import reconcile_figures
from warta.text.embeddings import embed
from warta.types import Span

_PLACES = ("desa", "kampung", "dusun", "kecamatan", "kota", "pulau", "lereng", "pesisir")
_CAUSES = ("banjir", "longsor", "gempa", "kebakaran", "angin", "ombak", "letusan", "badai")


def _sentences(text: str) -> tuple[Span, ...]:
    return tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))


def story(articles: int, values: int, *, seed: int = 7) -> list[ArticleFigure]:
    """``articles`` invented articles of ``values`` death tolls each, read by the figure reader."""
    rng = random.Random(seed)
    out: list[ArticleFigure] = []
    for a in range(articles):
        lines = [
            f"Sebanyak {rng.randint(2, 900)} orang tewas akibat {rng.choice(_CAUSES)} di "
            f"{rng.choice(_PLACES)} {rng.choice(_PLACES)} nomor {k}."
            for k in range(values)
        ]
        text = " ".join(lines)
        out += find_figures(text, _sentences(text), article=f"a{a}", as_of=lambda _: "2025-03-01")
    return out


def cpu(run: object, repeat: int) -> float:
    """Best CPU seconds of ``repeat`` calls."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        run()  # type: ignore[operator]
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=5)
    ap.add_argument("--values", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    figures = story(args.articles, args.values)
    embed(["pemanasan model"])
    rules = cpu(lambda: reconcile_figures(figures, min_articles=2), args.repeat)
    model = cpu(lambda: reconcile_figures(figures, min_articles=2, join="model"), args.repeat)
    print(f"load average {os.getloadavg()[0]:.1f}; {len(figures)} figures, {args.articles} articles")
    print("| join | CPU s | ÷ rules |")
    print("|---|---|---|")
    print(f"| rules | {rules:.2f} | 1.00 |")
    print(f"| model | {model:.2f} | {model / rules:.2f} |")


if __name__ == "__main__":
    main()
