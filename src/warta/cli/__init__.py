"""The ``warta`` command: thin shells over :mod:`warta.api`, one module per command group.

warta brief PATH... [--format md|json|html] [--out FILE]
warta demo
warta eval cleaning|extraction|language ...
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from warta import __version__
from warta.cli import archive, brief, evaluation, follow, reply, serve, stories
from warta.cli.common import err
from warta.errors import NoArticlesError, WartaError

COMMAND_GROUPS = (brief, evaluation, archive, serve, follow, stories, reply)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every ``warta`` command."""
    parser = argparse.ArgumentParser(
        prog="warta", description="Turn news articles from many outlets into stories and cited briefs."
    )
    parser.add_argument("--version", action="version", version=f"warta {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (2 when nothing usable was read, 1 on other errors)."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except NoArticlesError as exc:
        err(str(exc))
        return 2
    except WartaError as exc:
        err(str(exc))
        return 1
    except KeyboardInterrupt:
        err("interrupted")
        return 130
    except BrokenPipeError:
        return 0
