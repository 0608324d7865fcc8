-- Service providers (服务机构): registered by their own staff, admitted to programmes by operators,
-- publishing the service items vouchers pay for.
CREATE TABLE provider (
    id           UUID         NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    owner        VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version  BIGINT       NOT NULL
);

CREATE TABLE membership (
    id            UUID         NOT NULL PRIMARY KEY,
    provider_id   UUID         NOT NULL REFERENCES provider (id),
    programme_id  UUID         NOT NULL REFERENCES programme (id),
    status        VARCHAR(10)  NOT NULL,
    reason        VARCHAR(1000),
    decided_by    VARCHAR(100),
    decided_at    TIMESTAMP WITH TIME ZONE,
    row_version   BIGINT       NOT NULL,
    CONSTRAINT membership_once UNIQUE (provider_id, programme_id)
);

CREATE TABLE service_item (
    id           UUID         NOT NULL PRIMARY KEY,
    provider_id  UUID         NOT NULL REFERENCES provider (id),
    name         VARCHAR(200) NOT NULL,
    price        BIGINT       NOT NULL,
    currency     CHAR(3)      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX service_item_provider ON service_item (provider_id);
