"""Entity types on the IndoNLU NER sets (``../shared/data/ner``): how many gold person, place and
organisation names the entity layer finds with the exact span, and of those how many it types right.

NERGrit keeps the text's case (PERSON / PLACE / ORGANISATION); each sentence is read with its tokens
joined by single spaces, so offsets are simple. The *valid* files train the type classifier
(``scripts/train_entity_types.py``); the *test* files are held out and only scored here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from warta.extract.entity_mention import EntityMention

# Gold tags of the two sets, as warta's types; NERP's EVT (events) and FNB (food) have none.
TAG_TYPES = {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG", "PPL": "PER", "PLC": "LOC", "IND": "ORG"}


@dataclass(frozen=True)
class NerSentence:
    """One sentence: its tokens joined by spaces and the gold (start, end, type) spans in it."""

    text: str
    spans: tuple[tuple[int, int, str], ...]


@dataclass(frozen=True)
class NerTypeScore:
    """Gold names, those found with the exact span, and those of them typed right."""

    gold: int
    found: int
    typed: int

    def line(self, label: str) -> str:
        """One printed line of the figures."""
        found = self.found / self.gold if self.gold else 1.0
        typed = self.typed / self.found if self.found else 1.0
        return (
            f"{label}  span found {found:6.1%} ({self.found}/{self.gold})"
            f"  type right of found {typed:6.1%} ({self.typed}/{self.found})"
        )


def read_ner(path: Path) -> Iterator[NerSentence]:
    """The sentences of one IndoNLU ``*_preprocess.txt`` file (token TAB tag lines, blank between)."""
    tokens: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in [*fh, "\n"]:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2 and parts[0]:
                tokens.append((parts[0], parts[1]))
                continue
            if tokens:
                yield _sentence(tokens)
                tokens = []


def _sentence(tokens: Sequence[tuple[str, str]]) -> NerSentence:
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    at = 0
    open_: tuple[int, str] | None = None
    end = 0
    for word, tag in tokens:
        if text_parts:
            at += 1
        prefix, _, label = tag.partition("-")
        if open_ and prefix != "I":
            spans.append((open_[0], end, open_[1]))
            open_ = None
        if prefix == "B" and label in TAG_TYPES:
            open_ = (at, TAG_TYPES[label])
        text_parts.append(word)
        at += len(word)
        end = at
    if open_:
        spans.append((open_[0], end, open_[1]))
    return NerSentence(" ".join(text_parts), tuple(spans))


def score_ner(
    sentences: Sequence[NerSentence], find: Callable[[str], Sequence[EntityMention]]
) -> NerTypeScore:
    """Gold names, found with the exact span by ``find``, and typed right of those."""
    gold = found = typed = 0
    for s in sentences:
        mine = {(m.start, m.end): m.type for m in find(s.text)}
        for start, end, type_ in s.spans:
            gold += 1
            if (start, end) in mine:
                found += 1
                typed += mine[(start, end)] == type_
    return NerTypeScore(gold, found, typed)


def span_types(sentences: Sequence[NerSentence]) -> NerTypeScore:
    """Lower-cased text (NERP): each gold span given, typed by the classifier from its case-free features
    alone (its words, their endings, the words around it, the gazetteer)."""
    from warta.extract.entity_features import mention_features
    from warta.extract.entity_types import CASED_FEATURES, load_model

    model = load_model()
    gold = typed = 0
    for s in sentences:
        for start, end, type_ in s.spans:
            gold += 1
            if model is None:
                continue
            m = EntityMention(start, end, s.text[start:end], type_)
            feats = [f for f in mention_features(s.text, m) if not f.startswith(CASED_FEATURES)]
            scores = model.scores(feats)
            typed += model.classes[max(range(len(scores)), key=scores.__getitem__)] == type_
    return NerTypeScore(gold, gold, typed)


@dataclass(frozen=True)
class NerReport:
    """The printed lines of ``warta eval entities``."""

    lines: tuple[str, ...]
    passed: bool = True

    def render(self) -> str:
        """The report as text."""
        return "\n".join(self.lines)


def evaluate_ner_types(*, shared: Path, english: bool = True, verbose: bool = False) -> NerReport:
    """NERGrit valid (trained on) and test (held out), rules alone and with the classifier; NERP test with
    gold spans given; with ``english``, the types of fresh English news' speakers and subjects per split
    (:mod:`warta.evaluate.entities_en`; ``verbose`` lists its dev misses)."""
    from warta.extract.entities import find_entities, rule_entities

    folder = shared / "data" / "ner"
    lines = []
    passed = True
    for split in ("valid", "test"):
        path = folder / "nergrit" / f"{split}_preprocess.txt"
        if not path.is_file():
            continue
        sentences = list(read_ner(path))
        rules, learned = score_ner(sentences, rule_entities), score_ner(sentences, find_entities)
        lines.append(rules.line(f"nergrit {split:5} rules     "))
        lines.append(learned.line(f"nergrit {split:5} classifier"))
        passed = passed and learned.typed >= rules.typed
    path = folder / "nerp" / "test_preprocess.txt"
    if path.is_file():
        lines.append(span_types(list(read_ner(path))).line("nerp    test  gold spans"))
    if english and (shared / "data" / "timeline" / "t17").is_dir():
        from warta.evaluate.entities_en import english_lines, score_entities_en

        misses: list[str] = []
        lines += english_lines(score_entities_en(shared=shared, misses=misses))
        if verbose:
            lines += misses
    if not lines:
        return NerReport((f"no NER data under {folder}",))
    lines.append(
        f"gate (classifier types at least as many NERGrit names right as the rules): {'PASS' if passed else 'FAIL'}"
    )
    return NerReport(tuple(lines), passed)
