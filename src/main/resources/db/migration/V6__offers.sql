-- Offers, prices and routes (issue [4]). An offer is a record that travels in packages like a lead record: id, origin
-- (the officer's key fingerprint), version raised on every edit, a tombstone for a deletion.
-- offer_route_leg is the whole route, in order; offer keeps its first and last point too, so that the route
-- aggregation reads one table through one index.

CREATE TABLE offer (
    id                  UUID PRIMARY KEY,
    operation_id        UUID           NOT NULL,
    type                VARCHAR(16)    NOT NULL,
    offered_text        VARCHAR(4000),
    amount              DECIMAL(18, 2) NOT NULL,
    currency            VARCHAR(3)     NOT NULL,
    unit                VARCHAR(16)    NOT NULL,
    price_eur           DECIMAL(18, 2) NOT NULL,
    eur_per_unit        DECIMAL(24, 12) NOT NULL, -- the rate the conversion used, kept when the table changes
    rate_date           DATE           NOT NULL,
    from_country        VARCHAR(2)     NOT NULL,
    from_place          VARCHAR(100),
    to_country          VARCHAR(2)     NOT NULL,
    to_place            VARCHAR(100),
    transport           VARCHAR(16),
    seen_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    platform            VARCHAR(32),
    status              VARCHAR(16)    NOT NULL,
    note                VARCHAR(20000),
    origin              VARCHAR(64)    NOT NULL,
    version             BIGINT         NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted             BOOLEAN        NOT NULL DEFAULT FALSE
);
-- Serves the route aggregation (group by from, to over the live travel offers of an operation: EUR prices, platforms
-- and days) from the index alone, without reading the rows; and the offers' count by type (stats' incidents).
CREATE INDEX ix_offer_route ON offer (operation_id, deleted, type, from_country, to_country, price_eur, platform, seen_at);
-- The offer list, newest first, paged by keyset.
CREATE INDEX ix_offer_seen ON offer (operation_id, seen_at DESC, id DESC);

CREATE TABLE offer_route_leg (
    offer_id UUID        NOT NULL REFERENCES offer (id),
    position INT         NOT NULL, -- 0 is the origin, the highest the destination
    country  VARCHAR(2)  NOT NULL,
    place    VARCHAR(100),
    PRIMARY KEY (offer_id, position)
);

-- The lead records that advertise an offer (record ids, as packages refer to records; the entity is found through
-- the record, so that hand merges need no update here).
CREATE TABLE offer_lead (
    offer_id UUID NOT NULL REFERENCES offer (id),
    lead_id  UUID NOT NULL REFERENCES lead (id),
    PRIMARY KEY (offer_id, lead_id)
);
CREATE INDEX ix_offer_lead_lead ON offer_lead (lead_id);

-- The captures that show an offer. No foreign key: the evidence store is built in parallel (issue [3]).
CREATE TABLE offer_evidence (
    offer_id   UUID NOT NULL REFERENCES offer (id),
    capture_id UUID NOT NULL,
    PRIMARY KEY (offer_id, capture_id)
);

-- An operation's own currency rates (EUR for one unit), replacing Leadline's dated defaults currency by currency.
CREATE TABLE operation_rate (
    operation_id UUID           NOT NULL REFERENCES operation (id),
    currency     VARCHAR(3)     NOT NULL,
    eur_per_unit DECIMAL(24, 12) NOT NULL,
    rates_on     DATE           NOT NULL,
    set_by       VARCHAR(64)    NOT NULL,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (operation_id, currency)
);

-- Live offers per operation and type, kept by every write like lead_tally: the counters never count the offers.
CREATE TABLE offer_tally (
    operation_id UUID        NOT NULL,
    type         VARCHAR(16) NOT NULL,
    n            BIGINT      NOT NULL,
    PRIMARY KEY (operation_id, type)
);
