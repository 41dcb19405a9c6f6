"""An in-memory archive and hand-written (fictional) stories for the web tests, plus checks of the fake.

The web tests import from here; the fake implements the same read contract as warta.store's Archive.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factories import make_article
from warta.brief.build import brief_article
from warta.store.reader import ArchiveReader
from warta.store.views import AddResult, SearchFilters, SearchHit, StoryRow
from warta.types import (
    Article,
    Citation,
    EntityRecord,
    FigureGroup,
    FigureValue,
    QuoteRecord,
    RawDocument,
    Story,
    SummarySentence,
    TimelineEntry,
)

FLOOD = [
    (
        "a1",
        "Kabar Lereng",
        "2031-03-04",
        "Banjir bandang landa Lereng Sari",
        "Banjir bandang melanda Kota Lereng Sari pada Selasa malam. Sebanyak 12 orang tewas. "
        'Bupati Rara Wening mengatakan, "Kami membuka dapur umum di balai desa." '
        "Sekitar 300 warga mengungsi ke sekolah.",
    ),
    (
        "a2",
        "Warta Timur",
        "2031-03-05",
        "Korban banjir Lereng Sari bertambah",
        "Korban tewas banjir di Lereng Sari menjadi 14 orang. Jumlah pengungsi naik menjadi 450 orang. "
        '"Kami membuka dapur umum di balai desa," kata Rara Wening.',
    ),
    (
        "a3",
        "Suara Pesisir",
        "2031-03-05",
        "Lereng Sari flood leaves 12 dead",
        "A flash flood hit Lereng Sari on Tuesday night. Twelve people died, officials said. "
        "Some 40 houses were damaged.",
    ),
]

HOSTILE_TITLE = '<script>alert("t")</script> Gempa <img src=x onerror=alert(1)>'
HOSTILE_TEXT = (
    'Gempa mengguncang Kota Tanjung Awan. <img src=x onerror="alert(1)"> '
    '<a href="javascript:alert(2)">klik di sini</a> dan <script>document.title="pwned"</script>. '
    "Sebanyak 3 rumah rusak."
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _cite(article: Article, part: str) -> Citation:
    start, end = _span(article.text, part)
    return Citation(article.id, start, end)


def _value(article: Article, part: str, value: float, *, as_of: str | None = None) -> FigureValue:
    start, end = _span(article.text, part)
    return FigureValue(article.id, value, None, "orang", as_of, part, start, end, outlet=article.outlet)


def flood_articles() -> list[Article]:
    """Three fictional articles about one flood, from three outlets."""
    return [make_article(i, t, outlet=o, published=p, title=h) for i, o, p, h, t in FLOOD]


def flood_story() -> Story:
    """A fictional story with every part the page shows: summary, facts, timeline, quotes, entities."""
    a1, a2, a3 = flood_articles()
    quote = "Kami membuka dapur umum di balai desa."
    return Story(
        id="sflood",
        title="Banjir bandang landa Lereng Sari",
        articles=tuple(brief_article(a) for a in (a1, a2, a3)),
        summary=(
            SummarySentence(
                "Banjir bandang melanda Kota Lereng Sari pada Selasa malam.",
                (
                    _cite(a1, "Banjir bandang melanda Kota Lereng Sari pada Selasa malam."),
                    _cite(a3, "A flash flood hit Lereng Sari on Tuesday night."),
                ),
            ),
            SummarySentence(
                "Korban tewas banjir di Lereng Sari menjadi 14 orang.",
                (_cite(a2, "Korban tewas banjir di Lereng Sari menjadi 14 orang."),),
            ),
        ),
        first_published="2031-03-04",
        last_published="2031-03-05",
        outlets=("Kabar Lereng", "Warta Timur", "Suara Pesisir"),
        independent_sources=3,
        figures=(
            FigureGroup(
                "tewas",
                "conflict",
                (_value(a1, "12 orang", 12), _value(a2, "14 orang", 14)),
                unit="orang",
                role="killed",
                independent_sources=2,
            ),
            FigureGroup(
                "pengungsi",
                "updated",
                (
                    _value(a1, "300 warga", 300, as_of="2031-03-04"),
                    _value(a2, "450 orang", 450, as_of="2031-03-05"),
                ),
                unit="orang",
                role="evacuated",
                independent_sources=2,
            ),
            FigureGroup("rumah rusak", "single", (_value(a3, "40 houses", 40),), role="damaged"),
        ),
        quotes=(
            QuoteRecord(
                "Rara Wening",
                quote,
                ("a1", "a2"),
                (_cite(a1, quote), _cite(a2, "Kami membuka dapur umum di balai desa,")),
                variants=(quote, "Kami membuka dapur umum di balai desa,"),
            ),
        ),
        entities=(
            EntityRecord("Lereng Sari", "LOC", ("Lereng Sari", "Kota Lereng Sari"), ("a1", "a2", "a3")),
            EntityRecord("Rara Wening", "PER", ("Rara Wening",), ("a1", "a2")),
        ),
        timeline=(
            TimelineEntry("2031-03-03", "Banjir bandang melanda Lereng Sari.", (_cite(a1, "Selasa malam"),)),
        ),
    )


def hostile_story() -> Story:
    """A story whose every text field carries markup and script, as untrusted input might."""
    evil = Article(
        id="evil1",
        source="<svg onload=alert(5)>.txt",
        text=HOSTILE_TEXT,
        title=HOSTILE_TITLE,
        url="javascript:alert(3)",
        outlet='<b onmouseover="alert(4)">Evil</b>',
        published="2031-04-01",
        language="id",
    )
    cite = _cite(evil, '<img src=x onerror="alert(1)">')
    value = FigureValue(
        "evil1", 3, None, None, None, "3 rumah", *_span(HOSTILE_TEXT, "3 rumah"), outlet=evil.outlet
    )
    return Story(
        id="sevil",
        title=HOSTILE_TITLE,
        articles=(brief_article(evil),),
        summary=(SummarySentence('<a href="javascript:alert(6)">x</a>', (cite,)),),
        first_published="2031-04-01",
        last_published="2031-04-01",
        outlets=(evil.outlet or "",),
        independent_sources=1,
        figures=(FigureGroup("<svg onload=alert(7)>", "conflict", (value,), role="<i onclick=x()>"),),
        quotes=(
            QuoteRecord(
                "<script>alert(8)</script>", "</blockquote><script>alert(9)</script>", ("evil1",), (cite,)
            ),
        ),
        entities=(
            EntityRecord("<img src=y onerror=alert(10)>", "PER", ("javascript:alert(11)",), ("evil1",)),
        ),
        timeline=(TimelineEntry("2031-04-01", "<iframe src=javascript:alert(12)>", (cite,)),),
    )


def row_of(story: Story, updated_at: str = "2031-03-05T00:00:00") -> StoryRow:
    """The list row for a story."""
    return StoryRow(
        id=story.id,
        title=story.title,
        first_published=story.first_published,
        last_published=story.last_published,
        outlets=story.outlets,
        article_count=len(story.articles),
        independent_sources=story.independent_sources,
        updated_at=updated_at,
    )


class FakeArchive:
    """An in-memory archive implementing the read contract and ``add_documents``."""

    def __init__(self, stories: Iterable[Story] = (), articles: Iterable[Article] = ()) -> None:
        self._stories = {s.id: s for s in stories}
        self._articles = {a.id: a for a in articles}
        self.added: list[RawDocument] = []
        self.closed = False
        self.lock = threading.Lock()

    def stories(self, *, limit: int = 50, offset: int = 0) -> list[StoryRow]:
        rows = [row_of(s) for s in self._stories.values()]
        return rows[offset : offset + limit]

    def story(self, story_id: str) -> Story | None:
        return self._stories.get(story_id)

    def article(self, article_id: str) -> Article | None:
        return self._articles.get(article_id)

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        filters: SearchFilters | None = None,
        with_brief: bool = True,
        meaning: bool | None = None,
    ) -> list[SearchHit]:
        words = [w.lower() for w in re.findall(r"\w+", query)]
        hits = []
        for s in self._stories.values():
            hay = " ".join([s.title, *(a.text for a in s.articles)]).lower()
            if words and all(w in hay for w in words):
                snippet = f"… **{words[0]}** …"
                summary = tuple(x.text for x in s.summary[:3])
                hits.append(
                    SearchHit(
                        row_of(s), float(len(words)), snippet, s if with_brief else None, summary, ("words",)
                    )
                )
        return hits[:limit]

    def count_articles(self) -> int:
        return sum(len(s.articles) for s in self._stories.values())

    def add_documents(self, docs: Sequence[RawDocument]) -> AddResult:
        with self.lock:
            fresh = [d for d in docs if d not in self.added]
            self.added.extend(fresh)
            return AddResult(len(fresh), len(docs) - len(fresh), (), ("sflood",), ())

    def close(self) -> None:
        self.closed = True


def fake_opener(archive: FakeArchive) -> Callable[[Path], FakeArchive]:
    """An opener for :func:`warta.web.create_app` that hands out ``archive``."""

    def opener(_: Path) -> FakeArchive:
        return archive

    return opener


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, for checking that nothing active slipped in."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def active_content(html: str) -> list[str]:
    """Anything in ``html`` that could run script: foreign scripts, on* handlers, javascript: URLs."""
    parser = Tags()
    parser.feed(html)
    found = []
    for tag, attrs in parser.tags:
        if tag == "script" and attrs.get("src") != "/static/warta.js":
            found.append(f"<script {attrs}>")
        if tag in ("img", "svg", "iframe", "object", "embed"):
            found.append(f"<{tag}>")
        for name, value in attrs.items():
            if name.startswith("on"):
                found.append(f"{tag} {name}=")
            if name in ("href", "src", "action") and value.strip().lower().startswith(
                ("javascript:", "data:")
            ):
                found.append(f"{tag} {name}={value}")
    return found


def test_the_fake_meets_the_read_contract() -> None:
    archive: ArchiveReader = FakeArchive([flood_story()])
    assert archive.story("sflood") is not None
    assert [h.story.id for h in archive.search("banjir")] == ["sflood"]
    assert archive.count_articles() == 3


@pytest.mark.parametrize(
    ("html", "found"),
    [
        ('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><script src="/static/warta.js"></script>', []),
        ("<p><script>alert(1)</script></p>", ["<script {}>"]),
        ('<a href=" JavaScript:alert(1)">x</a>', ["a href= JavaScript:alert(1)"]),
        ('<div onclick="x()">', ["div onclick="]),
    ],
)
def test_the_active_content_check_sees_script(html: str, found: list[str]) -> None:
    assert active_content(html) == found
