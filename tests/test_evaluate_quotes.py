"""``warta eval quotes``: the scoring rules, then floors on a small fixed subset of the annotations."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from warta.evaluate.quotes import (
    DEFAULT_ANNOTATIONS,
    evaluate_quotes,
    load_texts,
    overlap,
    same_speaker,
    score_contains,
    score_split,
)
from warta.extract.quotes import QuoteMention

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_SUBSET = 12  # articles per annotation file, in the file's order
# Annotation files ``warta eval quotes`` does not read by default (fresh batches kept apart to measure on).
_EXTRA = [
    Path(__file__).resolve().parent / "data" / "quotes" / f"quotes_id_fresh{n}.json" for n in (3, 4, 5, 6, 7)
]


@pytest.mark.parametrize(
    ("ours", "gold", "right"),
    [
        ("Zulkifli", "Zulkifli Hasan", True),
        ("zulkifli hasan", "Zulkifli Hasan", True),
        ("a hospital spokesman", "the hospital spokesman", True),
        ("salah seorang anggota keluarga", "anggota keluarga tahanan", True),
        (None, "unknown", True),
        ("Budi", "unknown", False),
        (None, "Zulkifli Hasan", False),
        ("Siti Fadilah", "Amien Rais", False),
    ],
)
def test_speakers_match_by_name_words(ours: str | None, gold: str, right: bool) -> None:
    assert same_speaker(ours, gold) is right


def test_marked_words_inside_a_gold_indirect_statement_are_not_a_fabricated_quote() -> None:
    gold = [
        {"article": "a", "start": 10, "end": 40, "kind": "indirect", "speaker": "X"},
        {"article": "a", "start": 20, "end": 38, "kind": "direct", "speaker": "X"},
    ]
    inner = QuoteMention(20, 38, "t" * 18, "X", None, "direct")
    whole = QuoteMention(10, 40, "t" * 30, "X", None, "direct")
    assert score_split("en", "dev", gold, {"a": [inner]}, [], {}).counts["indirect_as_direct"] == 0
    assert score_split("en", "dev", gold[:1], {"a": [whole]}, [], {}).counts["indirect_as_direct"] == 1


def test_overlap_is_over_the_longer_span() -> None:
    assert overlap((0, 10), (0, 10)) == 1.0
    assert overlap((0, 10), (5, 10)) == 0.5
    assert overlap((0, 10), (20, 30)) == 0.0


# the fresh English dev sample of branch quotesen3, kept apart from quotes_en.json: nothing was tuned on it
FRESH_EN = Path(__file__).parent / "data" / "quotes" / "quotes_en_fresh3.json"


@pytest.mark.parametrize("path", [*DEFAULT_ANNOTATIONS, FRESH_EN, *_EXTRA], ids=lambda p: p.name)
def test_annotations_point_at_their_words(path: Path) -> None:
    """Every quote's offsets lie in its article's raw text and its sha1 is that span's; every field is valid."""
    if not (SHARED / "data").is_dir() or not path.is_file():
        pytest.skip("shared data or quote annotations not found")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {m["split"] for m in data["articles"].values()} <= {"dev", "test"}
    texts = load_texts(data, SHARED)
    for q in data["quotes"]:
        text = texts[q["article"]]
        assert 0 <= q["start"] < q["end"] <= len(text), q
        span = text[q["start"] : q["end"]]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest() == q["sha1"], q
        assert span == span.strip(), q
        assert q["kind"] in {"direct", "indirect"}, q
        assert q["speaker"] and q["speaker_type"] in {"PER", "ORG", "ROLE", "UNKNOWN"}, q


