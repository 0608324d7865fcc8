package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transferhub.testkit.RegionClient.assertProblem;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.transferhub.testkit.RegionClient;

/** The vouchers money path over REST, as operator, holder and provider; run by {@link RegionIT}. */
final class VouchersFlow {

    private static final String DEMO_PROGRAMME = "00000000-0000-4000-8000-00000000a001";

    private VouchersFlow() {}

    static void fromBudgetToPayment(RegionClient http) throws InterruptedException {
        String operator = http.signIn("operator");
        String holder = http.signIn("holder");
        String provider = http.signIn("provider");
        LocalDate today = LocalDate.now();

        RegionClient.Answer demo = http.get("/vouchers/api/vouchers/TH-DEMO00000001/balance", holder);
        assertEquals(200, demo.status(), "the demo holder's demo voucher: " + demo.body());
        assertTrue(
                amount(demo.json(), "available") <= 96_000_00,
                "100,000 yuan less the demo's material test, and what other tests of the region spent: " + demo.body());
        assertEquals(
                200,
                http.get("/vouchers/api/vouchers/TH-DEMO00000002/balance", http.signIn("sme"))
                        .status());
        RegionClient.Answer demoSettlement =
                http.get("/vouchers/api/settlements/00000000-0000-4000-8000-00000000f001", operator);
        assertEquals("PAID", demoSettlement.json().getString("status"), demoSettlement.body());
        assertEquals(2, demoSettlement.json().getJsonArray("evidence").size());

        Granted granted = grantedVoucher(http, 100_000);
        String code = granted.code();
        String providerId = granted.providerId();
        assertEquals(
                100_000,
                amount(
                        http.get("/vouchers/api/vouchers/" + code + "/balance", holder)
                                .json(),
                        "available"));
        assertProblem(
                http.get("/vouchers/api/vouchers/" + code + "/balance", http.signIn("manager")), 403, "forbidden");

        RegionClient.Answer quote = http.post("/vouchers/api/quotes", provider, order(code, providerId, 333));
        assertEquals(166, amount(quote.json(), "voucherShare"));
        assertEquals(167, amount(quote.json(), "holderShare"), "the holder is never charged a fraction of a fen");

        String key = UUID.randomUUID().toString();
        String order = order(code, providerId, 150_000);
        RegionClient.Answer hold = http.send("POST", "/vouchers/api/holds", provider, order, key);
        assertEquals(200, hold.status(), hold.body());
        assertEquals(75_000, amount(hold.json(), "voucherShare"));
        assertEquals(
                hold.json(),
                http.send("POST", "/vouchers/api/holds", provider, order, key).json(),
                "a retried hold holds once");
        assertProblem(http.post("/vouchers/api/holds", holder, order), 403, "forbidden");

        String holdId = hold.json().getString("id");
        RegionClient.Answer captured = http.send("POST", "/vouchers/api/holds/" + holdId + "/capture", provider, null);
        assertEquals("CAPTURED", captured.json().getString("status"), captured.body());
        assertProblem(
                http.send("POST", "/vouchers/api/holds/" + holdId + "/void", provider, null),
                409,
                "vouchers:hold-not-open");
        JsonObject balance =
                http.get("/vouchers/api/vouchers/" + code + "/balance", holder).json();
        assertEquals(25_000, amount(balance, "available"));
        assertEquals(0, amount(balance, "held"));

        assertProblem(
                http.post("/vouchers/api/holds", provider, order("TH-NOSUCHVOUCHER", providerId, 100)),
                404,
                "vouchers:unknown-voucher");
        assertProblem(
                http.post("/vouchers/api/holds", provider, order(code, providerId, -5)),
                422,
                "vouchers:invalid-amount");
        assertProblem(http.post("/vouchers/api/holds", provider, "{\"voucherCode\": "), 400, "malformed-request");
        RegionClient.Answer incomplete = http.post("/vouchers/api/holds", provider, "{\"voucherCode\": 7}");
        assertProblem(incomplete, 400, "validation-failed");
        assertEquals(
                4,
                incomplete.json().getJsonArray("errors").size(),
                "each missing or bad field is named: " + incomplete.body());
        assertProblem(
                http.send(
                        "POST",
                        "/vouchers/api/programmes/" + DEMO_PROGRAMME + "/vouchers", // capped at 200,000 yuan
                        operator,
                        "{\"holder\": \"holder\", \"amount\": {\"amount\": 20000001, \"currency\": \"CNY\"}, \"useBy\": \""
                                + today.plusDays(1) + "\", \"redeemBy\": \"" + today.plusDays(2) + "\"}",
                        null),
                422,
                "vouchers:over-cap");

        // The region runs holds of 5 s and an expiry pass every second (arquillian.xml): a hold
        // nobody captures goes back to the voucher on its own.
        RegionClient.Answer forgotten = http.post("/vouchers/api/holds", provider, order(code, providerId, 10_000));
        assertEquals(5_000, amount(forgotten.json(), "voucherShare"), forgotten.body());
        assertEquals(
                5_000,
                amount(
                        http.get("/vouchers/api/vouchers/" + code + "/balance", holder)
                                .json(),
                        "held"));
        long deadline = System.currentTimeMillis() + 30_000;
        while (amount(
                        http.get("/vouchers/api/vouchers/" + code + "/balance", holder)
                                .json(),
                        "held")
                != 0) {
            assertTrue(System.currentTimeMillis() < deadline, "the timed-out hold was not released");
            sleep();
        }
        assertEquals(
                25_000,
                amount(
                        http.get("/vouchers/api/vouchers/" + code + "/balance", holder)
                                .json(),
                        "available"));
        assertProblem(
                http.send(
                        "POST", "/vouchers/api/holds/" + forgotten.json().getString("id") + "/capture", provider, null),
                409,
                "vouchers:hold-not-open");

        RegionClient.Answer signals =
                http.get("/vouchers/api/programmes/" + granted.programmeId() + "/signals", operator);
        assertEquals(200, signals.status(), signals.body());
        assertEquals(100_000, amount(signals.json().getJsonArray("months").getJsonObject(0), "issued"), signals.body());
        assertProblem(
                http.get("/vouchers/api/programmes/" + granted.programmeId() + "/signals", provider), 403, "forbidden");

        // A capture made in error is corrected by an operator, with a reason, before it is settled.
        RegionClient.Answer wrong = http.post("/vouchers/api/holds", provider, order(code, providerId, 2_000));
        String wrongId = wrong.json().getString("id");
        http.send("POST", "/vouchers/api/holds/" + wrongId + "/capture", provider, null);
        String reversal = "/vouchers/api/holds/" + wrongId + "/reversal";
        assertProblem(http.post(reversal, provider, "{\"reason\": \"mine\"}"), 403, "forbidden");
        assertProblem(http.post(reversal, operator, "{}"), 400, "validation-failed");
        RegionClient.Answer reversed = http.post(reversal, operator, "{\"reason\": \"Service not delivered\"}");
        assertEquals("REVERSED", reversed.json().getString("status"), reversed.body());
        assertProblem(http.post(reversal, operator, "{\"reason\": \"again\"}"), 409, "vouchers:not-reversible");
        assertEquals(
                25_000,
                amount(
                        http.get("/vouchers/api/vouchers/" + code + "/balance", holder)
                                .json(),
                        "available"),
                "the share is back on the voucher");

        settleAndPay(http, granted, 75_000);

        applyReviewApprove(http, operator, holder, provider);

        RegionClient.Answer audit = http.get("/vouchers/api/audit", operator);
        assertEquals(200, audit.status(), audit.body());
        assertTrue(audit.json().getBoolean("balanced"), audit.body());
        assertProblem(http.get("/vouchers/api/audit", provider), 403, "forbidden");
    }

