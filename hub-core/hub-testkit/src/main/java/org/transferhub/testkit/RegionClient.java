package org.transferhub.testkit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * A client for a running region in tests: requests with an optional bearer token, JSON answers,
 * sign-in through the hub, waiting for the directory, and the problem+json checks every error
 * must pass.
 */
public final class RegionClient {

    /** HTTP/1.1: an h2c upgrade answered by a server that is restarting can reset the stream. */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;

    public RegionClient(URI base) {
        this.base = base;
    }

    /** An answer: status, content type, body and the body parsed as JSON when it is JSON. */
    public record Answer(int status, String contentType, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    public Answer get(String path, String token) {
        return send(builder(path, token).GET());
    }

    /** A GET with more headers, given as name, value, name, value... (e.g. Accept, Accept-Language). */
    public Answer get(String path, String token, String... headers) {
        return send(builder(path, token).headers(headers).GET());
    }

    public Answer post(String path, String token, String json) {
        return send(builder(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer send(String method, String path, String token, String json) {
        return send(method, path, token, json, null);
    }

    /** A request with an {@code Idempotency-Key} when {@code idempotencyKey} is not null. */
    public Answer send(String method, String path, String token, String json, String idempotencyKey) {
        HttpRequest.Builder b = builder(path, token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return send(b);
    }

    private HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(), r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether anything answers at the region's address. */
    public boolean isUp() {
        try {
            get("/hub/api/region", null);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A token from the hub's builtin identity store, for a demo user whose password is its name. */
    public String signIn(String user) {
        Answer a = post("/hub/api/auth/token", null, "{\"username\":\"" + user + "\",\"password\":\"" + user + "\"}");
        if (a.status() != 200) {
            throw new IllegalStateException("Sign-in of " + user + " failed: " + a.status() + " " + a.body());
        }
        return a.json().getString("token");
    }

    /** Polls {@code path} until the answer satisfies {@code until}, for at most {@code timeout}. */
    public Answer await(String path, Predicate<Answer> until, Duration timeout) throws InterruptedException {
        return await(path, null, until, timeout);
    }

    /** Polls {@code path} with a token until the answer satisfies {@code until}, for at most {@code timeout}. */
    public Answer await(String path, String token, Predicate<Answer> until, Duration timeout)
            throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        Answer last = null;
        while (Instant.now().isBefore(end)) {
            try {
                last = get(path, token);
                if (until.test(last)) {
                    return last;
                }
            } catch (RuntimeException notYet) {
                // connection refused while starting: try again
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Timed out waiting on " + path + "; last answer: "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }

    /**
     * Asserts an RFC 9457 answer: the status, {@code application/problem+json}, the stable type
     * {@code urn:transferhub:problem:<kind>}, a title, and nothing of a stack trace or an HTML page.
     */
    public static void assertProblem(Answer a, int status, String kind) {
        org.junit.jupiter.api.Assertions.assertEquals(status, a.status(), a.body());
        org.junit.jupiter.api.Assertions.assertTrue(a.isProblem(), "content type " + a.contentType() + ": " + a.body());
        JsonObject p = a.json();
        org.junit.jupiter.api.Assertions.assertEquals("urn:transferhub:problem:" + kind, p.getString("type"), a.body());
        org.junit.jupiter.api.Assertions.assertEquals(status, p.getInt("status"));
        org.junit.jupiter.api.Assertions.assertFalse(p.getString("title").isBlank());
        org.junit.jupiter.api.Assertions.assertFalse(
                a.body().contains("\tat ") || a.body().contains("<html"), a.body());
    }
}
