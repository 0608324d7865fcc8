package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transferhub.testkit.RegionClient.assertProblem;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.transferhub.testkit.RegionClient;
import org.transferhub.testkit.RegionTokens;

/**
 * A project from intake to SCENARIO passed over REST, as team (holder), operators and three
 * reviewers, with a bad request at every endpoint on the way (each a problem+json that changes
 * nothing); run by {@link RegionIT}.
 */
final class IncubationFlow {

    /** A project of the demo cohort, at FEASIBILITY. */
    static final String DEMO_PROJECT = "00000000-0000-4000-8000-0000000c1003";

    private static final String API = "/incubation/api/";
    private static final List<String> STAGES = List.of("IDEATION", "FEASIBILITY", "COMMERCIAL", "SCENARIO");

    private IncubationFlow() {}

    static void fromIntakeToScenarioPassed(RegionClient http, RegionTokens tokens) {
        String operator = http.signIn("operator");
        String holder = http.signIn("holder");
        List<String> reviewers = List.of(
                http.signIn("reviewer"),
                tokens.sign("reviewer-x", List.of("reviewer"), "demo", Duration.ofMinutes(30)),
                tokens.sign("reviewer-y", List.of("reviewer"), "demo", Duration.ofMinutes(30)));
        List<String> reviewerNames = List.of("reviewer", "reviewer-x", "reviewer-y");

        // The demo cohort: projects at every stage, and the demo reviewer's pending review.
        JsonObject demo = ok(http.get(API + "funnel?programme=00000000-0000-4000-8000-0000000c0001", operator));
        for (JsonObject s : demo.getJsonArray("stages").getValuesAs(JsonObject.class)) {
            assertTrue(s.getInt("entered") > 0, "demo projects at " + s.getString("stage"));
        }
        assertEquals(
                200,
                http.get(API + "projects/00000000-0000-4000-8000-0000000c1002/dossier", reviewers.get(0))
                        .status());
        assertProblem(
                http.get(API + "projects/" + DEMO_PROJECT + "/dossier", holder), 403, "incubation:not-your-project");

        // Programme setup.
        JsonObject gates = ok(http.get(API + "gates", operator));
        assertEquals(4, gates.getJsonArray("scorecards").size());
        assertProblem(
                http.post(API + "programmes", operator, "{\"name\": \"x\", \"stages\": []}"), 400, "validation-failed");
        assertProblem(
                http.post(API + "programmes", operator, programme("no-such-card", "CNY")),
                422,
                "incubation:invalid-programme");
        assertProblem(http.post(API + "programmes", operator, programme("ideation", "USD")), 400, "validation-failed");
        JsonObject programme = ok(http.send("POST", API + "programmes", operator, programme("ideation", "CNY"), key()));
        String programmeId = programme.getString("id");
        assertEquals(
                STAGES,
                programme.getJsonArray("stages").getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("stage"))
                        .toList());
        assertEquals(
                programme.getJsonArray("stages"),
                ok(http.get(API + "programmes/" + programmeId, holder)).getJsonArray("stages"));
        assertProblem(http.get(API + "programmes/" + UUID.randomUUID(), operator), 404, "incubation:unknown-programme");

