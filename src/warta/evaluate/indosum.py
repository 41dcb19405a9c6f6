"""IndoSum records as warta Articles: text is the sentences joined, so sentence spans are exact."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from warta.errors import InputError
from warta.types import Article, Span


@dataclass(frozen=True)
class IndoSumRecord:
    """One IndoSum article: its sentences, the human summary and the oracle sentence indices."""

    id: str
    outlet: str
    sentences: tuple[str, ...]
    summary_sentences: tuple[str, ...]
    oracle: tuple[int, ...]


def read_records(path: Path) -> Iterator[IndoSumRecord]:
    """Every record of an IndoSum ``articles.jsonl``."""
    if not path.is_file():
        raise InputError(f"{path} not found; pass the IndoSum articles.jsonl (shared/data/indosum/)")
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                yield IndoSumRecord(
                    id=r["id"],
                    outlet=r.get("outlet") or "",
                    sentences=tuple(r["sentences"]),
                    summary_sentences=tuple(r["summary_sentences"]),
                    oracle=tuple(r["oracle"]),
                )


def read_folds(path: Path) -> dict[str, list[str]]:
    """``folds.json``: fold name -> article ids."""
    if not path.is_file():
        raise InputError(f"{path} not found; pass the IndoSum folds.json (shared/data/indosum/)")
    data: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def held_out(folds: dict[str, list[str]], fold: str) -> tuple[set[str], set[str]]:
    """(test ids, train ids) for ``fold``: ids that also appear in another fold are never tested."""
    if fold not in folds:
        raise InputError(f"unknown IndoSum fold {fold!r}; choose one of {', '.join(sorted(folds))}")
    train = {i for name, ids in folds.items() if name != fold for i in ids}
    test = {i for i in folds[fold] if i not in train}
    return test, train


def select(
    records: Sequence[IndoSumRecord], ids: set[str], *, limit: int | None = None
) -> list[IndoSumRecord]:
    """The records whose id is in ``ids``, in file order, at most ``limit``."""
    out = [r for r in records if r.id in ids]
    return out[:limit] if limit else out


def to_article(record: IndoSumRecord) -> Article:
    """The record as an Article: one span per sentence (empty sentences keep an empty span)."""
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    for s in record.sentences:
        if parts and s:
            pos += 1  # the joining space
        spans.append(Span(pos, pos + len(s)))
        if s:
            parts.append(s)
            pos += len(s)
    return Article(
        id=record.id,
        source=f"indosum/{record.id}",
        text=" ".join(parts),
        outlet=record.outlet,
        language="id",
        sentences=tuple(spans),
    )
