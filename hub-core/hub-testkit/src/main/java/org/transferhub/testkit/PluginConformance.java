package org.transferhub.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transferhub.testkit.RegionClient.assertProblem;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The checks every plugin passes, whatever it provides (as Jenkins' harness injects into every
 * plugin): it is registered and UP, it answers its descriptor, every configuration key it
 * declares is documented, its health check is named after it, and it answers unknown paths with
 * problem+json. Run them from a {@code @TestFactory} against a running region.
 */
public final class PluginConformance {

    private PluginConformance() {}

    public static Stream<DynamicTest> checks(RegionClient region, String pluginId) {
        return Stream.of(
                DynamicTest.dynamicTest(pluginId + " is registered and UP", () -> {
                    JsonObject entry = region
                            .get("/hub/api/plugins?limit=100", null)
                            .json()
                            .getJsonArray("items")
                            .getValuesAs(JsonObject.class)
                            .stream()
                            .filter(p -> p.getString("id").equals(pluginId))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(pluginId + " is not in the directory"));
                    assertEquals("UP", entry.getString("status"), entry.toString());
                }),
                DynamicTest.dynamicTest(pluginId + " answers its descriptor and documents every key", () -> {
                    RegionClient.Answer d = region.get("/" + pluginId + "/api/plugin", null);
                    assertEquals(200, d.status(), d.body());
                    assertEquals(pluginId, d.json().getString("id"));
                    for (JsonObject key : d.json().getJsonArray("config").getValuesAs(JsonObject.class)) {
                        assertFalse(
                                key.getString("help", "").isBlank(),
                                "key " + key.getString("key") + " has no help text");
                    }
                    List<String> names = List.of("en", "zh-CN");
                    for (String language : names) {
                        assertTrue(d.json().getJsonObject("name").containsKey(language), "no " + language + " name");
                    }
                }),
                DynamicTest.dynamicTest(
                        pluginId + " has a health check of its own, UP", () -> {
                            JsonObject check = region
                                    .get("/health", null)
                                    .json()
                                    .getJsonArray("checks")
                                    .getValuesAs(JsonObject.class)
                                    .stream()
                                    .filter(c -> c.getString("name").equals(pluginId))
                                    .findFirst()
                                    .orElseThrow(() -> new AssertionError("no health check named " + pluginId));
                            assertEquals("UP", check.getString("status"), check.toString());
                        }),
                DynamicTest.dynamicTest(pluginId + " answers unknown paths with problem+json", () -> {
                    assertProblem(region.get("/" + pluginId + "/api/no-such-resource", null), 404, "not-found");
                    assertProblem(region.get("/" + pluginId + "/no-such-page", null), 404, "not-found");
                    // No WADL describing the API to anyone (PluginApplication turns it off).
                    assertProblem(region.get("/" + pluginId + "/api/application.wadl", null), 404, "not-found");
                }));
    }
}
