"""A Brief as one self-contained HTML page.

Hovering or focusing a citation shows the cited sentence with its outlet and date; clicking it
jumps to that sentence, highlighted, in the article's full text. All article text is escaped:
it is untrusted input.
"""

from __future__ import annotations

from html import escape

from warta.brief.render.facts import amount, fact_lines
from warta.brief.render.known import known_items
from warta.brief.render.labels import choose_language, date_words
from warta.brief.render.labels import label as ui_label
from warta.brief.render.outdated import dated_note
from warta.brief.render.sources import counted, outlet_label, resolve, sources_line
from warta.brief.render.speech import entity_groups, shared_speech
from warta.reconcile.figure_display import outlet_matrix, shown_groups
from warta.types import Brief, BriefArticle, Citation, Story

CSS = """
:root { --ink:#1d232b; --muted:#5b6570; --line:#dfe3e8; --accent:#0b5cad; --mark:#fff1a8; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink);
       max-width: 860px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; border-top: 2px solid var(--ink);
       padding-top: .8rem; } h3 { font-size: 1.05rem; color: var(--muted); text-transform: uppercase;
       letter-spacing: .04em; }
.meta { color: var(--muted); font-size: .92rem; }
ul.summary li { margin: .45rem 0; }
.cite { position: relative; font-size: .75em; vertical-align: super; text-decoration: none;
        color: var(--accent); padding: 0 .1em; }
.cite .pop { display: none; position: absolute; left: 0; top: 1.4em; z-index: 5; width: min(26rem, 80vw);
        background: #fff; color: var(--ink); border: 1px solid var(--line); border-radius: 6px;
        box-shadow: 0 4px 14px rgba(0,0,0,.15); padding: .6rem .7rem; font-size: .85rem;
        line-height: 1.4; text-align: left; white-space: normal; }
.cite:hover .pop, .cite:focus .pop, .cite.open .pop { display: block; }
.pop b { display: block; margin-bottom: .25rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .4rem; text-align: left; vertical-align: top; }
details.article { border: 1px solid var(--line); border-radius: 6px; margin: .5rem 0; padding: .4rem .7rem; }
details.article p { white-space: pre-wrap; }
.fact .status { display: inline-block; min-width: 6.5em; }
.fact.conflict .status { color: #b3261e; } .fact.updated .status { color: #8a5a00; }
.fact.agree .status { color: #1e7a34; } .silent { color: var(--muted); }
.matrix { overflow-x: auto; } tr.conflict td:first-child { border-left: 3px solid #b3261e; }
tr.updated td:first-child { border-left: 3px solid #8a5a00; }
ol.timeline { list-style: none; padding-left: 0; } ol.timeline li { margin: .45rem 0; }
ol.timeline time { font-weight: 600; display: inline-block; min-width: 7em; }
mark { background: var(--mark); } mark:target { outline: 2px solid var(--accent); }
@media (max-width: 600px) { body { font-size: 15px; } td:nth-child(5), th:nth-child(5) { display: none; } }
"""

JS = """
document.addEventListener('click', function (e) {
  var a = e.target.closest('a.cite');
  document.querySelectorAll('a.cite.open').forEach(function (o) { if (o !== a) o.classList.remove('open'); });
  if (!a) return;
  var target = document.getElementById(a.getAttribute('href').slice(1));
  if (target) { var d = target.closest('details'); if (d) d.open = true; }
  a.classList.add('open');
});
"""


def _mark_id(story: int, article: str, start: int, end: int) -> str:
    return f"s{story}-{article}-{start}-{end}"


def _article_body(story_no: int, article: BriefArticle, spans: set[tuple[int, int]]) -> str:
    """The article's text, with each cited span wrapped in an addressable <mark>."""
    parts, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue  # overlapping citation: the first one is already marked
        parts.append(escape(article.text[pos:start]))
        mark_id = _mark_id(story_no, article.id, start, end)
        parts.append(f'<mark id="{mark_id}">{escape(article.text[start:end])}</mark>')
        pos = end
    parts.append(escape(article.text[pos:]))
    return "".join(parts)


