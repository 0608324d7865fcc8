package org.transferhub.ops;

import java.nio.file.Path;

/**
 * How to run one region.
 *
 * @param regionDir {@code regions/<name>}: its {@code region.properties} and, after the build,
 *     {@code target/wars/*.war}
 * @param port the HTTP port, on 127.0.0.1
 * @param dataDir the region's data directory (H2 database, keys, logs)
 * @param database where the region's data lives
 */
public record RegionOptions(Path regionDir, int port, Path dataDir, Database database) {

    /** The region database: embedded H2 under the data directory, or a PostgreSQL server. */
    public sealed interface Database permits H2, Postgres {}

    /** H2 file database under the data directory. */
    public record H2() implements Database {}

    /** A PostgreSQL database that exists already. */
    public record Postgres(String url, String user, String password) implements Database {}

    public String regionName() {
        return regionDir.getFileName().toString();
    }
}
