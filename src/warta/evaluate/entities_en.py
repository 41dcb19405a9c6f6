"""Entity types on fresh English news: ``tests/data/entities_en.json`` marks, in Timeline17 articles that
the quote set does not hold, the people and organisations that speak or are named as a clause's subject,
with their type. A name is *typed right* when an entity mention of its article names it (the same name
words, one set inside the other) with that type, as :mod:`warta.evaluate.quote_entities` scores the
quote sets' speakers.

The set was annotated by reading the articles before warta ran on them; ``dev`` is for tuning and its
misses may be listed, ``test`` is held out and only its aggregate is printed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.errors import InputError
from warta.evaluate.quote_entities import speaker_typing_counts

DEFAULT_ENTITIES_EN = Path(__file__).resolve().parents[3] / "tests" / "data" / "entities_en.json"
SPLITS = ("dev", "test")


@dataclass(frozen=True)
class EnglishTypeScore:
    """One split: annotated PER/ORG names and those an entity mention names with the right type."""

    split: str
    names: int
    typed: int

    @property
    def accuracy(self) -> float:
        """The share typed right (1.0 when the split is empty)."""
        return self.typed / self.names if self.names else 1.0

    def line(self) -> str:
        """One printed line of the figures."""
        return f"english {self.split:5} entities  type right {self.accuracy:6.1%} ({self.typed}/{self.names})"


def read_entities_en(path: Path) -> dict[str, Any]:
    """The annotation file, checked for the fields the scorer reads."""
    if not path.is_file():
        raise InputError(
            f"no English entity annotations at {path}; pass the file tests/data/entities_en.json"
        )
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data.get("articles"), dict) or not isinstance(data.get("entities"), list):
        raise InputError(
            f"{path} has no 'articles' map or 'entities' list; see tests/data/entities_en.README.md"
        )
    return data


def score_entities_en(
    *, shared: Path, path: Path = DEFAULT_ENTITIES_EN, misses: list[str] | None = None
) -> tuple[EnglishTypeScore, ...]:
    """Per split, how many annotated names the entity layer types right; ``misses`` (when given) gets the
    dev misses only."""
    from warta.evaluate.quotes import load_texts
    from warta.extract.entities import find_entities

    data = read_entities_en(path)
    texts = load_texts({**data, "language": "en"}, shared)
    for e in data["entities"]:
        if not texts[e["article"]][e["start"] : e["end"]]:
            raise InputError(
                f"entity offsets {e['start']}:{e['end']} lie outside {e['article']}; fix the annotation"
            )
    found = {art: find_entities(text, language="en") for art, text in texts.items()}
    out = []
    for split in SPLITS:
        arts = {a for a, meta in data["articles"].items() if meta["split"] == split}
        gold = [
            {
                "article": e["article"],
                "speaker": texts[e["article"]][e["start"] : e["end"]],
                "speaker_type": e["type"],
            }
            for e in data["entities"]
            if e["article"] in arts
        ]
        split_misses: list[str] = []
        counts = speaker_typing_counts(gold, {a: found[a] for a in arts}, split_misses, f"english {split}")
        if split == "dev" and misses is not None:
            misses.extend(split_misses)
        out.append(EnglishTypeScore(split, counts["speaker_entities"], counts["speaker_typed"]))
    return tuple(out)


def english_lines(scores: Sequence[EnglishTypeScore]) -> list[str]:
    """The printed lines of the scores."""
    return [s.line() for s in scores]
