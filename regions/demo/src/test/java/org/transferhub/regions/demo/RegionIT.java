package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transferhub.testkit.RegionClient.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transferhub.kernel.security.Roles;
import org.transferhub.regions.demo.probe.ProbeApi;
import org.transferhub.regions.demo.probe.ProbeResource;
import org.transferhub.regions.demo.probe.ProbeService;
import org.transferhub.testkit.EndpointAccessChecks;
import org.transferhub.testkit.EndpointInputChecks;
import org.transferhub.testkit.IncubationServiceConformance;
import org.transferhub.testkit.LicensingServiceConformance;
import org.transferhub.testkit.PluginArchives;
import org.transferhub.testkit.PluginConformance;
import org.transferhub.testkit.RegionClient;
import org.transferhub.testkit.RegionTokens;
import org.transferhub.testkit.TalentRegistryConformance;
import org.transferhub.testkit.VoucherServiceConformance;

/**
 * The demo region on a real Payara Micro: the hub, the four service plugins and the example
 * (deployed from the region's build), plus a probe plugin this test deploys. The probe calls the
 * hello service through the directory and requires an SPI nobody provides, so one start covers
 * registration, health (UP and the missing-SPI DOWN), service lookup, errors and access control.
 */
@ExtendWith(ArquillianExtension.class)
class RegionIT {

    /** Every plugin the region's build collected: the WARs but the hub's and the root's. */
    private static final List<String> REGION_PLUGINS = regionPlugins();

    private static final RegionClient HTTP =
            new RegionClient(URI.create("http://127.0.0.1:" + System.getProperty("it.port", "18181")));
    private static final Path KEYS = Path.of("target", "it-data", "keys");

    private static List<String> regionPlugins() {
        try (Stream<Path> wars = java.nio.file.Files.list(Path.of("target", "wars"))) {
            List<String> ids = wars.map(w -> w.getFileName().toString().replaceFirst("\\.war$", ""))
                    .filter(id -> !id.equals("hub") && !id.equals("ROOT"))
                    .sorted()
                    .toList();
            assertTrue(
                    ids.containsAll(List.of("hello", "incubation", "licensing", "talent", "vouchers")), ids.toString());
            return ids;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Deployment(testable = false)
    static WebArchive probe() {
        // The libraries every plugin bundles (kernel, SPIs, Flyway), taken from the example plugin.
        return PluginArchives.plugin("probe", "probe-plugin.json", new File("target/wars/hello.war"))
                .addClasses(ProbeApi.class, ProbeResource.class, ProbeService.class);
    }

    @TestFactory
    Stream<DynamicTest> everyPluginOfTheRegionPassesTheConformanceChecks() throws Exception {
        plugins();
        return REGION_PLUGINS.stream().flatMap(id -> PluginConformance.checks(HTTP, id));
    }

    private static Map<String, JsonObject> plugins() throws InterruptedException {
        RegionClient.Answer a = HTTP.await(
                "/hub/api/plugins",
                r -> {
                    if (r.status() != 200) {
                        return false;
                    }
                    var ids = r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                            // The probe is DOWN for ProbeService only, once it has seen hello registered.
                            .filter(p -> !p.getString("id").equals("probe")
                                    || p.getString("status").equals("DOWN")
                                            && !p.getString("message", "").contains("GreetingService"))
                            .filter(p -> p.getString("id").equals("probe")
                                    || p.getString("status").equals("UP"))
                            .map(p -> p.getString("id"))
                            .toList();
                    return ids.containsAll(REGION_PLUGINS) && ids.contains("probe");
                },
                Duration.ofSeconds(90));
        return a.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getString("id"), p -> p));
    }

    private static String token(String subject, List<String> roles, String region, Duration lifetime) {
        return new RegionTokens(KEYS, "demo").sign(subject, roles, region, lifetime);
    }

    @Test
    void everyPluginRegistersAndIsUpWhateverTheDeploymentOrder() throws Exception {
        Map<String, JsonObject> plugins = plugins();
        for (String id : REGION_PLUGINS) {
            JsonObject p = plugins.get(id);
            assertEquals("UP", p.getString("status"), id);
            assertEquals(
                    "http://127.0.0.1:" + System.getProperty("it.port", "18181") + "/" + id, p.getString("baseUrl"));
            assertEquals("0.1.0-SNAPSHOT", p.getString("version"));
        }
        assertEquals(
                "org.transferhub.spi.voucher.VoucherService",
                plugins.get("vouchers").getJsonObject("provides").getString("spi"));
        assertEquals("科技创新券", plugins.get("vouchers").getJsonObject("name").getString("zh-CN"));
        // Each plugin answers its own descriptor.
        RegionClient.Answer d = HTTP.get("/talent/api/plugin", null);
        assertEquals(200, d.status());
        assertEquals(
                "training.hours.junior",
                d.json().getJsonArray("config").getJsonObject(0).getString("key"));
    }