@pytest.fixture(scope="module")
def subset_report(tmp_path_factory: pytest.TempPathFactory) -> object:
    if not (SHARED / "data" / "indosum").is_dir() or not all(p.is_file() for p in DEFAULT_ANNOTATIONS):
        pytest.skip("shared data or quote annotations not found")
    out = tmp_path_factory.mktemp("quotes")
    files = []
    for path in DEFAULT_ANNOTATIONS:
        data = json.loads(path.read_text(encoding="utf-8"))
        keep = dict(list(data["articles"].items())[:_SUBSET])
        data["articles"] = keep
        data["quotes"] = [q for q in data["quotes"] if q["article"] in keep]
        files.append(out / path.name)
        files[-1].write_text(json.dumps(data), encoding="utf-8")
    return evaluate_quotes(shared=SHARED, annotations=files)


def test_floors_on_a_fixed_subset(subset_report: object) -> None:
    """Floors just under what the subset measured, per split (see docs/evaluation.md for the full figures)."""
    floors = {  # measured (recall, precision, speaker, entity type)
        ("id", "dev"): (0.97, 0.99, 0.90, 0.91),  # 97.9%, 100%, 91.3%, 91.7%
        ("id", "test"): (0.99, 0.99, 0.99, 0.99),  # 100% each
        ("en", "dev"): (0.99, 0.95, 0.94, 0.88),  # 100%, 95.2%, 95.0%, 88.9%
        ("en", "test"): (0.99, 0.94, 0.67, 0.89),  # 100%, 95.0%, 68.4% (73.7% before branch speakers), 90.0%
    }
    report = subset_report
    for s in report.splits:  # type: ignore[attr-defined]
        figures = (s.recall, s.precision, s.speaker_accuracy, s.speaker_typing)
        for name, value, floor in zip(
            ("recall", "precision", "speaker", "typing"), figures, floors[(s.language, s.split)], strict=True
        ):
            assert value >= floor, (s.language, s.split, name, value)
        assert s.counts.get("indirect_as_direct", 0) == 0  # no reported statement shown as a quotation


def test_seed_and_realnews_quotes_are_found(subset_report: object) -> None:
    """Every gold quote of the seeds and of realnews is carried (realnews measured 36/36), with the
    speaker the brief shows: every seed's, realnews measured 36/36."""
    floors = {"seeds": 1.0, "realnews": 1.0}
    for name, (found, right, total) in subset_report.contains.items():  # type: ignore[attr-defined]
        assert found >= total, name
        assert right >= floors.get(name, 1.0) * total, (name, right, total)


def test_a_contract_gold_speaker_is_the_one_the_canonical_quote_shows() -> None:
    """A role in one outlet ("seorang juru bicara") named in another of the story counts as the name."""
    said = "Kami akan mengawasi setiap pelanggaran hak asasi manusia di kawasan itu"
    texts = {"x": f'"{said}," kata juru bicara Jane Doe.', "y": f'"{said}," kata seorang juru bicara.'}
    gold = {
        "articles": {"x": {"language": "id"}, "y": {"language": "id"}},
        "stories": [["x", "y"]],
        "quotes": [{"speaker": "Jane Doe", "articles": ["x", "y"], "contains": said}],
    }
    assert score_contains(gold, texts, []) == (2, 2, 2)
    alone = {**gold, "stories": [["x"], ["y"]]}
    assert score_contains(alone, texts, []) == (2, 1, 2)


def test_fresh_indonesian_batches_keep_their_speakers() -> None:
    """The fresh Indonesian dev batches 3-7 together (branch quotesid3: 295/323 = 91.3% after their
    fixes, 273/323 = 84.5% untouched on main), a floor just under; no reported statement as a quote."""
    if not (SHARED / "data" / "indosum").is_dir() or not all(p.is_file() for p in _EXTRA):
        pytest.skip("shared data or quote annotations not found")
    report = evaluate_quotes(shared=SHARED, annotations=_EXTRA)
    total: dict[str, int] = {}
    for s in report.splits:
        if s.language == "id" and s.split == "dev":
            for key, n in s.counts.items():
                total[key] = total.get(key, 0) + n
    assert total["speaker_right"] >= 0.90 * total["direct_found"], total
    assert total["direct_found"] >= 0.97 * total["direct_gold"], total
    assert total["direct_right"] >= 0.98 * total["direct_ours"], total
    assert total.get("indirect_as_direct", 0) == 0
