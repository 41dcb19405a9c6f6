"""Word stems for matching measures: Sastrawi for Indonesian, a dropped plural "-s" for English."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys

import pytest

from conftest import DATA, needs_shared
from warta.extract.stems import stem

INDOSUM = DATA / "indosum" / "articles.jsonl"


@pytest.mark.parametrize(
    ("word", "english", "want"),
    [("menyebut", False, "sebut"), ("protesters", True, "protester"), ("class", True, "class"),
     ("bus", True, "bus")],
)  # fmt: skip
def test_stem(word: str, english: bool, want: str) -> None:
    assert stem(word, english=english) == want


def test_stemmer_dictionary_is_sastrawis_own() -> None:
    factory = pytest.importorskip("Sastrawi.Stemmer.StemmerFactory")
    from warta.extract.stems import _stemmer

    theirs = factory.StemmerFactory().create_stemmer().delegatedStemmer.dictionary.words
    ours = _stemmer().__self__.delegatedStemmer.dictionary.words
    assert list(ours.items()) == list(theirs.items())


THEIRS = """
import json, sys
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
stem = StemmerFactory().create_stemmer().stem
print(json.dumps([stem(w) for w in json.loads(sys.stdin.read())]))
"""


@needs_shared(INDOSUM)
def test_stems_are_sastrawis_on_indosum_words() -> None:
    """Sastrawi's own stemmer (its visitors on the real ``re``, in a fresh process) gives the same stems."""
    words: dict[str, None] = {}
    with INDOSUM.open(encoding="utf-8") as f:
        for line in itertools.islice(f, 60):
            words.update(dict.fromkeys(re.findall(r"[a-z][a-z-]*", json.loads(line)["text"].lower())))
    assert len(words) > 3000
    done = subprocess.run(
        [sys.executable, "-c", THEIRS],
        input=json.dumps(list(words)),
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = json.loads(done.stdout)
    assert [stem(w, english=False) for w in words] == theirs


def test_literal_sub_is_re_sub() -> None:
    from warta.extract.stems import LITERAL_RE

    cases = [
        ("kan", "makanan"),
        ("an", "makanan"),
        ("", "kata"),
        ("a", "aaa"),
        ("a.", "ab a."),
        ("-nya", "x-nya"),
    ]
    for pattern, word in cases:
        for count in (0, 1, 2):
            assert LITERAL_RE.sub(pattern, "", word, count=count) == re.sub(pattern, "", word, count=count)
    assert LITERAL_RE.match is re.match
