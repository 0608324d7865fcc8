-- The region's event log: what plugins recorded, in the order the hub received it. Appends take
-- the one row of event_head under a lock, so sequences commit in order and a reader paging by
-- sequence never skips an event that commits late.
CREATE TABLE event_head (
    id             INTEGER      NOT NULL PRIMARY KEY,
    last_sequence  BIGINT       NOT NULL
);
INSERT INTO event_head (id, last_sequence) VALUES (1, 0);

CREATE TABLE event_log (
    sequence     BIGINT        NOT NULL PRIMARY KEY,
    id           UUID          NOT NULL,
    source       VARCHAR(31)   NOT NULL,
    type         VARCHAR(100)  NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    data         VARCHAR(8000) NOT NULL,
    CONSTRAINT event_log_once UNIQUE (id)
);
CREATE INDEX event_log_type ON event_log (type, sequence);
