package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.transferhub.ops.RegionOptions;
import org.transferhub.ops.RegionProcess;
import org.transferhub.testkit.RegionClient;
import org.transferhub.testkit.RegionTokens;

/**
 * The demo region exactly as {@code ops/hub run demo} starts it (demo data, default timings),
 * used through its portal in real headless Chromium, every path in Chinese and in English.
 */
class PortalIT {

    private static final int PORT = Integer.parseInt(System.getProperty("it.port", "18181")) + 5;
    private static final Path DATA = Path.of("target", "portal-data");

    static RegionProcess region;
    static RegionClient http;

    @BeforeAll
    static void start() throws Exception {
        TestRegions.delete(DATA);
        region = RegionProcess.start(new RegionOptions(Path.of("."), PORT, DATA, new RegionOptions.H2()));
        http = new RegionClient(region.baseUrl());
        http.await(
                "/hub/api/plugins",
                a -> a.status() == 200
                        && a.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                                .allMatch(p -> p.getString("status").equals("UP"))
                        && a.json().getJsonArray("items").size() == 5,
                Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() throws Exception {
        if (region != null) {
            region.close();
        }
    }

    static Portal portal(String lang) throws Exception {
        return new Portal(region.baseUrl(), lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theRootAddressOpensThePortalWhichSignsInAndSaysWhatWentWrongInThePagesLanguage(String lang) throws Exception {
        try (Portal p = portal(lang)) {
            p.driver().get(region.baseUrl().toString());
            p.awaitReady();
            assertEquals(lang, p.script("return document.documentElement.lang"));
            assertTrue(p.main().contains(p.say("登录", "Sign in")), p.main());
            p.screenshot("sign-in");

            p.fill("sign-in", "username", "operator").fill("sign-in", "password", "wrong");
            String status = p.submit("sign-in");
            assertTrue(status.contains(p.say("用户名或密码不正确", "Unknown user or wrong password")), status);

            p.fill("sign-in", "password", "operator");
            p.rendering(() -> p.field("sign-in", "password").submit());
            assertTrue(p.main().contains(p.say("您好，operator", "Welcome, operator")), p.main());
            assertTrue(
                    p.navigation().containsAll(List.of("nav-hub-plugins", "nav-hub-events")),
                    p.navigation().toString());

            p.navigate("hub", "plugins");
            String plugins = p.main();
            for (String name : List.of(p.say("科技创新券", "Innovation vouchers"), p.say("技术经理人", "Technology managers"))) {
                assertTrue(plugins.contains(name), plugins);
            }
            assertEquals(
                    5,
                    p.driver()
                            .findElements(org.openqa.selenium.By.cssSelector("[data-plugin]"))
                            .size());
            p.screenshot("operator-services");

            // The other language is one click away and stays for the next visit.
            String other = p.english() ? "zh-CN" : "en";
            p.rendering(() -> p.driver()
                    .findElement(org.openqa.selenium.By.id("language"))
                    .click());
            assertEquals(other, p.script("return document.documentElement.lang"));
            p.reload();
            assertEquals(other, p.script("return document.documentElement.lang"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aRoleSeesOnlyItsOwnPagesAndCannotOpenAnotherRoles(String lang) throws Exception {
        try (Portal p = portal(lang)) {
            p.signIn("holder");
            assertFalse(
                    p.navigation().contains("nav-hub-plugins"), p.navigation().toString());
            p.go("hub", "plugins");
            assertTrue(p.main().contains(p.say("无权访问", "Not for your role")), p.main());
            assertTrue(p.driver()
                    .findElements(org.openqa.selenium.By.cssSelector("[data-plugin]"))
                    .isEmpty());
            p.go("nosuchplugin", "page");
            assertTrue(p.main().contains(p.say("没有这个页面", "No such page")), p.main());
            p.screenshot("holder-forbidden");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aSignInOfAnotherRegionOpensNothingHere(String lang) throws Exception {
        String shanghai = new RegionTokens(DATA.resolve("keys"), "demo")
                .sign("operator", List.of("operator"), "shanghai", Duration.ofMinutes(5));
        try (Portal p = portal(lang)) {
            p.script("sessionStorage.setItem('transferhub.token', arguments[0])", shanghai);
            p.reload();
            assertTrue(p.text("#notice").contains(p.say("其他区域", "another region")), p.main());
            assertTrue(p.navigation().isEmpty(), p.navigation().toString());
            assertEquals(null, p.script("return sessionStorage.getItem('transferhub.token')"));
        }
    }
}
