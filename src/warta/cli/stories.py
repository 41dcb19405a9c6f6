"""``warta stories [PATH...]``: list the stories found in files and folders, or those stored."""

from __future__ import annotations

import argparse
import json

from warta.cli.choices import BACKENDS, LISTING_FORMATS
from warta.cli.common import (
    Subparsers,
    add_allow_private_option,
    err,
    fetch_options,
    note,
    parse_fields,
    plural,
    positive_int,
    progress_bar,
    write_output,
)

FORMATS = (*LISTING_FORMATS, "jsonl")


def stories_from_paths(args: argparse.Namespace) -> str:
    """Read the paths, group them into stories and render the list."""
    from dataclasses import asdict

    from warta.api import read_articles
    from warta.backends import get_backend
    from warta.stories.listing import find_stories, render_stories

    backend = get_backend(args.backend, scheduler=args.scheduler)
    with progress_bar("analysing", start="reading") as progress:
        read = read_articles(
            args.paths,
            fields=parse_fields(args.field),
            backend=backend,
            progress=progress,
            fetch=fetch_options(args),
        )
        if progress is not None:
            progress.stage("grouping")
        stories = find_stories(read.articles, backend=backend)
    for s in read.skipped:
        err(s.message())
    note(f"read {plural(len(read.articles), 'article')}; {plural(len(stories), 'story', 'stories')}")
    if args.limit is not None:
        stories = stories[: args.limit]
    if args.format == "jsonl":
        return "".join(json.dumps(asdict(s), ensure_ascii=False) + "\n" for s in stories)
    return render_stories(stories, format=args.format)


def cmd_stories(args: argparse.Namespace) -> int:
    """List the stories in the paths, or the stored ones when no path is given."""
    if not args.paths:  # no PATH: the stories stored in the archive (--db)
        from warta.cli.archive import stored_stories

        write_output(stored_stories(args), args.out)
        return 0
    write_output(stories_from_paths(args), args.out)
    return 0


def register(sub: Subparsers) -> None:
    """Add ``stories``."""
    p = sub.add_parser(
        "stories", help="list the stories in files or folders, or the stored ones with their ids"
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="file, folder, or -; none: the stored stories")
    p.add_argument("--db", metavar="PATH", help="the archive, when no PATH is given (default: $WARTA_DB)")
    p.add_argument("--format", choices=FORMATS, default="md", help="output format (default: md)")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument(
        "--limit", type=positive_int, metavar="N", help="list at most N stories (default: all; stored: 100)"
    )
    p.add_argument(
        "--field", action="append", default=[], metavar="OURS=THEIRS", help="JSON Lines field mapping"
    )
    p.add_argument("--backend", choices=BACKENDS, default="local", help="where per-article work runs")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: a LocalCluster)")
    add_allow_private_option(p)
    p.set_defaults(func=cmd_stories)