        // Intake: the team submits, an operator screens.
        RegionClient.Answer badTrl = http.post(API + "programmes/" + programmeId + "/projects", holder, project(10));
        assertProblem(badTrl, 400, "validation-failed");
        assertEquals(
                "body.trl",
                badTrl.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(
                http.post(API + "programmes/" + programmeId + "/projects", holder, "{\"title\": "),
                400,
                "malformed-request");
        String submitKey = key();
        JsonObject submitted =
                ok(http.send("POST", API + "programmes/" + programmeId + "/projects", holder, project(4), submitKey));
        assertEquals(
                submitted,
                ok(http.send("POST", API + "programmes/" + programmeId + "/projects", holder, project(4), submitKey)),
                "a retried submission submits once");
        String id = submitted.getJsonObject("project").getString("id");
        String project = API + "projects/" + id;
        assertEquals("SCREENING", submitted.getJsonObject("project").getString("status"));
        JsonObject before = dossier(http, project, holder);
        assertProblem(
                http.post(project + "/reviewers", operator, reviewer("IDEATION", "reviewer", "Panel")),
                409,
                "incubation:not-active");
        assertProblem(http.post(project + "/screening", operator, "{\"admit\": true}"), 400, "validation-failed");
        assertEquals(before, dossier(http, project, holder), "refusals changed nothing");
        ok(http.send(
                "POST",
                project + "/screening",
                operator,
                "{\"admit\": true, \"reason\": \"A patented sensor\"}",
                key()));
        JsonObject admitted = dossier(http, project, holder);
        assertEquals("ACTIVE", admitted.getJsonObject("project").getString("status"));
        assertProblem(
                http.post(project + "/screening", operator, "{\"admit\": false, \"reason\": \"again\"}"),
                409,
                "incubation:already-screened");

        // The region's talent registry assigns a technology manager: certified, of the project's field,
        // not of its institution; every gate the project then passes is credited to the manager.
        JsonObject partnered = ok(http.send("POST", project + "/manager", operator, null, key()));
        String managerId = partnered.getJsonObject("project").getString("managerId");
        JsonObject manager = ok(http.get("/talent/api/managers/" + managerId, holder));
        assertTrue(manager.getBoolean("certified"), manager.toString());
        assertTrue(
                manager.getJsonArray("fields").getValuesAs(jakarta.json.JsonString.class).stream()
                        .anyMatch(f -> f.getString().equals("NEW_MATERIALS")),
                manager.toString());
        assertFalse(manager.getString("affiliation").contains("Demo University"), manager.toString());
        int pointsBefore = ok(http.get("/talent/api/managers/" + managerId + "/track-record", holder))
                .getInt("points");
        String managerPrivate = "/talent/api/managers/" + managerId + "/private";
        int openWhilePartnering = ok(http.get(managerPrivate, operator)).getInt("openAssignments");

        for (String stage : STAGES) {
            int round = dossier(http, project, holder).getInt("round");
            // Assignment: a reviewer of the project's own institution is refused.
            assertProblem(
                    http.post(project + "/reviewers", operator, reviewer(stage, "insider", "Demo University")),
                    422,
                    "incubation:conflicted-reviewer");
            String other = STAGES.get((STAGES.indexOf(stage) + 1) % 4);
            assertProblem(
                    http.post(project + "/reviewers", operator, reviewer(other, "reviewer", "Panel")),
                    409,
                    "incubation:wrong-stage");
            for (String name : reviewerNames) {
                ok(http.send("POST", project + "/reviewers", operator, reviewer(stage, name, "Review panel"), key()));
            }

            // Funding within the stage's cap (100,000 fen × the stage's number).
            long cap = 100_000L * (STAGES.indexOf(stage) + 1);
            ok(http.send("POST", project + "/funding", operator, funding(stage, cap), key()));
            JsonObject funded = dossier(http, project, holder);
            assertProblem(http.post(project + "/funding", operator, funding(stage, 1)), 422, "incubation:over-cap");
            assertProblem(http.post(project + "/funding", operator, funding(other, 1)), 409, "incubation:wrong-stage");
            assertProblem(
                    http.post(project + "/funding", operator, "{\"stage\": \"" + stage + "\"}"),
                    400,
                    "validation-failed");

            // Not before the reviews.
            assertProblem(
                    http.post(project + "/decisions", operator, decision(stage, round, "ADVANCE")),
                    409,
                    "incubation:not-enough-reviews");
            assertProblem(http.post(project + "/reviews", http.signIn("holder"), scores(stage, 80)), 403, "forbidden");
            assertProblem(
                    http.post(
                            project + "/reviews",
                            tokens.sign("stranger", List.of("reviewer"), "demo", Duration.ofMinutes(5)),
                            scores(stage, 80)),
                    403,
                    "incubation:not-assigned");
            assertProblem(
                    http.post(
                            project + "/reviews",
                            reviewers.get(0),
                            "{\"stage\": \"" + stage + "\", \"scores\": {\"x\": 1}, \"comment\": \"x\"}"),
                    422,
                    "incubation:invalid-scores");
            assertEquals(funded, dossier(http, project, holder), "refusals changed nothing");

            if (stage.equals("COMMERCIAL")) {
                // One reviewer declares a conflict: excluded; a fourth reviewer takes the seat.
                ok(http.send(
                        "POST",
                        project + "/conflicts",
                        reviewers.get(2),
                        "{\"stage\": \"COMMERCIAL\", \"reason\": \"Consults for a competitor\"}",
                        key()));
                assertProblem(
                        http.post(project + "/reviews", reviewers.get(2), scores(stage, 80)),
                        403,
                        "incubation:conflict-of-interest");
                assertProblem(http.post(project + "/conflicts", reviewers.get(1), "{}"), 400, "validation-failed");
                ok(http.send("POST", project + "/reviewers", operator, reviewer(stage, "reviewer-z", "Panel"), key()));
                for (String r : List.of(
                        reviewers.get(0),
                        reviewers.get(1),
                        tokens.sign("reviewer-z", List.of("reviewer"), "demo", Duration.ofMinutes(5)))) {
                    ok(http.send("POST", project + "/reviews", r, scores(stage, 80), key()));
                }
            } else {
                for (String r : reviewers) {
                    ok(http.send(
                            "POST",
                            project + "/reviews",
                            r,
                            scores(stage, stage.equals("FEASIBILITY") ? 60 : 85),
                            key()));
                }
                assertProblem(
                        http.post(project + "/reviews", reviewers.get(0), scores(stage, 90)),
                        409,
                        "incubation:already-reviewed");
            }

            if (stage.equals("FEASIBILITY")) {
                // Below the gate's min-score 70: the committee cannot advance, sends it back to the same stage.
                assertProblem(
                        http.post(project + "/decisions", operator, decision(stage, round, "ADVANCE")),
                        422,
                        "incubation:gate-not-met");
                JsonObject revised = ok(
                        http.send("POST", project + "/decisions", operator, decision(stage, round, "REVISE"), key()));
                assertEquals("FEASIBILITY", revised.getJsonObject("project").getString("stage"));
                assertEquals(round + 1, revised.getInt("round"));
                assertProblem(
                        http.post(project + "/decisions", operator, decision(stage, round, "ADVANCE")),
                        409,
                        "incubation:already-decided");
                for (String r : reviewers) {
                    ok(http.send("POST", project + "/reviews", r, scores(stage, 90), key()));
                }
                round++;
            }
            assertProblem(
                    http.post(project + "/decisions", operator, decision(other, 1, "ADVANCE")),
                    409,
                    "incubation:wrong-stage");
            assertProblem(
                    http.post(
                            project + "/decisions",
                            operator,
                            "{\"stage\": \"" + stage + "\", \"round\": 1, \"outcome\": \"MAYBE\", \"reason\": \"x\"}"),
                    400,
                    "malformed-request");
            String decisionKey = key();
            JsonObject decided = ok(http.send(
                    "POST", project + "/decisions", operator, decision(stage, round, "ADVANCE"), decisionKey));
            assertEquals(
                    decided,
                    ok(http.send(
                            "POST", project + "/decisions", operator, decision(stage, round, "ADVANCE"), decisionKey)),
                    "a retried decision decides once");
        }

        JsonObject passed = dossier(http, project, holder);
        assertEquals("PASSED", passed.getJsonObject("project").getString("status"));
        assertEquals("SCENARIO", passed.getJsonObject("project").getString("stage"));
        List<JsonObject> decisions = passed.getJsonArray("decisions").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("IDEATION", "FEASIBILITY", "FEASIBILITY", "COMMERCIAL", "SCENARIO"),
                decisions.stream().map(d -> d.getString("stage")).toList());
        assertEquals("REVISE", decisions.get(1).getString("outcome"));
        assertEquals("operator", decisions.get(1).getString("decidedBy"));
        assertEquals(4, passed.getJsonArray("funding").size(), "one grant per stage");

