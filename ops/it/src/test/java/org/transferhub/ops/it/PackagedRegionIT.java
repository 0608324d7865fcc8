package org.transferhub.ops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.transferhub.ops.RegionProcess;
import org.transferhub.testkit.Keycloak;
import org.transferhub.testkit.RegionClient;
import org.transferhub.testkit.TableFingerprints;
import org.transferhub.testkit.TableFingerprints.Fingerprint;
import org.transferhub.testkit.TestDatabases;

/**
 * The demo region as an operator ships it: {@code ops/hub package demo} makes one jar; the jar starts
 * from a folder that holds only itself and a secrets directory, on H2 (under {@code data/} next to the
 * jar) and on PostgreSQL (chosen by environment variables, a production region whose people sign in
 * through an OpenID Connect provider); {@code ops/hub backup} and {@code ops/hub restore} bring every
 * table back as it was, demo data and the activity of the run included.
 */
class PackagedRegionIT {

    private static final int PORT = Integer.parseInt(System.getProperty("it.port", "18190"));
    private static final String JAR = "transferhub-demo.jar";

    private static Path jar;

    @BeforeAll
    static void packageTheDemoRegion() throws Exception {
        Path out = OpsHub.freshFolder("package").resolve(JAR);
        String printed = OpsHub.run("package", "demo", "--out", out.toString());
        assertTrue(printed.contains("Region 'demo' is packaged: " + out), printed);
        jar = out;
    }

