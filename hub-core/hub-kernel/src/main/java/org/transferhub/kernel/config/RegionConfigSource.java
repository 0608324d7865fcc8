package org.transferhub.kernel.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.transferhub.kernel.security.RegionKeys;

/**
 * The region file ({@code regions/<name>/region.properties}) as a config source.
 *
 * <p>Its ordinal, 250, puts it below environment variables (300) and system properties (400), so an
 * operator overrides any value at start without editing the file. The file is named by the system
 * property or environment variable {@code transferhub.region.file}; every WAR of the region reads
 * the same file.
 *
 * <p>It also answers {@code mp.jwt.verify.publickey} and {@code mp.jwt.verify.issuer} from the
 * region's signing key, so MicroProfile JWT in every plugin verifies the hub's tokens with no
 * configuration of its own.
 */
public class RegionConfigSource implements ConfigSource {

    public static final String FILE_KEY = "transferhub.region.file";
    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String ISSUER = "mp.jwt.verify.issuer";

    private final Map<String, String> values;

    public RegionConfigSource() {
        this(locate());
    }

    RegionConfigSource(Path file) {
        this.values = file == null ? Map.of() : read(file);
    }

    private static Path locate() {
        String name = lookup(FILE_KEY, null);
        return name == null || name.isBlank() ? null : Path.of(name);
    }

    private static Map<String, String> read(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            // Properties files are read as UTF-8 (Java 9+), so Chinese names need no escapes.
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the region file " + file + " (set " + FILE_KEY + ")", e);
        }
        Map<String, String> m = new HashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k).trim()));
        return Collections.unmodifiableMap(m);
    }

    /**
     * A value as MicroProfile Config would find it among the sources this one sits between: system
     * property, then environment variable (dots and dashes as underscores, upper case), then the
     * given fallback. Used where this source needs a value before Config exists.
     */
    static String lookup(String key, String fallback) {
        String v = System.getProperty(key);
        if (v == null) {
            v = System.getenv(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT));
        }
        return v != null ? v : fallback;
    }

    private String setting(String key) {
        return lookup(key, values.get(key));
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        if (PUBLIC_KEY.equals(propertyName)) {
            return RegionKeys.at(RegionSettings.keyDirectory(this::setting)).publicKeyPem();
        }
        if (ISSUER.equals(propertyName)) {
            String region = setting(RegionSettings.ID);
            return region == null ? null : RegionSettings.issuer(region);
        }
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "TransferHub region file";
    }

    @Override
    public int getOrdinal() {
        return 250;
    }
}