        // The team reports; outcomes are recorded after the programme.
        JsonObject withMilestone = ok(http.send(
                "POST",
                project + "/milestones",
                holder,
                "{\"title\": \"Pilot line\", \"dueOn\": \"2026-12-31\"}",
                key()));
        String milestone =
                withMilestone.getJsonArray("milestones").getJsonObject(0).getString("id");
        assertProblem(http.post(project + "/milestones", holder, "{\"title\": \"\"}"), 400, "validation-failed");
        ok(http.send(
                "POST", project + "/milestones/" + milestone + "/achieved", holder, "{\"on\": \"2026-11-30\"}", key()));
        assertProblem(
                http.post(project + "/milestones/" + milestone + "/achieved", holder, "{\"on\": \"2026-12-01\"}"),
                409,
                "incubation:already-achieved");
        assertProblem(
                http.post(
                        project + "/milestones/" + UUID.randomUUID() + "/achieved", holder, "{\"on\": \"2026-12-01\"}"),
                404,
                "incubation:unknown-milestone");
        String kpis = "{\"period\": \"2026-Q4\", \"prototypes\": 2, \"pilotCustomers\": 3, \"revenue\": " + cny(500_000)
                + ", \"fundingRaised\": " + cny(0) + ", \"note\": \"Three pilots\"}";
        ok(http.send("POST", project + "/kpi-reports", holder, kpis, key()));
        assertProblem(http.post(project + "/kpi-reports", holder, kpis), 409, "incubation:already-reported");
        assertProblem(
                http.post(project + "/kpi-reports", holder, kpis.replace("2026-Q4", "Q4 2026")),
                400,
                "validation-failed");
        assertProblem(
                http.post(
                        project + "/kpi-reports",
                        tokens.sign("other-team", List.of("holder"), "demo", Duration.ofMinutes(5)),
                        kpis.replace("Q4", "Q3")),
                403,
                "incubation:not-your-project");
        ok(http.send(
                "POST",
                project + "/outcomes",
                operator,
                "{\"kind\": \"SPIN_OFF\", \"counterpart\": \"Sensor Co\", \"valuation\": " + cny(5_000_000_000L)
                        + ", \"occurredOn\": \"" + LocalDate.now().plusYears(1) + "\"}",
                key()));
        assertProblem(
                http.post(
                        project + "/outcomes",
                        operator,
                        "{\"kind\": \"INVESTMENT\", \"counterpart\": \"VC\", \"occurredOn\": \"2027-01-01\"}"),
                422,
                "incubation:invalid-outcome");

