package org.transferhub.regions.demo;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.transferhub.ops.RegionOptions;
import org.transferhub.ops.RegionProcess;
import org.transferhub.testkit.RegionClient;
import org.transferhub.testkit.RegionTokens;

/**
 * The demo region exactly as {@code ops/hub run demo} starts it (demo data, default timings),
 * started once for every portal test class of the run and stopped when the test JVM ends: one
 * Payara Micro start serves them all.
 */
final class PortalRegion {

    private static final int PORT = Integer.parseInt(System.getProperty("it.port", "18181")) + 5;
    static final Path DATA = Path.of("target", "portal-data");

    private static RegionProcess region;

    private PortalRegion() {}

    /** The running region, started on first use. */
    static synchronized RegionProcess get() throws Exception {
        if (region == null) {
            TestRegions.delete(DATA);
            RegionProcess started =
                    RegionProcess.start(new RegionOptions(Path.of("."), PORT, DATA, new RegionOptions.H2()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            new RegionClient(started.baseUrl())
                    .await(
                            "/hub/api/plugins",
                            a -> a.status() == 200
                                    && a.json().getJsonArray("items").size() == 5
                                    && a.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                                            .allMatch(p -> p.getString("status").equals("UP")),
                            Duration.ofSeconds(120));
            region = started;
        }
        return region;
    }

    static URI baseUrl() throws Exception {
        return get().baseUrl();
    }

    /** The region's REST API, for setting up what a browser test needs and checking what it did. */
    static RegionClient http() throws Exception {
        return new RegionClient(baseUrl());
    }

    /** A fresh browser (own profile, so no session carries over) on the portal in one language. */
    static Portal portal(String lang) throws Exception {
        return new Portal(baseUrl(), lang);
    }

    /** Signs a token with the region's own key, for any region claim (e.g. another region's). */
    static RegionTokens tokens() throws Exception {
        get();
        return new RegionTokens(DATA.resolve("keys"), "demo");
    }
}
