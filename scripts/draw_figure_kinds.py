"""Draw the numbers of the figure-kind training set: ``python scripts/draw_figure_kinds.py [--shared ../shared]``.

Articles are IndoSum articles in no event of ``tests/data/events`` and no case of
``tests/data/figures_indosum.json``, ordered by ``sha1("figkinds:" + id)``; from each, in that order, at most
two numbers (digit runs, read by a plain pattern, not by warta) are taken, first by the same hash of
``id:offset``, until 320 are drawn, at most 60 per category. Prints one JSON line per number with its
context, to be labelled by reading (``tests/data/figure_kinds_indosum.json`` keeps ids, offsets and labels).
``--round 2``, ``--round 3`` (weighted to news topics) and ``--round 4`` (digit runs next to casualty,
arrest and displacement words) draw further numbers from articles of no earlier round (see below).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
TOTAL, PER_ARTICLE, PER_CATEGORY = 320, 2, 60
# Round 2 (``--round 2``): 160 more numbers from the next articles in hash order, leaving out digit runs
# that are plainly no figure (a year 1900-2099, a date or score part next to "/", ":" or "-" and a digit),
# so that more of the drawn numbers carry a kind.
ROUND2_TOTAL = 160
PLAIN = re.compile(r"(?:19|20)\d\d")


def _plain_non_figure(text: str, m: re.Match[str]) -> bool:
    around = text[max(0, m.start() - 2) : m.start()] + "|" + text[m.end() : m.end() + 2]
    return bool(PLAIN.fullmatch(m[0])) or bool(re.search(r"\d[/:-]\||\|[/:-]\d", around))


def _hash(s: str) -> str:
    return hashlib.sha1(f"figkinds:{s}".encode()).hexdigest()


def excluded() -> set[str]:
    ids: set[str] = set()
    events = json.loads((ROOT / "tests/data/events/indosum_events.json").read_text(encoding="utf-8"))
    for group in (events["events"], events["hard_negatives"]):
        for members in group.values():
            ids.update(members)
    for case in json.loads((ROOT / "tests/data/figures_indosum.json").read_text(encoding="utf-8"))["cases"]:
        ids.update(case["articles"])
    return ids


# Round 3 (``--round 3``): a draw weighted to the news the scored groups turn on (disaster, crime, accident,
# election, economy). Articles are those of no earlier round (nor any evaluation set) whose text holds one of
# ``TOPIC`` (a plain word list, not warta's reader), in the same hash order, at most ``ROUND3_PER_CATEGORY`` per
# category; from each, at most three digit runs that are not plainly a non-figure, first those with a topic
# word within 60 characters, each in the hash order of ``id:offset``, until ``ROUND3_TOTAL`` are drawn.
ROUND3_TOTAL, ROUND3_PER_ARTICLE, ROUND3_PER_CATEGORY = 330, 3, 120
# Round 4 (``--round 4``): round 3 gave few casualty, arrest and displacement counts, so the same draw over the
# articles of no earlier round holding ``CASUALTY`` words at least twice, taking only digit runs with such a
# word within 50 characters, at most two an article, until ``ROUND4_TOTAL``.
ROUND4_TOTAL, ROUND4_PER_ARTICLE = 160, 2
CASUALTY = re.compile(
    r"\b(?:tewas|meninggal|korban|luka|luka-luka|terluka|hilang|mengungsi|pengungsi|dievakuasi|ditangkap"
    r"|diamankan|tersangka|ditahan|dibekuk|personel|dikerahkan|diterjunkan|selamat|penumpang|jenazah"
    r"|terdampak|rusak|pemilih|peserta|demonstran|penonton|pengunjung)\b",
    re.IGNORECASE,
)
TOPIC = re.compile(
    r"\b(?:tewas|meninggal|korban|luka|hilang|mengungsi|pengungsi|dievakuasi|evakuasi|ditangkap|diamankan"
    r"|tersangka|ditahan|personel|dikerahkan|harga|persen|suara|banjir|gempa|kecelakaan|kebakaran|longsor"
    r"|rp|triliun|miliar|juta|pemilih|peserta|penonton|rumah|warga)\b",
    re.IGNORECASE,
)


def _labelled(before: int) -> set[str]:
    data = json.loads((ROOT / "tests/data/figure_kinds_indosum.json").read_text(encoding="utf-8"))
    return {n["article"] for n in data["numbers"] if n.get("round", 1) < before}


def _round3(shared: Path, *, casualty: bool = False) -> None:
    skip = excluded() | _labelled(4 if casualty else 3)
    words = CASUALTY if casualty else TOPIC
    total, per_article = (
        (ROUND4_TOTAL, ROUND4_PER_ARTICLE) if casualty else (ROUND3_TOTAL, ROUND3_PER_ARTICLE)
    )
    path = shared / "data" / "indosum" / "articles.jsonl"
    arts = [a for a in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if a["id"] not in skip]
    arts = [a for a in arts if len(words.findall(a["text"])) >= (2 if casualty else 3)]
    per_cat: Counter[str] = Counter()
    drawn, reach = 0, 50 if casualty else 60
    for art in sorted(arts, key=lambda a: _hash(a["id"])):
        if drawn >= total:
            break
        if per_cat[art["category"]] >= ROUND3_PER_CATEGORY:
            continue
        t = art["text"]

        def near(m: re.Match[str], t: str = t) -> bool:
            return bool(words.search(t[max(0, m.start() - reach) : m.end() + reach]))

        spans = [m for m in NUMBER.finditer(t) if not _plain_non_figure(t, m)]
        if casualty:
            spans = [m for m in spans if near(m)]
        if not spans:
            continue
        per_cat[art["category"]] += 1
        spans.sort(key=lambda m: (not near(m), _hash(f"{art['id']}:{m.start()}")))
        for m in spans[:per_article]:
            _print_drawn(art, m)
            drawn += 1


def _print_drawn(art: dict[str, Any], m: re.Match[str]) -> None:
    """One drawn number as a JSON line, with the words around it to label it by."""
    t = art["text"]
    print(json.dumps({
        "article": art["id"], "outlet": art["outlet"], "category": art["category"],
        "start": m.start(), "end": m.end(), "number": m[0],
        "context": t[max(0, m.start() - 110) : m.start()] + "[[" + m[0] + "]]" + t[m.end() : m.end() + 80],
    }, ensure_ascii=False))  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--round", type=int, default=1, choices=(1, 2, 3, 4))
    args = ap.parse_args()
    if args.round >= 3:
        _round3(args.shared, casualty=args.round == 4)
        return
    skip = excluded()
    path = args.shared / "data" / "indosum" / "articles.jsonl"
    arts = [a for a in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if a["id"] not in skip]
    per_cat: Counter[str] = Counter()
    drawn, total, first = 0, TOTAL, True
    for art in sorted(arts, key=lambda a: _hash(a["id"])):
        if drawn >= total:
            if args.round == 1 or not first:
                break
            drawn, total, first = 0, ROUND2_TOTAL, False  # round 1 is drawn: round 2 starts here
            per_cat.clear()
        if per_cat[art["category"]] >= PER_CATEGORY:
            continue
        spans = [m for m in NUMBER.finditer(art["text"])]
        if not first:
            spans = [m for m in spans if not _plain_non_figure(art["text"], m)]
        spans.sort(key=lambda m: _hash(f"{art['id']}:{m.start()}"))
        for m in spans[:PER_ARTICLE] if args.round == 1 or not first else []:
            _print_drawn(art, m)
            drawn += 1
        drawn += min(len(spans), PER_ARTICLE) if args.round == 2 and first else 0
        if spans:
            per_cat[art["category"]] += 1


if __name__ == "__main__":
    main()
