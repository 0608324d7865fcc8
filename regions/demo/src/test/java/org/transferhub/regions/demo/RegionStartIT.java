package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transferhub.testkit.RegionClient.assertProblem;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferhub.ops.RegionOptions;
import org.transferhub.ops.RegionProcess;
import org.transferhub.testkit.RegionClient;

/** Regions differ only by configuration; a configuration a plugin cannot run with stops the start, naming the key. */
class RegionStartIT {

    private static final int PORT = Integer.parseInt(System.getProperty("it.port", "18181")) + 2;

    @Test
    void shanghaiRunsItsOwnPluginSetAndNameFromTheSameWars() throws Exception {
        Path shanghai = Path.of("..", "shanghai");
        Path data = Path.of("target", "shanghai-data");
        try (RegionProcess region =
                RegionProcess.start(new RegionOptions(shanghai, PORT, data, new RegionOptions.H2()))) {
            RegionClient http = new RegionClient(region.baseUrl());
            RegionClient.Answer plugins = http.await(
                    "/hub/api/plugins",
                    a -> a.status() == 200
                            && a.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                                            .filter(p -> p.getString("status").equals("UP"))
                                            .count()
                                    == 3,
                    Duration.ofSeconds(90));
            assertEquals(
                    List.of("licensing", "talent", "vouchers"),
                    plugins.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                            .map(p -> p.getString("id"))
                            .toList());
            JsonObject info = http.get("/hub/api/region", null).json();
            assertEquals("shanghai", info.getString("id"));
            assertEquals("上海市科技成果转化枢纽", info.getString("name"));
            // A plugin the region does not run leaves no trace: its paths are simply not there.
            assertProblem(http.get("/incubation/api/plugin", null), 404, "not-found");
            assertEquals(
                    200, http.get("/hub/api/auth/me", http.signIn("operator")).status());
            assertTrue(Files.exists(data.resolve("keys").resolve("signing-key.pem")), "the region's own key pair");

            // Its portal links only the pages of the plugins it runs: no dead link to incubation.
            try (Portal portal = new Portal(region.baseUrl(), "en")) {
                portal.signIn("operator");
                List<String> links = portal.navigation();
                assertTrue(links.stream().anyMatch(l -> l.startsWith("nav-vouchers-")), links.toString());
                assertTrue(
                        links.stream()
                                .allMatch(l -> l.equals("nav-home")
                                        || List.of("hub", "licensing", "talent", "vouchers")
                                                .contains(l.split("-")[1])),
                        links.toString());
                portal.go("incubation", "funnel");
                assertTrue(portal.main().contains("No such page"), portal.main());
                portal.screenshot("shanghai-operator-home");
            }
        }
    }

    @Test
    void aBadConfigurationValueStopsTheStartAndNamesTheKey() throws Exception {
        Path dir = TestRegions.make(
                "bad-config-region",
                """
                transferhub.region.id=demo
                transferhub.vouchers.hold.timeout=half an hour
                """,
                List.of("ROOT.war", "hub.war", "vouchers.war"));
        var e = assertThrows(
                IllegalStateException.class,
                () -> RegionProcess.start(new RegionOptions(dir, PORT, dir.resolve("data"), new RegionOptions.H2())));
        assertTrue(e.getMessage().contains("these WARs are not deployed: /vouchers ("), e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains(
                                "'transferhub.vouchers.hold.timeout' must be an ISO-8601 duration, e.g. PT30S or P30D, got 'half an hour'"),
                e.getMessage());
        assertFalse(new RegionClient(URI.create("http://127.0.0.1:" + PORT)).isUp(), "the launcher stopped the server");
    }
}
