-- The patent catalogue (专利开放许可 and 先使用后付费 offers), licences, trial and revenue reports,
-- invoices and payments. Money is integer minor units (fen) with its currency.
CREATE TABLE patent (
    id                   UUID          NOT NULL PRIMARY KEY,
    patent_number        VARCHAR(40)   NOT NULL,
    title                VARCHAR(300)  NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    -- one co-owner per line, in the order the patent names them
    owners               VARCHAR(2000) NOT NULL,
    expires_on           DATE          NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    field                VARCHAR(200)  NOT NULL,
    abstract_text        VARCHAR(4000) NOT NULL,
    evaluation_report    VARCHAR(100),
    -- the licensor's provider id in the vouchers plugin; NULL: the licensor takes no vouchers
    voucher_provider_id  VARCHAR(36),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version          BIGINT        NOT NULL,
    CONSTRAINT patent_number_once UNIQUE (patent_number)
);

CREATE TABLE offer (
    id               UUID          NOT NULL PRIMARY KEY,
    patent_id        UUID          NOT NULL REFERENCES patent (id),
    kind             VARCHAR(20)   NOT NULL,
    schedule_type    VARCHAR(60)   NOT NULL,
    -- one parameter=value per line
    schedule_params  VARCHAR(2000) NOT NULL,
    currency         CHAR(3)       NOT NULL,
    annual_minimum   BIGINT,
    annual_cap       BIGINT,
    term_months      INTEGER       NOT NULL,
    trial_days       INTEGER,
    field_of_use     VARCHAR(500)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    -- one consenting co-owner per line
    consents         VARCHAR(2000) NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version      BIGINT        NOT NULL
);
CREATE INDEX offer_patent ON offer (patent_id);

CREATE TABLE licence (
    id                 UUID          NOT NULL PRIMARY KEY,
    offer_id           UUID          NOT NULL REFERENCES offer (id),
    patent_number      VARCHAR(40)   NOT NULL,
    licensee           VARCHAR(100)  NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    broker_id          VARCHAR(36),
    starts_on          DATE          NOT NULL,
    trial_ends_on      DATE,
    royalties_from     DATE,
    ends_on            DATE,
    recordation_due    DATE          NOT NULL,
    recorded_on        DATE,
    record_number      VARCHAR(60),
    decided_at         TIMESTAMP WITH TIME ZONE,
    trial_outcome      VARCHAR(20),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version        BIGINT        NOT NULL
);
CREATE INDEX licence_offer ON licence (offer_id);
CREATE INDEX licence_licensee ON licence (licensee);

CREATE TABLE trial_report (
    id           UUID          NOT NULL PRIMARY KEY,
    licence_id   UUID          NOT NULL REFERENCES licence (id),
    usage_text   VARCHAR(2000) NOT NULL,
    performance  VARCHAR(2000) NOT NULL,
    units        BIGINT        NOT NULL,
    reported_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX trial_report_licence ON trial_report (licence_id);

CREATE TABLE revenue_report (
    id           UUID         NOT NULL PRIMARY KEY,
    licence_id   UUID         NOT NULL REFERENCES licence (id),
    licence_year INTEGER      NOT NULL,
    period_from  DATE         NOT NULL,
    period_to    DATE         NOT NULL,
    net_sales    BIGINT       NOT NULL,
    profit       BIGINT       NOT NULL,
    units        BIGINT       NOT NULL,
    currency     CHAR(3)      NOT NULL,
    royalty      BIGINT       NOT NULL,
    due_by       DATE         NOT NULL,
    late         BOOLEAN      NOT NULL,
    reported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT revenue_report_period_once UNIQUE (licence_id, period_from)
);

CREATE TABLE invoice (
    id           UUID         NOT NULL PRIMARY KEY,
    licence_id   UUID         NOT NULL REFERENCES licence (id),
    report_id    UUID         NOT NULL REFERENCES revenue_report (id),
    licensee     VARCHAR(100) NOT NULL,
    amount       BIGINT       NOT NULL,
    paid         BIGINT       NOT NULL,
    currency     CHAR(3)      NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    issued_on    DATE         NOT NULL,
    due_on       DATE         NOT NULL,
    row_version  BIGINT       NOT NULL
);
CREATE INDEX invoice_licence ON invoice (licence_id);

CREATE TABLE payment (
    id            UUID         NOT NULL PRIMARY KEY,
    invoice_id    UUID         NOT NULL REFERENCES invoice (id),
    amount        BIGINT       NOT NULL,
    currency      CHAR(3)      NOT NULL,
    method        VARCHAR(10)  NOT NULL,
    reference     VARCHAR(100) NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    paid_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payment_invoice ON payment (invoice_id);
