package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transferhub.testkit.RegionClient.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.transferhub.testkit.RegionClient;

/**
 * The licensing path over REST, as the tech-transfer office (operator) and licensees (holders):
 * offer → take-up → trial → convert → report → invoice → pay, part with the demo voucher through
 * the vouchers plugin; run by {@link RegionIT}.
 */
final class LicensingFlow {

    private static final String API = "/licensing/api/";
    private static final String DEMO_PROGRAMME = "00000000-0000-4000-8000-00000000a001";
    private static final String DEMO_VOUCHER = "TH-DEMO00000001";

    private LicensingFlow() {}

    /** The demo data: a catalogue with both kinds of offer, licences in trial and converted, reports and invoices. */
    static void demoData(RegionClient http) {
        String holder = http.signIn("holder");
        List<String> offers =
                ok(http.get(API + "offers", holder)).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(o -> o.getString("kind") + " " + o.getString("status"))
                        .toList();
        assertTrue(offers.containsAll(List.of("OPEN_LICENCE PUBLISHED", "PAY_AFTER_USE PUBLISHED")), offers.toString());
        JsonObject trial = ok(http.get(API + "licences/00000000-0000-4000-8000-00000000f202/details", holder));
        assertEquals("TRIAL", trial.getString("status"));
        JsonObject converted = ok(http.get(API + "licences/00000000-0000-4000-8000-00000000f203/details", holder));
        assertEquals("CONVERTED", converted.getString("trialOutcome"));
        assertEquals("ACTIVE", converted.getString("status"));
        List<JsonObject> reports = list(http.get(
                        API + "licences/00000000-0000-4000-8000-00000000f201/revenue-reports", holder))
                .getValuesAs(JsonObject.class);
        assertTrue(reports.size() >= 2, reports.toString());
        assertTrue(reports.get(1).getBoolean("late"), "the demo's late report");
        JsonObject invoice = ok(http.get(API + "invoices/" + reports.get(0).getString("invoiceId"), holder));
        assertEquals("PAID", invoice.getString("status"));
        assertEquals(1_200_000, amount(invoice, "paid"));
    }

    /**
     * The whole path with its refusals, each of which changes nothing.
     *
     * @param otherHolder a token of a holder other than the demo user "holder"
     * @return the id of the licence the path converted and paid royalties on
     */
    static String fromOfferToPayment(RegionClient http, String otherHolder) {
        String operator = http.signIn("operator");
        String holder = http.signIn("holder");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // The office is a voucher provider admitted to the demo programme, registered through the vouchers API.
        String office = licensingOffice(http, operator);

        // The installed royalty schedules, found with ServiceLoader.
        assertEquals(
                List.of("lump-sum", "net-sales", "per-unit", "profit"),
                list(http.get(API + "royalty-schedules", holder)).getValuesAs(JsonObject.class).stream()
                        .map(t -> t.getString("id"))
                        .toList());

        // Catalogue: a patent of two co-owners; bad requests change nothing.
        String number =
                "ZL2026" + (100_000_000L + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 800_000_000L)) + ".X";
        String patent =
                """
                {"number": "%s", "title": "一种柔性传感器 Flexible strain sensor", "kind": "INVENTION",
                 "owners": ["示范大学 Demo University", "Dr. Chen"], "expiresOn": "2044-07-01", "field": "electronics",
                 "abstract": "A printed strain sensor that survives ten thousand bends.", "voucherProviderId": "%s"}"""
                        .formatted(number, office);
        int patents = count(http, "patents", operator);
        assertProblem(http.post(API + "patents", null, patent), 401, "unauthenticated");
        assertProblem(http.post(API + "patents", holder, patent), 403, "forbidden");
        assertProblem(http.post(API + "patents", operator, "{\"number\": "), 400, "malformed-request");
        RegionClient.Answer incomplete =
                http.post(API + "patents", operator, "{\"number\": \"ZL1\", \"kind\": \"SOFTWARE\"}");
        assertProblem(incomplete, 400, "malformed-request");
        RegionClient.Answer missing = http.post(API + "patents", operator, "{\"number\": \"ZL1\", \"owners\": []}");
        assertProblem(missing, 400, "validation-failed");
        assertTrue(fields(missing).containsAll(List.of("body.owners", "body.title", "body.kind")), missing.body());
        assertEquals(patents, count(http, "patents", operator));
        String patentId =
                ok(http.send("POST", API + "patents", operator, patent, key())).getString("id");
        assertProblem(http.post(API + "patents", operator, patent), 409, "licensing:duplicate-patent");

