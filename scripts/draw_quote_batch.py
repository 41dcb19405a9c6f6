"""Draw a fresh batch of IndoSum articles for quote annotation: ``python scripts/draw_quote_batch.py``.

Candidates are IndoSum articles of 1,200-2,600 characters with at least six quotation marks that are in
no group of ``tests/data/events/indosum_events.json`` (events, hard negatives, singletons), in no case of
``tests/data/figures_indosum.json`` or ``tests/data/figure_kinds_indosum.json`` and not in
``tests/data/quotes/quotes_id*.json`` (the quote set and the fresh batches kept apart). An article is left
out when its id timestamp lies within four days of an article already in those files (either split) or of one drawn before it, and the TF-IDF
cosine of their content words (lower-case words of three letters or more among the first 300 words) is
0.2 or more: so that no drawn article can share an event, and so a split, with an annotated one. The
rest are ordered by ``sha1(salt + ":" + id)`` and the first ``--per-outlet`` of each outlet are kept.
Prints the drawn ids, one JSON line each, to be read and annotated before warta runs on them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MARKS = re.compile('["\u201c\u201d]|\u2019\u2019')
WORD = re.compile(r"[a-z]{3,}")
DAYS4 = 4 * 86400


def _excluded() -> set[str]:
    ids: set[str] = set()
    events = json.loads((ROOT / "tests/data/events/indosum_events.json").read_text(encoding="utf-8"))
    for key in ("events", "hard_negatives", "singletons"):
        group = events.get(key) or {}
        for members in group.values() if isinstance(group, dict) else [group]:
            ids.update(members)
    for case in json.loads((ROOT / "tests/data/figures_indosum.json").read_text(encoding="utf-8"))["cases"]:
        ids.update(case["articles"])
    kinds = json.loads((ROOT / "tests/data/figure_kinds_indosum.json").read_text(encoding="utf-8"))
    rows: list[Any] = kinds["numbers"]
    ids.update(str(r["article"]) for r in rows if isinstance(r, dict) and "article" in r)
    return ids


def _vector(text: str, idf: dict[str, float]) -> dict[str, float]:
    words = [w for w in WORD.findall(" ".join(text.lower().split()[:300]))]
    tf = Counter(words)
    vec = {w: n * idf.get(w, 0.0) for w, n in tf.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {w: v / norm for w, v in vec.items()}


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def _stamp(art_id: str) -> int:
    head = art_id.split("-", 1)[0]
    return int(head) if head.isdigit() else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--salt", default="quotesid3")
    ap.add_argument("--per-outlet", type=int, default=2)
    args = ap.parse_args()
    path = args.shared / "data" / "indosum" / "articles.jsonl"
    arts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    df: Counter[str] = Counter()
    for art in arts:
        df.update(set(WORD.findall(" ".join(art["text"].lower().split()[:300]))))
    idf = {w: math.log(len(arts) / n) for w, n in df.items()}
    annotated: set[str] = set()
    for held in sorted((ROOT / "tests/data/quotes").glob("quotes_id*.json")):  # with earlier fresh batches
        annotated.update(json.loads(held.read_text(encoding="utf-8"))["articles"])
    skip = _excluded() | annotated
    near = [(_stamp(a["id"]), _vector(a["text"], idf)) for a in arts if a["id"] in annotated]
    cands = [
        a
        for a in arts
        if a["id"] not in skip and 1200 <= len(a["text"]) <= 2600 and len(MARKS.findall(a["text"])) >= 6
    ]
    cands.sort(key=lambda a: hashlib.sha1(f"{args.salt}:{a['id']}".encode()).hexdigest())
    per: Counter[str] = Counter()
    for art in cands:
        if per[art["outlet"]] >= args.per_outlet:
            continue
        stamp, vec = _stamp(art["id"]), _vector(art["text"], idf)
        if any(abs(stamp - s) <= DAYS4 and _cos(vec, v) >= 0.2 for s, v in near):
            continue
        near.append((stamp, vec))
        per[art["outlet"]] += 1
        print(json.dumps({"article": art["id"], "outlet": art["outlet"], "chars": len(art["text"])}))


if __name__ == "__main__":
    main()
