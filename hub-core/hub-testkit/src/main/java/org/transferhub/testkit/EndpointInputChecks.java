package org.transferhub.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Bad input sent to every state-changing endpoint of a WAR by a caller the endpoint lets in:
 * malformed JSON, the wrong shape, wrong types, overflowing and negative amounts, an empty object,
 * oversized and odd strings. Every answer is a 4xx problem+json without a stack trace (a 400 where
 * the body cannot even be read), and afterwards the state the test names by a fingerprint is what
 * it was before.
 */
public final class EndpointInputChecks {

    /**
     * The bad bodies, by what is wrong with them. Each field of "wrong types" has a type no
     * endpoint's field of that name has (an object for a text, text for a number...), so no
     * endpoint can take it for valid input; odd but valid strings belong elsewhere.
     */
    public static final Map<String, String> BAD_BODIES = Map.of(
            "malformed JSON", "{\"name\": ",
            "an array for an object", "[1, 2, 3]",
            "a bare string", "\"hello\"",
            "an empty object", "{}",
            "wrong types",
                    "{\"name\": {\"x\": 1}, \"language\": [], \"holder\": [], \"amount\": \"lots\","
                            + " \"price\": true, \"budget\": \"much\", \"providerId\": {}, \"programmeId\": [],"
                            + " \"period\": [], \"approve\": \"yes\", \"accept\": {}, \"evidence\": {},"
                            + " \"reference\": {}, \"reason\": [], \"seed\": \"x\", \"username\": [],"
                            + " \"password\": {}, \"voucherCode\": {}, \"orderReference\": []}",
            "overflowing and negative amounts",
                    "{\"amount\": {\"amount\": 9223372036854775808, \"currency\": \"CNY\"},"
                            + " \"price\": {\"amount\": -1, \"currency\": \"CNY\"},"
                            + " \"budget\": {\"amount\": 1e400, \"currency\": \"XXXX\"}}",
            // Far over any field's limit, and under a socket buffer: an endpoint that answers before reading
            // the body (a wrong id, a role) must not stall the upload.
            "a huge string", "{\"name\": \"" + "x".repeat(40_000) + "\", \"language\": \"" + "y".repeat(1000) + "\"}");

    /** Bodies no endpoint can read as its object: a 400 is the only right answer. */
    private static final List<String> UNREADABLE = List.of("malformed JSON", "an array for an object", "a bare string");

    private EndpointInputChecks() {}

    /**
     * @param tokens signs a token with every role an endpoint allows, of {@code regionId}
     * @param fingerprint the state that must not change (e.g. an audit's figures); read once
     *     before the first request and once after the last
     */
    public static Stream<DynamicTest> checks(
            RegionClient region, Path war, RegionTokens tokens, String regionId, Supplier<String> fingerprint)
            throws IOException {
        AtomicReference<String> before = new AtomicReference<>();
        List<DynamicTest> checks = new ArrayList<>();
        checks.add(DynamicTest.dynamicTest("the state before", () -> before.set(fingerprint.get())));
        for (EndpointSecurity.Endpoint e : EndpointSecurity.endpoints(war)) {
            if (e.httpMethod().equals("GET") || !e.permitAll() && e.roles().isEmpty()) {
                continue; // reads change nothing; @DenyAll lets nobody in
            }
            String token = e.permitAll()
                    ? null
                    : tokens.sign("input-checker", List.copyOf(e.roles()), regionId, Duration.ofMinutes(30));
            String path = e.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            checks.add(DynamicTest.dynamicTest(e.httpMethod() + " " + e.path(), () -> {
                for (var bad : BAD_BODIES.entrySet()) {
                    RegionClient.Answer a = region.send(e.httpMethod(), path, token, bad.getValue());
                    String what = bad.getKey() + " to " + e.httpMethod() + " " + e.path() + ": " + a.status() + " "
                            + a.body();
                    assertTrue(a.status() >= 400 && a.status() < 500, what);
                    assertTrue(a.isProblem(), what);
                    assertFalse(a.body().contains("\tat ") || a.body().contains("<html"), what);
                    if (e.takesBody() && UNREADABLE.contains(bad.getKey())) {
                        assertEquals(400, a.status(), what);
                    }
                }
            }));
        }
        checks.add(DynamicTest.dynamicTest(
                "and the state is what it was", () -> assertEquals(before.get(), fingerprint.get())));
        return checks.stream();
    }
}
