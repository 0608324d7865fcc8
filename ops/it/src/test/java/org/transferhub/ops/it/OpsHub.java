package org.transferhub.ops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.transferhub.ops.Folders;
import org.transferhub.testkit.Keycloak;

/** {@code ops/hub} of this checkout, run as an operator runs it. */
final class OpsHub {

    static final Path ROOT = Path.of(System.getProperty("transferhub.root", "../.."))
            .toAbsolutePath()
            .normalize();

    /** The module's OpenID Connect provider; the testkit's realm lists this module's region addresses. */
    static final int KEYCLOAK_PORT = 18425;

    private static Keycloak keycloak;

    private OpsHub() {}

    /** Keycloak with the testkit's realm {@code transferhub}, started on first use, stopped when the tests end. */
    static synchronized Keycloak keycloak() throws Exception {
        if (keycloak == null) {
            Keycloak started = Keycloak.start(KEYCLOAK_PORT, "transferhub");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            keycloak = started;
        }
        return keycloak;
    }

    /** Runs {@code ops/hub args...}; fails the test unless it exits 0. Returns what it printed. */
    static String run(String... args) throws IOException, InterruptedException {
        List<String> cmd =
                new ArrayList<>(List.of("bash", ROOT.resolve("ops/hub").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("TRANSFERHUB_REBUILD"); // the build made everything it needs
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "ops/hub " + String.join(" ", args) + " failed:\n" + out);
        return out;
    }

    /** An empty folder under target/ (whatever an earlier run left there is removed). */
    static Path freshFolder(String name) throws IOException {
        Path dir = Path.of("target", name).toAbsolutePath();
        Folders.delete(dir);
        Files.createDirectories(dir);
        return dir;
    }
}
