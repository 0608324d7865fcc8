package org.transferhub.kernel.plugin;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.transferhub.kernel.config.InvalidConfigurationException;
import org.transferhub.spi.Spi;
import org.transferhub.spi.SpiVersion;
import org.transferhub.spi.plugin.PluginDescriptor;
import org.transferhub.spi.plugin.SpiReference;

/** Reads a plugin's descriptor, {@value #RESOURCE}, and checks it is complete and consistent. */
public final class PluginDescriptors {

    public static final String RESOURCE = "META-INF/transferhub/plugin.json";

    private PluginDescriptors() {}

    /** The one descriptor visible to {@code loader}; a WAR with none, or with two, does not start. */
    public static PluginDescriptor load(ClassLoader loader) {
        List<URL> found;
        try {
            found = Collections.list(loader.getResources(RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A WAR's own classes come first; descriptors of jars in WEB-INF/lib would be a packaging mistake.
        if (found.isEmpty()) {
            throw new InvalidConfigurationException(
                    "No plugin descriptor: add " + RESOURCE + " to the WAR (see docs/plugin-guide.md).");
        }
        if (found.size() > 1) {
            throw new InvalidConfigurationException("More than one plugin descriptor " + RESOURCE + " in one WAR: "
                    + found + ". A WAR is one plugin; a plugin never bundles another plugin's classes.");
        }
        try (InputStream in = found.get(0).openStream();
                Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(in, PluginDescriptor.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new InvalidConfigurationException("The plugin descriptor " + found.get(0)
                    + " is not valid JSON of the descriptor's shape: " + e.getMessage());
        }
    }

    /** Every problem with the descriptor itself: missing fields, bad ids and keys, SPIs that are not on the class path or not {@link Spi}s. */
    public static List<String> problems(PluginDescriptor d, ClassLoader loader) {
        List<String> problems = new ArrayList<>();
        Validator validator;
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            validator = factory.getValidator();
            validator
                    .validate(d)
                    .forEach(v -> problems.add("descriptor field '" + v.getPropertyPath() + "' " + v.getMessage()));
        }
        if (d.provides() != null) {
            checkSpi(d.provides(), loader, problems, "provides");
        }
        d.requires().forEach(r -> checkSpi(r, loader, problems, "requires"));
        var keys = new java.util.HashSet<String>();
        d.config().forEach(p -> {
            if (!keys.add(p.key())) {
                problems.add("configuration key '" + p.key() + "' is declared twice");
            }
        });
        return problems;
    }

    private static void checkSpi(SpiReference ref, ClassLoader loader, List<String> problems, String where) {
        if (ref.spi() == null || ref.version() == null) {
            return; // reported by Bean Validation
        }
        try {
            Class<?> type = Class.forName(ref.spi(), false, loader);
            Spi spi = type.getAnnotation(Spi.class);
            if (spi == null || !type.isInterface()) {
                problems.add(where + " '" + ref.spi() + "' is not an interface annotated with @Spi");
                return;
            }
            SpiVersion declared = SpiVersion.parse(spi.version());
            SpiVersion referenced = SpiVersion.parse(ref.version());
            if (where.equals("provides") ? !declared.equals(referenced) : !declared.satisfies(referenced)) {
                problems.add(where + " '" + ref.simpleName() + "' version " + referenced
                        + " but the SPI on the class path is " + declared);
            }
        } catch (ClassNotFoundException e) {
            problems.add(
                    where + " '" + ref.spi()
                            + "' but that interface is not on the class path: add its SPI jar (hub-spi or the service's own) to the WAR");
        } catch (IllegalArgumentException e) {
            problems.add(where + " '" + ref.spi() + "': " + e.getMessage());
        }
    }
}
