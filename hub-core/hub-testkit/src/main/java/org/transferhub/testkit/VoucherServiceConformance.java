package org.transferhub.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transferhub.testkit.RegionClient.assertProblem;

import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The conformance suite of {@link org.transferhub.spi.voucher.VoucherService}: what every
 * provider of the SPI does, checked over HTTP against a running region. Give it a voucher with
 * at least 20,000 minor units available whose programme pays part of a price; the checks run in
 * order and leave the voucher's available amount as they found it minus one captured share. The
 * provider token acts for {@code providerId}, which is admitted to the voucher's programme.
 */
public final class VoucherServiceConformance {

    private VoucherServiceConformance() {}

    /**
     * @param pluginId the providing plugin (its context root)
     * @param provider a token with the provider role, acting for {@code providerId}
     * @param providerId a provider admitted to the voucher's programme
     * @param holder a token of the voucher's holder
     * @param voucherCode the voucher to redeem
     */
    public static Stream<DynamicTest> checks(
            RegionClient region,
            String pluginId,
            String provider,
            String providerId,
            String holder,
            String voucherCode) {
        String api = "/" + pluginId + "/api/";
        return Stream.of(
                DynamicTest.dynamicTest("a quote holds nothing and splits the whole price", () -> {
                    JsonObject before = balance(region, api, holder, voucherCode);
                    JsonObject quote =
                            ok(region.post(api + "quotes", provider, order(voucherCode, providerId, 10_001)));
                    assertEquals(10_001, amount(quote, "voucherShare") + amount(quote, "holderShare"));
                    assertTrue(amount(quote, "voucherShare") > 0, "the programme pays part of a price");
                    assertEquals(before, balance(region, api, holder, voucherCode));
                }),
                DynamicTest.dynamicTest(
                        "a hold moves the share from available to held, once per Idempotency-Key", () -> {
                            JsonObject before = balance(region, api, holder, voucherCode);
                            String key = UUID.randomUUID().toString();
                            String order = order(voucherCode, providerId, 10_000);
                            JsonObject hold = ok(region.send("POST", api + "holds", provider, order, key));
                            assertEquals("HELD", hold.getString("status"));
                            assertEquals(
                                    hold,
                                    ok(region.send("POST", api + "holds", provider, order, key)),
                                    "a retry answers the first hold");
                            long share = amount(hold, "voucherShare");
                            JsonObject after = balance(region, api, holder, voucherCode);
                            assertEquals(amount(before, "available") - share, amount(after, "available"));
                            assertEquals(amount(before, "held") + share, amount(after, "held"));

                            JsonObject captured = ok(region.send(
                                    "POST", api + "holds/" + hold.getString("id") + "/capture", provider, null));
                            assertEquals("CAPTURED", captured.getString("status"));
                            assertEquals(
                                    amount(before, "held"), amount(balance(region, api, holder, voucherCode), "held"));
                            assertProblem(
                                    region.send(
                                            "POST", api + "holds/" + hold.getString("id") + "/void", provider, null),
                                    409,
                                    pluginId + ":hold-not-open");
                        }),
                DynamicTest.dynamicTest("a void gives the share back", () -> {
                    JsonObject before = balance(region, api, holder, voucherCode);
                    JsonObject hold = ok(region.post(api + "holds", provider, order(voucherCode, providerId, 10_000)));
                    JsonObject voided =
                            ok(region.send("POST", api + "holds/" + hold.getString("id") + "/void", provider, null));
                    assertEquals("VOIDED", voided.getString("status"));
                    assertEquals(before, balance(region, api, holder, voucherCode));
                }),
                DynamicTest.dynamicTest("refusals are problems and change nothing", () -> {
                    JsonObject before = balance(region, api, holder, voucherCode);
                    assertProblem(
                            region.post(api + "holds", null, order(voucherCode, providerId, 10_000)),
                            401,
                            "unauthenticated");
                    assertProblem(
                            region.post(api + "holds", holder, order(voucherCode, providerId, 10_000)),
                            403,
                            "forbidden");
                    RegionClient.Answer unknown =
                            region.post(api + "holds", provider, order("TH-NOSUCHVOUCHER", providerId, 10_000));
                    assertEquals(404, unknown.status(), unknown.body());
                    assertTrue(unknown.isProblem(), unknown.body());
                    RegionClient.Answer negative =
                            region.post(api + "holds", provider, order(voucherCode, providerId, -1));
                    assertTrue(negative.status() == 400 || negative.status() == 422, negative.body());
                    assertTrue(negative.isProblem(), negative.body());
                    assertProblem(region.post(api + "holds", provider, "{\"voucherCode\": "), 400, "malformed-request");
                    assertEquals(before, balance(region, api, holder, voucherCode));
                }));
    }

    private static JsonObject ok(RegionClient.Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    private static JsonObject balance(RegionClient region, String api, String holder, String code) {
        return ok(region.get(api + "vouchers/" + code + "/balance", holder));
    }

    private static String order(String code, String providerId, long price) {
        return "{\"voucherCode\": \"" + code + "\", \"providerId\": \"" + providerId + "\", \"orderReference\": \"C-"
                + UUID.randomUUID().toString().substring(0, 8) + "\", \"price\": {\"amount\": " + price
                + ", \"currency\": \"CNY\"}}";
    }

    private static long amount(JsonObject o, String field) {
        return o.getJsonObject(field).getJsonNumber("amount").longValue();
    }
}
