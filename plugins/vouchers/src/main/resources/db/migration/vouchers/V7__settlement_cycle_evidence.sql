-- Settlement periods are months by default but can be days or, in demos and tests, seconds: the
-- label grows from 2026-05 to an instant such as 2026-05-17T10:15:30Z.
ALTER TABLE settlement ALTER COLUMN period SET DATA TYPE VARCHAR(30);

-- What backs a settlement batch: the provider's invoice, delivery reports, acceptance records.
CREATE TABLE settlement_evidence (
    settlement_id  UUID         NOT NULL REFERENCES settlement (id),
    line           INTEGER      NOT NULL,
    reference      VARCHAR(200) NOT NULL,
    PRIMARY KEY (settlement_id, line)
);
