package org.transferhub.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionConfigSourceTest {

    @TempDir
    Path dir;

    @Test
    void readsTheRegionFileInUtf8BelowEnvironmentAndSystemProperties() throws Exception {
        Path file = dir.resolve("region.properties");
        Files.writeString(file, "transferhub.region.id=shanghai\ntransferhub.region.name=上海\n");
        RegionConfigSource source = new RegionConfigSource(file);
        assertEquals("shanghai", source.getValue("transferhub.region.id"));
        assertEquals("上海", source.getValue("transferhub.region.name"));
        assertEquals(250, source.getOrdinal());
        assertEquals("urn:transferhub:region:shanghai", source.getValue("mp.jwt.verify.issuer"));
    }

    @Test
    void answersTheRegionPublicKeyCreatingThePairOnce() throws Exception {
        Path file = dir.resolve("region.properties");
        Files.writeString(
                file,
                "transferhub.region.id=demo\ntransferhub.region.keys.dir="
                        + dir.resolve("keys").toString().replace("\\", "/") + "\n");
        String first = new RegionConfigSource(file).getValue("mp.jwt.verify.publickey");
        assertTrue(first.startsWith("-----BEGIN PUBLIC KEY-----"), first);
        assertTrue(Files.exists(dir.resolve("keys").resolve("signing-key.pem")));
        assertEquals(first, Files.readString(dir.resolve("keys").resolve("signing-key.pub.pem")));
    }
}
