"""``warta eval quotes``: direct quotes, their kind and their speaker against hand-annotated real news.

Annotation files (``tests/data/quotes/quotes_id.json``: IndoSum; ``quotes_en.json``: Timeline17) hold
article ids with a ``split`` ("dev" | "test") and quotes as offsets into the article's raw text, with
``kind`` ("direct" | "indirect"), ``speaker`` and optionally a cross-outlet ``group``. warta runs on
that raw text, and each split is scored on its own:

- direct recall / precision: a gold direct quote is found when a direct quote of ours overlaps it by
  at least half of the longer of the two spans; a direct quote of ours is right when it so overlaps
  a gold direct quote (one overlapping a gold *indirect* statement, and no gold direct quote, is a
  fabricated quotation: marked words inside a reported statement are a quotation of their own);
- kind accuracy: over gold quotes (either kind) overlapped by any quote of ours, the kind agrees;
- speaker accuracy: over gold direct quotes found, our speaker is the gold one (the same name up to
  its fullest form in the article, or the same role); ``unknown`` matches only ``unknown``;
- merge precision / recall: over pairs of gold quotes in different articles, whether warta's
  canonical quotes join them exactly when the gold gives them one ``group``.

The realnews and seeds gold quotes (``contains`` strings per article) are scored as recall with the
right speaker. **Gate**: on the test split, direct recall and precision ≥ 95%, speaker accuracy ≥ 90%
(id) / ≥ 85% (en); realnews and seeds quotes all found. Each split also prints ``entity type``: the
share of gold PER/ORG speakers the entity layer types right (:mod:`warta.evaluate.quote_entities`).
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.errors import InputError
from warta.evaluate.quote_entities import speaker_typing_counts
from warta.extract.entities import EntityMention, find_entities
from warta.extract.quotes import QuoteMention, find_quotes
from warta.extract.sentences import split_sentences
from warta.reconcile.quotes import merge_quotes

DEFAULT_ANNOTATIONS = tuple(
    Path(__file__).resolve().parents[3] / "tests" / "data" / "quotes" / name
    for name in ("quotes_id.json", "quotes_en.json")
)
GATE_DIRECT = 0.95
GATE_SPEAKER = {"id": 0.90, "en": 0.85}
MIN_OVERLAP = 0.5
_SPLITS = ("dev", "test")


@dataclass(frozen=True)
class SplitScore:
    """The figures of one language and split."""

    language: str
    split: str
    counts: Mapping[str, int]

    def rate(self, hit: str, total: str) -> float:
        return self.counts.get(hit, 0) / self.counts[total] if self.counts.get(total) else 1.0

    @property
    def recall(self) -> float:
        return self.rate("direct_found", "direct_gold")

    @property
    def precision(self) -> float:
        return self.rate("direct_right", "direct_ours")

    @property
    def kind_accuracy(self) -> float:
        return self.rate("kind_right", "kind_seen")

    @property
    def speaker_accuracy(self) -> float:
        return self.rate("speaker_right", "direct_found")

    @property
    def speaker_typing(self) -> float:
        """The share of gold PER/ORG speakers the entity layer names with the right type."""
        return self.rate("speaker_typed", "speaker_entities")

    def line(self) -> str:
        c = self.counts
        merge = (
            f"merge P {self.rate('merge_right', 'merge_ours'):.1%} ({c.get('merge_right', 0)}/{c.get('merge_ours', 0)})"
            f" R {self.rate('merge_found', 'merge_gold'):.1%} ({c.get('merge_found', 0)}/{c.get('merge_gold', 0)})"
        )
        return (
            f"{self.language} {self.split:<4} direct recall {self.recall:6.1%} ({c.get('direct_found', 0)}/"
            f"{c.get('direct_gold', 0)})  precision {self.precision:6.1%} ({c.get('direct_right', 0)}/"
            f"{c.get('direct_ours', 0)})  kind {self.kind_accuracy:6.1%} ({c.get('kind_right', 0)}/"
            f"{c.get('kind_seen', 0)})  speaker {self.speaker_accuracy:6.1%} ({c.get('speaker_right', 0)}/"
            f"{c.get('direct_found', 0)})  indirect-as-direct {c.get('indirect_as_direct', 0)}  {merge}"
            f"  entity type {self.speaker_typing:6.1%} ({c.get('speaker_typed', 0)}/{c.get('speaker_entities', 0)})"
        )


@dataclass(frozen=True)
class QuotesReport:
    """Every split's figures, the contains-gold figures, and the misses for a reader to look at."""

    splits: tuple[SplitScore, ...]
    contains: Mapping[str, tuple[int, int, int]]  # gold set -> (found, right speaker, required)
    misses: tuple[str, ...] = field(default=())

    @property
    def passed(self) -> bool:
        held_out = [s for s in self.splits if s.split == "test"]
        scores_ok = all(
            s.recall >= GATE_DIRECT
            and s.precision >= GATE_DIRECT
            and s.speaker_accuracy >= GATE_SPEAKER.get(s.language, 0.85)
            for s in held_out
        )
        return scores_ok and all(found == total for found, _, total in self.contains.values())

    def render(self) -> str:
        lines = [s.line() for s in self.splits]
        for name, (found, right, total) in self.contains.items():
            lines.append(f"{name}: quotes found {found}/{total}, right speaker {right}/{total}")
        lines.append(f"gate (test: direct ≥ {GATE_DIRECT:.0%}, speaker id/en ≥ 90%/85%; gold sets all found): "
                     + ("PASS" if self.passed else "FAIL"))  # fmt: skip
        lines += [f"  {m}" for m in self.misses]
        return "\n".join(lines)