    @Test
    void aPluginWhoseRequiredSpiHasNoProviderIsDownAndSaysWhich() throws Exception {
        JsonObject probe = plugins().get("probe");
        assertEquals("DOWN", probe.getString("status"));
        assertTrue(probe.getString("message").contains("ProbeService"), probe.getString("message"));
        assertFalse(
                probe.getString("message").contains("GreetingService"),
                "hello is there: " + probe.getString("message"));

        RegionClient.Answer health = HTTP.get("/health", null);
        assertEquals(503, health.status(), "the region is not healthy while one plugin is DOWN");
        Map<String, JsonObject> checks = health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
        for (String id : REGION_PLUGINS) {
            assertEquals("UP", checks.get(id).getString("status"), id);
        }
        assertEquals("UP", checks.get("hub").getString("status"));
        assertEquals("DOWN", checks.get("probe").getString("status"));
        assertTrue(checks.get("probe")
                .getJsonObject("data")
                .getString("reason")
                .contains("Required SPI ProbeService 1.0 has no provider in region demo"));
    }

    @Test
    void pluginsCallEachOtherThroughTheDirectoryWithTheCallersToken() throws Exception {
        plugins();
        String holder = HTTP.signIn("holder");
        RegionClient.Answer greeted = HTTP.get("/probe/api/probe/greet?name=Ada", holder);
        assertEquals(200, greeted.status(), greeted.body());
        assertEquals("Welcome, Ada!", greeted.json().getString("text"));
        assertEquals(
                "holder", greeted.json().getString("greetedBy"), "the hello service saw the caller, not the probe");
        // What the probe wrote through hello is in hello's own store.
        RegionClient.Answer stored =
                HTTP.get("/hello/api/greetings/" + greeted.json().getString("id"), holder);
        assertEquals(200, stored.status());

        RegionClient.Answer missing = HTTP.get("/probe/api/probe/missing", holder);
        assertEquals(503, missing.status());
        assertTrue(missing.isProblem());
        assertEquals(
                "urn:transferhub:problem:service-unavailable", missing.json().getString("type"));
        assertTrue(missing.json().getString("detail").contains("no running provider of ProbeService"), missing.body());
    }

