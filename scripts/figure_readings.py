"""How well single figures are read: ``python scripts/figure_readings.py [--split dev|test] [--list]``.

Every value the IndoSum annotations give (the values of cross-article groups and the ``single_figures``,
which no gate scores, so no rule was fitted to them) is looked up among the figures warta reads in its
article: found at its words with its value, and read with the annotated kind. ``not_figures`` (dates,
ranks, names with numbers, ...) read as a count of some kind are counted too. ``--list`` prints each
miss with its words; it is refused on the held-out ``test`` half, whose aggregate alone may be read.
The gold's ``quantity`` and warta's ``other`` are one kind here (a count of things).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from warta.evaluate.indosum_cases import indosum_cases, nearest_span
from warta.extract.facts import extract_facts
from warta.extract.figures import ArticleFigure
from warta.reconcile.figure_prices import reading

ROOT = Path(__file__).resolve().parent.parent
INDOSUM = ROOT / "tests" / "data" / "figures_indosum.json"
_SAME = {"quantity": "other"}


def _at(
    figures: tuple[ArticleFigure, ...], span: tuple[int, int], value: float | None
) -> list[ArticleFigure]:
    return [
        f
        for f in figures
        if f.quantity.start < span[1]
        and span[0] < f.quantity.end
        and (value is None or abs(float(f.quantity.value) - value) <= 1e-6 * max(1.0, abs(value)))
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--split", default="dev", choices=("dev", "test"))
    ap.add_argument("--list", action="store_true", help="print each miss (dev only)")
    args = ap.parse_args()
    if args.list and args.split == "test":
        ap.error("--list prints held-out misses; read only the test aggregate")
    data = json.loads(INDOSUM.read_text(encoding="utf-8"))
    cases = [c for c in data["cases"] if c["split"] == args.split]
    stats: Counter[str] = Counter()
    for read in indosum_cases(cases, args.shared / "data" / "indosum" / "articles.jsonl"):
        figures = {k: extract_facts(a).figures for k, a in read.articles.items()}
        items: list[tuple[dict[str, Any], str, str]] = [
            (v, g["kind"], "group") for g in read.case["figures"] for v in g["values"]
        ]
        items += [(v, v["kind"], "single") for v in read.case.get("single_figures", [])]
        for v, kind, where in items:
            text = read.articles[v["article"]].text
            span = nearest_span(read.raw[v["article"]], text, v["start"], v["end"])
            if span is None:
                continue
            stats[f"{where} values"] += 1
            hits = _at(figures[v["article"]], span, float(v["value"]))
            got = reading(hits[0]).kind if hits else "(not read)"
            if hits and _SAME.get(kind, kind) == _SAME.get(got or "", got):
                stats[f"{where} values read with their kind"] += 1
            elif args.list:
                print(f"{read.case['case']} {where} want {kind}, read {got}: {text[span[0] : span[1]]!r}")
        for v in read.case.get("not_figures", []):
            text = read.articles[v["article"]].text
            span = nearest_span(read.raw[v["article"]], text, v["start"], v["end"])
            if span is None:
                continue
            stats["not_figures"] += 1
            counted = [f for f in _at(figures[v["article"]], span, None) if reading(f).kind and f.about_event]
            if counted:
                stats["not_figures read as a count"] += 1
                if args.list:
                    print(f"{read.case['case']} not a figure ({v['why']}), read {reading(counted[0]).kind}")
    for key in sorted(stats):
        print(f"{key:<36} {stats[key]}")


if __name__ == "__main__":
    main()
