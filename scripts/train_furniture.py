"""Learn the furniture line classifier's weights: ``python scripts/train_furniture.py [--shared ../shared]``.

Positives: furniture lines of the synthetic set's *train* outlets (our own text). Negatives: the set's
story paragraphs of those outlets, plus story paragraphs of IndoSum articles read in place from
``../shared/data/indosum`` (only weights are kept, never their text). Negatives are only lines the
model is asked about in cleaning: IndoSum lines that cleaning's rules take first, teaser links and share
bars left in the corpus are no negatives. The threshold keeps all but a tiny share of the distinct
negative lines of the training data; the held-out outlets are then scored and printed.
Writes ``src/warta/data/furniture_model.json``.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from sklearn.linear_model import LogisticRegression

from warta.clean.date_lines import date_line
from warta.clean.furniture import has_cue, line_features
from warta.clean.metadata import match_metadata_line, match_wire_credit, trailing_tag
from warta.clean.outlets import match_dateline
from warta.clean.rules import (
    LABELS,
    LINE_RULES,
    is_caption_with_credit,
    is_read_also_line,
    is_tagged_headline,
    match_line_rule,
)
from warta.evaluate.furniture_set import furniture_articles

OUT = Path(__file__).resolve().parent.parent / "src" / "warta" / "data" / "furniture_model.json"
INDOSUM_LINES = 12000
# Margin over the highest-scoring kept line of the training data, so near-story lines stay.
MARGIN = 0.02
NOISE = 0.001
# A line naming this many social networks in an IndoSum excerpt is a share or follow bar left in it.
_SHARE_BAR_NETWORKS = 3


def _rule_furniture(line: str) -> bool:
    """Whether cleaning's rules take ``line`` before the model sees it: then it is no negative either.

    IndoSum keeps some portal furniture (photo captions with credits, source lines, teasers); a
    negative the model is never asked about only pushes the threshold up.
    """
    return (
        match_line_rule(line, LABELS + LINE_RULES) is not None
        or is_read_also_line(line)
        or is_tagged_headline(line)
        or is_caption_with_credit(line)
        or match_metadata_line(line) is not None
        or match_wire_credit(line) is not None
        or date_line(line) is not None
        or (trailing_tag(line) is not None and len(line) < 40)  # a bare editor tag line: metadata
    )


def _story_part(line: str) -> str:
    """The line as the classifier sees it in cleaning: without its dateline."""
    found = match_dateline(line)
    return line[found.end :].strip() or line if found else line


def _vectors(rows: list[dict[str, float]], names: list[str]) -> list[list[float]]:
    return [[row.get(n, 0.0) for n in names] for row in rows]


def _article_rows(split: str) -> tuple[list[dict[str, float]], list[int]]:
    rows, labels = [], []
    for art in furniture_articles():
        if art.split != split:
            continue
        lines = art.text.split("\n")
        furniture = set(art.furniture)
        for i, line in enumerate(lines):
            rows.append(line_features(_story_part(line), i / max(1, len(lines) - 1)))
            labels.append(int(line in furniture))
    return rows, labels


def _indosum_rows(shared: Path) -> list[dict[str, float]]:
    path = shared / "data" / "indosum" / "articles.jsonl"
    if not path.is_file():
        return []
    rows: list[dict[str, float]] = []
    rng = random.Random(20261202)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng.shuffle(records)
    for rec in records:
        paragraphs = [p.strip() for p in str(rec.get("text", "")).split("\n") if p.strip()]
        for i, p in enumerate(paragraphs):
            if _rule_furniture(p):
                continue  # IndoSum keeps some portal furniture: the rules know it, it is no negative
            features = line_features(_story_part(p), i / max(1, len(paragraphs) - 1))
            if features["teaser_start"] or features["social"] >= _SHARE_BAR_NETWORKS:
                continue  # a teaser link or a share bar left in the corpus: furniture, not a negative
            rows.append(features)
        if paragraphs and len(paragraphs[-1].split()) > 6:
            # Excerpts are often cut mid-sentence: the cut last line is still story.
            cut = paragraphs[-1].split()[: rng.randrange(3, len(paragraphs[-1].split()))]
            rows.append(line_features(" ".join(cut), 1.0))
        if len(rows) >= INDOSUM_LINES:
            break
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared")
    args = parser.parse_args()
    rows, labels = _article_rows("train")
    extra = _indosum_rows(Path(args.shared))
    rows += extra
    labels += [0] * len(extra)
    names = sorted({k for row in rows for k in row})
    model = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")
    model.fit(_vectors(rows, names), labels)
    probs = [
        p if has_cue(row) else 0.0
        for p, row in zip(model.predict_proba(_vectors(rows, names))[:, 1], rows, strict=True)
    ]
    # IndoSum's text is not perfectly clean: allow a tiny share of its lines above the threshold.
    # Distinct lines: a headline the set prints in eight layouts counts once.
    kept = sorted(
        {
            (round(float(p), 6), tuple(sorted(r.items())))
            for p, y, r in zip(probs, labels, rows, strict=True)
            if y == 0
        },
        reverse=True,
    )
    kept_p = [p for p, _ in kept]
    threshold = min(0.99, max(0.5, kept_p[int(len(kept_p) * NOISE)] + MARGIN))
    removed = sum(1 for p, y in zip(probs, labels, strict=True) if y == 1 and p >= threshold)
    total = sum(labels)
    print(
        f"train: {len(rows)} lines ({len(extra)} IndoSum), furniture removed {removed}/{total}, threshold {threshold:.3f}"
    )
    held_rows, held_labels = _article_rows("held_out")
    held = [
        p if has_cue(row) else 0.0
        for p, row in zip(model.predict_proba(_vectors(held_rows, names))[:, 1], held_rows, strict=True)
    ]
    hit = sum(1 for p, y in zip(held, held_labels, strict=True) if y == 1 and p >= threshold)
    lost = sum(1 for p, y in zip(held, held_labels, strict=True) if y == 0 and p >= threshold)
    print(f"held-out (model alone): furniture removed {hit}/{sum(held_labels)}, story lines lost {lost}")
    weights = {n: round(float(w), 5) for n, w in zip(names, model.coef_[0], strict=True)}
    OUT.write_text(
        json.dumps(
            {
                "bias": round(float(model.intercept_[0]), 5),
                "threshold": round(threshold, 4),
                "weights": weights,
            },
            indent=1,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
