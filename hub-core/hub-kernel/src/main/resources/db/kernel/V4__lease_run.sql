-- Each run of a cluster-wide job (a LeasedJob): which instance ran it, when, and how it ended. An
-- operator of a cluster sees where a job runs and that it runs once per interval, not once per
-- instance. The job keeps the runs of its last 100 intervals; older rows are deleted as it goes.
CREATE TABLE lease_run (
    lease        VARCHAR(100)  NOT NULL,
    holder       VARCHAR(200)  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE,
    outcome      VARCHAR(10)   NOT NULL,
    PRIMARY KEY (lease, started_at, holder)
);