def _facts_section(
    story: Story,
    number: int,
    cited: dict[str, set[tuple[int, int]]],
    *,
    all_figures: bool = False,
    lang: str = "en",
) -> str:
    """Facts in words, the outlet × fact matrix, and the quotes several outlets carried."""
    out: list[str] = []
    facts = fact_lines(story, include_single=all_figures, lang=lang)
    if facts:
        out.append(f'<h3>{escape(ui_label("facts", lang))}</h3><ul class="facts">')
        for f in facts:
            copies = f' <span class="copies">({escape(f.copies)})</span>' if f.copies else ""
            out.append(
                f'<li class="fact {escape(f.status)}"><b class="status">{escape(f.label)}</b> '
                f"{escape(f.measure)}: {escape(f.phrase)}{copies}"
                f"{''.join(_cite_link(story, number, c, cited, lang) for c in f.citations)}</li>"
            )
        out.append("</ul>")
        matrix = outlet_matrix(shown_groups(story.figures, all_figures=all_figures), story.outlets)
        head = "".join(f"<th>{escape(o)}</th>" for o in matrix.outlets)
        out.append(
            f'<div class="matrix"><table><thead><tr><th>{escape(ui_label("measure", lang))}</th>{head}</tr></thead><tbody>'
        )
        for row in matrix.rows:
            cells = "".join(
                f"<td>{escape(', '.join(amount(v, lang) for v in cell.values)) or '<span class=silent>—</span>'}</td>"
                for cell in row.cells[: len(matrix.outlets)]
            )
            out.append(f'<tr class="{escape(row.status)}"><td>{escape(row.measure)}</td>{cells}</tr>')
        out.append("</tbody></table></div>")
    out.append(_speech_section(story, lang))
    return "\n".join(out)


def _speech_section(story: Story, lang: str = "en") -> str:
    """Quotes several outlets carried (reported speech without quotation marks), then who is named."""
    out: list[str] = []
    speech = shared_speech(story, lang)
    if speech:
        out.append(f'<h3>{escape(ui_label("quotes", lang))}</h3><ul class="quotes">')
        for q in speech:
            said = (
                f"<q>{escape(q.text)}</q> — {escape(q.speaker)}"
                if q.kind == "direct"
                else f'<span class="reported">{escape(q.phrase)}</span>'
            )
            out.append(f'<li>{said} <span class="meta">({escape(q.outlets)})</span></li>')
        out.append("</ul>")
    groups = entity_groups(story, lang)
    if groups:
        out.append(f'<h3>{escape(ui_label("entities", lang))}</h3><dl class="entities">')
        for label, entities in groups:
            items = "; ".join(
                f"<b>{escape(e.name)}</b>"
                + (
                    f' <span class="aliases">({escape(ui_label("also", lang))} {escape(", ".join(e.aliases))})</span>'
                    if e.aliases
                    else ""
                )
                + f' <span class="meta">{escape(e.outlets)}</span>'
                for e in entities
            )
            out.append(f"<dt>{escape(label)}</dt><dd>{items}</dd>")
        out.append("</dl>")
    return "\n".join(out)


def _cite_link(
    story: Story, number: int, c: Citation, cited: dict[str, set[tuple[int, int]]], lang: str = "en"
) -> str:
    """A citation mark that shows its source on hover/focus and jumps to it; records the span as cited."""
    rc = resolve(story, c)
    cited.setdefault(c.article, set()).add((c.start, c.end))
    target = _mark_id(number, c.article, c.start, c.end)
    who = outlet_label(rc.article, lang)
    if rc.article.published:
        who += f", {date_words(rc.article.published, lang)}"
    return (
        f'<a class="cite" href="#{target}" data-article="{escape(c.article)}" '
        f'data-start="{c.start}" data-end="{c.end}">[{escape(outlet_label(rc.article, lang))}]'
        f'<span class="pop"><b>{escape(who)}</b>{escape(rc.quote)}</span></a>'
    )


