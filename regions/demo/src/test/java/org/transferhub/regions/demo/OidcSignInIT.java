package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transferhub.testkit.RegionClient.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.transferhub.ops.RegionOptions;
import org.transferhub.ops.RegionProcess;
import org.transferhub.testkit.Keycloak;
import org.transferhub.testkit.RegionClient;
import org.transferhub.testkit.RegionTokens;

/**
 * Sign-in through a real OpenID Connect provider: Keycloak, started once for the class with the
 * testkit's realm {@code transferhub} (alice, a holder of region demo; olga, an operator of region
 * demo; bob, a holder of region shanghai; nina, of region demo with no role), and one production region
 * "demo" signing people in through it, driven in real headless Chromium.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OidcSignInIT {

    private static final int PORT = Integer.parseInt(System.getProperty("it.port", "18181")) + 6;
    /** The realm's client lists http://127.0.0.1:18187/hub/auth/oidc/login as its redirect URI. */
    private static final int KEYCLOAK_PORT = 18380;

    private static Keycloak keycloak;
    private static RegionProcess region;
    private static Path data;

    /** Keycloak and the region, started on first use and stopped after the class. */
    private static synchronized URI region() throws Exception {
        if (region == null) {
            keycloak = Keycloak.start(KEYCLOAK_PORT, "transferhub");
            Path dir = TestRegions.make(
                    "oidc-region",
                    """
                    transferhub.region.id=demo
                    transferhub.region.profile=production
                    transferhub.hub.identity=oidc
                    transferhub.hub.oidc.issuer=%s
                    transferhub.hub.oidc.client.id=transferhub-hub
                    """
                            .formatted(keycloak.issuer("transferhub")),
                    List.of("ROOT.war", "hub.war"));
            data = dir.resolve("data");
            // The client's secret comes from the secrets directory, as an operator's would (the
            // newline an `echo` leaves is not part of it).
            Files.createDirectories(data.resolve("secrets"));
            Files.writeString(
                    data.resolve("secrets").resolve("transferhub.hub.oidc.client.secret"),
                    Keycloak.CLIENT_SECRET + "\n");
            region = RegionProcess.start(new RegionOptions(dir, PORT, data, new RegionOptions.H2()));
        }
        return region.baseUrl();
    }

    @AfterAll
    static void stop() throws Exception {
        if (region != null) {
            region.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    @Order(1)
    void theDemoIdentityStoreRefusesToStartInAProductionRegion() throws Exception {
        Path dir = TestRegions.make(
                "production-builtin-region",
                """
                transferhub.region.id=demo
                transferhub.region.profile=production
                transferhub.hub.users.operator.password=operator
                transferhub.hub.users.operator.roles=operator
                """,
                List.of("ROOT.war", "hub.war"));
        var e = assertThrows(
                IllegalStateException.class,
                () -> RegionProcess.start(new RegionOptions(dir, PORT, dir.resolve("data"), new RegionOptions.H2())));
        assertTrue(e.getMessage().contains("these WARs are not deployed: /hub"), e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains("'transferhub.hub.identity' is 'builtin', the demo identity store, but"
                                + " 'transferhub.region.profile' is 'production': set transferhub.hub.identity=oidc"),
                e.getMessage());
        assertFalse(new RegionClient(URI.create("http://127.0.0.1:" + PORT)).isUp(), "the launcher stopped the server");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    @Order(2)
    void aHolderSignsInAtTheProviderAndComesBackSignedInWithHerRoles(String lang) throws Exception {
        URI base = region();
        try (Portal p = new Portal(base, lang)) {
            assertTrue(p.main().contains(p.say("通过统一身份认证登录", "Sign in with your identity provider")), p.main());
            assertTrue(p.driver().findElements(By.id("sign-in-password")).isEmpty(), "no password form");
            p.screenshot("oidc-sign-in");

            signInAtTheProvider(p, "alice");
            assertTrue(p.text("#who").startsWith("alice"), p.text("#who"));
            assertTrue(p.main().contains(p.say("您好，alice", "Welcome, alice")), p.main());
            assertEquals("", p.script("return location.hash"), "the token is taken out of the address");
            assertFalse(
                    p.navigation().contains("nav-hub-plugins"), p.navigation().toString());
            p.screenshot("oidc-alice-home");

            String token = (String) p.script("return sessionStorage.getItem('transferhub.token')");
            RegionClient.Answer me = new RegionClient(base).get("/hub/api/auth/me", token);
            assertEquals(200, me.status(), me.body());
            assertEquals("alice", me.json().getString("name"));
            assertEquals("demo", me.json().getString("region"));
            assertEquals(
                    List.of("holder"),
                    me.json().getJsonArray("roles").getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString)
                            .toList());
        }
    }

    @Test
    @Order(3)
    void anOperatorGetsTheOperatorsPages() throws Exception {
        try (Portal p = new Portal(region(), "en")) {
            signInAtTheProvider(p, "olga");
            assertTrue(p.text("#who").startsWith("olga"), p.text("#who"));
            assertTrue(
                    p.navigation().containsAll(List.of("nav-hub-plugins", "nav-hub-events")),
                    p.navigation().toString());
            p.navigate("hub", "events");
            assertTrue(p.main().contains("Event log"), p.main());
            p.screenshot("oidc-olga-events");
        }
    }

    @Test
    @Order(4)
    void aPersonOfAnotherRegionIsRefusedAndGetsNoToken() throws Exception {
        URI base = region();
        try (Portal p = new Portal(base, "zh-CN")) {
            signInAtTheProvider(p, "bob");
            assertTrue(p.text("#notice").contains("其他区域"), p.main());
            assertTrue(p.driver().findElements(By.id("who")).isEmpty(), "nobody is signed in");
            assertTrue(p.navigation().isEmpty(), p.navigation().toString());
            assertNull(p.script("return sessionStorage.getItem('transferhub.token')"));
            assertEquals("", p.script("return location.hash"));
            p.screenshot("oidc-bob-refused");
        }
        // What bob would hold if the hub had signed his provider's word: a token for region shanghai.
        String shanghai = new RegionTokens(data.resolve("keys"), "demo")
                .sign("bob", List.of("holder"), "shanghai", Duration.ofMinutes(5));
        RegionClient http = new RegionClient(base);
        assertProblem(http.get("/hub/api/auth/me", shanghai), 403, "wrong-region");
        assertEquals(403, http.get("/hub/api/events", shanghai).status()); // not an operator either
    }

    @Test
    @Order(5)
    void aPersonWithNoneOfTheRegionsRolesIsRefusedAndGetsNoToken() throws Exception {
        try (Portal p = new Portal(region(), "en")) {
            signInAtTheProvider(p, "nina");
            assertTrue(p.text("#notice").contains("no role in this region"), p.main());
            assertTrue(p.driver().findElements(By.id("who")).isEmpty(), "nobody is signed in");
            assertNull(p.script("return sessionStorage.getItem('transferhub.token')"));
        }
    }

    @Test
    @Order(6)
    void thePasswordSignInIsClosedInARegionThatUsesItsProvider() throws Exception {
        RegionClient http = new RegionClient(region());
        JsonObject info = http.get("/hub/api/region", null).json();
        assertEquals("oidc", info.getString("identity"));
        var answer = http.post("/hub/api/auth/token", null, "{\"username\":\"operator\",\"password\":\"operator\"}");
        assertProblem(answer, 401, "unauthenticated");
    }

    /** From the portal's sign-in button to the provider's login page and back to the portal, drawn. */
    private static void signInAtTheProvider(Portal p, String user) {
        p.driver().findElement(By.id("sign-in-oidc")).click();
        new WebDriverWait(p.driver(), Duration.ofSeconds(60))
                .until(d -> !d.findElements(By.id("username")).isEmpty());
        p.driver().findElement(By.id("username")).sendKeys(user);
        p.driver().findElement(By.id("password")).sendKeys(user + "-password");
        p.driver().findElement(By.id("kc-login")).click();
        new WebDriverWait(p.driver(), Duration.ofSeconds(60))
                .until(d -> d.getCurrentUrl().contains("/hub/portal/"));
        p.awaitReady();
    }
}
