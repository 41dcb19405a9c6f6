"""``warta eval cleaning``: score :func:`warta.clean.clean` against the seeds' cleaning and metadata gold."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from warta.clean import clean
from warta.errors import InputError
from warta.evaluate.outlet_match import same_outlet
from warta.types import Cleaned, RawDocument

FIELDS: tuple[str, ...] = ("outlet", "published", "dateline", "byline", "editor", "credited_sources", "title")
OUTLET_NAMED = "outlet (named in text)"


@dataclass(frozen=True)
class FieldScore:
    """How many articles got one metadata field exactly right, and what the others got."""

    field: str
    correct: int
    total: int
    failures: tuple[str, ...] = ()  # "002: got None, want '2022-01-07'"

    @property
    def accuracy(self) -> float:
        """Share of articles with the field right (1.0 when there are none)."""
        return self.correct / self.total if self.total else 1.0


@dataclass(frozen=True)
class RateScore:
    """A share of gold strings that cleaning treated right, with the ones it did not."""

    name: str
    hits: int
    total: int
    failures: tuple[str, ...] = ()  # "001: 'Scroll to Top'"

    @property
    def rate(self) -> float:
        """``hits / total`` (1.0 when there is nothing to check)."""
        return self.hits / self.total if self.total else 1.0


@dataclass(frozen=True)
class CleaningReport:
    """Cleaning scored on a gold file: removal and keep rates, then metadata accuracy per field."""

    articles: int
    boilerplate_removed: RateScore
    must_keep_kept: RateScore
    metadata_removed: RateScore
    fields: tuple[FieldScore, ...]
    min_removed: float = 1.0  # the gate's share of boilerplate removed (real portal excerpts: below 1)
    # ``published`` on the articles whose text states the date: the gold's notes do not call it UNCERTAIN
    # (a date read off the URL only, or inferred from the body).
    published_stated: FieldScore | None = None
    # ``outlet`` on the articles whose text names their outlet (the gold's or a ``sources.json`` beside it
    # says which: ``outlet_in_text``), names matched up to case, punctuation and domain endings
    # (:func:`warta.evaluate.outlet_match.same_outlet`); None when the gold does not say.
    outlet_named: FieldScore | None = None

    @property
    def passed(self) -> bool:
        """The gate: boilerplate removed at least ``min_removed`` (all, by default), every must-keep kept."""
        return self.boilerplate_removed.rate >= self.min_removed and self.must_keep_kept.rate == 1.0

    def render(self) -> str:
        """A plain-text table: the two headline rates first, then metadata, then every failure."""
        rates = (self.boilerplate_removed, self.must_keep_kept, self.metadata_removed)
        rows = [f"cleaning on {self.articles} articles", ""]
        rows += [f"{r.name:<28} {r.rate:7.1%}  ({r.hits}/{r.total})" for r in rates]
        rows += ["", f"{'metadata field':<28} {'accuracy':>7}"]
        rows += [f"{f.field:<28} {f.accuracy:7.1%}  ({f.correct}/{f.total})" for f in self.fields]
        if self.published_stated is not None:
            f = self.published_stated
            rows.append(f"{'published (stated in text)':<28} {f.accuracy:7.1%}  ({f.correct}/{f.total})")
        if self.outlet_named is not None:
            f = self.outlet_named
            rows.append(f"{OUTLET_NAMED:<28} {f.accuracy:7.1%}  ({f.correct}/{f.total})")
        failures = [f"{r.name}: {x}" for r in rates for x in r.failures]
        failures += [f"{f.field}: {x}" for f in self.fields for x in f.failures]
        if self.outlet_named is not None:
            failures += [f"{OUTLET_NAMED}: {x}" for x in self.outlet_named.failures]
        if failures:
            rows += ["", "failures:", *(f"  {line}" for line in failures)]
        return "\n".join(rows)


def evaluate_cleaning(
    gold_path: Path,
    *,
    seeds_dir: Path | None = None,
    reference: date | None = None,
    min_removed: float = 1.0,
) -> CleaningReport:
    """Clean every seed the gold names and score the result against the gold's cleaning keys."""
    gold = _read_gold(gold_path)
    seeds = seeds_dir if seeds_dir is not None else gold_path.parent.parent / "seeds"
    cleaned: dict[str, Cleaned] = {}
    for key, record in sorted(gold["articles"].items()):
        path = seeds / record["file"]
        if not path.is_file() and (seeds / f"{record['file']}.txt").is_file():
            path = seeds / f"{record['file']}.txt"  # realnews names its files by key
        if not path.is_file():
            raise InputError(f"seed {path} named by {gold_path} is missing; pass seeds_dir= the seeds folder")
        text = path.read_text(encoding="utf-8")
        cleaned[key] = clean(
            RawDocument(source=str(path), text=text, raw=text, format="text"), reference=reference
        )
    return CleaningReport(
        articles=len(cleaned),
        boilerplate_removed=_rate(
            "boilerplate removed", gold.get("boilerplate", {}), cleaned, want_present=False
        ),
        must_keep_kept=_rate("must_keep kept", gold.get("must_keep", {}), cleaned, want_present=True),
        metadata_removed=_rate(
            "metadata lines removed", gold.get("metadata_lines", {}), cleaned, want_present=False
        ),
        fields=tuple(_field(name, gold["articles"], cleaned) for name in FIELDS),
        min_removed=min_removed,
        published_stated=_field("published", _stated(gold["articles"]), cleaned),
        outlet_named=_outlet_named(gold["articles"], _read_sources(gold_path), cleaned),
    )


