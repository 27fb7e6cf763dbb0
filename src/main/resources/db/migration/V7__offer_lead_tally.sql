-- Incident leads that a live offer names, as a running count (stats' incidents: "an incident lead that no offer
-- names" counts on its own). Counting them walked every incident entity's records and offers, seconds on a cold
-- start at 100,000 offers; the writes now keep these two small tables instead (NamedIncidentLeads).

-- The lead entities one of whose records a live offer names, whatever their category and whether live or not: a
-- later change of category, a deletion or a hand merge then knows what the entity counted before.
CREATE TABLE offer_named_entity (
    entity_id UUID PRIMARY KEY
);

-- Live entities of a category incident-* in offer_named_entity, per operation and category.
CREATE TABLE offer_lead_tally (
    operation_id UUID        NOT NULL,
    category     VARCHAR(32) NOT NULL,
    n            BIGINT      NOT NULL,
    PRIMARY KEY (operation_id, category)
);

-- From the links, each offer looked up by its key: joined plainly, H2 scans every offer first (4 times slower at
-- 100,000 offers, a third of which name a lead).
INSERT INTO offer_named_entity (entity_id)
SELECT DISTINCT l.entity_id
FROM offer_lead ol JOIN lead l ON l.id = ol.lead_id
WHERE EXISTS (SELECT 1 FROM offer o WHERE o.id = ol.offer_id AND NOT o.deleted);

INSERT INTO offer_lead_tally (operation_id, category, n)
SELECT e.operation_id, e.category, COUNT(*)
FROM lead_entity e JOIN offer_named_entity m ON m.entity_id = e.id
WHERE e.live AND e.category IN ('INCIDENT_TRAVEL', 'INCIDENT_DOCUMENTS', 'INCIDENT_GUIDANCE', 'INCIDENT_OTHER')
GROUP BY e.operation_id, e.category;
