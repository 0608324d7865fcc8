package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transferhub.testkit.RegionClient.assertProblem;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.transferhub.testkit.RegionClient;

/**
 * The incubation plugin's portal pages in real headless Chromium, in Chinese and in English: a
 * team applies, an operator screens, assigns a reviewer and a technology manager, a reviewer
 * scores with the stage's scorecard (and on a second project declares a conflict and can no longer
 * score), the committee's gate decision after enough reviews, the team sees its new stage, and the
 * programme's funnel as a chart and a table. Each run makes its own programme and projects.
 */
class IncubationPortalIT {

    private static final String API = "/incubation/api/";
    private static final String DEMO_PROGRAMME = "00000000-0000-4000-8000-0000000c0001";
    private static final List<String> STAGES = List.of("IDEATION", "FEASIBILITY", "COMMERCIAL", "SCENARIO");

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aProjectGoesFromTheTeamsApplicationThroughReviewAndTheGateToItsNextStage(String lang) throws Exception {
        RegionClient http = PortalRegion.http();
        String operator = http.signIn("operator");
        String holder = http.signIn("holder");
        String reviewer = http.signIn("reviewer");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String programme = programme(http, operator, "Portal cohort " + lang + " " + run);
        String title = "Portal sensor " + lang + " " + run;
        String institution = "Portal Institute " + run;

        // The team applies in the portal: a TRL of 10 is refused in the page's language, 4 is taken.
        String project;
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("holder").navigate("incubation", "projects");
            p.choose("apply", "programme", programme)
                    .fill("apply", "title", title)
                    .fill("apply", "institution", institution)
                    .fill("apply", "team", "Prof. Gao\nDr. Ma")
                    .choose("apply", "field", "NEW_MATERIALS")
                    .fill("apply", "trl", "10")
                    .fill("apply", "requestedFunding", "300000");
            String refused = p.submit("apply");
            assertTrue(refused.contains(p.say("有些内容不符合要求", "Some fields are not valid")), refused);
            assertEquals("true", p.field("apply", "trl").getAttribute("aria-invalid"));
            p.fill("apply", "trl", "4");
            done(p, "apply", "已提交，等待运营方初审", "is submitted");
            project = mine(http, holder, title).getString("id");
            assertEquals(p.say("待初审", "Waiting for screening"), p.text("#status-" + project));
            p.screenshot("incubation-holder-projects");
        }
        assertEquals(
                300_000_00L,
                ok(http.get(API + "projects/" + project + "/dossier", holder))
                        .getJsonObject("requestedFunding")
                        .getJsonNumber("amount")
                        .longValue());

        // A second project of the team, screened and given the same reviewer over REST.
        String second = ok(http.send(
                        "POST",
                        API + "programmes/" + programme + "/projects",
                        holder,
                        submission("Portal membrane " + lang + " " + run, institution),
                        key()))
                .getJsonObject("project")
                .getString("id");
        ok(http.send(
                "POST",
                API + "projects/" + second + "/screening",
                operator,
                "{\"admit\": true, \"reason\": \"Fits\"}",
                key()));
        ok(http.send("POST", API + "projects/" + second + "/reviewers", operator, reviewer("reviewer"), key()));

        // The operator screens it, assigns the reviewer and a technology manager; no decision before the reviews.
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("operator");
            openInCohort(p, programme, project);
            assertTrue(p.text("#project-title").contains(title));
            p.choose("screening", "admit", "true").fill("screening", "reason", "A patented sensor");
            done(p, "screening", "初审结论已记录", "screening is recorded");
            assertEquals(p.say("验证中", "In proof of concept"), p.text("#project-status"));
            p.fill("reviewer", "reviewer", "reviewer").fill("reviewer", "institution", "Independent review panel");
            done(p, "reviewer", "已分配评审专家 reviewer", "Reviewer reviewer is assigned");
            assertTrue(p.text("#reviewers").contains("Independent review panel"), p.text("#reviewers"));

            p.choose("decision", "outcome", "ADVANCE").fill("decision", "reason", "Too early");
            String refused = p.submit("decision");
            assertTrue(refused.contains(p.say("本轮的有效评审意见还不够", "does not have enough reviews")), refused);

