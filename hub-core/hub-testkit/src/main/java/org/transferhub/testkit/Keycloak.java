package org.transferhub.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A real OpenID Connect provider for tests: Keycloak's distribution (unpacked by the build into
 * {@code target/keycloak}, see the root pom's {@code keycloak} execution) in development mode on
 * 127.0.0.1, with one realm imported from {@code keycloak/<realm>-realm.json} on the testkit's class
 * path. The realm {@code transferhub}: alice, a holder of region demo; olga, an operator of region
 * demo; bob, a holder of region shanghai; nina, of region demo with no role (each with the password
 * {@code <name>-password}); the client {@code transferhub-hub} with the secret {@link #CLIENT_SECRET}.
 * Keycloak needs Java 21 or later: it runs on the Temurin JDK under {@code /usr/lib/jvm}, set as its
 * own {@code JAVA_HOME} only. Its output goes to {@code target/keycloak.log}.
 */
public final class Keycloak implements AutoCloseable {

    /** The secret of the realm's client {@code transferhub-hub}, for the region's secrets directory. */
    public static final String CLIENT_SECRET = "test-only-client-secret";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;

    private Keycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Keycloak with the realm imported and returns once the realm's discovery document answers. */
    public static Keycloak start(int port, String realm) throws Exception {
        Path home =
                Path.of(System.getProperty("keycloak.home", "target/keycloak")).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin").resolve("kc.sh"))) {
            throw new IllegalStateException(
                    "Keycloak is not unpacked at " + home + ": run the build's pre-integration-test phase");
        }
        Path data = home.resolve("data");
        if (Files.exists(data)) { // a fresh realm each run: the import skips a realm that exists
            try (var walk = Files.walk(data)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path imports = Files.createDirectories(data.resolve("import"));
        try (var in = Keycloak.class.getResourceAsStream("/keycloak/" + realm + "-realm.json")) {
            if (in == null) {
                throw new IllegalArgumentException("No realm file keycloak/" + realm + "-realm.json in the testkit");
            }
            Files.copy(in, imports.resolve(realm + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        Path log = Path.of("target", "keycloak.log").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(List.of(
                        home.resolve("bin").resolve("kc.sh").toString(),
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=" + port,
                        "--http-management-port=" + (port + 1),
                        "--cache=local",
                        "--import-realm"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("JAVA_HOME", java21());
        pb.environment().put("JAVA_OPTS_APPEND", "-Xmx512m");
        Keycloak keycloak = new Keycloak(pb.start(), port);
        try {
            keycloak.awaitRealm(realm, log);
        } catch (Exception | Error e) {
            keycloak.close();
            throw e;
        }
        return keycloak;
    }

    /** A Temurin JDK of version 21 or later under /usr/lib/jvm, newest first. */
    private static String java21() throws IOException {
        try (var dirs = Files.list(Path.of("/usr/lib/jvm"))) {
            return dirs.filter(d -> d.getFileName().toString().matches("temurin-(2[1-9]|[3-9]\\d)-.*"))
                    .filter(d -> Files.isExecutable(d.resolve("bin").resolve("java")))
                    .sorted(java.util.Comparator.comparing(Path::toString).reversed())
                    .findFirst()
                    .map(Path::toString)
                    .orElseThrow(() -> new IllegalStateException(
                            "Keycloak needs Java 21+: no Temurin JDK 21 or later under /usr/lib/jvm"));
        }
    }

    private void awaitRealm(String realm, Path log) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer(realm) + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped before it was ready; see " + log);
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "Keycloak was not ready within " + START_TIMEOUT.toMinutes() + " minutes; see " + log);
    }

    /** The issuer URI of a realm, as the region's {@code transferhub.hub.oidc.issuer}. */
    public String issuer(String realm) {
        return "http://127.0.0.1:" + port + "/realms/" + realm;
    }

    /**
     * What a browser does when a person signs in at a region through this provider, over plain HTTP
     * with its own cookies: the region's login address, the provider's login form filled in and
     * sent, and back to the region with the code.
     *
     * @param region the address of the region's hub sign-in, e.g. {@code http://127.0.0.1:18400/hub/auth/oidc/login}
     * @param user a user of the realm; the password is {@code <user>-password}
     * @return where the region sends the browser at the end ({@code /hub/portal/#token=...}, or
     *     {@code #signin=...} when it refuses), and which instance answered the way out and the way
     *     back ({@code X-TransferHub-Instance})
     */
    public static SignIn signIn(URI region, String user) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new Cookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpResponse<String> out = get(browser, region);
        String outBy = out.headers().firstValue("X-TransferHub-Instance").orElse("");
        URI provider = URI.create(location(out));
        HttpResponse<String> form = get(browser, provider);
        if (form.statusCode() != 200) {
            throw new IllegalStateException("The provider's login page answered " + form.statusCode());
        }
        var action = java.util.regex.Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                .matcher(form.body());
        if (!action.find()) {
            throw new IllegalStateException("No login form on the provider's page:\n" + form.body());
        }
        URI post = provider.resolve(action.group(1).replace("&amp;", "&"));
        String body = "username=" + java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(user + "-password", java.nio.charset.StandardCharsets.UTF_8)
                + "&credentialId=";
        HttpResponse<String> loggedIn = browser.send(
                HttpRequest.newBuilder(post)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> back = get(browser, URI.create(location(loggedIn)));
        return new SignIn(
                location(back),
                outBy,
                back.headers().firstValue("X-TransferHub-Instance").orElse(""));
    }

    /**
     * A browser's cookies, as a browser keeps them for {@code http://127.0.0.1}: Keycloak and
     * Jakarta Security mark their cookies {@code Secure}, which a browser sends to a loopback address
     * over plain HTTP (a "potentially trustworthy" origin) and Java's {@code CookieManager} never
     * does. Kept per host and port, every path.
     */
    private static final class Cookies extends java.net.CookieHandler {
        private final Map<String, Map<String, String>> byOrigin = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            Map<String, String> cookies = byOrigin.getOrDefault(uri.getHost() + ":" + uri.getPort(), Map.of());
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of(
                    "Cookie",
                    List.of(String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(c -> c.getKey() + "=" + c.getValue())
                                    .toList())));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            Map<String, String> cookies =
                    byOrigin.computeIfAbsent(uri.getHost() + ":" + uri.getPort(), o -> new java.util.LinkedHashMap<>());
            headers.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    for (String v : values) {
                        for (java.net.HttpCookie c : java.net.HttpCookie.parse(v)) {
                            if (c.getMaxAge() == 0) {
                                cookies.remove(c.getName());
                            } else {
                                cookies.put(c.getName(), c.getValue());
                            }
                        }
                    }
                }
            });
        }
    }

    /** The end of a {@link #signIn}: where the region sent the browser, and who answered each leg. */
    public record SignIn(String location, String outBy, String backBy) {

        /** The region token in the portal address's fragment, or {@code null} when the region refused. */
        public String token() {
            int at = location.indexOf("#token=");
            return at < 0 ? null : location.substring(at + "#token=".length());
        }
    }

    private static HttpResponse<String> get(HttpClient browser, URI uri) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Expected a redirect from " + answer.uri() + ", got "
                        + answer.statusCode() + ":\n" + answer.body()));
    }

    /** Stops Keycloak (its Java process is a child of kc.sh) and waits until it is gone. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> all = process.descendants().toList();
        all.forEach(ProcessHandle::destroy);
        process.destroy();
        for (ProcessHandle p : all) {
            p.onExit().join();
        }
        process.waitFor();
    }
}
