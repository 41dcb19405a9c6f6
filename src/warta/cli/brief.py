"""``warta brief`` and ``warta demo``."""

from __future__ import annotations

import argparse

from warta.api import BriefRun, brief_paths, sample_path
from warta.backends import BACKENDS
from warta.brief.build import BriefOptions
from warta.brief.render import FORMATS, render
from warta.brief.summary import SummaryOptions
from warta.cli.common import Subparsers, add_output_options, err, parse_fields, progress_bar, write_output


def report_read(run: BriefRun) -> None:
    """Say what was skipped and what was read, on stderr."""
    for s in run.read.skipped:
        err(s.message())
    n = len(run.read.articles)
    extra = f", {len(run.read.skipped)} skipped" if run.read.skipped else ""
    extra += f", {run.read.copies} exact copies dropped" if run.read.copies else ""
    err(f"read {n} article{'s' if n != 1 else ''}{extra}; {len(run.brief.stories)} stories")


def cmd_brief(args: argparse.Namespace) -> int:
    """Brief the stories in the given paths."""
    options = BriefOptions(summary=SummaryOptions(sentences=args.length), single_story=args.single_story)
    with progress_bar() as progress:
        run = brief_paths(
            args.paths,
            options=options,
            fields=parse_fields(args.field),
            backend=args.backend,
            progress=progress,
        )
    report_read(run)
    write_output(render(run.brief, format=args.format), args.out)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Brief the bundled sample corpus."""
    args.paths = [str(sample_path())]
    args.field, args.backend, args.single_story = [], "local", False
    return cmd_brief(args)


def _length(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--length", type=int, default=6, metavar="N", help="summary sentences per story (default: 6)"
    )


def register(sub: Subparsers) -> None:
    """Add ``brief`` and ``demo``."""
    p = sub.add_parser("brief", help="brief the stories in files, folders, JSON Lines or stdin (-)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for standard input")
    add_output_options(p, formats=FORMATS)
    _length(p)
    p.add_argument(
        "--field", action="append", default=[], metavar="OURS=THEIRS", help="JSON Lines field mapping"
    )
    p.add_argument("--backend", choices=BACKENDS, default="local", help="where per-article work runs")
    p.add_argument("--single-story", action="store_true", help="treat all input as one story")
    p.set_defaults(func=cmd_brief)

    p = sub.add_parser("demo", help="brief the bundled sample corpus")
    add_output_options(p, formats=FORMATS)
    _length(p)
    p.set_defaults(func=cmd_demo)
