from __future__ import annotations

from factories import make_article
from warta.api import read_articles, sample_path
from warta.brief.build import build_brief
from warta.brief.title import story_title
from warta.stories.listing import find_stories

# Invented headlines of one unfolding flood story.
BODY = "Banjir bandang merendam enam desa di Kabupaten Sukamaju setelah sungai meluap."


def test_the_most_recent_representative_headline_wins() -> None:
    first = make_article(
        "a", BODY, published="2025-03-05", title="Banjir Sukamaju: Korban Meninggal Jadi 9 Orang"
    )
    later = make_article(
        "b", BODY, published="2025-03-07", title="Banjir Sukamaju: Korban Meninggal Jadi 12 Orang"
    )
    assert story_title([first, later]) == later.title
    assert story_title([later, first]) == later.title


def test_an_off_topic_headline_does_not_win_by_being_recent() -> None:
    first = make_article(
        "a", BODY, published="2025-03-05", title="Banjir Bandang Merendam Enam Desa di Sukamaju"
    )
    later = make_article("b", BODY, published="2025-03-07", title="Berita Ekbis Terkini Hari Ini")
    assert story_title([first, later]) == first.title


def test_stories_and_brief_give_the_same_titles() -> None:
    articles = read_articles([sample_path() / "news"]).articles
    listed = {frozenset(s.articles): s.title for s in find_stories(articles)}
    briefed = {frozenset(a.id for a in s.articles): s.title for s in build_brief(articles).stories}
    assert listed == briefed


def test_without_headlines_the_title_is_a_sentence_that_stands_alone() -> None:
    """A summary sentence that leans on an earlier one ("Sebab, ...") or is a quotation is no title."""
    from warta.brief.title import story_title
    from warta.types import SummarySentence

    summary = (
        SummarySentence("Banjir merendam tiga desa di Kabupaten Lereng pada Senin.", ()),
        SummarySentence("Sebab, warga khawatir air naik lagi.", ()),
        SummarySentence("“Kami mengungsi sejak pagi,” kata seorang warga.", ()),
    )
    assert story_title([], summary) == "Banjir merendam tiga desa di Kabupaten Lereng pada Senin."
