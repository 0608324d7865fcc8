-- The vouchers ledger: double-entry and append-only. A journal is one movement; its postings
-- add up to zero per currency. Rows are inserted, never updated or deleted; a correction is a
-- new, reversing journal.
CREATE TABLE journal (
    id          UUID         NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    reference   VARCHAR(100) NOT NULL,
    region      VARCHAR(31)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE posting (
    id          UUID         NOT NULL PRIMARY KEY,
    journal_id  UUID         NOT NULL REFERENCES journal (id),
    account     VARCHAR(120) NOT NULL,
    amount      BIGINT       NOT NULL,
    currency    CHAR(3)      NOT NULL,
    region      VARCHAR(31)  NOT NULL
);
CREATE INDEX posting_account ON posting (account);
CREATE INDEX posting_journal ON posting (journal_id);

-- A programme: a sponsor's budget and the rule by which its vouchers pay a share of a price.
CREATE TABLE programme (
    id                    UUID         NOT NULL PRIMARY KEY,
    name                  VARCHAR(200) NOT NULL,
    sponsor               VARCHAR(200) NOT NULL,
    budget                BIGINT       NOT NULL,
    currency              CHAR(3)      NOT NULL,
    subsidy_basis_points  INTEGER      NOT NULL,
    cap_per_voucher       BIGINT       NOT NULL,
    starts_on             DATE         NOT NULL,
    ends_on               DATE         NOT NULL,
    row_version           BIGINT       NOT NULL
);

-- A voucher: its issued amount and, kept with it under a row lock, its available and held amounts
-- (the ledger's balances of its two accounts; the audit compares them).
CREATE TABLE voucher (
    code          VARCHAR(40)  NOT NULL PRIMARY KEY,
    programme_id  UUID         NOT NULL REFERENCES programme (id),
    holder        VARCHAR(100) NOT NULL,
    amount        BIGINT       NOT NULL,
    available     BIGINT       NOT NULL,
    held          BIGINT       NOT NULL,
    currency      CHAR(3)      NOT NULL,
    use_by        DATE         NOT NULL,
    redeem_by     DATE         NOT NULL,
    row_version   BIGINT       NOT NULL,
    CONSTRAINT voucher_not_overdrawn CHECK (available >= 0 AND held >= 0)
);

-- A provider's hold on a voucher for one order, then captured or voided.
CREATE TABLE voucher_hold (
    id               UUID         NOT NULL PRIMARY KEY,
    voucher_code     VARCHAR(40)  NOT NULL REFERENCES voucher (code),
    provider_id      UUID         NOT NULL,
    order_reference  VARCHAR(64)  NOT NULL,
    price            BIGINT       NOT NULL,
    voucher_share    BIGINT       NOT NULL,
    holder_share     BIGINT       NOT NULL,
    status           VARCHAR(10)  NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version      BIGINT       NOT NULL
);
CREATE INDEX voucher_hold_voucher ON voucher_hold (voucher_code);
