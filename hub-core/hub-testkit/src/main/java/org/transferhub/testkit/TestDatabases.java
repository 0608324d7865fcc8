package org.transferhub.testkit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two databases a region runs on, fresh for each test: an H2 file (as the launcher opens it)
 * and a new database on the PostgreSQL server named by the system properties
 * {@code transferhub.test.pg.url} (an existing database to connect to, default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}) and {@code transferhub.test.pg.user}.
 */
public final class TestDatabases {

    private TestDatabases() {}

    /** A PostgreSQL database made for one test; closing it drops it. */
    public record Postgres(String url, String user) implements AutoCloseable {

        public DataSource dataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url);
            ds.setUser(user);
            return ds;
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = DriverManager.getConnection(adminUrl(), user, "")) {
                c.createStatement()
                        .execute(
                                "DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1) + " WITH (FORCE)");
            }
        }
    }

    private static String adminUrl() {
        return System.getProperty("transferhub.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    /**
     * An H2 file database as the launcher opens it. It stays open until the JVM ends: this
     * DataSource does not pool, and H2 would otherwise close, compact and reopen the file for
     * every connection (a server's pool keeps one open).
     */
    public static DataSource h2(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("transferhub").toAbsolutePath()
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** Creates a new, empty PostgreSQL database; fails with what to do when the server does not answer. */
    public static Postgres postgres() {
        String admin = adminUrl();
        String user = System.getProperty("transferhub.test.pg.user", "postgres");
        String name = "transferhub_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(admin, user, "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL must answer at " + admin + " as " + user + " for this test (.ci/run starts it)", e);
        }
        return new Postgres(admin.substring(0, admin.lastIndexOf('/') + 1) + name, user);
    }
}
