"""``warta reply``: a chat-sized plain-text answer from the archive, in the reader's language."""

from __future__ import annotations

import argparse
import sys

from warta.cli.archive import add_db_option, reading_archive
from warta.cli.choices import LANGUAGES
from warta.cli.common import Subparsers


def cmd_reply(args: argparse.Namespace) -> int:
    """Print the reply to the query; exit 3 when no story matches (as ``warta search`` does)."""
    from warta.brief.reply import reply

    with reading_archive(args.db) as archive:
        answer = reply(archive, " ".join(args.query), lang=args.lang)
    sys.stdout.write(answer.text + "\n")
    return 0 if answer.found else 3


def register(sub: Subparsers) -> None:
    """Add ``reply``."""
    p = sub.add_parser(
        "reply", help="a chat-sized answer (at most 1,000 characters): what is known now about a story"
    )
    p.add_argument("query", nargs="+", metavar="KEYWORDS", help='what to look for, e.g. "banjir watugede"')
    add_db_option(p)
    p.add_argument(
        "--lang", choices=LANGUAGES, default="id", help="the reply's language (default: id, Indonesian)"
    )
    p.set_defaults(func=cmd_reply)
