"""``warta eval facts``: score a story's figures, quotes and entities against a gold file.

The gold format is the one in ``shared/gold/README.md``. Gold articles are matched to ours by file
name. Scored:

- figure groups, strictly: a required gold group is found when one of the brief's groups holds every
  gold value and no wrong one (another value of an article of the gold group, or a value gold places in
  another group); recall counts the found groups with the right status; precision is the share of the
  groups a brief shows (:func:`~warta.reconcile.figures.shown_groups`) that match a gold group (optional
  ones included) with no wrong value; invented disputes are ``conflict`` groups that gold does not hold
  as a conflict;
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
from warta.types import Article, EntityRecord, FigureGroup, FigureValue, QuoteRecord


@dataclass(frozen=True)
class FactsReport:
    """Figures for one gold case (or one split of a set of cases)."""

    case: str
    figure_recall: float  # required gold groups found (strictly) with the right status
    figure_precision: float  # shown cross-outlet groups that match a gold group with no wrong value
    status_accuracy: float
    quote_recall: float
    alias_accuracy: float
    trap_violations: int
    counts: Mapping[str, int] = field(default_factory=dict)
    failures: tuple[str, ...] = ()
    invented_disputes: int = 0
    min_recall: float = 1.0
    min_precision: float = 0.8

    @property
    def passed(self) -> bool:
        """Recall and precision at their floors, no invented dispute, no trap merged."""
        return (
            self.figure_recall >= self.min_recall
            and self.figure_precision >= self.min_precision
            and self.invented_disputes == 0
            and self.trap_violations == 0
        )

    def render(self) -> str:
        """A plain-text report."""
        c = self.counts
        lines = [
            f"facts on {self.case}",
            "",
            f"figure groups found, right status (recall)  {self.figure_recall:7.1%}  ({c.get('groups_status_ok', 0)}/{c.get('groups_gold', 0)}; found {c.get('groups_found', 0)})",
            f"shown cross-outlet groups correct (prec.)   {self.figure_precision:7.1%}  ({c.get('groups_correct', 0)}/{c.get('groups_ours', 0)})",
            f"status accuracy (found)                     {self.status_accuracy:7.1%}",
            f"invented disputes                           {self.invented_disputes:7d}  (of {c.get('disputes_shown', 0)} disputes)",
            f"quotes found (recall)                       {self.quote_recall:7.1%}  ({c.get('quotes_found', 0)}/{c.get('quotes_gold', 0)})",
            f"entity alias accuracy (main)                {self.alias_accuracy:7.1%}  ({c.get('aliases_ok', 0)}/{c.get('entities_main', 0)})",
            f"trap violations                             {self.trap_violations:7d}",
            "",
            f"gate (recall >= {self.min_recall:.0%}, precision >= {self.min_precision:.0%}, no invented dispute, no trap): "
            f"{'PASS' if self.passed else 'FAIL'}",
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
    by_name: dict[str, str] = {}
    for a in articles:
        name = Path(a.source.split(":")[0]).name
        by_name[name] = a.id
        by_name.setdefault(Path(name).stem, a.id)
    keys = {}
    for key, record in gold["articles"].items():
        name = str(record.get("file") or key)
        for option in (name, Path(name).stem, key):
            if option in by_name:
                keys[key] = by_name[option]
                break
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


def wanted_groups(
    gold: Mapping[str, Any], ids: Mapping[str, str], texts: Mapping[str, str]
) -> list[tuple[Mapping[str, Any], list[tuple[str | None, float, _Spans]]]]:
    """Each gold figure group with its values as (article id, value in the group's scale, where its
    words are)."""
    return [
        (
            g,
            [
                (
                    ids.get(v["article"]),
                    float(v["value"]) * gold_scale(g),
                    _spans(texts, ids.get(v["article"]), v),
                )
                for v in g["values"]
            ],
        )
        for g in gold.get("figures", [])
    ]


def gold_scale(group: Mapping[str, Any]) -> float:
    """The factor a gold group's values take to whole units ("350" with the unit "juta rupiah": 1e6)."""
    words = str(group.get("unit") or "").split()
    return _SCALE.get(words[0].casefold(), 1.0) if words else 1.0


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _figures(
    gold: Mapping[str, Any],
    groups: Sequence[FigureGroup],
    ids: Mapping[str, str],
    texts: Mapping[str, str],
    failures: list[str],
) -> dict[str, int]:
    from warta.reconcile.figure_display import shown_groups

    shown = [g for g in shown_groups(groups) if len({v.article for v in g.values}) >= 2]
    # Recall is on every group the brief's JSON holds (a group of one wire story's copies is kept there
    # but not shown: it confirms nothing); precision is on the shown groups; disputes on both.
    held = [g for g in groups if len({v.article for v in g.values}) >= 2]
    wanted = wanted_groups(gold, ids, texts)
    found = correct_status = required = 0
    for g, want in wanted:
        hit = next((o for o in held if _holds_exactly(o, want, _others(wanted, g))), None)
        if g.get("optional"):
            if hit is not None and hit.status != g["status"]:
                failures.append(
                    f"optional figure group {g['measure']!r}: status {hit.status}, want {g['status']}"
                )
            continue
        required += 1
        if hit is None:
            near = next((o for o in held if _holds_all(o, want)), None)
            why = f" (a group holds them with wrong values: {_values(near)})" if near else ""
            failures.append(f"figure group not found: {g['measure']!r}{why}")
            continue
        found += 1
        if hit.status == g["status"]:
            correct_status += 1
        else:
            failures.append(f"figure group {g['measure']!r}: status {hit.status}, want {g['status']}")
    correct = disputes = invented = 0
    for o in shown:
        if any(_matches(o, want, _others(wanted, g)) for g, want in wanted):
            correct += 1
        else:
            failures.append(
                f"shown group with no gold counterpart or a wrong value: {o.measure!r} {_values(o)}"
            )
    for o in held:
        if o.status != "conflict":
            continue
        disputes += 1
        if not any(g["status"] == "conflict" and _matches(o, want, _others(wanted, g)) for g, want in wanted):
            invented += 1
            failures.append(f"invented dispute: {o.measure!r} {_values(o)}")
    return {
        "groups_gold": required,
        "groups_found": found,
        "groups_status_ok": correct_status,
        "groups_ours": len(shown),
        "groups_correct": correct,
        "disputes_shown": disputes,
        "invented_disputes": invented,
    }


