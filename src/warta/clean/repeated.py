"""Lines an outlet repeats across many of its articles: promo footers and widgets no rule knows yet."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from warta.clean.metadata import match_metadata_line, trailing_tag
from warta.clean.outlets import detect_outlet, match_dateline
from warta.errors import InputError
from warta.types import RawDocument

# A line longer than this is story text even when an outlet repeats it (a boxed explainer, a standard
# background paragraph); promo lines are short.
_MAX_CHARS = 400
_MAX_WORDS = 60


def normalise_line(line: str) -> str:
    """A line as repeated-line matching sees it: whitespace collapsed, case folded."""
    return " ".join(line.split()).casefold()


def _candidate(line: str) -> bool:
    """A line that may be promo: short, and not a metadata line whose value cleaning must read."""
    if len(line) > _MAX_CHARS or len(line.split()) > _MAX_WORDS:
        return False
    dateline = match_dateline(line)
    tag = trailing_tag(line)
    return (
        (dateline is None or dateline.end < len(line))
        and (tag is None or tag.start > 0)
        and match_metadata_line(line) is None
    )


def find_repeated_lines(
    docs: Iterable[RawDocument], *, min_articles: int = 3, min_share: float = 0.3
) -> dict[str, frozenset[str]]:
    """Per outlet, the normalised lines found in at least ``min_articles`` and ``min_share`` of its articles.

    The outlet is ``doc.outlet`` or, failing that, the one the text points to; articles with
    neither are left out, since lines shared across unknown sources say nothing about one portal.
    Pass ``result.get(outlet, frozenset())`` as ``clean(doc, repeated=...)``.
    """
    if min_articles < 2:
        raise InputError(
            f"min_articles={min_articles}: a line must repeat in at least 2 articles; use 2 or more"
        )
    if not 0.0 < min_share <= 1.0:
        raise InputError(f"min_share={min_share}: give a share of an outlet's articles in (0, 1]")
    articles: Counter[str] = Counter()
    seen: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        lines = [ln.strip() for ln in doc.text.splitlines() if ln.strip()]
        outlet = doc.outlet or detect_outlet(lines)
        if outlet is None:
            continue
        articles[outlet] += 1
        seen[outlet].update({normalise_line(ln) for ln in lines if _candidate(ln)})
    result: dict[str, frozenset[str]] = {}
    for outlet, counts in seen.items():
        floor = max(min_articles, min_share * articles[outlet])
        lines_found = frozenset(line for line, n in counts.items() if n >= floor)
        if lines_found:
            result[outlet] = lines_found
    return result