    @Test
    void everyErrorIsProblemJsonAndChangesNothing() throws Exception {
        plugins();
        String holder = HTTP.signIn("holder");
        int before = countGreetings(holder);

        assertProblem(HTTP.get("/hello/api/nothing-here", holder), 404, "not-found");
        assertProblem(HTTP.get("/hello/not-an-api-path", null), 404, "not-found");
        assertProblem(HTTP.get("/no-such-service/api/anything", null), 404, "not-found");
        assertProblem(HTTP.post("/", null, "{}"), 404, "not-found");
        assertProblem(HTTP.get("/hello/api/greetings/" + UUID.randomUUID(), holder), 404, "not-found");
        RegionClient.Answer malformed = HTTP.post("/hello/api/greetings", holder, "{\"name\": ");
        assertProblem(malformed, 400, "malformed-request");
        assertProblem(HTTP.post("/hello/api/greetings", holder, "{\"name\": [1, 2]}"), 400, "malformed-request");
        RegionClient.Answer invalid =
                HTTP.post("/hello/api/greetings", holder, "{\"name\": \"\", \"language\": \"fr\"}");
        assertProblem(invalid, 400, "validation-failed");
        var fields = invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
        assertEquals(List.of("body.language", "body.name"), fields);
        RegionClient.Answer badId = HTTP.get("/hello/api/greetings/not-a-uuid", holder);
        assertProblem(badId, 400, "validation-failed");
        assertEquals("id", badId.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(HTTP.get("/hello/api/greetings?limit=many", holder), 400, "validation-failed");
        RegionClient.Answer badLimit = HTTP.get("/hello/api/greetings?limit=0", holder);
        assertProblem(badLimit, 400, "validation-failed");
        assertEquals(
                "limit", badLimit.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        RegionClient.Answer wrongMethod = HTTP.send("DELETE", "/hello/api/greetings", holder, null);
        assertProblem(wrongMethod, 405, "method-not-allowed");
        assertTrue(wrongMethod.raw().headers().firstValue("Allow").orElse("").contains("POST"));
        RegionClient.Answer fault = HTTP.get("/probe/api/probe/fault", null);
        assertProblem(fault, 500, "server-error");
        assertFalse(
                fault.body().contains("secret internal detail") || fault.body().contains("Exception"), fault.body());
        assertProblem(HTTP.send("POST", "/hello/api/greetings", holder, null), 400, "malformed-request");

        assertEquals(before, countGreetings(holder), "no bad request changed anything");
    }

    @Test
    void everyEndpointChecksTokenRoleAndRegion() throws Exception {
        plugins();
        String body = "{\"name\": \"Lin\", \"language\": \"zh-CN\"}";
        RegionClient.Answer none = HTTP.post("/hello/api/greetings", null, body);
        assertProblem(none, 401, "unauthenticated");
        assertTrue(
                none.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));

        String holder = HTTP.signIn("holder");
        String tampered = holder.substring(0, holder.length() - 4) + (holder.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertProblem(HTTP.post("/hello/api/greetings", tampered, body), 401, "unauthenticated");
        assertProblem(
                HTTP.post(
                        "/hello/api/greetings",
                        token("holder", List.of("holder"), "demo", Duration.ofSeconds(-60)),
                        body),
                401,
                "unauthenticated");
        assertProblem(HTTP.post("/hello/api/greetings", HTTP.signIn("provider"), body), 403, "forbidden");
        RegionClient.Answer otherRegion = HTTP.post(
                "/hello/api/greetings", token("holder", List.of("holder"), "shanghai", Duration.ofMinutes(5)), body);
        assertProblem(otherRegion, 403, "wrong-region");
        assertTrue(otherRegion.json().getString("detail").contains("'shanghai'"));
        assertProblem(
                HTTP.post("/hub/api/auth/token", null, "{\"username\":\"holder\",\"password\":\"wrong\"}"),
                401,
                "unauthenticated");

        // A plugin registers only itself.
        String helloService = token("plugin:hello", List.of("service"), "demo", Duration.ofMinutes(5));
        String registration =
                "{\"descriptor\": " + HTTP.get("/vouchers/api/plugin", null).body()
                        + ", \"baseUrl\": \"http://127.0.0.1:1/evil\", \"status\": \"UP\"}";
        assertProblem(
                HTTP.send("PUT", "/hub/api/plugins/vouchers/instances/evil", helloService, registration),
                403,
                "forbidden");
        assertProblem(
                HTTP.send("PUT", "/hub/api/plugins/vouchers/instances/evil", holder, registration), 403, "forbidden");
        assertFalse(HTTP.get("/hub/api/plugins?limit=100", null).body().contains("evil"), "nothing was registered");

        RegionClient.Answer ok = HTTP.post("/hello/api/greetings", holder, body);
        assertEquals(200, ok.status(), ok.body());
        assertEquals("你好，Lin！", ok.json().getString("text"));
        RegionClient.Answer me = HTTP.get("/hub/api/auth/me", holder);
        assertEquals("demo", me.json().getString("region"));
    }

    @Test
    void aStateChangingPostHonoursTheIdempotencyKey() throws Exception {
        plugins();
        String holder = HTTP.signIn("holder");
        int before = countGreetings(holder);
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"Once\", \"language\": \"en\"}";

        RegionClient.Answer first = HTTP.send("POST", "/hello/api/greetings", holder, body, key);
        assertEquals(200, first.status(), first.body());
        for (int i = 0; i < 5; i++) {
            RegionClient.Answer again = HTTP.send("POST", "/hello/api/greetings", holder, body, key);
            assertEquals(200, again.status(), again.body());
            assertEquals(first.json(), again.json(), "a repeat answers the first result");
            assertEquals(
                    "true",
                    again.raw().headers().firstValue("Idempotency-Replayed").orElse(null));
        }
        assertEquals(before + 1, countGreetings(holder), "one effect");

        assertProblem(
                HTTP.send("POST", "/hello/api/greetings", holder, "{\"name\": \"Twice\", \"language\": \"en\"}", key),
                422,
                "unprocessable");
        assertProblem(
                HTTP.send("POST", "/hello/api/greetings", holder, body, "x".repeat(256)), 400, "validation-failed");
        // The key is the caller's own: another caller's same key is another request.
        RegionClient.Answer operators = HTTP.send("POST", "/hello/api/greetings", HTTP.signIn("operator"), body, key);
        assertEquals(200, operators.status(), operators.body());
        assertFalse(operators.json().getString("id").equals(first.json().getString("id")));
        assertEquals(before + 2, countGreetings(holder));
    }

    @Test
    void concurrentRequestsWithOneKeyHaveOneEffect() throws Exception {
        plugins();
        String holder = HTTP.signIn("holder");
        int before = countGreetings(holder);
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"Race\", \"language\": \"en\"}";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            var answers = pool.invokeAll(
                    java.util.Collections.nCopies(20, (java.util.concurrent.Callable<RegionClient.Answer>)
                            () -> HTTP.send("POST", "/hello/api/greetings", holder, body, key)));
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var f : answers) {
                RegionClient.Answer a = f.get();
                if (a.status() == 200) {
                    ids.add(a.json().getString("id"));
                } else {
                    assertProblem(a, 409, "conflict");
                }
            }
            assertEquals(1, ids.size(), "every successful answer is the same greeting: " + ids);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, countGreetings(holder), "one effect");
        RegionClient.Answer after = HTTP.send("POST", "/hello/api/greetings", holder, body, key);
        assertEquals(200, after.status(), "once the race is over every repeat gets the result");
    }

