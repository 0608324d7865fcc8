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
 * @param member this instance's place in a cluster, or {@code null} for a region of one instance
 * @param secretsDir the secrets directory (a file per key, Payara Micro's {@code --secretsdir}), or
 *     {@code null} for {@code <dataDir>/secrets} when that exists
 */
public record RegionOptions(Path regionDir, int port, Path dataDir, Database database, Member member, Path secretsDir) {

    /** A region of one instance. */
    public RegionOptions(Path regionDir, int port, Path dataDir, Database database) {
        this(regionDir, port, dataDir, database, null, null);
    }

    /** These options with the secrets read from {@code dir} ({@code --secrets}). */
    public RegionOptions withSecrets(Path dir) {
        return new RegionOptions(regionDir, port, dataDir, database, member, dir);
    }

    /**
     * One instance of a cluster ({@code ops/hub cluster}): Payara Micro's data grid (Hazelcast) on
     * 127.0.0.1 only, members found over TCP at the given ports (no multicast), and the region's
     * signing keys in a directory every instance shares.
     *
     * @param clusterName the data grid's name: unique per cluster, so that no other Payara Micro on
     *     the machine joins it
     * @param name this instance's name in the data grid
     * @param gridPort this instance's data grid port
     * @param gridPorts every member's data grid port
     * @param keysDir the signing keys every instance shares ({@code transferhub.region.keys.dir})
     */
    public record Member(
            String clusterName, String name, int gridPort, java.util.List<Integer> gridPorts, Path keysDir) {}

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
