package org.transferhub.ops.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.transferhub.ops.Folders;
import org.transferhub.ops.RegionOptions;
import org.transferhub.ops.RegionProcess;
import org.transferhub.ops.workload.ConservationAudit;
import org.transferhub.ops.workload.RegionHttp;
import org.transferhub.testkit.TestDatabases;

/**
 * {@code ops/bench [--quick] [--no-write] [--port P] [--out FILE] [--work DIR] [--runs N] [--seconds S]
 * [--warm-up S] [--region-warm-up S] [--calls N]}: measures, prints the table and writes it to {@code docs/benchmarks.md}.
 * Ports P (the bare Payara Micro), P+1 (the demo region on H2), P+2 (on PostgreSQL).
 */
public final class Bench {

    /** How much to measure. */
    record Options(
            int runs,
            Duration measured,
            Duration warmUp,
            Duration regionWarmUp,
            int calls,
            List<Integer> clients,
            int port,
            Path out,
            boolean write,
            Path work,
            boolean quick) {}

    /** The raw JDBC ceiling and the HTTP path on one database, level by level, with the audits after. */
    record OnDatabase(
            String database,
            List<LoadRun.Level> raw,
            List<LoadRun.Level> http,
            boolean rawBalanced,
            ConservationAudit audit,
            long retries) {}

    /** Everything one run measured. */
    record Results(
            Options options,
            Machine machine,
            Instant at,
            List<Startup.Sample> hello,
            List<Startup.Sample> demo,
            long demoRssAfterLoadKb,
            List<OnDatabase> databases,
            JsonObject calls,
            Duration took,
            String loadAtStart,
            String loadAtEnd) {}

    private final Options o;
    private final Path root;
    private final Properties versions;

    private Bench(Options o, Path root) throws IOException {
        this.o = o;
        this.root = root;
        this.versions = new Properties();
        try (InputStream in = Bench.class.getResourceAsStream("bench.properties")) {
            versions.load(in);
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("transferhub.root", "."))
                .toAbsolutePath()
                .normalize();
        Options o = options(args, root);
        Results r = measure(o, root);
        System.out.println();
        System.out.println(Report.tables(r));
        if (o.write()) {
            write(r);
            System.out.println("Written to " + o.out());
        }
    }

    /** Writes the figures, the machine, the method and the analysis to the run's {@code --out} file. */
    static void write(Results r) throws IOException {
        Files.createDirectories(r.options().out().toAbsolutePath().getParent());
        Files.writeString(r.options().out(), Report.markdown(r));
    }

    /** Runs every measurement of {@code o} on the build under {@code root}. */
    static Results measure(Options o, Path root) throws Exception {
        return new Bench(o, root).run();
    }

