package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** The portal's shell in real headless Chromium, in Chinese and in English: sign-in, language, navigation, roles, regions. */
class PortalIT {

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theRootAddressOpensThePortalWhichSignsInAndSaysWhatWentWrongInThePagesLanguage(String lang) throws Exception {
        try (Portal p = PortalRegion.portal(lang)) {
            p.driver().get(PortalRegion.baseUrl().toString());
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
                    5, p.driver().findElements(By.cssSelector("[data-plugin]")).size());
            p.screenshot("operator-services");

            // The other language is one click away and stays for the next visit.
            String other = p.english() ? "zh-CN" : "en";
            p.rendering(() -> p.driver().findElement(By.id("language")).click());
            assertEquals(other, p.script("return document.documentElement.lang"));
            p.reload();
            assertEquals(other, p.script("return document.documentElement.lang"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aRoleSeesOnlyItsOwnPagesAndCannotOpenAnotherRoles(String lang) throws Exception {
        try (Portal p = PortalRegion.portal(lang)) {
            p.signIn("holder");
            assertFalse(
                    p.navigation().contains("nav-hub-plugins"), p.navigation().toString());
            p.go("hub", "plugins");
            assertTrue(p.main().contains(p.say("无权访问", "Not for your role")), p.main());
            assertTrue(p.driver().findElements(By.cssSelector("[data-plugin]")).isEmpty());
            p.go("nosuchplugin", "page");
            assertTrue(p.main().contains(p.say("没有这个页面", "No such page")), p.main());
            p.screenshot("holder-forbidden");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aSignInOfAnotherRegionOpensNothingHere(String lang) throws Exception {
        String shanghai =
                PortalRegion.tokens().sign("operator", List.of("operator"), "shanghai", Duration.ofMinutes(5));
        try (Portal p = PortalRegion.portal(lang)) {
            p.script("sessionStorage.setItem('transferhub.token', arguments[0])", shanghai);
            p.reload();
            assertTrue(p.text("#notice").contains(p.say("其他区域", "another region")), p.main());
            assertTrue(p.navigation().isEmpty(), p.navigation().toString());
            assertEquals(null, p.script("return sessionStorage.getItem('transferhub.token')"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void aPersonSignsInAndMovesAroundWithTheKeyboardOnAPhoneSizedScreen(String lang) throws Exception {
        try (Portal p = PortalRegion.portal(lang)) {
            p.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            // The keyboard alone: type in the labelled fields, Enter submits.
            p.field("sign-in", "username").click();
            p.driver().switchTo().activeElement().sendKeys("operator", org.openqa.selenium.Keys.TAB);
            assertEquals(p.field("sign-in", "password"), p.driver().switchTo().activeElement());
            p.rendering(
                    () -> p.driver().switchTo().activeElement().sendKeys("operator", org.openqa.selenium.Keys.ENTER));
            assertTrue(p.text("#who").startsWith("operator"), p.text("#who"));
            // Every field has its label.
            p.navigate("hub", "events");
            for (var input : p.driver().findElements(By.cssSelector("main input, main select, main textarea"))) {
                String id = input.getAttribute("id");
                assertEquals(
                        1,
                        p.driver()
                                .findElements(By.cssSelector("label[for='" + id + "']"))
                                .size(),
                        id);
            }
            // A navigation link opens with Enter; after it, focus is on the page's heading.
            p.rendering(
                    () -> p.driver().findElement(By.id("nav-hub-plugins")).sendKeys(org.openqa.selenium.Keys.ENTER));
            assertEquals("h1", p.driver().switchTo().activeElement().getTagName());
            // Nothing is wider than the phone: tables become one card per row.
            assertEquals(
                    Boolean.TRUE,
                    p.script("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "the page scrolls sideways on a phone");
            assertEquals("none", p.script("return getComputedStyle(document.querySelector('main thead')).display"));
            assertEquals(
                    Boolean.TRUE,
                    p.script("return [...document.querySelectorAll('.table-wrap')]"
                            + ".every(w => w.scrollWidth <= w.clientWidth)"),
                    "a table's cards are cut off on a phone");
            p.screenshot("operator-services-phone");
        }
    }
}
