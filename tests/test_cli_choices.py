"""The parser's plain constants stay equal to the library constants they mirror."""

from __future__ import annotations

from warta import backends
from warta.brief.render import FORMATS as BRIEF_FORMATS
from warta.cli import choices
from warta.reconcile.figures import DEFAULT_JOIN, JOINS
from warta.stories import listing
from warta.web import options


def test_choices_mirror_the_library() -> None:
    assert choices.BRIEF_FORMATS == BRIEF_FORMATS
    assert choices.LISTING_FORMATS == listing.FORMATS
    assert choices.BACKENDS == backends.BACKENDS
    assert choices.LOOPBACK == options.LOOPBACK
    assert choices.FIGURE_JOINS == JOINS
    assert choices.DEFAULT_FIGURE_JOIN == DEFAULT_JOIN
