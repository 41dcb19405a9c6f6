from __future__ import annotations

import pytest

from warta.codec import from_dict, from_json, to_dict, to_json
from warta.errors import InputError
from warta.types import (
    Brief,
    BriefArticle,
    Citation,
    FigureGroup,
    FigureValue,
    Skipped,
    Story,
    SummarySentence,
)


def _brief() -> Brief:
    article = BriefArticle("a1", "x.txt", "Kabar", "Judul", "2025-03-08", "id", ("BBC",), "Teks berita.")
    figure = FigureGroup(
        "korban tewas",
        "agree",
        (
            FigureValue("a1", 12, None, None, "2025-03-08", "12", 0, 2),
            FigureValue("a1", 1.5, "approx", "%", None, "", 3, 4),
        ),
    )
    story = Story(
        "s1",
        "Judul",
        (article,),
        (SummarySentence("Teks berita.", (Citation("a1", 0, 12),)),),
        figures=(figure,),
    )
    return Brief((story,), version="0.1", skipped=(Skipped("y.txt", "empty file", "remove it"),))


def test_brief_round_trips_through_json() -> None:
    brief = _brief()
    assert from_json(Brief, to_json(brief)) == brief


def test_ints_stay_ints_and_floats_stay_floats() -> None:
    values = from_json(Brief, to_json(_brief())).stories[0].figures[0].values
    assert values[0].value == 12 and isinstance(values[0].value, int)
    assert values[1].value == 1.5


def test_contract_fields_are_present() -> None:
    data = to_dict(_brief())
    story = data["stories"][0]
    assert {"id", "title", "articles", "summary"} <= story.keys()
    assert {"id", "source", "outlet", "title", "published", "language", "credited_sources", "text"} <= story[
        "articles"
    ][0].keys()
    assert story["summary"][0]["citations"][0] == {"article": "a1", "start": 0, "end": 12}


def test_unknown_keys_are_ignored_and_missing_defaults_filled() -> None:
    data = to_dict(_brief())
    data["stories"][0]["future_field"] = [1, 2]
    del data["stories"][0]["figures"]
    story = from_dict(Brief, data).stories[0]
    assert story.figures == ()


@pytest.mark.parametrize(
    "text",
    ["not json", '{"stories": 3}', '{"stories": [{"id": "s"}]}', '{"stories": [], "version": 5}'],
)
def test_bad_json_raises_input_error(text: str) -> None:
    with pytest.raises(InputError):
        from_json(Brief, text)
