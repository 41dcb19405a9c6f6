-- Sentence embeddings kept between runs, so `warta add` encodes only sentences it has not seen.
-- A cache owned by warta.store.embeddings: any row may be missing (it is then encoded again).

-- key: blake2b-128 of the model identity and the text (warta.text.embeddings.text_key), so vectors
-- of another model or version are never read. vector: DIM float32 values, little-endian (2 KB).
-- used: the write generation that last stored or read the row; the oldest go first when the
-- table grows past its cap (warta.store.embeddings.MAX_ROWS).
CREATE TABLE embeddings (
    key BLOB PRIMARY KEY,
    vector BLOB NOT NULL,
    used INTEGER NOT NULL
);
CREATE INDEX embeddings_used ON embeddings(used);
