"""``warta serve``: the HTTP API and web page over an archive, on loopback unless told otherwise.

Off loopback the server must be ``--read-only`` or have a ``--token`` (or ``$WARTA_TOKEN``) that every
write route then asks for; it refuses to start otherwise.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from warta.cli.choices import LOOPBACK
from warta.cli.common import Subparsers, err, note
from warta.errors import ConfigError


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the archive with uvicorn until interrupted."""
    try:
        import uvicorn

        from warta.web import WebOptions, create_app
    except ImportError as exc:
        raise ConfigError(
            f"warta serve needs the web extra ({exc.name} is missing): pip install 'warta[web]'"
        ) from exc
    from warta.store import default_path
    from warta.web.auth import TOKEN_ENV, check_exposure, is_loopback

    path = args.db or default_path()
    token = args.token or os.environ.get(TOKEN_ENV) or None
    options = WebOptions(
        max_body_bytes=args.max_body_mb * 2**20,
        read_only=args.read_only,
        token=token,
        search_cache=args.search_cache,
    )
    check_exposure(args.host, options=options)
    if not is_loopback(args.host):
        writes = (
            "nobody can add articles (read-only)" if args.read_only else "adding articles needs the token"
        )
        err(f"listening on {args.host}: anyone who can reach it can read the archive; {writes}")
    elif args.read_only or token:
        err("read-only: POST /articles answers 403" if args.read_only else "POST /articles needs the token")
    note(
        f"serving {path} at http://{_display_host(args.host)}:{args.port}/ (API docs at /docs; Ctrl-C stops)"
    )
    if args.workers > 1:  # worker processes build the app themselves, from the environment
        from warta.web.workers import FACTORY, export

        export(Path(path), options)
        uvicorn.run(
            FACTORY,
            factory=True,
            workers=args.workers,
            host=args.host,
            port=args.port,
            log_level=args.log_level,
        )
        return 0
    uvicorn.run(create_app(path, options=options), host=args.host, port=args.port, log_level=args.log_level)
    return 0


def _workers(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n <= 64:
        raise argparse.ArgumentTypeError(f"--workers wants a whole number from 1 to 64, not {text!r}")
    return n


def _display_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def register(sub: Subparsers) -> None:
    """Add ``serve``."""
    p = sub.add_parser("serve", help="serve the archive's stories, search and web page over HTTP")
    p.add_argument("--db", metavar="PATH", help="the archive file (default: $WARTA_DB, else ./warta.db)")
    p.add_argument(
        "--host", default=LOOPBACK, help=f"address to listen on (default: {LOOPBACK}, loopback only)"
    )
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    p.add_argument(
        "--max-body-mb", type=int, default=8, metavar="MB", help="largest POST body accepted (default: 8)"
    )
    p.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="uvicorn worker processes (default: 1; e.g. one per core for many readers)",
    )
    p.add_argument(
        "--search-cache",
        type=int,
        default=256,
        metavar="N",
        help="GET /search answers each worker keeps until the archive changes (default: 256; 0: none)",
    )
    p.add_argument(
        "--read-only", action="store_true", help="serve without write routes (POST /articles answers 403)"
    )
    p.add_argument(
        "--token",
        metavar="TOKEN",
        help="bearer token every write route requires (default: $WARTA_TOKEN); "
        "needed to listen off loopback unless --read-only",
    )
    p.add_argument(
        "--log-level",
        default="warning",
        choices=("critical", "error", "warning", "info", "debug"),
        help="uvicorn's log level (default: warning)",
    )
    p.set_defaults(func=cmd_serve)
