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
        String criteria =
                switch (stage) {
                    case "IDEATION" -> "\"novelty\": 85, \"team\": 85, \"ip\": 85";
                    case "FEASIBILITY" -> "\"technical\": 85, \"resources\": 85, \"risk\": 85";
                    case "COMMERCIAL" -> "\"market\": 85, \"model\": 85, \"finance\": 85";
                    default -> "\"fit\": 85, \"customers\": 85, \"scale\": 85";
                };
        return "{\"stage\": \"" + stage + "\", \"scores\": {" + criteria + "}, \"comment\": \"Convincing\"}";
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
