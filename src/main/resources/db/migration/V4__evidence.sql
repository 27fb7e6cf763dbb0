-- Evidence (issue [3]): capture records of screenshots and document images, and what each is attached to.
-- The bytes are in evidence/, encrypted, named by a keyed hash of their SHA-256 (see EvidenceStore); a capture
-- record travels in packages like a lead record: id, origin (the capturing officer's fingerprint), version, tombstone.
CREATE TABLE capture (
    id            UUID PRIMARY KEY,
    operation_id  UUID          NOT NULL,
    sha256        VARCHAR(64)   NOT NULL, -- of the original bytes, computed while they were read at capture
    original_name VARCHAR(1000) NOT NULL,
    media_type    VARCHAR(100)  NOT NULL, -- detected from the content, never from the name
    size_bytes    BIGINT        NOT NULL,
    width         INT,
    height        INT,
    captured_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    time_zone     VARCHAR(64)   NOT NULL, -- the officer's zone at capture, for reading the time as they saw it
    officer_id    UUID          NOT NULL,
    origin        VARCHAR(64)   NOT NULL,
    tool_version  VARCHAR(64)   NOT NULL,
    source_url    VARCHAR(4096),
    platform      VARCHAR(32),
    note          VARCHAR(20000),
    derived_from  UUID,                   -- a crop, redaction or annotation points to its original
    derivation    VARCHAR(16),
    exif_time     VARCHAR(64),            -- as the camera wrote it: a local time without zone
    gps_latitude  DOUBLE PRECISION,
    gps_longitude DOUBLE PRECISION,
    software      VARCHAR(500),
    metadata_json CLOB,                   -- every metadata tag read at capture, for the viewer's panel
    preview_issue VARCHAR(500),           -- why there is no preview (HEIC, PDF, a broken image kept as evidence)
    record_hash   VARCHAR(64)   NOT NULL, -- SHA-256 of the record's fields: verify-workspace re-checks it
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted       BOOLEAN       NOT NULL DEFAULT FALSE
);
-- The grid reads an operation's captures newest first, by keyset.
CREATE INDEX ix_capture_operation ON capture (operation_id, captured_at DESC, id DESC);
CREATE INDEX ix_capture_sha ON capture (sha256);

-- What a capture is attached to: a lead record (the officer's own record of the entity), an offer or a document.
CREATE TABLE capture_link (
    id           UUID PRIMARY KEY,
    operation_id UUID        NOT NULL,
    capture_id   UUID        NOT NULL REFERENCES capture (id),
    target_type  VARCHAR(16) NOT NULL,
    target_id    UUID        NOT NULL,
    origin       VARCHAR(64) NOT NULL,
    version      BIGINT      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted      BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_capture_link UNIQUE (capture_id, target_type, target_id, origin)
);
CREATE INDEX ix_capture_link_target ON capture_link (target_id, capture_id);
