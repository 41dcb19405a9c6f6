"""One story's brief, warm: CPU of ``build_story`` on a 200-article story, and where it goes.

The story is the first ``--articles`` articles (oldest first) of one Timeline17 topic, analysed
once; the brief is built once to warm the encoder and the vector cache, then timed ``--repeat``
times (CPU seconds, the best of them; the target is 2 s for 200 articles); the per-article
extraction inside it (``extract_facts``, which an archive can store) is timed on its own after,
and the brief built again from those stored facts.
``--profile`` prints the share of the brief's stages (summary, facts and their quotes, speaker ranking,
entities and figures, reconcile, quote merging, timeline, title) from cProfile.

``--base SRC`` runs it on another tree's ``src`` and on this one in turn (``--rounds`` rounds, each a
fresh process) and prints both side by side, with each step of a build (``summarize``,
``build_records``, ``extract_facts``, ``reconcile_story``, ...) timed on its own.

    nice -n 10 .venv/bin/python bench/story_brief.py [--topic LibyaWar_reuters] [--articles 200]
    nice -n 10 .venv/bin/python bench/story_brief.py --base /tmp/base/src [--rounds 2]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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


# What ``warta.brief.build`` calls per build, timed one by one in an extra build (``process_time``
# around each call; a call inside another is counted in both, none of these nests).
STEPS = (
    "summarize",
    "build_records",
    "find_duplicates",
    "extract_facts",
    "reconcile_story",
    "build_timeline",
    "choose_title",
    "known_now",
    "disputed_now",
)


def _steps(build: Callable[[], object]) -> dict[str, float]:
    """CPU seconds of each of :data:`STEPS` in one ``build()``, and the rest of it as ``"other"``."""
    from warta.brief import build as module

    spent: dict[str, float] = dict.fromkeys(STEPS, 0.0)
    originals = {name: getattr(module, name) for name in STEPS if hasattr(module, name)}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                out = fn(*args, **kwargs)
                return iter(list(out)) if isinstance(out, Iterator) else out  # a generator's work, here
            finally:
                spent[name] += time.process_time() - start

        return run

    for name, fn in originals.items():
        setattr(module, name, timed(name, fn))
    try:
        start = time.process_time()
        build()
        total = time.process_time() - start
    finally:
        for name, fn in originals.items():
            setattr(module, name, fn)
    spent["other"] = total - sum(spent.values())
    spent["total"] = total
    return spent


def measure(args: argparse.Namespace) -> dict[str, Any]:
    """The figures this bench prints, as a dict (``--json`` prints it as one line)."""
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
    out: dict[str, Any] = {
        "topic": args.topic,
        "articles": len(articles),
        "quotes": len(story.quotes),
        "figure_groups": len(story.figures),
        "warm": min(times),
        "extraction": extraction,
        "stored": min(with_stored),
        "load": load[0],
        "steps_warm": _steps(lambda: build_story(articles)),
        "steps_stored": _steps(lambda: build_story(articles, article_facts=stored)),
    }
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        build_story(articles)
        prof.disable()
        stats = pstats.Stats(prof)
        rows: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
        total = max(v[3] for v in rows.values())
        out["shares"] = {
            name: max((v[3] for k, v in rows.items() if key in f"{k[0]}:({k[2]})"), default=0.0) / total
            for name, key in STAGES.items()
        }
    return out


def report(m: dict[str, Any]) -> None:
    print(
        f"story brief: {m['topic']}, {m['articles']} articles, {m['quotes']} quotes, "
        f"{m['figure_groups']} figure groups: {m['warm']:.2f} s CPU warm (target 2 s); "
        f"load average {m['load']:.2f}"
    )
    print(
        f"  of which per-article extraction (extract_facts, which an archive can store): {m['extraction']:.2f} s CPU; "
        f"the rest: {m['warm'] - m['extraction']:.2f} s CPU"
    )
    print(f"  with every article's facts stored (build_story(article_facts=...)): {m['stored']:.2f} s CPU")
    for name, share in m.get("shares", {}).items():
        print(f"  {name}: {100 * share:.0f}% of the brief")


def _rows(m: dict[str, Any]) -> dict[str, float]:
    rows = {
        "warm brief": m["warm"],
        "  per-article extraction": m["extraction"],
        "from stored facts": m["stored"],
    }
    for kind, label in (("steps_warm", "warm"), ("steps_stored", "stored")):
        for step, cpu in m[kind].items():
            rows[f"  {label} step {step}"] = cpu
    return rows


def compare(args: argparse.Namespace, argv: list[str]) -> None:
    """``--base SRC``: this bench run on that source tree and on this one in turn, ``--rounds`` times,
    each in its own process, then a table of both (best of the rounds) and branch / base."""
    ours = Path(__file__).resolve().parent.parent / "src"
    trees = {"base": args.base.resolve(), "branch": ours}
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    child = _without_base(argv)
    for _ in range(args.rounds):
        for name, src in trees.items():
            env = {**os.environ, "PYTHONPATH": str(src)}
            done = subprocess.run(
                [sys.executable, __file__, *child, "--json"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            runs[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
    base, branch = runs["base"][0], runs["branch"][0]
    print(
        f"story brief: {base['topic']}, {base['articles']} articles; base {trees['base']} vs this tree, "
        f"{args.rounds} round(s) alternating; load average "
        + ", ".join(f"{r['load']:.1f}" for rs in zip(runs["base"], runs["branch"], strict=True) for r in rs)
    )
    print("| s CPU (best of rounds) | base | branch | branch / base |")
    print("|---|---|---|---|")
    table = {name: [_rows(r) for r in rs] for name, rs in runs.items()}
    for row in table["base"][0]:
        b = min(r[row] for r in table["base"])
        o = min(r.get(row, float("nan")) for r in table["branch"])
        ratio = f"{o / b:.2f}" if b > 0.005 else "-"
        print(f"| {row} | {b:.2f} | {o:.2f} | {ratio} |")
    if base["quotes"] != branch["quotes"] or base["figure_groups"] != branch["figure_groups"]:
        print(
            f"  note: the briefs differ: quotes {base['quotes']} / {branch['quotes']}, "
            f"figure groups {base['figure_groups']} / {branch['figure_groups']}"
        )


def _without_base(argv: list[str]) -> list[str]:
    out, skip = [], False
    for a in argv:
        if skip:
            skip = False
            continue
        if a in ("--base", "--rounds"):
            skip = True
            continue
        if a.startswith(("--base=", "--rounds=")):
            continue
        out.append(a)
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shared", type=Path, help="the shared/ folder (default: ../shared)")
    p.add_argument("--topic", default="LibyaWar_reuters")
    p.add_argument("--articles", type=int, default=200)
    p.add_argument("--repeat", type=int, default=2)
    p.add_argument("--profile", action="store_true")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    p.add_argument("--base", type=Path, help="another tree's src/ folder, run first in each round")
    p.add_argument("--rounds", type=int, default=2, help="rounds of base then this tree (with --base)")
    args = p.parse_args()
    if args.base:
        compare(args, sys.argv[1:])
        return
    m = measure(args)
    if args.json:
        print(json.dumps(m))
    else:
        report(m)


if __name__ == "__main__":
    main()
