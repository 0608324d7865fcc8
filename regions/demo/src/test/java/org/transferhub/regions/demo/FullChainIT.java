package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.transferhub.testkit.RegionClient;

/**
 * The chain the hub exists for, on the demo region as {@code ops/hub run demo} starts it: a
 * research result passes proof of concept with a technology manager, is offered under
 * pay-after-use, an SME takes the trial, pays a service with an innovation voucher, converts to a
 * paid licence and pays its royalties partly with the voucher; the operator sees the project in
 * the funnel, every yuan in the vouchers audit and the licensing statistics, and every deal in the
 * region's event log, credited to the manager.
 */
class FullChainIT {

    private static final List<String> STAGES = List.of("IDEATION", "FEASIBILITY", "COMMERCIAL", "SCENARIO");
    private static final List<String> PANEL = List.of("chain-reviewer-a", "chain-reviewer-b", "chain-reviewer-c");

    @Test
    void fromResearchResultToPaidLicenceOverRest() throws Exception {
        RegionClient http = PortalRegion.http();
        String operator = http.signIn("operator");
        String team = http.signIn("holder"); // the research team of Demo University
        String sme = http.signIn("sme");
        String provider = http.signIn("provider");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long eventsBefore = lastEvent(http, operator);

        // 1. Proof of concept: the team's result passes the four stage gates with a technology manager.
        String programme = ok(post(http, "/incubation/api/programmes", operator, incubationProgramme(tag)))
                .getString("id");
        String project = "/incubation/api/projects/"
                + ok(post(
                                http,
                                "/incubation/api/programmes/" + programme + "/projects",
                                team,
                                """
                                {"title": "Flexible strain sensor %s", "institution": "Demo University",
                                 "team": ["Prof. Li"], "field": "NEW_MATERIALS", "trl": 4,
                                 "ipReferences": ["ZL2026%s.X"], "requestedFunding": {"amount": 1000000, "currency": "CNY"}}"""
                                        .formatted(tag, tag)))
                        .getJsonObject("project")
                        .getString("id");
        ok(post(http, project + "/screening", operator, "{\"admit\": true, \"reason\": \"Patented, TRL 4\"}"));
        String managerId = ok(post(http, project + "/manager", operator, null))
                .getJsonObject("project")
                .getString("managerId");
        int pointsBefore = ok(http.get("/talent/api/managers/" + managerId + "/track-record", operator))
                .getInt("points");
        for (String stage : STAGES) {
            int round = ok(http.get(project + "/dossier", team)).getInt("round");
            for (String reviewer : PANEL) {
                ok(post(
                        http,
                        project + "/reviewers",
                        operator,
                        "{\"stage\": \"%s\", \"reviewer\": \"%s\", \"institution\": \"Panel\"}"
                                .formatted(stage, reviewer)));
                ok(post(http, project + "/reviews", reviewerToken(reviewer), scores(stage)));
            }
            ok(post(
                    http,
                    project + "/decisions",
                    operator,
                    "{\"stage\": \"%s\", \"round\": %d, \"outcome\": \"ADVANCE\", \"reason\": \"Gate %s met\"}"
                            .formatted(stage, round, stage)));
        }
        assertEquals(
                "PASSED",
                ok(http.get(project + "/dossier", team))
                        .getJsonObject("project")
                        .getString("status"));

        // 2. The voucher programme; a provider of testing services and the licensing office join it.
        String vouchers = ok(post(
                        http,
                        "/vouchers/api/programmes",
                        operator,
                        """
                        {"name": "Chain vouchers %s", "sponsor": "Demo bureau", "budget": {"amount": 10000000, "currency": "CNY"},
                         "subsidyBasisPoints": 5000, "capPerVoucher": {"amount": 2000000, "currency": "CNY"},
                         "startsOn": "%s", "endsOn": "%s"}"""
                                .formatted(tag, today.minusDays(1), today.plusYears(1))))
                .getString("id");
        String lab = admittedProvider(http, provider, operator, vouchers, "Chain test lab " + tag);
        String office = admittedProvider(http, provider, operator, vouchers, "Chain licensing office " + tag);

        // 3. The result is offered under pay-after-use.
        String patent = ok(post(
                        http,
                        "/licensing/api/patents",
                        operator,
                        """
                        {"number": "ZL2026%s.X", "title": "柔性应变传感器 Flexible strain sensor %s", "kind": "INVENTION",
                         "owners": ["示范大学 Demo University"], "expiresOn": "2044-07-01", "field": "electronics",
                         "abstract": "The proof-of-concept result of project %s.", "voucherProviderId": "%s"}"""
                                .formatted(tag, tag, project, office)))
                .getString("id");
        String offer = ok(post(
                        http,
                        "/licensing/api/patents/" + patent + "/offers",
                        operator,
                        """
                        {"kind": "PAY_AFTER_USE", "schedule": {"type": "net-sales", "parameters": {"tiers": "0:500"}},
                         "currency": "CNY", "termMonths": 12, "fieldOfUse": "wearable devices", "trialDays": 30}"""))
                .getString("id");
        ok(post(
                http,
                "/licensing/api/offers/" + offer + "/consents",
                operator,
                "{\"owner\": \"示范大学 Demo University\"}"));
        ok(post(http, "/licensing/api/offers/" + offer + "/publication", operator, null));

        // 4. The SME takes the trial, brokered by the project's technology manager, and reports on it.
        String licence = "/licensing/api/licences/"
                + ok(post(
                                http,
                                "/licensing/api/offers/" + offer + "/licences",
                                sme,
                                "{\"brokerId\": \"" + managerId + "\"}"))
                        .getString("id");
        ok(
                post(
                        http,
                        licence + "/trial-reports",
                        sme,
                        "{\"usage\": \"Pilot of 200 insoles\", \"performance\": \"No failure after 10,000 steps\", \"units\": 200}"));

        // 5. The SME gets an innovation voucher and pays the lab's fatigue test with it.
        String application = ok(post(
                        http,
                        "/vouchers/api/programmes/" + vouchers + "/applications",
                        sme,
                        """
                        {"amount": {"amount": 1000000, "currency": "CNY"},
                         "applicant": {"holderType": "SME", "registeredRegion": "demo", "industry": "wearables", "employees": 40}}"""))
                .getString("id");
        String code = ok(post(
                        http,
                        "/vouchers/api/applications/" + application + "/decision",
                        operator,
                        "{\"approve\": true, \"useBy\": \"%s\", \"redeemBy\": \"%s\"}"
                                .formatted(today.plusDays(60), today.plusDays(90))))
                .getString("voucherCode");
        String hold = ok(post(
                        http,
                        "/vouchers/api/holds",
                        provider,
                        """
                        {"voucherCode": "%s", "providerId": "%s", "orderReference": "FATIGUE-%s",
                         "price": {"amount": 600000, "currency": "CNY"}}"""
                                .formatted(code, lab, tag)))
                .getString("id");
        assertEquals(
                "CAPTURED",
                ok(post(http, "/vouchers/api/holds/" + hold + "/capture", provider, null))
                        .getString("status"));
        assertEquals(700_000, amount(ok(http.get("/vouchers/api/vouchers/" + code + "/balance", sme)), "available"));

        // 6. The trial convinced: a paid licence; the first royalty is paid half with the voucher.
        assertEquals(
                "ACTIVE", ok(post(http, licence + "/conversion", sme, null)).getString("status"));
        JsonObject reported = ok(post(
                http,
                licence + "/revenue-reports",
                sme,
                """
                {"periodFrom": "%s", "periodTo": "%s", "netSales": {"amount": 4000000, "currency": "CNY"},
                 "profit": {"amount": 0, "currency": "CNY"}, "units": 400}"""
                        .formatted(today, today)));
        assertEquals(200_000, amount(reported, "royalty"), "5% of 40,000 yuan");
        String invoice = "/licensing/api/invoices/" + reported.getString("invoiceId");
        JsonObject part = ok(post(http, invoice + "/voucher-payments", sme, "{\"voucherCode\": \"" + code + "\"}"));
        assertEquals(100_000, amount(part, "paid"));
        JsonObject paid = ok(post(
                http,
                invoice + "/payments",
                operator,
                "{\"amount\": {\"amount\": 100000, \"currency\": \"CNY\"}, \"reference\": \"BANK-%s\"}"
                        .formatted(tag)));
        assertEquals("PAID", paid.getString("status"));
        assertEquals(600_000, amount(ok(http.get("/vouchers/api/vouchers/" + code + "/balance", sme)), "available"));

        // 7. The operator sees the whole funnel and every yuan.
        JsonObject funnel = ok(http.get("/incubation/api/funnel?programme=" + programme, operator));
        for (JsonObject stage : funnel.getJsonArray("stages").getValuesAs(JsonObject.class)) {
            assertEquals(1, stage.getInt("entered"), stage.toString());
            assertEquals(1, stage.getInt("passed"), stage.toString());
        }
        JsonObject audit = ok(http.get("/vouchers/api/audit", operator));
        assertTrue(audit.getBoolean("balanced"), audit.toString());
        JsonObject cny = audit.getJsonObject("currencies").getJsonObject("CNY");
        long total = 0;
        for (String bucket : List.of("unissued", "available", "held", "payable", "settled", "paid", "clearing")) {
            total += cny.getJsonNumber(bucket).longValue();
        }
        assertEquals(cny.getJsonNumber("budget").longValue(), total, "every yuan of the budgets is somewhere: " + cny);
        JsonObject statistics = ok(http.get("/licensing/api/statistics", operator));
        assertTrue(
                statistics.getJsonObject("received").getJsonNumber("CNY").longValue() >= 200_000,
                statistics.toString());

        // Every deal reached the region's event log, and the manager's track record credits the
        // four gates and the brokered take-up, each with its evidence.
        String projectId = project.substring(project.lastIndexOf('/') + 1);
        String managerSubject = "manager:" + managerId;
        List<JsonObject> events = http.await(
                        "/hub/api/events?after=" + eventsBefore + "&limit=500",
                        operator,
                        a -> {
                            List<JsonObject> items =
                                    a.json().getJsonArray("items").getValuesAs(JsonObject.class);
                            return items.stream()
                                                    .filter(e ->
                                                            e.getString("type").equals("vouchers.service-delivered"))
                                                    .count()
                                            >= 2
                                    && items.stream()
                                                    .filter(e -> e.getString("subject")
                                                            .equals(managerSubject))
                                                    .count()
                                            >= 5;
                        },
                        Duration.ofSeconds(60))
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        List<String> credited = events.stream()
                .filter(e -> e.getString("subject").equals(managerSubject))
                .filter(e -> projectId.equals(e.getJsonObject("data").getString("projectId", null))
                        || e.getString("type").equals("licensing.licence-taken-up"))
                .map(e -> e.getString("id"))
                .toList();
        assertEquals(5, credited.size(), events.toString());
        JsonObject record = http.await(
                        "/talent/api/managers/" + managerId + "/track-record",
                        operator,
                        a -> a.status() == 200
                                && a.json().getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
                                        .map(e -> e.getString("eventId"))
                                        .toList()
                                        .containsAll(credited),
                        Duration.ofSeconds(60))
                .json();
        assertTrue(record.getInt("points") > pointsBefore, record.toString());
    }

