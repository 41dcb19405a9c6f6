"""The extractors ``warta eval extraction`` runs side by side, each a callable from HTML to text.

Trafilatura (defaults and ``favor_precision``), readability-lxml (the ``eval`` extra), jusText
(with the union of its stop lists, as trafilatura's fallback uses it: no language is assumed)
and warta's ``extract_html``. The ensemble row is composed from the outputs of warta,
readability-lxml and jusText on the same page (:func:`warta.ingest.html_vote.vote_lines`), so it
is timed as the three runs plus the vote.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Mapping
from functools import cache

import trafilatura

from warta.ingest.html import extract_html
from warta.ingest.html_vote import vote_lines

OURS = "warta"
TRAFILATURA_DEFAULT = "trafilatura (defaults)"
TRAFILATURA_PRECISION = "trafilatura (favor_precision)"
READABILITY = "readability-lxml"
JUSTEXT = "jusText"
ENSEMBLE = "warta + vote (readability, jusText)"

Extractor = Callable[[str], str]


def _trafilatura_default(html: str) -> str:
    return trafilatura.extract(html) or ""


def _trafilatura_precision(html: str) -> str:
    return trafilatura.extract(html, favor_precision=True, include_comments=False) or ""


def _ours(html: str) -> str:
    return extract_html(html).text


def _readability(html: str) -> str:
    from lxml import html as lxml_html
    from readability import Document  # the eval extra's readability-lxml

    try:
        summary = Document(html).summary(html_partial=True)
        return str(lxml_html.fromstring(summary).text_content()).strip()
    except Exception:  # a page readability cannot parse scores as empty, like upstream
        return ""


@cache
def _justext_stoplist() -> frozenset[str]:
    import justext

    return frozenset(word for language in justext.get_stoplists() for word in justext.get_stoplist(language))


def _justext(html: str) -> str:
    import justext

    try:
        paragraphs = justext.justext(html, _justext_stoplist())
    except Exception:  # an unparsable page (or one with no body) scores as empty
        return ""
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _available() -> dict[str, Extractor]:
    systems: dict[str, Extractor] = {
        TRAFILATURA_DEFAULT: _trafilatura_default,
        TRAFILATURA_PRECISION: _trafilatura_precision,
    }
    if importlib.util.find_spec("readability") is not None:
        systems[READABILITY] = _readability
    if importlib.util.find_spec("justext") is not None:
        systems[JUSTEXT] = _justext
    systems[OURS] = _ours
    return systems


SYSTEMS: dict[str, Extractor] = _available()
# The rows whose outputs the ensemble row combines (warta's first: the base text).
ENSEMBLE_INPUTS: tuple[str, ...] = (OURS, READABILITY, JUSTEXT)


def ensemble(outputs: Mapping[str, str]) -> str:
    """warta's text with the heading-shaped lines that readability-lxml and jusText both leave out."""
    return vote_lines(outputs[OURS], [outputs[name] for name in ENSEMBLE_INPUTS[1:]]).text


def has_ensemble() -> bool:
    """Whether every input of the ensemble row is installed."""
    return all(name in SYSTEMS for name in ENSEMBLE_INPUTS)
