package org.transferhub.ops.workload;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The HTTP side of a workload: one {@link HttpClient} shared by every client thread (its
 * connections are pooled), JSON in and out, a bearer token and an {@code Idempotency-Key} per
 * request. Connection failures are {@link IOException}s, for the caller to retry.
 */
public final class RegionHttp {

    private final URI base;
    private final HttpClient client;
    private final Duration timeout;

    /**
     * @param base the region's address, e.g. {@code http://127.0.0.1:8080}
     * @param timeout how long one request may take before it counts as a connection failure: a
     *     request to a server that hangs is retried, never waited on forever
     */
    public RegionHttp(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        // HTTP/1.1: an h2c upgrade answered by a server that is restarting can reset the stream.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public URI base() {
        return base;
    }

    /** An answer: the status, the content type and the body. */
    public record Answer(int status, String contentType, String body) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        /** The problem's type ({@code urn:transferhub:problem:<kind>}), or null when this is no problem+json. */
        public String problemType() {
            return isProblem() ? json().getString("type", null) : null;
        }
    }

    /**
     * Sends one request.
     *
     * @param json the body, or null for none
     * @param idempotencyKey the {@code Idempotency-Key}, or null for none
     * @throws IOException when no answer came: refused, reset, timed out
     */
    public Answer send(String method, String path, String token, String json, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
    }

    /** A token from the hub's builtin identity store, for a demo user whose password is its name. */
    public String signIn(String user) throws IOException, InterruptedException {
        Answer a = send(
                "POST",
                "/hub/api/auth/token",
                null,
                Json.createObjectBuilder()
                        .add("username", user)
                        .add("password", user)
                        .build()
                        .toString(),
                null);
        if (a.status() != 200) {
            throw new IllegalStateException("Sign-in of " + user + " failed: " + a.status() + " " + a.body());
        }
        return a.json().getString("token");
    }
}
