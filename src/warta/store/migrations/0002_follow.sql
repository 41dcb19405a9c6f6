-- warta follow: what was seen, feed validators and per-source state, so a restart resumes
-- without refetching. Owned by warta.store.follow_state.

-- One row per page reached (keyed by warta.ingest.fetch_urls.page_key, so AMP/mobile copies share it).
CREATE TABLE follow_seen (
    key TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    source TEXT NOT NULL,               -- the outlet's name in SOURCES.toml
    status TEXT NOT NULL,               -- 'stored' | 'skipped' | 'failed' | 'copy'
    article_id TEXT,                    -- the stored article, when one came of it
    reason TEXT,                        -- why it was skipped or failed
    attempts INTEGER NOT NULL DEFAULT 1,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX follow_seen_source ON follow_seen(source);

-- Conditional GET validators per feed or sitemap URL.
CREATE TABLE follow_http (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    status INTEGER NOT NULL,
    checked_at TEXT NOT NULL
) WITHOUT ROWID;

-- Per-source polling state.
CREATE TABLE follow_sources (
    name TEXT PRIMARY KEY,
    last_polled TEXT NOT NULL,
    last_ok TEXT,
    added INTEGER NOT NULL DEFAULT 0,   -- articles stored from this source, in all
    failures INTEGER NOT NULL DEFAULT 0, -- failed fetches in a row
    last_error TEXT
) WITHOUT ROWID;
