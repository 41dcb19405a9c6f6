-- Each stored article's extracted facts (warta.extract.facts.ArticleFacts: dates, figures, entities,
-- quotes), owned by warta.store.article_facts: extracted once, the first time a brief needs them,
-- and read back by every later rebuild of the article's story instead of being extracted again.
-- A cache: any row may be missing or stale (it is then extracted again and replaced).

-- version: digest of the extractor's code and models (warta.store.article_facts.extractor_version),
-- so facts written by another version of the extractor are never read.
CREATE TABLE article_facts (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    facts TEXT NOT NULL                 -- the ArticleFacts as JSON (warta.codec)
) WITHOUT ROWID;
