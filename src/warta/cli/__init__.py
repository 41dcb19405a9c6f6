"""The ``warta`` command: thin shells over :mod:`warta.api`, one module per command group.

warta brief PATH... [--format md|json|html] [--out FILE]
warta demo
warta eval cleaning|extraction|language ...

Building the parser imports no library module beyond the command groups' own (each command imports
what it needs when it runs), so ``warta --help`` and ``warta --version`` start in a fraction of a second.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from warta import __version__
from warta.cli import archive, brief, completion, evaluation, follow, reply, serve, stories
from warta.cli.common import err, set_quiet
from warta.errors import NoArticlesError, WartaError

COMMAND_GROUPS = (brief, evaluation, archive, serve, follow, stories, reply, completion)


def _add_quiet(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=default,
        help="no progress display and no notes on stderr (errors and warnings still show)",
    )


def _leaf_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every command's own parser, sub-commands included (e.g. each ``warta eval WHAT``)."""
    leaves = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                leaves += [child, *_leaf_parsers(child)]
    return leaves


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every ``warta`` command."""
    parser = argparse.ArgumentParser(
        prog="warta", description="Turn news articles from many outlets into stories and cited briefs."
    )
    parser.add_argument("--version", action="version", version=f"warta {__version__}")
    _add_quiet(parser, default=False)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(sub)
    # --quiet after the command too; SUPPRESS keeps a sub-command from resetting `warta -q CMD`.
    for leaf in _leaf_parsers(parser):
        _add_quiet(leaf, default=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (2 when nothing usable was read, 1 on other errors)."""
    args = build_parser().parse_args(argv)
    set_quiet(bool(getattr(args, "quiet", False)))
    from warta import blas_threads, heap  # after parsing: --help and --version need none of it

    heap.keep_freed_memory()  # the encoder's per-batch buffers are not faulted in again
    blas_threads.single_thread_before_numpy()  # no idle BLAS worker spinning after each product
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
    finally:
        set_quiet(False)