        // Offers are checked against the region's caps and schedules when written.
        int offers = count(http, "offers", operator);
        String offerPath = API + "patents/" + patentId + "/offers";
        assertProblem(
                http.post(offerPath, operator, offer("net-sales", "{\"tiers\": \"0:2500\"}", "")),
                422,
                "licensing:over-region-cap");
        assertProblem(http.post(offerPath, operator, offer("sliding", "{}", "")), 422, "licensing:invalid-terms");
        RegionClient.Answer wrongCurrency = http.post(
                offerPath,
                operator,
                offer(
                        "net-sales",
                        "{\"tiers\": \"0:500\"}",
                        ", \"annualCap\": {\"amount\": 5, \"currency\": \"USD\"}"));
        assertProblem(wrongCurrency, 400, "validation-failed");
        assertEquals(List.of("body.annualCap"), fields(wrongCurrency));
        assertProblem(
                http.post(
                        API + "patents/" + UUID.randomUUID() + "/offers",
                        operator,
                        offer("net-sales", "{\"tiers\": \"0:500\"}", "")),
                404,
                "licensing:unknown-patent");
        assertEquals(offers, count(http, "offers", operator));
        JsonObject draft = ok(http.send(
                "POST",
                offerPath,
                operator,
                offer("net-sales", "{\"tiers\": \"0:500\"}", ", \"trialDays\": 30"),
                key()));
        String offerId = draft.getString("id");
        assertEquals("DRAFT", draft.getString("status"));

        // Publication needs every co-owner's consent; a draft is no offer to licensees.
        String publication = API + "offers/" + offerId + "/publication";
        assertProblem(http.send("POST", publication, operator, null), 422, "licensing:consent-missing");
        assertProblem(http.get(API + "offers/" + offerId, holder), 404, "licensing:unknown-offer");
        assertProblem(http.post(API + "offers/" + offerId + "/licences", holder, "{}"), 409, "licensing:not-published");
        String consents = API + "offers/" + offerId + "/consents";
        ok(http.send("POST", consents, operator, "{\"owner\": \"示范大学 Demo University\"}", key()));
        assertProblem(http.post(consents, operator, "{\"owner\": \"Dr. Who\"}"), 422, "licensing:not-an-owner");
        assertProblem(http.post(consents, operator, "{}"), 400, "validation-failed");
        assertProblem(http.send("POST", publication, operator, null), 422, "licensing:consent-missing");
        ok(http.send("POST", consents, operator, "{\"owner\": \"Dr. Chen\"}", key()));
        JsonObject published = ok(http.send("POST", publication, operator, null, key()));
        assertEquals("PUBLISHED", published.getString("status"));
        assertProblem(http.send("POST", publication, operator, null), 409, "licensing:already-published");

        // Take-up: a licence at once, the same terms for everyone; a retry is the same licence.
        String takeUp = API + "offers/" + offerId + "/licences";
        String takeUpKey = key();
        JsonObject licence = ok(http.send("POST", takeUp, holder, "{}", takeUpKey));
        assertEquals(
                licence, ok(http.send("POST", takeUp, holder, "{}", takeUpKey)), "a retried take-up is one licence");
        assertEquals("TRIAL", licence.getString("status"));
        assertEquals(today.plusDays(29).toString(), licence.getString("trialEndsOn"));
        assertEquals(today.plusMonths(3).toString(), licence.getString("recordationDue"));
        assertFalse(licence.getBoolean("recordationOverdue"));
        assertProblem(http.post(takeUp, otherHolder, "{\"brokerId\": \"someone\"}"), 400, "malformed-request");
        JsonObject other = ok(http.send("POST", takeUp, otherHolder, "{}", key()));
        assertEquals(licence.getJsonObject("terms"), other.getJsonObject("terms"), "equal terms for every licensee");
        assertEquals(offerId, licence.getJsonObject("terms").getString("id"));
        assertEquals(
                published.getJsonObject("schedule"),
                licence.getJsonObject("terms").getJsonObject("schedule"));
        String id = licence.getString("id");
        String licencePath = API + "licences/" + id;
        assertProblem(http.get(licencePath + "/details", otherHolder), 404, "licensing:unknown-licence");
        assertProblem(http.post(takeUp, operator, "{}"), 403, "forbidden");

