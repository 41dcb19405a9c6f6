-- The story index (warta.stories.cluster.StoryIndex) row by row, owned by warta.store.index_tables:
-- a batch writes the rows it changed instead of the whole index as one JSON value. Its counters
-- and options stay one small JSON value in `state` (key 'story_index_meta'); the old whole-index
-- value (key 'story_index') is moved into these tables by this migration's Python step.

-- One row per article the index has seen, in arrival order (seq).
CREATE TABLE index_articles (
    seq INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    story_id TEXT NOT NULL,
    copy TEXT NOT NULL,                 -- dedupe's verdict (warta.stories.dedupe.Copy) as JSON
    sig BLOB,                           -- MinHash signature, uint64 little-endian (NULL: no shingles)
    words INTEGER,
    emb BLOB,                           -- wire-matching vector, float32 little-endian (NULL: not kept)
    wire TEXT,                          -- the credited source it is listed under, when emb is kept
    outlet TEXT,                        -- the outlet it is listed under, when emb is kept
    day INTEGER                         -- publication day number (NULL: undated)
);

-- One row per live story, in the order the stories started (seq).
CREATE TABLE index_live (
    seq INTEGER PRIMARY KEY,
    story_id TEXT NOT NULL UNIQUE,
    centroid TEXT NOT NULL,             -- warta.stories.centroid.Centroid.to_state() without id, embedding
    embedding BLOB NOT NULL             -- the summed embedding, float64 little-endian
);

-- Document frequency of every term the index has counted.
CREATE TABLE index_terms (
    term TEXT PRIMARY KEY,
    df INTEGER NOT NULL
) WITHOUT ROWID;

-- Stored articles whose story's brief is not rebuilt yet (warta.store.write writes briefs once per
-- run, after its batches); membership moves to story_articles when the brief is written.
CREATE TABLE pending_members (
    seq INTEGER PRIMARY KEY,            -- arrival order: stories are written in order of first arrival
    article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL
);
CREATE INDEX pending_members_story ON pending_members(story_id);