def normalize_name(name: str) -> str:
    """A spelling-insensitive form of a speaker: no accents or punctuation, lower case, single spaces."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", bare).casefold().split())


_ROLE_LEAD = re.compile(r"^(?:a|an|the|one|seorang|salah seorang|salah satu|sang|para)\s+")


def same_speaker(ours: str | None, gold: str | None, aliases: Iterable[str] = ()) -> bool:
    """Whether our speaker is the gold one: equal, an alias, or one name's words all inside the other's."""
    if not gold or normalize_name(gold) in ("unknown", ""):
        return not ours
    if not ours:
        return False
    a, b = _ROLE_LEAD.sub("", normalize_name(ours)), _ROLE_LEAD.sub("", normalize_name(gold))
    if a == b or a in {normalize_name(x) for x in aliases}:
        return True
    wa, wb = set(a.split()), set(b.split())
    return bool(wa) and (wa <= wb or wb <= wa)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """The shared length of two spans over the longer one."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, shared) / max(1, a[1] - a[0], b[1] - b[0])


def quotes_of(
    text: str, language: str, entities: Sequence[EntityMention] | None = None
) -> list[QuoteMention]:
    """warta's quotes in one raw text (``entities``: its mentions, when already found)."""
    return find_quotes(
        text,
        split_sentences(text, language=language),
        entities=find_entities(text, language=language) if entities is None else entities,
        language=language,
    )