def render_story(story: Story, number: int, *, all_figures: bool = False, lang: str = "en") -> str:
    """The HTML section for one story."""
    out = [f'<section class="story" id="story-{number}"><h2>{escape(story.title)}</h2>']
    span = date_words(story.first_published, lang)
    if story.last_published and story.last_published != story.first_published:
        span += f" – {date_words(story.last_published, lang)}"
    if lang == "en":
        counts = f"{counted(len(story.articles), 'article')} · {escape(sources_line(story, lang))}"
    else:
        counts = f"{len(story.articles)} {ui_label('n_articles', lang)} · {escape(sources_line(story, lang))}"
    out.append(f'<p class="meta">{span} · {counts}</p>')
    cited: dict[str, set[tuple[int, int]]] = {}
    known = known_items(story, lang, all_figures=all_figures)
    if known:
        items = "".join(
            f"<li>{escape(k.text)} {''.join(_cite_link(story, number, c, cited, lang) for c in k.citations)}</li>"
            for k in known
        )
        out.append(f'<h3>{escape(ui_label("known", lang))}</h3><ul class="known">{items}</ul>')
    if story.summary:
        out.append(f'<h3>{escape(ui_label("summary", lang))}</h3><ul class="summary">')
        for sentence in story.summary:
            marks = "".join(_cite_link(story, number, c, cited, lang) for c in sentence.citations)
            note = dated_note(story, sentence, lang)
            out.append(f"<li>{escape(sentence.text)}{escape(note)} {marks}</li>")
        out.append("</ul>")
    if story.timeline:
        out.append(f'<h3>{escape(ui_label("timeline", lang))}</h3><ol class="timeline">')
        for entry in story.timeline:
            links = "".join(_cite_link(story, number, c, cited, lang) for c in entry.citations)
            out.append(
                f'<li><time datetime="{escape(entry.date)}">{escape(date_words(entry.date, lang))}</time> '
                f"{escape(entry.text)} {links}</li>"
            )
        out.append("</ol>")
    out.append(_facts_section(story, number, cited, all_figures=all_figures, lang=lang))
    heads = "".join(
        f"<th>{escape(ui_label(k, lang))}</th>" for k in ("outlet", "date", "language", "title", "credited")
    )
    out.append(f"<h3>{escape(ui_label('articles', lang))}</h3><table><thead><tr>{heads}</tr></thead><tbody>")
    for a in story.articles:
        out.append(
            f"<tr><td>{escape(outlet_label(a, lang))}</td><td>{escape(date_words(a.published, lang))}</td>"
            f"<td>{escape(a.language or '?')}</td><td>{escape(a.title or ui_label('no_headline', lang))}</td>"
            f"<td>{escape(', '.join(a.credited_sources) or '—')}</td></tr>"
        )
    out.append("</tbody></table>")
    for a in story.articles:
        label = escape(f"{outlet_label(a, lang)} · {date_words(a.published, lang)} · {a.title or a.id}")
        body = _article_body(number, a, cited.get(a.id, set()))
        out.append(
            f'<details class="article" id="article-{number}-{escape(a.id)}"><summary>{label}</summary>'
        )
        out.append(f"<p>{body}</p></details>")
    out.append("</section>")
    return "\n".join(out)


def render_html(brief: Brief, *, all_figures: bool = False, lang: str | None = None) -> str:
    """The whole brief as a standalone HTML document (inline CSS and JS, no external requests), labelled
    in ``lang`` (None: the language of most articles)."""
    lang = choose_language(lang, brief.stories)
    n = len(brief.stories)
    heading = f"{ui_label('brief', lang)}: {n} {ui_label('story' if n == 1 else 'stories', lang)}"
    body = "\n".join(
        render_story(s, i, all_figures=all_figures, lang=lang) for i, s in enumerate(brief.stories, 1)
    )
    skipped = ""
    if brief.skipped:
        items = "".join(f"<li>{escape(s.message())}</li>" for s in brief.skipped)
        skipped = f'<h3>{escape(ui_label("skipped", lang))}</h3><ul class="meta">{items}</ul>'
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(heading)}</title><style>{CSS}</style></head>"
        f"<body><h1>{escape(heading)}</h1>\n{body}\n{skipped}"
        f"<script>{JS}</script></body></html>\n"
    )
