package org.transferhub.ops.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The ceiling of the redemption path: the same work as a hold and its capture in plain JDBC, on a
 * voucher table and a posting table shaped like the vouchers plugin's, in a schema {@code bench_raw}
 * of its own. One operation is two transactions, each: {@code SELECT ... FOR UPDATE} the voucher
 * row, {@code UPDATE} its amounts, {@code INSERT} the journal's two postings, {@code COMMIT}. The
 * connections come from a fixed pool as large as the region's (Payara's default, 32).
 */
final class RawRedemptions implements AutoCloseable {

    /** Payara Micro's default {@code max-pool-size}, which the region's pool keeps. */
    static final int POOL_SIZE = 32;

    static final long VOUCHER_AMOUNT = 1_000_000_000L;
    static final long SHARE = 100;

    private final BlockingQueue<Connection> pool;

    private RawRedemptions(BlockingQueue<Connection> pool) {
        this.pool = pool;
    }

    /** An embedded H2 file database {@code bench_raw} in {@code dir}, opened as the launcher opens the region's. */
    static RawRedemptions h2(java.nio.file.Path dir, int vouchers) throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("bench_raw").toAbsolutePath() + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
        return open(url, "sa", vouchers);
    }

    /** Schema {@code bench_raw} in a PostgreSQL database the caller made for the run. */
    static RawRedemptions postgres(String url, String user, int vouchers) throws SQLException {
        return open(url, user, vouchers);
    }

    private static RawRedemptions open(String url, String user, int vouchers) throws SQLException {
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL_SIZE);
        for (int i = 0; i < POOL_SIZE; i++) {
            Connection c = DriverManager.getConnection(url, user, "");
            c.setAutoCommit(false);
            pool.add(c);
        }
        RawRedemptions raw = new RawRedemptions(pool);
        raw.create(vouchers);
        return raw;
    }

    private void create(int vouchers) throws SQLException {
        Connection c = pool.remove();
        try (Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS bench_raw CASCADE");
            s.execute("CREATE SCHEMA bench_raw");
            // The plugin's voucher and posting tables (db/migration/vouchers/V1), less what a hold does not touch.
            s.execute("CREATE TABLE bench_raw.voucher (code VARCHAR(40) NOT NULL PRIMARY KEY,"
                    + " available BIGINT NOT NULL, held BIGINT NOT NULL, row_version BIGINT NOT NULL,"
                    + " CONSTRAINT voucher_not_overdrawn CHECK (available >= 0 AND held >= 0))");
            s.execute("CREATE TABLE bench_raw.posting (id UUID NOT NULL PRIMARY KEY, journal_id UUID NOT NULL,"
                    + " account VARCHAR(120) NOT NULL, amount BIGINT NOT NULL, currency CHAR(3) NOT NULL,"
                    + " region VARCHAR(31) NOT NULL)");
            s.execute("CREATE INDEX posting_account ON bench_raw.posting (account)");
            s.execute("CREATE INDEX posting_journal ON bench_raw.posting (journal_id)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO bench_raw.voucher VALUES (?, ?, 0, 0)")) {
                for (int i = 0; i < vouchers; i++) {
                    p.setString(1, code(i));
                    p.setLong(2, VOUCHER_AMOUNT);
                    p.executeUpdate();
                }
            }
            c.commit();
        } finally {
            pool.add(c);
        }
    }

    /** Client {@code i}'s operation: a hold and a capture of {@link #SHARE} on voucher {@code i}. */
    LoadRun.Operation client(int i) {
        String code = code(i);
        return () -> {
            move(code, -SHARE, SHARE, "available", "held");
            move(code, 0, -SHARE, "held", "provider/bench/payable");
        };
    }

    /** One transaction: the voucher row locked and changed, the journal's two postings written. */
    private void move(String code, long toAvailable, long toHeld, String from, String to)
            throws SQLException, InterruptedException {
        Connection c = pool.take();
        try {
            long available;
            long held;
            try (PreparedStatement s =
                    c.prepareStatement("SELECT available, held FROM bench_raw.voucher WHERE code = ? FOR UPDATE")) {
                s.setString(1, code);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    available = r.getLong(1);
                    held = r.getLong(2);
                }
            }
            if (available + toAvailable < 0 || held + toHeld < 0) {
                throw new IllegalStateException("Voucher " + code + " is spent");
            }
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE bench_raw.voucher SET available = ?, held = ?, row_version = row_version + 1 WHERE code = ?")) {
                u.setLong(1, available + toAvailable);
                u.setLong(2, held + toHeld);
                u.setString(3, code);
                u.executeUpdate();
            }
            UUID journal = UUID.randomUUID();
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO bench_raw.posting (id, journal_id, account, amount, currency, region) VALUES (?, ?, ?, ?, 'CNY', 'bench')")) {
                post(p, journal, "voucher/" + code + "/" + from, -SHARE);
                post(p, journal, "voucher/" + code + "/" + to, SHARE);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            pool.add(c);
        }
    }

    private static void post(PreparedStatement p, UUID journal, String account, long amount) throws SQLException {
        p.setObject(1, UUID.randomUUID());
        p.setObject(2, journal);
        p.setString(3, account);
        p.setLong(4, amount);
        p.executeUpdate();
    }

    /**
     * Whether the books balance: the postings add up to 0 and every voucher row's amounts are what
     * its postings say.
     */
    boolean balanced() throws SQLException, InterruptedException {
        Connection c = pool.take();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT (SELECT COALESCE(SUM(amount), 0) FROM bench_raw.posting),"
                        + " (SELECT COUNT(*) FROM bench_raw.voucher v WHERE v.available <> " + VOUCHER_AMOUNT
                        + " + (SELECT COALESCE(SUM(amount), 0) FROM bench_raw.posting p"
                        + " WHERE p.account = 'voucher/' || v.code || '/available'))")) {
            r.next();
            boolean balanced = r.getLong(1) == 0 && r.getLong(2) == 0;
            c.commit();
            return balanced;
        } finally {
            pool.add(c);
        }
    }

    private static String code(int i) {
        return "BENCH-" + i;
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : pool) {
            c.close();
        }
    }
}
