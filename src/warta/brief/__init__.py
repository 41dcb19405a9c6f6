"""Briefs: a story's title, cited summary and articles, and renderers for Markdown, JSON and HTML.

The names below load on first use (PEP 562), so importing a renderer (``warta.brief.render``) does
not pull in the briefing stack (scipy, the encoder, clustering): ``warta search`` starts faster.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Eager: the renderers are light, and importing the submodule warta.brief.render would otherwise
# bind the name ``render`` to that module instead of the function.
from warta.brief.render import FORMATS, render

if TYPE_CHECKING:
    from warta.brief.build import BriefOptions, build_brief, build_story
    from warta.brief.summary import SummaryOptions, summarize

_HOME = {
    "BriefOptions": "warta.brief.build",
    "build_brief": "warta.brief.build",
    "build_story": "warta.brief.build",
    "SummaryOptions": "warta.brief.summary",
    "summarize": "warta.brief.summary",
}

__all__ = ["FORMATS", "BriefOptions", "SummaryOptions", "build_brief", "build_story", "render", "summarize"]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'warta.brief' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