            done(p, "manager", "已分配技术经理人", "Technology manager assigned");
            assertTrue(p.text("#project-manager").contains("Wang Min"), p.text("#project-manager"));
            p.screenshot("incubation-operator-cohort");
        }
        assertEquals("IDEATION", summary(http, operator, project).getString("stage"));

        // The reviewer scores the first project with the ideation scorecard, and declares a conflict on the second.
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("reviewer").navigate("incubation", "reviews");
            assertEquals(p.say("待评分", "To score"), p.text("#review-state-" + project));
            p.rendering(() -> p.driver().findElement(By.id("review-" + project)).click());
            assertTrue(p.main().contains(p.say("成果的创新性", "Novelty of the research result")), p.main());
            assertTrue(p.main().contains(institution), p.main());
            p.fill("scorecard", "novelty", "90")
                    .fill("scorecard", "team", "80")
                    .fill("scorecard", "ip", "70")
                    .fill("scorecard", "comment", "Clearly novel");
            // (90×40 + 80×30 + 70×30) / 100 = 81.00
            done(p, "scorecard", "评分已提交，加权得分 81.00", "weighted score 81.00");
            assertTrue(p.text("#my-reviews").contains("81.00"), p.text("#my-reviews"));
            assertTrue(p.driver().findElements(By.id("scorecard")).isEmpty(), "scored once");
            p.screenshot("incubation-reviewer-score");

            p.navigate("incubation", "reviews");
            assertEquals(p.say("已评分", "Scored"), p.text("#review-state-" + project));
            p.rendering(() -> p.driver().findElement(By.id("review-" + second)).click());
            p.fill("conflict", "reason", "Co-author of the patent");
            done(p, "conflict", "已声明利益冲突", "Conflict declared");
            assertTrue(p.text("#review-conflicted").contains("Co-author of the patent"), p.main());
            assertTrue(p.driver().findElements(By.id("scorecard")).isEmpty(), "no scorecard once conflicted");
            p.navigate("incubation", "reviews");
            assertEquals(
                    p.say("已声明利益冲突，不再评审", "Conflict declared: no longer reviewing"), p.text("#review-state-" + second));
            p.screenshot("incubation-reviewer-reviews");
        }
        assertProblem(
                http.post(API + "projects/" + second + "/reviews", reviewer, scores(80)),
                403,
                "incubation:conflict-of-interest");

        // Two more reviewers score over REST: the committee has its three reviews.
        for (String name : List.of("portal-x-" + run, "portal-y-" + run)) {
            ok(http.send("POST", API + "projects/" + project + "/reviewers", operator, reviewer(name), key()));
            String token = PortalRegion.tokens().sign(name, List.of("reviewer"), "demo", Duration.ofMinutes(10));
            ok(http.send("POST", API + "projects/" + project + "/reviews", token, scores(80), key()));
        }

        // The operator records the gate decision; the funnel of the programme shows it, as a chart and a table.
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("operator");
            openInCohort(p, programme, project);
            assertTrue(p.text("#counted-reviews").contains("3"), p.text("#counted-reviews"));
            p.choose("decision", "outcome", "ADVANCE").fill("decision", "reason", "Committee: novel and protected");
            done(p, "decision", "决定已记录", "Decision recorded");
            assertEquals(p.say("可行性验证", "Feasibility"), p.text("#project-stage"));

            p.navigate("incubation", "funnel");
            // The region's programmes side by side: this one's two projects are both in progress.
            p.await("#funnel-programmes-chart svg");
            assertEquals("2", p.text("#programme-" + programme + "-submitted"));
            assertEquals("2", p.text("#programme-" + programme + "-inProgress"));
            assertEquals("0", p.text("#programme-" + programme + "-passed"));
            assertTrue(ok(http.get(API + "funnel/programmes?limit=100", operator))
                    .toString()
                    .contains(programme));
            p.choose("funnel-programme", "programme", programme);
            p.rendering(() -> p.driver()
                    .findElement(By.cssSelector("#funnel-programme button[type=submit]"))
                    .click());
            p.await("#funnel-chart svg");
            assertTrue(p.driver()
                    .findElement(By.id("funnel-chart"))
                    .getAttribute("class")
                    .contains("chart"));
            JsonObject funnel = ok(http.get(API + "funnel?programme=" + programme, operator));
            assertEquals(2, funnel.getInt("submitted"));
            assertEquals("2", p.text("#funnel-submitted"));
            for (JsonObject stage : funnel.getJsonArray("stages").getValuesAs(JsonObject.class)) {
                for (String figure : List.of("entered", "passed", "rejected", "inStage")) {
                    assertEquals(
                            String.valueOf(stage.getInt(figure)),
                            p.text("#funnel-" + stage.getString("stage") + "-" + figure),
                            stage.getString("stage") + " " + figure);
                }
            }
            assertEquals("2", p.text("#funnel-IDEATION-entered"));
            assertEquals("1", p.text("#funnel-IDEATION-passed"));
            assertEquals("1", p.text("#funnel-IDEATION-inStage"));
            assertEquals("1", p.text("#funnel-FEASIBILITY-entered"));
            assertTrue(p.text("#funnel-table").contains(p.say("可行性验证", "Feasibility")), p.text("#funnel-table"));
            p.screenshot("incubation-operator-funnel");
        }

        // The team sees the new stage and its technology manager, and keeps its milestones.
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("holder").navigate("incubation", "projects");
            assertEquals(p.say("可行性验证", "Feasibility"), p.text("#stage-" + project));
            p.rendering(
                    () -> p.driver().findElement(By.id("project-" + project)).click());
            assertTrue(p.text("#project-manager").contains("Wang Min"), p.text("#project-manager"));
            assertTrue(p.main().contains("Committee: novel and protected"), p.main());
            p.fill("milestone", "title", "Pilot line " + run);
            done(p, "milestone", "里程碑已添加", "milestone is added");
            assertTrue(p.text("#milestones").contains("Pilot line " + run));
            done(p, "achieve-1", "里程碑已标记为完成", "marked achieved");
            assertTrue(p.driver().findElements(By.id("achieve-1")).isEmpty(), "achieved once");
            p.fill("kpi", "period", "2026-Q4")
                    .fill("kpi", "prototypes", "1")
                    .fill("kpi", "pilotCustomers", "2")
                    .fill("kpi", "revenue", "1,234.5")
                    .fill("kpi", "fundingRaised", "0");
            done(p, "kpi", "绩效报告已提交", "KPI report is sent");
            assertTrue(p.main().contains("¥1,234.50"), p.main());
            p.screenshot("incubation-holder-project");
        }
        JsonObject dossier = ok(http.get(API + "projects/" + project + "/dossier", holder));
        assertEquals("FEASIBILITY", dossier.getJsonObject("project").getString("stage"));
        JsonObject milestone = dossier.getJsonArray("milestones").getJsonObject(0);
        assertTrue(milestone.containsKey("achievedOn") && !milestone.isNull("achievedOn"), milestone.toString());
        JsonObject kpis = dossier.getJsonArray("kpiReports").getJsonObject(0);
        assertEquals(
                123_450, kpis.getJsonObject("revenue").getJsonNumber("amount").longValue(), "yuan typed, fen kept");
        assertEquals(2, kpis.getInt("pilotCustomers"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aRoleOpensOnlyItsOwnIncubationPagesAndListsNothingOfOthers(String lang) throws Exception {
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("reviewer");
            assertTrue(
                    p.navigation().contains("nav-incubation-reviews"),
                    p.navigation().toString());
            for (String page : List.of("cohort", "funnel", "projects")) {
                assertFalse(
                        p.navigation().contains("nav-incubation-" + page),
                        p.navigation().toString());
                p.go("incubation", page);
                assertTrue(p.main().contains(p.say("无权访问", "Not for your role")), p.main());
                assertTrue(p.driver()
                        .findElements(By.id("page-incubation-" + page))
                        .isEmpty());
            }
            p.screenshot("incubation-reviewer-forbidden");
        }
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("holder");
            p.go("incubation", "reviews");
            assertTrue(p.main().contains(p.say("无权访问", "Not for your role")), p.main());
            // Another team's project, opened by its address, says so in the page's language.
            p.go("incubation", "projects", "project=00000000-0000-4000-8000-0000000c1003");
            assertTrue(p.main().contains(p.say("这不是您团队提交的项目", "submitted by another team")), p.main());
        }
        RegionClient http = PortalRegion.http();
        String reviewer = http.signIn("reviewer");
        String holder = http.signIn("holder");
        String operator = http.signIn("operator");
        assertProblem(http.get(API + "projects/mine", reviewer), 403, "forbidden");
        assertProblem(http.get(API + "programmes/" + DEMO_PROGRAMME + "/projects", reviewer), 403, "forbidden");
        assertProblem(http.get(API + "programmes/" + DEMO_PROGRAMME + "/projects", holder), 403, "forbidden");
        assertProblem(http.get(API + "assignments/mine", holder), 403, "forbidden");
        assertProblem(http.get(API + "assignments/mine", operator), 403, "forbidden");
        assertProblem(http.get(API + "funnel/programmes", holder), 403, "forbidden");
        assertProblem(http.get(API + "funnel/programmes", reviewer), 403, "forbidden");
        assertProblem(http.get(API + "projects/mine", null), 401, "unauthenticated");
        assertProblem(http.get(API + "projects/mine?cursor=nope", holder), 400, "validation-failed");
        // Each list holds only the caller's own.
        for (JsonObject s : ok(http.get(API + "projects/mine?limit=100", holder))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            assertEquals(
                    200,
                    http.get(API + "projects/" + s.getString("id") + "/dossier", holder)
                            .status());
        }
        assertTrue(ok(http.get(API + "assignments/mine?open=true", reviewer))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .allMatch(a -> a.getBoolean("open")));
    }

    /** Opens a project on the operator's cohort page, through the navigation and the programme chooser. */
    private static void openInCohort(Portal p, String programme, String project) {
        p.navigate("incubation", "cohort");
        p.choose("cohort-programme", "programme", programme);
        p.rendering(() -> p.driver()
                .findElement(By.cssSelector("#cohort-programme button[type=submit]"))
                .click());
        p.rendering(() -> p.driver().findElement(By.id("project-" + project)).click());
    }

    /** Submits a form whose success draws the page again, and waits for the page's notice. */
    private static String done(Portal p, String form, String zh, String en) {
        p.script("document.getElementById('incubation-notice')?.remove()");
        String status = p.submit(form);
        assertTrue(status.isEmpty(), "refused: " + status);
        return p.awaitText("#incubation-notice", p.say(zh, en));
    }

    private static JsonObject mine(RegionClient http, String holder, String title) {
        return ok(http.get(API + "projects/mine?limit=100", holder))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getString("title").equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not among the team's projects: " + title));
    }

    private static JsonObject summary(RegionClient http, String token, String project) {
        return ok(http.get(API + "projects/" + project, token));
    }

    private static JsonObject ok(RegionClient.Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String programme(RegionClient http, String operator, String name) {
        StringBuilder stages = new StringBuilder();
        for (String s : STAGES) {
            int n = STAGES.indexOf(s) + 1;
            stages.append(n > 1 ? ", " : "")
                    .append("{\"stage\": \"")
                    .append(s)
                    .append("\", \"deadline\": \"")
                    .append(LocalDate.now().plusMonths(3L * n))
                    .append("\", \"fundingCap\": {\"amount\": ")
                    .append(10_000_000L * n)
                    .append(", \"currency\": \"CNY\"}, \"scorecard\": \"")
                    .append(s.toLowerCase(Locale.ROOT))
                    .append("\", \"gateRule\": \"min-score\", \"gateParameter\": \"70\"}");
        }
        return ok(http.send(
                        "POST",
                        API + "programmes",
                        operator,
                        "{\"name\": \"" + name + "\", \"stages\": [" + stages + "]}",
                        key()))
                .getString("id");
    }

    private static String submission(String title, String institution) {
        return "{\"title\": \"" + title + "\", \"institution\": \"" + institution + "\", \"team\": [\"Dr. Xu\"],"
                + " \"field\": \"RESOURCES_ENVIRONMENT\", \"trl\": 3, \"ipReferences\": [],"
                + " \"requestedFunding\": {\"amount\": 10000000, \"currency\": \"CNY\"}}";
    }

    private static String reviewer(String name) {
        return "{\"stage\": \"IDEATION\", \"reviewer\": \"" + name
                + "\", \"institution\": \"Independent review panel\"}";
    }

    private static String scores(int points) {
        return "{\"stage\": \"IDEATION\", \"scores\": {\"novelty\": %d, \"team\": %d, \"ip\": %d}, \"comment\": \"Scored\"}"
                .formatted(points, points, points);
    }
}
