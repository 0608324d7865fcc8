package org.transferhub.kernel.idempotency;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.transferhub.kernel.plugin.PluginContext;

/** The {@code idempotency_record} table in this plugin's schema, over plain JDBC on the region datasource. */
@ApplicationScoped
public class IdempotencyRecords {

    @Inject
    PluginContext plugin;

    @Resource(lookup = "jdbc/transferhub")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The first result of a request. */
    record Stored(String hash, int status, String body) {}

    private String table() {
        // Unquoted, as the plugin's own SQL: the database folds it to the schema Flyway created.
        return plugin.id() + ".idempotency_record";
    }

    Optional<Stored> find(String scope, String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT request_hash, status, response_body FROM " + table()
                        + " WHERE scope = ? AND idem_key = ?")) {
            s.setString(1, scope);
            s.setString(2, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? Optional.of(new Stored(r.getString(1).trim(), r.getInt(2), r.getString(3)))
                        : Optional.empty();
            }
        }
    }

    /** Whether the caller runs in an active transaction, which a record must commit with. */
    boolean inTransaction() {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    /**
     * Records a result. Called inside the request's transaction: the connection is enlisted in it.
     *
     * @throws SQLException a unique violation when another request with the same key got there first
     */
    void insert(String scope, String key, String hash, int status, String body) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO " + table()
                                + " (scope, idem_key, request_hash, status, response_body, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, scope);
            s.setString(2, key);
            s.setString(3, hash);
            s.setInt(4, status);
            s.setString(5, body);
            s.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }
}
