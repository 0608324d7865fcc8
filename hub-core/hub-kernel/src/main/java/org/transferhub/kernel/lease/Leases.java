package org.transferhub.kernel.lease;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Leases in a plugin's schema. {@link #tryAcquire} takes or renews a lease in one statement each
 * (an update, else an insert), committed at once: two instances asking together get one yes.
 * {@link #release} gives a lease up early; {@link #runStarted} and {@link #runEnded} keep the
 * lease's run log ({@code lease_run}).
 */
public class Leases {

    private final DataSource dataSource;
    private final String table;
    private final String runs;

    /** @param schema the plugin's schema (its id), where the kernel's migration made the table */
    public Leases(DataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.table = schema + ".lease";
        this.runs = schema + ".lease_run";
    }

    /**
     * Takes the lease {@code name} for {@code holder} until {@code now + ttl} when it is free,
     * run out, or already this holder's.
     *
     * @return whether {@code holder} holds it now
     */
    public boolean tryAcquire(String name, String holder, Duration ttl, Instant now) throws SQLException {
        OffsetDateTime until = now.plus(ttl).atOffset(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement renew = c.prepareStatement("UPDATE " + table
                    + " SET holder = ?, held_until = ? WHERE name = ? AND (holder = ? OR held_until < ?)")) {
                renew.setString(1, holder);
                renew.setObject(2, until);
                renew.setString(3, name);
                renew.setString(4, holder);
                renew.setObject(5, now.atOffset(ZoneOffset.UTC));
                if (renew.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement take =
                    c.prepareStatement("INSERT INTO " + table + " (name, holder, held_until) VALUES (?, ?, ?)")) {
                take.setString(1, name);
                take.setString(2, holder);
                take.setObject(3, until);
                take.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    return false; // the row exists and another holder's lease has not run out
                }
                throw e;
            }
        }
    }

    /**
     * Gives the lease up at {@code now} when {@code holder} holds it, so that another instance takes
     * it at its next try instead of two intervals later.
     */
    public void release(String name, String holder, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("UPDATE " + table + " SET held_until = ? WHERE name = ? AND holder = ?")) {
            c.setAutoCommit(true);
            s.setObject(1, now.atOffset(ZoneOffset.UTC));
            s.setString(2, name);
            s.setString(3, holder);
            s.executeUpdate();
        }
    }

    /**
     * Logs that {@code holder} starts a run of the lease's job at {@code at} (outcome {@code
     * RUNNING} until {@link #runEnded}), and deletes the lease's runs that started before {@code
     * keepSince}.
     */
    public void runStarted(String name, String holder, Instant at, Instant keepSince) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO " + runs + " (lease, holder, started_at, outcome) VALUES (?, ?, ?, 'RUNNING')")) {
                s.setString(1, name);
                s.setString(2, holder);
                s.setObject(3, at.atOffset(ZoneOffset.UTC));
                s.executeUpdate();
            }
            try (PreparedStatement s =
                    c.prepareStatement("DELETE FROM " + runs + " WHERE lease = ? AND started_at < ?")) {
                s.setString(1, name);
                s.setObject(2, keepSince.atOffset(ZoneOffset.UTC));
                s.executeUpdate();
            }
        }
    }

    /** Logs the end of the run {@link #runStarted} logged: {@code DONE}, or {@code FAILED} when it threw. */
    public void runEnded(String name, String holder, Instant startedAt, Instant endedAt, boolean ok)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE " + runs
                        + " SET ended_at = ?, outcome = ? WHERE lease = ? AND started_at = ? AND holder = ?")) {
            c.setAutoCommit(true);
            s.setObject(1, endedAt.atOffset(ZoneOffset.UTC));
            s.setString(2, ok ? "DONE" : "FAILED");
            s.setString(3, name);
            s.setObject(4, startedAt.atOffset(ZoneOffset.UTC));
            s.setString(5, holder);
            s.executeUpdate();
        }
    }
}