    /**
     * The provider's captures of an ended period (the test region's periods last two seconds) are
     * batched with their evidence by one operator, approved by another and paid; the statement
     * reads as CSV and as a printable page in both languages.
     */
    private static void settleAndPay(RegionClient http, Granted granted, long owed) throws InterruptedException {
        String operator = http.signIn("operator");
        String programme = "/vouchers/api/programmes/" + granted.programmeId();
        RegionClient.Answer due = http.await(
                programme + "/settlements/due",
                operator,
                a -> a.status() == 200 && !a.structure().asJsonArray().isEmpty(),
                Duration.ofSeconds(30));
        JsonObject batch = due.structure().asJsonArray().getJsonObject(0);
        assertEquals(granted.providerId(), batch.getString("providerId"), due.body());
        assertEquals(owed, amount(batch, "amount"), due.body());
        String period = batch.getString("period");
        String prepare = "{\"providerId\": \"%s\", \"period\": \"%s\", \"evidence\": %s}";

        assertProblem(
                http.send(
                        "POST",
                        programme + "/settlements",
                        operator,
                        prepare.formatted(granted.providerId(), period, "[]"),
                        null),
                400,
                "validation-failed");
        assertProblem(
                http.send(
                        "POST",
                        programme + "/settlements",
                        operator,
                        prepare.formatted(granted.providerId(), "May 2026", "[\"INV-1\"]"),
                        null),
                400,
                "vouchers:invalid-period");
        assertProblem(
                http.send(
                        "POST",
                        programme + "/settlements",
                        http.signIn("provider"),
                        prepare.formatted(granted.providerId(), period, "[\"INV-1\"]"),
                        null),
                403,
                "forbidden");
        String evidence = "[\"INV-2026-0042\", \"Test report TR-7 <signed>\"]";
        RegionClient.Answer prepared = http.send(
                "POST",
                programme + "/settlements",
                operator,
                prepare.formatted(granted.providerId(), period, evidence),
                UUID.randomUUID().toString());
        assertEquals(200, prepared.status(), prepared.body());
        assertEquals("PREPARED", prepared.json().getString("status"));
        assertEquals(owed, amount(prepared.json(), "amount"));
        assertEquals(2, prepared.json().getJsonArray("evidence").size());
        assertEquals(
                0,
                http.get(programme + "/settlements/due", operator)
                        .structure()
                        .asJsonArray()
                        .size());
        assertProblem(
                http.send(
                        "POST",
                        programme + "/settlements",
                        operator,
                        prepare.formatted(granted.providerId(), period, evidence),
                        null),
                409,
                "vouchers:already-done");

        String settlement = "/vouchers/api/settlements/" + prepared.json().getString("id");
        assertProblem(
                http.send("POST", settlement + "/payment", operator, "{\"reference\": \"BANK-1\"}", null),
                409,
                "vouchers:not-approved");
        assertProblem(http.send("POST", settlement + "/approval", operator, null), 403, "vouchers:four-eyes");
        RegionClient.Answer approved = http.send("POST", settlement + "/approval", http.signIn("operator2"), null);
        assertEquals("APPROVED", approved.json().getString("status"), approved.body());
        assertEquals("operator2", approved.json().getString("approvedBy"));
        assertProblem(http.send("POST", settlement + "/payment", operator, "{}", null), 400, "validation-failed");
        RegionClient.Answer paid = http.send(
                "POST",
                settlement + "/payment",
                operator,
                "{\"reference\": \"BANK-2026-001\"}",
                UUID.randomUUID().toString());
        assertEquals("PAID", paid.json().getString("status"), paid.body());
        assertEquals(
                1,
                http.get(programme + "/settlements?status=PAID", operator)
                        .json()
                        .getJsonArray("items")
                        .size());

        RegionClient.Answer csv = http.get(settlement + "/statement", operator, "Accept", "text/csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().contains("total,,,," + owed + ",,CNY"), csv.body());
        RegionClient.Answer english = http.get(settlement + "/statement?lang=en", operator, "Accept", "text/html");
        assertEquals(200, english.status(), english.body());
        assertTrue(english.body().contains("<html lang=\"en\">"), english.body());
        assertTrue(english.body().contains("Voucher settlement statement"), english.body());
        assertTrue(english.body().contains("750.00 CNY"), english.body());
        assertTrue(
                english.body().contains("Test report TR-7 &lt;signed&gt;"), "evidence is escaped: " + english.body());
        RegionClient.Answer chinese = http.get(
                settlement + "/statement",
                operator,
                "Accept",
                "text/html",
                "Accept-Language",
                "zh-CN,zh;q=0.9,en;q=0.5");
        assertTrue(chinese.body().contains("<html lang=\"zh-CN\">"), chinese.body());
        assertTrue(chinese.body().contains("科技创新券结算单") && chinese.body().contains("已付款"), chinese.body());
        assertProblem(
                http.get(settlement + "/statement?lang=fr", operator, "Accept", "text/html"), 400, "validation-failed");
        assertProblem(
                http.get(settlement + "/statement", http.signIn("provider"), "Accept", "text/html"), 403, "forbidden");
    }

    /**
     * The demo's paid settlement statement in real headless Chromium, in Chinese and in English:
     * the page as the region serves it to an operator, its language, heading and total as a person
     * sees them, and a screenshot of each as a build artefact.
     */
    static void statementInChromium(RegionClient http) throws Exception {
        String operator = http.signIn("operator");
        try (Browser browser = new Browser()) {
            for (String lang : List.of("zh-CN", "en")) {
                RegionClient.Answer page = http.get(
                        "/vouchers/api/settlements/00000000-0000-4000-8000-00000000f001/statement?lang=" + lang,
                        operator,
                        "Accept",
                        "text/html");
                assertEquals(200, page.status(), page.body());
                java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
                java.nio.file.Path html = Browser.SCREENSHOTS.resolve("statement-" + lang + ".html");
                java.nio.file.Files.writeString(html, page.body());
                org.openqa.selenium.WebDriver d = browser.driver();
                d.get(html.toAbsolutePath().toUri().toString());
                assertEquals(
                        lang,
                        d.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"));
                assertEquals(
                        lang.equals("en") ? "Voucher settlement statement" : "科技创新券结算单",
                        d.findElement(org.openqa.selenium.By.tagName("h1")).getText());
                assertEquals(
                        "4,000.00 CNY",
                        d.findElement(org.openqa.selenium.By.id("total")).getText());
                assertTrue(
                        d.findElement(org.openqa.selenium.By.tagName("button")).isDisplayed(), "the print button");
                assertTrue(java.nio.file.Files.size(browser.screenshot("statement-" + lang)) > 1000);
            }
        }
    }

    /**
     * One hold sent 20 times with one key, one after another and then all at once: one effect and
     * the same answer every time (a client told 409 "still running" retries); the same key with
     * another body is a 422.
     */
    static void oneKeyHoldsOnce(RegionClient http) throws Exception {
        Granted granted = grantedVoucher(http, 100_000);
        String provider = http.signIn("provider");
        String holder = http.signIn("holder");
        String order = order(granted.code(), granted.providerId(), 2_000);
        String key = UUID.randomUUID().toString();
        RegionClient.Answer first = http.send("POST", "/vouchers/api/holds", provider, order, key);
        assertEquals(200, first.status(), first.body());
        for (int i = 1; i < 20; i++) {
            assertEquals(
                    first.json(),
                    http.send("POST", "/vouchers/api/holds", provider, order, key)
                            .json());
        }
        assertEquals(
                1_000,
                amount(
                        http.get("/vouchers/api/vouchers/" + granted.code() + "/balance", holder)
                                .json(),
                        "held"));
        assertProblem(
                http.send(
                        "POST",
                        "/vouchers/api/holds",
                        provider,
                        order(granted.code(), granted.providerId(), 4_000),
                        key),
                422,
                "unprocessable");

        String racedOrder = order(granted.code(), granted.providerId(), 6_000);
        String racedKey = UUID.randomUUID().toString();
        List<RegionClient.Answer> answers = inParallel(20, () -> {
            while (true) {
                RegionClient.Answer a = http.send("POST", "/vouchers/api/holds", provider, racedOrder, racedKey);
                if (a.status() != 409) {
                    return a;
                }
                assertProblem(a, 409, "conflict");
                Thread.sleep(50);
            }
        });
        assertEquals(
                1, answers.stream().map(RegionClient.Answer::body).distinct().count(), "one answer for all");
        assertEquals(200, answers.get(0).status(), answers.get(0).body());
        assertEquals(
                1_000 + 3_000,
                amount(
                        http.get("/vouchers/api/vouchers/" + granted.code() + "/balance", holder)
                                .json(),
                        "held"),
                "one effect");
    }

    /** 50 providers' holds at once on a voucher with room for 3: exactly 3 succeed, and the books balance. */
    static void fiftyHoldsOnRoomForThree(RegionClient http) throws Exception {
        Granted granted = grantedVoucher(http, 3_000);
        String provider = http.signIn("provider");
        List<RegionClient.Answer> answers = inParallel(
                50,
                () -> http.post("/vouchers/api/holds", provider, order(granted.code(), granted.providerId(), 2_000)));
        assertEquals(3, answers.stream().filter(a -> a.status() == 200).count());
        answers.stream().filter(a -> a.status() != 200).forEach(a -> assertProblem(a, 422, "vouchers:nothing-to-pay"));
        JsonObject balance = http.get("/vouchers/api/vouchers/" + granted.code() + "/balance", http.signIn("holder"))
                .json();
        assertEquals(0, amount(balance, "available"));
        assertEquals(3_000, amount(balance, "held"));
        RegionClient.Answer audit = http.get("/vouchers/api/audit", http.signIn("operator"));
        assertTrue(audit.json().getBoolean("balanced"), audit.body());
    }

    private static List<RegionClient.Answer> inParallel(int n, Callable<RegionClient.Answer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<RegionClient.Answer> answers = new ArrayList<>();
            for (Future<RegionClient.Answer> f : pool.invokeAll(Collections.nCopies(n, request))) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A holder applies; the review names each criterion; an operator approves (issuing the voucher) or rejects with a reason. */
    private static void applyReviewApprove(RegionClient http, String operator, String holder, String provider) {
        LocalDate today = LocalDate.now();
        String programme =
                """
                {"name": "SME vouchers", "sponsor": "Bureau", "budget": {"amount": 500000, "currency": "CNY"},
                 "subsidyBasisPoints": 6000, "capPerVoucher": {"amount": 100000, "currency": "CNY"},
                 "criteria": {"holder-type": "SME", "registered-region": "demo", "company-size": "%s"},
                 "startsOn": "%s", "endsOn": "%s"}""";
        assertProblem(
                http.send(
                        "POST",
                        "/vouchers/api/programmes",
                        operator,
                        programme.formatted("many", today.minusDays(1), today.plusYears(1)),
                        null),
                400,
                "validation-failed");
        assertProblem(
                http.send(
                        "POST",
                        "/vouchers/api/programmes",
                        operator,
                        programme
                                .formatted("300", today.minusDays(1), today.plusYears(1))
                                .replace("CNY", "USD"),
                        null),
                422,
                "vouchers:currency-mismatch");
        RegionClient.Answer created = http.send(
                "POST",
                "/vouchers/api/programmes",
                operator,
                programme.formatted("300", today.minusDays(1), today.plusYears(1)),
                UUID.randomUUID().toString());
        assertEquals(200, created.status(), created.body());
        String applications = "/vouchers/api/programmes/" + created.json().getString("id") + "/applications";
        String application =
                """
                {"amount": {"amount": 80000, "currency": "CNY"},
                 "applicant": {"holderType": "SME", "registeredRegion": "%s", "industry": "biotech", "employees": 40}}""";

        RegionClient.Answer good = http.send(
                "POST",
                applications,
                holder,
                application.formatted("demo"),
                UUID.randomUUID().toString());
        assertEquals(200, good.status(), good.body());
        assertTrue(good.json().getBoolean("eligible"), good.body());
        assertEquals(3, good.json().getJsonArray("review").size());
        assertProblem(http.post(applications, provider, application.formatted("demo")), 403, "forbidden");
        RegionClient.Answer outside = http.post(applications, holder, application.formatted("shanghai"));
        assertEquals(false, outside.json().getBoolean("eligible"), outside.body());

        RegionClient.Answer toReview = http.get(applications + "?status=SUBMITTED&limit=1", operator);
        assertEquals(1, toReview.json().getJsonArray("items").size(), toReview.body());
        String next = toReview.json().getString("nextCursor");
        assertEquals(
                1,
                http.get(applications + "?status=SUBMITTED&limit=1&cursor=" + next, operator)
                        .json()
                        .getJsonArray("items")
                        .size());
        assertProblem(http.get(applications, holder), 403, "forbidden");

        String decideGood = "/vouchers/api/applications/" + good.json().getString("id") + "/decision";
        String decideOutside = "/vouchers/api/applications/" + outside.json().getString("id") + "/decision";
        String approve = "{\"approve\": true, \"useBy\": \"" + today.plusDays(30) + "\", \"redeemBy\": \""
                + today.plusDays(60) + "\"}";
        assertProblem(http.send("POST", decideOutside, operator, approve, null), 422, "vouchers:not-eligible");
        assertProblem(
                http.send("POST", decideOutside, operator, "{\"approve\": false}", null), 400, "validation-failed");
        RegionClient.Answer rejected = http.send(
                "POST",
                decideOutside,
                operator,
                "{\"approve\": false, \"reason\": \"Registered outside the demo region\"}",
                null);
        assertEquals("REJECTED", rejected.json().getString("status"), rejected.body());
        RegionClient.Answer approved = http.send(
                "POST", decideGood, operator, approve, UUID.randomUUID().toString());
        assertEquals("APPROVED", approved.json().getString("status"), approved.body());
        String code = approved.json().getString("voucherCode");
        assertEquals(
                80_000,
                amount(
                        http.get("/vouchers/api/vouchers/" + code + "/balance", holder)
                                .json(),
                        "available"));
        assertEquals(
                "APPROVED",
                http.get("/vouchers/api/applications/" + good.json().getString("id"), holder)
                        .json()
                        .getString("status"));
        assertProblem(http.send("POST", decideGood, operator, approve, null), 409, "vouchers:already-done");

        // A lottery programme: no approval one by one; a draw reproducible from its seed.
        RegionClient.Answer lottery = http.send(
                "POST",
                "/vouchers/api/programmes",
                operator,
                """
                {"name": "Lottery vouchers", "sponsor": "Bureau", "budget": {"amount": 100000, "currency": "CNY"},
                 "subsidyBasisPoints": 5000, "capPerVoucher": {"amount": 60000, "currency": "CNY"}, "allocation": "LOTTERY",
                 "startsOn": "%s", "endsOn": "%s"}"""
                        .formatted(today.minusDays(1), today.plusYears(1)),
                null);
        assertEquals("LOTTERY", lottery.json().getString("allocation"), lottery.body());
        assertEquals(
                java.util.Set.of("amount", "currency"),
                lottery.json().getJsonObject("budget").keySet(),
                "money is amount and currency");
        String lotteryId = lottery.json().getString("id");
        String entry = "/vouchers/api/programmes/" + lotteryId + "/applications";
        String ticket = http.post(entry, holder, application.formatted("demo").replace("80000", "60000"))
                .json()
                .getString("id");
        http.post(entry, holder, application.formatted("demo").replace("80000", "60000"));
        assertProblem(
                http.send("POST", "/vouchers/api/applications/" + ticket + "/decision", operator, approve, null),
                409,
                "vouchers:wrong-allocation");
        RegionClient.Answer draw = http.send(
                "POST",
                "/vouchers/api/programmes/" + lotteryId + "/lottery",
                operator,
                "{\"seed\": 7, \"useBy\": \"" + today.plusDays(30) + "\", \"redeemBy\": \"" + today.plusDays(60)
                        + "\"}",
                null);
        assertEquals(200, draw.status(), draw.body());
        var outcomes = draw.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("status"))
                .sorted()
                .toList();
        assertEquals(List.of("APPROVED", "REJECTED"), outcomes, "the budget holds one of two: " + draw.body());
    }

    /** A programme, a voucher of it for the demo holder, and a provider of the demo user "provider" admitted to it. */
    record Granted(String programmeId, String code, String providerId) {}

    static Granted grantedVoucher(RegionClient http, long amount) {
        String operator = http.signIn("operator");
        LocalDate today = LocalDate.now();
        RegionClient.Answer programme = http.send(
                "POST",
                "/vouchers/api/programmes",
                operator,
                """
                {"name": "Test vouchers", "sponsor": "Test bureau", "budget": {"amount": 1000000, "currency": "CNY"},
                 "subsidyBasisPoints": 5000, "capPerVoucher": {"amount": 200000, "currency": "CNY"},
                 "startsOn": "%s", "endsOn": "%s"}"""
                        .formatted(today.minusDays(1), today.plusYears(1)),
                UUID.randomUUID().toString());
        assertEquals(200, programme.status(), programme.body());
        assertEquals(1_000_000, amount(programme.json(), "unissued"));
        RegionClient.Answer granted = http.send(
                "POST",
                "/vouchers/api/programmes/" + programme.json().getString("id") + "/vouchers",
                operator,
                """
                {"holder": "holder", "amount": {"amount": %d, "currency": "CNY"}, "useBy": "%s", "redeemBy": "%s"}"""
                        .formatted(amount, today.plusDays(60), today.plusDays(90)),
                UUID.randomUUID().toString());
        assertEquals(200, granted.status(), granted.body());

        String staff = http.signIn("provider");
        RegionClient.Answer lab = http.send(
                "POST",
                "/vouchers/api/providers",
                staff,
                "{\"name\": \"Flow lab\"}",
                UUID.randomUUID().toString());
        assertEquals(200, lab.status(), lab.body());
        String providerId = lab.json().getString("id");
        String programmeId = programme.json().getString("id");
        RegionClient.Answer applied = http.send(
                "POST",
                "/vouchers/api/providers/" + providerId + "/memberships",
                staff,
                "{\"programmeId\": \"" + programmeId + "\"}",
                UUID.randomUUID().toString());
        assertEquals("PENDING", applied.json().getString("status"), applied.body());
        String decision = "/vouchers/api/programmes/" + programmeId + "/memberships/" + providerId + "/decision";
        assertProblem(http.send("POST", decision, operator, "{\"accept\": false}", null), 400, "validation-failed");
        assertProblem(http.send("POST", decision, staff, "{\"accept\": true}", null), 403, "forbidden");
        RegionClient.Answer accepted = http.send(
                "POST",
                decision,
                operator,
                "{\"accept\": true}",
                UUID.randomUUID().toString());
        assertEquals("ACCEPTED", accepted.json().getString("status"), accepted.body());
        return new Granted(programmeId, granted.json().getString("code"), providerId);
    }

    private static String order(String code, String providerId, long price) {
        return """
                {"voucherCode": "%s", "providerId": "%s", "orderReference": "ORDER-%s",
                 "price": {"amount": %d, "currency": "CNY"}}"""
                .formatted(code, providerId, UUID.randomUUID().toString().substring(0, 8), price);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long amount(JsonObject o, String field) {
        return o.getJsonObject(field).getJsonNumber("amount").longValue();
    }
}
