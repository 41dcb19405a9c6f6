"""``warta eval facts``: score a story's figures, quotes and entities against a gold file.

The gold format is the one in ``shared/gold/README.md``. Gold articles are matched to ours by file
name. Scored:

- figure groups: recall (a required gold group is found when one of our groups holds every gold
  value from the gold articles), precision (our multi-article groups that hold at least two values
  of one gold group), and status accuracy on the found groups;
- quotes: recall (a required gold quote is found when one canonical quote holds all its articles,
  and for each article cites a span containing one of the gold texts for it);
- entities: alias accuracy (gold main entities whose aliases that we saw all land in one entity)
  and trap violations (``not_same_entity`` pairs merged into one of our entities).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.errors import InputError
from warta.types import Article, EntityRecord, FigureGroup, QuoteRecord


@dataclass(frozen=True)
class FactsReport:
    """Figures for one gold case."""

    case: str
    figure_recall: float
    figure_precision: float
    status_accuracy: float
    quote_recall: float
    alias_accuracy: float
    trap_violations: int
    counts: Mapping[str, int] = field(default_factory=dict)
    failures: tuple[str, ...] = ()

    @property
    def passed(self) -> bool:
        """All required groups found with the right status, all quotes found, no trap merged."""
        return (
            self.figure_recall == 1.0
            and self.status_accuracy == 1.0
            and self.quote_recall == 1.0
            and self.trap_violations == 0
        )

    def render(self) -> str:
        """A plain-text report."""
        c = self.counts
        lines = [
            f"facts on {self.case}",
            "",
            f"figure groups found (recall)   {self.figure_recall:7.1%}  ({c.get('groups_found', 0)}/{c.get('groups_gold', 0)})",
            f"figure groups correct (prec.)  {self.figure_precision:7.1%}  ({c.get('groups_correct', 0)}/{c.get('groups_ours', 0)})",
            f"status accuracy (found)        {self.status_accuracy:7.1%}",
            f"quotes found (recall)          {self.quote_recall:7.1%}  ({c.get('quotes_found', 0)}/{c.get('quotes_gold', 0)})",
            f"entity alias accuracy (main)   {self.alias_accuracy:7.1%}  ({c.get('aliases_ok', 0)}/{c.get('entities_main', 0)})",
            f"trap violations                {self.trap_violations:7d}",
            "",
            f"gate: {'PASS' if self.passed else 'FAIL'}",
        ]
        if self.failures:
            lines += ["", "failures:", *(f"  {f}" for f in self.failures)]
        return "\n".join(lines)


def load_gold(path: Path) -> dict[str, Any]:
    """A gold case (a bare object, or the first of a list)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read gold file {path}: {exc}") from exc
    if isinstance(data, list):
        data = data[0]
    if not isinstance(data, dict) or "articles" not in data:
        raise InputError(
            f"{path} is not a gold case: it needs an 'articles' object (see shared/gold/README.md)"
        )
    return data


def gold_keys(gold: Mapping[str, Any], articles: Sequence[Article]) -> dict[str, str]:
    """Gold article key -> our article id, matched by file name."""
    by_name = {Path(a.source.split(":")[0]).name: a.id for a in articles}
    keys = {}
    for key, record in gold["articles"].items():
        if record["file"] in by_name:
            keys[key] = by_name[record["file"]]
    return keys


# Gold files may write money as "350" with the unit "juta rupiah"; our values are whole units.
_SCALE = {
    "ribu": 1e3,
    "juta": 1e6,
    "miliar": 1e9,
    "triliun": 1e12,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}


def _gold_scale(group: Mapping[str, Any]) -> float:
    words = str(group.get("unit") or "").split()
    return _SCALE.get(words[0].casefold(), 1.0) if words else 1.0


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _figures(
    gold: Mapping[str, Any], groups: Sequence[FigureGroup], ids: Mapping[str, str], failures: list[str]
) -> dict[str, int]:
    ours = [g for g in groups if len({v.article for v in g.values}) >= 2]
    found = correct_status = required = 0
    matched_gold = []
    for g in gold.get("figures", []):
        scale = _gold_scale(g)
        want = {(ids.get(v["article"]), float(v["value"]) * scale) for v in g["values"]}
        hit = None
        for o in groups:
            have = {(v.article, float(v.value)) for v in o.values}
            if all(any(a == art and _same_value(val, hv) for art, hv in have) for a, val in want):
                hit = o
                break
        matched_gold.append((g, want))
        if g.get("optional"):
            if hit is not None and hit.status != g["status"]:
                failures.append(
                    f"optional figure group {g['measure']!r}: status {hit.status}, want {g['status']}"
                )
            continue
        required += 1
        if hit is None:
            failures.append(f"figure group not found: {g['measure']!r}")
            continue
        found += 1
        if hit.status == g["status"]:
            correct_status += 1
        else:
            failures.append(f"figure group {g['measure']!r}: status {hit.status}, want {g['status']}")
    correct = 0
    for o in ours:
        have = {(v.article, float(v.value)) for v in o.values}
        if any(
            sum(1 for a, val in want if any(a == x and _same_value(val, y) for x, y in have)) >= 2
            for _, want in matched_gold
        ):
            correct += 1
    return {
        "groups_gold": required,
        "groups_found": found,
        "groups_status_ok": correct_status,
        "groups_ours": len(ours),
        "groups_correct": correct,
    }


