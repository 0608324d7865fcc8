package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.transferhub.ops.RegionOptions;
import org.transferhub.ops.RegionProcess;
import org.transferhub.testkit.RegionClient;
import org.transferhub.testkit.TestDatabases;

/**
 * What a region writes survives a restart and a {@code kill -9} of the server, on H2 and on
 * PostgreSQL: the region is started by the same launcher as {@code ops/hub run}, with the hub and
 * the example plugin.
 */
class RegionDurabilityIT {

    private static final int PORT = Integer.parseInt(System.getProperty("it.port", "18181")) + 1;

    /** A region folder in target/ with the demo's configuration and two of its WARs. */
    private static Path smallRegion(String name) throws Exception {
        return TestRegions.make(
                name,
                """
                transferhub.region.id=demo
                transferhub.region.heartbeat=PT2S
                transferhub.hub.users.holder.password=holder
                transferhub.hub.users.holder.roles=holder
                """,
                List.of("hub.war", "hello.war"));
    }

    /** Writes greetings, each with its own Idempotency-Key; returns key to id of every acknowledged one. */
    private static Map<String, String> write(RegionClient http, String token, int count) {
        Map<String, String> acknowledged = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String key = UUID.randomUUID().toString();
            RegionClient.Answer a = http.send("POST", "/hello/api/greetings", token, body(key), key);
            assertEquals(200, a.status(), a.body());
            acknowledged.put(key, a.json().getString("id")); // acknowledged: it must survive whatever happens next
        }
        return acknowledged;
    }

    private static String body(String key) {
        return "{\"name\": \"durable " + key.substring(0, 8) + "\", \"language\": \"en\"}";
    }

    /** Every acknowledged greeting is there, and a retry of its request answers it again instead of writing twice. */
    private static void assertAllThere(RegionClient http, Map<String, String> acknowledged) {
        String token = http.signIn("holder");
        for (var e : acknowledged.entrySet()) {
            assertEquals(
                    200,
                    http.get("/hello/api/greetings/" + e.getValue(), token).status(),
                    "greeting " + e.getValue() + " lost");
            RegionClient.Answer retry = http.send("POST", "/hello/api/greetings", token, body(e.getKey()), e.getKey());
            assertEquals(e.getValue(), retry.json().getString("id"), "a retry after the restart wrote again");
        }
        assertEquals(acknowledged.size(), count(http, token), "nothing appears twice");
    }

    private static int count(RegionClient http, String token) {
        return http.get("/hello/api/greetings?limit=100", token)
                .json()
                .getJsonArray("items")
                .size();
    }

    private static void crashAndRestart(RegionOptions options) throws Exception {
        RegionClient http = new RegionClient(URI.create("http://127.0.0.1:" + options.port()));
        Map<String, String> acknowledged = new LinkedHashMap<>();
        RegionProcess region = RegionProcess.start(options);
        try {
            acknowledged.putAll(write(http, http.signIn("holder"), 25));
        } finally {
            region.kill();
        }

        region = RegionProcess.start(options);
        try {
            assertAllThere(http, acknowledged);
            acknowledged.putAll(write(http, http.signIn("holder"), 5));
        } finally {
            region.stop();
        }

        region = RegionProcess.start(options);
        try {
            assertAllThere(http, acknowledged);
        } finally {
            region.stop();
        }
    }

    @Test
    void h2KeepsEveryAcknowledgedWriteThroughKillAndRestart() throws Exception {
        Path region = smallRegion("durability-h2");
        crashAndRestart(new RegionOptions(region, PORT, region.resolve("data"), new RegionOptions.H2()));
    }

    @Test
    void postgresKeepsEveryAcknowledgedWriteThroughKillAndRestart() throws Exception {
        try (TestDatabases.Postgres db = TestDatabases.postgres()) {
            Path region = smallRegion("durability-pg");
            crashAndRestart(new RegionOptions(
                    region, PORT, region.resolve("data"), new RegionOptions.Postgres(db.url(), db.user(), "")));
        }
    }
}
