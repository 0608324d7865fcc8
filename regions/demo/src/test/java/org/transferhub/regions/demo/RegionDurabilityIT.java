package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.transferhub.ops.RegionOptions;
import org.transferhub.testkit.RegionClient;
import org.transferhub.ops.RegionProcess;

/**
 * What a region writes survives a restart and a {@code kill -9} of the server, on H2 and on
 * PostgreSQL: the region is started by the same launcher as {@code ops/hub run}, with the hub and
 * the example plugin.
 */
class RegionDurabilityIT {

    private static final int PORT = Integer.parseInt(System.getProperty("it.port", "18181")) + 1;

    /** A region folder in target/ with the demo's configuration and two of its WARs. */
    private static Path smallRegion(String name) throws Exception {
        return TestRegions.make(name, """
                transferhub.region.id=demo
                transferhub.region.heartbeat=PT2S
                transferhub.hub.users.holder.password=holder
                transferhub.hub.users.holder.roles=holder
                """, List.of("hub.war", "hello.war"));
    }

    private static List<String> write(RegionClient http, String token, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RegionClient.Answer a = http.post("/hello/api/greetings", token, "{\"name\": \"durable " + i + "\", \"language\": \"en\"}");
            assertEquals(200, a.status(), a.body());
            ids.add(a.json().getString("id")); // acknowledged: it must survive whatever happens next
        }
        return ids;
    }

    private static void assertAllThere(RegionClient http, List<String> ids) {
        String token = http.signIn("holder");
        for (String id : ids) {
            assertEquals(200, http.get("/hello/api/greetings/" + id, token).status(), "greeting " + id + " lost");
        }
    }

    private static void crashAndRestart(RegionOptions options) throws Exception {
        RegionClient http = new RegionClient(URI.create("http://127.0.0.1:" + options.port()));
        List<String> acknowledged = new ArrayList<>();
        RegionProcess region = RegionProcess.start(options);
        try {
            acknowledged.addAll(write(http, http.signIn("holder"), 25));
        } finally {
            region.kill();
        }

        region = RegionProcess.start(options);
        try {
            assertAllThere(http, acknowledged);
            acknowledged.addAll(write(http, http.signIn("holder"), 5));
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
        String admin = System.getProperty("transferhub.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("transferhub.test.pg.user", "postgres");
        String db = "transferhub_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(admin, user, "")) {
            c.createStatement().execute("CREATE DATABASE " + db);
        }
        Path region = smallRegion("durability-pg");
        String url = admin.substring(0, admin.lastIndexOf('/') + 1) + db;
        crashAndRestart(new RegionOptions(region, PORT, region.resolve("data"), new RegionOptions.Postgres(url, user, "")));
    }
}
