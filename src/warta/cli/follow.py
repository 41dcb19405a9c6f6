"""``warta follow SOURCES.toml``: poll outlets' feeds and sitemaps into the archive."""

from __future__ import annotations

import argparse
import signal
import threading
from types import FrameType
from typing import TYPE_CHECKING

from warta.cli.choices import BACKENDS
from warta.cli.common import Subparsers, err

if TYPE_CHECKING:
    from warta.follow import RoundReport


def cmd_follow(args: argparse.Namespace) -> int:
    """Poll the sources once (``--once``) or every ``--every``, printing one line a round."""
    from warta.follow import follow, load_sources, parse_every
    from warta.ingest.fetch import FetchOptions

    sources = load_sources(args.sources)
    every = None if args.once else parse_every(args.every)
    options = FetchOptions(timeout=args.timeout, interval=args.interval, robots=not args.ignore_robots)
    stop = threading.Event()

    def first_interrupt(signum: int, frame: FrameType | None) -> None:
        # The first Ctrl-C finishes the current item and stops; a second one aborts at once.
        err("stopping after the current item (Ctrl-C again to abort)")
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    def show(report: RoundReport) -> None:
        for failure in report.failures:
            err(failure.message())
        print(report.summary(), flush=True)

    previous = signal.signal(signal.SIGINT, first_interrupt)
    try:
        follow(
            sources, db=args.db, every=every, backend=args.backend, fetch=options, stop=stop, on_round=show
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    return 0


def register(sub: Subparsers) -> None:
    """Add ``follow``."""
    p = sub.add_parser("follow", help="poll outlets' feeds and sitemaps into the archive")
    p.add_argument("sources", metavar="SOURCES.toml", help="the outlets to follow ([[source]] tables)")
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
    p.set_defaults(func=cmd_follow)
