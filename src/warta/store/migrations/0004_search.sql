-- Search that reads numbers and crosses languages (warta.store.searchindex, warta.store.search).

-- The quantities an article states (warta.extract.numbers.find_quantities), so "8000", "8.000",
-- "8,000" and "8 ribu" all find an article that says "8.000". One row per distinct value.
-- Archives made before this migration are filled in by warta.store.searchindex.backfill_numbers.
CREATE TABLE article_numbers (
    value REAL NOT NULL,
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    PRIMARY KEY (value, article_rowid)
) WITHOUT ROWID;
CREATE INDEX article_numbers_article ON article_numbers(article_rowid);

-- One multilingual vector per story (the normalised mean of its title and summary sentences), so a
-- query in English finds an Indonesian story and the reverse. Missing rows are computed on demand.
CREATE TABLE story_vectors (
    story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    vector BLOB NOT NULL
) WITHOUT ROWID;

-- The newest story (search's recency nudge) without a scan.
CREATE INDEX stories_last_published ON stories(last_published);

-- A search hit's first summary sentences (JSON list), so a hit needs no decoding of its brief.
-- Back-filled from the stored briefs by warta.store.searchindex.backfill_summaries.
ALTER TABLE stories ADD COLUMN summary TEXT;
