"""What every command shares: messages on stderr, a progress bar on terminals, writing output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from warta.api import Progress
from warta.errors import WartaError

PROGRESS_MIN = 50  # show a progress bar for runs longer than this many articles

Subparsers = Any  # argparse's _SubParsersAction is private; registration only calls add_parser


def err(message: str) -> None:
    """A one-line message for the user on standard error."""
    print(f"warta: {message}", file=sys.stderr)


@contextmanager
def progress_bar(label: str = "analysing") -> Iterator[Progress | None]:
    """A rich progress bar on a terminal for long runs (more than PROGRESS_MIN items); nothing when piped."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
    from rich.progress import Progress as RichProgress

    with RichProgress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True
    ) as bar:
        task = bar.add_task(label, total=None, visible=False)

        def update(done: int, total: int) -> None:
            if total > PROGRESS_MIN:
                bar.update(task, completed=done, total=total, visible=True)

        yield update


def parse_fields(pairs: Sequence[str]) -> dict[str, str]:
    """``--field ours=theirs`` options as a mapping."""
    fields = {}
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        if not sep or not ours or not theirs:
            raise WartaError(f"--field takes OURS=THEIRS, e.g. --field text=body (got {pair!r})")
        fields[ours] = theirs
    return fields


def write_output(text: str, out: str | None) -> None:
    """Write to ``out`` (saying so on stderr) or to standard output."""
    if out:
        Path(out).write_text(text, encoding="utf-8")
        err(f"wrote {out}")
    else:
        sys.stdout.write(text)


def add_output_options(p: argparse.ArgumentParser, *, formats: Sequence[str], default: str = "md") -> None:
    """``--format`` and ``--out``."""
    p.add_argument("--format", choices=formats, default=default, help=f"output format (default: {default})")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
