-- Running counts behind the operation picture's charts (issue [6]): grouping a merged operation's hundreds of
-- thousands of entities and sightings on every open took seconds, so every write keeps these up to date (as V3's
-- tallies) and the dashboard reads a few hundred rows.

-- Live entities by the hour (UTC) they were first seen and their platform ('' without one).
CREATE TABLE entity_hour_tally (
    operation_id UUID                     NOT NULL,
    hour_start   TIMESTAMP WITH TIME ZONE NOT NULL,
    platform     VARCHAR(32)              NOT NULL,
    n            BIGINT                   NOT NULL,
    PRIMARY KEY (operation_id, hour_start, platform)
);

-- Live sightings of live lead records by the minute (UTC) they were seen.
CREATE TABLE sighting_tally (
    operation_id UUID                     NOT NULL,
    minute_start TIMESTAMP WITH TIME ZONE NOT NULL,
    n            BIGINT                   NOT NULL,
    PRIMARY KEY (operation_id, minute_start)
);

INSERT INTO entity_hour_tally (operation_id, hour_start, platform, n)
SELECT operation_id, DATE_TRUNC('HOUR', first_seen), COALESCE(platform, ''), COUNT(*)
FROM lead_entity WHERE live
GROUP BY operation_id, DATE_TRUNC('HOUR', first_seen), COALESCE(platform, '');

INSERT INTO sighting_tally (operation_id, minute_start, n)
SELECT l.operation_id, DATE_TRUNC('MINUTE', s.seen_at), COUNT(*)
FROM lead l JOIN sighting s ON s.lead_id = l.id
WHERE NOT l.deleted AND NOT s.deleted
GROUP BY l.operation_id, DATE_TRUNC('MINUTE', s.seen_at);

-- Only the hour and platform pass read this covering index (V9); every entity write paid for it.
DROP INDEX ix_entity_picture;