_Spans = tuple[tuple[int, int], ...] | None
_Pairs = Sequence[tuple[str | None, float, _Spans]]


def _spans(texts: Mapping[str, str], article: str | None, value: Mapping[str, Any]) -> _Spans:
    """Where a gold value's ``text`` occurs in its article (None when gold gives no text)."""
    want = value.get("text")
    if not want or article is None or article not in texts:
        return None
    text, out, at = texts[article], [], 0
    while (k := text.find(want, at)) >= 0:
        out.append((k, k + len(want)))
        at = k + 1
    return tuple(out) or None


def _at(v: FigureValue, spans: _Spans) -> bool:
    return spans is None or any(lo <= v.start and v.end <= hi for lo, hi in spans)


def _others(
    wanted: Sequence[tuple[Mapping[str, Any], _Pairs]], gold: Mapping[str, Any]
) -> list[tuple[str | None, float, _Spans]]:
    """The (article, value) pairs gold gives to groups other than ``gold``."""
    mine = next(w for g, w in wanted if g is gold)
    return [p for g, w in wanted if g is not gold for p in w if p not in mine]


def _values(group: FigureGroup | None) -> str:
    return ", ".join(f"{v.value:g}@{v.article}" for v in group.values) if group else ""


def _has(group: FigureGroup, article: str | None, value: float) -> bool:
    return any(v.article == article and _same_value(float(v.value), value) for v in group.values)


def _holds_all(group: FigureGroup, want: _Pairs) -> bool:
    return all(_has(group, a, val) for a, val, _ in want)


