package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transferhub.testkit.RegionClient.assertProblem;

import jakarta.json.JsonObject;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.transferhub.testkit.RegionClient;

/**
 * The vouchers plugin's portal pages in real headless Chromium, in Chinese and English: an operator
 * funds a programme, a provider joins it, a holder applies, the operator approves, the holder
 * shows the voucher's QR code, the provider redeems it, and the operator sees the burn and the
 * audit; refusals are read in the page's language; other roles cannot open these pages.
 */
class VouchersPortalIT {

    private static final String API = "/vouchers/api";
    private static final String DEMO_PROGRAMME = "00000000-0000-4000-8000-00000000a001";
    /** The demo's settlement that "operator" prepared and a second operator has still to approve. */
    private static final String DEMO_PREPARED = "00000000-0000-4000-8000-00000000f002";

    private static final String DEMO_PAID = "00000000-0000-4000-8000-00000000f001";

    /** One person's visit: a fresh browser, signed in, closed afterwards. */
    private static void as(String lang, String user, Consumer<Portal> visit) throws Exception {
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn(user);
            visit.accept(p);
        }
    }

    /** Clicks a link or button that makes the shell draw a page, and waits until it has. */
    private static void click(Portal p, String css) {
        p.rendering(() -> p.driver().findElement(By.cssSelector(css)).click());
    }

    /** Finds the item of a list answer whose field has the value. */
    private static JsonObject find(RegionClient.Answer page, String field, String value) {
        assertEquals(200, page.status(), page.body());
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> value.equals(o.getString(field, null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + page.body()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aVoucherGoesFromApplicationToRedemptionInThePortalAndTheAuditAccountsForIt(String lang) throws Exception {
        RegionClient http = PortalRegion.http();
        String operator = http.signIn("operator");
        String tag = lang + "-" + System.nanoTime();
        String programmeName = "Portal programme " + tag;
        String providerName = "Portal lab " + tag;
        String order = "PORTAL-" + tag;
        // Both demo holders: a citizen ("holder") in Chinese, an SME ("sme") in English.
        String holder = lang.equals("en") ? "sme" : "holder";

        // The operator funds a programme: 100,000 yuan, vouchers of at most 5,000 yuan paying half.
        as(lang, "operator", p -> {
            p.navigate("vouchers", "programmes");
            p.driver()
                    .findElement(By.cssSelector("#programme-new-section summary"))
                    .click();
            p.fill("programme-new", "name", programmeName)
                    .fill("programme-new", "sponsor", "Portal sponsor")
                    .fill("programme-new", "budget", "100,000")
                    .fill("programme-new", "cap", "5000");
            click(p, "#programme-new button[type=submit]");
            assertTrue(p.awaitText("#burn", programmeName).contains(programmeName));
            assertEquals("¥100,000.00", p.text("#burn-unissued"));
        });
        String programmeId = find(http.get(API + "/programmes?limit=100", operator), "name", programmeName)
                .getString("id");

        // A provider registers its lab, asks to join the programme and lists a service.
        String provider = http.signIn("provider");
        as(lang, "provider", p -> {
            p.navigate("vouchers", "provider");
            p.fill("provider-new", "name", providerName);
            click(p, "#provider-new button[type=submit]");
            assertEquals(providerName, p.text("#provider-name"));
            p.choose("join", "programme", programmeId);
            assertTrue(p.submit("join").contains(p.say("已申请加入", "Applied")));
            p.awaitText("#memberships", p.say("待审核", "Pending"));
            p.fill("item", "name", "Portal test " + tag).fill("item", "price", "800");
            assertTrue(p.submit("item").contains(p.say("服务项目已添加", "Service item added")));
            p.awaitText("#items", "¥800.00");
            p.screenshot("vouchers-provider-provider");
        });
        String providerId = find(http.get(API + "/providers/mine", provider), "name", providerName)
                .getString("id");

        // The operator admits it.
        as(lang, "operator", p -> {
            p.navigate("vouchers", "programmes");
            click(p, "#programme-" + programmeId);
            p.choose("admit", "provider", providerId);
            assertTrue(p.submit("admit").contains(p.say("已通过", "Accepted")));
        });

        // The holder asks for too much (refused in the page's language), then for 1,000 yuan.
        as(lang, holder, p -> {
            p.navigate("vouchers", "apply");
            p.choose("apply", "programme", programmeId)
                    .choose("apply", "applicant.holderType", holder.equals("sme") ? "SME" : "CITIZEN")
                    .fill("apply", "amount", "6000")
                    .fill("apply", "applicant.industry", "biotech")
                    .fill("apply", "applicant.employees", "40");
            String refused = p.submit("apply");
            assertTrue(refused.contains(p.say("申请金额超过该计划的单券上限", "over the programme's cap per voucher")), refused);
            p.fill("apply", "amount", "1000");
            assertTrue(p.submit("apply").contains(p.say("申请已提交", "Application submitted")));
            assertTrue(p.awaitText("#my-applications", programmeName).contains(p.say("已提交", "Submitted")));
            p.screenshot("vouchers-holder-apply");
        });
        String applicationId = find(
                        http.get(API + "/programmes/" + programmeId + "/applications?status=SUBMITTED", operator),
                        "holder",
                        holder)
                .getString("id");

        // The operator approves it with the suggested dates.
        as(lang, "operator", p -> {
            p.navigate("vouchers", "programmes");
            click(p, "#programme-" + programmeId);
            p.choose("decide", "application", applicationId);
            String approved = p.submit("decide");
            assertTrue(approved.contains(p.say("已批准", "Approved")), approved);
        });
        String code = http.get(API + "/applications/" + applicationId, operator)
                .json()
                .getString("voucherCode");

        // The holder's wallet shows the voucher, its balance and its QR code.
        as(lang, holder, p -> {
            p.navigate("vouchers", "wallet");
            click(p, "#voucher-link-" + code);
            p.await("#voucher-qr svg path");
            assertEquals(code, p.text("#voucher-code"));
            assertEquals("¥1,000.00", p.text("#voucher-available"));
            p.screenshot("vouchers-holder-wallet");
        });

        // The provider types the code from the QR code: quote, hold, capture of an 800 yuan service.
        as(lang, "provider", p -> {
            p.navigate("vouchers", "redeem");
            click(p, "#provider-" + providerId);
            p.fill("redeem", "code", code).fill("redeem", "order", order);
            assertTrue(p.submit("redeem").contains(p.say("试算完成", "Quoted")));
            assertEquals("¥400.00", p.text("#quote-voucher"));
            assertEquals("¥400.00", p.text("#quote-holder"));
            assertTrue(p.submit("redeem-hold-form").contains(p.say("已冻结", "Held")));
            String captured = p.submit("redeem-capture");
            assertTrue(captured.contains(p.say("已核销", "Captured")), captured);
            assertEquals(p.say("已核销", "Captured"), p.text("#redeem-status"));
            p.screenshot("vouchers-provider-redeem");
            p.navigate("vouchers", "claims");
            click(p, "#provider-" + providerId);
            p.awaitText("#claims-redemptions", order);
            p.screenshot("vouchers-provider-claims");
        });

        // The holder's history shows it; the balance is what is left.
        as(lang, holder, p -> {
            p.navigate("vouchers", "wallet");
            click(p, "#voucher-link-" + code);
            assertTrue(p.awaitText("#voucher-history", order).contains("¥400.00"));
            assertEquals("¥600.00", p.text("#voucher-available"));
        });
        assertEquals(
                60_000,
                http.get(API + "/vouchers/" + code + "/balance", http.signIn(holder))
                        .json()
                        .getJsonObject("available")
                        .getJsonNumber("amount")
                        .longValue());

        // The operator sees the programme's burn (chart and table) and the audit accounting for it.
        as(lang, "operator", p -> {
            p.navigate("vouchers", "programmes");
            click(p, "#programme-" + programmeId);
            p.await("#burn-chart.chart svg");
            String month = YearMonth.now(ZoneOffset.UTC).toString();
            String burn = p.awaitText("#burn-table", month);
            assertTrue(burn.contains("¥1,000.00") && burn.contains("¥400.00"), burn);
            assertEquals("¥99,000.00", p.text("#burn-unissued"));
            p.screenshot("vouchers-operator-programmes");
            p.navigate("vouchers", "audit");
            assertTrue(p.text("#audit-balanced").contains(p.say("账目平衡", "The books balance")), p.main());
            p.await("#audit-chart-CNY.chart svg");
            assertTrue(p.text("#audit-CNY").contains(p.say("应付机构", "Payable to providers")));
            p.screenshot("vouchers-operator-audit");
        });
        JsonObject audit = http.get(API + "/audit", operator).json();
        assertTrue(audit.getBoolean("balanced"), audit.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theOperatorWhoPreparedASettlementIsToldInThePagesLanguageThatAnotherMustApproveIt(String lang)
            throws Exception {
        as(lang, "operator", p -> {
            p.navigate("vouchers", "settlements");
            if (!p.driver().findElements(By.id("programme-" + DEMO_PROGRAMME)).isEmpty()) {
                click(p, "#programme-" + DEMO_PROGRAMME);
            }
            p.awaitText("#settlements-list", p.say("待审批", "Awaiting approval"));
            p.choose("approve", "settlement", DEMO_PREPARED);
            String refused = p.submit("approve");
            assertTrue(refused.contains(p.say("制单人不能审批自己的结算单", "another operator must approve it")), refused);
            p.choose("statement", "settlement", DEMO_PAID);
            assertTrue(p.submit("statement").contains(p.say("单据已显示", "statement is shown")));
            String statement = p.driver().findElement(By.id("statement-frame")).getAttribute("srcdoc");
            assertTrue(statement.contains("BANK-DEMO-0001") && statement.contains("lang=\"" + lang + "\""), statement);
            p.screenshot("vouchers-operator-settlements");
        });
        RegionClient http = PortalRegion.http();
        assertEquals(
                "PREPARED",
                http.get(API + "/settlements/" + DEMO_PREPARED, http.signIn("operator"))
                        .json()
                        .getString("status"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aHolderCannotOpenTheOperatorsOrProvidersPagesNorTheirEndpoints(String lang) throws Exception {
        as(lang, "holder", p -> {
            List<String> nav = p.navigation();
            assertTrue(nav.containsAll(List.of("nav-vouchers-apply", "nav-vouchers-wallet")), nav.toString());
            for (String page : List.of("programmes", "settlements", "audit", "provider", "redeem", "claims")) {
                assertFalse(nav.contains("nav-vouchers-" + page), nav.toString());
                p.go("vouchers", page);
                assertTrue(p.main().contains(p.say("无权访问", "Not for your role")), page + ": " + p.main());
            }
        });
        as(lang, "provider", p -> {
            p.go("vouchers", "wallet");
            assertTrue(p.main().contains(p.say("无权访问", "Not for your role")), p.main());
        });
        RegionClient http = PortalRegion.http();
        String holder = http.signIn("holder");
        String provider = http.signIn("provider");
        for (String path : List.of(
                "/programmes",
                "/providers/mine",
                "/programmes/" + DEMO_PROGRAMME + "/memberships",
                "/providers/00000000-0000-4000-8000-00000000d001/redemptions",
                "/providers/00000000-0000-4000-8000-00000000d001/settlements")) {
            assertProblem(http.get(API + path, holder), 403, "forbidden");
        }
        for (String path : List.of("/vouchers/mine", "/applications/mine")) {
            assertProblem(http.get(API + path, provider), 403, "forbidden");
        }
        assertProblem(
                http.get(API + "/vouchers/TH-DEMO00000001/qr", provider, "Accept", "image/svg+xml"), 403, "forbidden");
        // Another holder's voucher is answered as unknown, its history and its QR code alike.
        assertProblem(http.get(API + "/vouchers/TH-DEMO00000002/history", holder), 404, "vouchers:unknown-voucher");
        assertProblem(
                http.get(API + "/vouchers/TH-DEMO00000002/qr", holder, "Accept", "image/svg+xml"),
                404,
                "vouchers:unknown-voucher");
    }
}
