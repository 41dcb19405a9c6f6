"""``same_outlet`` on the realnews gold's outlets and the spellings a reader prints for them."""

from __future__ import annotations

import json

import pytest

from conftest import DATA, needs_shared
from warta.evaluate.outlet_match import outlet_key, same_outlet

REALNEWS = DATA / "realnews"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Grid.ID", "grid"),
        ("BentengSumbar.com", "bentengsumbar"),
        ("VIVA.co.id", "viva"),
        ("Kompas TV", "kompas"),
        ("ERA.id", "era"),
        ("Sukabumi Update", "sukabumiupdate"),
        (None, ""),
    ],
)
def test_key_drops_case_punctuation_and_domain_endings(name: str | None, key: str) -> None:
    assert outlet_key(name) == key


@pytest.mark.parametrize(
    ("got", "want", "domain", "same"),
    [
        ("Grid", "Grid.ID", "grid.id", True),
        ("Detik", "detikJatim", "www.detik.com", True),  # the parent brand of a regional desk
        ("Sukabumiupdate", "Sukabumi Update", "sukabumiupdate.com", True),
        ("Tribunnews", "Tribun Kaltim", "kaltim.tribunnews.com", True),  # the page's host names it
        ("Tribunnews", "Presnapress", "www.presnapress.com", False),  # a repost's source is not its outlet
        ("Era", "ERA.id", "era.id", True),
        ("Era", "Camera News", "cameranews.id", False),  # three letters never match inside another name
        (None, "Okezone", "news.okezone.com", False),
        ("news", "Okezone", "news.okezone.com", False),  # a host label that names no outlet
    ],
)
def test_same_outlet(got: str | None, want: str, domain: str, same: bool) -> None:
    assert same_outlet(got, want, domain=domain) is same


@needs_shared(REALNEWS / "sources.json")
def test_every_gold_outlet_matches_its_page() -> None:
    gold = json.loads((REALNEWS / "gold.json").read_text(encoding="utf-8"))["articles"]
    sources = json.loads((REALNEWS / "sources.json").read_text(encoding="utf-8"))
    for key, record in gold.items():
        assert same_outlet(sources[key]["outlet"], record["outlet"], domain=sources[key]["domain"]), key
    # distinct outlets do not match each other on their names alone, but for one group's TV and web desks
    # (".tv" is dropped like ".com": the looseness of the realnews scorer, kept to score as it does)
    names = sorted({record["outlet"] for record in gold.values()})
    clashes = [(a, b) for a in names for b in names if a < b and same_outlet(a, b)]
    assert clashes == [("Kompas TV", "Kompas.com")]
