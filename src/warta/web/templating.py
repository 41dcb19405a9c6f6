"""The page templates: Jinja2 with autoescaping on, loaded once from the package."""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2

from warta.web.display import date_range, snippet_segments


@cache
def environment() -> jinja2.Environment:
    """The shared template environment; every ``{{ }}`` is HTML-escaped (article text is untrusted)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("warta.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["date_range"] = date_range
    env.globals["snippet_segments"] = snippet_segments
    return env


def render(name: str, **context: Any) -> str:
    """Render template ``name`` with ``context``."""
    return environment().get_template(name).render(**context)
