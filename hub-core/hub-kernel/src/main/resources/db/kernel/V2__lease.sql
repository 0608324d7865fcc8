-- Cluster-wide jobs: whoever holds a job's lease runs it; the lease runs out unless renewed.
CREATE TABLE lease (
    name         VARCHAR(100)  NOT NULL PRIMARY KEY,
    holder       VARCHAR(200)  NOT NULL,
    held_until   TIMESTAMP WITH TIME ZONE NOT NULL
);
