package org.transferhub.kernel.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates a plugin's schema with Flyway: one schema per plugin (named after its id) holding its
 * tables and its own history table, from the plugin's scripts in {@code db/migration/<plugin-id>}.
 * Instances starting together are safe: Flyway locks the history table, the second applies nothing.
 * The kernel's own tables ({@code db/kernel}) and demo data ({@code db/demo/<plugin-id>}) have
 * history tables of their own, so each evolves, or is switched on, without touching the others.
 */
public final class Migrations {

    public static final String HISTORY_TABLE = "flyway_history";
    public static final String DEMO_HISTORY_TABLE = "flyway_demo_history";
    public static final String KERNEL_HISTORY_TABLE = "flyway_kernel_history";

    private Migrations() {}

    /**
     * Migrates the kernel's tables (idempotency records, from {@code db/kernel}), then the plugin's
     * own, then its demo data when asked; each has its own history table in the plugin's schema.
     *
     * @return the number of migrations applied now
     */
    public static int migrate(DataSource dataSource, String pluginId, ClassLoader loader, boolean demoData) {
        String schema = schemaName(dataSource, pluginId);
        int applied = migrate(dataSource, schema, loader, KERNEL_HISTORY_TABLE, "classpath:db/kernel");
        applied += migrate(dataSource, schema, loader, HISTORY_TABLE, "classpath:db/migration/" + pluginId);
        if (demoData) {
            applied += migrate(dataSource, schema, loader, DEMO_HISTORY_TABLE, "classpath:db/demo/" + pluginId);
        }
        return applied;
    }

    private static int migrate(
            DataSource dataSource, String schema, ClassLoader loader, String historyTable, String location) {
        return Flyway.configure(loader)
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .table(historyTable)
                .locations(location)
                .failOnMissingLocations(false)
                // The schema holds the other histories' tables already: start this history at 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /**
     * The schema name as the database stores unquoted identifiers: Flyway quotes the names it is
     * given, the plugins' SQL and JPA mappings do not, so H2 (upper case) and PostgreSQL (lower
     * case) both see the same schema.
     */
    public static String schemaName(DataSource dataSource, String pluginId) {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            if (meta.storesUpperCaseIdentifiers()) {
                return pluginId.toUpperCase(Locale.ROOT);
            }
            return meta.storesLowerCaseIdentifiers() ? pluginId.toLowerCase(Locale.ROOT) : pluginId;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot reach the region database (jdbc/transferhub): " + e.getMessage(), e);
        }
    }
}
