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
 */
public class Leases {

    private final DataSource dataSource;
    private final String table;

    /** @param schema the plugin's schema (its id), where the kernel's migration made the table */
    public Leases(DataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.table = schema + ".lease";
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
}
