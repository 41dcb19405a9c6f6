"""The words of attribution, and their re-export from warta.extract.speakers."""

from __future__ import annotations

from warta.extract import speakers, speech_words


def test_the_speakers_module_re_exports_the_words_of_attribution() -> None:
    for name in ("CUES_ID", "VERBS_ID", "VERBS_EN", "HONORIFICS", "PRONOUNS"):
        assert getattr(speakers, name) is getattr(speech_words, name)


def test_cue_words_are_single_lower_case_words() -> None:
    assert all(w.islower() and " " not in w for w in speech_words.CUES_ID)
    assert {"kata", "ujar", "buka", "tutup"} <= speech_words.CUES_ID
    assert "menimpali" in speech_words.VERBS_ID
