"""Turn a figure-annotation spec into cases of ``tests/data/figures_indosum.json`` and check the file.

The spec is written by the annotator outside the repository (it locates each value by the words it
is read from, which are article text, so it is never committed). Each value, single figure and
not-figure names its article and ``find`` (the exact words; ``nth`` picks a later occurrence); this
script turns that into ``start``/``end`` offsets into the record's raw ``text`` and the ``sha1`` of
``text[start:end]``, drops ``find``/``nth``, and prints or appends the cases. No article text is held
here or written by it.

    python scripts/figure_offsets.py build SPEC.json [--append tests/data/figures_indosum.json]
    python scripts/figure_offsets.py check [tests/data/figures_indosum.json]

``check`` verifies every sha1 and offset, every article id, and every split.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "data" / "indosum" / "articles.jsonl"
FIGURES = ROOT / "tests" / "data" / "figures_indosum.json"
WIB = dt.timezone(dt.timedelta(hours=7))


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def read_records(path: Path, wanted: set[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                if record["id"] in wanted:
                    out[record["id"]] = record
    return out


def published(article_id: str) -> str:
    """An IndoSum id opens with its Unix timestamp; the date is the one in Jakarta (WIB)."""
    stamp = int(article_id.split("-", 1)[0])
    return dt.datetime.fromtimestamp(stamp, tz=WIB).date().isoformat()


def locate(text: str, entry: dict[str, Any], where: str) -> dict[str, Any]:
    """``entry`` with ``find``/``nth`` replaced by ``start``/``end``/``sha1``."""
    find, nth = str(entry.pop("find")), int(entry.pop("nth", 0))
    at = -1
    for _ in range(nth + 1):
        at = text.find(find, at + 1)
        if at < 0:
            raise SystemExit(f"{where}: words not found (occurrence {nth})")
    entry["start"], entry["end"], entry["sha1"] = at, at + len(find), sha1(find)
    return entry


def build_case(spec: dict[str, Any], records: dict[str, dict[str, Any]]) -> dict[str, Any]:
    name = spec["case"]
    ids = list(spec["articles"])
    text = {k: str(records[k]["text"]) for k in ids}
    value_keys = ("article", "value", "qualifier", "as_of", "as_of_time", "attribution", "find", "nth")

    def value(v: dict[str, Any], where: str) -> dict[str, Any]:
        v = {"qualifier": None, "as_of_time": None, "attribution": None, **v}
        v.setdefault("as_of", published(v["article"]))
        return locate(text[v["article"]], {k: v[k] for k in value_keys if k in v}, where)

    figures = []
    for g in spec.get("figures", []):
        where = f"{name}: {g['measure']}"
        figures.append(
            {
                "measure": g["measure"],
                "kind": g["kind"],
                "counted": g["counted"],
                "status": g["status"],
                "optional": bool(g.get("optional", False)),
                "values": [value(dict(v), where) for v in g["values"]],
            }
        )
    singles = []
    for s in spec.get("single_figures", []):
        entry = value(dict(s), f"{name}: single {s.get('measure')}")
        entry.update(kind=s["kind"], counted=s["counted"], measure=s["measure"])
        singles.append(entry)
    nots = []
    for n in spec.get("not_figures", []):
        entry = locate(
            text[n["article"]], {"article": n["article"], "find": n["find"], "nth": n.get("nth", 0)}, name
        )
        entry["why"] = n["why"]
        nots.append(entry)
    return {
        "case": name,
        "split": spec["split"],
        "articles": {k: {"outlet": records[k]["outlet"], "published": published(k)} for k in ids},
        "stories": [ids],
        "figures": figures,
        "single_figures": singles,
        "not_figures": nots,
    }


def check(path: Path) -> int:
    data = json.loads(path.read_text(encoding="utf-8"))
    cases = data["cases"]
    wanted = {k for c in cases for k in c["articles"]}
    records = read_records(ARTICLES, wanted)
    problems = [f"article {k} not in {ARTICLES}" for k in sorted(wanted - set(records))]
    names = [c["case"] for c in cases]
    problems += [f"case {n} twice" for n in sorted({n for n in names if names.count(n) > 1})]
    for c in cases:
        if c["split"] not in {"dev", "test"}:
            problems.append(f"{c['case']}: split {c['split']!r}")
        entries = [v for g in c["figures"] for v in g["values"]] + c["single_figures"] + c["not_figures"]
        for e in entries:
            if e["article"] not in c["articles"]:
                problems.append(f"{c['case']}: {e['article']} is not an article of the case")
                continue
            text = str(records.get(e["article"], {}).get("text", ""))
            if not 0 <= e["start"] < e["end"] <= len(text) or sha1(text[e["start"] : e["end"]]) != e["sha1"]:
                problems.append(f"{c['case']}: sha1 or offsets off at {e['article']} {e['start']}-{e['end']}")
        for g in c["figures"]:
            if len({v["article"] for v in g["values"]}) < 2:
                problems.append(f"{c['case']}: group {g['measure']!r} has fewer than two articles")
            if g["status"] not in {"agree", "conflict", "updated"}:
                problems.append(f"{c['case']}: group {g['measure']!r} status {g['status']!r}")
    print(*problems, sep="\n") if problems else None
    splits = [c["split"] for c in cases]
    print(
        f"{len(cases)} cases ({splits.count('dev')} dev, {splits.count('test')} test), {len(problems)} problems"
    )
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("spec", type=Path)
    b.add_argument("--append", type=Path, default=None)
    c = sub.add_parser("check")
    c.add_argument("path", type=Path, nargs="?", default=FIGURES)
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.path)
    specs = json.loads(args.spec.read_text(encoding="utf-8"))
    specs = specs if isinstance(specs, list) else [specs]
    records = read_records(ARTICLES, {k for s in specs for k in s["articles"]})
    cases = [build_case(s, records) for s in specs]
    if args.append is None:
        json.dump(cases, sys.stdout, ensure_ascii=False, indent=1)
        return 0
    data = json.loads(args.append.read_text(encoding="utf-8"))
    known = {c["case"] for c in data["cases"]}
    data["cases"] = [c for c in data["cases"] if c["case"] not in {n["case"] for n in cases}] + cases
    args.append.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(cases)} cases written ({len(known & {n['case'] for n in cases})} replaced)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
