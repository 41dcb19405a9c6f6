"""`warta add` as the archive grows: per-article CPU and peak memory of one add at several sizes.

The archive is grown from real text in ``../shared`` only, read in place, each text once (by its
article id), in this order: the IndoSum articles but the probe's (3,413 with ``--probe 50``), then
the Timeline17 articles (English, topic by topic, oldest first; 4,319: 4,328 have text, 9 of them
filed under two topics are the first topic's), then the other real pages: the 31 realnews
excerpts, the 181 Scrapinghub HTML pages (their main text extracted by warta, as ``warta add``
does) and the 5 seeds — 7,949 whole articles. When ``--sizes`` asks for more, as few as needed of
the longest Timeline17 articles are each stored as its two halves instead of whole: the text cut
at the sentence end nearest its middle (warta's sentence splitter), two documents with ids of
their own (sources ``<source>#half1`` and ``#half2``; the same date, language and topic place), so
no text is invented or stored twice (an article with a half that another article's text equals is
left whole). For 10,000 stored articles, 2,051 are split (every one of 4,451 characters or more).
Each step is grown in one ``add`` of its articles (batches of ``--grow-batch``), its briefs built
(``Archive.build_briefs``) unless ``--no-grow-briefs``; the articles stored are counted, and the
step fails if they are fewer than its size.

At each step a copy of the archive receives the same ``--probe`` articles (the last IndoSum
articles, never in the grown part) in a fresh process, like a new ``warta add``: its CPU per added
article (model load left out: the encoder is warmed before the clock starts), its peak RSS, and the
whole process's CPU. Where ``add`` leaves briefs to be built on first read, the probe then builds
them (``briefs``, printed apart, not in ``add``; not with ``--no-grow-briefs``, whose archive has
every brief pending). The named baseline is **analysis only**: ``warta.pipeline.analyze_all`` on
the probe articles in the same kind of fresh process, nothing stored. ``--one-add N`` also prints
the issue's own framing: one ``add`` of the first N IndoSum articles into an empty archive against
analysis only of the same N, articles per CPU second. Ratios are printed within one run, so the
machine's load cancels out as far as it can.

Run from the repo root (``nice`` on a shared machine)::

    nice -n 10 .venv/bin/python bench/add_growth.py [--sizes 200,1000,3000,10000] [--probe 50] [--one-add 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path
from statistics import median

from warta.evaluate.paths import default_shared
from warta.evaluate.search import indosum_documents
from warta.evaluate.timeline import topic_documents
from warta.extract.sentences import split_sentences
from warta.pipeline import article_id
from warta.types import RawDocument

PROBE = """
import json, resource, sys, time
from itertools import islice
from warta.evaluate.search import indosum_documents
from warta.text import embeddings
path, db, first, count, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
docs = list(islice(indosum_documents(__import__("pathlib").Path(path), limit=first + count), first, None))
embeddings.embed(["warm the model up"])
start = time.process_time()
if mode == "analysis":
    from warta.pipeline import analyze_all
    analyze_all(docs)
briefs = 0.0
if mode in ("add", "add-only"):
    from warta.store import open_archive
    with open_archive(db) as archive:
        archive.add_documents(docs)
        cpu = time.process_time() - start
        build = getattr(archive, "build_briefs", None)
        if build is not None and mode == "add":  # briefs left for the first read: built here, timed apart
            build()
            briefs = time.process_time() - start - cpu
else:
    cpu = time.process_time() - start
try:  # this process's own peak: ru_maxrss can carry the spawning process's peak across exec
    hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0].split()[1]
    rss = int(hwm) / 1024