def _wrong(group: FigureGroup, want: _Pairs, elsewhere: _Pairs = ()) -> bool:
    """Whether the group holds a wrong value: another value of an article of the gold group, or a value
    gold places in another group (``elsewhere``; at its words when gold gives them). A value gold does
    not mention at all is not scored."""
    arts = {a for a, _, _ in want}
    for v in group.values:
        if any(a == v.article and _same_value(float(v.value), val) for a, val, _ in want):
            continue
        if v.article in arts or any(
            a == v.article and _same_value(float(v.value), val) and _at(v, spans)
            for a, val, spans in elsewhere
        ):
            return True
    return False


def _holds_exactly(group: FigureGroup, want: _Pairs, elsewhere: _Pairs) -> bool:
    return _holds_all(group, want) and not _wrong(group, want, elsewhere)


def _matches(group: FigureGroup, want: _Pairs, elsewhere: _Pairs) -> bool:
    """A shown group is right when it holds values of one gold group from two or more articles and no wrong one."""
    arts = {a for a, val, _ in want if _has(group, a, val)}
    return len(arts) >= 2 and not _wrong(group, want, elsewhere)


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
        items = q.get("contains", [])
        if isinstance(items, str):  # the contract's short form: one string every article carries
            items = [{"article": a, "text": items} for a in q["articles"]]
        for item in items:
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


def _main(entity: Mapping[str, Any]) -> bool:
    """The gold's ``main`` flag; where a gold leaves it out (realnews), its definition in the gold
    README: named in two or more articles, or a named person."""
    if "main" in entity:
        return bool(entity["main"])
    return len(entity.get("articles", ())) >= 2 or entity.get("type") == "PER"


def _entities(
    gold: Mapping[str, Any], entities: Sequence[EntityRecord], failures: list[str]
) -> dict[str, int]:
    ours = [set(e.aliases) | {e.name} for e in entities]
    main = [e for e in gold.get("entities", []) if _main(e)]
    ok = 0
    for e in main:
        names = list(dict.fromkeys([e["name"], *e["aliases"]]))  # a gold with no aliases: the name alone
        seen = [a for a in names if any(a in s for s in ours)]
        if seen and any(set(seen) <= s for s in ours):
            ok += 1
        else:
            failures.append(f"entity {e['name']!r}: names {seen or names} not in one entity")
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
    min_recall: float = 1.0,
    min_precision: float = 0.8,
) -> FactsReport:
    """Score reconciled facts of ``articles`` against ``gold``."""
    ids = gold_keys(gold, articles)
    missing = sorted(set(gold["articles"]) - set(ids))
    if missing:
        raise InputError(f"gold articles {missing} were not among the articles read; check --articles")
    failures: list[str] = []
    texts = {a.id: a.text for a in articles}
    counts = {
        **_figures(gold, figures, ids, texts, failures),
        **_quotes(gold, quotes, ids, texts, failures),
        **_entities(gold, entities, failures),
    }
    return _report(str(gold.get("case", "?")), counts, failures, min_recall, min_precision)


def _report(
    case: str, counts: Mapping[str, int], failures: Sequence[str], min_recall: float, min_precision: float
) -> FactsReport:
    def rate(n: int, d: int) -> float:
        return n / d if d else 1.0

    return FactsReport(
        case=case,
        figure_recall=rate(counts["groups_status_ok"], counts["groups_gold"]),
        figure_precision=rate(counts["groups_correct"], counts["groups_ours"]),
        status_accuracy=rate(counts["groups_status_ok"], counts["groups_found"]),
        quote_recall=rate(counts["quotes_found"], counts["quotes_gold"]),
        alias_accuracy=rate(counts["aliases_ok"], counts["entities_main"]),
        trap_violations=counts["trap_violations"],
        counts=dict(counts),
        failures=tuple(failures),
        invented_disputes=counts["invented_disputes"],
        min_recall=min_recall,
        min_precision=min_precision,
    )


