package org.transferhub.ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Payara Micro process running a region: the region's WARs, a server-level datasource
 * {@code jdbc/transferhub} shared by all of them, HTTP on 127.0.0.1 only. Its output goes to
 * {@code <data>/logs/server.log}.
 */
public final class RegionProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    /**
     * System properties of every region JVM, started here or from a packaged jar ({@link RegionJar}).
     * {@code jakarta.json.provider} names the JSON-P implementation Payara ships: without it, each
     * {@code Json.createReader} looks the provider up with a ServiceLoader scan of the WAR's jars, and
     * Payara's MicroProfile JWT creates one for every request's token (14 % of a hold's CPU, ops/bench).
     */
    static final java.util.Map<String, String> SYSTEM_PROPERTIES =
            java.util.Map.of("jakarta.json.provider", "org.eclipse.parsson.JsonProviderImpl");

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private RegionProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the region and returns once every WAR is deployed; fails with the server's words otherwise. */
    public static RegionProcess start(RegionOptions o) throws IOException, InterruptedException {
        Path regionFile = o.regionDir().resolve("region.properties").toAbsolutePath();
        if (!Files.isRegularFile(regionFile)) {
            throw new IllegalArgumentException(
                    "No region file at " + regionFile + ": is '" + o.regionName() + "' a region under regions/?");
        }
        List<Path> wars = wars(o.regionDir());
        requireFreePort(o.port());
        Path data = o.dataDir().toAbsolutePath();
        Path runtime = data.resolve("runtime");
        Folders.delete(runtime); // the unpacked server of a previous (perhaps killed) run
        Files.createDirectories(runtime.resolve("tmp"));
        Files.createDirectories(data.resolve("logs"));
        Properties paths = paths();

        Path preboot = runtime.resolve("preboot.asadmin");
        // Payara Micro would listen on every interface; a region instance answers on loopback
        // unless an operator puts a proxy in front of it.
        Files.writeString(preboot, prebootCommands("127.0.0.1"));
        Path postboot = runtime.resolve("postboot.asadmin");
        Files.writeString(postboot, datasourceCommands(o.database(), data));

        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Djava.io.tmpdir=" + runtime.resolve("tmp"),
                "-Dtransferhub.region.file=" + regionFile,
                "-Dtransferhub.region.data.dir=" + data,
                "-Dtransferhub.region.base.url=http://127.0.0.1:" + o.port(),
                "-Dtransferhub.region.hub.url=http://127.0.0.1:" + o.port() + "/hub",
                "-D" + CONTEXTS + "=" + contexts(wars),
                "-jar",
                paths.getProperty("payara.micro.jar"),
                "--disablephonehome",
                "--port",
                String.valueOf(o.port()),
                "--prebootcommandfile",
                preboot.toString(),
                "--postbootcommandfile",
                postboot.toString()));
        cmd.addAll(cmd.indexOf("-jar") + 2, clusterOptions(o.member()));
        cmd.addAll(1, systemProperties());
        if (o.member() != null) {
            // Before -jar: the JVM's own options.
            cmd.addAll(
                    1,
                    List.of(
                            // Hazelcast binds its sockets to the --interfaces address only, not to every interface.
                            "-Dhazelcast.socket.bind.any=false",
                            "-Dtransferhub.region.keys.dir="
                                    + o.member().keysDir().toAbsolutePath()));
        }
        if (o.database() instanceof RegionOptions.Postgres) {
            cmd.addAll(List.of("--addlibs", paths.getProperty("postgresql.jar")));
        }
        // Secrets (a file per key, e.g. transferhub.hub.oidc.client.secret) from --secrets or
        // <data>/secrets: Payara Micro's directory config source, as the packaged region reads them.
        Path secrets = o.secretsDir() == null
                ? data.resolve("secrets")
                : o.secretsDir().toAbsolutePath();
        if (Files.isDirectory(secrets)) {
            cmd.addAll(List.of("--secretsdir", secrets.toString()));
        } else if (o.secretsDir() != null) {
            throw new IllegalArgumentException("The secrets directory " + secrets + " does not exist.");
        }
        for (Path war : wars) {
            cmd.addAll(List.of("--deploy", war.toAbsolutePath() + ":" + contextRoot(war)));
        }
        Path log = data.resolve("logs").resolve("server.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        RegionProcess region = new RegionProcess(o.regionName(), o.port(), p, log);
        region.awaitReady(
                p.getInputStream(),
                wars.stream().map(RegionProcess::contextRoot).toList());
        return region;
    }

    /**
     * Starts a region packaged by {@code ops/hub package} the way an operator does: {@code java
     * -Xmx512m [javaOptions] -jar <jar> --port <port>} in the jar's folder, with {@code environment}
     * added to this process's environment. Returns once every WAR in the jar is deployed; fails with
     * the server's words otherwise. The server's output goes to {@code log}.
     */
    public static RegionProcess startJar(
            Path jar, int port, List<String> javaOptions, java.util.Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        requireFreePort(port);
        List<String> contexts = new ArrayList<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            zip.stream()
                    .map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith(Packager.DEPLOY_DIR) && n.endsWith(".war"))
                    .forEach(n -> contexts.add(contextRoot(Path.of(n))));
        }
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        cmd.addAll(javaOptions);
        cmd.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--port", String.valueOf(port)));
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(jar.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true);
        pb.environment().putAll(environment);
        Process p = pb.start();
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        RegionProcess region = new RegionProcess(name, port, p, log);
        region.awaitReady(p.getInputStream(), contexts);
        return region;
    }

    /** The commands Payara Micro runs before it boots: HTTP on {@code bind} only. */
    static String prebootCommands(String bind) {
        return "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address="
                + bind + "\n";
    }

    /** {@link #SYSTEM_PROPERTIES} as JVM options. */
    static List<String> systemProperties() {
        return SYSTEM_PROPERTIES.entrySet().stream()
                .map(e -> "-D" + e.getKey() + "=" + e.getValue())
                .sorted()
                .toList();
    }

    /**
     * Payara Micro's options for the data grid: none ({@code --nocluster}) for a region of one
     * instance; for a cluster member, the grid on 127.0.0.1 with the members listed over TCP
     * ({@code --clustermode tcpip:...}: no multicast), on its own port, under the cluster's name.
     */
    static List<String> clusterOptions(RegionOptions.Member m) {
        if (m == null) {
            return List.of("--nocluster");
        }
        return List.of(
                "--name",
                m.name(),
                "--clustername",
                m.clusterName(),
                "--clustermode",
                "tcpip:"
                        + String.join(
                                ",",
                                m.gridPorts().stream()
                                        .map(p -> "127.0.0.1:" + p)
                                        .toList()),
                "--interfaces",
                "127.0.0.1",
                "--hzpublicaddress",
                "127.0.0.1",
                "--startport",
                String.valueOf(m.gridPort()));
    }

    /**
     * The context roots the region deploys, for its ROOT WAR: a request under one of them that
     * reaches ROOT is for a WAR that does not serve yet (503, try again), not for nothing (404).
     */
    static final String CONTEXTS = "transferhub.region.contexts";

    static String contexts(List<Path> wars) {
        return String.join(
                ",",
                wars.stream()
                        .map(RegionProcess::contextRoot)
                        .filter(c -> !c.equals("/"))
                        .toList());
    }

    /** A WAR is served at its name ({@code hub.war} at {@code /hub}); {@code ROOT.war} at {@code /}, as Payara names it. */
    static String contextRoot(Path war) {
        String name = war.getFileName().toString().replaceFirst("\\.war$", "");
        return name.equals("ROOT") ? "/" : "/" + name;
    }

    /**
     * The WARs the region's build collected: ROOT first, so that from its deployment on a request
     * for a WAR still deploying is a 503 problem+json (see {@link #CONTEXTS}) rather than Payara's
     * 404 page; then the hub; then the plugins.
     */
    static List<Path> wars(Path regionDir) throws IOException {
        Path dir = regionDir.resolve("target").resolve("wars");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Region '" + regionDir.getFileName() + "' is not built: " + dir
                    + " is missing. Run: ./mvnw -q package -DskipTests -pl regions/" + regionDir.getFileName()
                    + " -am");
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> wars = s.filter(w -> w.toString().endsWith(".war"))
                    .sorted(Comparator.comparing(RegionProcess::rank).thenComparing(Path::toString))
                    .toList();
            if (wars.isEmpty()) {
                throw new IllegalStateException("Region '" + regionDir.getFileName() + "' has no WARs in " + dir);
            }
            return wars;
        }
    }

    /** ROOT 0, the hub 1, a plugin 2. */
    private static int rank(Path war) {
        int i = List.of("ROOT.war", "hub.war").indexOf(war.getFileName().toString());
        return i < 0 ? 2 : i;
    }

    static String datasourceCommands(RegionOptions.Database db, Path data) {
        // A statement cache per connection: without one, every statement of every request is parsed
        // again (H2 keeps 8 per session; PostgreSQL's driver prepares on the server only a statement
        // object it has run five times).
        String pool = "create-jdbc-connection-pool --statementcachesize 64 --restype javax.sql.DataSource";
        if (db instanceof RegionOptions.Postgres pg) {
            // Validation: a connection the server dropped (PostgreSQL restarted, a network cut) is
            // found dead when it is taken from the pool, and with it every other connection of the
            // pool (--failconnection), so the region serves again as soon as the database does,
            // without a restart of its own; without it, requests fail on dead connections for good.
            // At most once per connection every 5 s: a check per request would add a round trip to
            // each (the benchmark's redemption path takes several connections per request).
            pool += " --datasourceclassname org.postgresql.ds.PGSimpleDataSource"
                    + " --isconnectvalidatereq=true --validationmethod=custom-validation"
                    + " --validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation"
                    + " --validateatmostonceperiod=5"
                    + " --failconnection=true"
                    + " --property url=" + escape(pg.url()) + ":user=" + escape(pg.user())
                    // Payara's pool wants a password property even where the server trusts the client.
                    + ":password="
                    + escape(pg.password() == null || pg.password().isEmpty() ? "unused" : pg.password());
        } else {
            // WRITE_DELAY=0: H2's default delay loses acknowledged commits on kill -9.
            // LOCK_TIMEOUT: requests queueing for one row (holds on one voucher) wait up to 10 s, not 1.
            String url =
                    "jdbc:h2:file:" + data.resolve("db").resolve("transferhub") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
            pool += " --datasourceclassname org.h2.jdbcx.JdbcDataSource --property url=" + escape(url);
        }
        return pool + " transferhub-pool\ncreate-jdbc-resource --connectionpoolid transferhub-pool jdbc/transferhub\n";
    }

    /** asadmin property values: ':' separates properties and '=' assigns, so both are escaped. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }

    /** Waits for "ready", then checks that Payara lists every WAR among its URLs; else fails with the errors it logged. */
    private void awaitReady(InputStream out, List<String> contexts) throws IOException, InterruptedException {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        // One cause is logged once per exception of its chain: keep each line once.
        java.util.Set<String> failures = new java.util.LinkedHashSet<>();
        java.util.Set<String> deployed = new java.util.HashSet<>();
        Thread pump = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8));
                            PrintWriter w =
                                    new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            w.println(line);
                            String plain =
                                    line.replaceAll("\u001B\\[[;\\d]*m", "").trim();
                            if (plain.contains("cannot start:")
                                    || plain.startsWith("Internal Exception:")
                                    || plain.contains("Exception while loading the app")) {
                                failures.add(plain);
                            }
                            // A JSON log line (transferhub.region.log.format=json) holds the URL list
                            // in one message, its lines joined by an escaped newline.
                            for (String piece : plain.startsWith("{") ? plain.split("\\\\n") : new String[] {plain}) {
                                var url = java.util.regex.Pattern.compile("^https?://[^/\\s]+(/[^/\\s]*)/?$")
                                        .matcher(piece);
                                if (url.matches()) {
                                    deployed.add(url.group(1));
                                }
                            }
                            if (plain.contains("Failed to start, exiting")) {
                                outcome.complete("Payara Micro failed to start (port " + port + " taken?)");
                            } else if (plain.contains(") ready in ")) {
                                List<String> missing = contexts.stream()
                                        .filter(c -> !deployed.contains(c))
                                        .toList();
                                outcome.complete(
                                        missing.isEmpty()
                                                ? ""
                                                : "these WARs are not deployed: " + String.join(", ", missing)
                                                        + " (Payara Micro deploys none after the first that fails)"
                                                        + (failures.isEmpty()
                                                                ? ""
                                                                : "\n" + String.join("\n", failures)));
                            }
                        }
                    } catch (IOException e) {
                        outcome.completeExceptionally(new UncheckedIOException(e));
                    }
                    outcome.complete("Payara Micro stopped before it was ready");
                },
                "region-log-" + name);
        pump.setDaemon(true);
        pump.start();
        String problem;
        try {
            problem = outcome.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            problem = "Payara Micro was not ready within " + START_TIMEOUT.toMinutes() + " minutes";
        } catch (java.util.concurrent.ExecutionException e) {
            problem = e.getCause().getMessage();
        }
        if (!problem.isEmpty()) {
            kill();
            throw new IllegalStateException("Region '" + name + "' did not start: " + problem + "\nServer log: " + log);
        }
    }

    private static void requireFreePort(int port) {
        requireFreePort("127.0.0.1", port, "choose another with --port");
    }

    /** Fails, in words an operator can act on, when something listens on {@code address:port} already. */
    static void requireFreePort(String address, int port, String otherwise) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName(address))) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " is already in use on " + address
                    + ": stop what runs there or " + otherwise + ".");
        }
    }

    static Properties paths() throws IOException {
        Properties p = new Properties();
        try (InputStream in = RegionProcess.class.getResourceAsStream("launcher.properties")) {
            p.load(in);
        }
        return p;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public Path log() {
        return log;
    }

    /** The server's process id (for {@code kill}, and the pid files of a cluster). */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the server cleanly (SIGTERM) and waits for it. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** Kills the server at once (SIGKILL): what a crash or {@code kill -9} does. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public void waitFor() throws InterruptedException {
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
