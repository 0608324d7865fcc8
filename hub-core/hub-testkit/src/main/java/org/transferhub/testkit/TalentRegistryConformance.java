package org.transferhub.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The conformance suite of {@link org.transferhub.spi.talent.TalentRegistry}: what every provider
 * of the SPI does, checked over HTTP against a running region. Give it a certified manager of
 * {@code field} with room for another project; the checks leave no assignment open.
 */
public final class TalentRegistryConformance {

    /** What a public profile holds, and nothing more: never a phone or identity number. */
    public static final Set<String> PUBLIC_FIELDS = Set.of(
            "id",
            "displayName",
            "affiliation",
            "region",
            "level",
            "fields",
            "languages",
            "available",
            "certified",
            "points",
            "stars");

    private TalentRegistryConformance() {}

    /**
     * @param pluginId the providing plugin (its context root)
     * @param service a token with the service role, as another plugin calls with
     * @param managerId a certified manager of {@code field}
     * @param field a technology field code
     */
    public static Stream<DynamicTest> checks(
            RegionClient region, String pluginId, String service, String managerId, String field) {
        String api = "/" + pluginId + "/api/";
        return Stream.of(
                DynamicTest.dynamicTest("a profile is public: nothing private in it", () -> {
                    RegionClient.Answer a = region.get(api + "managers/" + managerId, service);
                    assertEquals(200, a.status(), a.body());
                    assertPublic(a.json());
                    assertTrue(a.json().getBoolean("certified"), a.body());
                }),
                DynamicTest.dynamicTest("an unknown manager is a 404 problem", () -> {
                    RegionClient.Answer a = region.get(api + "managers/" + UUID.randomUUID(), service);
                    assertEquals(404, a.status(), a.body());
                    assertTrue(a.isProblem(), a.body());
                }),
                DynamicTest.dynamicTest("an assignment request without its fields is a 400 problem", () -> {
                    RegionClient.Answer a = region.post(api + "assignments", service, "{}");
                    assertEquals(400, a.status(), a.body());
                    assertTrue(a.isProblem(), a.body());
                }),
                DynamicTest.dynamicTest(
                        "an assignment is a certified manager of another institution, one per project", () -> {
                            String project = UUID.randomUUID().toString();
                            String request = "{\"projectId\": \"" + project
                                    + "\", \"institution\": \"Conformance University\", \"field\": \"" + field + "\"}";
                            RegionClient.Answer a = region.post(api + "assignments", service, request);
                            assertEquals(200, a.status(), a.body());
                            JsonObject assignment = a.json();
                            assertEquals(project, assignment.getString("projectId"));
                            JsonObject manager = region.get(
                                            api + "managers/" + assignment.getString("managerId"), service)
                                    .json();
                            assertTrue(manager.getBoolean("certified"), manager.toString());
                            assertNotEquals("Conformance University", manager.getString("affiliation"));
                            assertEquals(
                                    assignment,
                                    region.post(api + "assignments", service, request)
                                            .json(),
                                    "asking again answers the project's assignment");
                            RegionClient.Answer released =
                                    region.send("POST", api + "projects/" + project + "/release", service, null);
                            assertEquals(200, released.status(), released.body());
                            assertEquals(
                                    assignment.getString("id"), released.json().getString("id"));
                            RegionClient.Answer again =
                                    region.send("POST", api + "projects/" + project + "/release", service, null);
                            assertEquals(404, again.status(), "a project with no open assignment: " + again.body());
                        }));
    }

    /** Asserts a public profile: only {@link #PUBLIC_FIELDS}. */
    public static void assertPublic(JsonObject profile) {
        assertTrue(PUBLIC_FIELDS.containsAll(profile.keySet()), "a public profile holds " + profile.keySet());
        assertFalse(
                profile.toString().contains("phone") || profile.toString().contains("idNumber"), profile.toString());
    }
}