    /** Every endpoint of every WAR: no token 401, another region's token 403, a role it does not allow 403; nothing changes. */
    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesMissingTokensOtherRegionsAndOtherRoles() throws Exception {
        plugins();
        RegionTokens tokens = new RegionTokens(KEYS, "demo");
        Set<String> roles =
                Set.of(Roles.OPERATOR, Roles.HOLDER, Roles.PROVIDER, Roles.REVIEWER, Roles.MANAGER, Roles.SERVICE);
        List<DynamicTest> checks = new java.util.ArrayList<>();
        try (Stream<Path> wars = java.nio.file.Files.list(Path.of("target", "wars"))) {
            for (Path war : wars.filter(w -> !w.getFileName().toString().equals("ROOT.war"))
                    .sorted()
                    .toList()) {
                EndpointAccessChecks.checks(HTTP, war, roles, tokens, "demo").forEach(checks::add);
            }
        }
        String operator = HTTP.signIn("operator");
        checks.add(DynamicTest.dynamicTest("and the books are still balanced", () -> {
            RegionClient.Answer audit = HTTP.get("/vouchers/api/audit", operator);
            assertTrue(audit.json().getBoolean("balanced"), audit.body());
        }));
        return checks.stream();
    }

    /** Ids of the demo data, for bad input past the "unknown id" checks (see EndpointInputChecks.sweep). */
    private static final Map<String, String> DEMO_IDS = Map.of(
            "programmes", "00000000-0000-4000-8000-00000000a001",
            "programme", "00000000-0000-4000-8000-00000000a001",
            "vouchers", "TH-DEMO00000001",
            "voucher", "TH-DEMO00000001",
            "settlements", "00000000-0000-4000-8000-00000000f001");

