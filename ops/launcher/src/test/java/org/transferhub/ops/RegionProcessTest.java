package org.transferhub.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RegionProcessTest {

    @Test
    void asadminPropertyValuesEscapeColonsAndEquals() {
        assertEquals(
                "jdbc\\:h2\\:file\\:/data/db;WRITE_DELAY\\=0",
                RegionProcess.escape("jdbc:h2:file:/data/db;WRITE_DELAY=0"));
    }

    @Test
    void h2IsDurableByDefault() {
        String commands = RegionProcess.datasourceCommands(new RegionOptions.H2(), Path.of("/srv/demo"));
        assertTrue(
                commands.contains(
                        "--property url=jdbc\\:h2\\:file\\:/srv/demo/db/transferhub;WRITE_DELAY\\=0;LOCK_TIMEOUT\\=10000 "),
                commands);
        assertTrue(
                commands.contains("create-jdbc-resource --connectionpoolid transferhub-pool jdbc/transferhub"),
                commands);
        assertTrue(commands.contains("--statementcachesize 64"), "each connection keeps its statements: " + commands);
    }

    @Test
    void postgresGetsAPasswordPropertyEvenUnderTrustAuthentication() {
        String trusted = RegionProcess.datasourceCommands(
                new RegionOptions.Postgres("jdbc:postgresql://127.0.0.1:5432/transferhub_demo", "postgres", ""),
                Path.of("/x"));
        assertTrue(
                trusted.contains(
                        "url=jdbc\\:postgresql\\://127.0.0.1\\:5432/transferhub_demo:user=postgres:password=unused "),
                trusted);
        String secret = RegionProcess.datasourceCommands(
                new RegionOptions.Postgres("jdbc:postgresql://db:5432/hub", "hub", "p:a=ss"), Path.of("/x"));
        assertTrue(secret.contains(":password=p\\:a\\=ss "), secret);
    }

    @Test
    void aWarIsServedAtItsNameAndRootAtTheRoot() {
        assertEquals("/hub", RegionProcess.contextRoot(Path.of("target/wars/hub.war")));
        assertEquals("/", RegionProcess.contextRoot(Path.of("target/wars/ROOT.war")));
    }
}
