-- Every greeting given, in the hello plugin's own schema.
CREATE TABLE greeting (
    id          UUID         NOT NULL PRIMARY KEY,
    name        VARCHAR(40)  NOT NULL,
    language    VARCHAR(5)   NOT NULL,
    text        VARCHAR(200) NOT NULL,
    greeted_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
