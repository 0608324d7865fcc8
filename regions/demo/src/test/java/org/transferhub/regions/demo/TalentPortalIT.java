package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transferhub.testkit.RegionClient.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.transferhub.testkit.RegionClient;

/**
 * The talent registry's portal pages in real headless Chromium, in Chinese and in English: a new
 * technology manager registers, sets their availability, applies for certification (too few hours
 * first), the operator approves it and suspends and reinstates the manager in the registry, the
 * manager sees their certification, an assignment and the directory finds them; the demo manager's
 * track record drawn as a chart and a table; and the operator's registry closed to a manager.
 */
class TalentPortalIT {

    private static final String API = "/talent/api";

    /** A manager identity of its own, signed by the region: the demo users are fixed and shared with other classes. */
    private static String freshManager(String user) throws Exception {
        return PortalRegion.tokens().sign(user, List.of("manager"), "demo", Duration.ofMinutes(30));
    }

    private static Portal signedInWithToken(String lang, String token) throws Exception {
        Portal p = PortalRegion.portal(lang);
        p.script("sessionStorage.setItem('transferhub.token', arguments[0])", token);
        p.reload();
        return p;
    }

    private static RegionClient.Answer post(String path, String token, String json) throws Exception {
        return PortalRegion.http()
                .send("POST", path, token, json, UUID.randomUUID().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aNewManagerRegistersIsCertifiedByTheOperatorIsAssignedAndIsFoundInTheDirectory(String lang) throws Exception {
        RegionClient http = PortalRegion.http();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String user = "talent-" + lang.toLowerCase() + "-" + suffix;
        String name = "测试经理 Test " + suffix;
        // A working language only this run's manager has, so the searches below find it among few.
        String language = lang.equals("en") ? "de" : "fr";
        String token = freshManager(user);
        String operator = http.signIn("operator");

        try (Portal p = signedInWithToken(lang, token)) {
            assertTrue(p.text("#who").startsWith(user), p.text("#who"));
            p.navigate("talent", "profile");
            assertTrue(p.main().contains(p.say("还没有技术经理人档案", "no technology manager profile yet")), p.main());
            p.screenshot("talent-manager-register");
            p.fill("talent-register", "displayName", name)
                    .fill("talent-register", "affiliation", "Test Transfer Office " + suffix)
                    .choose("talent-register", "affiliationKind", "SERVICE_ORGANISATION")
                    .fill("talent-register", "languages", "zh, " + language)
                    .fill("talent-register", "capacity", "2")
                    .fill("talent-register", "phone", "+86 21 5555 0199")
                    .fill("talent-register", "idNumber", "TEST" + suffix);
            p.field("talent-register", "field-AEROSPACE").click();
            p.submit("talent-register");
            p.awaitText("#talent-status", p.say("未认证", "Not certified"));
            assertTrue(p.main().contains(p.say("档案已登记", "Your profile is registered")), p.main());
            JsonObject mine = http.get(API + "/managers/mine", token).json();
            assertEquals("UNCERTIFIED", mine.getString("status"));
            assertEquals(
                    List.of("AEROSPACE"),
                    mine.getJsonObject("profile").getJsonArray("fields").getValuesAs(JsonString::getString));

            // Availability off and on again, through the page.
            p.submit("talent-availability");
            p.awaitText("#talent-available", p.say("否", "No"));
            assertFalse(http.get(API + "/managers/mine", token)
                    .json()
                    .getJsonObject("profile")
                    .getBoolean("available"));
            p.submit("talent-availability");
            p.awaitText("#talent-available", p.say("是", "Yes"));
            assertTrue(http.get(API + "/managers/mine", token)
                    .json()
                    .getJsonObject("profile")
                    .getBoolean("available"));

            // Too few training hours: refused in the page's language; then enough.
            p.navigate("talent", "certification");
            p.choose("talent-apply", "kind", "CERTIFICATION")
                    .choose("talent-apply", "level", "JUNIOR")
                    .fill("talent-apply", "hours", "10")
                    .fill("talent-apply", "evidence", "CASTEM-JR-" + suffix);
            String refused = p.submit("talent-apply");
            assertTrue(refused.contains(p.say("培训学时或继续教育学分不足", "Not enough training hours or credits")), refused);
            assertEquals(
                    "talent:not-enough-hours",
                    p.driver()
                            .findElement(By.cssSelector("#talent-apply .problem"))
                            .getAttribute("data-kind"));
            p.fill("talent-apply", "hours", "48");
            p.submit("talent-apply");
            p.awaitText("#talent-applications", p.say("待审核", "Submitted"));
            assertTrue(p.main().contains(p.say("申请已提交", "Your application is in")), p.main());
        }
        String id = idOf(http, token);
        JsonObject application = http.get(API + "/managers/" + id + "/certifications", token)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("SUBMITTED", application.getString("status"));
        String applicationId = application.getString("id");

        // The operator approves it, then suspends and reinstates the manager, in the registry page.
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("operator");
            p.navigate("talent", "registry");
            p.awaitText("#talent-pending", name);
            p.screenshot("talent-operator-registry");
            p.driver().findElement(By.id("talent-decide-" + applicationId)).click();
            p.choose("talent-decision", "approve", "true").fill("talent-decision", "reason", "Training record checked");
            p.submit("talent-decision");
            p.awaitText("#talent-action", p.say("已审核：已通过", "Decided: Approved"));
            assertEquals(
                    "APPROVED",
                    http.get(API + "/managers/" + id + "/certifications", operator)
                            .json()
                            .getJsonArray("items")
                            .getJsonObject(0)
                            .getString("status"));

            p.fill("talent-registry-search", "language", language).choose("talent-registry-search", "level", "JUNIOR");
            String shown = p.submit("talent-registry-search");
            assertTrue(shown.contains(p.say("显示", "shown")), shown);
            p.awaitText("#talent-managers", name);
            p.driver().findElement(By.id("talent-manage-" + id)).click();
            p.fill("talent-status-change", "reason", "Complaint under review");
            p.submit("talent-status-change");
            p.awaitText("#talent-action", p.say("已暂停", "Suspended"));
            assertEquals(
                    "SUSPENDED",
                    http.get(API + "/managers/" + id + "/private", operator)
                            .json()
                            .getString("status"));
            p.driver().findElement(By.id("talent-manage-" + id)).click();
            p.fill("talent-status-change", "reason", "Complaint withdrawn");
            p.submit("talent-status-change");
            p.awaitText("#talent-action", p.say("已认证", "Certified"));
            assertEquals(
                    "ACTIVE",
                    http.get(API + "/managers/" + id + "/private", operator)
                            .json()
                            .getString("status"));
        }

        // A project is assigned to the new manager (the only available one of the field): the page lists it.
        String project = UUID.randomUUID().toString();
        RegionClient.Answer assigned = post(
                API + "/assignments",
                operator,
                "{\"projectId\":\"" + project + "\",\"institution\":\"Elsewhere University\",\"field\":\"AEROSPACE\"}");
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals(id, assigned.json().getString("managerId"), "the only certified, available aerospace manager");

        try (Portal p = signedInWithToken(lang, token)) {
            p.navigate("talent", "profile");
            p.awaitText("#talent-status", p.say("已认证", "Certified"));
            assertEquals(p.say("初级", "Junior"), p.text("#talent-level"));
            assertTrue(p.text("#talent-status-reason").contains("Complaint withdrawn"), p.main());
            p.screenshot("talent-manager-profile");

            p.navigate("talent", "certification");
            p.awaitText("#talent-applications", p.say("已通过", "Approved"));
            assertTrue(
                    p.text("#talent-applications").contains("Training record checked"), p.text("#talent-applications"));

            p.navigate("talent", "assignments");
            p.awaitText("#talent-assignments", project);
            assertEquals(p.say("进行中", "Open"), p.text("[data-project='" + project + "']"));
            assertEquals(
                    200,
                    post(API + "/assignments/" + assigned.json().getString("id") + "/release", operator, null)
                            .status());
            // Out of the way of later runs' assignments of the same field.
            assertEquals(
                    200,
                    post(API + "/managers/" + id + "/availability", token, "{\"available\":false}")
                            .status());
            p.choose("talent-assignments-filter", "open", "false");
            p.submit("talent-assignments-filter");
            p.awaitText("[data-project='" + project + "']", p.say("已结束", "Released"));
            p.screenshot("talent-manager-assignments");

            // The directory finds the certified manager and opens their public profile, with no private data.
            p.navigate("talent", "directory");
            p.fill("talent-search", "language", language).choose("talent-search", "level", "JUNIOR");
            p.submit("talent-search");
            p.awaitText("#talent-found", name);
            p.rendering(() -> p.driver()
                    .findElement(By.cssSelector("#talent-found a[data-manager='" + id + "']"))
                    .click());
            assertEquals(name, p.text("#talent-manager-name"));
            assertEquals("0", p.text("#talent-points"));
            assertFalse(p.main().contains("+86 21 5555 0199"), "a public profile never shows the phone");
            assertFalse(p.main().contains("TEST" + suffix), "nor the identity number");
            p.screenshot("talent-directory-profile");
        }
    }

    private static String idOf(RegionClient http, String token) {
        return http.get(API + "/managers/mine", token)
                .json()
                .getJsonObject("profile")
                .getString("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theDemoManagerSeesTheirTrackRecordAsAChartAndTheSameFiguresInATable(String lang) throws Exception {
        RegionClient http = PortalRegion.http();
        String token = http.signIn("manager");
        String id = idOf(http, token);
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("manager");
            p.navigate("talent", "track-record");
            p.await("#talent-grade-chart.chart svg");
            JsonObject grade =
                    http.get(API + "/managers/" + id + "/track-record", token).json();
            assertEquals(String.valueOf(grade.getInt("points")), p.text("#talent-points"));
            assertTrue(grade.getInt("points") >= 70, "the demo data's 70 points at least");
            assertEquals(
                    grade.getInt("stars"),
                    p.text("#talent-stars").chars().filter(c -> c == '★').count());
            String kinds = p.text("#talent-grade-kinds");
            for (String kind : List.of(
                    p.say("促成专利许可", "Licence brokered"),
                    p.say("项目通过阶段评审", "Project passed a stage gate"),
                    p.say("项目获得融资", "Project financed"))) {
                assertTrue(kinds.contains(kind), kinds);
                assertTrue(p.text("#talent-grade-chart").contains(kind), "the chart names the same kinds");
            }
            assertEquals(
                    grade.getJsonArray("evidence").size(),
                    p.driver()
                            .findElements(By.cssSelector("#talent-evidence tbody tr"))
                            .size());
            assertTrue(p.text("#talent-evidence").contains("¥3,000,000.00"), p.text("#talent-evidence"));
            assertTrue(p.text("#talent-formula").contains(p.say("促成一项许可 20 分", "20 points per licence")));
            p.screenshot("talent-manager-track-record");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aManagerCannotOpenTheRegistryNorCallTheOperatorsEndpointsAndOthersSeeNoManagerPages(String lang)
            throws Exception {
        RegionClient http = PortalRegion.http();
        String manager = http.signIn("manager");
        String holder = http.signIn("holder");
        String own = idOf(http, manager);
        String liNa = "00000000-0000-4000-8000-0000000a0002";
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("manager");
            assertFalse(
                    p.navigation().contains("nav-talent-registry"),
                    p.navigation().toString());
            assertTrue(
                    p.navigation().contains("nav-talent-directory"),
                    p.navigation().toString());
            p.go("talent", "registry");
            assertTrue(p.main().contains(p.say("无权访问", "Not for your role")), p.main());
            assertTrue(p.driver().findElements(By.id("talent-pending")).isEmpty());
            p.screenshot("talent-manager-forbidden");
        }
        assertProblem(http.get(API + "/registry", manager), 403, "forbidden");
        assertProblem(http.get(API + "/certifications", manager), 403, "forbidden");
        assertProblem(
                post(API + "/certifications/" + UUID.randomUUID() + "/decision", manager, "{\"approve\":true}"),
                403,
                "forbidden");
        assertProblem(post(API + "/managers/" + own + "/suspension", manager, "{\"reason\":\"x\"}"), 403, "forbidden");
        assertProblem(http.get(API + "/managers/" + liNa + "/assignments", manager), 403, "talent:not-your-profile");
        assertProblem(http.get(API + "/managers/" + liNa + "/certifications", manager), 403, "talent:not-your-profile");
        assertProblem(http.get(API + "/managers/mine", holder), 403, "forbidden");
        assertProblem(http.get(API + "/managers/" + own + "/assignments", holder), 403, "forbidden");
        assertProblem(http.get(API + "/managers/" + own + "/certifications", holder), 403, "forbidden");
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("holder");
            assertTrue(
                    p.navigation().contains("nav-talent-directory"),
                    p.navigation().toString());
            assertFalse(
                    p.navigation().contains("nav-talent-profile"),
                    p.navigation().toString());
            p.go("talent", "profile");
            assertTrue(p.main().contains(p.say("无权访问", "Not for your role")), p.main());
        }
    }
}
