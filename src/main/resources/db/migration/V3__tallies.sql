-- Running counts behind the operation's counters (stats, the header tiles): counting a million leads on every
-- change is too slow, so the writes keep these small tables up to date and the counters read them.

-- Live lead entities per kind, category, phone region and document issuer ('' where it does not apply).
CREATE TABLE lead_tally (
    operation_id UUID        NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    category     VARCHAR(32) NOT NULL,
    region       VARCHAR(2)  NOT NULL,
    issuer       VARCHAR(16) NOT NULL,
    n            BIGINT      NOT NULL,
    PRIMARY KEY (operation_id, kind, category, region, issuer)
);

-- Lead records per officer (their origin), tombstones included: who contributed to the operation.
CREATE TABLE officer_tally (
    operation_id UUID        NOT NULL,
    origin       VARCHAR(64) NOT NULL,
    n            BIGINT      NOT NULL,
    PRIMARY KEY (operation_id, origin)
);

INSERT INTO lead_tally (operation_id, kind, category, region, issuer, n)
SELECT operation_id, kind, category, COALESCE(region, ''),
       CASE WHEN kind = 'document' THEN COALESCE(REGEXP_SUBSTR(canonical, '^[^:]*:([^:]*):', 1, 1, '', 1), '') ELSE '' END,
       COUNT(*)
FROM lead_entity WHERE live
GROUP BY operation_id, kind, category, COALESCE(region, ''),
         CASE WHEN kind = 'document' THEN COALESCE(REGEXP_SUBSTR(canonical, '^[^:]*:([^:]*):', 1, 1, '', 1), '') ELSE '' END;

INSERT INTO officer_tally (operation_id, origin, n)
SELECT operation_id, origin, COUNT(*) FROM lead GROUP BY operation_id, origin;
