package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transferhub.testkit.RegionClient.assertProblem;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.transferhub.testkit.RegionClient;
import org.transferhub.testkit.TalentRegistryConformance;

/** The talent registry over REST: search, profiles public and private, certification, suspension, and a deal credited from the event log; run by {@link RegionIT}. */
final class TalentFlow {

    static final String WANG_MIN = "00000000-0000-4000-8000-0000000a0001";
    private static final String CHEN_JIE_EXPIRED = "00000000-0000-4000-8000-0000000a0004";
    private static final String ZHAO_LEI_SUSPENDED = "00000000-0000-4000-8000-0000000a0005";

    private TalentFlow() {}

    /**
     * @param providerAsManager a token of the demo user "provider" with the manager role: the
     *     provider's staff registers as a technology manager, so the services it delivers count
     */
    static void fromRegistrationToTrackRecord(RegionClient http, String providerAsManager) throws InterruptedException {
        String holder = http.signIn("holder");
        String operator = http.signIn("operator");

        List<String> biomedicine = ids(http.get("/talent/api/managers?field=BIOMEDICINE", holder));
        assertTrue(biomedicine.contains(WANG_MIN), biomedicine.toString());
        assertFalse(biomedicine.contains(CHEN_JIE_EXPIRED), "an expired manager is never found");
        assertFalse(
                ids(http.get("/talent/api/managers?field=NEW_MATERIALS", holder))
                        .contains(ZHAO_LEI_SUSPENDED),
                "nor a suspended one");
        assertProblem(http.get("/talent/api/managers?field=ALCHEMY", holder), 400, "validation-failed");

        JsonObject record = http.get("/talent/api/managers/" + WANG_MIN + "/track-record", holder)
                .json();
        // The demo deals (two gates, a licence, 3 million yuan raised) and whatever other tests of the region
        // credited since: every point stands with its evidence.
        assertTrue(record.getInt("points") >= 10 + 10 + 20 + 30, record.toString());
        assertTrue(record.getJsonArray("evidence").size() >= 4, record.toString());
        assertEquals(
                record.getInt("points"),
                record.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
                        .mapToInt(e -> e.getInt("points"))
                        .sum());

        String registration =
                """
                {"displayName": "刘洋 Liu Yang", "affiliation": "Flow Testing Lab", "affiliationKind": "SERVICE_ORGANISATION",
                 "region": "demo", "fields": ["NEW_MATERIALS"], "languages": ["zh", "en"], "capacity": 2,
                 "phone": "+86 21 5555 0199", "idNumber": "FLOW00000001"}""";
        assertProblem(
                http.post("/talent/api/managers", providerAsManager, registration.replace("NEW_MATERIALS", "ALCHEMY")),
                400,
                "validation-failed");
        RegionClient.Answer registered = http.send(
                "POST",
                "/talent/api/managers",
                providerAsManager,
                registration,
                UUID.randomUUID().toString());
        assertEquals(200, registered.status(), registered.body());
        assertEquals(
                "+86 21 5555 0199", registered.json().getString("phone"), "the manager sees their own private data");
        String id = registered.json().getJsonObject("profile").getString("id");
        assertProblem(http.post("/talent/api/managers", providerAsManager, registration), 409, "talent:already-done");

        RegionClient.Answer publicProfile = http.get("/talent/api/managers/" + id, holder);
        TalentRegistryConformance.assertPublic(publicProfile.json());
        assertFalse(publicProfile.json().getBoolean("certified"));
        for (var page : List.of(
                http.get("/talent/api/managers?field=BIOMEDICINE&field=NEW_MATERIALS", holder),
                http.get("/talent/api/managers", operator))) {
            page.json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .forEach(TalentRegistryConformance::assertPublic);
        }
        assertProblem(http.get("/talent/api/managers/" + id + "/private", holder), 403, "forbidden");
        assertProblem(
                http.get("/talent/api/managers/" + WANG_MIN + "/private", providerAsManager),
                403,
                "talent:not-your-profile");
        assertEquals(
                "FLOW00000001",
                http.get("/talent/api/managers/" + id + "/private", operator)
                        .json()
                        .getString("idNumber"));

        String certifications = "/talent/api/managers/" + id + "/certifications";
        assertProblem(
                http.post(
                        certifications,
                        providerAsManager,
                        "{\"kind\": \"CERTIFICATION\", \"level\": \"JUNIOR\", \"hours\": 10, \"evidence\": [\"CERT-1\"]}"),
                422,
                "talent:not-enough-hours");
        assertProblem(
                http.post(
                        certifications,
                        providerAsManager,
                        "{\"kind\": \"CERTIFICATION\", \"hours\": 60, \"evidence\": [\"CERT-1\"]}"),
                400,
                "validation-failed");
        RegionClient.Answer applied = http.post(
                certifications,
                providerAsManager,
                "{\"kind\": \"CERTIFICATION\", \"level\": \"JUNIOR\", \"hours\": 48, \"evidence\": [\"CASTEM-JR-2026-0001\"]}");
        assertEquals("SUBMITTED", applied.json().getString("status"), applied.body());
        assertTrue(http.get("/talent/api/certifications", operator)
                .body()
                .contains(applied.json().getString("id")));
        String decision = "/talent/api/certifications/" + applied.json().getString("id") + "/decision";
        assertProblem(http.post(decision, operator, "{\"approve\": false}"), 400, "validation-failed");
        assertProblem(http.post(decision, providerAsManager, "{\"approve\": true}"), 403, "forbidden");
        assertEquals(
                "APPROVED",
                http.post(decision, operator, "{\"approve\": true}").json().getString("status"));
        assertTrue(http.get("/talent/api/managers/" + id, holder).json().getBoolean("certified"));
        assertTrue(ids(http.get("/talent/api/managers?field=NEW_MATERIALS", holder))
                .contains(id));

        // The manager's lab delivers a voucher-paid service: the vouchers plugin records it, its outbox
        // relays it to the hub's event log, and the registry credits it, with nobody typing it in.
        VouchersFlow.Granted granted = VouchersFlow.grantedVoucher(http, 10_000);
        String provider = http.signIn("provider");
        RegionClient.Answer hold = http.post(
                "/vouchers/api/holds",
                provider,
                "{\"voucherCode\": \"" + granted.code() + "\", \"providerId\": \"" + granted.providerId()
                        + "\", \"orderReference\": \"TALENT-1\", \"price\": {\"amount\": 4000, \"currency\": \"CNY\"}}");
        assertEquals(200, hold.status(), hold.body());
        assertEquals(
                200,
                http.send("POST", "/vouchers/api/holds/" + hold.json().getString("id") + "/capture", provider, null)
                        .status());
        RegionClient.Answer credited = http.await(
                "/talent/api/managers/" + id + "/track-record",
                holder,
                a -> a.status() == 200 && a.json().getInt("points") >= 2,
                Duration.ofSeconds(60));
        JsonObject evidence = credited.json().getJsonArray("evidence").getJsonObject(0);
        assertEquals("vouchers", evidence.getString("source"));
        assertEquals(
                "vouchers.service-delivered", evidence.getJsonObject("credit").getString("type"));
        assertEquals(
                hold.json().getString("id"),
                evidence.getJsonObject("credit").getJsonObject("data").getString("holdId"));
        assertTrue(
                http.get("/hub/api/events?type=vouchers.service-delivered", operator)
                        .body()
                        .contains(hold.json().getString("id")),
                "the hub's event log holds the fact");

        // A licence the manager brokered: the licensing plugin records it, the registry credits 20 points.
        assertProblem(
                http.post(
                        "/licensing/api/offers/00000000-0000-4000-8000-00000000f101/licences",
                        http.signIn("sme"),
                        "{\"brokerId\": \"" + CHEN_JIE_EXPIRED + "\"}"),
                422,
                "licensing:unknown-broker");
        RegionClient.Answer licence = http.post(
                "/licensing/api/offers/00000000-0000-4000-8000-00000000f101/licences",
                http.signIn("sme"),
                "{\"brokerId\": \"" + id + "\"}");
        assertEquals(200, licence.status(), licence.body());
        http.await(
                "/talent/api/managers/" + id + "/track-record",
                holder,
                a -> a.status() == 200 && a.json().getInt("points") == 2 + 20,
                Duration.ofSeconds(60));

        String suspension = "/talent/api/managers/" + id + "/suspension";
        assertProblem(http.post(suspension, operator, "{}"), 400, "validation-failed");
        assertEquals(
                "SUSPENDED",
                http.post(suspension, operator, "{\"reason\": \"Complaint under review\"}")
                        .json()
                        .getString("status"));
        assertFalse(ids(http.get("/talent/api/managers?field=NEW_MATERIALS", holder))
                .contains(id));
        assertProblem(http.post(suspension, operator, "{\"reason\": \"Again\"}"), 409, "talent:already-done");
        assertEquals(
                "ACTIVE",
                http.post(
                                "/talent/api/managers/" + id + "/reinstatement",
                                operator,
                                "{\"reason\": \"Complaint dismissed\"}")
                        .json()
                        .getString("status"));
    }

    private static List<String> ids(RegionClient.Answer page) {
        assertEquals(200, page.status(), page.body());
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("id"))
                .toList();
    }
}
