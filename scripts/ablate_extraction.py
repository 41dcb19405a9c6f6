"""What each step of ``extract_html`` adds: F1 per half with each tree repair (or the line clean-up) left out.

    PYTHONPATH=src .venv/bin/python scripts/ablate_extraction.py ../shared/data/extraction/scrapinghub

A step pays for itself when leaving it out lowers F1 on the half it was not designed on.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from warta.evaluate.extraction import (
    HALVES,
    PageScore,
    half_of,
    load_benchmark,
    read_page,
    score_page,
    score_system,
)
from warta.ingest.html import extract_html
from warta.ingest.html_tree import REPAIRS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", type=Path, help="a set folder (ground-truth.json + html/)")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    args = parser.parse_args()
    gold = load_benchmark(args.bench, limit=args.limit)
    pages = {page: read_page(args.bench, page) for page in gold}
    names = tuple(name for name, _ in REPAIRS)
    # label -> (repairs skipped, line clean-up on)
    variants: dict[str, tuple[tuple[str, ...], bool]] = {"warta (every step)": ((), True)}
    variants |= {f"without {name}": ((name,), True) for name in names}
    variants |= {"without any repair": (names, True), "without line clean-up": ((), False)}
    print(f"{'variant':<32}  " + "  ".join(f"F1 {h:<4}" for h in (*HALVES, "all")))
    for label, (skip, clean) in variants.items():
        scores: dict[str, list[PageScore]] = {h: [] for h in HALVES}
        for page, body in gold.items():
            text = extract_html(pages[page], skip_repairs=skip, clean=clean).text
            scores[half_of(page)].append(score_page(body, text))
        f1 = [score_system(label, scores[h]).f1 for h in HALVES]
        f1.append(score_system(label, scores["dev"] + scores["test"]).f1)
        print(f"{label:<32}  " + "  ".join(f"{v:7.4f}" for v in f1), flush=True)


if __name__ == "__main__":
    main()
