"""What a citation points at, resolved for display: outlet, date, the cited sentence."""

from __future__ import annotations

from dataclasses import dataclass

from warta.types import BriefArticle, Citation, Story

# What a reader sees where an article's outlet is unknown: never its file path.
UNKNOWN_OUTLET = "unknown outlet"


def outlet_label(article: BriefArticle, lang: str = "en") -> str:
    """The outlet to show for ``article``: its outlet, else "unknown outlet" ("media tanpa nama" in id),
    never its source path."""
    if article.outlet:
        return article.outlet
    return UNKNOWN_OUTLET if lang == "en" else "media tanpa nama"


def sources_line(story: Story, lang: str = "en") -> str:
    """ "3 independent sources: A, B and 1 unnamed outlet": every source counted is named or counted;
    in id "3 sumber independen: A, B dan 1 artikel dari media tanpa nama"."""
    count = story.independent_sources
    named = list(story.outlets)
    unnamed = sum(1 for a in story.articles if not a.outlet)
    if lang == "id":
        head = f"{count} sumber independen"
        if not named:
            return f"{head}, media tidak diketahui"
        if unnamed:
            return f"{head}: {', '.join(named)} dan {unnamed} artikel dari media tanpa nama"
        if len(named) < count:
            return f"{head} dari {len(named)} media: {', '.join(named)}"
        return f"{head}: {', '.join(named)}"
    head = f"{count} independent source{'s' if count != 1 else ''}"
    if not named:
        return f"{head}, outlets unknown"
    if unnamed:
        rest = f" and {unnamed} article{'s' if unnamed != 1 else ''} from unnamed outlets"
        return f"{head}: {', '.join(named)}{rest}"
    if len(named) < count:
        return f"{head} from {len(named)} outlet{'s' if len(named) != 1 else ''}: {', '.join(named)}"
    return f"{head}: {', '.join(named)}"


@dataclass(frozen=True)
class ResolvedCitation:
    """A citation with the article it names, ready to show to a reader."""

    citation: Citation
    article: BriefArticle
    quote: str

    @property
    def label(self) -> str:
        """ "Outlet, 2022-01-08" ("unknown outlet, ..." when the outlet is unknown)."""
        who = outlet_label(self.article)
        return f"{who}, {self.article.published}" if self.article.published else who


def resolve(story: Story, citation: Citation) -> ResolvedCitation:
    """Look up a citation's article in ``story`` and cut out the cited text."""
    by_id = {a.id: a for a in story.articles}
    article = by_id[citation.article]
    return ResolvedCitation(citation, article, article.text[citation.start : citation.end])


def counted(n: int, word: str, many: str | None = None) -> str:
    """``1 article``, ``3 articles``, ``2 independent sources``; ``many`` for irregular plurals."""
    return f"{n} {word if n == 1 else (many or word + 's')}"
