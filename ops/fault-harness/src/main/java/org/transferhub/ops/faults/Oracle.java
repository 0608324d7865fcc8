package org.transferhub.ops.faults;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.transferhub.ops.workload.Ack;

/**
 * The acknowledged operations, checked against the region's database: each acknowledged
 * operation's hold is there, CAPTURED, of the acknowledged amount and with the acknowledged id
 * (else it is lost); no operation has more than one hold (else it is duplicated, e.g. a retry that
 * acted again). Holds of operations that were never acknowledged (given up) are counted apart.
 *
 * @param acknowledged operations the clients logged as acknowledged
 * @param lost acknowledged operations the database does not hold as acknowledged
 * @param duplicated holds beyond the first of one operation
 * @param unacknowledged operations the database holds that no client saw acknowledged
 * @param examples a few of the lost and duplicated, for the report
 */
record Oracle(long acknowledged, long lost, long duplicated, long unacknowledged, List<String> examples) {

    /** A hold of the workload's provider, as the database holds it. */
    private record Hold(String id, String status, long share) {}

    static Oracle check(List<Ack> acks, DataSource db, String providerId) throws SQLException {
        Map<String, List<Hold>> holds = new HashMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, order_reference, status, voucher_share FROM "
                        + table(c, "vouchers", "voucher_hold") + " WHERE provider_id = ?")) {
            s.setObject(1, UUID.fromString(providerId));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    holds.computeIfAbsent(r.getString(2), k -> new ArrayList<>())
                            .add(new Hold(r.getString(1), r.getString(3), r.getLong(4)));
                }
            }
        }
        List<String> examples = new ArrayList<>();
        long lost = 0;
        for (Ack a : acks) {
            List<Hold> found = holds.getOrDefault(a.operation(), List.of());
            boolean there = found.stream()
                    .anyMatch(h -> h.id().equalsIgnoreCase(a.holdId())
                            && h.status().equals("CAPTURED")
                            && h.share() == a.amount());
            if (!there) {
                lost++;
                example(examples, "lost " + a + ": the database holds " + found);
            }
        }
        long duplicated = 0;
        for (var e : holds.entrySet()) {
            if (e.getValue().size() > 1) {
                duplicated += e.getValue().size() - 1;
                example(examples, "duplicated " + e.getKey() + ": " + e.getValue());
            }
        }
        var acknowledged = acks.stream().map(Ack::operation).collect(java.util.stream.Collectors.toSet());
        long unacknowledged =
                holds.keySet().stream().filter(o -> !acknowledged.contains(o)).count();
        return new Oracle(acks.size(), lost, duplicated, unacknowledged, examples);
    }

    private static void example(List<String> examples, String what) {
        if (examples.size() < 10) {
            examples.add(what);
        }
    }

    /**
     * A plugin's table as the database spells it: Flyway makes the schema, the migration the
     * table, and H2 and PostgreSQL fold unquoted names differently.
     */
    static String table(Connection c, String schema, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_SCHEM").equalsIgnoreCase(schema)
                        && rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return '"' + rs.getString("TABLE_SCHEM") + "\".\"" + rs.getString("TABLE_NAME") + '"';
                }
            }
        }
        throw new IllegalStateException("No table " + schema + "." + table + " in the region's database");
    }
}
