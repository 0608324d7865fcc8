package org.transferhub.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlagsTest {

    /** What the command's usage would print before it exits. */
    static final class Usage extends RuntimeException {
        Usage(String problem) {
            super(problem);
        }
    }

    private static Flags parse(String... args) {
        return Flags.parse(List.of(args), Set.of("--port", "--data", "--db", "--db-url", "--db-user"), p -> {
            throw new Usage(p);
        });
    }

    @Test
    void readsTheOptionsAndFallsBackToTheDefaults() {
        Flags f = parse("--port", "9090", "--data", "/srv/demo");
        assertEquals(9090, f.number("--port", 8080, 1, 65535));
        assertEquals(Path.of("/srv/demo"), f.path("--data", Path.of("data")));
        assertEquals(new RegionOptions.H2(), f.database("demo", "h2"));
        assertEquals(
                new RegionOptions.Postgres("jdbc:postgresql://127.0.0.1:5432/transferhub_demo", "postgres", ""),
                parse("--db", "postgres").database("demo", "h2"));
        assertEquals(
                new RegionOptions.Postgres("jdbc:postgresql://db:5432/x", "hub", ""),
                parse("--db-url", "jdbc:postgresql://db:5432/x", "--db-user", "hub")
                        .database("demo", "postgres"));
    }

    @Test
    void refusesWhatTheCommandDoesNotTakeInWordsThatSayWhy() {
        assertEquals(
                "unknown option --colour",
                assertThrows(Usage.class, () -> parse("--colour", "red")).getMessage());
        assertEquals(
                "--data needs a value",
                assertThrows(Usage.class, () -> parse("--data")).getMessage());
        assertEquals(
                "--port takes a number from 1 to 65535, not eighty",
                assertThrows(Usage.class, () -> parse("--port", "eighty").number("--port", 8080, 1, 65535))
                        .getMessage());
        assertEquals(
                "--db is h2 or postgres, not mysql",
                assertThrows(Usage.class, () -> parse("--db", "mysql").database("demo", "h2"))
                        .getMessage());
    }
}
