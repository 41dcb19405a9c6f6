"""What a brief shows of a story's figure groups: the groups a reader can trust, most important first, and
the outlets × groups matrix (who said which value, who said nothing)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from warta.extract.figure_kinds import CONFIDENT, counts_places, kind_rank
from warta.reconcile.figure_agreement import counts_one_thing
from warta.reconcile.figure_labels import labelled
from warta.types import FigureGroup, FigureValue


@dataclass(frozen=True)
class FactCell:
    """What one outlet said for one figure group: its values, or none when it is silent."""

    outlet: str
    values: tuple[FigureValue, ...]


@dataclass(frozen=True)
class FactRow:
    """One figure group across the outlets."""

    measure: str
    status: str
    role: str | None
    unit: str | None
    cells: tuple[FactCell, ...]
    silent: tuple[str, ...]


@dataclass(frozen=True)
class FactMatrix:
    """Outlets × figure groups: who said which value, and who said nothing."""

    outlets: tuple[str, ...]
    rows: tuple[FactRow, ...]


# Kinds an unsure (model-linked) group may show as, agreeing: those that say what they count, and money:
# two outlets' equal amounts of one story, with counted nouns that agree, are one amount. Left out
# under leave-one-event-out on the dev sets: quantities and durations (package sizes, "1 liter", "25
# jerigen"), all 5 such groups wrong, where the 2 money groups are right (docs/evaluation.md).
_LINKED_OK = CONFIDENT | {"money"}


def shown_groups(groups: Sequence[FigureGroup], *, all_figures: bool = False) -> list[FigureGroup]:
    """The groups a brief shows, most important first: casualties, displaced and arrested, prices and money,
    the rest. Only cross-outlet groups of a readable kind unless ``all_figures``, and no bare count of
    places (kind ``other``: "dua kabupaten", "7 blok hunian" describe the scene, nothing happened to
    them). A kind too loose for a dispute (prices, money, durations, named groups, quantities) shows only
    when its values agree: an old price and a new one, or two funds' amounts, are no update. An unsure
    group (``confident`` False) never shows as a dispute, and shows at all only as an agreeing count of a
    kind that says what it counts, or an agreeing money amount (a group only the pairwise model links: its
    link is a likelihood). A
    group a reader cannot tell the counted thing of (no casualty or arrest kind, no readable counted noun:
    :func:`~warta.reconcile.figure_labels.labelled`) is not shown, nor one whose outlets count different
    things by their counted nouns (:func:`~warta.reconcile.figure_agreement.counts_one_thing`)."""
    keep = [
        g
        for g in groups
        if all_figures
        or (
            g.independent_sources >= 2
            and g.kind is not None
            and not (g.kind == "other" and counts_places(g.measure))
            and (g.kind in CONFIDENT or g.status == "agree")
            and all(v.about_event for v in g.values)
            and (g.confident or (g.kind in _LINKED_OK and g.status == "agree"))
            and labelled(g)
            and counts_one_thing(g)
        )
    ]
    return sorted(keep, key=lambda g: (kind_rank(g.kind), -len(g.values), g.measure))


def outlet_matrix(groups: Sequence[FigureGroup], outlets: Sequence[str]) -> FactMatrix:
    """For each figure group, which outlet said which value and which outlets are silent."""
    order = tuple(dict.fromkeys(outlets))
    rows = []
    for g in groups:
        said: dict[str, list[FigureValue]] = defaultdict(list)
        for v in g.values:
            said[v.outlet or v.article].append(v)
        cells = tuple(FactCell(o, tuple(said.get(o, ()))) for o in order)
        extra = tuple(FactCell(o, tuple(vs)) for o, vs in said.items() if o not in order)
        silent = tuple(o for o in order if o not in said)
        rows.append(FactRow(g.measure, g.status, g.role, g.unit, cells + extra, silent))
    return FactMatrix(order, tuple(rows))
