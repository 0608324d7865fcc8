package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transferhub.testkit.RegionClient.assertProblem;

import jakarta.json.JsonObject;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.transferhub.testkit.RegionClient;

/**
 * The licensing plugin's portal pages in real headless Chromium, in Chinese and English: the
 * office (operator) registers a patent and publishes a pay-after-use offer; a licensee (holder)
 * takes up a trial from the catalogue, reports, converts, reports revenue and pays the invoice
 * in part with a voucher; the office records the rest and reads the royalties. Each run makes its
 * own patent, offer and licence, so it changes nothing another test reads.
 */
class LicensingPortalIT {

    private static final String API = "/licensing/api/";
    private static final String DEMO_PROGRAMME = "00000000-0000-4000-8000-00000000a001";
    private static final String DEMO_VOUCHER = "TH-DEMO00000001";
    private static final List<String> OWNERS = List.of("示范大学 Demo University", "Dr. Chen");

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void anOfferGoesFromTheOfficeThroughATrialAndAConversionToAPaidInvoiceAndTheRoyaltiesPage(String lang)
            throws Exception {
        RegionClient http = PortalRegion.http();
        String operatorToken = http.signIn("operator");
        String holderToken = http.signIn("holder");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String number = "ZL2026" + suffix + "." + lang;
        String title = "一种柔性传感器 Flexible sensor " + suffix;
        String office = licensingOffice(http, operatorToken, suffix);

        String offerId;
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("operator").navigate("licensing", "offers");
            p.screenshot("licensing-operator-offers");
            p.driver().findElement(By.id("add-patent-open")).click(); // the form is folded under its title
            p.fill("patent", "number", number).fill("patent", "title", title);
            p.fill("patent", "owners", String.join("\n", OWNERS));
            date(p, "patent", "expiresOn", "2044-07-01");
            p.fill("patent", "field", "electronics").fill("patent", "abstract", "A printed strain sensor.");
            p.fill("patent", "voucherProviderId", office);
            assertNotice(p, "patent", p.say("专利已登记", "The patent is registered"));

            // The offer form is open, with the new patent chosen.
            assertTrue(selected(p, "offer", "patent").contains(number), selected(p, "offer", "patent"));
            p.choose("offer", "kind", "PAY_AFTER_USE").choose("offer", "type", "per-unit");
            p.fill("offer", "parameters", "fee=500").fill("offer", "termMonths", "24");
            p.fill("offer", "trialDays", "30").fill("offer", "fieldOfUse", "wearable devices");
            assertNotice(p, "offer", p.say("许可要约草稿已建立", "The draft offer is made"));
            offerId = hashParameter(p, "offer");
            assertEquals(p.say("草稿", "Draft"), p.text("#offer-status"));

            // Publication before the co-owners consented: refused, in the page's language.
            String refused = p.submit("publish");
            assertTrue(refused.contains(p.say("还有共有人没有同意，不能发布", "A co-owner has not consented yet")), refused);
            assertEquals(
                    "licensing:consent-missing",
                    p.driver().findElement(By.cssSelector("#publish .problem")).getAttribute("data-kind"));
            for (String owner : OWNERS) {
                p.choose("consent", "owner", owner);
                assertNotice(p, "consent", owner);
            }
            assertNotice(p, "publish", p.say("要约已发布", "The offer is published"));
            assertEquals(p.say("已发布", "Published"), p.text("#offer-status"));
        }

        String licenceId;
        String invoiceId;
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("holder").navigate("licensing", "catalogue");
            assertTrue(p.main().contains(title), p.main());
            assertTrue(p.text("#page-licensing-catalogue").contains(p.say("每件 ¥5.00", "¥5.00 a unit")), p.main());
            p.screenshot("licensing-holder-catalogue");
            p.choose("take-up", "offer", offerId);
            assertNotice(p, "take-up", p.say("试用已开始", "Your trial has started"));
            licenceId = hashParameter(p, "id");
            assertEquals(p.say("试用中", "In trial"), p.text("#licence-status"));
            assertEquals("30", p.text("#licence-days-left"), "a 30-day trial on its first day");

            p.fill("trial-report", "usage", "Pilot run of 200 sensors");
            p.fill("trial-report", "performance", "2% failed after 10,000 bends");
            p.fill("trial-report", "units", "200");
            assertNotice(p, "trial-report", p.say("试用报告已提交", "Your trial report is filed"));
            assertTrue(p.text("#trial-reports").contains("Pilot run of 200 sensors"), p.text("#trial-reports"));

