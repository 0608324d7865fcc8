-- Kernel tables, created in every plugin's own schema.
-- The first result of each state-changing request sent with an Idempotency-Key.
CREATE TABLE idempotency_record (
    scope          VARCHAR(400)     NOT NULL,
    idem_key       VARCHAR(255)     NOT NULL,
    request_hash   CHAR(64)         NOT NULL,
    status         INTEGER          NOT NULL,
    response_body  VARCHAR(1000000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_record_pk PRIMARY KEY (scope, idem_key)
);
