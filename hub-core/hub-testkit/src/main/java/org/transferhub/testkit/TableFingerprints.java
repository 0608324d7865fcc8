package org.transferhub.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every table of a database, each with its row count and a hash of its content: what a backup and
 * its restore must agree on. The hash does not depend on the order rows come back in.
 */
public final class TableFingerprints {

    private static final Set<String> SYSTEM_SCHEMAS = Set.of("INFORMATION_SCHEMA", "PG_CATALOG");

    private TableFingerprints() {}

    /** One table's fingerprint. */
    public record Fingerprint(long rows, String hash) {}

    /** Schema-qualified table name (as the database spells it) to its fingerprint, sorted by name. */
    public static TreeMap<String, Fingerprint> of(Connection c) throws SQLException {
        TreeMap<String, Fingerprint> tables = new TreeMap<>();
        DatabaseMetaData meta = c.getMetaData();
        List<String[]> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (!SYSTEM_SCHEMAS.contains(schema.toUpperCase(java.util.Locale.ROOT))) {
                    names.add(new String[] {schema, rs.getString("TABLE_NAME")});
                }
            }
        }
        for (String[] n : names) {
            tables.put(n[0] + "." + n[1], fingerprint(c, n[0], n[1]));
        }
        return tables;
    }

    private static Fingerprint fingerprint(Connection c, String schema, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + quote(schema) + "." + quote(table))) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.append(md.getColumnName(i)).append('=');
                    row.append(v instanceof byte[] b ? Base64.getEncoder().encodeToString(b) : String.valueOf(v));
                    row.append('\u0001');
                }
                rows.add(sha256(row.toString()));
            }
        }
        rows.sort(null);
        return new Fingerprint(rows.size(), sha256(String.join(",", rows)));
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
