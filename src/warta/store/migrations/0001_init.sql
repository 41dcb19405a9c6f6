-- warta archive, schema 1: articles, their fingerprints, stories and their briefs, facts, search.
-- Applied once by warta.store.migrate in one transaction; later changes go in 0002_*.sql and up.

CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,            -- content-derived (warta.pipeline.article_id)
    source TEXT NOT NULL,
    title TEXT,
    url TEXT,
    outlet TEXT,
    published TEXT,                     -- ISO date
    language TEXT,
    text TEXT NOT NULL,                 -- cleaned text; spans index into it
    raw TEXT NOT NULL DEFAULT '',
    json TEXT NOT NULL,                 -- warta.codec.to_json(Article)
    added_at TEXT NOT NULL
);

CREATE TABLE fingerprints (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    record TEXT NOT NULL                -- the story engine's Record as JSON
);

CREATE TABLE stories (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    first_published TEXT,
    last_published TEXT,
    outlets TEXT NOT NULL DEFAULT '[]', -- JSON list
    article_count INTEGER NOT NULL DEFAULT 0,
    independent_sources INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    brief TEXT NOT NULL                 -- warta.codec.to_json(Story)
);
CREATE INDEX stories_updated ON stories(updated_at);

CREATE TABLE story_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE
);
CREATE INDEX story_articles_story ON story_articles(story_id);

CREATE TABLE figures (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    measure TEXT NOT NULL,
    status TEXT NOT NULL,
    unit TEXT,
    role TEXT,
    latest TEXT,                        -- the latest value's source text
    json TEXT NOT NULL                  -- the FigureGroup
);
CREATE INDEX figures_story ON figures(story_id);

CREATE TABLE quotes (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    speaker TEXT,
    text TEXT NOT NULL,
    json TEXT NOT NULL                  -- the QuoteRecord
);
CREATE INDEX quotes_story ON quotes(story_id);

CREATE TABLE entities (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL               -- JSON list
);
CREATE INDEX entities_story ON entities(story_id);

-- Query expansion: a squashed key ("nursultan") to the phrase it stands for ("nur sultan"),
-- from entity aliases and hyphenated names in the text.
CREATE TABLE aliases (
    key TEXT NOT NULL,
    phrase TEXT NOT NULL,
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    PRIMARY KEY (key, phrase, story_id)
) WITHOUT ROWID;

-- Words of the archive, for typo tolerance: candidates come from shared trigrams.
CREATE TABLE terms (
    term TEXT PRIMARY KEY,
    df INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE VIRTUAL TABLE term_grams USING fts5(term, tokenize = 'trigram');

-- Full text: articles (title, text) and stories (title, entity aliases), BM25-ranked.
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, text, content = 'articles', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE story_fts USING fts5(
    story_id UNINDEXED, title, aliases, tokenize = 'unicode61 remove_diacritics 2'
);

-- The story engine's persisted state (StoryIndex.state()) and other archive settings.
CREATE TABLE state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
