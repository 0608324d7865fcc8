-- The region's directory of plugins: one row per registered plugin instance.
CREATE TABLE directory_instance (
    id              UUID          NOT NULL PRIMARY KEY,
    plugin_id       VARCHAR(31)   NOT NULL,
    instance        VARCHAR(64)   NOT NULL,
    plugin_version  VARCHAR(64)   NOT NULL,
    descriptor      VARCHAR(20000) NOT NULL,
    spi             VARCHAR(200),
    spi_version     VARCHAR(20),
    base_url        VARCHAR(500)  NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    message         VARCHAR(1000),
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version     BIGINT        NOT NULL,
    CONSTRAINT directory_instance_plugin_instance UNIQUE (plugin_id, instance)
);
CREATE INDEX directory_instance_spi ON directory_instance (spi);
