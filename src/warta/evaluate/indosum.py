"""IndoSum records as warta Articles, built the way warta's own cleaning would leave them.

The Article keeps IndoSum's paragraphs as lines (one paragraph per line, as :func:`warta.clean.clean`
writes its text) and its sentences joined by one space, so every sentence span is exact and sentence
*i* of the Article is sentence *i* of the record. A leading dateline ("Jakarta, CNN Indonesia -- ")
is cut from the first sentence and kept as metadata, as the cleaner does for real articles. IndoSum
has no titles (its ``title`` is always null); the headline the outlet's URL spells as its slug stands
in for one (:func:`url_headline`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from warta.clean.outlets import match_dateline
from warta.errors import InputError
from warta.types import Article, Removal, Span


@dataclass(frozen=True)
class IndoSumRecord:
    """One IndoSum article: its sentences, the human summary, the oracle indices and its paragraphed text."""

    id: str
    outlet: str
    sentences: tuple[str, ...]
    summary_sentences: tuple[str, ...]
    oracle: tuple[int, ...]
    text: str = ""  # paragraphs joined by a blank line; "" when unknown (one paragraph)
    url: str = ""


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
                    text=r.get("text") or "",
                    url=r.get("url") or "",
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


def paragraph_starts(record: IndoSumRecord) -> tuple[bool, ...]:
    """For each sentence, whether it opens a paragraph of ``record.text`` (only the first does without it)."""
    starts: list[bool] = []
    pos = 0
    for i, s in enumerate(record.sentences):
        found = record.text.find(s, pos) if s and record.text else -1
        if found < 0:
            starts.append(i == 0)  # an empty sentence, or no text to place it in
            continue
        starts.append(i == 0 or "\n" in record.text[pos:found])
        pos = found + len(s)
    return tuple(starts)


def url_headline(url: str) -> str | None:
    """The headline an article URL spells as its slug ("/berita/653096/vettel-tempati-posisi-start")."""
    for segment in reversed([s for s in urlsplit(url).path.split("/") if s]):
        slug = re.sub(r"\.(?:html?|php|aspx?)$", "", segment)
        slug = re.sub(r"^\d+-", "", slug)  # "1821887-baru-main-5-menit" -> the words
        found = [w for w in re.split(r"[-._+]+", slug) if w]
        if len(found) >= 3 and any(c.isalpha() for c in slug):
            return " ".join(found)
    return None


def to_article(record: IndoSumRecord) -> Article:
    """The record as a cleaned Article: paragraphs as lines, the dateline cut, one exact span per sentence."""
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    dateline = None
    for s, opens in zip(record.sentences, paragraph_starts(record), strict=True):
        if dateline is None and s and not parts:
            dateline = match_dateline(s)
            if dateline is not None:
                s = s[dateline.end :].strip()
        if parts and s:
            parts.append("\n" if opens else " ")
            pos += 1
        spans.append(Span(pos, pos + len(s)))
        if s:
            parts.append(s)
            pos += len(s)
    return Article(
        id=record.id,
        source=f"indosum/{record.id}",
        text="".join(parts),
        outlet=record.outlet,
        title=url_headline(record.url),
        language="id",
        dateline=dateline.place if dateline else None,
        sentences=tuple(spans),
        removed=(Removal(dateline.text, "dateline", "metadata"),) if dateline else (),
    )
