package org.transferhub.kernel.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.transferhub.kernel.persistence.Migrations;

class LeasesTest {

    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void oneInstanceAtATimeOnH2() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
        oneAtATime(ds);
    }

    @Test
    void oneInstanceAtATimeOnPostgres() throws Exception {
        String admin = System.getProperty("transferhub.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String name = "transferhub_lease_" + System.nanoTime();
        try (var c = java.sql.DriverManager.getConnection(admin, "postgres", "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        try {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(admin.substring(0, admin.lastIndexOf('/') + 1) + name);
            ds.setUser("postgres");
            oneAtATime(ds);
        } finally {
            try (var c = java.sql.DriverManager.getConnection(admin, "postgres", "")) {
                c.createStatement().execute("DROP DATABASE " + name + " WITH (FORCE)");
            }
        }
    }

    private void oneAtATime(DataSource ds) throws Exception {
        Migrations.migrate(ds, "vouchers", getClass().getClassLoader(), false);
        Leases leases = new Leases(ds, "vouchers");
        Duration ttl = Duration.ofMinutes(1);

        // Eight instances ask at once for a free lease: exactly one gets it.
        var pool = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> asks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String holder = "node" + i;
            asks.add(() -> leases.tryAcquire("expiry", holder, ttl, T0));
        }
        int granted = 0;
        for (Future<Boolean> f : pool.invokeAll(asks)) {
            granted += f.get() ? 1 : 0;
        }
        pool.shutdownNow();
        assertEquals(1, granted);

        String owner = null;
        for (int i = 0; i < 8 && owner == null; i++) {
            if (leases.tryAcquire("expiry", "node" + i, ttl, T0.plusSeconds(30))) {
                owner = "node" + i; // the holder renews; nobody else could take it
            }
        }
        String other = owner.equals("node0") ? "node1" : "node0";
        assertFalse(leases.tryAcquire("expiry", other, ttl, T0.plusSeconds(45)), "held by " + owner);
        assertTrue(leases.tryAcquire("expiry", other, ttl, T0.plusSeconds(91)), "run out: another instance takes over");
        assertFalse(leases.tryAcquire("expiry", owner, ttl, T0.plusSeconds(92)));
        assertTrue(leases.tryAcquire("settlement", owner, ttl, T0.plusSeconds(92)), "each job has its own lease");

        // A holder that stops gives its lease up: another instance takes it at once, not when it runs out.
        leases.release("settlement", other, T0.plusSeconds(93));
        assertFalse(leases.tryAcquire("settlement", other, ttl, T0.plusSeconds(94)), "only the holder releases");
        leases.release("settlement", owner, T0.plusSeconds(95));
        assertTrue(leases.tryAcquire("settlement", other, ttl, T0.plusSeconds(96)), "released: taken at once");

        // The run log: each run with its holder and outcome; runs older than what is kept are deleted.
        leases.runStarted("expiry", other, T0.plusSeconds(100), T0);
        leases.runEnded("expiry", other, T0.plusSeconds(100), T0.plusSeconds(101), true);
        leases.runStarted("expiry", other, T0.plusSeconds(200), T0);
        leases.runEnded("expiry", other, T0.plusSeconds(200), T0.plusSeconds(201), false);
        leases.runStarted("expiry", other, T0.plusSeconds(300), T0.plusSeconds(150));
        assertEquals(List.of("FAILED " + other, "RUNNING " + other), runLog(ds, "expiry"));
    }

    private static List<String> runLog(DataSource ds, String lease) throws Exception {
        List<String> runs = new ArrayList<>();
        try (var c = ds.getConnection();
                var s = c.prepareStatement(
                        "SELECT outcome, holder FROM vouchers.lease_run WHERE lease = ? ORDER BY started_at")) {
            s.setString(1, lease);
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    runs.add(r.getString(1) + " " + r.getString(2));
                }
            }
        }
        return runs;
    }
}
