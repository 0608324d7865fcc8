package org.transferhub.ops.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** {@code ops/hub} of this checkout, run as an operator runs it. */
final class OpsHub {

    static final Path ROOT = Path.of(System.getProperty("transferhub.root", "../.."))
            .toAbsolutePath()
            .normalize();

    private OpsHub() {}

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
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        return dir;
    }
}
