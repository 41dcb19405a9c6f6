"""``warta follow SOURCES.toml``: poll outlets' feeds and sitemaps into the archive."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from warta.cli.choices import BACKENDS
from warta.cli.common import Subparsers, add_allow_private_option, err

if TYPE_CHECKING:
    from types import FrameType

    from warta.follow import RoundReport

SOURCES_FORMAT = """\
SOURCES.toml lists the outlets to follow, one [[source]] table each:

  [[source]]
  name = "Kabar Pantura"                            # required, unique
  feeds = ["https://kabarpantura.example/rss"]      # RSS/Atom URLs
  sitemaps = ["https://kabarpantura.example/news-sitemap.xml"]  # sitemaps or sitemap indexes
  outlet = "Kabar Pantura"                          # optional: the outlet name to record (default: name)
  language = "id"                                   # optional: the language to expect
  limit = 50                                        # optional: at most this many new pages a round

  [[source]]
  name = "Warta Selatan"
  sitemaps = ["https://wartaselatan.example/sitemap-index.xml"]

A source needs a name and at least one feed or sitemap; other keys are refused, so a typo is caught.

Each round prints one line per source: its new articles, "unchanged since the last poll (304 Not
Modified)", or "could not be read" with each failing URL and why (unreachable: DNS lookup failed /
connection refused, timed out, HTTP status, robots.txt disallows it, not a feed or sitemap); then
the round's summary line. Exit code: 0 when at least one source could be read in the last round,
1 when none could (or on another error).
"""


def cmd_follow(args: argparse.Namespace) -> int:
    """Poll the sources once (``--once``) or every ``--every``, printing what each source gave."""
    from warta.follow import follow, load_sources, parse_every
    from warta.ingest.fetch import FetchOptions

    sources = load_sources(args.sources)
    every = None if args.once else parse_every(args.every)
    options = FetchOptions(
        timeout=args.timeout,
        interval=args.interval,
        robots=not args.ignore_robots,
        allow_private=args.allow_private,
    )
    import signal  # here, not at import: building the parser for another command needs neither
    import threading

    stop = threading.Event()

    def first_interrupt(signum: int, frame: FrameType | None) -> None:
        # The first Ctrl-C finishes the current item and stops; a second one aborts at once.
        err("stopping after the current item (Ctrl-C again to abort)")
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = signal.signal(signal.SIGINT, first_interrupt)
    try:
        reports = follow(
            sources, db=args.db, every=every, backend=args.backend, fetch=options, stop=stop, on_round=show
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    if reports and reports[-1].nothing_read:
        err(
            f"no source could be read ({len(sources)} tried); check the URLs and your network, "
            "and the reasons above"
        )
        return 1
    return 0


def show(report: RoundReport) -> None:
    """A round as ``warta follow`` prints it: a line per source, page failures on stderr, the summary."""
    listed = {p.split(": ", 1)[0] for s in report.sources for p in s.problems}
    for failure in report.failures:
        if failure.source not in listed:  # a page; a failing feed or sitemap is in its source's line
            err(failure.message())
    for source in report.sources:
        print(source.line(), flush=True)
    print(report.summary(), flush=True)


def register(sub: Subparsers) -> None:
    """Add ``follow``."""
    p = sub.add_parser(
        "follow",
        help="poll outlets' feeds and sitemaps into the archive",
        description="Poll outlets' RSS/Atom feeds and sitemaps, store new articles and update their stories.",
        epilog=SOURCES_FORMAT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("sources", metavar="SOURCES.toml", help="the outlets to follow ([[source]] tables, below)")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--every", default="10m", metavar="PERIOD", help="poll this often (default: 10m)")
    when.add_argument("--once", action="store_true", help="poll once and exit (for cron)")
    p.add_argument("--db", metavar="PATH", help="the archive (default: $WARTA_DB or ./warta.db)")
    p.add_argument("--backend", choices=BACKENDS, default="local", help="where per-article work runs")
    p.add_argument(
        "--timeout", type=float, default=20.0, metavar="S", help="seconds per request (default: 20)"
    )
    p.add_argument(
        "--interval", type=float, default=1.0, metavar="S", help="seconds between requests to one host"
    )
    p.add_argument(
        "--ignore-robots", action="store_true", help="do not obey robots.txt (your own sites only)"
    )
    add_allow_private_option(p)
    p.set_defaults(func=cmd_follow)
