"""Several evaluation reports printed one after the other, with one gate over them all.

``warta eval cleaning`` (gold + synthetic furniture), ``warta eval summary`` (IndoSum + multi-article
stories) and ``warta eval timeline`` (Timeline17 + dated gold entries) each return one of these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class GatedReport(Protocol):
    """A report with a gate."""

    @property
    def passed(self) -> bool: ...

    def render(self) -> str: ...


@dataclass(frozen=True)
class Gates:
    """Reports printed one after the other; passed when every one passes."""

    reports: tuple[GatedReport, ...]

    @property
    def passed(self) -> bool:
        """Every report's gate holds."""
        return all(r.passed for r in self.reports)

    def render(self) -> str:
        """Each report, separated by a blank line."""
        return "\n\n".join(r.render() for r in self.reports)