except (OSError, IndexError):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"cpu": cpu, "rss": rss, "briefs": briefs}))
"""


GROW = """
import json, sys
from itertools import islice
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import add_growth
shared, db, keep, start, stop, size = Path(sys.argv[2]), Path(sys.argv[3]), *map(int, sys.argv[4:8])
docs = list(islice(add_growth.growth_corpus(shared, keep_last=keep, size=size), start, stop))
cpu, stored = add_growth.grow(db, docs, briefs=sys.argv[8] == "1", batch=int(sys.argv[9]))
print(json.dumps({"cpu": cpu, "stored": stored}))
"""


def _env(src: Path | None) -> dict[str, str]:
    """This process's environment, with warta imported from ``src`` when given (a base commit's)."""
    return {**os.environ, "PYTHONPATH": str(src)} if src is not None else os.environ.copy()


def probe(
    source: Path, db: Path, *, first: int, count: int, mode: str, src: Path | None = None
) -> dict[str, float]:
    """Run one probe in a fresh process; its add CPU, peak RSS (MiB) and whole-process CPU."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(source), str(db), str(first), str(count), mode],
        capture_output=True,
        text=True,
        check=True,
        env=_env(src),
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    found: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    found["process"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return found


def grow_base(
    src: Path,
    shared: Path,
    db: Path,
    *,
    keep: int,
    span: tuple[int, int],
    size: int,
    briefs: bool,
    batch: int,
) -> tuple[float, int]:
    """:func:`grow` with warta from ``src``, in a fresh process, on the growth corpus's docs ``span``."""
    args = [str(Path(__file__).parent), str(shared), str(db), str(keep), *map(str, span), str(size)]
    out = subprocess.run(
        [sys.executable, "-c", GROW, *args, "1" if briefs else "0", str(batch)],
        capture_output=True,
        text=True,
        check=True,
        env=_env(src),
    )
    found = json.loads(out.stdout.strip().splitlines()[-1])
    return float(found["cpu"]), int(found["stored"])


def export_source(rev: str, into: Path) -> Path:
    """``src/`` of commit ``rev`` unpacked under ``into`` (``git archive``); returns that ``src``."""
    import tarfile
    from io import BytesIO

    root = Path(__file__).resolve().parents[1]
    tar = subprocess.run(["git", "archive", rev, "src"], cwd=root, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(tar)) as archive:
        archive.extractall(into, filter="data")
    return into / "src"


def copy_db(db: Path, to: Path) -> Path:
    """A copy of the archive ``db`` (and its WAL files) at ``to``."""
    shutil.copy(db, to)
    for extra in ("-wal", "-shm"):
        if (db.parent / (db.name + extra)).exists():
            shutil.copy(db.parent / (db.name + extra), to.parent / (to.name + extra))
    return to


def grow(db: Path, docs: list[RawDocument], *, briefs: bool = True, batch: int = 200) -> tuple[float, int]:
    """Add ``docs`` to the archive in this process (and build their briefs); CPU seconds, articles stored."""
    from warta.store import open_archive

    start = time.process_time()
    with open_archive(db) as archive:
        archive.add_documents(docs, batch=batch)
        build = getattr(archive, "build_briefs", None)
        if build is not None and briefs:
            build()
        took = time.process_time() - start
        return took, archive.count_articles()


def growth_corpus(shared: Path, *, keep_last: int, size: int = 0) -> Iterator[RawDocument]:
    """IndoSum's articles but its last ``keep_last`` (the probe's), Timeline17's, then the other real pages,
    each text once (a Timeline17 article filed under two topics is the first topic's), lazily: what
    follows IndoSum is read only when it is reached.

    When these hold fewer than ``size`` articles, the longest Timeline17 articles, as few as needed,
    come as their two halves instead of whole (:func:`halves`).
    """
    source = shared / "data" / "indosum" / "articles.jsonl"
    total = sum(1 for _ in source.open(encoding="utf-8"))
    seen: set[str] = set()
    yield from distinct([indosum_documents(source, limit=total - keep_last)], seen=seen)[0]
    folder = shared / "data" / "timeline" / "t17"
    topics = [
        topic_documents(p)
        for p in (sorted(folder.iterdir()) if folder.is_dir() else [])
        if (p / "articles.json.gz").exists()
    ]
    groups = distinct([*topics, other_pages(shared)], seen=seen)
    whole = len(seen)
    split: dict[str, tuple[RawDocument, ...]] = {}
    for doc in sorted((d for t in groups[:-1] for d in t), key=lambda d: (-len(d.text), d.source)):
        if whole + len(split) >= size:  # each article split in two adds one
            break
        parts = halves(doc)
        ids = {article_id(part) for part in parts}
        if len(ids) == 2 and not ids & seen:  # a half that is another article's text is not taken
            seen |= ids
            split[doc.source] = parts
    for group in groups:
        for doc in group:
            yield from split.get(doc.source, (doc,))


def distinct(groups: list[Iterable[RawDocument]], *, seen: set[str]) -> list[list[RawDocument]]:
    """``groups`` without the documents whose text (its article id) is in ``seen`` or an earlier
    document's; ``seen`` gains the ids kept."""
    out: list[list[RawDocument]] = []
    for group in groups:
        kept = []
        for doc in group:
            if (aid := article_id(doc)) not in seen:
                seen.add(aid)
                kept.append(doc)
        out.append(kept)
    return out


def other_pages(shared: Path) -> list[RawDocument]:
    """The realnews excerpts, the Scrapinghub HTML pages and the seeds, read as ``warta add`` reads them."""
    from warta.ingest import read

    folders = [
        shared / "data" / "realnews" / "articles",
        shared / "data" / "extraction" / "scrapinghub" / "html",
        shared / "seeds",
    ]
    return [d for d in read([f for f in folders if f.is_dir()]) if isinstance(d, RawDocument)]


def halves(doc: RawDocument) -> tuple[RawDocument, ...]:
    """``doc`` as two documents, its text cut at the sentence end nearest its middle (``doc`` itself
    when it is one sentence); ids ``<source>#half1`` and ``#half2``, the rest of its fields kept."""
    spans = split_sentences(doc.text, language=doc.language or "en")
    ends = [s.end for s in spans[:-1]]
    if not ends:
        return (doc,)
    cut = min(ends, key=lambda end: (abs(2 * end - len(doc.text)), end))
    parts = (doc.text[:cut].strip(), doc.text[cut:].strip())
    return tuple(
        replace(doc, source=f"{doc.source}#half{n}", text=text, raw=text) for n, text in enumerate(parts, 1)
    )


def one_add(source: Path, tmp: Path, *, count: int) -> None:
    """The issue's framing: one add of ``count`` articles into an empty archive vs analysis only of them."""
    base = probe(source, tmp / "none.db", first=0, count=count, mode="analysis")
    got = probe(source, tmp / "one.db", first=0, count=count, mode="add")
    rate_base, rate_add = count / base["cpu"], count / got["cpu"]
    with_briefs = count / (got["cpu"] + got.get("briefs", 0.0))
    print(
        f"  one add of {count}: {rate_add:.1f} articles/CPU s against analysis only {rate_base:.1f} "
        f"({rate_add / rate_base:.3f}x); with briefs built after it {with_briefs:.1f} articles/CPU s "
        f"({with_briefs / rate_base:.3f}x); peak {got['rss']:.0f} MiB"
    )


def main() -> None:
    head, _, rest = __doc__.partition("\n\n")
    p = argparse.ArgumentParser(
        description=head, epilog=rest, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--shared", type=Path, help="the shared/ folder (default: ../shared)")
    p.add_argument("--sizes", default="200,1000,3000", help="archive sizes to probe at, ascending")
    p.add_argument("--one-add", type=int, default=0, help="also time one add of this many articles (0: no)")
    p.add_argument(
        "--no-grow-briefs",
        action="store_true",
        help="where add leaves briefs pending, grow without building them (quicker; no briefs column)",
    )
    p.add_argument(
        "--grow-batch", type=int, default=200, help="articles per add batch while growing (add's --batch)"
    )
    p.add_argument("--probe", type=int, default=50, help="articles added at each size")
    p.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="probes at each size, alternating analysis only, add (and the base's add); medians printed",
    )
    p.add_argument(
        "--base",
        metavar="REV",
        help="also grow an archive and probe it with that commit's src/ (git archive), in the same run",
    )
    p.add_argument("--keep", type=Path, help="keep the grown archive here (default: a temporary folder)")
    args = p.parse_args()
    shared = args.shared or default_shared()
    source = shared / "data" / "indosum" / "articles.jsonl"
    total = sum(1 for _ in source.open(encoding="utf-8"))
    sizes = [int(s) for s in args.sizes.split(",")]
    first = total - args.probe
    corpus = growth_corpus(source.parents[2], keep_last=args.probe, size=sizes[-1])
    load = os.getloadavg()
    print(f"add growth: probe {args.probe} articles; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "grow.db"
        base_src = export_source(args.base, Path(tmp) / "base") if args.base else None
        base_db = Path(tmp) / "base-grow.db"
        if args.one_add:
            one_add(source, Path(tmp), count=min(args.one_add, first))
        base = probe(source, Path(tmp) / "none.db", first=first, count=args.probe, mode="analysis")
        per_base = base["cpu"] / args.probe
        print(
            f"  baseline analysis only: {1000 * per_base:.1f} ms CPU per article, peak {base['rss']:.0f} MiB"
        )
        stored = taken = 0
        rows = []
        mode = "add-only" if args.no_grow_briefs else "add"
        for size in sizes:
            before, took, start = stored, 0.0, taken
            while stored < size:  # an article already stored (the same text twice) is skipped: take more
                docs = list(islice(corpus, size - stored))
                if not docs:
                    raise SystemExit(f"the growth corpus holds {stored} articles, fewer than {size}")
                taken += len(docs)
                cpu, stored = grow(db, docs, briefs=not args.no_grow_briefs, batch=args.grow_batch)
                took += cpu
            print(
                f"  grew {before} -> {stored}: {1000 * took / max(1, stored - before):.1f} ms CPU per article"
            )
            if base_src is not None:
                grow_base(
                    base_src,
                    shared,
                    base_db,
                    keep=args.probe,
                    span=(start, taken),
                    size=sizes[-1],
                    briefs=not args.no_grow_briefs,
                    batch=args.grow_batch,
                )
            found: dict[str, list[dict[str, float]]] = {"analysis": [], "add": [], "base": []}
            for _ in range(args.rounds):
                if args.rounds > 1 or base_src is not None:
                    found["analysis"].append(
                        probe(source, Path(tmp) / "none.db", first=first, count=args.probe, mode="analysis")
                    )
                at = copy_db(db, Path(tmp) / "probe.db")
                found["add"].append(probe(source, at, first=first, count=args.probe, mode=mode))
                if base_src is not None:
                    at = copy_db(base_db, Path(tmp) / "probe.db")
                    found["base"].append(
                        probe(source, at, first=first, count=args.probe, mode=mode, src=base_src)
                    )
            analysis = median([g["cpu"] for g in found["analysis"]]) if found["analysis"] else base["cpu"]
            got = found["add"][len(found["add"]) // 2]
            got = {**got, "cpu": median([g["cpu"] for g in found["add"]])}
            per = got["cpu"] / args.probe
            rows.append((size, per, got))
            briefs = (
                "not built (--no-grow-briefs)"
                if mode == "add-only"
                else f"{1000 * got.get('briefs', 0.0) / args.probe:.1f} ms per article"
            )
            rounds = f" (median of {args.rounds})" if args.rounds > 1 else ""
            print(
                f"  at {size}: add {1000 * per:.1f} ms CPU per article{rounds} "
                f"({analysis / got['cpu']:.3f}x analysis only at {1000 * analysis / args.probe:.1f}), "
                f"then briefs {briefs}, "
                f"process {got['process']:.1f} s CPU, peak {got['rss']:.0f} MiB"
            )
            if found["base"]:
                theirs = median([g["cpu"] for g in found["base"]])
                pairs = [a["cpu"] / b["cpu"] for a, b in zip(found["analysis"], found["base"], strict=True)]
                mine = [a["cpu"] / b["cpu"] for a, b in zip(found["analysis"], found["add"], strict=True)]
                print(
                    f"  at {size}: base {args.base} add {1000 * theirs / args.probe:.1f} ms CPU per article "
                    f"({analysis / theirs:.3f}x analysis only); this tree / base CPU x{got['cpu'] / theirs:.2f}; "
                    f"per-round ratios base {', '.join(f'{r:.3f}' for r in pairs)}, "
                    f"this tree {', '.join(f'{r:.3f}' for r in mine)}"
                )
        low, high = rows[0], rows[-1]
        print(
            f"  growth {low[0]} -> {high[0]}: per-article CPU x{high[1] / low[1]:.2f}, "
            f"peak RSS x{high[2]['rss'] / low[2]['rss']:.2f}"
        )


if __name__ == "__main__":
    main()
