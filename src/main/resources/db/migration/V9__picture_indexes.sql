-- Covering indexes for the operation picture's grouped passes (PictureRepository): each query reads every column it
-- needs from the index, without fetching the rows, so leads per hour and platform and leads per officer cost a
-- fraction of a table scan; the sightings timeline reads index entries only, on both sides of its join.
CREATE INDEX ix_entity_picture ON lead_entity (operation_id, live, first_seen, platform);
-- Records: whose they are and which entity, for leads per officer; the id (a UUID, so not the index's row key) for the
-- sightings' join.
CREATE INDEX ix_lead_picture ON lead (operation_id, deleted, origin, entity_id, id);
-- Sightings: the timeline reaches them from the live records and counts the live ones by the minute.
CREATE INDEX ix_sighting_picture ON sighting (lead_id, deleted, seen_at);
