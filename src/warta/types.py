"""Core data types: frozen dataclasses of plain values that round-trip through JSON.

Every stage of warta passes these around. They hold no library objects (no lxml trees,
numpy arrays or models), so any of them can be written with :func:`warta.codec.to_json`
and read back with :func:`warta.codec.from_json`.

The flow::

    ingest  -> RawDocument | Skipped
    clean   -> Cleaned            (cleaned text + metadata + what was removed)
    analyze -> Article            (language, sentence spans; later: facts)
    stories -> grouped Articles
    brief   -> Story, Brief       (summary with citations; later: figures, quotes, entities, timeline)

All character offsets (``start``/``end``) index into an article's *cleaned* ``text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` in an article's cleaned text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The text this span covers."""
        return text[self.start : self.end]


@dataclass(frozen=True)
class RawDocument:
    """One article as a reader found it, before cleaning.

    ``text`` is the article text as decoded (for HTML, the main text trafilatura extracted);
    ``raw`` is what was read (the HTML itself for HTML pages). Metadata fields are whatever
    the input carried; cleaning may fill in what is missing from the text itself.
    """

    source: str
    text: str
    raw: str
    format: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    encoding: str | None = None


@dataclass(frozen=True)
class Skipped:
    """An input that gave no article, with the reason and what to do about it."""

    source: str
    reason: str
    hint: str = ""

    def message(self) -> str:
        """One line for the user: where, what, what next."""
        tail = f" ({self.hint})" if self.hint else ""
        return f"skipped {self.source}: {self.reason}{tail}"


@dataclass(frozen=True)
class Removal:
    """A piece of the raw text that cleaning removed, and the rule that removed it."""

    text: str
    rule: str
    kind: str  # "boilerplate" | "metadata" | "repeated" | "caption" | "title"


@dataclass(frozen=True)
class Metadata:
    """Metadata read out of an article's text (and its input fields)."""

    title: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    byline: str | None = None
    editor: str | None = None
    credited_sources: tuple[str, ...] = ()
    url: str | None = None
    published_at: str | None = None  # ISO datetime from a timestamp line, with offset when a zone is given


@dataclass(frozen=True)
class Cleaned:
    """The output of cleaning: the body text, the metadata read out of it, and what was removed."""

    text: str
    metadata: Metadata
    removed: tuple[Removal, ...] = ()


@dataclass(frozen=True)
class Article:
    """A cleaned, analysed article: the unit every later stage works on."""

    id: str
    source: str
    text: str
    raw: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    language: str | None = None
    dateline: str | None = None
    byline: str | None = None
    editor: str | None = None
    credited_sources: tuple[str, ...] = ()
    sentences: tuple[Span, ...] = ()
    removed: tuple[Removal, ...] = ()
    published_at: str | None = None  # ISO datetime when the article prints its time of publication

    def sentence_texts(self) -> list[str]:
        """The text of each sentence, in order."""
        return [s.slice(self.text) for s in self.sentences]


@dataclass(frozen=True)
class Citation:
    """Where a statement comes from: an article id and a span of its cleaned text."""

    article: str
    start: int
    end: int


@dataclass(frozen=True)
class SummarySentence:
    """One sentence of a summary with every article span that says it."""

    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class BriefArticle:
    """An article as listed in a brief (the public JSON contract's ``articles`` items)."""

    id: str
    source: str
    outlet: str | None
    title: str | None
    published: str | None
    language: str | None
    credited_sources: tuple[str, ...]
    text: str
    url: str | None = None
    dateline: str | None = None
    byline: str | None = None
    editor: str | None = None
    published_at: str | None = None


@dataclass(frozen=True)
class FigureValue:
    """One article's value for a measure, with its qualifier, unit, as-of date and source span."""

    article: str
    value: int | float
    qualifier: str | None  # None (exact) | "approx" | "min" | "max" | "vague"
    unit: str | None
    as_of: str | None  # ISO date the value refers to
    text: str  # the exact source text of the quantity
    start: int
    end: int
    outlet: str | None = None
    kind: str | None = (
        None  # killed, injured, missing, evacuated, arrested, price, money, ... other; None: unread
    )
    counted: str = ""  # the counted noun phrase as written: "napi", "orang lainnya", "minyak goreng"
    attribution: str | None = (
        None  # who gives the figure when the sentence says: "BNPB", "polisi", "data desa"
    )
    as_of_time: str | None = None  # "15:30" when the sentence gives the hour the figure stands at
    about_event: bool = True  # False for a comparison, history or another place's number
    stage: str | None = None  # its article's own order: "earlier" ("sebelumnya 8"), "current" ("menjadi 44")


