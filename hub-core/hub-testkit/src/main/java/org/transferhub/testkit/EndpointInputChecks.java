package org.transferhub.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Bad input sent to every endpoint of a WAR by a caller the endpoint lets in: bad bodies to each
 * state-changing endpoint, odd and hostile values in each path parameter. Every answer is a 4xx
 * problem+json without a stack trace (a 400 where the body cannot even be read), and afterwards
 * the state the caller names by a fingerprint is what it was before. One corpus, run by the
 * regions' tests ({@link #checks}) and by the fault runs of {@code ops/faults} ({@link #sweep}).
 */
public final class EndpointInputChecks {

    /** Odd text: a lone surrogate and NUL (escaped, as JSON carries them), bidi override, a 4-byte emoji, combining marks... */
    static final List<String> UNICODE = List.of(
            "\\ud800",
            "x\\udc00y",
            "\\u0000",
            "\u202Eevil\u202C",
            "\uD83D\uDE00\uD83D\uDC68\u200D\uD83D\uDC69",
            "e" + "\u0301".repeat(200),
            "\u00C0\u00AF\u00E0\u0080\u00AF",
            "\\uffff\\ufffe\u200B");

    /** Hostile text: SQL, markup, JNDI lookup, path traversal, header splitting, template expressions. */
    static final List<String> INJECTION = List.of(
            "' OR 1=1 --",
            "'; DROP TABLE vouchers.voucher; --",
            "<script>alert(1)</script>",
            "${jndi:ldap://x.invalid/a}",
            "../../etc/passwd",
            "\\r\\nSet-Cookie: injected=1",
            "#{7*7}{{7*7}}");

    /**
     * The bad bodies, by what is wrong with them. Each is wrong for every endpoint: no field of
     * it is valid input where an endpoint has a field of that name (a wrong type, an amount out of
     * range, a string past any field's limit or not of the field's format), or it lacks what every
     * endpoint needs. Odd but valid strings belong in the flows' tests. {@code ${voucher}},
     * {@code ${provider}} and {@code ${programme}} are real ids when the caller has them, so the
     * amount checks behind the "unknown id" check are reached.
     */
    public static final Map<String, List<String>> BAD_BODIES = bodies();

    private static Map<String, List<String>> bodies() {
        Map<String, List<String>> b = new LinkedHashMap<>();
        b.put("malformed JSON", List.of("{\"name\": ", "{\"name\": \"x\",}", "{'name': 'x'}", "nul", ""));
        b.put("an array for an object", List.of("[1, 2, 3]"));
        b.put("a bare string", List.of("\"hello\""));
        b.put("an empty object", List.of("{}"));
        b.put(
                "wrong types",
                List.of("{\"name\": {\"x\": 1}, \"language\": [], \"holder\": [], \"amount\": \"lots\","
                        + " \"price\": true, \"budget\": \"much\", \"providerId\": {}, \"programmeId\": [],"
                        + " \"period\": [], \"approve\": \"yes\", \"accept\": {}, \"evidence\": {},"
                        + " \"reference\": {}, \"reason\": [], \"seed\": \"x\", \"username\": [],"
                        + " \"password\": {}, \"voucherCode\": {}, \"orderReference\": []}"));
        b.put(
                "numbers as strings",
                List.of("{\"amount\": {\"amount\": \"100\", \"currency\": \"CNY\"}, \"price\": {\"amount\": \"-100\","
                        + " \"currency\": \"CNY\"}, \"budget\": {\"amount\": \"1e3\", \"currency\": \"CNY\"},"
                        + " \"subsidyBasisPoints\": \"99999\", \"limit\": \"-1\", \"seed\": \"1\"}"));
        List<String> amounts = new ArrayList<>();
        for (String a : List.of("9223372036854775808", "-9223372036854775809", "-1", "0", "1e400", "1.5", "-0.0")) {
            String money = "{\"amount\": " + a + ", \"currency\": \"CNY\"}";
            // Everything a hold, a grant or a programme needs but a good amount (and no name: a name
            // alone registers a provider).
            amounts.add(
                    "{\"voucherCode\": \"${voucher}\", \"providerId\": \"${provider}\", \"programmeId\": \"${programme}\","
                            + " \"orderReference\": \"BAD-INPUT\", \"holder\": \"holder\", \"sponsor\": \"Bad input\","
                            + " \"subsidyBasisPoints\": 5000, \"useBy\": \"2099-01-01\", \"redeemBy\": \"2099-01-02\","
                            + " \"startsOn\": \"2000-01-01\", \"endsOn\": \"2099-01-01\","
                            + " \"price\": " + money + ", \"amount\": " + money + ", \"budget\": " + money
                            + ", \"capPerVoucher\": " + money + ", \"royalty\": " + money + "}");
        }
        b.put("negative, zero, overflowing and fractional amounts", amounts);
        // Far over any field's limit, and under a socket buffer: an endpoint that answers before reading
        // the body (a wrong id, a role) must not stall the upload.
        b.put(
                "a huge string",
                List.of("{\"name\": \"" + "x".repeat(40_000) + "\", \"language\": \"" + "y".repeat(1000) + "\"}"));
        // Over nginx's client_max_body_size (10 MB) in a cluster; a region alone reads it and refuses it.
        b.put("a huge body", List.of("{\"name\": \"" + "x".repeat(12 * 1024 * 1024) + "\"}"));
        b.put(
                "deeply nested JSON",
                List.of(
                        "{\"name\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}",
                        "{\"a\": ".repeat(20_000) + "1" + "}".repeat(20_000)));
        b.put(
                "unicode edge cases",
                UNICODE.stream().map(EndpointInputChecks::everywhere).toList());
        b.put(
                "injection strings",
                INJECTION.stream().map(EndpointInputChecks::everywhere).toList());
        return java.util.Collections.unmodifiableMap(b);
    }

