"""Line voting between extractors: drop the heading-shaped lines no other extractor keeps.

An ensemble in the manner of Bevendorff et al. (2023, "An Empirical Comparison of Web Content
Extraction Algorithms"), who keep a token when most extractors' outputs hold it in the same
n-gram context. Here the base text is warta's (lines, with its repairs and clean-up) and the
others (readability-lxml, jusText) vote on each line: a token counts as kept by another extractor
when a 4-token window around it occurs in that extractor's text, and a line is dropped when every
other extractor keeps under ``min_share`` of its tokens. Only heading-shaped lines are put to the
vote, never list or table items: readability and jusText model paragraphs, so their silence on a
list, a table or an embedded post says nothing (voting on every line cost 0.003 F1 on the dev half
of the Scrapinghub pages). An extractor with no text at all abstains (jusText's stop words do not
work on unspaced scripts).

Measured on Scrapinghub (``warta eval extraction``): the vote changes F1 by under 0.001 on either
half, so ``extract_html`` does not use it; the eval reports it beside warta for other sets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.ingest.html_lines import looks_like_heading
from warta.types import Removal

_TOKEN = re.compile(r"\w+")
_WINDOW = 4
# Lines of lists and tables (as trafilatura writes them) are never voted on.
_STRUCTURED_LINE = re.compile(r"^\s*(?:[-•*|]|—)\s")
DEFAULT_MIN_SHARE = 0.3


@dataclass(frozen=True)
class VotedText:
    """The base text after the vote, and the lines the vote dropped."""

    text: str
    removed: tuple[Removal, ...]


def _windows(text: str) -> set[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return {tuple(tokens[i : i + _WINDOW]) for i in range(len(tokens) - _WINDOW + 1)}


def kept_shares(lines: Sequence[str], other: str) -> list[float]:
    """Per line, the share of its tokens that ``other`` holds in some 4-token window around them."""
    windows = _windows(other)
    tokens: list[str] = []
    owners: list[int] = []
    for at, line in enumerate(lines):
        found = _TOKEN.findall(line)
        tokens.extend(found)
        owners.extend([at] * len(found))
    hit = [False] * len(tokens)
    for start in range(len(tokens) - _WINDOW + 1):
        if tuple(tokens[start : start + _WINDOW]) in windows:
            hit[start : start + _WINDOW] = [True] * _WINDOW
    kept = [0] * len(lines)
    total = [0] * len(lines)
    for owner, was_hit in zip(owners, hit, strict=True):
        total[owner] += 1
        kept[owner] += was_hit
    return [kept[i] / total[i] if total[i] else 1.0 for i in range(len(lines))]


def vote_lines(text: str, others: Sequence[str], *, min_share: float = DEFAULT_MIN_SHARE) -> VotedText:
    """``text`` without the heading-shaped lines that every (non-empty) text in ``others`` leaves out."""
    voters = [other for other in others if other.strip()]
    if not voters or not text:
        return VotedText(text, ())
    lines = text.split("\n")
    shares = [kept_shares(lines, other) for other in voters]
    kept: list[str] = []
    removed: list[Removal] = []
    for at, line in enumerate(lines):
        votable = looks_like_heading(line) and not _STRUCTURED_LINE.match(line)
        if votable and all(share[at] < min_share for share in shares):
            removed.append(Removal(line, "ensemble-vote", "boilerplate"))
        else:
            kept.append(line)
    return VotedText("\n".join(kept), tuple(removed))
