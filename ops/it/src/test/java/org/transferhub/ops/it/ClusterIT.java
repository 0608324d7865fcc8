package org.transferhub.ops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.transferhub.testkit.Keycloak;
import org.transferhub.testkit.RegionClient;
import org.transferhub.testkit.RegionTokens;
import org.transferhub.testkit.TestDatabases;

/**
 * {@code ops/hub cluster demo --instances 2} as an operator runs a production region, the steps of
 * docs/operations.md "From nothing to a production cluster": a PostgreSQL database made for the test,
 * the production profile without demo data, people signed in by an OpenID Connect provider (Keycloak,
 * started by the test) whose client secret is in a secrets directory; two instances in one Payara
 * data grid on 127.0.0.1, behind nginx. Requests spread over both, and either serves the same region
 * (tokens, idempotency records, the directory); a sign-in that leaves through one instance and comes
 * back through the other works; a token of another region gets 403; a scheduled job runs once per
 * interval, not once per instance; one instance killed with {@code kill -9} under load loses nothing
 * acknowledged and duplicates nothing, the other serves meanwhile, and the killed one is started
 * again and serves through nginx.
 *
 * <p>The tests run in order on one cluster (starting one takes most of the time).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** nginx on P, instances on P+1 and P+2, their data grid on P+11 and P+12 (this module's range 18400-18420). */
    private static final int PORT = Integer.parseInt(System.getProperty("cluster.port", "18400"));

    /** Every leased job of the test's region runs every 2 seconds (heartbeat, expiry passes, registry feed). */
    private static final Duration INTERVAL = Duration.ofSeconds(2);

    private static final List<String> PLUGINS = List.of("hello", "incubation", "licensing", "talent", "vouchers");

    private static TestDatabases.Postgres db;
    private static Path data;
    private static Process cluster;
    private static final StringBuffer printed = new StringBuffer();
    private static RegionClient lb;

    @BeforeAll
    static void startTheCluster() throws Exception {
        // The provider; the testkit's realm lists http://127.0.0.1:18400/hub/auth/oidc/login.
        Keycloak keycloak = OpsHub.keycloak();
        db = TestDatabases.postgres();
        data = OpsHub.freshFolder("cluster");
        // The client secret in a secrets directory every instance reads, as `echo secret > file` writes it.
        Path secrets = OpsHub.freshFolder("cluster-secrets");
        Files.writeString(secrets.resolve("transferhub.hub.oidc.client.secret"), Keycloak.CLIENT_SECRET + "\n");
        Path out = Files.createDirectories(Path.of("target", "logs").toAbsolutePath())
                .resolve("cluster.out");
        ProcessBuilder pb = new ProcessBuilder(
                        "bash",
                        OpsHub.ROOT.resolve("ops/hub").toString(),
                        "cluster",
                        "demo",
                        "--instances",
                        "2",
                        "--port",
                        String.valueOf(PORT),
                        "--data",
                        data.toString(),
                        "--secrets",
                        secrets.toString(),
                        "--db-url",
                        db.url(),
                        "--db-user",
                        db.user())
                .redirectErrorStream(true);
        pb.environment().remove("TRANSFERHUB_REBUILD");
        // A production region: its own settings by environment, people from the provider.
        pb.environment()
                .putAll(Map.of(
                        "TRANSFERHUB_REGION_PROFILE", "production",
                        "TRANSFERHUB_REGION_DEMO_DATA", "false",
                        "TRANSFERHUB_HUB_IDENTITY", "oidc",
                        "TRANSFERHUB_HUB_OIDC_ISSUER", keycloak.issuer("transferhub"),
                        "TRANSFERHUB_HUB_OIDC_CLIENT_ID", "transferhub-hub"));
        for (String key : List.of(
                "TRANSFERHUB_REGION_HEARTBEAT",
                "TRANSFERHUB_VOUCHERS_EXPIRY_INTERVAL",
                "TRANSFERHUB_LICENSING_EXPIRY_INTERVAL",
                "TRANSFERHUB_TALENT_FEED_INTERVAL")) {
            pb.environment().put(key, INTERVAL.toString());
        }
        cluster = pb.start();
        Thread pump = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(cluster.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    printed.append(line).append('\n');
                    Files.writeString(
                            out,
                            line + "\n",
                            StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                }
            } catch (Exception e) {
                // the cluster stopped
            }
        });
        pump.setDaemon(true);
        pump.start();
        awaitTrue(
                "the cluster's banner",
                Duration.ofMinutes(5),
                () -> printed.toString().contains("is running as a cluster of 2 instances") || !cluster.isAlive());
        assertTrue(cluster.isAlive(), "ops/hub cluster stopped:\n" + printed);
        lb = new RegionClient(URI.create("http://127.0.0.1:" + PORT));
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        try {
            if (cluster != null && cluster.isAlive()) {
                cluster.destroy(); // Ctrl-C: the supervisor stops nginx and every instance
                if (!cluster.waitFor(90, TimeUnit.SECONDS)) {
                    cluster.destroyForcibly();
                }
            }
        } finally {
            // Whatever survived (a supervisor killed itself leaves its children), by the pid files.
            if (data != null) {
                for (Path pid : List.of(
                        data.resolve("instance-1/server.pid"),
                        data.resolve("instance-2/server.pid"),
                        data.resolve("nginx/nginx.pid"))) {
                    if (Files.exists(pid)) {
                        ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
                                .filter(p -> p.info()
                                        .commandLine()
                                        .filter(c -> c.contains("payara-micro") || c.contains("nginx"))
                                        .isPresent())
                                .ifPresent(ProcessHandle::destroyForcibly);
                    }
                }
            }
            if (db != null) {
                db.close();
            }
        }
    }

    /** Signs {@code user} in at the provider through nginx, as a browser would; the region's answer. */
    private static Keycloak.SignIn signIn(String user) throws Exception {
        return Keycloak.signIn(URI.create("http://127.0.0.1:" + PORT + "/hub/auth/oidc/login"), user);
    }

    private static String tokenOf(String user) throws Exception {
        Keycloak.SignIn s = signIn(user);
        assertNotNull(s.token(), user + " signed in: " + s.location());
        return s.token();
    }

    private static String instance(int i) {
        return "127.0.0.1-" + (PORT + i);
    }

    private static RegionClient direct(int i) {
        return new RegionClient(URI.create("http://127.0.0.1:" + (PORT + i)));
    }

    private static String answeredBy(RegionClient.Answer a) {
        return a.raw().headers().firstValue("X-TransferHub-Instance").orElse("none");
    }

    /** The status of each plugin's instance {@code name} in the directory, as read through nginx. */
    private static Map<String, String> directoryStatus(String name) {
        Map<String, String> status = new TreeMap<>();
        for (JsonObject p :
                lb.get("/hub/api/plugins", null).json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            for (JsonObject i : p.getJsonArray("instances").getValuesAs(JsonObject.class)) {
                if (i.getString("instance").equals(name)) {
                    status.put(p.getString("id"), i.getString("status"));
                }
            }
        }
        return status;
    }

    private static Map<String, String> all(String status) {
        Map<String, String> m = new TreeMap<>();
        PLUGINS.forEach(p -> m.put(p, status));
        return m;
    }

    @Test
    @Order(1)
    void requestsSpreadOverBothInstancesAndEitherServesTheSameRegion() throws Exception {
        // Both instances are in the directory, every plugin UP on each, whichever instance is asked.
        awaitTrue(
                "every plugin UP on both instances",
                Duration.ofSeconds(60),
                () -> directoryStatus(instance(1)).equals(all("UP"))
                        && directoryStatus(instance(2)).equals(all("UP")));

        // Round-robin: requests through nginx are answered by both.
        Map<String, Integer> answers = new HashMap<>();
        for (int n = 0; n < 20; n++) {
            RegionClient.Answer a = lb.get("/hub/api/region", null);
            assertEquals(200, a.status(), a.body());
            answers.merge(answeredBy(a), 1, Integer::sum);
        }
        assertEquals(Set.of(instance(1), instance(2)), answers.keySet(), "answered by: " + answers);

        // One data grid of two members, on the cluster's own name.
        for (int i = 1; i <= 2; i++) {
            String log = Files.readString(
                    data.resolve("instance-" + i).resolve("logs").resolve("server.log"));
            assertTrue(
                    log.contains("DG Name: transferhub-demo-" + PORT + " DG Size: 2"),
                    "instance " + i + " in a grid of 2");
        }

        // A token signed by one instance is valid on the other: one key pair for the cluster.
        Keycloak.SignIn alice = signIn("alice");
        assertNotNull(alice.token(), alice.location());
        String token = alice.token();
        int signer = alice.backBy().equals(instance(1)) ? 1 : 2;
        assertEquals(
                200,
                direct(3 - signer).get("/hello/api/greetings?limit=1", token).status());
        assertTrue(Files.exists(data.resolve("keys").resolve("signing-key.pem")), "the keys the instances share");
        assertTrue(Files.notExists(data.resolve("instance-1").resolve("keys")), "no key pair of an instance's own");

        // An Idempotency-Key used on one instance is answered from its record by the other.
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"cluster\",\"language\":\"en\"}";
        RegionClient.Answer first = direct(1).send("POST", "/hello/api/greetings", token, body, key);
        assertEquals(200, first.status(), first.body());
        RegionClient.Answer again = direct(2).send("POST", "/hello/api/greetings", token, body, key);
        assertEquals(200, again.status(), again.body());
        assertEquals(instance(2), answeredBy(again));
        assertEquals(
                "true", again.raw().headers().firstValue("Idempotency-Replayed").orElse(null));
        assertEquals(first.json().getString("id"), again.json().getString("id"));
    }

    @Test
    @Order(2)
    void peopleSignInThroughTheProviderWhicheverInstanceAnswersAndOtherRegionsAreRefused() throws Exception {
        // Round-robin sends the way out to the provider and the way back to different instances
        // (the provider's pages are between them): the login's state travels in cookies, not in an
        // HTTP session of one instance.
        List<String> legs = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            Keycloak.SignIn s = signIn(n % 2 == 0 ? "alice" : "olga");
            assertNotNull(s.token(), s.location());
            legs.add(s.outBy() + " -> " + s.backBy());
            JsonObject me = lb.get("/hub/api/auth/me", s.token()).json();
            assertEquals(n % 2 == 0 ? "alice" : "olga", me.getString("name"));
            assertEquals(
                    n % 2 == 0 ? "[\"holder\"]" : "[\"operator\"]",
                    me.getJsonArray("roles").toString());
        }
        assertTrue(
                legs.stream().anyMatch(l -> !l.split(" -> ")[0].equals(l.split(" -> ")[1])),
                "a sign-in left by one instance and came back by the other: " + legs);

        // The provider's person of region shanghai gets no token; nor does the demo store's password.
        Keycloak.SignIn bob = signIn("bob");
        assertNull(bob.token(), bob.location());
        assertTrue(bob.location().endsWith("/hub/portal/#signin=wrong-region"), bob.location());
        RegionClient.assertProblem(
                lb.post("/hub/api/auth/token", null, "{\"username\":\"holder\",\"password\":\"holder\"}"),
                401,
                "unauthenticated");
        // A token for another region, signed with this region's own key: 403 on every instance.
        String shanghai = new RegionTokens(data.resolve("keys"), "demo")
                .sign("bob", List.of("holder"), "shanghai", Duration.ofMinutes(5));
        for (int i = 1; i <= 2; i++) {
            RegionClient.assertProblem(direct(i).get("/hub/api/auth/me", shanghai), 403, "wrong-region");
            assertEquals(
                    403, direct(i).get("/hello/api/greetings?limit=1", shanghai).status());
        }
    }

    @Test
    @Order(3)
    void aScheduledJobRunsOncePerIntervalWithTwoInstances() throws Exception {
        // Both instances schedule every job; the lease lets one run it. Wait for a few intervals' runs.
        Instant since = Instant.now();
        awaitTrue(
                "runs of the vouchers expiry job",
                Duration.ofSeconds(60),
                () -> runs("vouchers", "vouchers-expiry").stream()
                                .filter(r -> r.started().isAfter(since))
                                .count()
                        >= 5);
        Map<String, List<Run>> logs = allRuns();
        assertTrue(
                logs.keySet()
                        .containsAll(List.of(
                                "hub.hub-outbox",
                                "vouchers.vouchers-expiry",
                                "licensing.licensing-expiry",
                                "talent.talent-registry",
                                "hello.hello-outbox")),
                "every job ran: " + logs.keySet());
        logs.forEach(ClusterIT::assertOncePerInterval);
    }

    @Test
    @Order(4)
    void anInstanceKilledUnderLoadLosesNothingAndRejoins() throws Exception {
        String token = tokenOf("alice");
        Load load = new Load(token);
        Thread client = new Thread(load, "load");
        client.start();
        try {
            awaitTrue("acknowledged greetings before the kill", Duration.ofSeconds(60), () -> load.acks.size() >= 20);

            // kill -9 the instance that runs the vouchers expiry job.
            String holder = leaseHolder("vouchers", "vouchers-expiry");
            int victim = holder.equals(instance(1)) ? 1 : 2;
            int survivor = 3 - victim;
            Path pidFile = data.resolve("instance-" + victim).resolve("server.pid");
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle killed = ProcessHandle.of(pid).orElseThrow();
            Instant killedAt = Instant.now();
            int acksBefore = load.acks.size();
            assertTrue(killed.destroyForcibly(), "kill -9 " + pid);
            killed.onExit().get(30, TimeUnit.SECONDS);

            // The other instance keeps serving: acknowledgements go on, from it alone.
            awaitTrue(
                    "acknowledged greetings after the kill",
                    Duration.ofSeconds(60),
                    () -> load.acks.size() >= acksBefore + 20);
            assertTrue(
                    load.acks.subList(acksBefore + 5, acksBefore + 20).stream()
                            .allMatch(a -> a.instance().equals(instance(survivor))),
                    "the survivor answered");
            // The directory sees the killed instance go silent; the survivor takes the job over.
            awaitTrue("the killed instance STALE in the directory", Duration.ofSeconds(60), () -> directoryStatus(
                            instance(victim))
                    .equals(all("STALE")));
            awaitTrue(
                    "the survivor runs the vouchers expiry job",
                    Duration.ofSeconds(60),
                    () -> runs("vouchers", "vouchers-expiry").stream()
                            .anyMatch(r ->
                                    r.started().isAfter(killedAt) && r.holder().equals(instance(survivor))));

            // ops/hub cluster starts it again: in the data grid, UP in the directory, serving through nginx.
            awaitTrue("the killed instance started again", Duration.ofMinutes(3), () -> printed.toString()
                    .contains("Instance " + victim + " (http://127.0.0.1:" + (PORT + victim) + ") is serving again"));
            assertNotEquals(pid, Long.parseLong(Files.readString(pidFile).strip()), "a new process");
            awaitTrue("the restarted instance UP in the directory", Duration.ofSeconds(60), () -> directoryStatus(
                            instance(victim))
                    .equals(all("UP")));
            int acksAtRejoin = load.acks.size();
            awaitTrue(
                    "acknowledgements from the restarted instance through nginx",
                    Duration.ofSeconds(60),
                    () -> load.acks.subList(acksAtRejoin, load.acks.size()).stream()
                                    .filter(a -> a.instance().equals(instance(victim)))
                                    .count()
                            >= 3);
            String log = Files.readString(
                    data.resolve("instance-" + victim).resolve("logs").resolve("server.log"));
            assertTrue(log.contains("DG Size: 2"), "the restarted instance is back in the data grid");
        } finally {
            load.stop.set(true);
            client.join(TimeUnit.MINUTES.toMillis(2));
        }
        assertEquals(null, load.failure, "the client's own failure");
        System.out.println("ClusterIT: " + load.acks.size() + " greetings acknowledged, " + load.retries.get()
                + " sent again after a failure; answered by "
                + load.acks.stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                Ack::instance, TreeMap::new, java.util.stream.Collectors.counting())));

        // Nothing acknowledged is lost: each acknowledged greeting reads back through nginx.
        for (Ack a : load.acks) {
            RegionClient.Answer read = lb.get("/hello/api/greetings/" + a.id(), token);
            assertEquals(200, read.status(), a + ": " + read.body());
            assertEquals(a.name(), read.json().getString("name"));
        }
        // Nothing is done twice: one row per operation, though some were sent more than once.
        Map<String, Integer> rows = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT name, COUNT(*) FROM hello.greeting WHERE name LIKE 'load %' GROUP BY name")) {
            while (r.next()) {
                rows.put(r.getString(1), r.getInt(2));
            }
        }
        Map<String, Integer> once = new TreeMap<>();
        load.acks.forEach(a -> once.put(a.name(), 1));
        assertEquals(once, rows, "every operation once (retries: " + load.retries.get() + ")");

        // And the jobs ran once per interval through the kill and the restart.
        allRuns().forEach(ClusterIT::assertOncePerInterval);
    }

    /** An acknowledged operation: the greeting's name, its id and the instance that answered. */
    record Ack(String name, String id, String instance) {}

    /**
     * A client through nginx: greeting after greeting, each with its own Idempotency-Key; on a failure
     * it sends the same request with the same key again until it is acknowledged, and records every
     * acknowledgement. It stops only between operations.
     */
    static final class Load implements Runnable {
        final String token;
        final List<Ack> acks = new CopyOnWriteArrayList<>();
        final AtomicInteger retries = new AtomicInteger();
        final AtomicBoolean stop = new AtomicBoolean();
        volatile Throwable failure;

        Load(String token) {
            this.token = token;
        }

        @Override
        public void run() {
            try {
                for (int n = 1; !stop.get(); n++) {
                    String name = "load " + n;
                    String key = UUID.randomUUID().toString();
                    String body = "{\"name\":\"" + name + "\",\"language\":\"en\"}";
                    Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
                    while (true) {
                        try {
                            RegionClient.Answer a = lb.send("POST", "/hello/api/greetings", token, body, key);
                            if (a.status() == 200) {
                                acks.add(new Ack(name, a.json().getString("id"), answeredBy(a)));
                                break;
                            }
                        } catch (RuntimeException e) {
                            // connection trouble: the same request again
                        }
                        retries.incrementAndGet();
                        if (Instant.now().isAfter(giveUp)) {
                            throw new AssertionError(name + " was never acknowledged");
                        }
                        Thread.sleep(200);
                    }
                    Thread.sleep(50);
                }
            } catch (Throwable t) {
                failure = t;
            }
        }
    }

    /** One run of a leased job, from the lease's run log. */
    record Run(String holder, Instant started, Instant ended, String outcome) {}

    private static List<Run> runs(String schema, String lease) {
        return allRuns().getOrDefault(schema + "." + lease, List.of());
    }

    /** Every lease's runs, by {@code schema.lease}, oldest first. */
    private static Map<String, List<Run>> allRuns() {
        Map<String, List<Run>> runs = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection()) {
            List<String> schemas = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(
                            "SELECT table_schema FROM information_schema.tables WHERE table_name = 'lease_run'")) {
                while (r.next()) {
                    schemas.add(r.getString(1));
                }
            }
            for (String schema : schemas) {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT lease, holder, started_at, ended_at, outcome FROM "
                                + schema + ".lease_run ORDER BY started_at")) {
                    while (r.next()) {
                        OffsetDateTime ended = r.getObject(4, OffsetDateTime.class);
                        runs.computeIfAbsent(schema + "." + r.getString(1), k -> new ArrayList<>())
                                .add(new Run(
                                        r.getString(2),
                                        r.getObject(3, OffsetDateTime.class).toInstant(),
                                        ended == null ? null : ended.toInstant(),
                                        r.getString(5)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return runs;
    }

    private static String leaseHolder(String schema, String lease) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                var s = c.prepareStatement("SELECT holder FROM " + schema + ".lease WHERE name = ?")) {
            s.setString(1, lease);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "the lease " + lease + " is held");
                return r.getString(1);
            }
        }
    }

    /**
     * Once per interval, not once per instance: no run starts before the one before it ended, and
     * consecutive runs start more than half an interval apart. (Two instances both running a job
     * every interval would put one of every two gaps at half an interval or less.)
     */
    private static void assertOncePerInterval(String lease, List<Run> runs) {
        assertTrue(runs.size() >= 2, lease + " ran: " + runs);
        for (int i = 1; i < runs.size(); i++) {
            Run before = runs.get(i - 1);
            Run run = runs.get(i);
            if (before.ended() != null) {
                assertTrue(!run.started().isBefore(before.ended()), lease + ": run " + run + " overlaps " + before);
            }
            assertTrue(
                    Duration.between(before.started(), run.started()).compareTo(INTERVAL.dividedBy(2)) > 0,
                    lease + ": run " + run + " less than half an interval after " + before);
        }
    }

    /** Waits for a state, failing with {@code what} after {@code deadline}. */
    private static void awaitTrue(String what, Duration deadline, BooleanSupplier until) throws InterruptedException {
        Instant end = Instant.now().plus(deadline);
        while (true) {
            try {
                if (until.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // e.g. the directory not answering while an instance starts: ask again
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Waited " + deadline.toSeconds() + " s in vain for " + what
                        + "\nops/hub cluster printed:\n" + printed);
            }
            Thread.sleep(250);
        }
    }
}
