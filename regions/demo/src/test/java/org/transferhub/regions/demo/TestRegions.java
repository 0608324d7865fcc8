package org.transferhub.regions.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Region folders made for one test: a region file and some of the demo region's WARs. */
final class TestRegions {

    private TestRegions() {}

    /** A fresh region folder: whatever an earlier run left there (data included) is removed first. */
    static Path make(String name, String regionProperties, List<String> wars) throws Exception {
        Path dir = Path.of("target", name);
        delete(dir);
        Path warDir = dir.resolve("target").resolve("wars");
        Files.createDirectories(warDir);
        Files.writeString(dir.resolve("region.properties"), regionProperties);
        for (String war : wars) {
            Files.copy(Path.of("target", "wars", war), warDir.resolve(war), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    /** Removes a folder and everything in it, if it is there. */
    static void delete(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
