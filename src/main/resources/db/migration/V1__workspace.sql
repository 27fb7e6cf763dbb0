-- Leadline workspace schema, version 1.
-- Records that travel in packages (lead, sighting, note) carry id, origin (signer fingerprint) and version.
-- lead_entity and search_term are local projections: rebuilt from the records, never exported.

CREATE TABLE officer (
    id                 UUID PRIMARY KEY,
    name               VARCHAR(200)  NOT NULL,
    agency             VARCHAR(200)  NOT NULL,
    country            VARCHAR(2)    NOT NULL,
    public_key         VARBINARY(512) NOT NULL,
    fingerprint        VARCHAR(64)   NOT NULL UNIQUE,
    sealed_private_key VARBINARY(1024),
    is_owner           BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE operation (
    id             UUID PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    default_region VARCHAR(2)   NOT NULL,
    starts_on      DATE,
    ends_on        DATE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE setting (
    name VARCHAR(100) PRIMARY KEY,
    val  VARCHAR(4000) NOT NULL
);

CREATE TABLE source_post (
    id           UUID PRIMARY KEY,
    operation_id UUID NOT NULL REFERENCES operation (id),
    text         CLOB NOT NULL,
    source_url   VARCHAR(4096),
    origin       VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- lead_entity and lead carry operation_id without a foreign key: H2 would add an index for it that costs every
-- insert and that its planner prefers to the sort indexes below. Operations are never deleted.
CREATE TABLE lead_entity (
    id           UUID PRIMARY KEY,
    operation_id UUID          NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    canonical    VARCHAR(4096) NOT NULL,
    raw          VARCHAR(4096) NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    category     VARCHAR(32)   NOT NULL,
    region       VARCHAR(2),
    platform     VARCHAR(32),
    tags         VARCHAR(4000) NOT NULL DEFAULT '',
    sightings    INT           NOT NULL DEFAULT 0,
    officers     INT           NOT NULL DEFAULT 1,
    first_seen   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen    TIMESTAMP WITH TIME ZONE NOT NULL,
    live         BOOLEAN       NOT NULL DEFAULT TRUE
);
-- One entity per selector; also the index of the VALUE sort (canonical then kind is unique, so it pages exactly).
CREATE UNIQUE INDEX ix_entity_value ON lead_entity (operation_id, canonical, kind);
-- One index per sortable column in its natural direction, each ending in id so that keyset paging is exact.
-- LeadRepository names them in USE INDEX hints: H2 otherwise picks an index for the WHERE clause and sorts.
CREATE INDEX ix_entity_last_seen  ON lead_entity (operation_id, last_seen DESC, id DESC);
CREATE INDEX ix_entity_first_seen ON lead_entity (operation_id, first_seen DESC, id DESC);
CREATE INDEX ix_entity_kind       ON lead_entity (operation_id, kind, last_seen DESC, id DESC);
CREATE INDEX ix_entity_category   ON lead_entity (operation_id, category, last_seen DESC, id DESC);
CREATE INDEX ix_entity_sightings  ON lead_entity (operation_id, sightings DESC, id DESC);
CREATE INDEX ix_entity_officers   ON lead_entity (operation_id, officers DESC, id DESC);

CREATE TABLE lead (
    id           UUID PRIMARY KEY,
    entity_id    UUID          NOT NULL, -- the local projection it belongs to
    operation_id UUID          NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    canonical    VARCHAR(4096) NOT NULL,
    raw          VARCHAR(4096) NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    reason       VARCHAR(1000),
    category     VARCHAR(32)   NOT NULL,
    tags         VARCHAR(4000) NOT NULL DEFAULT '',
    origin       VARCHAR(64)   NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted      BOOLEAN       NOT NULL DEFAULT FALSE,
    -- One record per officer and selector; entity ids grow with time, so this index is appended to.
    CONSTRAINT uq_lead_origin UNIQUE (entity_id, origin, kind, canonical)
);

CREATE TABLE sighting (
    id             UUID PRIMARY KEY,
    lead_id        UUID NOT NULL REFERENCES lead (id),
    source_url     VARCHAR(4096),
    platform       VARCHAR(32),
    source_post_id UUID REFERENCES source_post (id),
    seen_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    origin         VARCHAR(64) NOT NULL,
    version        BIGINT      NOT NULL,
    deleted        BOOLEAN     NOT NULL DEFAULT FALSE
);

CREATE TABLE note (
    id         UUID PRIMARY KEY,
    lead_id    UUID NOT NULL REFERENCES lead (id),
    text       VARCHAR(20000) NOT NULL,
    origin     VARCHAR(64) NOT NULL,
    version    BIGINT      NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted    BOOLEAN     NOT NULL DEFAULT FALSE
);

CREATE TABLE tag (
    operation_id UUID NOT NULL REFERENCES operation (id),
    name         VARCHAR(100) NOT NULL,
    color        VARCHAR(7)   NOT NULL,
    PRIMARY KEY (operation_id, name)
);

-- Words of values, notes and tags, for prefix search without scanning every lead.
CREATE TABLE search_term (
    operation_id UUID         NOT NULL,
    term         VARCHAR(128) NOT NULL,
    entity_id    UUID         NOT NULL,
    PRIMARY KEY (operation_id, term, entity_id)
);
CREATE INDEX ix_search_term_entity ON search_term (entity_id);

CREATE TABLE audit (
    seq          BIGINT AUTO_INCREMENT PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    subject_type VARCHAR(32)  NOT NULL,
    subject_id   VARCHAR(64)  NOT NULL,
    before_json  CLOB,
    after_json   CLOB
);
CREATE INDEX ix_audit_subject ON audit (subject_id, seq);
