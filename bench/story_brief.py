"""One story's brief, warm: CPU of ``build_story`` on a 200-article story, and where it goes.

The story is the first ``--articles`` articles (oldest first) of one Timeline17 topic, analysed
once; the brief is built once to warm the encoder and the vector cache, then timed ``--repeat``
times (CPU seconds, the best of them; the target is 2 s for 200 articles); the per-article
extraction inside it (``extract_facts``, which an archive can store) is timed on its own after,
and the brief built again from those stored facts.
``--profile`` prints the share of the brief's stages (summary, facts and their quotes, speaker ranking,
entities and figures, reconcile, quote merging, timeline, title) from cProfile.

    nice -n 10 .venv/bin/python bench/story_brief.py [--topic LibyaWar_reuters] [--articles 200]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import time
from pathlib import Path

from warta.brief.build import build_story
from warta.evaluate.paths import default_shared
from warta.evaluate.timeline import topic_documents
from warta.extract.facts import extract_facts
from warta.pipeline import analyze_all

STAGES = {
    "summary": "summary.py:",
    "facts (extract)": "extract/facts.py:",
    "  of which quotes": "extract/quotes.py:(find_quotes)",
    "    of which speaker ranking": "speaker_rank.py:(rank_speakers)",
    "  of which entities": "extract/entities.py:(find_entities)",
    "  of which figures": "extract/figures.py:(find_figures)",
    "reconcile": "story.py:",
    "  of which quote merging": "reconcile/quotes.py:",
    "timeline": "timeline.py:",
    "title": "(choose_title)",
    "dedupe records": "(build_records)",
}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shared", type=Path, help="the shared/ folder (default: ../shared)")
    p.add_argument("--topic", default="LibyaWar_reuters")
    p.add_argument("--articles", type=int, default=200)
    p.add_argument("--repeat", type=int, default=2)
    p.add_argument("--profile", action="store_true")
    args = p.parse_args()
    folder = (args.shared or default_shared()) / "data" / "timeline" / "t17" / args.topic
    docs = topic_documents(folder)[: args.articles]
    articles = analyze_all(docs).articles
    load = os.getloadavg()
    build_story(articles)  # warm: model, vectors, caches
    times = []
    for _ in range(args.repeat):
        start = time.process_time()
        story = build_story(articles)
        times.append(time.process_time() - start)
    start = time.process_time()
    stored = {a.id: extract_facts(a) for a in articles}
    extraction = time.process_time() - start
    with_stored = []
    for _ in range(args.repeat):  # as an archive rebuilds it: every article's facts stored
        start = time.process_time()
        build_story(articles, article_facts=stored)
        with_stored.append(time.process_time() - start)
    print(
        f"story brief: {args.topic}, {len(articles)} articles, {len(story.quotes)} quotes, "
        f"{len(story.figures)} figure groups: {min(times):.2f} s CPU warm (target 2 s); "
        f"load average {load[0]:.2f}"
    )
    print(
        f"  of which per-article extraction (extract_facts, which an archive can store): {extraction:.2f} s CPU; "
        f"the rest: {min(times) - extraction:.2f} s CPU"
    )
    print(
        f"  with every article's facts stored (build_story(article_facts=...)): {min(with_stored):.2f} s CPU"
    )
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        build_story(articles)
        prof.disable()
        stats = pstats.Stats(prof)
        total = max(v[3] for v in stats.stats.values())  # type: ignore[attr-defined]
        for name, key in STAGES.items():
            cum = max((v[3] for k, v in stats.stats.items() if key in f"{k[0]}:({k[2]})"), default=0.0)  # type: ignore[attr-defined]
            print(f"  {name}: {100 * cum / total:.0f}% of the brief")


if __name__ == "__main__":
    main()
