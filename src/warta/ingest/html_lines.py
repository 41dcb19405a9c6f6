"""Line-level clean-up of extracted main text: the repeated headline and boilerplate lines.

Each rule is a named pattern over one whole line, so what is dropped can be reported back as a
:class:`warta.types.Removal`. Patterns are anchored on the phrasing of widgets (share, follow,
newsletter, related links, reading time, credits), never on a sentence's topic, and cover the
English phrasing trafilatura leaves in plus the Indonesian one of local portals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.types import Removal

_LEAD = r"^[\s\W]*"  # bullets, brackets and stray symbols before a widget's label


@dataclass(frozen=True)
class LineRule:
    """A named pattern that marks a whole line as boilerplate of one kind."""

    name: str
    kind: str
    pattern: re.Pattern[str]


def _rule(name: str, kind: str, regex: str) -> LineRule:
    return LineRule(name, kind, re.compile(regex, re.IGNORECASE))


LINE_RULES: tuple[LineRule, ...] = (
    _rule(
        "related-link",
        "boilerplate",
        _LEAD + r"(?:related(?: post| stories| articles?)?|read more|see more|see also|also on \S+"
        r"|also read|more|also|baca(?: juga)?|simak(?: juga)?|lihat juga|tonton juga|leia também)"
        r"\s*(?::|\||$)",
    ),
    _rule(
        "widget-label",
        "boilerplate",
        _LEAD + r"(?:comments?|\d+ comments?|tags?|topics?|filed under|you (?:may|might) also like"
        r"|most read(?: in [\w ]+)?|most popular|trending|don'?t miss|recommended"
        r"|share(?: this)?(?: article| story)?"
        r"|print article|order reprints|text size|advertisement|scroll to continue with content"
        r"|something to consider|thank you|by)\W*$",
    ),
    _rule(
        "label-list",
        "boilerplate",
        _LEAD + r"(?:tags?|topics?|filed under|categor(?:y|ies)|kategori)\s*:.*$",
    ),
    _rule(
        "reading-time",
        "metadata",
        _LEAD + r"(?:tempo de leitura|reading time|waktu baca|\d+\s*min(?:ute)?s? read)\b.{0,20}$",
    ),
    _rule(
        "follow-us",
        "boilerplate",
        _LEAD + r"(?:follow (?:us|him|her|them|@?\w+(?: \w+){0,4}) on (?:twitter|facebook|instagram)"
        r"|ikuti (?:kami|berita)[^.]{0,60}(?:twitter|facebook|instagram|google news|whatsapp|telegram))",
    ),
    _rule(
        "newsletter",
        "boilerplate",
        r"(?:\bsubscribe to\b[^.]{0,60}\bnewsletters?\b|\bsign up\b[^.]{0,80}\bnewsletter\b"
        r"|\bdelivered to your inbox\b|\bright in your inbox\b|\bnewsletter\W*$)",
    ),
    _rule(
        "share-prompt",
        "boilerplate",
        r"(?:\bshare it with a friend\b|\blike this (?:story|article)\?|\bif you enjoyed this article\b"
        r"|\bthis copy is for your personal, non-commercial use\b|\ban error has occurred, please try again\b"
        r"|\bthis article has been sent to\b|^tell us what you think|^leave a comment|^have your say"
        r"|^(?:simak|saksikan|tonton|lihat)\s+(?:juga\s+)?video\b|^dapatkan (?:update )?berita\b)",
    ),
    # An unrendered CMS shortcode such as ``[button link=...]...[/button]``.
    _rule("shortcode", "boilerplate", r"\[(\w+)\b[^\]]*=[^\]]*\].*\[/\1\]"),
    _rule("copyright", "boilerplate", _LEAD + r"(?:copyright|©)\s.{0,80}$"),
    _rule(
        "credit",
        "metadata",
        r"(?:^\(?(?:additional )?reporting by\b.{0,300}$"
        r"|\bcontributed (?:to )?(?:this )?report(?:ing)?\b.{0,40}$"
        r"|^(?:write to|email|reach) [^.]{0,80}\bat \S+@\S+.{0,160}$)",
    ),
    _rule(
        "dateline-stamp",
        "metadata",
        r"^\W*(?:(?:updated|published|diperbarui|diterbitkan)\b[^.]{0,30}\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\.?"
        r"|[\w ,.-]{0,40}\d{4}\W{1,4}(?:às\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]m|wib|wita|wit|amt|\w{2,4}t))?"
        r"|\d{1,2}[:.]\d{2}\s*(?:[ap]m)\s+\w{2,4}\s+\d{1,2}/\d{1,2}/\d{2,4}(?: by [\w .'-]{2,60})?)\W*$",
    ),
)

_RELATED_ITEM = LineRule("related-item", "boilerplate", re.compile(r"^"))
_RELATED_RULES = frozenset({"related-link", "widget-label", "related-item"})
_LIST_ITEM = re.compile(r"^\s*[-•*]\s")
_SENTENCE_END = re.compile(r"[.!?:;\"”’…)]\W*$")
_MAX_HEADING_WORDS = 20
_MIN_DECK_WORDS = 5
# Share of the title's words a reworded headline repeats.
_HEADLINE_OVERLAP = 0.6
# Words a headline line may carry beyond the title (site name, section, "| Photos").
_HEADLINE_EXTRA_WORDS = 6
# A promo or kicker above the headline pushes it down a line or two.
_HEADLINE_SEARCH_LINES = 4

_CLICK_TO_TWEET = re.compile(r"\s*click to tweet\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class CleanedLines:
    """Text left after line clean-up and what was dropped from it."""

    text: str
    removed: tuple[Removal, ...]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def looks_like_heading(line: str) -> bool:
    """A short line that does not end like a sentence."""
    return 0 < len(_words(line)) <= _MAX_HEADING_WORDS and not _SENTENCE_END.search(line)


def _is_headline(line: str, title: str | None) -> bool:
    """Whether ``line`` restates the page title (the same headline, or a close rewording of it)."""
    words, title_words = _words(line), _words(title or "")
    if not words or not title_words or len(words) > len(title_words) + _HEADLINE_EXTRA_WORDS:
        return False
    if " ".join(title_words) in f" {' '.join(words)} " or (
        len(words) >= 4 and f" {' '.join(words)} " in f" {' '.join(title_words)} "
    ):
        return True
    shared = set(words) & set(title_words)
    return looks_like_heading(line) and len(shared) >= _HEADLINE_OVERLAP * len(set(title_words))


def _is_deck(line: str) -> bool:
    """A standfirst under the headline: heading-shaped, several words, not a shouted section label."""
    return looks_like_heading(line) and len(_words(line)) >= _MIN_DECK_WORDS and not line.isupper()


def _headline_at(lines: list[str], title: str | None) -> int | None:
    """Where the headline is restated: the first line (even reworded), or the exact title a little lower."""
    if not lines or not title:
        return None
    if _is_headline(lines[0], title):
        return 0
    title_words = _words(title)
    for at in range(1, min(len(lines), _HEADLINE_SEARCH_LINES)):
        if _words(lines[at]) == title_words:
            return at
    return None


def match_rule(line: str) -> LineRule | None:
    """The first rule that marks ``line`` as boilerplate, if any."""
    stripped = line.strip()
    if not stripped:
        return None
    for rule in LINE_RULES:
        if rule.pattern.search(stripped):
            return rule
    return None


def clean_lines(text: str, *, title: str | None = None) -> CleanedLines:
    """``text`` without a leading restated headline (and deck) and without boilerplate lines.

    A line announcing related links also takes the heading-shaped lines listed under it.
    """
    kept: list[str] = []
    removed: list[Removal] = []
    lines = text.split("\n")
    at = _headline_at(lines, title)
    if at is not None:
        removed.append(Removal(lines[at], "headline", "title"))
        lines = lines[:at] + lines[at + 1 :]
        if len(lines) > at and _is_deck(lines[at]):
            removed.append(Removal(lines[at], "deck", "title"))
            lines = lines[:at] + lines[at + 1 :]
    in_related = False
    for line in lines:
        rule = match_rule(line)
        if rule is None and in_related and (looks_like_heading(line) or _LIST_ITEM.match(line)):
            rule = _RELATED_ITEM
        in_related = rule is not None and rule.name in _RELATED_RULES
        if rule is not None:
            removed.append(Removal(line, rule.name, rule.kind))
            continue
        kept.append(_CLICK_TO_TWEET.sub("", line))
    return CleanedLines("\n".join(kept).strip(), tuple(removed))
