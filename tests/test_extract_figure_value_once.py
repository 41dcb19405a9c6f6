"""A figure's brief value is made once and kept outside its fields: equality, hashing, pickling, JSON and
``replace`` see the same figure as before."""

from __future__ import annotations

import dataclasses
import pickle

from warta.codec import to_json
from warta.extract.figures import find_figures


def test_value_made_once_changes_nothing_else() -> None:
    text = "Sebanyak 44 orang tewas dalam banjir itu. Sebelumnya 41 orang dilaporkan hilang."
    fresh = find_figures(text, [], article="a1", language="id")
    assert fresh
    again = find_figures(text, [], article="a1", language="id")
    before = [to_json(f) for f in again]
    for f in again:
        assert f.value() is f.value()  # made once
        assert f.value() == dataclasses.replace(f).value()
    assert again == fresh and [hash(f) for f in again] == [hash(f) for f in fresh]
    assert [to_json(f) for f in again] == before
    assert pickle.loads(pickle.dumps(again)) == fresh
