"""Per-article results shared inside one build, and the fast paths of a brief giving the same brief.

The brief's JSON is a public contract: the speed-ups (shared dates and paragraphs, blocked price and
misspelling joins, one MinHash permutation set, the word-set lookup, cue words found once per article,
speaker phrases read once, a regex-free organisation-word lookup) must leave it byte-identical. The
reference paths below are the all-pairs and recompute-everything versions they replaced; a real
story is briefed both ways in one run and the JSON compared.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import unicodedata
from collections.abc import Callable

import pytest

from conftest import DATA, ROOT, needs_shared
from warta.brief import per_article
from warta.brief.build import build_story
from warta.codec import to_json
from warta.evaluate.timeline import topic_documents
from warta.extract import (
    entity_context,
    entity_types,
    gazetteer,
    names_en_words,
    speaker_features,
    speaker_rank,
    speakers,
)
from warta.extract.entity_mention import EntityMention
from warta.extract.figures import ArticleFigure
from warta.pipeline import analyze_all
from warta.reconcile import entities, figure_prices, figures, quotes
from warta.types import Article

T17 = DATA / "timeline" / "t17" / "LibyaWar_reuters"


def _article(id: str) -> Article:
    return Article(id=id, source=id, text="x", sentences=())


def test_once_computes_once_per_article_inside_a_build() -> None:
    calls: list[str] = []

    def compute(a: Article) -> str:
        calls.append(a.id)
        return a.id.upper()

    a, b = _article("a"), _article("b")
    with per_article.one_build():
        assert [per_article.once("k", x, compute) for x in (a, b, a, a)] == ["A", "B", "A", "A"]
        with per_article.one_build():  # nested: the outer build's results
            assert per_article.once("k", a, compute) == "A"
        assert per_article.once("other", a, compute) == "A"
    assert calls == ["a", "b", "a"]
    per_article.once("k", a, compute)  # outside a build: computed every time
    assert calls == ["a", "b", "a", "a"]


def test_once_tells_equal_articles_apart_by_identity() -> None:
    with per_article.one_build():
        assert per_article.once("k", _article("a"), lambda a: [a.id]) is not per_article.once(
            "k", _article("a"), lambda a: [a.id]
        )


def _all_price_pairs(
    groups: list[list[ArticleFigure]], *, merge: Callable[[list[ArticleFigure]], list[ArticleFigure]]
) -> list[list[ArticleFigure]]:
    out = [list(chosen) for chosen in groups]
    joined = True
    while joined:
        joined = False
        for a, b in itertools.combinations(range(len(out)), 2):
            if figure_prices._one_price(out[a], out[b]):
                out[a] = merge(out[a] + out.pop(b))
                joined = True
                break
    return out


def _all_misspelling_pairs(groups: entities._Groups, forms: dict[str, EntityMention]) -> None:
    names = [(f, m.text.split()) for f, m in forms.items() if m.type == "PER" and not m.title_only]
    names = [(f, w) for f, w in names if len(w) > 1 and len(" ".join(w)) >= entities._MIN_MISSPELT_LENGTH]
    for i, (fa, a) in enumerate(names):
        for fb, b in names[i + 1 :]:
            if len(a) != len(b) or any(x[0] != y[0] for x, y in zip(a, b, strict=True)):
                continue
            if entities._distance(" ".join(a), " ".join(b)) <= entities._MAX_MISSPELLING:
                groups.union(fa, fb)


def _fresh_minhashes(texts: list[str]) -> set[tuple[int, int]]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=quotes._LSH_THRESHOLD, num_perm=quotes._NUM_PERM)
    pairs: set[tuple[int, int]] = set()
    for i, text in enumerate(texts):
        words = re.findall(r"\w+", text.casefold())
        mh = MinHash(num_perm=quotes._NUM_PERM)
        for sh in {" ".join(words[k : k + 3]) for k in range(max(1, len(words) - 2))}:
            mh.update(sh.encode("utf-8"))
        for other in lsh.query(mh):
            pairs.add((int(other), i))
        lsh.insert(str(i), mh)
    return pairs


def _regex_word(word: str, text: str) -> bool:
    return re.search(r"(?<![\w])" + re.escape(word) + r"(?![\w])", text) is not None


def _regex_cued_anywhere(text: str, name: str, after_nouns: list[int]) -> bool:
    pattern = entity_context._BODY_NOUNS + r"\s+" + re.escape(name) + r"(?!\w)"
    return re.search(pattern, text, re.IGNORECASE) is not None


def _nfkd_normalize(name: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[-'’ʻ`.]", "", bare).casefold().strip()


def _looped_merge(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
    out = {k: max(a.get(k, 0.0), b.get(k, 0.0)) for k in set(a) | set(b)}
    out["log_distance"] = min(a["log_distance"], b["log_distance"])
    out["not_speaker"] = min(a.get("not_speaker", 0.0), b.get("not_speaker", 0.0))
    return out


def _looped_score(model: speaker_rank.RankerModel, candidate: speaker_features.Candidate) -> float:
    z = model.bias + sum(model.weights.get(k, 0.0) * v for k, v in candidate.features.items())
    return 1.0 / (1.0 + math.exp(-z))


def _looped_type_scores(model: entity_types.TypeModel, features: list[str]) -> list[float]:
    z = list(model.bias)
    for f in set(features):
        w = model.weights.get(f)
        if w is not None:
            z = [a + b for a, b in zip(z, w, strict=True)]
    top = max(z)
    norm = top + math.log(sum(math.exp(v - top) for v in z))
    return [v - norm for v in z]


def _speaker_references(monkeypatch: pytest.MonkeyPatch) -> None:
    """Speaker candidates and entities as they were: every window and gap scanned with the cue pattern,
    every phrase read again, a regex per name, loops over every feature."""
    sf = speaker_features
    monkeypatch.setattr(sf, "_cue_in", lambda ctx, lo, hi: sf._CUE_WORDS.search(ctx.text[lo:hi]) is not None)
    monkeypatch.setattr(
        sf, "_cue_matches", lambda ctx, lo, hi: list(sf._CUE_WORDS.finditer(ctx.text, lo, hi))
    )
    monkeypatch.setattr(sf, "_cue_roles", sf._find_cue_roles)
    monkeypatch.setattr(
        sf,
        "_speaker_in",
        lambda ctx, lo, hi: speakers.speaker_in(ctx.text, lo, hi, ctx.entities, None, last=True),
    )
    monkeypatch.setattr(sf, "_merged", lambda features: functools.reduce(_looped_merge, features))
    monkeypatch.setattr(speaker_rank.RankerModel, "score", _looped_score)
    monkeypatch.setattr(entity_types.TypeModel, "scores", _looped_type_scores)
    monkeypatch.setattr(entity_context, "_cued_anywhere", _regex_cued_anywhere)
    monkeypatch.setattr(gazetteer, "_normalized", _nfkd_normalize)


def _reference(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(figures, "join_same_prices", _all_price_pairs)
    monkeypatch.setattr(entities, "_join_misspellings", _all_misspelling_pairs)
    monkeypatch.setattr(quotes, "_near_copies", _fresh_minhashes)
    monkeypatch.setattr(per_article, "once", lambda what, article, compute: compute(article))
    monkeypatch.setattr(names_en_words, "has_word", _regex_word)
    monkeypatch.setattr(speakers, "has_word", _regex_word)
    _speaker_references(monkeypatch)


def _briefs(articles: list[Article], monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    fast = to_json(build_story(articles))
    with monkeypatch.context() as m:
        _reference(m)
        reference = to_json(build_story(articles))
    return fast, reference


def test_sample_brief_is_byte_identical_to_the_reference_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.api import read_articles

    articles = list(read_articles([ROOT / "src" / "warta" / "samples" / "news"]).articles)
    fast, reference = _briefs(articles, monkeypatch)
    assert fast == reference


@needs_shared(T17)
def test_t17_story_brief_is_byte_identical_to_the_reference_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = list(analyze_all(topic_documents(T17)[:60]).articles)
    fast, reference = _briefs(articles, monkeypatch)
    assert fast == reference
