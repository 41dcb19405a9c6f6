"""``warta stories PATH...``: list the stories found in files and folders."""

from __future__ import annotations

import argparse

from warta.api import read_articles
from warta.backends import BACKENDS, get_backend
from warta.cli.common import (
    Subparsers,
    add_allow_private_option,
    add_output_options,
    err,
    fetch_options,
    parse_fields,
    progress_bar,
    write_output,
)
from warta.stories.listing import FORMATS, find_stories, render_stories


def stories_from_paths(args: argparse.Namespace) -> str:
    """Read the paths, group them into stories and render the list."""
    backend = get_backend(args.backend, scheduler=args.scheduler)
    with progress_bar() as progress:
        read = read_articles(
            args.paths,
            fields=parse_fields(args.field),
            backend=backend,
            progress=progress,
            fetch=fetch_options(args),
        )
    for s in read.skipped:
        err(s.message())
    stories = find_stories(read.articles, backend=backend)
    err(f"read {len(read.articles)} articles; {len(stories)} stories")
    return render_stories(stories, format=args.format)


def cmd_stories(args: argparse.Namespace) -> int:
    """List stories (only the PATH mode exists; a stored-stories mode can branch here on empty paths)."""
    if not args.paths:  # no PATH: the stories stored in the archive (--db)
        from warta.cli.archive import stored_stories

        write_output(stored_stories(args), args.out)
        return 0
    write_output(stories_from_paths(args), args.out)
    return 0


def register(sub: Subparsers) -> None:
    """Add ``stories``."""
    p = sub.add_parser("stories", help="list the stories in files or folders: title, dates, outlets, sources")
    p.add_argument("paths", nargs="*", metavar="PATH", help="file, folder, or -; none: the stored stories")
    p.add_argument("--db", metavar="PATH", help="the archive, when no PATH is given (default: $WARTA_DB)")
    add_output_options(p, formats=FORMATS)
    p.add_argument(
        "--field", action="append", default=[], metavar="OURS=THEIRS", help="JSON Lines field mapping"
    )
    p.add_argument("--backend", choices=BACKENDS, default="local", help="where per-article work runs")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: a LocalCluster)")
    add_allow_private_option(p)
    p.set_defaults(func=cmd_stories)