    /**
     * {@code s} in every field: as it is where a field has a format it cannot match (ids, codes,
     * dates, currencies), and past any length limit where a field is free text.
     */
    private static String everywhere(String s) {
        String text = s + " " + "x".repeat(40_000);
        StringBuilder b = new StringBuilder("{");
        for (String f :
                List.of("voucherCode", "providerId", "programmeId", "period", "useBy", "redeemBy", "language")) {
            b.append('"').append(f).append("\": \"").append(s).append("\", ");
        }
        for (String f :
                List.of("name", "holder", "orderReference", "reason", "sponsor", "username", "password", "reference")) {
            b.append('"').append(f).append("\": \"").append(text).append("\", ");
        }
        return b.append("\"price\": {\"amount\": 100, \"currency\": \"")
                .append(s)
                .append("\"}}")
                .toString();
    }

    /** Bodies no endpoint can read as its object: a 400 is the only right answer. */
    private static final List<String> UNREADABLE = List.of("malformed JSON", "an array for an object", "a bare string");

    /** The category of odd and hostile values sent in path parameters. */
    public static final String IN_PATHS = "unicode and injection in path parameters";

    private EndpointInputChecks() {}

    /**
     * One bad request and its answer.
     *
     * @param category a key of {@link #BAD_BODIES}, or {@link #IN_PATHS}
     * @param request method and path
     * @param wrong what is wrong with the answer, or null when it is the 4xx problem+json it should be
     * @param beforeTheRegion the server's HTTP layer refused the request line itself (a bare 400
     *     without a body: Payara does so for NUL and backslash in a path), before any WAR
     */
    public record Finding(String category, String request, String wrong, boolean beforeTheRegion) {

        /** The region took the bad input for good, or answered it the wrong way. */
        public boolean accepted() {
            return wrong != null && !beforeTheRegion;
        }
    }

    /**
     * The bad requests to one endpoint, each with its answer: every bad body to a state-changing
     * endpoint (at a random id, and at a real one where {@code realIds} has it), odd and hostile
     * values in each path parameter of any endpoint.
     *
     * @param realIds real ids by the path segment before the parameter ({@code programmes},
     *     {@code vouchers}, {@code holds}...) and by the names {@code voucher}, {@code provider},
     *     {@code programme} used in bodies; may be empty
     */
    public static List<Finding> sweep(
            RegionClient region,
            EndpointSecurity.Endpoint e,
            RegionTokens tokens,
            String regionId,
            Map<String, String> realIds) {
        if (!e.permitAll() && e.roles().isEmpty()) {
            return List.of(); // @DenyAll lets nobody in
        }
        String token = e.permitAll()
                ? null
                : tokens.sign("input-checker", List.copyOf(e.roles()), regionId, Duration.ofMinutes(30));
        List<Finding> findings = new ArrayList<>();
        if (!e.httpMethod().equals("GET")) {
            List<String> paths = new ArrayList<>(List.of(path(e.path(), Map.of(), null)));
            // A real id only where a body comes too: a request without one would be a good request.
            String real = path(e.path(), realIds, null);
            if (e.takesBody() && !paths.contains(real)) {
                paths.add(real);
            }
            for (String path : paths) {
                for (var category : BAD_BODIES.entrySet()) {
                    for (String body : category.getValue()) {
                        String filled = fill(body, realIds);
                        findings.add(check(
                                region,
                                e,
                                category.getKey(),
                                path,
                                token,
                                filled,
                                e.takesBody() && UNREADABLE.contains(category.getKey())));
                    }
                }
            }
        }
        if (e.path().contains("{")) {
            for (String odd :
                    Stream.concat(UNICODE.stream(), INJECTION.stream()).toList()) {
                String value = URLEncoder.encode(
                                odd.replace("\\u0000", "\u0000").replace("\\r\\n", "\r\n"), StandardCharsets.UTF_8)
                        .replace("+", "%20");
                findings.add(check(
                        region,
                        e,
                        IN_PATHS,
                        path(e.path(), Map.of(), value),
                        token,
                        e.httpMethod().equals("GET") ? null : "{}",
                        false));
            }
        }
        return findings;
    }

