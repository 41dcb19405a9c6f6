"""A story's title: its most recent representative headline, the same in every command and page.

Each headline's fit is its mean similarity (TF-IDF and multilingual embeddings,
:func:`warta.brief.summary.sentence_similarity`) to the articles' opening sentences. Among headlines
within :data:`FIT_MARGIN` of the best fit, the most recently published wins (then the better fit):
an unfolding story is titled by its current state ("... Jadi 12 Orang", not the first "... 9 Orang").
Without headlines, the summary's last (latest) sentence that stands alone (one opening with a
connective or an anaphor, "Sebab, ...", "Bahkan ...", leans on a sentence a title does not show) and is
not a quotation (a title is warta's words about the story, not a speaker's), else
the first article's first, stands in, cut at a word.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.types import Article, SummarySentence

FIT_MARGIN = 0.05
TITLE_CHARS = 120
_QUOTE_MARKS = set("\"“”„‘’'«»")


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 3].rsplit(" ", 1)[0] + "…"


def story_title(articles: Sequence[Article], summary: Sequence[SummarySentence] = ()) -> str:
    """The title of the story made of ``articles``: see the module docstring."""
    titled = [a for a in articles if a.title]
    if len({a.title for a in titled}) == 1:
        return str(titled[0].title)
    if titled:
        from warta.brief.summary import sentence_similarity  # deferred: loads the embedding model

        titles = [str(a.title) for a in titled]
        bodies = [" ".join(a.sentence_texts()[:5]) for a in articles]
        sims = sentence_similarity([*titles, *bodies])
        fit = sims[: len(titles), len(titles) :].mean(axis=1)
        best = float(fit.max())
        close = [i for i in range(len(titled)) if fit[i] >= best - FIT_MARGIN]
        pick = max(close, key=lambda i: (titled[i].published or "", float(fit[i])))
        return titles[pick]
    from warta.brief.standalone import leans_on_context

    # The summary is in chronological order: its last sentence is the story's latest state.
    for sentence in reversed(summary):
        if not leans_on_context(sentence.text) and sentence.text.lstrip()[:1] not in _QUOTE_MARKS:
            return _cut(sentence.text)
    for a in articles:
        first = (a.sentence_texts() or [a.text.strip()])[0].strip()
        if first:
            return _cut(first)
    return "(untitled story)"
