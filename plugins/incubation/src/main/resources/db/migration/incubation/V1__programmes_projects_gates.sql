-- A proof-of-concept programme (a cohort) and its four stages, each with its deadline, its funding
-- cap per project, the scorecard its reviewers use and the gate rule the committee applies.
CREATE TABLE programme (
    id           UUID         NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    currency     CHAR(3)      NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version  BIGINT       NOT NULL
);

CREATE TABLE programme_stage (
    id              UUID         NOT NULL PRIMARY KEY,
    programme_id    UUID         NOT NULL REFERENCES programme (id),
    stage           VARCHAR(20)  NOT NULL,
    deadline        DATE         NOT NULL,
    funding_cap     BIGINT       NOT NULL,
    scorecard       VARCHAR(100) NOT NULL,
    gate_rule       VARCHAR(100),
    gate_parameter  VARCHAR(200),
    CONSTRAINT programme_stage_once UNIQUE (programme_id, stage)
);

-- A project built on a research result. stage and round say where it stands; a REVISE starts a
-- new round of reviews at the same stage.
CREATE TABLE project (
    id                 UUID          NOT NULL PRIMARY KEY,
    programme_id       UUID          NOT NULL REFERENCES programme (id),
    title              VARCHAR(200)  NOT NULL,
    institution        VARCHAR(200)  NOT NULL,
    team               VARCHAR(1000) NOT NULL,
    field              VARCHAR(100)  NOT NULL,
    trl                INTEGER       NOT NULL,
    ip_references      VARCHAR(1000),
    requested_funding  BIGINT        NOT NULL,
    currency           CHAR(3)       NOT NULL,
    applicant          VARCHAR(100)  NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    stage              VARCHAR(20)   NOT NULL,
    round              INTEGER       NOT NULL,
    manager_id         VARCHAR(36),
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    screened_by        VARCHAR(100),
    screened_at        TIMESTAMP WITH TIME ZONE,
    screening_reason   VARCHAR(1000),
    row_version        BIGINT        NOT NULL
);
CREATE INDEX project_programme ON project (programme_id);

-- A project's time at one stage: opened when it enters, closed by the gate's ADVANCE or REJECT.
CREATE TABLE stage_passage (
    id           UUID        NOT NULL PRIMARY KEY,
    project_id   UUID        NOT NULL REFERENCES project (id),
    stage        VARCHAR(20) NOT NULL,
    entered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at      TIMESTAMP WITH TIME ZONE,
    outcome      VARCHAR(20),
    CONSTRAINT stage_passage_once UNIQUE (project_id, stage)
);

CREATE TABLE reviewer_assignment (
    id               UUID          NOT NULL PRIMARY KEY,
    project_id       UUID          NOT NULL REFERENCES project (id),
    stage            VARCHAR(20)   NOT NULL,
    reviewer         VARCHAR(100)  NOT NULL,
    institution      VARCHAR(200)  NOT NULL,
    assigned_by      VARCHAR(100)  NOT NULL,
    assigned_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    conflict_reason  VARCHAR(1000),
    declared_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT reviewer_assignment_once UNIQUE (project_id, stage, reviewer)
);

-- One reviewer's scores in one round: criterion id to points, one per line.
CREATE TABLE review (
    id            UUID          NOT NULL PRIMARY KEY,
    project_id    UUID          NOT NULL REFERENCES project (id),
    stage         VARCHAR(20)   NOT NULL,
    round         INTEGER       NOT NULL,
    reviewer      VARCHAR(100)  NOT NULL,
    scores        VARCHAR(2000) NOT NULL,
    weighted      NUMERIC(5, 2) NOT NULL,
    remarks       VARCHAR(4000) NOT NULL,
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT review_once UNIQUE (project_id, stage, round, reviewer)
);

-- The committee's decision on one round: inserted once, never updated.
CREATE TABLE decision (
    id              UUID          NOT NULL PRIMARY KEY,
    project_id      UUID          NOT NULL REFERENCES project (id),
    stage           VARCHAR(20)   NOT NULL,
    round           INTEGER       NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    reason          VARCHAR(4000) NOT NULL,
    weighted_score  NUMERIC(5, 2) NOT NULL,
    reviews         INTEGER       NOT NULL,
    decided_by      VARCHAR(100)  NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT decision_once UNIQUE (project_id, stage, round)
);

CREATE TABLE funding_grant (
    id          UUID          NOT NULL PRIMARY KEY,
    project_id  UUID          NOT NULL REFERENCES project (id),
    stage       VARCHAR(20)   NOT NULL,
    amount      BIGINT        NOT NULL,
    currency    CHAR(3)       NOT NULL,
    purpose     VARCHAR(1000) NOT NULL,
    granted_by  VARCHAR(100)  NOT NULL,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX funding_grant_project ON funding_grant (project_id);

CREATE TABLE milestone (
    id           UUID         NOT NULL PRIMARY KEY,
    project_id   UUID         NOT NULL REFERENCES project (id),
    title        VARCHAR(200) NOT NULL,
    due_on       DATE         NOT NULL,
    achieved_on  DATE,
    row_version  BIGINT       NOT NULL
);

-- A team's periodic report of its key performance indicators; one per project and period.
CREATE TABLE kpi_report (
    id               UUID          NOT NULL PRIMARY KEY,
    project_id       UUID          NOT NULL REFERENCES project (id),
    report_period    VARCHAR(7)    NOT NULL,
    prototypes       INTEGER       NOT NULL,
    pilot_customers  INTEGER       NOT NULL,
    revenue          BIGINT        NOT NULL,
    funding_raised   BIGINT        NOT NULL,
    currency         CHAR(3)       NOT NULL,
    note             VARCHAR(2000),
    reported_by      VARCHAR(100)  NOT NULL,
    reported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT kpi_report_once UNIQUE (project_id, report_period)
);

-- What a project achieved, recorded whenever it happens, also long after its programme ended.
CREATE TABLE outcome (
    id            UUID         NOT NULL PRIMARY KEY,
    project_id    UUID         NOT NULL REFERENCES project (id),
    kind          VARCHAR(20)  NOT NULL,
    counterpart   VARCHAR(200) NOT NULL,
    amount        BIGINT,
    valuation     BIGINT,
    currency      CHAR(3)      NOT NULL,
    occurred_on   DATE         NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX outcome_project ON outcome (project_id);
