"""``warta eval WHAT``: evaluation gates that print their figures (tests pin floors under them).

Each evaluation is one small function here that calls a ``warta.evaluate`` module, whose report
has ``render() -> str``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Protocol

from warta.cli import choices
from warta.cli.common import Subparsers


class Report(Protocol):
    """What every evaluation returns."""

    def render(self) -> str: ...


def sample_path() -> Path:
    """The bundled sample corpus (imported late: warta.api loads the whole pipeline)."""
    from warta.api import sample_path as bundled

    return bundled()


def _shared(args: argparse.Namespace) -> Path:
    from warta.evaluate.paths import default_shared

    return Path(args.shared) if getattr(args, "shared", None) else default_shared()


def eval_cleaning(args: argparse.Namespace) -> Report:
    from warta.evaluate.cleaning import evaluate_cleaning
    from warta.evaluate.furniture import evaluate_furniture
    from warta.evaluate.gates import Gates

    gold = evaluate_cleaning(
        Path(args.gold), seeds_dir=Path(args.seeds) if args.seeds else None, min_removed=args.min_removed
    )
    return Gates((gold, evaluate_furniture())) if args.furniture else gold


def eval_extraction(args: argparse.Namespace) -> Report:
    from warta.evaluate.extraction import evaluate_extraction_sets

    return evaluate_extraction_sets(Path(args.bench), limit=args.limit)


def eval_language(args: argparse.Namespace) -> Report:
    from warta.evaluate.language import evaluate_language

    shared = _shared(args)
    return evaluate_language(
        seeds_dir=shared / "seeds",
        sample_manifest=sample_path() / "MANIFEST.json",
        indosum=shared / "data" / "indosum" / "articles.jsonl",
        indosum_limit=args.limit or 500,
    )


def eval_facts(args: argparse.Namespace) -> Report:
    from warta.evaluate.facts import evaluate_facts

    return evaluate_facts(
        Path(args.gold),
        articles_dir=Path(args.articles) if args.articles else None,
        split=args.split,
        min_recall=args.min_recall,
        min_precision=args.min_precision,
        figure_join=args.figure_join,
    )


def eval_search(args: argparse.Namespace) -> Report:
    from warta.evaluate.search import DEFAULT_QUERIES, evaluate_search

    return evaluate_search(
        shared=_shared(args),
        queries=Path(args.queries) if args.queries else DEFAULT_QUERIES,
        db=Path(args.db) if args.db else None,
        indosum_limit=300 if args.limit is None else args.limit,
    )


def eval_clustering(args: argparse.Namespace) -> Report:
    from warta.evaluate.clustering import evaluate_clustering

    return evaluate_clustering(
        Path(args.gold),
        articles=Path(args.articles) if args.articles else None,
        orders=args.orders,
        per_topic=args.per_topic,
    )


def eval_duplicates(args: argparse.Namespace) -> Report:
    from warta.evaluate.duplicates import evaluate_duplicates
    from warta.evaluate.duplicates_gold import shared_golds

    shared = _shared(args)
    golds = shared_golds(shared) if shared.is_dir() else []
    return evaluate_duplicates(Path(args.articles), copies=args.copies, others=args.others, golds=golds)


def eval_summary(args: argparse.Namespace) -> Report:
    from warta.evaluate.gates import Gates
    from warta.evaluate.summary import evaluate_summary
    from warta.evaluate.summary_stories import default_cases, evaluate_standalone

    only = getattr(args, "only", None)
    indosum = (
        None
        if only == "stories"
        else evaluate_summary(_shared(args) / "data" / "indosum", fold=args.fold, limit=args.limit)
    )
    stories = None if only == "indosum" else evaluate_standalone(default_cases(_shared(args)))
    return Gates(tuple(r for r in (indosum, stories) if r is not None))


def eval_timeline(args: argparse.Namespace) -> Report:
    from warta.evaluate.gates import Gates
    from warta.evaluate.timeline import evaluate_timeline
    from warta.evaluate.timeline_dates import default_cases, evaluate_gold_cases

    only = getattr(args, "only", None)
    t17 = (
        None
        if only == "dates"
        else evaluate_timeline(_shared(args) / "data" / "timeline" / "t17", limit=args.limit)
    )
    dates = None if only == "t17" else evaluate_gold_cases(default_cases(_shared(args)))
    return Gates(tuple(r for r in (t17, dates) if r is not None))


def eval_citations(args: argparse.Namespace) -> Report:
    from warta.evaluate.citations import evaluate_seeds_and_sample

    return evaluate_seeds_and_sample(_shared(args) / "seeds", sample_path() / "news")


def eval_quotes(args: argparse.Namespace) -> Report:
    from warta.evaluate.quotes import DEFAULT_ANNOTATIONS, evaluate_quotes

    files = [Path(p) for p in args.annotations] or list(DEFAULT_ANNOTATIONS)
    return evaluate_quotes(shared=_shared(args), annotations=files, verbose=args.verbose)


def eval_entities(args: argparse.Namespace) -> Report:
    from warta.evaluate.ner_types import evaluate_ner_types

    return evaluate_ner_types(shared=_shared(args), english=not args.no_english, verbose=args.verbose)


def cmd_eval(args: argparse.Namespace) -> int:
    """Run one evaluation and print its report; exit 1 when the report says its gate failed."""
    report = args.evaluate(args)
    print(report.render())
    return 0 if getattr(report, "passed", True) else 1


def _shared_option(e: argparse.ArgumentParser) -> None:
    e.add_argument("--shared", help="the shared/ folder (default: ../shared beside the repo or cwd)")


def register(sub: Subparsers) -> None:
    """Add ``eval`` and its evaluations."""
    p = sub.add_parser("eval", help="evaluation gates: print figures")
    p.set_defaults(func=cmd_eval)
    esub = p.add_subparsers(dest="what", required=True, metavar="WHAT")

    e = esub.add_parser("cleaning", help="boilerplate removed / content kept on a gold file")
    e.add_argument("gold", help="gold JSON, e.g. ../shared/gold/seeds.gold.json")
    e.add_argument("--seeds", help="folder of the gold's article files (default: ../seeds beside the gold)")
    e.add_argument(
        "--min-removed",
        type=float,
        default=1.0,
        help="gate: least share of gold boilerplate removed (default 1.0; real portal excerpts: lower)",
    )
    e.add_argument(
        "--no-furniture",
        dest="furniture",
        action="store_false",
        help="skip the synthetic furniture set (invented outlets, train vs held-out)",
    )
    e.set_defaults(evaluate=eval_cleaning)

    e = esub.add_parser(
        "extraction", help="HTML body extraction vs trafilatura, readability-lxml, jusText (per set)"
    )
    e.add_argument(
        "bench",
        help="a set folder (ground-truth.json + html/) or a folder of sets, e.g. ../shared/data/extraction",
    )
    e.add_argument("--limit", type=int, help="score only the first N pages of each set")
    e.set_defaults(evaluate=eval_extraction)

    e = esub.add_parser("language", help="language ID accuracy on seeds, sample and IndoSum")
    _shared_option(e)
    e.add_argument("--limit", type=int, help="IndoSum articles to use (default: 500)")
    e.set_defaults(evaluate=eval_language)

    e = esub.add_parser("search", help="search MRR@10 and recall@5 on the written query set")
    _shared_option(e)
    e.add_argument("--queries", help="query set JSON (default: tests/data/search_queries.json)")
    e.add_argument("--db", help="keep the evaluation archive in this file (reused when run again)")
    e.add_argument("--limit", type=int, help="IndoSum articles to store (default: 300)")
    e.set_defaults(evaluate=eval_search)

    e = esub.add_parser("clustering", help="story clustering: BCubed/pairwise F1, or purity on T17 topics")
    e.add_argument("gold", help="events JSON, samples MANIFEST.json, seeds gold, or the T17 folder")
    e.add_argument(
        "--articles", help="the articles (IndoSum articles.jsonl for an events gold; a folder otherwise)"
    )
    e.add_argument("--orders", type=int, default=5, help="random arrival orders to score (default: 5)")
    e.add_argument("--per-topic", type=int, help="T17: only the first N articles of each folder")
    e.set_defaults(evaluate=eval_clustering)

    e = esub.add_parser(
        "duplicates",
        help="copy pairs and which copies which, on simulated syndication of IndoSum",
    )
    e.add_argument("articles", help="IndoSum articles.jsonl, e.g. ../shared/data/indosum/articles.jsonl")
    e.add_argument("--copies", type=int, default=300, help="simulated copies (default: 300)")
    e.add_argument("--others", type=int, default=700, help="unrelated articles mixed in (default: 700)")
    _shared_option(e)
    e.set_defaults(evaluate=eval_duplicates)

    e = esub.add_parser("facts", help="figure groups, quotes and entities against a gold file")
    e.add_argument("gold", help="gold JSON, e.g. ../shared/gold/seeds.gold.json")
    e.add_argument(
        "--articles",
        help="folder of the gold's articles (default: ../seeds beside the gold), or the IndoSum "
        "articles.jsonl for an annotation file of cases",
    )
    e.add_argument(
        "--split", choices=("dev", "test"), help="score only the cases of this split (annotation files)"
    )
    e.add_argument(
        "--min-recall",
        type=float,
        default=1.0,
        help="gate: share of gold groups found with the right status (default: 1.0)",
    )
    e.add_argument(
        "--min-precision",
        type=float,
        default=0.8,
        help="gate: share of shown cross-outlet groups that are right (default: 0.8)",
    )
    e.add_argument(
        "--figure-join",
        choices=choices.FIGURE_JOINS,
        default=choices.DEFAULT_FIGURE_JOIN,
        help="how figure groups form: hand-made rules, the learned pairwise model, the model within the "
        "rules' kind families, only where both join, or the rules' groups then the model over what they "
        "left single (default: cascade)",
    )
    e.set_defaults(evaluate=eval_facts)

    e = esub.add_parser("summary", help="IndoSum ROUGE of warta vs Lead-3, LexRank, TextRank (held-out fold)")
    _shared_option(e)
    e.add_argument("--fold", default="dev.05", help="held-out IndoSum fold (default: dev.05, never seen)")
    e.add_argument("--limit", type=int, help="score only the first N articles of the fold")
    e.add_argument(
        "--only",
        choices=("indosum", "stories"),
        help="run only IndoSum ROUGE, or only the checks on multi-article stories (sentences stand alone)",
    )
    e.set_defaults(evaluate=eval_summary)

    e = esub.add_parser(
        "timeline",
        help="Timeline17 date F1, AR1-F, AR2-F vs a baseline (tilse); date accuracy on dated gold stories",
    )
    _shared_option(e)
    e.add_argument("--limit", type=int, help="score only the first N reference timelines")
    e.add_argument(
        "--only",
        choices=("t17", "dates"),
        help="run only Timeline17 (t17) or only the date accuracy on the dated gold stories (dates)",
    )
    e.set_defaults(evaluate=eval_timeline)

    e = esub.add_parser("quotes", help="direct quotes, kind and speaker on annotated IndoSum and T17 news")
    _shared_option(e)
    e.add_argument(
        "annotations",
        nargs="*",
        help="annotation JSON files (default: tests/data/quotes/quotes_{id,en}.json)",
    )
    e.add_argument("--verbose", action="store_true", help="also list every miss, extra and wrong speaker")
    e.set_defaults(evaluate=eval_quotes)

    e = esub.add_parser(
        "entities",
        help="entity spans and types on the IndoNLU NER sets (NERGrit, NERP) and fresh English news",
    )
    _shared_option(e)
    e.add_argument(
        "--no-english",
        action="store_true",
        help="skip the English speakers' types (tests/data/entities_en.json)",
    )
    e.add_argument(
        "--verbose", action="store_true", help="also list the English dev misses (never the test ones)"
    )
    e.set_defaults(evaluate=eval_entities)

    e = esub.add_parser("citations", help="citation spans inside articles and precise, on seeds and sample")
    _shared_option(e)
    e.set_defaults(evaluate=eval_citations)
