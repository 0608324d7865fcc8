package org.transferhub.kernel.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.transferhub.kernel.config.InvalidConfigurationException;
import org.transferhub.spi.plugin.ConfigProperty;
import org.transferhub.spi.plugin.PluginDescriptor;

/**
 * This WAR's plugin: its descriptor and its configuration, read through the properties the
 * descriptor declares (so a key that is not declared cannot be read by mistake).
 */
@ApplicationScoped
public class PluginContext {

    @Inject
    Config config;

    private volatile PluginDescriptor descriptor;

    /** The descriptor, loaded once from this WAR's class loader. */
    public PluginDescriptor descriptor() {
        PluginDescriptor d = descriptor;
        if (d == null) {
            d = PluginDescriptors.load(Thread.currentThread().getContextClassLoader());
            descriptor = d;
        }
        return d;
    }

    public String id() {
        return descriptor().id();
    }

    /**
     * A declared property's value (or its default), parsed to its type. Surrounding white space is
     * not part of a value: a secrets-directory file written with {@code echo} ends with a newline.
     */
    @SuppressWarnings("unchecked")
    public <T> T value(String key, Class<T> type) {
        ConfigProperty p = property(key);
        Optional<String> raw = config.getOptionalValue(descriptor().configKey(key), String.class)
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .or(() -> Optional.ofNullable(p.defaultValue()));
        Object parsed = raw.map(v -> p.type().parse(v)).orElse(null);
        if (parsed == null) {
            return null;
        }
        if (!type.isInstance(parsed)) {
            throw new IllegalArgumentException(
                    descriptor().configKey(key) + " is " + p.type() + ", not " + type.getSimpleName());
        }
        return (T) parsed;
    }

    private ConfigProperty property(String key) {
        return descriptor().config().stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new InvalidConfigurationException(
                        "'" + key + "' is not declared in the descriptor of plugin '" + id() + "'"));
    }
}
