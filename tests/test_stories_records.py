"""Per-article records: tokens, names, signatures; pure and JSON-able."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.factories import make_article

from warta.codec import from_json, to_json
from warta.stories.records import Record, lead_text, make_record, name_keys, record_from_json


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Warga Desa Watukarang mengungsi. Kami takut, kata Sari Wulan.",
            ["watukarang", "sari wulan"],
            ["kami"],
        ),
        (
            "Menteri Perdagangan Ratna Widjajanti tiba di Jakarta.",
            ["ratna", "widjajanti", "jakarta"],
            ["menteri"],
        ),
        ("", [], []),
    ],
)
def test_name_keys(text: str, present: list[str], absent: list[str]) -> None:
    keys = name_keys(text)
    assert all(k in keys for k in present)
    assert not any(k in keys for k in absent)


def test_record_is_deterministic_and_round_trips() -> None:
    article = make_article(
        "a1", "Hujan deras turun di Kota Lembahraya sejak pagi hari.", published="2024-01-02"
    )
    rec = make_record(article, embed=False)
    assert rec == make_record(article, embed=False)
    assert len(rec.minhash) == 64
    assert from_json(Record, to_json(rec)) == rec


def test_the_fast_reader_gives_what_the_codec_gives() -> None:
    article = make_article(
        "a1", "Hujan deras turun di Kota Lembahraya sejak pagi hari.", published="2024-01-02"
    )
    plain = make_record(article, embed=False)
    for rec in (plain, replace(plain, embedding=(0.0, 1.0, -0.25, 3e-05))):
        text = to_json(rec, indent=None)
        assert repr(record_from_json(text)) == repr(from_json(Record, text)) == repr(rec)
    # An older writer's JSON without the later fields reads with their defaults, as the codec reads it.
    old = '{"id": "x", "outlet": null, "published": null, "language": "id", "title": null, '
    old += (
        '"credited_sources": [], "title_terms": [], "body_terms": ["a"], "name_keys": [], "minhash": [1, 2]}'
    )
    assert repr(record_from_json(old)) == repr(from_json(Record, old))


def test_empty_article_has_an_empty_record() -> None:
    rec = make_record(make_article("e", ""), embed=False)
    assert rec.minhash == () and rec.body_terms == () and rec.words == 0


def test_lead_is_short() -> None:
    assert len(lead_text("Judul", "kata " * 500)) <= 240


def test_signature_with_the_shared_permutations_is_a_fresh_minhash() -> None:
    from datasketch import MinHash

    from warta.stories.records import NUM_PERM, SCHEME, SEED, shingles, signature

    tokens = "banjir merendam tiga desa di tepi sungai sejak senin malam kata warga".split()
    fresh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    fresh.update_batch(list(shingles(tokens)))
    assert signature(tokens) == tuple(int(v) for v in fresh.hashvalues)
