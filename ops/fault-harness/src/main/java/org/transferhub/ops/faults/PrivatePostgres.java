package org.transferhub.ops.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of the run's own, so that it can be stopped in immediate mode without
 * touching the machine's shared one: {@code initdb} into the run's folder, on a free port on
 * 127.0.0.1, run as the {@code postgres} user when this runs as root (PostgreSQL refuses root),
 * with the binaries of {@code transferhub.pg.bin} (default {@code /usr/lib/postgresql/15/bin}).
 */
final class PrivatePostgres implements AutoCloseable {

    private static final String USER = "postgres";

    private final Path bin;
    private final Path data;
    private final Path log;
    private final int port;
    private final boolean asPostgres;

    private PrivatePostgres(Path bin, Path dir, int port, boolean asPostgres) {
        this.bin = bin;
        this.data = dir.resolve("data");
        this.log = dir.resolve("postgres.log");
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** Makes the server in {@code dir} (emptied first), starts it on a free port of {@code ports}, and makes the database {@code transferhub}. */
    static PrivatePostgres start(Path dir, int firstPort, int lastPort) throws IOException, InterruptedException {
        Path bin = Path.of(System.getProperty("transferhub.pg.bin", "/usr/lib/postgresql/15/bin"));
        if (!Files.isExecutable(bin.resolve("initdb"))) {
            throw new IllegalStateException("No PostgreSQL binaries in " + bin + " (set transferhub.pg.bin)");
        }
        dir = dir.toAbsolutePath();
        if (Files.exists(dir)) {
            run(List.of("rm", "-rf", dir.toString()), false);
        }
        Files.createDirectories(dir);
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(dir, users.lookupPrincipalByName(USER));
        }
        PrivatePostgres pg = new PrivatePostgres(bin, dir, freePort(firstPort, lastPort), root);
        pg.as(List.of(
                bin.resolve("initdb").toString(),
                "-D",
                pg.data.toString(),
                "-A",
                "trust",
                "-U",
                USER,
                "--no-sync",
                "-E",
                "UTF8"));
        pg.start();
        try (Connection c = DriverManager.getConnection(pg.url("postgres"), USER, "")) {
            c.createStatement().execute("CREATE DATABASE transferhub");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return pg;
    }

    String url() {
        return url("transferhub");
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    String user() {
        return USER;
    }

    int port() {
        return port;
    }

    void start() throws IOException, InterruptedException {
        pgCtl("start", "-w", "-l", log.toString(), "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data);
    }

    /** {@code pg_ctl stop -m immediate}: every server process quits at once, without a checkpoint, as in a crash. */
    void stopImmediately() throws IOException, InterruptedException {
        pgCtl("stop", "-w", "-m", "immediate");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            pgCtl("stop", "-w", "-m", "fast");
        }
    }

    private void pgCtl(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString()));
        cmd.addAll(List.of(args));
        as(cmd);
    }

    private void as(List<String> cmd) throws IOException, InterruptedException {
        run(cmd, asPostgres);
    }

    private static void run(List<String> cmd, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(cmd);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed:\n" + out);
        }
    }

    private static int freePort(int first, int last) {
        for (int port = first; port <= last; port++) {
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // the next one
            }
        }
        throw new IllegalStateException("No free port in " + first + "-" + last + " for PostgreSQL");
    }
}
