-- Signed packages (issue [5]): the keys this workspace trusts, the packages it has taken in, and the conflicts it keeps.

-- A colleague's key, added after comparing its fingerprint in person. transport_key is their HPKE (X25519) public key,
-- for packages encrypted to them; it is known when the key came from one of their packages or key files.
CREATE TABLE trusted_key (
    fingerprint   VARCHAR(64)   PRIMARY KEY,
    public_key    VARBINARY(512) NOT NULL,
    transport_key VARBINARY(64),
    officer_id    UUID,
    name          VARCHAR(200),
    agency        VARCHAR(200),
    country       VARCHAR(2),
    added_by      VARCHAR(64)   NOT NULL,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every package taken in, and every package a merged package says it was merged from (via_package names the merged
-- one): the signed manifests travel on in the next merged package, so that provenance survives each hop.
CREATE TABLE package_seen (
    package_id   UUID          PRIMARY KEY,
    operation_id UUID          NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    signer       VARCHAR(64)   NOT NULL,
    sequence     BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    manifest     BLOB          NOT NULL, -- the exact signed bytes of leadpack.json
    signature    VARBINARY(128) NOT NULL,
    via_package  UUID,                  -- null when this workspace imported the package itself
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    summary_json CLOB                   -- what the import added, updated, found present and in conflict
);
CREATE INDEX ix_package_seen_signer ON package_seen (signer, sequence);
CREATE INDEX ix_package_seen_operation ON package_seen (operation_id, imported_at);

-- The variants of a record that share a version but differ in content. The record table holds the variant whose
-- content hash is lowest, so that any order of imports shows the same one; all of them stay here until a higher
-- version of the record arrives.
CREATE TABLE record_conflict (
    record_type  VARCHAR(32)  NOT NULL,
    record_id    UUID         NOT NULL,
    version      BIGINT       NOT NULL,
    content_sha  VARCHAR(64)  NOT NULL,
    operation_id UUID         NOT NULL,
    origin       VARCHAR(64)  NOT NULL,
    content      CLOB         NOT NULL, -- the record as its package carried it (wire JSON)
    package_id   UUID,                  -- the package it first came in; null for the workspace's own variant
    seen_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (record_type, record_id, version, content_sha)
);
CREATE INDEX ix_record_conflict_operation ON record_conflict (operation_id, record_type, record_id);

-- Training operations (issue [7]) never mix with real ones: packages of kind exercise/submission enter only these.
ALTER TABLE operation ADD COLUMN training BOOLEAN NOT NULL DEFAULT FALSE;

-- The officer's transport key pair (HPKE X25519): the private part sealed by the workspace key, like the signing key.
ALTER TABLE officer ADD COLUMN transport_key VARBINARY(64);
ALTER TABLE officer ADD COLUMN sealed_transport_key VARBINARY(1024);
