package org.transferhub.ops.bench;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.transferhub.testkit.RegionClient;

/**
 * The redemption path over HTTP, as a provider drives it: a hold, then its capture, each with its
 * own {@code Idempotency-Key}. The set-up goes through the region's REST API too: a programme, one
 * voucher per client (holds on one voucher queue on its row lock), a provider admitted to the
 * programme.
 */
final class HttpRedemptions {

    /** The price of one order: the voucher pays half (5000 basis points), {@link RawRedemptions#SHARE}. */
    private static final long PRICE = 2 * RawRedemptions.SHARE;

    private final RegionClient http;
    private final String provider;
    private final String providerId;
    private final List<String> codes;

    private HttpRedemptions(RegionClient http, String provider, String providerId, List<String> codes) {
        this.http = http;
        this.provider = provider;
        this.providerId = providerId;
        this.codes = codes;
    }

    /** Sets up {@code vouchers} vouchers, each large enough for every operation of a run. */
    static HttpRedemptions setUp(URI region, int vouchers) {
        RegionClient http = new RegionClient(region);
        String operator = http.signIn("operator");
        String staff = http.signIn("provider");
        LocalDate today = LocalDate.now();
        long each = 10_000_000;
        JsonObject programme = ok(http.send(
                "POST",
                "/vouchers/api/programmes",
                operator,
                """
                {"name": "Benchmark vouchers", "sponsor": "ops/bench", "budget": {"amount": %d, "currency": "CNY"},
                 "subsidyBasisPoints": 5000, "capPerVoucher": {"amount": %d, "currency": "CNY"},
                 "startsOn": "%s", "endsOn": "%s"}"""
                        .formatted(each * vouchers, each, today.minusDays(1), today.plusYears(1)),
                key()));
        String programmeId = programme.getString("id");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < vouchers; i++) {
            codes.add(ok(http.send(
                            "POST",
                            "/vouchers/api/programmes/" + programmeId + "/vouchers",
                            operator,
                            """
                            {"holder": "holder", "amount": {"amount": %d, "currency": "CNY"}, "useBy": "%s", "redeemBy": "%s"}"""
                                    .formatted(each, today.plusDays(60), today.plusDays(90)),
                            key()))
                    .getString("code"));
        }
        String providerId = ok(http.send(
                        "POST", "/vouchers/api/providers", staff, "{\"name\": \"Benchmark lab\"}", key()))
                .getString("id");
        ok(http.send(
                "POST",
                "/vouchers/api/providers/" + providerId + "/memberships",
                staff,
                "{\"programmeId\": \"" + programmeId + "\"}",
                key()));
        ok(http.send(
                "POST",
                "/vouchers/api/programmes/" + programmeId + "/memberships/" + providerId + "/decision",
                operator,
                "{\"accept\": true}",
                key()));
        return new HttpRedemptions(http, staff, providerId, codes);
    }

    /** Client {@code i}'s operation: a hold on voucher {@code i} and its capture. */
    LoadRun.Operation client(int i) {
        String code = codes.get(i);
        return () -> {
            String order =
                    """
                    {"voucherCode": "%s", "providerId": "%s", "orderReference": "%s", "price": {"amount": %d, "currency": "CNY"}}"""
                            .formatted(code, providerId, key(), PRICE);
            String hold = ok(http.send("POST", "/vouchers/api/holds", provider, order, key()))
                    .getString("id");
            ok(http.send("POST", "/vouchers/api/holds/" + hold + "/capture", provider, null, key()));
        };
    }

    /** The region's ledger audit ({@code GET /vouchers/api/audit}): balanced, and how many journals. */
    JsonObject audit() {
        return ok(http.get("/vouchers/api/audit", http.signIn("operator")));
    }

    private static JsonObject ok(RegionClient.Answer a) {
        if (a.status() != 200) {
            throw new IllegalStateException(a.status() + " " + a.body());
        }
        return a.json();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
