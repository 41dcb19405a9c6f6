"""What every command shares: messages on stderr, a progress bar on terminals, writing output."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from warta.errors import ConfigError, InputError

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress

    from warta.ingest.fetch import FetchOptions

Subparsers = Any  # argparse's _SubParsersAction is private; registration only calls add_parser


class _Settings:
    """Run-wide CLI settings taken from the command line (one process runs one command)."""

    quiet = False


SETTINGS = _Settings()


def set_quiet(quiet: bool) -> None:
    """``--quiet``: no progress display and no notes on stderr (errors and warnings still show)."""
    SETTINGS.quiet = quiet


def err(message: str) -> None:
    """A one-line message for the user on standard error (errors and warnings: always shown)."""
    print(f"warta: {message}", file=sys.stderr, flush=True)


def note(message: str) -> None:
    """A one-line note on standard error (what was read, what was written); silenced by ``--quiet``."""
    if not SETTINGS.quiet:
        err(message)


def positive_int(value: str) -> int:
    """An argparse ``type``: a whole number of 1 or more, else a message saying what was given."""
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number, 1 or more (got {value!r})")
    return n


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 article``, ``3 articles``, ``2 stories`` (with ``many`` given)."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def on_terminal(stream: TextIO) -> bool:
    """Whether ``stream`` is an interactive terminal (a closed or odd stream counts as not)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def bar_wanted(*, terminal: bool, quiet: bool = False) -> bool:
    """The progress display shows on a terminal, for runs of any size, unless ``--quiet``."""
    return terminal and not quiet


class Bar:
    """A live progress line: the current stage, a bar and ``done/total`` once the stage has a total.

    Call it with ``(done, total)`` as work is done; :meth:`stage` moves on to the next step
    (reading → analysing → grouping → briefing). It is drawn from the first moment, for any size.
    """

    def __init__(self, progress: RichProgress, label: str, *, start: str | None = None) -> None:
        self._progress = progress
        self._label = label
        self._task = progress.add_task(start or label, total=None, count="")
        self._counting = start is None  # False while showing ``start``: the first count switches to label
        self.shown = True
        self.stages = [start or label]

    def __call__(self, done: int, total: int) -> None:
        if not self._counting:
            self.stage(self._label)
        if total > 0:
            self._progress.update(self._task, completed=done, total=total, count=f"{done}/{total}")

    def stage(self, label: str) -> None:
        """Move on to a later step; its count starts unknown (call the bar with one to show it)."""
        self._counting = True
        if label == self.stages[-1]:
            return
        self.stages.append(label)
        # A fresh task: rich's update() cannot turn a known total back into an unknown one.
        self._progress.update(self._task, visible=False)
        self._task = self._progress.add_task(label, total=None, count="")


@contextmanager
def progress_bar(label: str = "analysing", *, start: str | None = "reading") -> Iterator[Bar | None]:
    """A progress line on standard error while on a terminal; None when stderr is piped or ``--quiet``.

    It shows ``start`` (e.g. ``reading``) until the first count arrives, then ``label`` with a bar.
    """
    stream = sys.stderr
    if not bar_wanted(terminal=on_terminal(stream), quiet=SETTINGS.quiet):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as RichProgress

    # The bar goes to stderr: stdout carries the document and may be redirected to a file.
    # A done/total count only while the total is known; a stage without one shows a pulsing bar.
    count = TextColumn("{task.fields[count]}")
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), count, TimeElapsedColumn())
    console = Console(file=stream)
    with RichProgress(*columns, console=console, transient=True, refresh_per_second=8) as progress:
        yield Bar(progress, label, start=start)


def parse_fields(pairs: Sequence[str]) -> dict[str, str]:
    """``--field ours=theirs`` options as a mapping."""
    fields = {}
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        if not sep or not ours.strip() or not theirs.strip():
            raise ConfigError(f"--field takes OURS=THEIRS, e.g. --field text=body (got {pair!r})")
        fields[ours.strip()] = theirs.strip()
    return fields


def check_output(out: str | None) -> None:
    """Fail before any work when ``--out`` cannot be written (missing folder, a folder, a file path)."""
    if not out or out == "-":
        return
    path = Path(out)
    if path.is_dir():
        raise InputError(f"--out {out} is a folder; give a file name, e.g. --out {path / 'brief.md'}")
    parent = path.parent
    if not parent.exists():
        raise InputError(f"--out {out}: folder {parent} does not exist; create it first (mkdir -p {parent})")
    if not parent.is_dir():
        raise InputError(f"--out {out}: {parent} is a file, not a folder; choose another output path")


def write_output(text: str, out: str | None) -> None:
    """Write to ``out`` (saying so on stderr) or to standard output (``out`` None or ``-``)."""
    if out and out != "-":
        check_output(out)
        try:
            Path(out).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(
                f"cannot write {out} ({exc.strerror or exc}); choose a writable path with --out"
            ) from exc
        note(f"wrote {out}")
        return
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (e.g. `| head`) left: stop quietly, and keep Python's exit-time flush from complaining.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def add_output_options(p: argparse.ArgumentParser, *, formats: Sequence[str], default: str = "md") -> None:
    """``--format`` and ``--out``."""
    p.add_argument("--format", choices=formats, default=default, help=f"output format (default: {default})")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")


ALLOW_PRIVATE_HELP = "fetch URLs on loopback and private addresses too (refused by default; local testing)"


def add_allow_private_option(p: argparse.ArgumentParser) -> None:
    """``--allow-private``, on the commands that fetch URLs."""
    p.add_argument("--allow-private", action="store_true", help=ALLOW_PRIVATE_HELP)


def fetch_options(args: argparse.Namespace) -> FetchOptions | None:
    """The fetch options ``--allow-private`` asks for; None for the defaults."""
    if not getattr(args, "allow_private", False):
        return None
    from warta.ingest.fetch import FetchOptions  # the HTTP client loads only when asked for

    return FetchOptions(allow_private=True)
