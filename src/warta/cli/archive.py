"""``warta add``, ``warta show``, ``warta export`` and ``warta search``: the SQLite archive.

Every command takes ``--db PATH`` (default: ``$WARTA_DB``, else ``warta.db`` here). The library is
imported inside each command, so that building the parser (``warta --help``) stays cheap.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from warta.cli.choices import BACKENDS, LANGUAGES
from warta.cli.choices import BRIEF_FORMATS as FORMATS
from warta.cli.common import (
    Subparsers,
    add_allow_private_option,
    err,
    fetch_options,
    note,
    parse_fields,
    plural,
    progress_bar,
    write_output,
)
from warta.errors import InputError

if TYPE_CHECKING:
    from warta.store import Archive

EXPORT_FORMATS = ("jsonl", "csv")
STORED_FORMATS = ("md", "json", "jsonl")
LIST_IDS = "`warta stories` (stored stories with their ids) or `warta search WORDS`"


def add_db_option(p: argparse.ArgumentParser) -> None:
    """``--db PATH``."""
    p.add_argument("--db", metavar="PATH", help="the archive file (default: $WARTA_DB, else ./warta.db)")


def cmd_add(args: argparse.Namespace) -> int:
    """Store the articles under the given paths and update their stories."""
    from warta.ingest import read
    from warta.store import open_archive

    with open_archive(args.db) as archive, progress_bar("adding") as progress:
        result = archive.add_documents(
            read(args.paths, fields=parse_fields(args.field), fetch=fetch_options(args)),
            backend=args.backend,
            batch=args.batch,
            progress=progress,
            briefs=args.briefs,
        )
    for s in result.skipped:
        err(s.message())
    note(
        f"added {plural(result.added, 'article')}, {result.unchanged} already stored, "
        f"{len(result.skipped)} skipped; {plural(len(result.stories_touched), 'story', 'stories')} updated "
        f"({len(result.new_stories)} new) in {archive.path}"
    )
    if result.stories_touched and not args.briefs:
        note(
            "their briefs are built by the next read (warta stories, search, show, export, serve); "
            "warta add --briefs builds them now"
        )
    return 0


@contextmanager
def reading_archive(db: str | None) -> Iterator[Archive]:
    """The archive opened for reading, once the briefs an add left are built, with a progress line."""
    from warta.store import open_archive

    with open_archive(db, readonly=True) as archive:
        if archive.pending_briefs():
            with progress_bar("briefing", start="briefing the stories an add left") as progress:
                archive.build_pending_briefs(progress=progress)
        yield archive


def cmd_show(args: argparse.Namespace) -> int:
    """Print one stored story's brief."""
    from warta.brief.render import render
    from warta.types import Brief

    with reading_archive(args.db) as archive:
        story = archive.story(args.story)
    if story is None:
        raise InputError(f"no story {args.story!r} in {archive.path}; list the ids with {LIST_IDS}")
    write_output(render(Brief(stories=(story,)), format=args.format, lang=args.lang), args.out)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write every stored story's brief, one JSON object per line (or one CSV row per story)."""
    from warta.codec import to_json
    from warta.store.csv_export import stories_csv

    with reading_archive(args.db) as archive:
        if args.format == "csv":
            lines = list(stories_csv(archive.export()))
        else:
            lines = [to_json(story, indent=None) + "\n" for story in archive.export()]
    write_output("".join(lines), args.out)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Print stored stories ranked for a query (words, numbers, meaning), optionally filtered."""
    from warta.store.hits import hits_csv, hits_document, hits_jsonl, render_hits
    from warta.store.views import SearchFilters

    filters = SearchFilters(since=args.since, until=args.until, outlet=args.outlet, language=args.lang)
    meaning = {"auto": None, "always": True, "never": False}[args.meaning]
    full = args.format == "text" or args.full
    with reading_archive(args.db) as archive:
        hits = archive.search(args.query, limit=args.limit, filters=filters, with_brief=full, meaning=meaning)
    if args.format == "json":
        sys.stdout.write(json.dumps(hits_document(args.query, hits), ensure_ascii=False, indent=2) + "\n")
    elif args.format == "jsonl":
        sys.stdout.write(hits_jsonl(hits))
    elif args.format == "csv":
        sys.stdout.write(hits_csv(hits))
    else:
        sys.stdout.write(render_hits(hits))
    return 0 if hits else 3


def stored_stories(args: argparse.Namespace) -> str:
    """The archive's stories, most recently updated first, as Markdown lines, JSON or JSON Lines."""
    from warta.codec import to_dict

    with reading_archive(getattr(args, "db", None)) as archive:
        rows = archive.stories(limit=getattr(args, "limit", None) or 100)
    if args.format == "json":
        return json.dumps([to_dict(r) for r in rows], ensure_ascii=False, indent=2) + "\n"
    if args.format == "jsonl":
        return "".join(json.dumps(to_dict(r), ensure_ascii=False) + "\n" for r in rows)
    lines = [
        f"- **{r.title}** ({r.id}) {r.first_published or '?'} – {r.last_published or '?'} · "
        f"{plural(r.article_count, 'article')} · {r.independent_sources} independent · {', '.join(r.outlets)}"
        for r in rows
    ]
    return "\n".join(lines) + "\n" if lines else "no stories stored yet; add some with `warta add PATH`\n"


