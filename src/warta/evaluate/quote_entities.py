"""Whether the entity layer types the quote sets' speakers right: each person or organisation a gold
quote names as its speaker, per article, is *typed right* when some entity mention of that article
names it (the same name words, one set inside the other) with the gold type (PER or ORG).

It measures entity typing on new text where it matters most for "who said what": a speaker typed as a
place or missed as a name cannot be credited.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from warta.extract.entities import EntityMention

SPEAKER_TYPES = ("PER", "ORG")


def speaker_typing_counts(
    gold: Sequence[Mapping[str, Any]],
    entities: Mapping[str, Sequence[EntityMention]],
    misses: list[str],
    label: str,
) -> dict[str, int]:
    """``speaker_entities`` (gold PER/ORG speakers, one per article and name) and ``speaker_typed``
    (those an entity mention of the article names with the gold type), over the articles in ``entities``."""
    from warta.evaluate.quotes import normalize_name  # the eval's one spelling-insensitive name form

    wanted = {
        (g["article"], g["speaker"], g["speaker_type"])
        for g in gold
        if g.get("speaker_type") in SPEAKER_TYPES and g.get("speaker") and g["article"] in entities
    }
    total = typed = 0
    for article, speaker, type_ in sorted(wanted):
        words = set(normalize_name(speaker).split())
        total += 1
        right = any(
            m.type == type_
            and (mine := set(normalize_name(m.text).split()))
            and (mine <= words or words <= mine)
            for m in entities[article]
        )
        typed += right
        if not right:
            seen = sorted(
                {
                    f"{m.text}/{m.type}"
                    for m in entities[article]
                    if set(normalize_name(m.text).split()) & words
                }
            )
            misses.append(f"{label} speaker type {article}: {speaker!r} ({type_}), mentions {seen}")
    return {"speaker_entities": total, "speaker_typed": typed}