            assertNotice(p, "convert", p.say("已转为正式许可", "Converted to a paid licence"));
            assertEquals(p.say("已转为正式许可", "Converted to a paid licence"), p.text("#licence-status"));
            p.screenshot("licensing-holder-licence");

            // 20 units at 5 yuan: 100 yuan, invoiced at once.
            p.fill("revenue-report", "netSales", "0").fill("revenue-report", "profit", "0");
            p.fill("revenue-report", "units", "20");
            assertNotice(p, "revenue-report", "¥100.00");
            List<JsonObject> invoices = items(http.get(API + "invoices?status=OPEN", holderToken)).stream()
                    .filter(i -> i.getString("licenceId").equals(licenceId))
                    .toList();
            assertEquals(1, invoices.size(), invoices.toString());
            invoiceId = invoices.get(0).getString("id");
            WebElement status = p.await("#licence-invoices [data-invoice='" + invoiceId + "']");
            assertEquals(p.say("待付款", "Open"), status.getText());

            // The demo programme pays its share with the demo voucher; the rest stays outstanding.
            p.choose("voucher-payment", "invoice", invoiceId).fill("voucher-payment", "voucherCode", DEMO_VOUCHER);
            String paid = notice(p, "voucher-payment");
            JsonObject invoice = ok(http.get(API + "invoices/" + invoiceId, holderToken));
            long byVoucher = amount(invoice, "paid");
            assertTrue(byVoucher > 0, invoice.toString());
            assertEquals(10_000, byVoucher + amount(invoice, "outstanding"));
            assertEquals(
                    "VOUCHER", invoice.getJsonArray("payments").getJsonObject(0).getString("method"));
            assertTrue(paid.contains(p.say("创新券已支付 ", "Your voucher paid ") + yuan(byVoucher)), paid);