        // The trial: reports, then the licensee converts (the other walks away); no royalties before.
        ok(http.send(
                "POST",
                licencePath + "/trial-reports",
                holder,
                "{\"usage\": \"Pilot run of 200 sensors\", \"performance\": \"2% failed after 10,000 bends\", \"units\": 200}",
                key()));
        assertProblem(http.post(licencePath + "/trial-reports", holder, "{\"units\": -1}"), 400, "validation-failed");
        assertEquals(1, list(http.get(licencePath + "/trial-reports", operator)).size());
        String report = report(today, today, 1_000_000, "CNY");
        assertProblem(http.post(licencePath + "/revenue-reports", holder, report), 409, "licensing:no-royalties");
        assertProblem(
                http.send("POST", licencePath + "/conversion", otherHolder, null), 404, "licensing:unknown-licence");
        JsonObject converted = ok(http.send("POST", licencePath + "/conversion", holder, null, key()));
        assertEquals("ACTIVE", converted.getString("status"));
        assertEquals("CONVERTED", converted.getString("trialOutcome"));
        assertEquals(today.toString(), converted.getString("royaltiesFrom"));
        assertProblem(http.send("POST", licencePath + "/conversion", holder, null), 409, "licensing:not-in-trial");
        JsonObject walked = ok(
                http.send("POST", API + "licences/" + other.getString("id") + "/walk-away", otherHolder, null, key()));
        assertEquals("WALKED_AWAY", walked.getString("status"));

        // Report → invoice: 5% of 1,000,000 fen.
        assertProblem(
                http.post(licencePath + "/revenue-reports", holder, report(today, today.minusDays(1), 1, "CNY")),
                400,
                "validation-failed");
        assertProblem(
                http.post(licencePath + "/revenue-reports", holder, report(today, today, 1, "USD")),
                422,
                "licensing:currency-mismatch");
        assertProblem(
                http.post(
                        licencePath + "/revenue-reports",
                        holder,
                        report(today.plusDays(1), today.plusDays(1), 1, "CNY")),
                422,
                "licensing:period-not-next");
        assertEquals(0, list(http.get(licencePath + "/revenue-reports", holder)).size());
        JsonObject reported = ok(http.send("POST", licencePath + "/revenue-reports", holder, report, key()));
        assertEquals(50_000, amount(reported, "royalty"));
        assertFalse(reported.getBoolean("late"));
        String invoicePath = API + "invoices/" + reported.getString("invoiceId");
        JsonObject invoice = ok(http.get(invoicePath, holder));
        assertEquals("OPEN", invoice.getString("status"));
        assertEquals(50_000, amount(invoice, "outstanding"));
        assertProblem(http.get(invoicePath, otherHolder), 404, "licensing:unknown-invoice");

        // Pay: the demo programme pays half, through the vouchers plugin, once per Idempotency-Key.
        String balance = "/vouchers/api/vouchers/" + DEMO_VOUCHER + "/balance";
        long available = amount(ok(http.get(balance, holder)), "available");
        String voucherPayment = "{\"voucherCode\": \"" + DEMO_VOUCHER + "\"}";
        assertProblem(
                http.post(invoicePath + "/voucher-payments", otherHolder, voucherPayment),
                404,
                "licensing:unknown-invoice");
        assertProblem(
                http.post(invoicePath + "/voucher-payments", holder, "{\"voucherCode\": \"TH-NOSUCHVOUCHER\"}"),
                404,
                "vouchers:unknown-voucher");
        assertProblem(
                http.post(invoicePath + "/voucher-payments", holder, "{\"voucherCode\": \"x\"}"),
                400,
                "validation-failed");
        assertEquals(available, amount(ok(http.get(balance, holder)), "available"), "nothing held by a refusal");
        String payKey = key();
        JsonObject part = ok(http.send("POST", invoicePath + "/voucher-payments", holder, voucherPayment, payKey));
        assertEquals(part, ok(http.send("POST", invoicePath + "/voucher-payments", holder, voucherPayment, payKey)));
        assertEquals(25_000, amount(part, "paid"));
        assertEquals(25_000, amount(part, "outstanding"));
        assertEquals("VOUCHER", part.getJsonArray("payments").getJsonObject(0).getString("method"));
        JsonObject after = ok(http.get(balance, holder));
        assertEquals(available - 25_000, amount(after, "available"), "captured once");
        assertEquals(0, amount(after, "held"));