def _story_facts(
    gold: Mapping[str, Any],
    articles: Sequence[Article],
    ids: Mapping[str, str],
    *,
    figure_join: str = "cascade",
) -> tuple[list[FigureGroup], list[QuoteRecord], list[EntityRecord]]:
    """Facts reconciled per gold story, as a brief does (copies found by dedupe, as a brief finds them)."""
    from warta.extract.facts import extract_facts
    from warta.reconcile.story import reconcile_story
    from warta.stories.dedupe import find_duplicates
    from warta.stories.records import build_records

    by_id = {a.id: a for a in articles}
    figures: list[FigureGroup] = []
    quotes: list[QuoteRecord] = []
    entities: list[EntityRecord] = []
    for story in gold.get("stories") or [list(gold["articles"])]:
        members = [by_id[ids[k]] for k in story if k in ids]
        copies = find_duplicates(list(build_records(members)))
        reconciled = reconcile_story(
            [extract_facts(a) for a in members], copies=copies, figure_join=figure_join
        )
        figures += reconciled.figures
        quotes += reconciled.quotes
        entities += reconciled.entities
    return figures, quotes, entities


def evaluate_facts(
    gold_path: Path,
    *,
    articles_dir: Path | None = None,
    split: str | None = None,
    min_recall: float = 1.0,
    min_precision: float = 0.8,
    figure_join: str = "cascade",
) -> FactsReport:
    """Read the gold's articles, reconcile the facts of each gold story, and score them.

    Facts are reconciled per story, as a brief does; the gold's ``stories`` say which articles go
    together, so this gate measures extraction and reconciliation, not story grouping. A file of
    annotation ``cases`` (``tests/data/figures_indosum.json``) reads its articles from the IndoSum
    ``articles.jsonl`` (``articles_dir`` is that file or its folder) and scores the cases of ``split``.
    ``figure_join`` is how figure groups form (the default ``"cascade"``, ``"rules"``, the learned
    ``"model"``, ``"family"`` or ``"both"``: see :data:`~warta.reconcile.figures.JOINS`).
    """
    from warta.api import read_articles

    data = _read_json(gold_path)
    if isinstance(data, dict) and "cases" in data:
        return _evaluate_cases(
            data,
            gold_path,
            articles=articles_dir,
            split=split,
            min_recall=min_recall,
            min_precision=min_precision,
            figure_join=figure_join,
        )
    gold = load_gold(gold_path)
    folder = articles_dir if articles_dir is not None else gold_path.parent.parent / "seeds"
    result = read_articles([folder])
    ids = gold_keys(gold, result.articles)
    figures, quotes, entities = _story_facts(gold, result.articles, ids, figure_join=figure_join)
    return score_facts(
        gold,
        result.articles,
        figures=figures,
        quotes=quotes,
        entities=entities,
        min_recall=min_recall,
        min_precision=min_precision,
    )


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read gold file {path}: {exc}") from exc


def _evaluate_cases(
    data: Mapping[str, Any],
    gold_path: Path,
    *,
    articles: Path | None,
    split: str | None,
    min_recall: float,
    min_precision: float,
    figure_join: str = "cascade",
) -> FactsReport:
    """Score annotation cases whose articles are IndoSum records, summed over the cases of ``split``."""
    from warta.evaluate.indosum_cases import indosum_cases

    root = gold_path.resolve().parents[2] if len(gold_path.resolve().parents) > 2 else gold_path.parent
    jsonl = articles or root.parent / str(data.get("source", "shared/data/indosum/articles.jsonl"))
    if jsonl.is_dir():
        jsonl = jsonl / "articles.jsonl"
    cases = [c for c in data["cases"] if split is None or c.get("split") == split]
    totals: dict[str, int] = {}
    failures: list[str] = []
    for read in indosum_cases(cases, jsonl):
        arts = list(read.articles.values())
        report = score_facts(read.gold, arts, **_facts_of(read.gold, arts, figure_join=figure_join))
        for key, n in report.counts.items():
            totals[key] = totals.get(key, 0) + n
        failures += [
            f"{read.case['case']}: {f}" for f in report.failures if not f.startswith(("quote", "entity"))
        ]
    name = f"{data.get('name', gold_path.stem)} ({split or 'all'}, {len(cases)} events)"
    return _report(name, totals, failures, min_recall, min_precision)


def _facts_of(
    gold: Mapping[str, Any], articles: Sequence[Article], *, figure_join: str = "cascade"
) -> dict[str, Any]:
    figures, quotes, entities = _story_facts(
        gold, articles, gold_keys(gold, articles), figure_join=figure_join
    )
    return {"figures": figures, "quotes": quotes, "entities": entities}
