-- warta archive, schema 9: `add` leaves briefs to the first read (or `warta add --briefs`), so a
-- pending membership keeps the time of the add that made it: the story's `updated_at` when its brief
-- is built is that add's, as if the add had built it.
ALTER TABLE pending_members ADD COLUMN stamp TEXT;