        // The office records the transfer of the rest; the income is shared, half to the research team.
        String transfer = "{\"amount\": {\"amount\": %d, \"currency\": \"CNY\"}, \"reference\": \"BANK-%s\"}";
        assertProblem(
                http.post(invoicePath + "/payments", operator, transfer.formatted(25_001, "X")),
                422,
                "licensing:invalid-amount");
        assertProblem(http.post(invoicePath + "/payments", holder, transfer.formatted(25_000, "X")), 403, "forbidden");
        assertProblem(
                http.post(invoicePath + "/payments", operator, "{\"amount\": {\"amount\": 5, \"currency\": \"CNY\"}}"),
                400,
                "validation-failed");
        assertEquals(25_000, amount(ok(http.get(invoicePath, operator)), "outstanding"), "nothing recorded");
        JsonObject paid =
                ok(http.send("POST", invoicePath + "/payments", operator, transfer.formatted(25_000, "1"), key()));
        assertEquals("PAID", paid.getString("status"));
        List<Long> shares = paid.getJsonArray("distribution").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonObject("amount").getJsonNumber("amount").longValue())
                .toList();
        assertEquals(List.of(25_000L, 12_500L, 12_500L), shares);
        assertProblem(
                http.post(invoicePath + "/voucher-payments", holder, voucherPayment), 409, "licensing:already-paid");

        // Recordation with the patent office, once.
        assertProblem(
                http.post(
                        licencePath + "/recordation", operator, "{\"recordedOn\": \"soon\", \"recordNumber\": \"1\"}"),
                400,
                "malformed-request");
        assertFalse(ok(http.get(licencePath + "/details", operator)).containsKey("recordedOn"), "not recorded");
        String recordation = "{\"recordedOn\": \"" + today + "\", \"recordNumber\": \"2026990000777\"}";
        JsonObject recorded = ok(http.send("POST", licencePath + "/recordation", operator, recordation, key()));
        assertEquals(today.toString(), recorded.getString("recordedOn"));
        assertProblem(
                http.post(licencePath + "/recordation", operator, recordation), 409, "licensing:already-recorded");

        // Statistics for the office only.
        JsonObject stats = ok(http.get(API + "statistics", operator));
        assertTrue(stats.getJsonObject("trials").getJsonNumber("CONVERTED").longValue() >= 2, stats.toString());
        assertTrue(stats.getJsonObject("trials").getJsonNumber("WALKED_AWAY").longValue() >= 1, stats.toString());
        assertTrue(
                stats.getJsonObject("licences")
                                .getJsonObject("PAY_AFTER_USE")
                                .getJsonNumber("ACTIVE")
                                .longValue()
                        >= 2,
                stats.toString());
        assertTrue(stats.getJsonObject("received").getJsonNumber("CNY").longValue() >= 1_250_000, stats.toString());
        assertProblem(http.get(API + "statistics", holder), 403, "forbidden");
        return id;
    }

    /**
     * In a region that accepts vouchers for royalties but runs no voucher service, paying with a
     * voucher is a 503 that names the missing service, and the invoice stays as it was.
     */
    static void withoutVoucherService(RegionClient http) {
        String operator = http.signIn("operator");
        String holder = http.signIn("holder");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String patentId = ok(http.send(
                        "POST",
                        API + "patents",
                        operator,
                        """
                        {"number": "ZL202610000001.1", "title": "Flexible strain sensor", "kind": "INVENTION",
                         "owners": ["示范大学 Demo University"], "expiresOn": "2044-07-01", "field": "electronics",
                         "abstract": "A printed strain sensor.", "voucherProviderId": "%s"}"""
                                .formatted(UUID.randomUUID()),
                        key()))
                .getString("id");
        String offerId = ok(http.send(
                        "POST",
                        API + "patents/" + patentId + "/offers",
                        operator,
                        offer("lump-sum", "{\"amount\": \"100000\"}", "").replace("PAY_AFTER_USE", "OPEN_LICENCE"),
                        key()))
                .getString("id");
        ok(http.send(
                "POST",
                API + "offers/" + offerId + "/consents",
                operator,
                "{\"owner\": \"示范大学 Demo University\"}",
                key()));
        ok(http.send("POST", API + "offers/" + offerId + "/publication", operator, null, key()));
        String licence = ok(http.send("POST", API + "offers/" + offerId + "/licences", holder, "{}", key()))
                .getString("id");
        String invoice = ok(http.send(
                        "POST",
                        API + "licences/" + licence + "/revenue-reports",
                        holder,
                        report(today, today, 0, "CNY"),
                        key()))
                .getString("invoiceId");
        String invoicePath = API + "invoices/" + invoice;
        JsonObject before = ok(http.get(invoicePath, holder));
        assertEquals(100_000, amount(before, "outstanding"), "the lump sum, billed with the first report");

        RegionClient.Answer refused =
                http.post(invoicePath + "/voucher-payments", holder, "{\"voucherCode\": \"" + DEMO_VOUCHER + "\"}");
        assertProblem(refused, 503, "service-unavailable");
        assertTrue(
                refused.json().getString("detail").contains("no running provider of VoucherService"), refused.body());
        assertTrue(refused.json().getString("detail").contains("pay royalties by transfer"), refused.body());
        assertEquals(before, ok(http.get(invoicePath, holder)), "nothing changed");
    }

    /** A provider for the licensing office, registered by the demo user "provider" and admitted to the demo programme. */
    private static String licensingOffice(RegionClient http, String operator) {
        String staff = http.signIn("provider");
        String office = ok(http.send(
                        "POST", "/vouchers/api/providers", staff, "{\"name\": \"示范技术转移中心 Licensing office\"}", key()))
                .getString("id");
        ok(http.send(
                "POST",
                "/vouchers/api/providers/" + office + "/memberships",
                staff,
                "{\"programmeId\": \"" + DEMO_PROGRAMME + "\"}",
                key()));
        JsonObject accepted = ok(http.send(
                "POST",
                "/vouchers/api/programmes/" + DEMO_PROGRAMME + "/memberships/" + office + "/decision",
                operator,
                "{\"accept\": true}",
                key()));
        assertEquals("ACCEPTED", accepted.getString("status"));
        return office;
    }

    private static String offer(String schedule, String parameters, String more) {
        return """
                {"kind": "PAY_AFTER_USE", "schedule": {"type": "%s", "parameters": %s}, "currency": "CNY",
                 "termMonths": 12, "fieldOfUse": "wearable devices"%s}"""
                .formatted(schedule, parameters, more);
    }

    private static String report(LocalDate from, LocalDate to, long netSales, String currency) {
        return """
                {"periodFrom": "%s", "periodTo": "%s", "netSales": {"amount": %d, "currency": "%s"},
                 "profit": {"amount": 0, "currency": "%s"}, "units": 10}"""
                .formatted(from, to, netSales, currency, currency);
    }

    /** How many of a list there are, all pages. */
    private static int count(RegionClient http, String list, String token) {
        int n = 0;
        String cursor = null;
        do {
            JsonObject page =
                    ok(http.get(API + list + "?limit=100" + (cursor == null ? "" : "&cursor=" + cursor), token));
            n += page.getJsonArray("items").size();
            JsonValue next = page.get("nextCursor");
            cursor = next == null || next.getValueType() == JsonValue.ValueType.NULL
                    ? null
                    : page.getString("nextCursor");
        } while (cursor != null);
        return n;
    }

    private static List<String> fields(RegionClient.Answer a) {
        return a.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .sorted()
                .toList();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static JsonObject ok(RegionClient.Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    private static jakarta.json.JsonArray list(RegionClient.Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.structure().asJsonArray();
    }

    private static long amount(JsonObject o, String field) {
        return o.getJsonObject(field).getJsonNumber("amount").longValue();
    }
}
