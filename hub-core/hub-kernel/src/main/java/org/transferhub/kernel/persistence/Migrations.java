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
 * Demo data ({@code db/demo/<plugin-id>}) has a history table of its own, so a region can switch
 * it on without touching the schema's history.
 */
public final class Migrations {

    public static final String HISTORY_TABLE = "flyway_history";
    public static final String DEMO_HISTORY_TABLE = "flyway_demo_history";

    private Migrations() {}

    /** @return the number of migrations applied now */
    public static int migrate(DataSource dataSource, String pluginId, ClassLoader loader, boolean demoData) {
        String schema = schemaName(dataSource, pluginId);
        int applied = Flyway.configure(loader)
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .table(HISTORY_TABLE)
                .locations("classpath:db/migration/" + pluginId)
                .failOnMissingLocations(false)
                .load()
                .migrate()
                .migrationsExecuted;
        if (demoData) {
            applied += Flyway.configure(loader)
                    .dataSource(dataSource)
                    .schemas(schema)
                    .table(DEMO_HISTORY_TABLE)
                    .locations("classpath:db/demo/" + pluginId)
                    .failOnMissingLocations(false)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate()
                    .migrationsExecuted;
        }
        return applied;
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
            throw new IllegalStateException("Cannot reach the region database (jdbc/transferhub): " + e.getMessage(), e);
        }
    }
}