            p.navigate("licensing", "licences");
            assertEquals(p.say("已转为正式许可", "Converted to a paid licence"), p.text("[data-licence='" + licenceId + "']"));
            assertTrue(p.text("#my-invoices").contains(number), p.text("#my-invoices"));
            p.screenshot("licensing-holder-licences");
        }

        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("operator").navigate("licensing", "offers");
            long outstanding = amount(ok(http.get(API + "invoices/" + invoiceId, operatorToken)), "outstanding");
            p.choose("payment", "invoice", invoiceId);
            p.fill("payment", "amount", yuan(outstanding).substring(1).replace(",", ""));
            p.fill("payment", "reference", "BANK-" + suffix);
            assertNotice(p, "payment", p.say("收款已登记，尚待支付 ¥0.00", "The payment is recorded; ¥0.00 is outstanding"));
            assertEquals(
                    "PAID",
                    ok(http.get(API + "invoices/" + invoiceId, operatorToken)).getString("status"));

            p.navigate("licensing", "royalties");
            p.await("#royalties-months-CNY .chart svg");
            p.await("#royalties-funnel .chart svg");
            p.screenshot("licensing-operator-royalties");
            JsonObject stats = ok(http.get(API + "statistics", operatorToken));
            String month = YearMonth.now(ZoneOffset.UTC).toString();
            JsonObject thisMonth = stats.getJsonArray("months").getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.getString("month").equals(month))
                    .findFirst()
                    .orElseThrow();
            assertTrue(
                    amount(thisMonth, "invoiced") >= 10_000 && amount(thisMonth, "received") >= 10_000,
                    stats.toString());
            assertTrue(
                    rows(p, "#royalties-months-CNY")
                            .contains(month + " " + yuan(amount(thisMonth, "invoiced")) + " "
                                    + yuan(amount(thisMonth, "received"))),
                    rows(p, "#royalties-months-CNY").toString());
            JsonObject funnel = stats.getJsonObject("funnel");
            assertTrue(funnel.getInt("conversions") >= 1, funnel.toString());
            assertEquals(
                    List.of(
                            p.say("已发布要约 ", "Offers published ") + funnel.getInt("offers"),
                            p.say("试用 ", "Trials ") + funnel.getInt("trials"),
                            p.say("转为正式许可 ", "Conversions ") + funnel.getInt("conversions")),
                    rows(p, "#royalties-funnel"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aHolderHasNoOfficePagesAndTheOfficeNoLicenseePages(String lang) throws Exception {
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("holder");
            List<String> links = p.navigation();
            assertTrue(
                    links.containsAll(List.of("nav-licensing-catalogue", "nav-licensing-licences")), links.toString());
            assertFalse(
                    links.contains("nav-licensing-offers") || links.contains("nav-licensing-royalties"),
                    links.toString());
            for (String page : List.of("offers", "royalties")) {
                p.go("licensing", page);
                assertTrue(p.main().contains(p.say("无权访问", "Not for your role")), p.main());
                assertTrue(
                        p.driver().findElements(By.cssSelector("form, .chart")).isEmpty(), p.main());
            }
            p.screenshot("licensing-holder-forbidden");
        }
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("operator");
            assertFalse(
                    p.navigation().contains("nav-licensing-catalogue"),
                    p.navigation().toString());
            p.go("licensing", "licences");
            assertTrue(p.main().contains(p.say("无权访问", "Not for your role")), p.main());
        }
        RegionClient http = PortalRegion.http();
        String holder = http.signIn("holder");
        assertProblem(http.get(API + "statistics", holder), 403, "forbidden");
        assertProblem(http.get(API + "invoices", http.signIn("provider")), 403, "forbidden");
        assertProblem(http.get(API + "invoices", null), 401, "unauthenticated");
        assertProblem(http.get(API + "invoices?status=SENT", holder), 400, "validation-failed");
        List<JsonObject> mine = items(http.get(API + "invoices", holder));
        assertFalse(mine.isEmpty(), "the demo invoices of holder");
        assertTrue(mine.stream().allMatch(i -> i.getString("licensee").equals("holder")), mine.toString());
        assertTrue(items(http.get(API + "invoices", http.signIn("sme"))).stream()
                .allMatch(i -> i.getString("licensee").equals("sme")));
    }

    /** Submits a form that changes something and returns the notice the page shows once it has drawn again. */
    private static String notice(Portal p, String form) {
        String status = p.submit(form);
        assertTrue(status.isBlank(), form + " refused: " + status);
        return p.await("#licensing-notice").getText();
    }

    private static void assertNotice(Portal p, String form, String expected) {
        String notice = notice(p, form);
        assertTrue(notice.contains(expected), notice);
    }

    /** Date inputs take typed text in the browser's locale; the value is set as the ISO date the form reads. */
    private static void date(Portal p, String form, String name, String iso) {
        p.script("arguments[0].value = arguments[1]", p.field(form, name), iso);
    }

    private static String selected(Portal p, String form, String name) {
        return new org.openqa.selenium.support.ui.Select(p.field(form, name))
                .getFirstSelectedOption()
                .getText();
    }

    private static String hashParameter(Portal p, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([0-9a-f-]{36})")
                .matcher(p.driver().getCurrentUrl());
        assertTrue(m.find(), p.driver().getCurrentUrl());
        return m.group(1);
    }

    /** The rows of the tables in an element, each as its cells' texts joined by a space. */
    private static List<String> rows(Portal p, String css) {
        return p.driver().findElements(By.cssSelector(css + " tbody tr")).stream()
                .map(tr -> String.join(
                        " ",
                        tr.findElements(By.tagName("td")).stream()
                                .map(WebElement::getText)
                                .toList()))
                .toList();
    }

    /** Fen as the portal shows yuan: ¥1,234.56. */
    private static String yuan(long fen) {
        return String.format("¥%,d.%02d", fen / 100, fen % 100);
    }

    /** A provider for the licensing office, registered by the demo user "provider" and admitted to the demo programme. */
    private static String licensingOffice(RegionClient http, String operator, String suffix) {
        String staff = http.signIn("provider");
        String office = ok(http.send(
                        "POST",
                        "/vouchers/api/providers",
                        staff,
                        "{\"name\": \"技术转移中心 Licensing office " + suffix + "\"}",
                        key()))
                .getString("id");
        ok(http.send(
                "POST",
                "/vouchers/api/providers/" + office + "/memberships",
                staff,
                "{\"programmeId\": \"" + DEMO_PROGRAMME + "\"}",
                key()));
        ok(http.send(
                "POST",
                "/vouchers/api/programmes/" + DEMO_PROGRAMME + "/memberships/" + office + "/decision",
                operator,
                "{\"accept\": true}",
                key()));
        return office;
    }

    private static List<JsonObject> items(RegionClient.Answer a) {
        return ok(a).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static JsonObject ok(RegionClient.Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    private static long amount(JsonObject o, String field) {
        return o.getJsonObject(field).getJsonNumber("amount").longValue();
    }
}
