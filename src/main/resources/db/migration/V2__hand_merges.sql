-- Hand-made merges of lead entities (issue [2]): the officer decides that two selectors are one entity.
-- A merge moves the merged entity's records to the survivor and can be undone; both are audited.

ALTER TABLE lead_entity ADD COLUMN merged_into UUID;

CREATE TABLE lead_merge (
    id              UUID PRIMARY KEY,
    operation_id    UUID         NOT NULL,
    survivor_id     UUID         NOT NULL REFERENCES lead_entity (id),
    merged_id       UUID         NOT NULL REFERENCES lead_entity (id),
    record_ids      VARCHAR(100000) NOT NULL, -- the records moved, space-separated, so that undo puts exactly them back
    merged_by       VARCHAR(64)  NOT NULL,
    merged_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_lead_merge_survivor ON lead_merge (survivor_id);