        JsonObject funnel = ok(http.get(API + "funnel?programme=" + programmeId, operator));
        JsonObject scenario = funnel.getJsonArray("stages").getJsonObject(3);
        assertEquals(1, scenario.getInt("passed"));
        assertEquals(
                400_000,
                scenario.getJsonObject("fundingSpent").getJsonNumber("amount").longValue());
        assertEquals(1, funnel.getJsonObject("outcomes").getInt("spinOffs"));
        assertEquals("PASSED", ok(http.get(API + "projects/" + id, operator)).getString("status"));
        assertEquals(
                openWhilePartnering - 1,
                ok(http.get(managerPrivate, operator)).getInt("openAssignments"),
                "a passed project releases its manager's place");

        // Four gates passed and 2 million yuan raised with the manager as partner: 4 × 10 + 20 points.
        ok(http.send(
                "POST",
                project + "/outcomes",
                operator,
                "{\"kind\": \"INVESTMENT\", \"counterpart\": \"Demo Ventures\", \"amount\": " + cny(200_000_000L)
                        + ", \"occurredOn\": \"" + LocalDate.now() + "\"}",
                key()));
        try {
            http.await(
                    "/talent/api/managers/" + managerId + "/track-record",
                    holder,
                    a -> a.status() == 200 && a.json().getInt("points") >= pointsBefore + 4 * 10 + 20,
                    Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject dossier(RegionClient http, String project, String token) {
        return ok(http.get(project + "/dossier", token));
    }

    private static JsonObject ok(RegionClient.Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String cny(long fen) {
        return "{\"amount\": " + fen + ", \"currency\": \"CNY\"}";
    }

    private static String programme(String ideationScorecard, String currency) {
        StringBuilder stages = new StringBuilder();
        for (String s : STAGES) {
            int n = STAGES.indexOf(s) + 1;
            stages.append(n > 1 ? ", " : "")
                    .append("{\"stage\": \"")
                    .append(s)
                    .append("\", \"deadline\": \"")
                    .append(LocalDate.now().plusMonths(3L * n))
                    .append("\", \"fundingCap\": {\"amount\": ")
                    .append(100_000L * n)
                    .append(", \"currency\": \"")
                    .append(currency)
                    .append("\"}, \"scorecard\": \"")
                    .append(s.equals("IDEATION") ? ideationScorecard : s.toLowerCase(java.util.Locale.ROOT))
                    .append("\", \"gateRule\": \"min-score\", \"gateParameter\": \"70\"}");
        }
        return "{\"name\": \"Flow cohort " + key().substring(0, 8) + "\", \"stages\": [" + stages + "]}";
    }

    private static String project(int trl) {
        return "{\"title\": \"MEMS gas sensor\", \"institution\": \"Demo University\", \"team\": [\"Prof. Li\", \"Dr. Wang\"],"
                + " \"field\": \"NEW_MATERIALS\", \"trl\": " + trl + ", \"ipReferences\": [\"CN202310123456.7\"],"
                + " \"requestedFunding\": " + cny(1_000_000) + "}";
    }

    private static String reviewer(String stage, String name, String institution) {
        return "{\"stage\": \"" + stage + "\", \"reviewer\": \"" + name + "\", \"institution\": \"" + institution
                + "\"}";
    }

    private static String funding(String stage, long fen) {
        return "{\"stage\": \"" + stage + "\", \"amount\": " + cny(fen) + ", \"purpose\": \"Prototype work\"}";
    }

    private static String decision(String stage, int round, String outcome) {
        return "{\"stage\": \"" + stage + "\", \"round\": " + round + ", \"outcome\": \"" + outcome
                + "\", \"reason\": \"Committee minutes " + stage + " " + outcome + "\"}";
    }

    private static String scores(String stage, int points) {
        String criteria =
                switch (stage) {
                    case "IDEATION" -> "\"novelty\": %d, \"team\": %d, \"ip\": %d";
                    case "FEASIBILITY" -> "\"technical\": %d, \"resources\": %d, \"risk\": %d";
                    case "COMMERCIAL" -> "\"market\": %d, \"model\": %d, \"finance\": %d";
                    default -> "\"fit\": %d, \"customers\": %d, \"scale\": %d";
                };
        return "{\"stage\": \"" + stage + "\", \"scores\": {" + criteria.formatted(points, points, points)
                + "}, \"comment\": \"Scored " + points + "\"}";
    }
}