def _quotes(
    gold: Mapping[str, Any],
    quotes: Sequence[QuoteRecord],
    ids: Mapping[str, str],
    texts: Mapping[str, str],
    failures: list[str],
) -> dict[str, int]:
    required = found = 0
    for q in gold.get("quotes", []):
        if q.get("optional"):
            continue
        required += 1
        want = {ids.get(a) for a in q["articles"]}
        contains: dict[str | None, list[str]] = {}
        for item in q.get("contains", []):
            contains.setdefault(ids.get(item["article"]), []).append(item["text"])

        if any(_holds(r, want, contains, texts) for r in quotes):
            found += 1
        else:
            failures.append(f"quote not found as one canonical quote: {q['speaker']} in {q['articles']}")
    return {"quotes_gold": required, "quotes_found": found}


def _holds(
    record: QuoteRecord,
    want: set[str | None],
    contains: Mapping[str | None, list[str]],
    texts: Mapping[str, str],
) -> bool:
    """Whether one canonical quote carries every wanted article, citing a span with a gold text in each."""
    if not want <= set(record.articles):
        return False
    for art, options in contains.items():
        spans = [texts[c.article][c.start : c.end] for c in record.citations if c.article == art]
        if not any(o in s for o in options for s in spans):
            return False
    return True


def _entities(
    gold: Mapping[str, Any], entities: Sequence[EntityRecord], failures: list[str]
) -> dict[str, int]:
    ours = [set(e.aliases) | {e.name} for e in entities]
    main = [e for e in gold.get("entities", []) if e.get("main")]
    ok = 0
    for e in main:
        seen = [a for a in e["aliases"] if any(a in s for s in ours)]
        if seen and any(set(seen) <= s for s in ours):
            ok += 1
        else:
            failures.append(f"entity {e['name']!r}: aliases {seen or e['aliases']} not in one entity")
    aliases = {e["name"]: set(e["aliases"]) | {e["name"]} for e in gold.get("entities", [])}
    violations = 0
    for a, b in gold.get("not_same_entity", []):
        only_a = aliases.get(a, {a}) - aliases.get(b, {b})
        only_b = aliases.get(b, {b}) - aliases.get(a, {a})
        if any(s & only_a and s & only_b for s in ours):
            violations += 1
            failures.append(f"trap violated: {a!r} merged with {b!r}")
    return {"entities_main": len(main), "aliases_ok": ok, "trap_violations": violations}


def score_facts(
    gold: Mapping[str, Any],
    articles: Sequence[Article],
    *,
    figures: Sequence[FigureGroup],
    quotes: Sequence[QuoteRecord],
    entities: Sequence[EntityRecord],
) -> FactsReport:
    """Score reconciled facts of ``articles`` against ``gold``."""
    ids = gold_keys(gold, articles)
    missing = sorted(set(gold["articles"]) - set(ids))
    if missing:
        raise InputError(f"gold articles {missing} were not among the articles read; check --articles")
    failures: list[str] = []
    texts = {a.id: a.text for a in articles}
    counts = {
        **_figures(gold, figures, ids, failures),
        **_quotes(gold, quotes, ids, texts, failures),
        **_entities(gold, entities, failures),
    }

    def rate(n: int, d: int) -> float:
        return n / d if d else 1.0

    return FactsReport(
        case=str(gold.get("case", "?")),
        figure_recall=rate(counts["groups_found"], counts["groups_gold"]),
        figure_precision=rate(counts["groups_correct"], counts["groups_ours"]),
        status_accuracy=rate(counts["groups_status_ok"], counts["groups_found"]),
        quote_recall=rate(counts["quotes_found"], counts["quotes_gold"]),
        alias_accuracy=rate(counts["aliases_ok"], counts["entities_main"]),
        trap_violations=counts["trap_violations"],
        counts=counts,
        failures=tuple(failures),
    )


def evaluate_facts(gold_path: Path, *, articles_dir: Path | None = None) -> FactsReport:
    """Read the gold's articles, reconcile the facts of each gold story, and score them.

    Facts are reconciled per story, as a brief does; the gold's ``stories`` say which articles go
    together, so this gate measures extraction and reconciliation, not story grouping.
    """
    from warta.api import read_articles
    from warta.extract.facts import extract_facts
    from warta.reconcile.story import reconcile_story

    gold = load_gold(gold_path)
    folder = articles_dir if articles_dir is not None else gold_path.parent.parent / "seeds"
    result = read_articles([folder])
    facts = {a.id: extract_facts(a) for a in result.articles}
    ids = gold_keys(gold, result.articles)
    figures: list[FigureGroup] = []
    quotes: list[QuoteRecord] = []
    entities: list[EntityRecord] = []
    for story in gold.get("stories") or [list(gold["articles"])]:
        reconciled = reconcile_story([facts[ids[k]] for k in story if k in ids])
        figures += reconciled.figures
        quotes += reconciled.quotes
        entities += reconciled.entities
    return score_facts(gold, result.articles, figures=figures, quotes=quotes, entities=entities)