    private Results run() throws Exception {
        Instant began = Instant.now();
        String loadAtStart = Machine.loadAverage();
        Folders.delete(o.work());
        Files.createDirectories(o.work());
        Path microJar = Path.of(versions.getProperty("payara.micro.jar"));
        Path regionDir = root.resolve("regions/demo");
        String postgresVersion;
        try (TestDatabases.Postgres pg = TestDatabases.postgres()) {
            try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), "");
                    ResultSet v = c.createStatement().executeQuery("SHOW server_version")) {
                v.next();
                postgresVersion = v.getString(1).split(" ")[0]; // "15.20 (Debian 15.20-0+deb12u1)"
            }
            Machine machine = Machine.describe(
                    versions.getProperty("payara.version"), versions.getProperty("h2.version"), postgresVersion);

            List<Startup.Sample> hello = new ArrayList<>();
            for (int i = 1; i <= o.runs(); i++) {
                say("Start-up: bare Payara Micro with one hello WAR, run " + i + " of " + o.runs());
                hello.add(Startup.bareHello(
                        microJar,
                        root.resolve("ops/bench-hello/target/bench-hello.war"),
                        o.port(),
                        o.work().resolve("hello-" + i)));
            }
            List<Startup.Sample> demo = new ArrayList<>();
            List<OnDatabase> databases = new ArrayList<>();
            long rssAfterLoad;
            RegionProcess h2Region = null;
            try {
                for (int i = 1; i <= o.runs(); i++) {
                    say("Start-up: the demo region (ops/hub run demo, fresh H2 data), run " + i + " of " + o.runs());
                    if (h2Region != null) {
                        h2Region.stop();
                    }
                    h2Region = RegionProcess.start(new RegionOptions(
                            regionDir, o.port() + 1, o.work().resolve("demo-" + i), new RegionOptions.H2()));
                    demo.add(Startup.ready(h2Region.pid(), h2Region.baseUrl().resolve("/health/ready")));
                }
                say("H2: raw JDBC, then the demo region over HTTP (the last start-up's)");
                try (RawRedemptions raw = RawRedemptions.h2(o.work().resolve("raw-h2"), max())) {
                    databases.add(onDatabase("H2 " + machine.h2(), raw, h2Region));
                }
                rssAfterLoad = Startup.rssKb(h2Region.pid());
            } finally {
                if (h2Region != null) {
                    h2Region.stop();
                }
            }

            say("PostgreSQL: raw JDBC, then the demo region with the benchmark plugin over HTTP");
            try (RegionProcess pgRegion = RegionProcess.start(new RegionOptions(
                    withBenchPlugin(regionDir),
                    o.port() + 2,
                    o.work().resolve("demo-postgres"),
                    new RegionOptions.Postgres(pg.url(), pg.user(), "")))) {
                Startup.ready(pgRegion.pid(), pgRegion.baseUrl().resolve("/health/ready"));
                JsonObject calls;
                try (RawRedemptions raw = RawRedemptions.postgres(pg.url(), pg.user(), max())) {
                    databases.add(onDatabase("PostgreSQL " + postgresVersion, raw, pgRegion));
                }
                say("Cross-plugin SPI call: " + o.calls() + " calls each way");
                RegionHttp http = new RegionHttp(pgRegion.baseUrl(), Duration.ofMinutes(5));
                RegionHttp.Answer a =
                        http.send("GET", "/bench/api/calls?n=" + o.calls(), http.signIn("operator"), null, null);
                if (a.status() != 200) {
                    throw new IllegalStateException("The benchmark plugin answered " + a.status() + " " + a.body());
                }
                calls = a.json();
                return new Results(
                        o,
                        machine,
                        began,
                        hello,
                        demo,
                        rssAfterLoad,
                        databases,
                        calls,
                        Duration.between(began, Instant.now()),
                        loadAtStart,
                        Machine.loadAverage());
            }
        }
    }

    /** The raw ceiling, then the HTTP path, at each level; then both audits. */
    private OnDatabase onDatabase(String name, RawRedemptions raw, RegionProcess region) throws Exception {
        HttpRedemptions http = HttpRedemptions.setUp(region.baseUrl(), max());
        List<LoadRun.Level> rawLevels = levels(name + " raw JDBC", raw::client);
        // A region just started runs much of its code in the interpreter: a longer warm-up at full load
        // first, so that the levels measure compiled code (as a region that has served a while runs).
        say("  " + name + " HTTP: warming the region up for " + o.regionWarmUp().toSeconds() + " s");
        LoadRun.run(max(), Duration.ZERO, o.regionWarmUp(), http::client);
        List<LoadRun.Level> httpLevels = levels(name + " HTTP", http::client);
        return new OnDatabase(name, rawLevels, httpLevels, raw.balanced(), http.audit(), http.retries());
    }

    private List<LoadRun.Level> levels(String what, java.util.function.IntFunction<LoadRun.Operation> client)
            throws InterruptedException {
        List<LoadRun.Level> levels = new ArrayList<>();
        for (int clients : o.clients()) {
            LoadRun.Level l = LoadRun.run(clients, o.warmUp(), o.measured(), client);
            say("  %s, %d clients: %.0f ops/s, p50 %.1f ms, p99 %.1f ms%s"
                    .formatted(
                            what,
                            clients,
                            l.perSecond(),
                            l.p50Millis(),
                            l.p99Millis(),
                            l.failures() == 0 ? "" : ", " + l.failures() + " failed: " + l.firstFailure()));
            levels.add(l);
        }
        return levels;
    }

    /** A copy of the region's folder whose WARs include the benchmark plugin (the region's own build is left alone). */
    private Path withBenchPlugin(Path regionDir) throws IOException {
        Path copy = o.work().resolve("regions").resolve(regionDir.getFileName());
        Path wars = Files.createDirectories(copy.resolve("target/wars"));
        Files.copy(regionDir.resolve("region.properties"), copy.resolve("region.properties"));
        try (Stream<Path> s = Files.list(regionDir.resolve("target/wars"))) {
            for (Path w : s.toList()) {
                Files.copy(w, wars.resolve(w.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(root.resolve("ops/bench-plugin/target/bench.war"), wars.resolve("bench.war"));
        return copy;
    }

    private int max() {
        return o.clients().stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    private static void say(String s) {
        System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + s);
    }

    static Options options(String[] args, Path root) {
        boolean quick = List.of(args).contains("--quick");
        int runs = quick ? 1 : 3;
        int seconds = quick ? 5 : 15;
        int warmUp = quick ? 2 : 5;
        int regionWarmUp = quick ? 5 : 30;
        int calls = quick ? 100 : 500;
        int port = 18500;
        boolean write = true;
        Path out = root.resolve("docs/benchmarks.md");
        Path work = root.resolve("ops/benchmarks/target/run");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--quick" -> {}
                case "--no-write" -> write = false;
                case "--runs" -> runs = number(args, ++i);
                case "--seconds" -> seconds = number(args, ++i);
                case "--warm-up" -> warmUp = number(args, ++i);
                case "--region-warm-up" -> regionWarmUp = number(args, ++i);
                case "--calls" -> calls = number(args, ++i);
                case "--port" -> port = number(args, ++i);
                case "--out" -> out = Path.of(value(args, ++i)).toAbsolutePath();
                case "--work" -> work = Path.of(value(args, ++i)).toAbsolutePath();
                default -> throw usage("unknown option " + a);
            }
        }
        return new Options(
                runs,
                Duration.ofSeconds(seconds),
                Duration.ofSeconds(warmUp),
                Duration.ofSeconds(regionWarmUp),
                calls,
                List.of(1, 8, 32),
                port,
                out,
                write,
                work,
                quick);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static int number(String[] args, int i) {
        try {
            int n = Integer.parseInt(value(args, i));
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw usage(args[i - 1] + " takes a whole number of at least 1, not " + args[i]);
        }
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException("ops/bench: " + problem
                + "\nusage: ops/bench [--quick] [--no-write] [--port P] [--out FILE] [--work DIR] [--runs N]"
                + " [--seconds S] [--warm-up S] [--region-warm-up S] [--calls N]");
    }
}
