"""Draw the fresh English quote sample of ``tests/data/quotes/quotes_en_fresh3.json`` (issue 13).

    python scripts/draw_fresh_en.py      # prints the drawn article ids, one a line

Timeline17 articles in none of ``quotes_en.json`` and ``entities_en.json``, whose id the hash rule of
``quotes_en.json`` puts in ``dev`` (even SHA-1 of ``topic/uid``), of 1,200-2,600 characters with at
least six quotation marks, one copy of a repeated text (its first 300 characters) and none repeating an
annotated article's; shuffled per folder with seed 20261207, the first of each folder, then the second
of EgyptianProtest_cnn, LibyaWar_cnn and MJ_bbc. Only ids are printed; the annotations were made by
reading the texts.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
T17 = ROOT.parent / "shared" / "data" / "timeline" / "t17"
SECOND = ("EgyptianProtest_cnn", "LibyaWar_cnn", "MJ_bbc")


def _marks(text: str) -> int:
    return text.count('"') + text.count("``") + text.count("''")


def draw() -> list[str]:
    """The drawn ids, first of each folder in folder order, then the seconds."""
    data = ROOT / "tests" / "data"
    used = set(json.loads((data / "quotes" / "quotes_en.json").read_text("utf-8"))["articles"])
    used |= set(json.loads((data / "entities_en.json").read_text("utf-8"))["articles"])
    pool: dict[str, list[str]] = {}
    for topic in sorted(p.name for p in T17.iterdir() if p.is_dir()):
        with gzip.open(T17 / topic / "articles.json.gz", "rt", encoding="utf-8") as fh:
            docs = json.load(fh)
        annotated = {d["text"][:300] for d in docs if f"{topic}/{d['uid']}" in used}
        seen: set[str] = set()
        for d in docs:
            key, text = f"{topic}/{d['uid']}", d["text"]
            dev = int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 2 == 0
            if key in used or not dev or not 1200 <= len(text) <= 2600 or _marks(text) < 6:
                continue
            if text[:300] in seen or text[:300] in annotated:
                continue
            seen.add(text[:300])
            pool.setdefault(topic, []).append(key)
    firsts, seconds = [], []
    rng = random.Random(20261207)
    for topic in sorted(pool):
        ids = sorted(pool[topic])
        rng.shuffle(ids)
        firsts.append(ids[0])
        if topic in SECOND and len(ids) > 1:
            seconds.append(ids[1])
    return firsts + seconds


if __name__ == "__main__":
    print("\n".join(draw()))
