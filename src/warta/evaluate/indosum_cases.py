"""Annotation cases whose articles are IndoSum records, read as warta reads a folder of articles.

``tests/data/figures_indosum.json`` keeps ids and offsets only; the text stays in the shared
``articles.jsonl``. :func:`indosum_cases` writes the wanted records to a temporary folder, reads it with
:func:`warta.api.read_articles`, and gives each case its articles with the outlet the annotation names
(when the text names none) and the feed's publication date, as a crawler gives it.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.errors import InputError
from warta.types import Article


@dataclass(frozen=True)
class IndoSumCase:
    """One annotated case: its annotation, its articles by record id, and a gold in the shared format."""

    case: Mapping[str, Any]
    articles: Mapping[str, Article]  # record id -> the article warta read
    gold: Mapping[str, Any]  # the case with each article's ``file`` named, for gold_keys
    raw: Mapping[str, str]  # record id -> the record's text, which the annotation's offsets index


def indosum_texts(path: Path, wanted: set[str]) -> dict[str, str]:
    """The ``text`` field of the wanted IndoSum records."""
    if not path.is_file():
        raise InputError(f"{path} not found; pass --articles shared/data/indosum/articles.jsonl")
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                if r["id"] in wanted:
                    out[r["id"]] = r.get("text") or "\n".join(r["sentences"])
    missing = sorted(wanted - set(out))
    if missing:
        raise InputError(f"IndoSum records {missing[:3]} not in {path}; is it the full articles.jsonl?")
    return out


def indosum_cases(
    cases: Sequence[Mapping[str, Any]], jsonl: Path, *, dated: bool = True
) -> list[IndoSumCase]:
    """Each case with its articles read; ``dated``: the annotation's publication date replaces the one
    read from the text (the pair trainer reads undated articles, as its shipped model was fitted)."""
    from warta.api import read_articles

    wanted = {k for c in cases for k in c["articles"]}
    texts = indosum_texts(jsonl, wanted)
    with tempfile.TemporaryDirectory(prefix="warta-indosum-") as tmp:
        for k in wanted:
            (Path(tmp) / f"{k}.txt").write_text(texts[k], encoding="utf-8")
        by_stem = {Path(a.source).stem: a for a in read_articles([Path(tmp)]).articles}
    out = []
    for case in cases:
        arts = {}
        for k, meta in case["articles"].items():
            a = by_stem[k]
            arts[k] = dataclasses.replace(
                a,
                outlet=a.outlet or meta.get("outlet"),
                published=(meta.get("published") or a.published) if dated else a.published,
            )
        gold = {**case, "articles": {k: {"file": f"{k}.txt", **m} for k, m in case["articles"].items()}}
        out.append(IndoSumCase(case, arts, gold, {k: texts[k] for k in case["articles"]}))
    return out


def nearest_span(raw: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the annotated words ``raw[start:end]`` are in ``text`` (the text warta read from the record):
    the occurrence nearest to ``start``, or None when cleaning left them out.

    >>> nearest_span("a 2 b 2", "a 2 b  2", 6, 7)
    (7, 8)
    """
    words, best, at = raw[start:end], None, 0
    while (k := text.find(words, at)) >= 0:
        best = k if best is None or abs(k - start) < abs(best - start) else best
        at = k + 1
    return None if best is None else (best, best + len(words))
