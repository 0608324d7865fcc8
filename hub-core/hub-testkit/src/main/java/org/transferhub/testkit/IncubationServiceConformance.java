package org.transferhub.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transferhub.testkit.RegionClient.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The conformance suite of {@link org.transferhub.spi.incubation.IncubationService}: what every
 * provider of the SPI does, checked over HTTP against a running region that holds at least one
 * project. The checks only read.
 */
public final class IncubationServiceConformance {

    private static final List<String> STAGES = List.of("IDEATION", "FEASIBILITY", "COMMERCIAL", "SCENARIO");
    private static final Set<String> STATUSES = Set.of("SCREENING", "ACTIVE", "PASSED", "REJECTED");

    private IncubationServiceConformance() {}

    /**
     * @param pluginId the providing plugin (its context root)
     * @param reader a token with a role the SPI serves (an operator's)
     * @param outsider a token of the region with a role the SPI does not serve (a holder's)
     * @param projectId a project the provider holds
     */
    public static Stream<DynamicTest> checks(
            RegionClient region, String pluginId, String reader, String outsider, String projectId) {
        String api = "/" + pluginId + "/api/";
        return Stream.of(
                DynamicTest.dynamicTest("a project is summarised with its stage, status and readiness level", () -> {
                    JsonObject p = ok(region.get(api + "projects/" + projectId, reader));
                    assertEquals(projectId, p.getString("id"));
                    assertTrue(STAGES.contains(p.getString("stage")), p.toString());
                    assertTrue(STATUSES.contains(p.getString("status")), p.toString());
                    int trl = p.getInt("trl");
                    assertTrue(trl >= 1 && trl <= 9, p.toString());
                    assertNotNull(p.getString("programmeId"));
                    assertTrue(p.containsKey("title") && p.containsKey("institution"), p.toString());
                }),
                DynamicTest.dynamicTest(
                        "the list is paged in id order, every project once, and filters by stage", () -> {
                            List<JsonObject> all = all(region, api + "projects?limit=2", reader);
                            List<String> ids =
                                    all.stream().map(p -> p.getString("id")).toList();
                            assertTrue(ids.contains(projectId), ids.toString());
                            for (int i = 1; i < ids.size(); i++) {
                                assertTrue(
                                        ids.get(i - 1).compareTo(ids.get(i)) < 0,
                                        "ordered by id (as the database orders UUIDs: their hex digits): " + ids);
                            }
                            for (String stage : STAGES) {
                                List<JsonObject> at = all(region, api + "projects?limit=100&stage=" + stage, reader);
                                assertTrue(
                                        at.stream().allMatch(p -> p.getString("stage")
                                                .equals(stage)),
                                        stage);
                                assertEquals(
                                        all.stream()
                                                .filter(p ->
                                                        p.getString("stage").equals(stage))
                                                .count(),
                                        at.size(),
                                        stage);
                            }
                        }),
                DynamicTest.dynamicTest("the funnel has the four stages in order and its counts add up", () -> {
                    JsonObject f = ok(region.get(api + "funnel", reader));
                    List<JsonObject> stages = f.getJsonArray("stages").getValuesAs(JsonObject.class);
                    assertEquals(
                            STAGES,
                            stages.stream().map(s -> s.getString("stage")).toList());
                    for (int i = 0; i < stages.size(); i++) {
                        JsonObject s = stages.get(i);
                        int entered = s.getInt("entered");
                        assertEquals(
                                entered,
                                s.getInt("inStage") + s.getInt("passed") + s.getInt("rejected"),
                                "every project that entered is there, passed or rejected: " + s);
                        if (i + 1 < stages.size()) {
                            assertEquals(
                                    s.getInt("passed"),
                                    stages.get(i + 1).getInt("entered"),
                                    "who passes a gate enters the next stage");
                        }
                        if (entered > 0) {
                            assertEquals(
                                    BigDecimal.valueOf(s.getInt("passed"))
                                            .divide(BigDecimal.valueOf(entered), 4, RoundingMode.HALF_UP),
                                    s.getJsonNumber("conversionRate").bigDecimalValue());
                        }
                        assertTrue(
                                s.getJsonObject("fundingSpent")
                                                .getJsonNumber("amount")
                                                .longValue()
                                        >= 0,
                                s.toString());
                    }
                    assertTrue(
                            f.getInt("submitted") >= stages.get(0).getInt("entered") + f.getInt("screenedOut"),
                            f.toString());
                    JsonObject o = f.getJsonObject("outcomes");
                    for (String k : List.of("spinOffs", "licences", "investments")) {
                        assertTrue(o.getInt(k) >= 0, o.toString());
                    }
                    JsonObject one = ok(region.get(
                            api + "funnel?programme="
                                    + ok(region.get(api + "projects/" + projectId, reader))
                                            .getString("programmeId"),
                            reader));
                    assertTrue(
                            one.getInt("submitted") >= 1 && one.getInt("submitted") <= f.getInt("submitted"),
                            one.toString());
                }),
                DynamicTest.dynamicTest("refusals are problems", () -> {
                    assertProblem(region.get(api + "projects/" + projectId, null), 401, "unauthenticated");
                    assertProblem(region.get(api + "projects/" + projectId, outsider), 403, "forbidden");
                    assertProblem(region.get(api + "funnel", outsider), 403, "forbidden");
                    RegionClient.Answer unknown = region.get(api + "projects/" + UUID.randomUUID(), reader);
                    assertEquals(404, unknown.status(), unknown.body());
                    assertTrue(unknown.isProblem(), unknown.body());
                    RegionClient.Answer noProgramme = region.get(api + "funnel?programme=" + UUID.randomUUID(), reader);
                    assertEquals(404, noProgramme.status(), noProgramme.body());
                    assertTrue(noProgramme.isProblem(), noProgramme.body());
                    assertProblem(region.get(api + "projects/not-a-uuid", reader), 400, "validation-failed");
                    assertProblem(region.get(api + "projects?limit=0", reader), 400, "validation-failed");
                    assertProblem(region.get(api + "projects?stage=LAUNCH", reader), 400, "validation-failed");
                    assertProblem(region.get(api + "projects?cursor=nonsense", reader), 400, "validation-failed");
                }));
    }

    private static List<JsonObject> all(RegionClient region, String first, String token) {
        List<JsonObject> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = ok(region.get(first + (cursor == null ? "" : "&cursor=" + cursor), token));
            items.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
            JsonValue next = page.get("nextCursor");
            cursor = next == null || next.getValueType() == JsonValue.ValueType.NULL
                    ? null
                    : page.getString("nextCursor");
        } while (cursor != null);
        return items;
    }

    private static JsonObject ok(RegionClient.Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }
}
