package org.transferhub.kernel.event;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.transferhub.kernel.plugin.PluginContext;
import org.transferhub.spi.event.HubEvent;

/**
 * The {@code outbox} table in this plugin's schema, over JDBC on the region datasource. {@link
 * #record} is called inside the transaction that makes the fact: the event exists exactly when the
 * fact does.
 */
@ApplicationScoped
public class Outbox {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    PluginContext plugin;

    @Resource(lookup = "jdbc/transferhub")
    DataSource dataSource;

    private String table() {
        return plugin.id() + ".outbox";
    }

    /** Records an event of this plugin in the current transaction. */
    public HubEvent record(String type, String subject, Map<String, String> data) {
        HubEvent e = HubEvent.of(plugin.id(), type, subject, data);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO " + table() + " (id, type, subject, occurred_at, data) VALUES (?, ?, ?, ?, ?)")) {
            s.setObject(1, e.id());
            s.setString(2, e.type());
            s.setString(3, e.subject());
            s.setObject(4, e.occurredAt().atOffset(ZoneOffset.UTC));
            s.setString(5, JSONB.toJson(e.data()));
            s.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not record event " + type + " in the outbox", ex);
        }
        return e;
    }

    /** What waits in the outbox for the hub's event log: how many events, and since when. */
    public record Backlog(long events, Instant oldest) {}

    /** The events not yet relayed, for an operator's metrics: a growing backlog means the relay is stuck. */
    public Backlog backlog() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*), MIN(occurred_at) FROM " + table() + " WHERE relayed_at IS NULL");
                ResultSet r = s.executeQuery()) {
            r.next();
            OffsetDateTime oldest = r.getObject(2, OffsetDateTime.class);
            return new Backlog(r.getLong(1), oldest == null ? null : oldest.toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the outbox of plugin " + plugin.id(), e);
        }
    }

    /** The oldest events not yet relayed, at most {@code limit}. */
    List<HubEvent> unrelayed(int limit) throws SQLException {
        List<HubEvent> events = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, type, subject, occurred_at, data FROM " + table()
                        + " WHERE relayed_at IS NULL ORDER BY occurred_at, id")) {
            s.setMaxRows(limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    @SuppressWarnings("unchecked")
                    Map<String, String> data = JSONB.fromJson(r.getString(5), LinkedHashMap.class);
                    events.add(new HubEvent(
                            r.getObject(1, UUID.class),
                            null,
                            plugin.id(),
                            r.getString(2),
                            r.getString(3),
                            r.getObject(4, OffsetDateTime.class).toInstant(),
                            data));
                }
            }
        }
        return events;
    }

    /** Marks events the hub has acknowledged. */
    void relayed(List<HubEvent> events, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE " + table() + " SET relayed_at = ? WHERE id = ?")) {
            for (HubEvent e : events) {
                s.setTimestamp(1, Timestamp.from(at));
                s.setObject(2, e.id());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
