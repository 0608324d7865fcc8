package org.transferhub.ops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.transferhub.ops.faults.Faults;

/**
 * The fault runs of {@code ops/faults} (docs/faults.md) at a size that fits a build: 150
 * redemptions by 3 clients per run; kill -9 mid-load on H2 and on PostgreSQL, PostgreSQL stopped
 * in immediate mode mid-load, the bad-input corpus to every endpoint. Counts only: nothing
 * acknowledged lost, nothing done twice, no operation refused or given up, no bad input accepted,
 * the books balanced after each.
 */
class FaultsIT {

    private static final long OPERATIONS = 150;

    @Test
    void nothingAcknowledgedIsLostNothingIsDoneTwiceNoBadInputIsTakenAndTheBooksBalance() throws Exception {
        int port = Integer.parseInt(System.getProperty("faults.port", "18570"));
        Faults.Summary s = Faults.run(
                new Faults.Settings(
                        OPERATIONS,
                        3,
                        List.of("crash-h2", "crash-postgres", "outage"),
                        port,
                        18560,
                        Path.of("target", "faults")),
                System.out);
        Map<String, Map<String, Long>> counts = s.counts();
        assertEquals(List.of("crash-h2", "crash-postgres", "outage"), List.copyOf(counts.keySet()));
        counts.forEach((run, c) -> {
            assertEquals(OPERATIONS, c.get("acknowledged"), run + ": " + c);
            for (String none : List.of("lost", "duplicated", "gave up", "refused", "unbalanced")) {
                assertEquals(0, c.get(none), run + " " + none + ": " + c);
            }
        });
        long[] badInputs = s.badInputsTriedAndAccepted();
        assertTrue(badInputs[0] > 1000, "bad inputs tried: " + badInputs[0]);
        assertEquals(0, badInputs[1], "bad inputs accepted");
        assertTrue(s.passed(), "the region recovered in its own process, the state unchanged by bad inputs");
    }
}
