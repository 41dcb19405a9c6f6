-- warta archive, schema 11: each live story's first publication day beside its last, so an `add`
-- can tell that a candidate story lies too far in time to be joined (its decay is 0) without
-- decoding its centroid (warta.store.lazy_index). Filled from the stored centroids; NULL for an
-- undated story (its centroid has no days either).
ALTER TABLE index_live ADD COLUMN first INTEGER;
UPDATE index_live SET first = json_extract(centroid, '$.first');