def load_texts(annotations: Mapping[str, Any], shared: Path) -> dict[str, str]:
    """The raw text of every annotated article, read in place from ``shared``."""
    articles: Mapping[str, Any] = annotations["articles"]
    if annotations.get("language") == "en":
        out: dict[str, str] = {}
        by_topic: dict[str, list[str]] = {}
        for key, meta in articles.items():
            by_topic.setdefault(meta["topic"], []).append(key)
        for topic, keys in by_topic.items():
            path = shared / "data" / "timeline" / "t17" / topic / "articles.json.gz"
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                docs = {str(d["uid"]): d["text"] for d in json.load(fh)}
            out.update({k: docs[str(articles[k]["uid"])] for k in keys})
        return out
    wanted = set(articles)
    texts = {}
    with (shared / "data" / "indosum" / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["id"] in wanted:
                texts[doc["id"]] = doc["text"]
    return texts


def score_split(
    language: str,
    split: str,
    gold: Sequence[Mapping[str, Any]],
    ours: Mapping[str, Sequence[QuoteMention]],
    misses: list[str],
    events: Mapping[str, str],
) -> SplitScore:
    """Recall, precision, kind and speaker counts of one split (articles in ``ours``)."""
    counts: dict[str, int] = {}

    def add(key: str, n: int = 1) -> None:
        counts[key] = counts.get(key, 0) + n

    by_article: dict[str, list[Mapping[str, Any]]] = {}
    for g in gold:
        by_article.setdefault(g["article"], []).append(g)
    for art, found in ours.items():
        golds = by_article.get(art, [])

        for g in golds:
            span = (g["start"], g["end"])
            hits = [q for q in found if overlap((q.start, q.end), span) >= MIN_OVERLAP]
            if hits:
                add("kind_seen")
                add("kind_right", any(q.kind == g["kind"] for q in hits))
            if g["kind"] != "direct":
                add(
                    "indirect_as_direct", any(q.kind == "direct" and not _gold_direct(q, golds) for q in hits)
                )
                continue
            add("direct_gold")
            direct = [q for q in hits if q.kind == "direct"]
            if not direct:
                misses.append(f"{language}/{split} missed {art} {span} ({g.get('speaker')})")
                continue
            add("direct_found")
            q = direct[0]
            right = same_speaker(q.speaker_name or q.speaker, g.get("speaker"))
            add("speaker_right", right)
            if not right:
                misses.append(
                    f"{language}/{split} speaker {art} {span}: ours {q.speaker_name!r}, gold {g.get('speaker')!r}"
                )
        for q in found:
            if q.kind != "direct":
                continue
            add("direct_ours")
            right = _gold_direct(q, golds)
            add("direct_right", right)
            if not right:
                misses.append(f"{language}/{split} extra {art} ({q.start}, {q.end}) {q.text[:60]!r}")
    for key, n in _merge_counts(gold, ours, events).items():
        add(key, n)
    return SplitScore(language, split, counts)


def _gold_direct(q: QuoteMention, golds: Sequence[Mapping[str, Any]]) -> bool:
    """Our quote overlaps a gold direct quote: marked words inside a reported statement ("X said the
    ride had begun as a "little cycle …"") are a quotation of their own, not the statement in marks."""
    return any(
        g["kind"] == "direct" and overlap((q.start, q.end), (g["start"], g["end"])) >= MIN_OVERLAP
        for g in golds
    )


def _merge_counts(
    gold: Sequence[Mapping[str, Any]], ours: Mapping[str, Sequence[QuoteMention]], events: Mapping[str, str]
) -> dict[str, int]:
    """Pairs of gold quotes in different articles of one event: joined by warta vs grouped by the gold."""
    counts = {"merge_gold": 0, "merge_found": 0, "merge_ours": 0, "merge_right": 0}
    by_event: dict[str, list[str]] = {}
    for art in ours:
        by_event.setdefault(events.get(art, art), []).append(art)
    for arts in by_event.values():
        if len(arts) < 2:
            continue
        records = merge_quotes({a: ours[a] for a in arts})
        record_of = {(c.article, c.start, c.end): i for i, r in enumerate(records) for c in r.citations}
        placed = []
        for g in gold:
            if g["article"] not in arts:
                continue
            hits = [
                q
                for q in ours[g["article"]]
                if overlap((q.start, q.end), (g["start"], g["end"])) >= MIN_OVERLAP
            ]
            rec = record_of.get((g["article"], hits[0].start, hits[0].end)) if hits else None
            placed.append((g["article"], g.get("group"), rec))
        for i, (art_a, group_a, rec_a) in enumerate(placed):
            for art_b, group_b, rec_b in placed[i + 1 :]:
                if art_a == art_b:
                    continue
                same_gold = group_a is not None and group_a == group_b
                same_ours = rec_a is not None and rec_a == rec_b
                counts["merge_gold"] += same_gold
                counts["merge_found"] += same_gold and same_ours
                counts["merge_ours"] += same_ours
                counts["merge_right"] += same_gold and same_ours
    return counts


def evaluate_annotations(path: Path, *, shared: Path, misses: list[str]) -> list[SplitScore]:
    """Score one annotation file, per split."""
    if not path.is_file():
        raise InputError(f"{path}: no such annotation file; pass the quote annotation JSON files to score")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    language = data.get("language", "id")
    texts = load_texts(data, shared)
    entities = {art: find_entities(text, language=language) for art, text in texts.items()}
    ours = {art: quotes_of(text, language, entities[art]) for art, text in texts.items()}
    out = []
    for split in _SPLITS:
        arts = {a for a, meta in data["articles"].items() if meta.get("split") == split}
        gold = [g for g in data["quotes"] if g["article"] in arts]
        events = {a: meta.get("event") or meta.get("topic") or a for a, meta in data["articles"].items()}
        mine = {a: ours[a] for a in sorted(arts) if a in ours}
        score = score_split(language, split, gold, mine, misses, events)
        mentions = {a: entities[a] for a in mine}
        typing = speaker_typing_counts(gold, mentions, misses, f"{language}/{split}")
        out.append(SplitScore(language, split, {**score.counts, **typing}))
    return out


def score_contains(
    gold: Mapping[str, Any], texts: Mapping[str, str], misses: list[str]
) -> tuple[int, int, int]:
    """A contract-format gold's quotes: how many (quote, article) pairs we find, and with the right speaker.

    The speaker is the one the brief shows: the quote's own, or that of the canonical quote it joins
    across the outlets of its gold story (a "spokesman" in one outlet named in another).
    """
    aliases = {e["name"]: e.get("aliases", []) for e in gold.get("entities", [])}
    found = right = total = 0
    ours = {
        art: quotes_of(text, gold["articles"][art].get("language") or "id") for art, text in texts.items()
    }
    canonical = _canonical_speakers(ours, gold.get("stories") or [[art] for art in ours])
    for q in gold.get("quotes", []):
        if q.get("optional"):
            continue
        for art in q["articles"]:
            contains = q["contains"]
            needles = (
                [contains]
                if isinstance(contains, str)
                else [c["text"] for c in contains if c["article"] == art]
            )
            total += 1
            hits = [
                m
                for m in ours.get(art, [])
                if m.kind == "direct" and any(_inside(n, m.text) for n in needles)
            ]
            if not hits:
                misses.append(f"gold quote not found: {q['speaker']} in {art}: {needles[0][:50]!r}")
                continue
            found += 1
            good = any(
                same_speaker(name, q["speaker"], aliases.get(q["speaker"], ()))
                for m in hits
                for name in (m.speaker_name or m.speaker, *canonical.get((art, m.start, m.end), ()))
            )
            right += good
            if not good:
                misses.append(
                    f"gold quote speaker: {q['speaker']} in {art}: ours {[m.speaker for m in hits]}"
                )
    return found, right, total


def _canonical_speakers(
    ours: Mapping[str, Sequence[QuoteMention]], stories: Sequence[Sequence[str]]
) -> dict[tuple[str, int, int], tuple[str]]:
    """Per quote (article, start, end): the named speaker of the canonical quote it joins in its story."""
    out: dict[tuple[str, int, int], tuple[str]] = {}
    for story in stories:
        mine = {art: ours[art] for art in story if art in ours}
        by_span = {(art, q.start, q.end): q for art, quotes in mine.items() for q in quotes}
        for record in merge_quotes(mine):
            spans = [(c.article, c.start, c.end) for c in record.citations]
            if record.speaker and any(by_span[k].named for k in spans if k in by_span):
                out.update(dict.fromkeys(spans, (record.speaker,)))
    return out


def _inside(needle: str, text: str) -> bool:
    return " ".join(needle.split()) in " ".join(text.split())


def evaluate_quotes(*, shared: Path, annotations: Sequence[Path], verbose: bool = False) -> QuotesReport:
    """Score the annotation files and the realnews and seeds gold quotes."""
    misses: list[str] = []
    splits: list[SplitScore] = []
    for path in annotations:
        splits += evaluate_annotations(path, shared=shared, misses=misses)
    contains: dict[str, tuple[int, int, int]] = {}
    realnews = shared / "data" / "realnews"
    if (realnews / "gold.json").is_file():
        gold = json.loads((realnews / "gold.json").read_text(encoding="utf-8"))
        texts = {
            k: (realnews / "articles" / f"{v['file']}.txt").read_text(encoding="utf-8")
            for k, v in gold["articles"].items()
        }
        contains["realnews"] = score_contains(gold, texts, misses)
    seeds_gold = shared / "gold" / "seeds.gold.json"
    if seeds_gold.is_file():
        gold = json.loads(seeds_gold.read_text(encoding="utf-8"))
        texts = {
            k: (shared / "seeds" / v["file"]).read_text(encoding="utf-8") for k, v in gold["articles"].items()
        }
        contains["seeds"] = score_contains(gold, texts, misses)
    return QuotesReport(tuple(splits), contains, tuple(misses) if verbose else ())
