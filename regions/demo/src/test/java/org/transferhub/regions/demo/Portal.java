package org.transferhub.regions.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The region's portal in real headless Chromium, as one person in one language: sign in, open a
 * page of the navigation, fill and submit a form, read what the page says. Screenshots are named
 * {@code <name>-<language>.png} in {@code target/screenshots}.
 */
final class Portal implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Browser browser;
    private final URI base;
    private final String lang;

    Portal(URI base, String lang) throws Exception {
        this.browser = new Browser();
        this.base = base;
        this.lang = lang;
        driver().get(base.resolve("/hub/portal/?lang=" + lang).toString());
        awaitReady();
    }

    WebDriver driver() {
        return browser.driver();
    }

    String lang() {
        return lang;
    }

    boolean english() {
        return lang.equals("en");
    }

    /** The Chinese or the English of a text, whichever this portal speaks. */
    String say(String zh, String en) {
        return english() ? en : zh;
    }

    /** Signs in with the demo identity store (password = name) and waits for the home page. */
    Portal signIn(String user) {
        fill("sign-in", "username", user);
        fill("sign-in", "password", user);
        rendering(() -> field("sign-in", "password").submit());
        assertTrue(text("#who").startsWith(user), text("#who"));
        return this;
    }

    /** Opens {@code #/<plugin>/<page>} (with an optional query, e.g. {@code "id=..."}) and waits until it has drawn. */
    Portal go(String plugin, String page, String... query) {
        String hash = "#/" + plugin + "/" + page + (query.length == 0 ? "" : "?" + String.join("&", query));
        rendering(() -> ((JavascriptExecutor) driver()).executeScript("location.hash = arguments[0]", hash));
        return this;
    }

    /** Follows a navigation link, as a person would. */
    Portal navigate(String plugin, String page) {
        rendering(
                () -> driver().findElement(By.id("nav-" + plugin + "-" + page)).click());
        return this;
    }

    /** The ids of the navigation's links: {@code nav-<plugin>-<page>}. */
    List<String> navigation() {
        return driver().findElements(By.cssSelector("nav a")).stream()
                .map(a -> a.getAttribute("id"))
                .toList();
    }

    /** Reloads the portal (what a person's F5 does) and waits until it has drawn. */
    Portal reload() {
        rendering(() -> driver().navigate().refresh());
        return this;
    }

    /** Runs something that makes the shell draw again, then waits until it has. */
    void rendering(Runnable action) {
        ((JavascriptExecutor) driver()).executeScript("document.body.dataset.ready = 'false'");
        action.run();
        awaitReady();
    }

    void awaitReady() {
        new WebDriverWait(driver(), WAIT).until(d -> "true"
                .equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
    }

    WebElement field(String form, String name) {
        return driver().findElement(By.id(form + "-" + name.replaceAll("\\W", "-")));
    }

    Portal fill(String form, String name, String value) {
        WebElement input = field(form, name);
        input.clear();
        input.sendKeys(value);
        return this;
    }

    Portal choose(String form, String name, String value) {
        new Select(field(form, name)).selectByValue(value);
        return this;
    }

    /**
     * Submits a form and waits until it is done: the region answered (the form counts its
     * submissions), a field is marked before anything was sent, or the form is gone because the
     * page drew itself again. Returns the form's status text (a success or a problem).
     */
    String submit(String form) {
        WebElement f = driver().findElement(By.id(form));
        String before = f.getAttribute("data-submissions");
        f.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver(), WAIT).until(d -> {
            try {
                return !java.util.Objects.equals(before, f.getAttribute("data-submissions"))
                        || !f.findElements(By.cssSelector("[aria-invalid=true]"))
                                .isEmpty()
                        || !f.isDisplayed();
            } catch (StaleElementReferenceException gone) {
                return true;
            }
        });
        try {
            return f.findElement(By.cssSelector(".form-status")).getText();
        } catch (StaleElementReferenceException gone) {
            return "";
        }
    }

    /** Waits until an element is on the page and returns it. */
    WebElement await(String css) {
        return new WebDriverWait(driver(), WAIT).until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    /** Waits until the element's text contains the given text, and returns its whole text. */
    String awaitText(String css, String contained) {
        new WebDriverWait(driver(), WAIT).until(d -> d.findElements(By.cssSelector(css)).stream()
                .anyMatch(e -> e.getText().contains(contained)));
        return text(css);
    }

    String text(String css) {
        return driver().findElement(By.cssSelector(css)).getText();
    }

    /** The text of the page's main part. */
    String main() {
        return text("main");
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(js, args);
    }

    Path screenshot(String name) {
        return browser.screenshot(name + "-" + lang);
    }

    @Override
    public void close() {
        browser.close();
    }
}
