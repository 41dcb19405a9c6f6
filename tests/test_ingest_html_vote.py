"""The line vote drops only heading-shaped lines that every other extractor leaves out."""

from __future__ import annotations

from warta.ingest.html_vote import kept_shares, vote_lines

BODY = [
    "Hujan deras sejak Senin malam membuat sungai meluap dan merendam tiga desa di hilir.",
    "Warga mengungsi ke balai desa sebelum fajar, kata kepala desa kepada wartawan.",
]
TEASER = "Lima Tips Memilih Payung yang Awet"
OTHER = "\n".join(BODY)


def test_a_heading_no_other_extractor_keeps_is_dropped() -> None:
    voted = vote_lines("\n".join([BODY[0], TEASER, BODY[1]]), [OTHER, OTHER])
    assert voted.text == OTHER
    assert [(r.text, r.rule) for r in voted.removed] == [(TEASER, "ensemble-vote")]


def test_a_heading_one_other_extractor_keeps_stays() -> None:
    text = "\n".join([BODY[0], TEASER, BODY[1]])
    assert vote_lines(text, [OTHER, text]).text == text


def test_sentences_and_list_items_are_never_put_to_the_vote() -> None:
    text = "\n".join(
        [*BODY, "- Desa Sukamaju: 120 rumah terendam", "Pemerintah daerah belum menetapkan status darurat."]
    )
    assert vote_lines(text, [OTHER]).text == text


def test_an_empty_extractor_abstains() -> None:
    text = "\n".join([BODY[0], TEASER])
    assert vote_lines(text, ["", "  "]).text == text
    assert vote_lines(text, ["", OTHER]).text == BODY[0]


def test_shares_count_tokens_in_four_token_windows_across_lines() -> None:
    # The table row's tokens match a text that lays the cells out one per line.
    shares = kept_shares(["| 1 | Kyle Busch | 5040 |", "unrelated words here now"], "1\nKyle\nBusch\n5040")
    assert shares == [1.0, 0.0]
