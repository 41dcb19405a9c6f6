"""``warta brief`` and ``warta demo``."""

from __future__ import annotations

import argparse

from warta.api import BriefRun, brief_articles, read_articles, sample_path
from warta.backends import BACKENDS
from warta.brief.build import BriefOptions
from warta.brief.render import FORMATS, render
from warta.brief.render.labels import LANGUAGES
from warta.brief.summary import SummaryOptions
from warta.cli.common import (
    Subparsers,
    add_output_options,
    check_output,
    err,
    parse_fields,
    plural,
    progress_bar,
    write_output,
)
from warta.types import Skipped


def report_skipped(skipped: Skipped) -> None:
    """One line on stderr for an input that gave no article, as soon as it is found."""
    err(skipped.message())


def summary_line(run: BriefRun) -> str:
    """What was read and made: ``read 3 articles, 7 skipped; 1 story``."""
    read = run.read
    line = f"read {plural(len(read.articles), 'article')}"
    if read.skipped:
        line += f", {len(read.skipped)} skipped"
    if read.copies:
        line += f", {plural(read.copies, 'exact copy', 'exact copies')} dropped"
    return f"{line}; {plural(len(run.brief.stories), 'story', 'stories')}"


def cmd_brief(args: argparse.Namespace) -> int:
    """Brief the stories in the given paths."""
    check_output(args.out)  # before the work, not after it
    summary = SummaryOptions(sentences=args.length, words=args.words)
    options = BriefOptions(summary=summary, single_story=args.single_story)
    fields = parse_fields(args.field)
    with progress_bar() as bar:
        read = read_articles(
            args.paths, fields=fields, backend=args.backend, progress=bar, on_skipped=report_skipped
        )
        if bar is not None:
            bar.stage("briefing stories")
        brief = brief_articles(read.articles, options=options, skipped=read.skipped)
    run = BriefRun(brief, read)
    err(summary_line(run))
    write_output(render(run.brief, format=args.format, lang=getattr(args, "lang", "en")), args.out)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Brief the bundled sample corpus."""
    args.paths = [str(sample_path())]
    args.field, args.backend, args.single_story = [], "local", False
    return cmd_brief(args)


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number, 1 or more (got {value!r})")
    return n


def _length(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--length", type=_positive, default=6, metavar="N", help="summary sentences per story (default: 6)"
    )
    p.add_argument(
        "--words",
        type=_positive,
        default=None,
        metavar="N",
        help="summary length in words instead of sentences",
    )


def register(sub: Subparsers) -> None:
    """Add ``brief`` and ``demo``."""
    p = sub.add_parser("brief", help="brief the stories in files, folders, JSON Lines or stdin (-)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for standard input")
    add_output_options(p, formats=FORMATS)
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="labels and dates in md/html: en or id")
    _length(p)
    p.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="OURS=THEIRS",
        help="JSON Lines key for one of our fields, e.g. --field text=body (repeatable)",
    )
    p.add_argument("--backend", choices=BACKENDS, default="local", help="where per-article work runs")
    p.add_argument("--single-story", action="store_true", help="treat all input as one story")
    p.set_defaults(func=cmd_brief)

    p = sub.add_parser("demo", help="brief the bundled sample corpus")
    add_output_options(p, formats=FORMATS)
    _length(p)
    p.set_defaults(func=cmd_demo)
