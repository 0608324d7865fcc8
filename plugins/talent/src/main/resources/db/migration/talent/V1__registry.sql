-- The registry of technology managers: profiles (public and private columns apart in the API,
-- together here), certification applications and renewals, assignments to projects, and the
-- track record credited from the region's event log.
CREATE TABLE manager (
    id                UUID          NOT NULL PRIMARY KEY,
    username          VARCHAR(100)  NOT NULL,
    display_name      VARCHAR(100)  NOT NULL,
    affiliation       VARCHAR(200)  NOT NULL,
    affiliation_kind  VARCHAR(20)   NOT NULL,
    region            VARCHAR(31)   NOT NULL,
    fields            VARCHAR(400)  NOT NULL,
    languages         VARCHAR(100)  NOT NULL,
    capacity          INTEGER       NOT NULL,
    available         BOOLEAN       NOT NULL,
    phone             VARCHAR(30)   NOT NULL,
    id_number         VARCHAR(30)   NOT NULL,
    level             VARCHAR(12),
    status            VARCHAR(12)   NOT NULL,
    certified_until   DATE,
    status_reason     VARCHAR(1000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version       BIGINT        NOT NULL,
    CONSTRAINT manager_one_per_user UNIQUE (username)
);

CREATE TABLE certification (
    id              UUID          NOT NULL PRIMARY KEY,
    manager_id      UUID          NOT NULL REFERENCES manager (id),
    kind            VARCHAR(20)   NOT NULL,
    level           VARCHAR(12)   NOT NULL,
    hours           INTEGER       NOT NULL,
    evidence        VARCHAR(8000) NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    reason          VARCHAR(1000),
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version     BIGINT        NOT NULL
);
CREATE INDEX certification_manager ON certification (manager_id);

CREATE TABLE assignment (
    id            UUID          NOT NULL PRIMARY KEY,
    project_id    UUID          NOT NULL,
    manager_id    UUID          NOT NULL REFERENCES manager (id),
    institution   VARCHAR(200)  NOT NULL,
    field         VARCHAR(40)   NOT NULL,
    assigned_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at   TIMESTAMP WITH TIME ZONE,
    row_version   BIGINT        NOT NULL
);
CREATE INDEX assignment_project ON assignment (project_id);
CREATE INDEX assignment_manager ON assignment (manager_id);

-- A deal credited to a manager: one row per event of the region's log, whatever the resends.
CREATE TABLE track_record (
    event_id     UUID          NOT NULL PRIMARY KEY,
    manager_id   UUID          NOT NULL REFERENCES manager (id),
    type         VARCHAR(100)  NOT NULL,
    source       VARCHAR(31)   NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    data         VARCHAR(8000) NOT NULL
);
CREATE INDEX track_record_manager ON track_record (manager_id);

-- How far the registry has read the region's event log.
CREATE TABLE feed_cursor (
    id             INTEGER NOT NULL PRIMARY KEY,
    last_sequence  BIGINT  NOT NULL
);
INSERT INTO feed_cursor (id, last_sequence) VALUES (1, 0);
