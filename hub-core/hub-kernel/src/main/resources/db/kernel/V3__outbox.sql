-- Events a plugin recorded, written in the same transaction as the fact, until relayed to the
-- hub's event log. A relayed event keeps its row (relayed_at set): the plugin's own record of what it said.
CREATE TABLE outbox (
    id           UUID          NOT NULL PRIMARY KEY,
    type         VARCHAR(100)  NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    data         VARCHAR(8000) NOT NULL,
    relayed_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbox_unrelayed ON outbox (relayed_at, occurred_at);
