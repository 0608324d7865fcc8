-- Settlement: captured redemptions batched per provider and month, checked by an accountant,
-- approved by a second person, then paid. Each captured hold is settled once.
ALTER TABLE voucher_hold ADD COLUMN captured_at TIMESTAMP WITH TIME ZONE;
-- A string: EclipseLink 4.0 cannot bind a null UUID.
ALTER TABLE voucher_hold ADD COLUMN settlement_id VARCHAR(36);

CREATE TABLE settlement (
    id                 UUID         NOT NULL PRIMARY KEY,
    programme_id       UUID         NOT NULL REFERENCES programme (id),
    provider_id        UUID         NOT NULL REFERENCES provider (id),
    period             CHAR(7)      NOT NULL,
    amount             BIGINT       NOT NULL,
    currency           CHAR(3)      NOT NULL,
    status             VARCHAR(10)  NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by        VARCHAR(100),
    approved_at        TIMESTAMP WITH TIME ZONE,
    payment_reference  VARCHAR(100),
    paid_at            TIMESTAMP WITH TIME ZONE,
    row_version        BIGINT       NOT NULL,
    CONSTRAINT settlement_once UNIQUE (programme_id, provider_id, period)
);
