"""Briefs: a story's title, cited summary and articles, and renderers for Markdown, JSON and HTML."""

from __future__ import annotations

from warta.brief.build import BriefOptions, build_brief, build_story
from warta.brief.render import FORMATS, render
from warta.brief.summary import SummaryOptions, summarize

__all__ = ["FORMATS", "BriefOptions", "SummaryOptions", "build_brief", "build_story", "render", "summarize"]