@dataclass(frozen=True)
class FigureCopy:
    """One article in a figure group that copies another (a syndicated or reposted text), so it confirms nothing."""

    article: str
    copy_of: str


@dataclass(frozen=True)
class FigureGroup:
    """Values for one measure across a story's articles, and how they relate."""

    measure: str
    status: str  # "agree" | "conflict" | "updated" | "single"
    values: tuple[FigureValue, ...]
    unit: str | None = None
    role: str | None = None  # killed, injured, detained, evacuated, deployed, price, ...
    independent_sources: int = 0
    kind: str | None = None  # the values' kind (see FigureValue.kind)
    copies: tuple[FigureCopy, ...] = ()  # values from copies of another article of the group
    confident: bool = True  # False: the values may not count the same thing; never shown as a dispute


@dataclass(frozen=True)
class QuoteCarrier:
    """One article's wording of a canonical quote: where it is and how that article names the speaker."""

    article: str
    start: int
    end: int
    text: str
    speaker: str | None = None  # the article's own form ("Jokowi", "katanya" resolved to a name)


@dataclass(frozen=True)
class QuoteRecord:
    """A canonical quote: its speaker, every article that carried it, and each variant's span.

    ``kind`` "direct" is a quotation (the words inside quotation marks); "indirect" is reported
    speech, which renderers never show in quotation marks.
    """

    speaker: str | None
    text: str
    articles: tuple[str, ...]
    citations: tuple[Citation, ...]
    variants: tuple[str, ...] = ()
    kind: str = "direct"  # "direct" | "indirect"
    speaker_entity: str | None = None  # the story entity the speaker is (its EntityRecord name)
    speaker_type: str | None = None  # "PER" | "ORG" | "ROLE"; None when the speaker is unknown
    cue: str | None = None  # the attribution word of the first carrier ("kata", "ujarnya", "said")
    carriers: tuple[QuoteCarrier, ...] = ()


@dataclass(frozen=True)
class EntityRecord:
    """A story-level entity with the surface forms (aliases) it goes by."""

    name: str
    type: str  # "PER" | "LOC" | "ORG"
    aliases: tuple[str, ...]
    articles: tuple[str, ...]


@dataclass(frozen=True)
class TimelineEntry:
    """What happened on one date, cited."""

    date: str
    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class KnownFigure:
    """The latest value of one confident figure of a story: what is known now, dated, sourced, cited."""

    measure: str
    value: int | float
    qualifier: str | None
    unit: str | None
    as_of: str | None  # the day the value refers to
    article: str
    outlet: str | None
    text: str  # the exact source text of the quantity
    citation: Citation
    role: str | None = None
    status: str = "single"  # the figure group's status: "agree" | "updated" | "single"
    sources: int = 1  # independent sources behind the figure group
    shown: bool = True  # its group is one the brief shows (cross-outlet, readable): renderers list only these


@dataclass(frozen=True)
class KnownDispute:
    """A figure the story's sources disagree on: each outlet's value, dated and cited."""

    measure: str
    unit: str | None
    values: tuple[KnownFigure, ...]
    role: str | None = None
    shown: bool = True  # a confident dispute between independent sources: renderers list only these


@dataclass(frozen=True)
class Story:
    """One story: its articles and its cited summary (the contract's ``stories`` items)."""

    id: str
    title: str
    articles: tuple[BriefArticle, ...]
    summary: tuple[SummarySentence, ...]
    first_published: str | None = None
    last_published: str | None = None
    outlets: tuple[str, ...] = ()
    independent_sources: int = 0
    figures: tuple[FigureGroup, ...] = ()
    quotes: tuple[QuoteRecord, ...] = ()
    entities: tuple[EntityRecord, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    known_now: tuple[KnownFigure, ...] = ()  # the latest value of each confident figure
    disputed_now: tuple[KnownDispute, ...] = ()  # figures in conflict: who says what


@dataclass(frozen=True)
class Brief:
    """The top-level brief document: ``{"stories": [...]}``."""

    stories: tuple[Story, ...]
    generator: str = "warta"
    version: str = ""
    skipped: tuple[Skipped, ...] = field(default=())
