-- The story index opened lazily (warta.store.lazy_index): an `add` reads the rows its new articles
-- need instead of decoding the whole index. Owned by warta.store.index_tables. This migration's
-- Python step fills the new columns and bands from the rows already stored, then moves an index
-- still saved as one JSON value (key 'story_index', schema 4 and before) into the tables.

-- What retiring a live story needs without decoding its centroid.
ALTER TABLE index_live ADD COLUMN last INTEGER;             -- the story's last publication day
ALTER TABLE index_live ADD COLUMN touched INTEGER NOT NULL DEFAULT 0;  -- arrival count when last grown

-- The dedupe MinHash LSH as rows: one per (article, band) of its signature. key is a 64-bit digest
-- of the band's values, so a match is checked against the signatures before it counts.
CREATE TABLE index_bands (
    band INTEGER NOT NULL,
    key INTEGER NOT NULL,
    seq INTEGER NOT NULL,               -- the article's index_articles.seq
    PRIMARY KEY (band, key, seq)
) WITHOUT ROWID;

-- Wire matching looks articles up by the source they credit or the outlet they come from.
CREATE INDEX index_articles_wire ON index_articles(wire, day);
CREATE INDEX index_articles_outlet ON index_articles(outlet, day);