    /**
     * Bad bodies to every state-changing endpoint of every WAR, odd and hostile values in every
     * path parameter: 4xx problem+json each time, the books untouched.
     */
    @TestFactory
    Stream<DynamicTest> everyStateChangingEndpointRefusesBadInputAndChangesNothing() throws Exception {
        plugins();
        RegionTokens tokens = new RegionTokens(KEYS, "demo");
        String operator = HTTP.signIn("operator");
        java.util.function.Supplier<String> books = () -> {
            try {
                // Holds of earlier tests time out within seconds; the expiry job's releases are not ours.
                return HTTP.await(
                                "/vouchers/api/audit",
                                operator,
                                a -> a.status() == 200
                                        && a.json().getJsonObject("currencies").values().stream()
                                                .allMatch(f -> f.asJsonObject()
                                                                .getJsonNumber("held")
                                                                .longValue()
                                                        == 0),
                                Duration.ofSeconds(30))
                        .body();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
        List<DynamicTest> checks = new java.util.ArrayList<>();
        try (Stream<Path> wars = java.nio.file.Files.list(Path.of("target", "wars"))) {
            for (Path war : wars.filter(w -> !w.getFileName().toString().equals("ROOT.war"))
                    .sorted()
                    .toList()) {
                EndpointInputChecks.checks(HTTP, war, tokens, "demo", DEMO_IDS, books)
                        .forEach(checks::add);
            }
        }
        return checks.stream();
    }

    @TestFactory
    Stream<DynamicTest> theVouchersPluginPassesTheVoucherServiceConformanceSuite() throws Exception {
        plugins();
        VouchersFlow.Granted granted = VouchersFlow.grantedVoucher(HTTP, 100_000);
        return VoucherServiceConformance.checks(
                HTTP, "vouchers", HTTP.signIn("provider"), granted.providerId(), HTTP.signIn("holder"), granted.code());
    }

    @Test
    void vouchersPayFromABudgetThroughHoldCaptureAndSettlement() throws Exception {
        plugins();
        VouchersFlow.fromBudgetToPayment(HTTP);
    }

    @Test
    void technologyManagersAreRegisteredCertifiedFoundAndCreditedFromRecordedDeals() throws Exception {
        plugins();
        TalentFlow.fromRegistrationToTrackRecord(
                HTTP, token("provider", List.of(Roles.MANAGER), "demo", Duration.ofMinutes(10)));
    }

    @TestFactory
    Stream<DynamicTest> theTalentPluginPassesTheTalentRegistryConformanceSuite() throws Exception {
        plugins();
        return TalentRegistryConformance.checks(
                HTTP,
                "talent",
                token("plugin:conformance", List.of(Roles.SERVICE), "demo", Duration.ofMinutes(10)),
                TalentFlow.WANG_MIN,
                "BIOMEDICINE");
    }

    @Test
    void theSettlementStatementReadsInChromiumInChineseAndEnglish() throws Exception {
        plugins();
        VouchersFlow.statementInChromium(HTTP);
    }

    @Test
    void aVoucherHoldHonoursItsIdempotencyKeySequentiallyAndConcurrently() throws Exception {
        plugins();
        VouchersFlow.oneKeyHoldsOnce(HTTP);
    }

    @Test
    void fiftyParallelHoldsOnAVoucherWithRoomForThree() throws Exception {
        plugins();
        VouchersFlow.fiftyHoldsOnRoomForThree(HTTP);
    }

    @Test
    void licencesGoFromOfferThroughTrialToRoyaltiesPaidPartlyWithAVoucher() throws Exception {
        plugins();
        LicensingFlow.demoData(HTTP);
        LicensingFlow.fromOfferToPayment(HTTP, token("holder2", List.of(Roles.HOLDER), "demo", Duration.ofMinutes(10)));
    }

    @TestFactory
    Stream<DynamicTest> theLicensingPluginPassesTheLicensingServiceConformanceSuite() throws Exception {
        plugins();
        return LicensingServiceConformance.checks(
                HTTP,
                "licensing",
                "00000000-0000-4000-8000-00000000f201", // the demo user holder's open licence
                HTTP.signIn("holder"),
                token("holder2", List.of(Roles.HOLDER), "demo", Duration.ofMinutes(10)),
                token("plugin:talent", List.of(Roles.SERVICE), "demo", Duration.ofMinutes(10)),
                HTTP.signIn("provider"));
    }

    @TestFactory
    Stream<DynamicTest> theIncubationPluginPassesTheIncubationServiceConformanceSuite() throws Exception {
        plugins();
        return IncubationServiceConformance.checks(
                HTTP, "incubation", HTTP.signIn("operator"), HTTP.signIn("holder"), IncubationFlow.DEMO_PROJECT);
    }

    @Test
    void aProjectGoesFromIntakeToScenarioPassedOverRest() throws Exception {
        plugins();
        IncubationFlow.fromIntakeToScenarioPassed(HTTP, new RegionTokens(KEYS, "demo"));
    }

    @Test
    void openApiDescribesEveryPluginOfTheRegionInOneDocument() throws Exception {
        plugins();
        RegionClient.Answer doc = HTTP.get("/openapi", null);
        assertEquals(200, doc.status());
        for (String path : List.of(
                "/hub/api/plugins:", "/hub/api/auth/token:", "/hello/api/greetings:", "/hello/api/greetings/{id}:")) {
            assertTrue(doc.body().contains(path), path + " missing from\n" + doc.body());
        }
    }

    private static int countGreetings(String token) {
        int n = 0;
        String cursor = null;
        do {
            RegionClient.Answer page =
                    HTTP.get("/hello/api/greetings?limit=100" + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertEquals(200, page.status(), page.body());
            n += page.json().getJsonArray("items").size();
            JsonValue next = page.json().get("nextCursor");
            cursor = next == null || next.getValueType() == JsonValue.ValueType.NULL
                    ? null
                    : page.json().getString("nextCursor");
        } while (cursor != null);
        return n;
    }
}
