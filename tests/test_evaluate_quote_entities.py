"""Speaker typing: a gold PER/ORG speaker counts as typed right only with a mention of the gold type."""

from __future__ import annotations

from warta.evaluate.quote_entities import speaker_typing_counts
from warta.extract.entities import EntityMention


def test_a_speaker_is_typed_right_only_with_the_gold_type() -> None:
    gold = [
        {"article": "a", "speaker": "Tony Hale", "speaker_type": "PER"},
        {"article": "a", "speaker": "Tony Hale", "speaker_type": "PER"},  # one per article and name
        {"article": "a", "speaker": "Kingsford Rovers", "speaker_type": "ORG"},
        {"article": "a", "speaker": "a spokesman", "speaker_type": "ROLE"},  # roles are not entities
    ]
    mentions = {"a": [EntityMention(0, 4, "Hale", "PER"), EntityMention(10, 26, "Kingsford Rovers", "PER")]}
    misses: list[str] = []
    counts = speaker_typing_counts(gold, mentions, misses, "en/dev")
    assert counts == {"speaker_entities": 2, "speaker_typed": 1}
    assert len(misses) == 1 and "Kingsford Rovers" in misses[0]
