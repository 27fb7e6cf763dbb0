-- Travel and ID document records and the face-check ledger (issue [3]). Both refer to evidence captures by their
-- UUID only, without a foreign key: a record may arrive in a package before or without the capture it names.
-- Like lead, both travel in packages and so carry id, origin (the officer's key fingerprint), version and a tombstone.

CREATE TABLE travel_document (
    id              UUID PRIMARY KEY,
    operation_id    UUID         NOT NULL,
    doc_type        VARCHAR(32)  NOT NULL,
    issuing_country VARCHAR(3)   NOT NULL,
    number          VARCHAR(30)  NOT NULL,
    surname         VARCHAR(200),
    given_names     VARCHAR(200),
    nationality     VARCHAR(3),
    birth_date      DATE,
    sex             VARCHAR(1),
    expiry_date     DATE,
    mrz             VARCHAR(200),  -- the zone's lines as read, separated by line breaks; NULL when typed by hand
    checks          VARCHAR(500),  -- field|written|computed per check digit, ';'-separated; NULL when typed by hand
    note            VARCHAR(20000),
    origin          VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted         BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_travel_document_operation ON travel_document (operation_id, created_at, id);

-- The captured images of a document, in the order they were linked.
CREATE TABLE document_image (
    document_id UUID NOT NULL REFERENCES travel_document (id),
    capture_id  UUID NOT NULL,
    position    INT  NOT NULL,
    PRIMARY KEY (document_id, capture_id)
);

CREATE TABLE face_check (
    id           UUID PRIMARY KEY,
    operation_id UUID          NOT NULL,
    image_id     UUID          NOT NULL,
    system       VARCHAR(200)  NOT NULL,
    result       VARCHAR(16)   NOT NULL,
    reference    VARCHAR(200),
    checked_on   DATE          NOT NULL,
    note         VARCHAR(20000),
    origin       VARCHAR(64)   NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted      BOOLEAN       NOT NULL DEFAULT FALSE
);
-- Serves both the ledger (newest first) and the count of distinct images checked.
CREATE INDEX ix_face_check_image ON face_check (operation_id, image_id);
CREATE INDEX ix_face_check_operation ON face_check (operation_id, created_at, id);

-- The face-check systems are a workspace setting ('face-check.systems', one name per line); until an officer
-- changes the list, FaceCheckService's defaults apply.