    /**
     * The same chain walked by people in the portal (in Chinese, the portal's default): the team,
     * the operator, three reviewers, a provider, the SME and the technology manager each in their
     * own browser, with the region's REST API only to look up the ids the pages made. The cohort is
     * set up over REST (the portal has no programme form for incubation yet).
     */
    @Test
    void fromResearchResultToPaidLicenceInTheBrowser() throws Exception {
        RegionClient http = PortalRegion.http();
        String operatorToken = http.signIn("operator");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String cohort = ok(post(http, "/incubation/api/programmes", operatorToken, incubationProgramme(tag)))
                .getString("id");
        String title = "柔性应变传感器 Strain sensor " + tag;
        String notice = "#incubation-notice";

        // 1. The research team submits its result; the operator screens it and gets a technology manager.
        String project;
        try (Portal team = PortalRegion.portal("zh-CN")) {
            team.signIn("holder").navigate("incubation", "projects");
            team.choose("apply", "programme", cohort)
                    .fill("apply", "title", title)
                    .fill("apply", "institution", "示范工学院 Demo Institute of Technology")
                    .fill("apply", "team", "李教授 Prof. Li\n王博士 Dr. Wang")
                    .choose("apply", "field", "ELECTRONIC_INFORMATION")
                    .fill("apply", "trl", "4")
                    .fill("apply", "requestedFunding", "300000");
            team.succeed("apply", notice, "已提交");
            project = ok(http.get("/incubation/api/projects/mine?limit=100", http.signIn("holder")))
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(p -> p.getString("title").equals(title))
                    .findFirst()
                    .orElseThrow()
                    .getString("id");
            team.screenshot("chain-1-team-applies");
        }
        List<String> panel = List.of("reviewer", "chain-expert-a-" + tag, "chain-expert-b-" + tag);
        String managerId;
        try (Portal operator = PortalRegion.portal("zh-CN");
                Portal first = PortalRegion.portal("zh-CN");
                Portal second = PortalRegion.portal("zh-CN");
                Portal third = PortalRegion.portal("zh-CN")) {
            operator.signIn("operator");
            IncubationPortalIT.openInCohort(operator, cohort, project);
            operator.choose("screening", "admit", "true").fill("screening", "reason", "专利已授权，TRL 4");
            operator.succeed("screening", notice, "初审结论已记录");
            operator.succeed("manager", notice, "已分配技术经理人");
            assertTrue(operator.text("#project-manager").contains("Li Na"), operator.text("#project-manager"));
            managerId = ok(http.get("/incubation/api/projects/" + project + "/dossier", operatorToken))
                    .getJsonObject("project")
                    .getString("managerId");

            // 2. Four stage gates: the operator seats three reviewers, each scores, the committee advances.
            first.signIn("reviewer");
            second.signInWith(reviewerToken(panel.get(1)), panel.get(1));
            third.signInWith(reviewerToken(panel.get(2)), panel.get(2));
            List<Portal> reviewers = List.of(first, second, third);
            for (String stage : STAGES) {
                for (String name : panel) {
                    operator.fill("reviewer", "reviewer", name).fill("reviewer", "institution", "评审专家库 Review panel");
                    operator.succeed("reviewer", notice, name);
                }
                for (Portal reviewer : reviewers) {
                    reviewer.go("incubation", "reviews", "project=" + project);
                    for (String criterion : criteria(stage)) {
                        reviewer.fill("scorecard", criterion, "85");
                    }
                    reviewer.fill("scorecard", "comment", "成果扎实 Convincing");
                    reviewer.succeed("scorecard", notice, "评分已提交");
                }
                IncubationPortalIT.openInCohort(operator, cohort, project);
                operator.choose("decision", "outcome", "ADVANCE").fill("decision", "reason", "通过" + stage + "阶段评审");
                operator.succeed("decision", notice, "决定已记录");
            }
            first.screenshot("chain-2-reviewer-scores");
            operator.screenshot("chain-3-operator-passes-the-last-gate");
        }
        assertEquals(
                "PASSED",
                ok(http.get("/incubation/api/projects/" + project, operatorToken))
                        .getString("status"));

        // 3. The operator funds a voucher programme; a testing lab joins it and lists its fatigue test.
        String vouchers = "科技创新券 Chain vouchers " + tag;
        String labName = "示范检测中心 Chain lab " + tag;
        String lab;
        String vouchersId;
        try (Portal operator = PortalRegion.portal("zh-CN");
                Portal provider = PortalRegion.portal("zh-CN")) {
            operator.signIn("operator").navigate("vouchers", "programmes");
            operator.driver()
                    .findElement(By.cssSelector("#programme-new-section summary"))
                    .click();
            operator.fill("programme-new", "name", vouchers)
                    .fill("programme-new", "sponsor", "示范区科技局")
                    .fill("programme-new", "budget", "1,000,000")
                    .fill("programme-new", "cap", "20000");
            operator.rendering(() -> operator.driver()
                    .findElement(By.cssSelector("#programme-new button[type=submit]"))
                    .click());
            operator.awaitText("#burn", vouchers);
            vouchersId = find(http.get("/vouchers/api/programmes?limit=100", operatorToken), "name", vouchers);

            provider.signIn("provider").navigate("vouchers", "provider");
            provider.fill("provider-new", "name", labName);
            provider.rendering(() -> provider.driver()
                    .findElement(By.cssSelector("#provider-new button[type=submit]"))
                    .click());
            provider.choose("join", "programme", vouchersId);
            assertTrue(provider.submit("join").contains("已申请加入"));
            provider.fill("item", "name", "疲劳测试 Fatigue test " + tag).fill("item", "price", "6000");
            assertTrue(provider.submit("item").contains("服务项目已添加"));
            lab = find(http.get("/vouchers/api/providers/mine?limit=100", http.signIn("provider")), "name", labName);

            operator.navigate("vouchers", "programmes");
            operator.rendering(() -> operator.driver()
                    .findElement(By.id("programme-" + vouchersId))
                    .click());
            operator.choose("admit", "provider", lab);
            assertTrue(operator.submit("admit").contains("已通过"));
        }

        // 4. The result is offered under pay-after-use; the lab is the office's voucher provider.
        String number = "ZL2026" + tag + ".X";
        String offer;
        try (Portal operator = PortalRegion.portal("zh-CN")) {
            operator.signIn("operator").navigate("licensing", "offers");
            operator.driver().findElement(By.id("add-patent-open")).click();
            operator.fill("patent", "number", number).fill("patent", "title", title);
            operator.fill("patent", "owners", "示范工学院 Demo Institute of Technology");
            operator.script("arguments[0].value = '2044-07-01'", operator.field("patent", "expiresOn"));
            operator.fill("patent", "field", "electronics").fill("patent", "abstract", "概念验证项目 " + project + " 的成果");
            operator.fill("patent", "voucherProviderId", lab);
            operator.succeed("patent", "#licensing-notice", "专利已登记");
            operator.choose("offer", "kind", "PAY_AFTER_USE").choose("offer", "type", "per-unit");
            operator.fill("offer", "parameters", "fee=500").fill("offer", "termMonths", "24");
            operator.fill("offer", "trialDays", "30").fill("offer", "fieldOfUse", "可穿戴设备 wearables");
            operator.succeed("offer", "#licensing-notice", "许可要约草稿已建立");
            offer = operator.hashParameter("offer");
            operator.choose("consent", "owner", "示范工学院 Demo Institute of Technology");
            operator.succeed("consent", "#licensing-notice", "示范工学院");
            operator.succeed("publish", "#licensing-notice", "要约已发布");
            operator.screenshot("chain-4-operator-publishes-the-offer");
        }

        // 5. The SME takes the trial (brokered by the project's manager), gets a voucher, pays the lab's
        //    test with it, converts to a paid licence and pays the royalty partly with the voucher.
        String sme = http.signIn("sme");
        String licence;
        String code;
        try (Portal smePortal = PortalRegion.portal("zh-CN");
                Portal operator = PortalRegion.portal("zh-CN");
                Portal provider = PortalRegion.portal("zh-CN")) {
            smePortal.signIn("sme").navigate("licensing", "catalogue");
            smePortal.choose("take-up", "offer", offer).choose("take-up", "broker", managerId);
            smePortal.succeed("take-up", "#licensing-notice", "试用已开始");
            licence = smePortal.hashParameter("id");
            smePortal.fill("trial-report", "usage", "200 双智能鞋垫试产 Pilot of 200 insoles");
            smePortal.fill("trial-report", "performance", "一万步无失效 No failure after 10,000 steps");
            smePortal.fill("trial-report", "units", "200");
            smePortal.succeed("trial-report", "#licensing-notice", "试用报告已提交");

            smePortal.navigate("vouchers", "apply");
            smePortal
                    .choose("apply", "programme", vouchersId)
                    .choose("apply", "applicant.holderType", "SME")
                    .fill("apply", "amount", "10000")
                    .fill("apply", "applicant.industry", "wearables")
                    .fill("apply", "applicant.employees", "40");
            assertTrue(smePortal.submit("apply").contains("申请已提交"));
            String application = ok(http.get("/vouchers/api/applications/mine?limit=100", sme))
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(a -> a.getString("programmeId").equals(vouchersId))
                    .findFirst()
                    .orElseThrow()
                    .getString("id");
            operator.signIn("operator").navigate("vouchers", "programmes");
            operator.rendering(() -> operator.driver()
                    .findElement(By.id("programme-" + vouchersId))
                    .click());
            operator.choose("decide", "application", application);
            assertTrue(operator.submit("decide").contains("已批准"));
            code = ok(http.get("/vouchers/api/applications/" + application, sme))
                    .getString("voucherCode");

            smePortal.navigate("vouchers", "wallet");
            smePortal.rendering(() -> smePortal
                    .driver()
                    .findElement(By.id("voucher-link-" + code))
                    .click());
            smePortal.await("#voucher-qr svg path");
            smePortal.screenshot("chain-5-sme-shows-the-voucher");

            provider.signIn("provider").navigate("vouchers", "redeem");
            provider.rendering(() ->
                    provider.driver().findElement(By.id("provider-" + lab)).click());
            provider.fill("redeem", "code", code).fill("redeem", "order", "FATIGUE-" + tag);
            assertTrue(provider.submit("redeem").contains("试算完成"));
            assertEquals("¥3,000.00", provider.text("#quote-voucher"));
            assertTrue(provider.submit("redeem-hold-form").contains("已冻结"));
            assertTrue(provider.submit("redeem-capture").contains("已核销"));
            provider.screenshot("chain-6-provider-redeems");

            smePortal.navigate("licensing", "licences");
            smePortal.go("licensing", "licences", "id=" + licence);
            smePortal.succeed("convert", "#licensing-notice", "已转为正式许可");
            smePortal.fill("revenue-report", "netSales", "0").fill("revenue-report", "profit", "0");
            smePortal.fill("revenue-report", "units", "400");
            smePortal.succeed("revenue-report", "#licensing-notice", "¥2,000.00"); // 400 units at 5 yuan
            String invoice = ok(http.get("/licensing/api/invoices?status=OPEN&limit=100", sme))
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(i -> i.getString("licenceId").equals(licence))
                    .findFirst()
                    .orElseThrow()
                    .getString("id");
            smePortal.choose("voucher-payment", "invoice", invoice).fill("voucher-payment", "voucherCode", code);
            smePortal.succeed("voucher-payment", "#licensing-notice", "创新券已支付 ¥1,000.00");
            smePortal.screenshot("chain-7-sme-pays-the-royalty");

            operator.navigate("licensing", "offers");
            operator.choose("payment", "invoice", invoice).fill("payment", "amount", "1000");
            operator.fill("payment", "reference", "BANK-" + tag);
            operator.succeed("payment", "#licensing-notice", "收款已登记");
        }
        assertEquals(
                600_000,
                amount(ok(http.get("/vouchers/api/vouchers/" + code + "/balance", sme)), "available"),
                "10,000 yuan less 3,000 for the test and 1,000 for the royalty");

        // 6. The operator sees the whole funnel and every yuan; the manager sees the deals credited.
        String managerSubject = "manager:" + managerId;
        http.await(
                "/hub/api/events?type=licensing.licence-taken-up&limit=500",
                operatorToken,
                a -> a.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> e.getString("subject").equals(managerSubject)
                                && licence.equals(e.getJsonObject("data").getString("licenceId", null))),
                Duration.ofSeconds(60));
        try (Portal operator = PortalRegion.portal("zh-CN")) {
            operator.signIn("operator").navigate("incubation", "funnel");
            operator.choose("funnel-programme", "programme", cohort);
            operator.rendering(() -> operator.driver()
                    .findElement(By.cssSelector("#funnel-programme button[type=submit]"))
                    .click());
            operator.await("#funnel-chart svg");
            for (String stage : STAGES) {
                assertEquals("1", operator.text("#funnel-" + stage + "-passed"), stage);
            }
            operator.screenshot("chain-8-operator-funnel");
            operator.navigate("vouchers", "audit");
            assertTrue(operator.text("#audit-balanced").contains("账目平衡"), operator.main());
            operator.screenshot("chain-9-operator-audit");
            operator.navigate("licensing", "royalties");
            operator.await("#royalties-months-CNY .chart svg");
            operator.navigate("hub", "events");
            operator.fill("events-search", "subject", managerSubject);
            operator.submit("events-search");
            String events = operator.awaitText("#events", "licensing.licence-taken-up");
            assertTrue(events.contains("incubation.project-advanced") && events.contains(licence), events);
            operator.screenshot("chain-10-operator-event-log");
        }
        String liNa = ok(http.get("/talent/api/managers/" + managerId + "/private", operatorToken))
                .getString("username");
        try (Portal manager = PortalRegion.portal("zh-CN")) {
            manager.signInWith(
                    PortalRegion.tokens().sign(liNa, List.of("manager"), "demo", Duration.ofMinutes(30)), liNa);
            manager.navigate("talent", "track-record");
            http.await(
                    "/talent/api/managers/" + managerId + "/track-record",
                    operatorToken,
                    a -> a.body().contains(licence),
                    Duration.ofSeconds(60));
            manager.reload();
            String record = manager.awaitText("main", licence);
            assertTrue(record.contains(project), record);
            manager.screenshot("chain-11-manager-track-record");
        }
    }

    private static String find(RegionClient.Answer page, String field, String value) {
        return ok(page).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> value.equals(o.getString(field, null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + page.body()))
                .getString("id");
    }

    private static List<String> criteria(String stage) {
        return switch (stage) {
            case "IDEATION" -> List.of("novelty", "team", "ip");
            case "FEASIBILITY" -> List.of("technical", "resources", "risk");
            case "COMMERCIAL" -> List.of("market", "model", "finance");
            default -> List.of("fit", "customers", "scale");
        };
    }

    private static long lastEvent(RegionClient http, String operator) {
        long last = 0;
        String after = "0";
        while (after != null) {
            JsonObject page = ok(http.get("/hub/api/events?limit=500&after=" + after, operator));
            List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
            if (!items.isEmpty()) {
                last = items.get(items.size() - 1).getJsonNumber("sequence").longValue();
            }
            after = page.containsKey("nextCursor") && !page.isNull("nextCursor") ? page.getString("nextCursor") : null;
        }
        return last;
    }

    private static String admittedProvider(
            RegionClient http, String staff, String operator, String programme, String name) {
        String id = ok(post(http, "/vouchers/api/providers", staff, "{\"name\": \"" + name + "\"}"))
                .getString("id");
        ok(post(
                http,
                "/vouchers/api/providers/" + id + "/memberships",
                staff,
                "{\"programmeId\": \"" + programme + "\"}"));
        ok(post(
                http,
                "/vouchers/api/programmes/" + programme + "/memberships/" + id + "/decision",
                operator,
                "{\"accept\": true}"));
        return id;
    }

    private static String reviewerToken(String name) throws Exception {
        return PortalRegion.tokens().sign(name, List.of("reviewer"), "demo", Duration.ofMinutes(30));
    }

    private static String incubationProgramme(String tag) {
        StringBuilder stages = new StringBuilder();
        for (int n = 1; n <= STAGES.size(); n++) {
            String stage = STAGES.get(n - 1);
            stages.append(n > 1 ? ", " : "")
                    .append(
                            """
                            {"stage": "%s", "deadline": "%s", "fundingCap": {"amount": %d, "currency": "CNY"},
                             "scorecard": "%s", "gateRule": "min-score", "gateParameter": "70"}"""
                                    .formatted(
                                            stage,
                                            LocalDate.now().plusMonths(3L * n),
                                            100_000L * n,
                                            stage.toLowerCase(Locale.ROOT)));
        }
        return "{\"name\": \"Chain cohort " + tag + "\", \"stages\": [" + stages + "]}";
    }

    private static String scores(String stage) {
        return "{\"stage\": \"" + stage + "\", \"scores\": {"
                + criteria(stage).stream()
                        .map(c -> "\"" + c + "\": 85")
                        .collect(java.util.stream.Collectors.joining(", "))
                + "}, \"comment\": \"Convincing\"}";
    }

    /** A state-changing POST with its own Idempotency-Key, as every client of the region sends it. */
    private static RegionClient.Answer post(RegionClient http, String path, String token, String json) {
        return http.send("POST", path, token, json, UUID.randomUUID().toString());
    }

    private static JsonObject ok(RegionClient.Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    private static long amount(JsonObject o, String field) {
        return o.getJsonObject(field).getJsonNumber("amount").longValue();
    }
}