def register(sub: Subparsers) -> None:
    """Add ``add``, ``show``, ``export`` and ``search``."""
    p = sub.add_parser("add", help="store articles in the archive and update their stories")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for standard input")
    add_db_option(p)
    p.add_argument(
        "--field", action="append", default=[], metavar="OURS=THEIRS", help="JSON Lines field mapping"
    )
    p.add_argument("--backend", choices=BACKENDS, default="local", help="where per-article work runs")
    p.add_argument(
        "--batch", type=int, default=200, metavar="N", help="articles per transaction (default: 200)"
    )
    p.add_argument(
        "--briefs",
        action="store_true",
        help="build the updated stories' briefs now (default: the first read of the archive builds them)",
    )
    add_allow_private_option(p)
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("show", help="print one stored story's brief")
    p.add_argument("story", metavar="STORY", help="a story id, as `warta stories` lists them")
    add_db_option(p)
    p.add_argument("--format", choices=FORMATS, default="md", help="output format (default: md)")
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="labels, figure wording and dates in md/html: id or en (default: the language of most articles)",
    )
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("export", help="write every stored story's brief as JSON Lines, or a CSV table")
    add_db_option(p)
    p.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="jsonl",
        help="jsonl: one brief per line; csv: one row per story (default: jsonl)",
    )
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "search",
        help="find stored stories by keywords, numbers or meaning (exit 3 when none match)",
        description=(
            "Find stored stories. Words match with aliases and, only for words the archive does not hold, "
            "typo corrections; numbers match in any notation (2.500 = 2500 = 2,500; 8 ribu = 8000); when a "
            "word is found nowhere (an English query over Indonesian stories), stories are also found by "
            "meaning, from the multilingual vectors the archive keeps. Exit 3 when nothing matches."
        ),
    )
    p.add_argument("query", metavar="QUERY", help='keywords or numbers, e.g. "banjir Watugede" or "8.000"')
    add_db_option(p)
    p.add_argument("--limit", type=int, default=10, metavar="N", help="stories to show (default: 10)")
    p.add_argument(
        "--format",
        choices=("text", "json", "jsonl", "csv"),
        default="text",
        help="text; json ({query, hits}, as HTTP /search); jsonl (a hit a line); csv (default: text)",
    )
    p.add_argument("--full", action="store_true", help="json/jsonl: include each hit's whole brief")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only articles published on or after this day")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="only articles published on or before this day")
    p.add_argument(
        "--outlet", metavar="NAME", help='only articles of this outlet (its name or start, e.g. "kompas")'
    )
    p.add_argument("--lang", metavar="CODE", help="only articles in this language (id, en, ...)")
    p.add_argument(
        "--meaning",
        choices=("auto", "always", "never"),
        default="auto",
        help="lookup by meaning: when a word is found nowhere (auto), always, or never (default: auto)",
    )
    p.set_defaults(func=cmd_search)
