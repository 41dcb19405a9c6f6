"""Outlet names compared the way the realnews scorer compares them, for ``warta eval cleaning``.

Gold spells an outlet as its masthead does ("Grid.ID", "detikNews", "BentengSumbar.com"); a reader
that prints "Grid", "Detik" or "Bentengsumbar" has the outlet right. Names are compared after case,
punctuation and a trailing domain ending are dropped; one name inside the other counts when the
name read has at least four letters ("Detik" for "detikJatim"), and so does a label of the page's
host ("Tribunnews" on kaltim.tribunnews.com for "Tribun Kaltim"). This mirrors ``outlet_key``/``outlet_ok`` of
``../shared/data/realnews/score.py`` (a name read must have four letters to match a host label too,
and the two hosts peculiar to other sets are not in ``HOST_NOISE``); it is an evaluation matcher, independent of the outlet reader
(:mod:`warta.clean.outlet_names`), so the eval does not grade the reader by its own spelling rules.
"""

from __future__ import annotations

import re

# Domain endings dropped from the end of a name's key, longest first ("coid" before "co" and "id").
SUFFIXES: tuple[str, ...] = ("com", "coid", "co", "id", "tv", "blog", "net")
# Host labels that name no outlet ("www.detik.com", "amp.suara.com", "news.republika.co.id").
HOST_NOISE: frozenset[str] = frozenset({"www", "amp", "m", "news", "com", "co", "id", "tv", "blog", "net"})
MIN_PART = 4  # the shortest key that may match inside another


def outlet_key(name: str | None) -> str:
    """``name`` lower-cased, letters and digits only, one domain ending dropped ("Grid.ID" → "grid")."""
    key = re.sub(r"[^a-z0-9]", "", (name or "").lower())
    for suffix in SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            key = key[: -len(suffix)]
    return key


def same_outlet(got: str | None, want: str | None, *, domain: str = "") -> bool:
    """Whether the outlet read (``got``) names the gold outlet ``want`` (or the page's host ``domain``)."""
    g, w = outlet_key(got), outlet_key(want)
    if not g:
        return False
    if g == w or (w and len(g) >= MIN_PART and (g in w or w in g)):
        return True
    labels = [label for label in domain.lower().split(".") if label not in HOST_NOISE]
    if len(g) < MIN_PART:  # stricter than score.py, where "Era" matched any host holding "era"
        return False
    return any(len(c) >= MIN_PART and (c in g or g in c.replace("-", "")) for c in labels)
