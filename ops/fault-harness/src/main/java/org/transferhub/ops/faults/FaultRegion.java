package org.transferhub.ops.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.transferhub.ops.RegionOptions;
import org.transferhub.ops.RegionProcess;
import org.transferhub.ops.workload.RegionHttp;
import org.transferhub.testkit.RegionTokens;
import org.transferhub.testkit.TestDatabases;

/**
 * The demo region a fault run starts (and starts again on the same data), and its database as the
 * run reads it to check the region. An H2 database can be read only while the region is stopped
 * (the server holds the file); a PostgreSQL one at any time.
 */
record FaultRegion(RegionOptions options, DataSource database) {

    /** Where the repository is: the regions and their built WARs ({@code transferhub.root}, else here). */
    static Path root() {
        return Path.of(System.getProperty("transferhub.root", "."))
                .toAbsolutePath()
                .normalize();
    }

    static FaultRegion onH2(int port, Path data) {
        return new FaultRegion(
                new RegionOptions(root().resolve("regions/demo"), port, data, new RegionOptions.H2()),
                TestDatabases.h2(data.toAbsolutePath().resolve("db")));
    }

    static FaultRegion onPostgres(int port, Path data, String url, String user) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(user);
        return new FaultRegion(
                new RegionOptions(
                        root().resolve("regions/demo"), port, data, new RegionOptions.Postgres(url, user, "")),
                ds);
    }

    RegionProcess start() throws IOException, InterruptedException {
        return RegionProcess.start(options);
    }

    /** A client of the region for the workload: a request without an answer in 10 s is sent again. */
    RegionHttp http() {
        return new RegionHttp(java.net.URI.create("http://127.0.0.1:" + options.port()), Duration.ofSeconds(10));
    }

    /** Tokens signed with the region's own key, for roles no demo user has. */
    RegionTokens tokens() {
        return new RegionTokens(options.dataDir().toAbsolutePath().resolve("keys"), "demo");
    }

    /** The demo region's WARs, as its build collected them. */
    Path wars() {
        return options.regionDir().resolve("target/wars");
    }
}
