package org.transferhub.hub.directory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The two databases a region runs on, fresh for each test: an H2 file and a new PostgreSQL database. */
final class TestDatabases {

    private TestDatabases() {}

    static DataSource h2(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("transferhub").toAbsolutePath() + ";WRITE_DELAY=0");
        return ds;
    }

    /** A new, empty PostgreSQL database on the server named by {@code transferhub.test.pg.url}. */
    static DataSource postgres() throws SQLException {
        String admin = System.getProperty("transferhub.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("transferhub.test.pg.user", "postgres");
        String name = "transferhub_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(admin, user, "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(admin.substring(0, admin.lastIndexOf('/') + 1) + name);
        ds.setUser(user);
        return ds;
    }
}