    private static Finding check(
            RegionClient region,
            EndpointSecurity.Endpoint e,
            String category,
            String path,
            String token,
            String body,
            boolean unreadable) {
        String request = e.httpMethod() + " " + path;
        String shown = request.length() > 200 ? request.substring(0, 200) + "..." : request;
        RegionClient.Answer a;
        try {
            a = region.send(e.httpMethod(), path, token, body);
        } catch (RuntimeException failed) {
            return new Finding(category, shown, "no answer: " + failed, false);
        }
        String wrong = null;
        if (a.status() < 400 || a.status() >= 500) {
            wrong = "answered " + a.status();
        } else if (!a.isProblem()) {
            wrong = "answered " + a.status() + " as " + a.contentType();
        } else if (a.body().contains("\tat ") || a.body().contains("<html")) {
            wrong = "a stack trace or a page";
        } else if (unreadable && a.status() != 400) {
            wrong = "answered " + a.status() + ", not 400";
        } else if (a.raw().headers().map().keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Set-Cookie"))) {
            wrong = "set a cookie";
        }
        return new Finding(
                category,
                shown,
                wrong == null
                        ? null
                        : wrong + ": " + a.body().substring(0, Math.min(a.body().length(), 300)),
                a.status() == 400 && a.contentType() == null && a.body().isEmpty());
    }

    private static final Pattern PARAM = Pattern.compile("\\{[^}]+}");

    /** The path with each parameter filled: {@code value} if given, else the real id of its segment, else a random id. */
    private static String path(String template, Map<String, String> realIds, String value) {
        Matcher m = PARAM.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String before = template.substring(0, m.start());
            String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
            String v = value != null
                    ? value
                    : realIds.getOrDefault(segment, UUID.randomUUID().toString());
            m.appendReplacement(b, Matcher.quoteReplacement(v));
        }
        return m.appendTail(b).toString();
    }

    private static String fill(String body, Map<String, String> realIds) {
        if (!body.contains("${")) {
            return body;
        }
        return body.replace("${voucher}", realIds.getOrDefault("voucher", "TH-NOSUCHVOUCHER"))
                .replace(
                        "${provider}",
                        realIds.getOrDefault("provider", UUID.randomUUID().toString()))
                .replace(
                        "${programme}",
                        realIds.getOrDefault("programme", UUID.randomUUID().toString()));
    }

    /**
     * {@link #sweep} as tests, one per endpoint of the WAR; the last checks that the state is what
     * it was.
     *
     * @param tokens signs a token with every role an endpoint allows, of {@code regionId}
     * @param realIds as for {@link #sweep}
     * @param fingerprint the state that must not change (e.g. an audit's figures); read once
     *     before the first request and once after the last
     */
    public static Stream<DynamicTest> checks(
            RegionClient region,
            Path war,
            RegionTokens tokens,
            String regionId,
            Map<String, String> realIds,
            Supplier<String> fingerprint)
            throws IOException {
        AtomicReference<String> before = new AtomicReference<>();
        List<DynamicTest> checks = new ArrayList<>();
        checks.add(DynamicTest.dynamicTest("the state before", () -> before.set(fingerprint.get())));
        for (EndpointSecurity.Endpoint e : EndpointSecurity.endpoints(war)) {
            checks.add(DynamicTest.dynamicTest(e.httpMethod() + " " + e.path(), () -> {
                List<Finding> accepted = sweep(region, e, tokens, regionId, realIds).stream()
                        .filter(Finding::accepted)
                        .toList();
                assertEquals(List.of(), accepted);
            }));
        }
        checks.add(DynamicTest.dynamicTest(
                "and the state is what it was", () -> assertEquals(before.get(), fingerprint.get())));
        return checks.stream();
    }
}
