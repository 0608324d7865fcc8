package org.transferhub.testkit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.transferhub.kernel.persistence.Migrations;

/**
 * A plugin's tables on a fresh database of either kind a region runs on, migrated by the plugin's
 * own Flyway scripts, with its test persistence unit on top: one per JPA scenario, closed (and a
 * PostgreSQL database dropped) after it. Parameterize scenarios over {@link Kind} to run each on both.
 */
public final class ScenarioDatabase implements AutoCloseable {

    /** The two databases a region runs on. */
    public enum Kind {
        H2,
        POSTGRES
    }

    private final EntityManagerFactory emf;
    private final TestDatabases.Postgres postgres;

    private ScenarioDatabase(EntityManagerFactory emf, TestDatabases.Postgres postgres) {
        this.emf = emf;
        this.postgres = postgres;
    }

    /**
     * @param h2Dir a temporary folder for the H2 file (unused for PostgreSQL)
     * @param pluginId the plugin's id: its schema and its migrations' folder
     * @param unit the test persistence unit (RESOURCE_LOCAL, no data source of its own)
     */
    public static ScenarioDatabase open(Kind kind, Path h2Dir, String pluginId, String unit) {
        return open(kind, h2Dir, pluginId, unit, false);
    }

    /** The same, with the plugin's demo data when {@code demoData}. */
    public static ScenarioDatabase open(Kind kind, Path h2Dir, String pluginId, String unit, boolean demoData) {
        TestDatabases.Postgres postgres = kind == Kind.POSTGRES ? TestDatabases.postgres() : null;
        DataSource ds = postgres == null ? TestDatabases.h2(h2Dir) : postgres.dataSource();
        Migrations.migrate(ds, pluginId, ScenarioDatabase.class.getClassLoader(), demoData);
        return new ScenarioDatabase(
                Persistence.createEntityManagerFactory(unit, Map.of("jakarta.persistence.nonJtaDataSource", ds)),
                postgres);
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    /** Runs {@code work} in its own transaction, as one request does; an exception rolls it back and is rethrown. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    @Override
    public void close() throws Exception {
        emf.close(); // before the database is dropped
        if (postgres != null) {
            postgres.close();
        }
    }
}
