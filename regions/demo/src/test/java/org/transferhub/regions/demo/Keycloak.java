package org.transferhub.regions.demo;

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

/**
 * A real OpenID Connect provider for tests: Keycloak's distribution (unpacked by the build into
 * {@code target/keycloak}) in development mode on 127.0.0.1, with one realm imported from a JSON file
 * of the test resources. Keycloak needs Java 21 or later: it runs on the Temurin JDK under
 * {@code /usr/lib/jvm}, set as its own {@code JAVA_HOME} only. Its output goes to
 * {@code target/keycloak.log}.
 */
final class Keycloak implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;

    private Keycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Keycloak with the realm file imported and returns once the realm's discovery document answers. */
    static Keycloak start(int port, String realm, Path realmFile) throws Exception {
        Path home =
                Path.of(System.getProperty("keycloak.home", "target/keycloak")).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin").resolve("kc.sh"))) {
            throw new IllegalStateException(
                    "Keycloak is not unpacked at " + home + ": run the build's pre-integration-test phase");
        }
        Path imports = home.resolve("data").resolve("import");
        TestRegions.delete(home.resolve("data")); // a fresh realm each run: the import skips a realm that exists
        Files.createDirectories(imports);
        Files.copy(realmFile, imports.resolve(realm + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
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
    String issuer(String realm) {
        return "http://127.0.0.1:" + port + "/realms/" + realm;
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
