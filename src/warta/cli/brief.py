"""``warta brief`` and ``warta demo``.

The library is imported inside the commands, so that building the parser stays cheap.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from warta.cli.choices import BACKENDS, BRIEF_FORMATS, LANGUAGES
from warta.cli.common import (
    Subparsers,
    add_allow_private_option,
    add_output_options,
    check_output,
    err,
    fetch_options,
    note,
    parse_fields,
    plural,
    positive_int,
    progress_bar,
    write_output,
)

if TYPE_CHECKING:
    from warta.api import BriefRun
    from warta.types import Brief, Skipped

DEMO_FORMATS = ("text", *BRIEF_FORMATS)
DEMO_OUT = "warta-demo.html"  # where `warta demo` writes the full brief when it prints the digest


def report_skipped(skipped: Skipped) -> None:
    """One line on stderr for an input that gave no article, as soon as it is found."""
    err(skipped.message())


def summary_line(run: BriefRun) -> str:
    """What was read and made: ``read 3 articles, 7 skipped; 1 story``."""
    read = run.read
    line = f"read {plural(len(read.articles), 'article')}"
    if read.skipped:
        line += f", {len(read.skipped)} skipped"
    if read.copies:
        line += f", {plural(read.copies, 'exact copy', 'exact copies')} dropped"
    return f"{line}; {plural(len(run.brief.stories), 'story', 'stories')}"


def run_brief(args: argparse.Namespace) -> BriefRun:
    """Read, analyse, group and brief, with the progress line on a terminal; the summary line after."""
    from warta.api import BriefRun, brief_articles, read_articles
    from warta.brief.build import BriefOptions
    from warta.brief.summary import SummaryOptions

    summary = SummaryOptions(sentences=args.length, words=args.words)
    options = BriefOptions(summary=summary, single_story=args.single_story)
    fields = parse_fields(args.field)
    with progress_bar("analysing", start="reading") as bar:
        read = read_articles(
            args.paths,
            fields=fields,
            backend=args.backend,
            progress=bar,
            on_skipped=report_skipped,
            fetch=fetch_options(args),
        )
        stages = None
        if bar is not None:

            def stages(stage: str, done: int, total: int) -> None:
                bar.stage(stage)
                bar(done, total)

        brief = brief_articles(read.articles, options=options, skipped=read.skipped, progress=stages)
    run = BriefRun(brief, read)
    note(summary_line(run))
    return run


def _render(brief: Brief, fmt: str, *, all_figures: bool = False, lang: str | None = None) -> str:
    from warta.brief.render import render

    return render(brief, format=fmt, all_figures=all_figures, lang=lang)


def cmd_brief(args: argparse.Namespace) -> int:
    """Brief the stories in the given paths."""
    check_output(args.out)  # before the work, not after it
    run = run_brief(args)
    all_figures = bool(getattr(args, "all_figures", False))
    lang = getattr(args, "lang", None)
    write_output(_render(run.brief, args.format, all_figures=all_figures, lang=lang), args.out)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Brief the bundled sample corpus: a digest on stdout and the full HTML brief in a file by default."""
    from warta.api import sample_path

    args.paths = [str(sample_path())]
    args.field, args.backend, args.single_story = [], "local", False
    if args.format != "text":
        return cmd_brief(args)
    out = args.out or DEMO_OUT
    check_output(out)
    run = run_brief(args)
    from warta.brief.render.digest import render_digest

    lang = getattr(args, "lang", None)
    html = _render(run.brief, "html", lang=lang)
    try:
        Path(out).write_text(html, encoding="utf-8")
    except OSError as exc:
        err(f"cannot write {out} ({exc.strerror or exc}); choose a writable path with --out")
        return 1
    write_output(render_digest(run.brief, lang=lang), None)
    where = Path(out).resolve()
    note(f"the full brief (citations, figures, quotes, timeline) is in {where}: open it in a browser")
    note("the same as Markdown: warta demo --format md; your own articles: warta brief PATH...")
    return 0


def _length(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--length", type=positive_int, default=6, metavar="N", help="summary sentences per story (default: 6)"
    )
    p.add_argument(
        "--words",
        type=positive_int,
        default=None,
        metavar="N",
        help="summary length in words instead of sentences",
    )


def register(sub: Subparsers) -> None:
    """Add ``brief`` and ``demo``."""
    p = sub.add_parser("brief", help="brief the stories in files, folders, JSON Lines or stdin (-)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for standard input")
    add_output_options(p, formats=BRIEF_FORMATS)
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="labels, figure wording and dates in md/html: id or en (default: the language of most articles)",
    )
    _length(p)
    p.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="OURS=THEIRS",
        help="JSON Lines key for one of our fields, e.g. --field text=body (repeatable)",
    )
    p.add_argument("--backend", choices=BACKENDS, default="local", help="where per-article work runs")
    p.add_argument("--single-story", action="store_true", help="treat all input as one story")
    add_allow_private_option(p)
    p.add_argument(
        "--all-figures",
        action="store_true",
        help="show single-source and unclassified figures too (Markdown, HTML; JSON keeps every value)",
    )
    p.set_defaults(func=cmd_brief)

    p = sub.add_parser(
        "demo",
        help="brief the bundled sample corpus",
        description=(
            "Brief the bundled sample corpus (eleven invented articles). By default a short digest "
            f"goes to standard output and the full HTML brief to {DEMO_OUT} (or --out FILE); "
            "--format md|json|html prints the full brief instead."
        ),
    )
    p.add_argument(
        "--format",
        choices=DEMO_FORMATS,
        default="text",
        help="text: a digest here and the HTML brief in a file (default: text)",
    )
    p.add_argument("--out", metavar="FILE", help=f"write the brief to FILE (text format: default {DEMO_OUT})")
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="labels, figure wording and dates of the digest and brief: id or en (default: the language of most articles)",
    )
    _length(p)
    p.set_defaults(func=cmd_demo)
