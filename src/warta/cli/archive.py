"""``warta add``, ``warta show``, ``warta export`` and ``warta search``: the SQLite archive.

Every command takes ``--db PATH`` (default: ``$WARTA_DB``, else ``warta.db`` here).
"""

from __future__ import annotations

import argparse
import json
import sys

from warta.backends import BACKENDS
from warta.brief.render import FORMATS, render
from warta.brief.render.labels import LANGUAGES
from warta.cli.common import Subparsers, err, parse_fields, plural, progress_bar, write_output
from warta.codec import to_dict, to_json
from warta.errors import InputError
from warta.store import open_archive
from warta.store.hits import hits_json, render_hits
from warta.types import Brief


def add_db_option(p: argparse.ArgumentParser) -> None:
    """``--db PATH``."""
    p.add_argument("--db", metavar="PATH", help="the archive file (default: $WARTA_DB, else ./warta.db)")


def cmd_add(args: argparse.Namespace) -> int:
    """Store the articles under the given paths and update their stories."""
    from warta.ingest import read

    with open_archive(args.db) as archive, progress_bar("adding") as progress:
        result = archive.add_documents(
            read(args.paths, fields=parse_fields(args.field)),
            backend=args.backend,
            batch=args.batch,
            progress=progress,
        )
    for s in result.skipped:
        err(s.message())
    err(
        f"added {result.added} article{'s' if result.added != 1 else ''}, {result.unchanged} already stored, "
        f"{len(result.skipped)} skipped; {plural(len(result.stories_touched), 'story', 'stories')} updated "
        f"({len(result.new_stories)} new) in {archive.path}"
    )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Print one stored story's brief."""
    with open_archive(args.db, readonly=True) as archive:
        story = archive.story(args.story)
    if story is None:
        raise InputError(
            f"no story {args.story!r} in the archive; list them with `warta search` or `warta export`"
        )
    write_output(render(Brief(stories=(story,)), format=args.format, lang=args.lang), args.out)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write every stored story's brief, one JSON object per line."""
    with open_archive(args.db, readonly=True) as archive:
        lines = [to_json(story, indent=None) + "\n" for story in archive.export()]
    write_output("".join(lines), args.out)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Print stored stories ranked for a keyword query."""
    with open_archive(args.db, readonly=True) as archive:
        hits = archive.search(args.query, limit=args.limit)
    if args.format == "json":
        sys.stdout.write(json.dumps(hits_json(hits), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_hits(hits))
    return 0 if hits else 3


def stored_stories(args: argparse.Namespace) -> str:
    """The archive's stories, most recently updated first, as Markdown lines or JSON."""
    with open_archive(getattr(args, "db", None), readonly=True) as archive:
        rows = archive.stories(limit=getattr(args, "limit", None) or 100)
    if args.format == "json":
        return json.dumps([to_dict(r) for r in rows], ensure_ascii=False, indent=2) + "\n"
    lines = [
        f"- **{r.title}** ({r.id}) {r.first_published or '?'} – {r.last_published or '?'} · "
        f"{r.article_count} articles · {r.independent_sources} independent · {', '.join(r.outlets)}"
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
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("show", help="print one stored story's brief")
    p.add_argument("story", metavar="STORY", help="a story id, e.g. from `warta search`")
    add_db_option(p)
    p.add_argument("--format", choices=FORMATS, default="md", help="output format (default: md)")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="labels and dates in md/html: en or id")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("export", help="write every stored story's brief as JSON Lines")
    add_db_option(p)
    p.add_argument("--format", choices=("jsonl",), default="jsonl", help="output format (default: jsonl)")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("search", help="find stored stories by keywords (exit 3 when none match)")
    p.add_argument("query", metavar="QUERY", help='keywords, e.g. "banjir Watugede"')
    add_db_option(p)
    p.add_argument("--limit", type=int, default=10, metavar="N", help="stories to show (default: 10)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.set_defaults(func=cmd_search)
