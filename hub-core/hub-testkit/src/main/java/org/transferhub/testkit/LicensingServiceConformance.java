package org.transferhub.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transferhub.testkit.RegionClient.assertProblem;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The conformance suite of {@link org.transferhub.spi.licensing.LicensingService}: what every
 * provider of the SPI does, checked over HTTP against a running region. Give it a licence and a
 * token of its licensee; the checks read only, so they can run in any order and change nothing.
 */
public final class LicensingServiceConformance {

    private LicensingServiceConformance() {}

    /**
     * @param pluginId the providing plugin (its context root)
     * @param licenceId a licence in the region
     * @param licensee a token of the licence's licensee (role holder)
     * @param otherHolder a token of another holder, who is not the licensee
     * @param service a token with the service role (another plugin)
     * @param outsider a token of a role that may not read licences (e.g. provider)
     */
    public static Stream<DynamicTest> checks(
            RegionClient region,
            String pluginId,
            String licenceId,
            String licensee,
            String otherHolder,
            String service,
            String outsider) {
        String licence = "/" + pluginId + "/api/licences/" + licenceId;
        return Stream.of(
                DynamicTest.dynamicTest("the licensee reads the licence's summary", () -> {
                    JsonObject l = ok(region.get(licence, licensee));
                    assertEquals(licenceId, l.getString("id"));
                    assertFalse(l.getString("patentNumber").isBlank());
                    assertFalse(l.getString("licensee").isBlank());
                    assertTrue(List.of("OPEN_LICENCE", "PAY_AFTER_USE").contains(l.getString("kind")), l.toString());
                    assertTrue(
                            List.of("TRIAL", "ACTIVE", "WALKED_AWAY", "ENDED").contains(l.getString("status")),
                            l.toString());
                    LocalDate.parse(l.getString("startsOn"));
                }),
                DynamicTest.dynamicTest(
                        "another service reads the same summary",
                        () -> assertEquals(ok(region.get(licence, licensee)), ok(region.get(licence, service)))),
                DynamicTest.dynamicTest("another holder's licence is unknown to a holder", () -> {
                    RegionClient.Answer a = region.get(licence, otherHolder);
                    assertEquals(404, a.status(), a.body());
                    assertTrue(a.isProblem(), a.body());
                }),
                DynamicTest.dynamicTest("an unknown licence is a 404 problem", () -> {
                    RegionClient.Answer a = region.get("/" + pluginId + "/api/licences/" + UUID.randomUUID(), service);
                    assertEquals(404, a.status(), a.body());
                    assertTrue(a.isProblem(), a.body());
                }),
                DynamicTest.dynamicTest("refusals: no token 401, a role that may not read 403, a bad id 400", () -> {
                    assertProblem(region.get(licence, null), 401, "unauthenticated");
                    assertProblem(region.get(licence, outsider), 403, "forbidden");
                    RegionClient.Answer bad = region.get("/" + pluginId + "/api/licences/not-a-uuid", licensee);
                    assertProblem(bad, 400, "validation-failed");
                    assertEquals(
                            "id",
                            bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
                }));
    }

    private static JsonObject ok(RegionClient.Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }
}
