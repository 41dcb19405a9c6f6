"""``warta eval WHAT``: evaluation gates that print their figures (tests pin floors under them).

Each evaluation is one small function here that calls a ``warta.evaluate`` module, whose report
has ``render() -> str``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Protocol

from warta.api import sample_path
from warta.cli.common import Subparsers
from warta.evaluate.paths import default_shared


class Report(Protocol):
    """What every evaluation returns."""

    def render(self) -> str: ...


def _shared(args: argparse.Namespace) -> Path:
    return Path(args.shared) if getattr(args, "shared", None) else default_shared()


def eval_cleaning(args: argparse.Namespace) -> Report:
    from warta.evaluate.cleaning import evaluate_cleaning

    return evaluate_cleaning(Path(args.gold), seeds_dir=Path(args.seeds) if args.seeds else None)


def eval_extraction(args: argparse.Namespace) -> Report:
    from warta.evaluate.extraction import evaluate_extraction

    return evaluate_extraction(Path(args.bench), limit=args.limit)


def eval_language(args: argparse.Namespace) -> Report:
    from warta.evaluate.language import evaluate_language

    shared = _shared(args)
    return evaluate_language(
        seeds_dir=shared / "seeds",
        sample_manifest=sample_path() / "MANIFEST.json",
        indosum=shared / "data" / "indosum" / "articles.jsonl",
        indosum_limit=args.limit or 500,
    )


def cmd_eval(args: argparse.Namespace) -> int:
    """Run one evaluation and print its report."""
    print(args.evaluate(args).render())
    return 0


def register(sub: Subparsers) -> None:
    """Add ``eval`` and its evaluations."""
    p = sub.add_parser("eval", help="evaluation gates: print figures")
    p.set_defaults(func=cmd_eval)
    esub = p.add_subparsers(dest="what", required=True, metavar="WHAT")

    e = esub.add_parser("cleaning", help="boilerplate removed / content kept on a gold file")
    e.add_argument("gold", help="gold JSON, e.g. ../shared/gold/seeds.gold.json")
    e.add_argument("--seeds", help="folder of the gold's article files (default: ../seeds beside the gold)")
    e.set_defaults(evaluate=eval_cleaning)

    e = esub.add_parser("extraction", help="HTML body extraction on the ScrapingHub benchmark")
    e.add_argument("bench", help="benchmark folder, e.g. ../shared/data/extraction/scrapinghub")
    e.add_argument("--limit", type=int, help="score only the first N pages")
    e.set_defaults(evaluate=eval_extraction)

    e = esub.add_parser("language", help="language ID accuracy on seeds, sample and IndoSum")
    e.add_argument("--shared", help="the shared/ folder (default: ../shared beside the repo or cwd)")
    e.add_argument("--limit", type=int, help="IndoSum articles to use (default: 500)")
    e.set_defaults(evaluate=eval_language)
