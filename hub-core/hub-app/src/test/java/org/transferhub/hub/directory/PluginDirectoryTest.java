package org.transferhub.hub.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferhub.kernel.config.RegionSettings;
import org.transferhub.kernel.persistence.Migrations;
import org.transferhub.spi.Page;
import org.transferhub.spi.directory.PluginEntry;
import org.transferhub.spi.directory.PluginStatus;
import org.transferhub.spi.directory.Registration;
import org.transferhub.spi.plugin.PluginDescriptor;
import org.transferhub.spi.plugin.SpiReference;
import org.transferhub.testkit.TestDatabases;

/** The directory's JPA mapping, queries and rules on H2 and on PostgreSQL, with the real Flyway migration. */
class PluginDirectoryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path h2Dir;

    private static EntityManagerFactory open(DataSource ds) {
        return Persistence.createEntityManagerFactory("hub-test", Map.of("jakarta.persistence.nonJtaDataSource", ds));
    }

    private static PluginDirectory directory(EntityManager em, Instant now) {
        PluginDirectory d = new PluginDirectory();
        d.em = em;
        d.region = new RegionSettings() {
            @Override
            public Duration heartbeat() {
                return Duration.ofSeconds(10);
            }
        };
        d.clock = Clock.fixed(now, ZoneOffset.UTC);
        return d;
    }

    private static Registration registration(String id, String spi, PluginStatus status, String message) {
        var d = new PluginDescriptor(
                id,
                "1.0.0",
                Map.of("en", id),
                spi == null ? null : new SpiReference(spi, "0.1", false),
                List.of(),
                List.of(),
                null);
        return new Registration(d, URI.create("http://127.0.0.1:8080/" + id), status, message);
    }

    private static void inTransaction(EntityManager em, Runnable work) {
        em.getTransaction().begin();
        work.run();
        em.getTransaction().commit();
    }

    @Test
    void onH2() {
        registersPagesAndSurvivesARestart(TestDatabases.h2(h2Dir));
    }

    @Test
    void onPostgres() throws Exception {
        try (TestDatabases.Postgres db = TestDatabases.postgres()) {
            registersPagesAndSurvivesARestart(db.dataSource());
        }
    }

    private void registersPagesAndSurvivesARestart(DataSource ds) {
        assertEquals(
                6,
                Migrations.migrate(ds, "hub", getClass().getClassLoader(), false),
                "the kernel's four migrations and the hub's two");
        assertEquals(
                0, Migrations.migrate(ds, "hub", getClass().getClassLoader(), false), "a second start applies nothing");

        EntityManagerFactory emf = open(ds);
        EntityManager em = emf.createEntityManager();
        PluginDirectory dir = directory(em, T0);
        inTransaction(em, () -> {
            dir.register(
                    "vouchers",
                    "node1",
                    registration("vouchers", "org.transferhub.spi.voucher.VoucherService", PluginStatus.UP, null));
            dir.register(
                    "vouchers",
                    "node2",
                    registration(
                            "vouchers",
                            "org.transferhub.spi.voucher.VoucherService",
                            PluginStatus.DOWN,
                            "database down"));
            dir.register(
                    "talent",
                    "node1",
                    registration("talent", "org.transferhub.spi.talent.TalentRegistry", PluginStatus.UP, null));
            dir.register(
                    "hello", "node1", registration("hello", null, PluginStatus.DOWN, "Required SPI X has no provider"));
        });
        // A heartbeat updates the instance, it does not add one.
        inTransaction(
                em,
                () -> dir.register(
                        "talent",
                        "node1",
                        registration("talent", "org.transferhub.spi.talent.TalentRegistry", PluginStatus.UP, null)));
        em.close();
        emf.close();

        // A new EntityManagerFactory on the same database: what a restart sees.
        emf = open(ds);
        em = emf.createEntityManager();
        PluginDirectory after = directory(em, T0.plusSeconds(5));
        Page<PluginEntry> first = after.plugins(null, 2, null);
        assertEquals(
                List.of("hello", "talent"),
                first.items().stream().map(PluginEntry::id).toList());
        assertEquals("talent", first.nextCursor());
        Page<PluginEntry> second = after.plugins(null, 2, first.nextCursor());
        assertEquals(
                List.of("vouchers"),
                second.items().stream().map(PluginEntry::id).toList());
        assertNull(second.nextCursor());

        PluginEntry hello = first.items().get(0);
        assertEquals(PluginStatus.DOWN, hello.status());
        assertEquals("Required SPI X has no provider", hello.message());
        assertEquals(1, first.items().get(1).instances().size());

        PluginEntry vouchers = second.items().get(0);
        assertEquals(PluginStatus.UP, vouchers.status(), "a plugin is UP while any instance is");
        assertEquals(2, vouchers.instances().size());
        assertEquals(URI.create("http://127.0.0.1:8080/vouchers"), vouchers.baseUrl());

        Page<PluginEntry> providers = after.plugins("org.transferhub.spi.talent.TalentRegistry", 10, null);
        assertEquals(
                List.of("talent"),
                providers.items().stream().map(PluginEntry::id).toList());

        // Silent for three heartbeats: STALE.
        PluginDirectory later = directory(em, T0.plusSeconds(31));
        assertEquals(
                PluginStatus.STALE,
                later.plugins(null, 10, "hello").items().get(0).status());
        em.close();
        emf.close();
    }
}