def _stated(articles: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The gold articles whose publication date the text states (notes that start "UNCERTAIN" do not)."""
    return {
        key: record
        for key, record in articles.items()
        if record.get("published") and not str(record.get("notes", "")).startswith("UNCERTAIN")
    }


def _read_sources(gold_path: Path) -> dict[str, dict[str, Any]]:
    """The ``sources.json`` beside a gold file (realnews: key → url, domain, ``outlet_in_text`` ...), or {}."""
    path = gold_path.parent / "sources.json"
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise InputError(f"cannot read {path} beside the gold file: {err}; fix or remove it") from err
    if not isinstance(data, dict):
        raise InputError(f"{path} is not an object of article keys; fix or remove it")
    return {key: value for key, value in data.items() if isinstance(value, dict)}


def _outlet_named(
    articles: dict[str, dict[str, Any]], sources: dict[str, dict[str, Any]], cleaned: dict[str, Cleaned]
) -> FieldScore | None:
    """``outlet`` matched loosely on the articles whose text names the outlet; None if the gold never says."""
    correct, total, failures = 0, 0, []
    known = False
    for key, record in sorted(articles.items()):
        info = {**sources.get(key, {}), **record}  # the gold's own fields win over sources.json's
        if "outlet_in_text" not in info:
            continue
        known = True
        if not info["outlet_in_text"] or key not in cleaned:
            continue
        total += 1
        got = cleaned[key].metadata.outlet
        if same_outlet(got, info.get("outlet"), domain=str(info.get("domain") or "")):
            correct += 1
        else:
            failures.append(f"{key}: got {got!r}, want {info.get('outlet')!r}")
    if not known:
        return None
    return FieldScore(field="outlet", correct=correct, total=total, failures=tuple(failures))


def _read_gold(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise InputError(f"cannot read gold file {path}: {err}; give the path to seeds.gold.json") from err
    except json.JSONDecodeError as err:
        raise InputError(
            f"{path} is not JSON ({err}); give a gold file in the format of gold/README.md"
        ) from err
    if not isinstance(data, dict) or not isinstance(data.get("articles"), dict):
        raise InputError(f"{path} has no 'articles' object; give a gold file in the format of gold/README.md")
    return data


def _rate(
    name: str, strings: dict[str, list[str]], cleaned: dict[str, Cleaned], *, want_present: bool
) -> RateScore:
    hits, total, failures = 0, 0, []
    for key, items in sorted(strings.items()):
        if key not in cleaned:
            continue
        for item in items:
            total += 1
            if (item in cleaned[key].text) == want_present:
                hits += 1
            else:
                failures.append(f"{key}: {item!r}")
    return RateScore(name=name, hits=hits, total=total, failures=tuple(failures))


def _field(name: str, articles: dict[str, dict[str, Any]], cleaned: dict[str, Cleaned]) -> FieldScore:
    correct, failures = 0, []
    for key, record in sorted(articles.items()):
        if key not in cleaned or name not in record:
            continue
        got: Any = getattr(cleaned[key].metadata, name)
        want: Any = record[name]
        if name == "credited_sources":
            got, want = sorted(set(got)), sorted(set(want or ()))
        if got == want:
            correct += 1
        else:
            failures.append(f"{key}: got {got!r}, want {want!r}")
    total = sum(1 for key, record in articles.items() if key in cleaned and name in record)
    return FieldScore(field=name, correct=correct, total=total, failures=tuple(failures))
