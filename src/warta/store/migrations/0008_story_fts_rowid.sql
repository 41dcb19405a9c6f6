-- warta archive, schema 8: a story's full-text row has the story's rowid, so replacing it deletes by
-- rowid (story_fts.story_id is UNINDEXED: deleting by it scanned every row, a cost that grew with the
-- archive on every story an `add` touched). Rows of stories no longer stored are dropped.
CREATE TEMP TABLE story_fts_rows AS SELECT story_id, title, aliases FROM story_fts;
DELETE FROM story_fts;
INSERT INTO story_fts(rowid, story_id, title, aliases)
    SELECT s.rowid, t.story_id, t.title, t.aliases
    FROM story_fts_rows t JOIN stories s ON s.id = t.story_id;
DROP TABLE story_fts_rows;