    /** A folder with only the jar and its secrets directory, as an operator installs it. */
    private static Path cleanFolder(String name, Map<String, String> secrets) throws Exception {
        Path dir = OpsHub.freshFolder(name);
        Files.copy(jar, dir.resolve(JAR));
        Path dirSecrets = Files.createDirectories(dir.resolve("secrets"));
        for (var s : secrets.entrySet()) {
            Files.writeString(dirSecrets.resolve(s.getKey()), s.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static RegionProcess start(Path dir, int port, Map<String, String> environment) throws Exception {
        return RegionProcess.startJar(
                dir.resolve(JAR),
                port,
                List.of(),
                environment,
                Path.of("target", "logs", dir.getFileName() + ".log").toAbsolutePath());
    }

    /** The region answers: health UP with every plugin, its own name, and a token as long as the secret says. */
    private static void assertServing(RegionClient http, String name, String holderToken) throws Exception {
        http.await(
                "/health",
                a -> a.status() == 200 && a.json().getString("status").equals("UP"),
                Duration.ofSeconds(90));
        http.await(
                "/hub/api/plugins",
                a -> a.status() == 200
                        && a.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                                        .filter(p -> p.getString("status").equals("UP"))
                                        .count()
                                == 5,
                Duration.ofSeconds(90));
        JsonObject region = http.get("/hub/api/region", null).json();
        assertEquals("demo", region.getString("id"));
        assertEquals(name, region.getString("name"), "the environment overrides the packaged region file");
        // transferhub.region.token.lifetime comes from the secrets directory only.
        JsonObject claims = jsonOf(holderToken.split("\\.")[1]);
        assertEquals(
                45 * 60,
                claims.getJsonNumber("exp").longValue()
                        - claims.getJsonNumber("iat").longValue());
        assertMetrics(http);
    }

    /**
     * MicroProfile Metrics at {@code /metrics}: Payara's JVM figures, and each plugin's own gauges
     * (UP, its outbox's backlog) tagged with its id, as an operator's Prometheus scrapes them.
     */
    private static void assertMetrics(RegionClient http) {
        RegionClient.Answer base = http.get("/metrics?scope=base", null);
        assertEquals(200, base.status(), base.body());
        assertTrue(base.body().contains("jvm_uptime_seconds{mp_scope=\"base\"}"), base.body());
        RegionClient.Answer app = http.get("/metrics?scope=application", null);
        assertEquals(200, app.status(), app.body());
        assertTrue(app.contentType().startsWith("text/plain"), app.contentType());
        for (String plugin : List.of("hub", "hello", "incubation", "licensing", "talent", "vouchers")) {
            String tags = "{mp_scope=\"application\",plugin=\"" + plugin + "\"}";
            assertTrue(app.body().contains("transferhub_plugin_up" + tags + " 1"), plugin + ":\n" + app.body());
            assertTrue(
                    app.body()
                            .lines()
                            .anyMatch(l -> l.matches(
                                    "transferhub_outbox_pending" + java.util.regex.Pattern.quote(tags) + " \\d+")),
                    plugin + ":\n" + app.body());
            assertTrue(
                    app.body().contains("transferhub_outbox_oldest_pending_age_seconds" + tags),
                    plugin + ":\n" + app.body());
        }
    }

    private static JsonObject jsonOf(String base64Url) {
        return jakarta.json.Json.createReader(new java.io.StringReader(
                        new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8)))
                .readObject();
    }

    /** Some activity on top of the demo data: greetings (with their idempotency records). */
    private static void activity(RegionClient http, String token) {
        for (int i = 0; i < 3; i++) {
            String key = UUID.randomUUID().toString();
            RegionClient.Answer a = http.send(
                    "POST", "/hello/api/greetings", token, "{\"name\":\"backup " + i + "\",\"language\":\"en\"}", key);
            assertEquals(200, a.status(), a.body());
        }
    }

    /** After the jar's own first line (where the region starts), the server writes one JSON object per line. */
    private static void assertEveryRecordIsOneJsonLine(Path log) throws Exception {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("Region 'demo' starting on "), lines.get(0));
        List<JsonObject> records = lines.subList(1, lines.size()).stream()
                .map(l -> jakarta.json.Json.createReader(new java.io.StringReader(l))
                        .readObject())
                .toList();
        assertTrue(
                records.stream().allMatch(r -> r.containsKey("Level") && r.containsKey("LogMessage")), log::toString);
        assertTrue(
                records.stream().anyMatch(r -> r.getString("LogMessage").contains(" ready in ")),
                "the ready record is among them");
    }

    /** What an accident or a bad change does between the backup and the restore. */
    private static void damage(Connection c, String helloSchema) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + helloSchema + ".greeting");
            s.execute("CREATE SCHEMA stray");
            s.execute("CREATE TABLE stray.leftover (x INT)");
            s.execute("INSERT INTO stray.leftover VALUES (1)");
        }
    }

    /** The fingerprints hold the demo data and the activity: the comparison is not of empty tables. */
    private static void assertSubstantial(TreeMap<String, Fingerprint> tables, String greetingTable) {
        assertTrue(tables.size() >= 30, "tables: " + tables.keySet());
        assertEquals(5, tables.get(greetingTable).rows(), "2 demo greetings and 3 of this run: " + tables);
        assertTrue(
                tables.keySet().stream()
                                .map(t -> t.substring(0, t.indexOf('.')))
                                .collect(Collectors.toSet())
                                .size()
                        >= 6,
                "a schema per plugin: " + tables.keySet());
    }

    private static TreeMap<String, Fingerprint> h2Tables(Path data) throws SQLException {
        try (Connection c = h2(data)) {
            return TableFingerprints.of(c);
        }
    }

    private static Connection h2(Path data) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db").resolve("transferhub"), "", "");
    }

    /** The jar as an operator runs it, to its exit (within a minute): its exit code and everything it printed. */
    private static Map.Entry<Integer, String> runToExit(Path dir, int port) throws Exception {
        Path out = Path.of("target", "logs", dir.getFileName() + ".log").toAbsolutePath();
        Files.createDirectories(out.getParent());
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-jar",
                        dir.resolve(JAR).toString(),
                        "--port",
                        String.valueOf(port))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        try {
            assertTrue(p.waitFor(1, java.util.concurrent.TimeUnit.MINUTES), "the jar stopped by itself: see " + out);
            return Map.entry(p.exitValue(), Files.readString(out));
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void theJarRefusesAPortThatIsTaken() throws Exception {
        Path dir = cleanFolder("refusals", Map.of());
        try (java.net.ServerSocket taken =
                new java.net.ServerSocket(PORT, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            var exit = runToExit(dir, PORT);
            assertEquals(2, exit.getKey(), exit.getValue());
            assertTrue(
                    exit.getValue()
                            .contains("TransferHub: Port " + PORT + " is already in use on 127.0.0.1: stop what runs"
                                    + " there or choose another with --port"),
                    exit.getValue());
        }
    }

    @Test
    void theJarRunsOnH2FromACleanFolderAndItsBackupRestoresEveryTable() throws Exception {
        // Written as `echo PT45M > secrets/...` writes it: the newline is not part of the value.
        Path dir = cleanFolder("clean-h2", Map.of("transferhub.region.token.lifetime", "PT45M\n"));
        try (RegionProcess region = start(dir, PORT, Map.of("TRANSFERHUB_REGION_NAME", "Packaged Demo"))) {
            RegionClient http = new RegionClient(region.baseUrl());
            String holder = http.signIn("holder");
            assertServing(http, "Packaged Demo", holder);
            activity(http, holder);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(
                    Set.of(JAR, "secrets", "data"),
                    s.map(p -> p.getFileName().toString()).collect(Collectors.toSet()),
                    "the region keeps its files under data/ next to the jar");
        }
        Path data = dir.resolve("data");
        assertTrue(Files.exists(data.resolve("keys").resolve("signing-key.pem")));

        Path backup = OpsHub.freshFolder("backups-h2").resolve("demo.zip");
        String printed = OpsHub.run("backup", "demo", "--data", data.toString(), "--out", backup.toString());
        assertTrue(printed.contains("written to " + backup), printed);
        TreeMap<String, Fingerprint> before = h2Tables(data);
        assertSubstantial(before, "HELLO.GREETING");

        try (Connection c = h2(data)) {
            damage(c, "hello");
        }
        assertNotEquals(before, h2Tables(data));

        OpsHub.run("restore", "demo", backup.toString(), "--data", data.toString());
        assertEquals(before, h2Tables(data));

        // The restored region starts as before and serves what was written before the backup.
        try (RegionProcess region = start(dir, PORT, Map.of())) {
            RegionClient http = new RegionClient(region.baseUrl());
            http.await("/health", a -> a.status() == 200, Duration.ofSeconds(90));
            assertTrue(
                    http
                            .get("/hello/api/greetings?limit=100", http.signIn("holder"))
                            .json()
                            .getJsonArray("items")
                            .getValuesAs(JsonObject.class)
                            .stream()
                            .anyMatch(g -> g.getString("name").equals("backup 2")),
                    "a greeting of the run before the backup");
        }
    }

    @Test
    void theJarRunsOnPostgresChosenByTheEnvironmentAndItsBackupRestoresEveryTable() throws Exception {
        try (TestDatabases.Postgres db = TestDatabases.postgres()) {
            // A production region: people sign in through the provider (the testkit's realm lists
            // http://127.0.0.1:18191/hub/auth/oidc/login). The database password and the client
            // secret are secrets: read from the secrets directory, never packaged.
            Keycloak keycloak = OpsHub.keycloak();
            Path dir = cleanFolder(
                    "clean-pg",
                    Map.of(
                            "transferhub.region.token.lifetime", "PT45M",
                            "transferhub.db.password", "trusted-anyway",
                            "transferhub.hub.oidc.client.secret", Keycloak.CLIENT_SECRET));
            Map<String, String> env = Map.of(
                    "TRANSFERHUB_DB_URL", db.url(),
                    "TRANSFERHUB_DB_USER", db.user(),
                    "TRANSFERHUB_REGION_NAME", "Packaged Demo on PostgreSQL",
                    "TRANSFERHUB_REGION_LOG_FORMAT", "json",
                    "TRANSFERHUB_REGION_PROFILE", "production",
                    "TRANSFERHUB_HUB_IDENTITY", "oidc",
                    "TRANSFERHUB_HUB_OIDC_ISSUER", keycloak.issuer("transferhub"),
                    "TRANSFERHUB_HUB_OIDC_CLIENT_ID", "transferhub-hub");
            Path log;
            try (RegionProcess region = start(dir, PORT + 1, env)) {
                RegionClient http = new RegionClient(region.baseUrl());
                Keycloak.SignIn alice = Keycloak.signIn(URI.create(region.baseUrl() + "/hub/auth/oidc/login"), "alice");
                assertTrue(alice.token() != null, alice.location());
                assertServing(http, "Packaged Demo on PostgreSQL", alice.token());
                activity(http, alice.token());
                log = region.log();
            }
            assertEveryRecordIsOneJsonLine(log);
            assertTrue(Files.notExists(dir.resolve("data").resolve("db")), "no H2 database when PostgreSQL is chosen");

            Path backup = OpsHub.freshFolder("backups-pg").resolve("demo.dump");
            String printed = OpsHub.run(
                    "backup",
                    "demo",
                    "--db",
                    "postgres",
                    "--db-url",
                    db.url(),
                    "--db-user",
                    db.user(),
                    "--out",
                    backup.toString());
            assertTrue(printed.contains("written to " + backup), printed);
            TreeMap<String, Fingerprint> before;
            try (Connection c = db.dataSource().getConnection()) {
                before = TableFingerprints.of(c);
                assertSubstantial(before, "hello.greeting");
                damage(c, "hello");
                assertNotEquals(before, TableFingerprints.of(c));
            }

            OpsHub.run(
                    "restore",
                    "demo",
                    backup.toString(),
                    "--db",
                    "postgres",
                    "--db-url",
                    db.url(),
                    "--db-user",
                    db.user());
            try (Connection c = db.dataSource().getConnection()) {
                assertEquals(before, TableFingerprints.of(c));
            }
        }
    }
}
