-- Live entities each officer has a live lead record of (leads per officer in the operation picture), kept by every
-- write of a record (insert, tombstone, revival, a hand merge's move) instead of a grouped pass over all records.
CREATE TABLE entity_origin_tally (
    operation_id UUID        NOT NULL,
    origin       VARCHAR(64) NOT NULL,
    n            BIGINT      NOT NULL,
    PRIMARY KEY (operation_id, origin)
);

INSERT INTO entity_origin_tally (operation_id, origin, n)
SELECT operation_id, origin, COUNT(DISTINCT entity_id) FROM lead WHERE NOT deleted GROUP BY operation_id, origin;

-- Only that grouped pass and the sightings' join (V10) read this covering index (V9); every record write paid for it.
DROP INDEX ix_lead_picture;
