from __future__ import annotations

from warta.brief.render import render
from warta.brief.render.outdated import dated_note, outdated_day
from warta.types import Brief, BriefArticle, Citation, FigureGroup, FigureValue, Story, SummarySentence

# Invented articles: a toll of 9 on the 13th, 14 on the 15th.
OLD = "Banjir di Watugede menewaskan 9 orang. Warga mengungsi ke balai desa."
NEW = "Korban tewas banjir Watugede bertambah menjadi 14 orang. Hujan masih turun."
DATED = "Hingga Kamis (13/1/2022), 9 orang tewas."


def _story(*summary: SummarySentence) -> Story:
    articles = (
        BriefArticle("a", "/x/a.txt", "Kabar", "Banjir", "2022-01-13", "id", (), OLD + " " + DATED),
        BriefArticle("b", "/x/b.txt", "Warta", "Banjir", "2022-01-15", "id", (), NEW),
    )
    dated_at = len(OLD) + 1
    values = (
        FigureValue("a", 9, None, "orang", "2022-01-13", "9", OLD.index("9"), OLD.index("9") + 1),
        FigureValue("b", 14, None, "orang", "2022-01-15", "14", NEW.index("14"), NEW.index("14") + 2),
        FigureValue(
            "a",
            9,
            None,
            "orang",
            "2022-01-13",
            "9",
            dated_at + DATED.index("9 "),
            dated_at + DATED.index("9 ") + 1,
        ),
    )
    group = FigureGroup("korban tewas", "updated", values, unit="orang", role="killed")
    return Story("s1", "Banjir", articles, summary, figures=(group,), first_published="2022-01-13")


OLD_SENTENCE = SummarySentence(OLD[:38], (Citation("a", 0, 38),))
NEW_SENTENCE = SummarySentence(NEW[:56], (Citation("b", 0, 56),))
SELF_DATED = SummarySentence(DATED, (Citation("a", len(OLD) + 1, len(OLD) + 1 + len(DATED)),))


def test_a_superseded_figure_is_marked_with_its_date_and_the_latest_is_not() -> None:
    story = _story(OLD_SENTENCE, NEW_SENTENCE)
    assert outdated_day(story, OLD_SENTENCE) == "2022-01-13"
    assert outdated_day(story, NEW_SENTENCE) is None
    assert dated_note(story, OLD_SENTENCE, "id") == " (per 13 Januari 2022)"
    assert dated_note(story, OLD_SENTENCE, "en") == " (as of 13 Jan 2022)"


def test_a_sentence_that_names_its_own_day_needs_no_mark() -> None:
    assert outdated_day(_story(SELF_DATED), SELF_DATED) is None


def test_the_mark_is_rendered_and_the_cited_text_is_unchanged() -> None:
    story = _story(OLD_SENTENCE, NEW_SENTENCE)
    md = render(Brief(stories=(story,)), format="md")
    assert f"- {OLD[:38]} (per 13 Januari 2022)[^s1-1]" in md
    assert f"- {NEW[:56]}[^s1-2]" in md
    assert story.summary[0].text == OLD[:38]
    assert "(as of 13 Jan 2022)" in render(Brief(stories=(story,)), format="html", lang="en")
