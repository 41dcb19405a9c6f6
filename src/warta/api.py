"""The library's front door: paths in, articles or a brief out. The CLI, HTTP API and web page call this.

>>> from warta.api import brief_paths
>>> run = brief_paths(["articles/"])        # doctest: +SKIP
>>> run.brief.stories[0].title              # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from warta.backends import Backend
from warta.brief.build import BriefOptions, StageProgress, build_brief
from warta.errors import NoArticlesError
from warta.ingest import SUPPORTED, read
from warta.pipeline import analyze_all
from warta.types import Article, Brief, RawDocument, Skipped

if TYPE_CHECKING:
    from warta.ingest.fetch import FetchOptions

Progress = Callable[[int, int], None]  # (articles done, articles in all)
OnSkipped = Callable[[Skipped], None]  # told of each unusable input as soon as it is found


@dataclass(frozen=True)
class ReadResult:
    """Articles read and analysed, the inputs skipped (with reasons), and exact copies dropped."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
    copies: int = 0


@dataclass(frozen=True)
class BriefRun:
    """A brief and what was read to make it."""

    brief: Brief
    read: ReadResult


def sample_path() -> Path:
    """The folder of the bundled sample corpus (fiction written for warta), with its MANIFEST.json."""
    return Path(str(files("warta") / "samples"))


def read_articles(
    paths: Iterable[str | Path],
    *,
    fields: Mapping[str, str] | None = None,
    backend: Backend | str = "local",
    progress: Progress | None = None,
    on_skipped: OnSkipped | None = None,
    fetch: FetchOptions | None = None,
) -> ReadResult:
    """Read, clean and analyse every article under ``paths``; unusable inputs are skipped, not fatal.

    ``fetch`` sets how URLs among ``paths`` are fetched (see :func:`warta.ingest.read`).
    Raises :class:`NoArticlesError` only when nothing usable was read at all.
    """
    docs: list[RawDocument] = []
    skipped: list[Skipped] = []
    for item in read(paths, fields=fields, fetch=fetch):
        if isinstance(item, Skipped):
            skipped.append(item)
            if on_skipped is not None:
                on_skipped(item)
        else:
            docs.append(item)
    if not docs:
        raise NoArticlesError(_nothing_read(skipped))
    done = 0

    def tick(_: Article) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, len(docs))

    result = analyze_all(docs, backend=backend, on_article=tick)
    return ReadResult(tuple(result.articles), tuple(skipped), result.copies)


def _nothing_read(skipped: Sequence[Skipped]) -> str:
    """The NoArticlesError message: how many inputs were skipped, the first reason, what to give instead."""
    if not skipped:
        head = "no input paths were given"
    elif len(skipped) == 1:
        head = skipped[0].message()
    else:
        head = f"all {len(skipped)} inputs were skipped, first: {skipped[0].message()}"
    return f"no usable article was read ({head}). Give files or folders of articles: {SUPPORTED}."


def brief_articles(
    articles: Sequence[Article],
    *,
    options: BriefOptions | None = None,
    skipped: Sequence[Skipped] = (),
    progress: StageProgress | None = None,
) -> Brief:
    """Group analysed articles into stories and brief each one (``progress``: see ``build_brief``)."""
    return build_brief(articles, options=options, skipped=skipped, progress=progress)


def brief_paths(
    paths: Iterable[str | Path],
    *,
    options: BriefOptions | None = None,
    fields: Mapping[str, str] | None = None,
    backend: Backend | str = "local",
    progress: Progress | None = None,
    on_skipped: OnSkipped | None = None,
    fetch: FetchOptions | None = None,
) -> BriefRun:
    """Read everything under ``paths`` and brief the stories found."""
    result = read_articles(
        paths, fields=fields, backend=backend, progress=progress, on_skipped=on_skipped, fetch=fetch
    )
    return BriefRun(brief_articles(result.articles, options=options, skipped=result.skipped), result)
