package org.transferhub.regions.demo;

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

/** A small HTTP client for the region tests: requests with an optional bearer token, JSON answers. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    /** An answer: status, content type, body and the body parsed as JSON when it is JSON. */
    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {

        JsonObject json() {
            return (JsonObject) structure();
        }

        JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    Answer get(String path, String token) {
        return send(builder(path, token).GET());
    }

    Answer post(String path, String token, String json) {
        return send(builder(path, token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer send(String method, String path, String token, String json) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
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
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(), r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A token from the hub's builtin identity store. */
    String signIn(String user) {
        Answer a = post("/hub/api/auth/token", null, "{\"username\":\"" + user + "\",\"password\":\"" + user + "\"}");
        if (a.status() != 200) {
            throw new IllegalStateException("Sign-in of " + user + " failed: " + a.status() + " " + a.body());
        }
        return a.json().getString("token");
    }

    /** Polls {@code path} until the answer satisfies {@code until}, for at most {@code timeout}. */
    Answer await(String path, Predicate<Answer> until, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        Answer last = null;
        while (Instant.now().isBefore(end)) {
            try {
                last = get(path, null);
                if (until.test(last)) {
                    return last;
                }
            } catch (RuntimeException notYet) {
                // connection refused while starting: try again
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Timed out waiting on " + path + "; last answer: " + (last == null ? "none" : last.status() + " " + last.body()));
    }
}
