package org.transferhub.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * {@code ops/hub cluster <region> --instances N [--port P] [--data DIR] [--secrets DIR] [--db-url URL]
 * [--db-user USER] [--db-password PASSWORD]}: N instances of the region on this machine as one cluster, behind
 * nginx on {@code 127.0.0.1:P}, until Ctrl-C.
 *
 * <ul>
 *   <li>Instance {@code i} (1..N) serves HTTP on {@code P+i} and joins Payara Micro's data grid on
 *       {@code P+10+i}, on 127.0.0.1 only, finding the other members over TCP (no multicast).
 *   <li>Every instance uses the one PostgreSQL database (directory, idempotency records, leases,
 *       every plugin's data) and the one key directory {@code <data>/keys}, so a token signed by one
 *       is valid on all. With {@code --secrets DIR}, every instance reads its secrets from that one
 *       directory (else each from {@code <data>/instance-<i>/secrets}, when it exists).
 *   <li>nginx ({@link Nginx}) balances round-robin and skips an instance that fails.
 *   <li>When an instance dies, this supervisor takes it out of nginx, starts it again on the same
 *       ports, and puts it back once every WAR is deployed.
 * </ul>
 *
 * Files: {@code <data>/keys/}, {@code <data>/instance-<i>/} (logs, runtime, {@code server.pid}),
 * {@code <data>/nginx/} (config, logs, {@code nginx.pid}).
 */
public final class Cluster {

    static final int MAX_INSTANCES = 9;

    private final Path data;
    private final int port;
    private final int instances;
    private final List<Instance> members = new ArrayList<>();
    private final Nginx nginx;
    private volatile boolean stopping;

    /** One member: its options and, while it runs, its process. */
    private static final class Instance {
        final int index;
        final RegionOptions options;
        volatile RegionProcess process;
        volatile boolean serving;

        Instance(int index, RegionOptions options) {
            this.index = index;
            this.options = options;
        }

        String url() {
            return "http://127.0.0.1:" + options.port();
        }
    }

    Cluster(Path regionDir, Path data, int port, int instances, RegionOptions.Database database, Path secrets) {
        this.data = data.toAbsolutePath();
        this.port = port;
        this.instances = instances;
        String region = regionDir.getFileName().toString();
        List<Integer> gridPorts = IntStream.rangeClosed(1, instances)
                .map(i -> port + 10 + i)
                .boxed()
                .toList();
        for (int i = 1; i <= instances; i++) {
            members.add(new Instance(
                    i,
                    new RegionOptions(
                            regionDir,
                            port + i,
                            this.data.resolve("instance-" + i),
                            database,
                            new RegionOptions.Member(
                                    "transferhub-" + region + "-" + port,
                                    region + "-" + i,
                                    port + 10 + i,
                                    gridPorts,
                                    this.data.resolve("keys")),
                            secrets)));
        }
        this.nginx = new Nginx(this.data.resolve("nginx"), region, port);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !args[0].equals("cluster")) {
            usage("");
        }
        Path regions = Path.of(System.getProperty("transferhub.regions", "regions"));
        String region = args[1];
        Set<String> known = new java.util.HashSet<>(Flags.DATABASE);
        known.addAll(Set.of("--instances", "--port", "--data", "--secrets"));
        Flags flags = Flags.parse(Arrays.asList(args).subList(2, args.length), known, Cluster::usage);
        int instances = flags.number("--instances", 0, 1, MAX_INSTANCES);
        if (instances == 0) {
            usage("--instances N is required (1 to " + MAX_INSTANCES + ")");
        }
        int port = flags.number("--port", 8080, 1, 65535 - 10 - MAX_INSTANCES);
        Path data = flags.path("--data", Path.of("data", region));
        Path secrets = flags.path("--secrets", null);
        if (!flags.text("--db", "postgres").equals("postgres")) {
            usage("a cluster runs on PostgreSQL only: every instance uses one database, and an H2 file opens in one"
                    + " process");
        }
        RegionOptions.Database db = flags.database(region, "postgres");
        Cluster cluster = new Cluster(regions.resolve(region), data, port, instances, db, secrets);
        System.out.println(
                "Starting region '" + region + "' as a cluster of " + instances + " instances behind nginx on"
                        + " port " + port + ", with data in " + cluster.data + " (postgres) ...");
        try {
            cluster.start();
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            cluster.stop();
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the cluster of region '" + region + "' ...");
            cluster.stop();
        }));
        cluster.printBanner(region);
        cluster.supervise();
    }

    /** Starts every instance (together), then nginx in front of them. */
    void start() throws IOException, InterruptedException {
        requireFreePort(port);
        for (int i = 1; i <= instances; i++) {
            requireFreePort(port + i);
            requireFreePort(port + 10 + i);
        }
        Files.createDirectories(data.resolve("keys"));
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (Instance m : members) {
            starts.add(CompletableFuture.runAsync(() -> startInstance(m)));
        }
        List<String> problems = new ArrayList<>();
        for (CompletableFuture<Void> s : starts) {
            try {
                s.join();
            } catch (java.util.concurrent.CompletionException e) {
                problems.add(e.getCause().getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
        nginx.start(upstreams());
    }

    private void startInstance(Instance m) {
        try {
            m.process = RegionProcess.start(m.options);
            Files.writeString(
                    m.options.dataDir().resolve("server.pid"), m.process.pid() + "\n", StandardCharsets.UTF_8);
            m.serving = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while instance " + m.index + " started");
        }
    }

    private List<Nginx.Upstream> upstreams() {
        return members.stream()
                .map(m -> new Nginx.Upstream(m.options.port(), m.serving))
                .toList();
    }

    private void printBanner(String region) {
        String url = "http://127.0.0.1:" + port;
        System.out.println();
        System.out.println(
                "TransferHub region '" + region + "' is running as a cluster of " + instances + " instances:");
        System.out.println("  Portal     " + url + "/");
        System.out.println("  Region     " + url + "/hub/api/region");
        System.out.println("  Plugins    " + url + "/hub/api/plugins");
        for (Instance m : members) {
            System.out.println("  Instance " + m.index + " " + m.url() + "  (pid " + m.process.pid()
                    + ", data grid port " + m.options.member().gridPort() + ", log " + m.process.log() + ")");
        }
        System.out.println(
                "  nginx      " + nginx.config() + "  (logs in " + nginx.dir().resolve("logs") + ")");
        System.out.println("Press Ctrl-C to stop.");
    }

    /**
     * Watches the instances and nginx until stopped. An instance that died is taken out of nginx,
     * started again on the same ports and put back once every WAR is deployed; a start that fails
     * is tried again 10 seconds later.
     */
    void supervise() throws InterruptedException {
        while (!stopping) {
            for (Instance m : members) {
                if (m.serving && !m.process.isAlive() && !stopping) {
                    m.serving = false;
                    System.out.println("Instance " + m.index + " (" + m.url() + ") stopped; restarting it ...");
                    reloadNginx();
                    Thread restart = new Thread(() -> restart(m), "restart-instance-" + m.index);
                    restart.setDaemon(true);
                    restart.start();
                }
            }
            if (!nginx.isAlive() && !stopping) {
                System.err.println("nginx stopped; see "
                        + nginx.dir().resolve("logs").resolve("error.log") + ". Stopping the cluster.");
                stop();
                System.exit(1);
            }
            Thread.sleep(500);
        }
    }

    private void restart(Instance m) {
        while (!stopping) {
            try {
                startInstance(m);
                if (stopping) {
                    return;
                }
                reloadNginx();
                System.out.println(
                        "Instance " + m.index + " (" + m.url() + ") is serving again (pid " + m.process.pid() + ").");
                return;
            } catch (RuntimeException e) {
                System.err.println("Instance " + m.index + " did not start again: " + e.getMessage()
                        + "\nNext try in 10 seconds.");
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    private synchronized void reloadNginx() {
        try {
            nginx.reload(upstreams());
        } catch (IOException e) {
            System.err.println("nginx did not reload: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops nginx, then every instance (SIGTERM, together). */
    synchronized void stop() {
        stopping = true;
        nginx.stop();
        List<Thread> stops = new ArrayList<>();
        for (Instance m : members) {
            RegionProcess p = m.process;
            if (p != null) {
                Thread t = new Thread(() -> {
                    try {
                        p.stop();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                t.start();
                stops.add(t);
            }
        }
        for (Thread t : stops) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(70));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Instance m : members) {
            try {
                Files.deleteIfExists(m.options.dataDir().resolve("server.pid"));
            } catch (IOException e) {
                // a stale pid file names a process that is gone
            }
        }
    }

    private static void requireFreePort(int port) {
        RegionProcess.requireFreePort(
                "127.0.0.1",
                port,
                "choose another --port (the cluster uses P, P+1..P+N for its instances and P+11..P+10+N for their"
                        + " data grid)");
    }

    private static void usage(String problem) {
        if (!problem.isEmpty()) {
            System.err.println("ops/hub: " + problem);
        }
        System.err.println(
                "usage: ops/hub cluster <region> --instances N [--port P] [--data DIR] [--secrets DIR] [--db-url URL]"
                        + " [--db-user USER] [--db-password PASSWORD]");
        System.exit(2);
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
