"""Word tokens: ``has_word``, ``has_token`` and ``token_spans`` answer as the regexes they replace, on real
seed texts."""

from __future__ import annotations

import re

from conftest import SEEDS, needs_shared
from warta.text.tokens import WORD, has_token, has_word, token_spans, words


def _regex(word: str, text: str) -> bool:
    return re.search(r"(?<![\w])" + re.escape(word) + r"(?![\w])", text) is not None


def test_has_word_reads_whole_words_case_sensitively() -> None:
    text = "However, the virus spread. Viruses mutate; e.g. in U.S. labs"
    assert has_word("however", text) is False
    assert has_word("However", text) is True
    assert has_word("virus", text) is True
    assert has_word("viru", text) is False
    assert has_word("u.s", text) is False
    assert has_word("U.S", text) is True


@needs_shared(SEEDS)
def test_has_word_matches_the_regex_on_the_seeds() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        probes = {w.casefold() for w in re.findall(r"[A-Z][\w'’.-]*", text)} | {"o'neil", "ß", "x-ray"}
        for word in sorted(probes):
            assert has_word(word, text) == _regex(word, text), (path.name, word)


def test_has_word_of_several_runs_matches_the_regex_at_the_edges() -> None:
    texts = [
        "U.S.",
        "xU.S. U.S.",
        "_U.S. U.S._ U.S.",
        "al-Qaeda al-Qaedas; (al-Qaeda)",
        "é-x-é x-é",
        "",
        "a a",
    ]
    for text in texts:
        for word in ("U.S.", "U.S", "al-Qaeda", "x-é", "é-x", "", " ", "a a", ".", "S. U"):
            assert has_word(word, text) == _regex(word, text), (text, word)


def test_words_of_ascii_and_other_text_are_lower_cased_runs() -> None:
    for text in ("Harga BBM naik 5%, kata Menteri_ESDM.", "İstanbul “Kota” ÇAY 3,5 juta", "a-b c_d E9"):
        assert words(text) == [w.lower() for w in WORD.findall(text)]


def _token_regex(word: str, text: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text) is not None


def _spans_regex(words: list[str], text: str) -> list[tuple[int, int, str]]:
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def test_tokens_match_the_regexes_at_the_edges() -> None:
    texts = ["al-Qaeda al-Qaedas; (al-Qaeda) -al", "Jr. Jr.x Jr.- O'Neil O'Neill", "a a a", "", "ab-"]
    probes = ["al", "al-Qaeda", "Qaeda", "Jr.", "Jr", "O'Neil", "a", "a a", "ab", "b-"]
    for text in texts:
        for word in probes:
            assert has_token(word, text) == _token_regex(word, text), (text, word)
        for words_ in (probes, sorted(probes), ["a a", "a"], ["a", "a a"], ["Jr", "Jr."]):
            assert token_spans(words_, text) == _spans_regex(words_, text), (text, words_)


@needs_shared(SEEDS)
def test_tokens_match_the_regexes_on_the_seeds() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        probes = sorted({w for w in re.findall(r"[A-Z][\w'’.-]*", text)})
        for word in probes:
            assert has_token(word, text) == _token_regex(word, text), (path.name, word)
        assert token_spans(probes, text) == _spans_regex(probes, text), path.name
        few = [w for w in probes if len(w) > 3][:12]
        assert token_spans(few, text) == _spans_regex(few, text), path.name
