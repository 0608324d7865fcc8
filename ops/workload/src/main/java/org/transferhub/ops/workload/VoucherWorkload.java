package org.transferhub.ops.workload;

import jakarta.json.Json;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a voucher workload redeems against: a programme with a budget for every voucher, a
 * provider admitted to it, and vouchers granted to the demo holder, as an operator and the demo
 * provider set them up over REST. Each client redeems on a voucher of its own: holds on one
 * voucher wait in turn on its row lock.
 *
 * @param programmeId the programme made for the workload
 * @param providerId the provider that holds and captures, owned by the demo user {@code provider}
 * @param voucherCodes the vouchers granted for the workload
 */
public record VoucherWorkload(
        RegionHttp http, Caller provider, String programmeId, String providerId, List<String> voucherCodes) {

    /** The share of a price the programme pays: half ({@code subsidyBasisPoints} 5000). */
    public static final int SUBSIDY_BASIS_POINTS = 5_000;

    /**
     * Prepares a workload on a running region with the demo users.
     *
     * @param vouchers how many vouchers: at least the number of concurrent clients
     * @param amount each voucher's amount in fen: enough for every redemption its client makes
     */
    public static VoucherWorkload prepare(RegionHttp http, int vouchers, long amount)
            throws IOException, InterruptedException {
        String operator = http.signIn("operator");
        Caller provider = new Caller(http, "provider");
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        String programmeId = created(
                        http,
                        "/vouchers/api/programmes",
                        operator,
                        Json.createObjectBuilder()
                                .add("name", "Workload vouchers")
                                .add("sponsor", "Workload bureau")
                                .add("budget", money(amount * vouchers))
                                .add("subsidyBasisPoints", SUBSIDY_BASIS_POINTS)
                                .add("capPerVoucher", money(amount))
                                .add("startsOn", today.minusDays(1).toString())
                                .add("endsOn", today.plusYears(1).toString())
                                .build()
                                .toString())
                .getString("id");
        String providerId = created(http, "/vouchers/api/providers", provider.token(), "{\"name\": \"Workload lab\"}")
                .getString("id");
        created(
                http,
                "/vouchers/api/providers/" + providerId + "/memberships",
                provider.token(),
                "{\"programmeId\": \"" + programmeId + "\"}");
        created(
                http,
                "/vouchers/api/programmes/" + programmeId + "/memberships/" + providerId + "/decision",
                operator,
                "{\"accept\": true}");
        String grant = Json.createObjectBuilder()
                .add("holder", "holder")
                .add("amount", money(amount))
                .add("useBy", today.plusDays(60).toString())
                .add("redeemBy", today.plusDays(90).toString())
                .build()
                .toString();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < vouchers; i++) {
            codes.add(created(http, "/vouchers/api/programmes/" + programmeId + "/vouchers", operator, grant)
                    .getString("code"));
        }
        return new VoucherWorkload(http, provider, programmeId, providerId, List.copyOf(codes));
    }

    /** The voucher share of a price: what a capture moves to the provider. */
    public static long voucherShare(long price) {
        return price * SUBSIDY_BASIS_POINTS / 10_000;
    }

    private static jakarta.json.JsonObject money(long fen) {
        return Json.createObjectBuilder()
                .add("amount", fen)
                .add("currency", "CNY")
                .build();
    }

    /** A set-up step, with a key of its own: it runs once. */
    private static jakarta.json.JsonObject created(RegionHttp http, String path, String token, String json)
            throws IOException, InterruptedException {
        RegionHttp.Answer a =
                http.send("POST", path, token, json, UUID.randomUUID().toString());
        if (a.status() != 200) {
            throw new IllegalStateException(
                    "Preparing the workload: POST " + path + " answered " + a.status() + " " + a.body());
        }
        return a.json();
    }
}
