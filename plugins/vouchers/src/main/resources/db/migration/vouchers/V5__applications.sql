-- Which eligibility rules a programme applies, one "rule-id=parameter" per line.
ALTER TABLE programme ADD COLUMN criteria VARCHAR(4000);

-- A holder's application for a voucher: what they stated, the review criterion by criterion,
-- the operator's decision with its reason, and the voucher an approval issued.
CREATE TABLE voucher_application (
    id                 UUID          NOT NULL PRIMARY KEY,
    programme_id       UUID          NOT NULL REFERENCES programme (id),
    holder             VARCHAR(100)  NOT NULL,
    requested          BIGINT        NOT NULL,
    holder_type        VARCHAR(10)   NOT NULL,
    registered_region  VARCHAR(31)   NOT NULL,
    industry           VARCHAR(100)  NOT NULL,
    employees          INTEGER       NOT NULL,
    review             VARCHAR(8000) NOT NULL,
    eligible           BOOLEAN       NOT NULL,
    status             VARCHAR(10)   NOT NULL,
    reason             VARCHAR(1000),
    decided_by         VARCHAR(100),
    decided_at         TIMESTAMP WITH TIME ZONE,
    voucher_code       VARCHAR(40),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version        BIGINT        NOT NULL
);
CREATE INDEX voucher_application_programme ON voucher_application (programme_id);
