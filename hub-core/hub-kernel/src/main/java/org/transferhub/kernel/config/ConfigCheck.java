package org.transferhub.kernel.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.transferhub.spi.plugin.ConfigProperty;

/** Checks declared configuration properties against the values found, naming each bad key. */
public final class ConfigCheck {

    private ConfigCheck() {}

    /**
     * @param properties the declared properties
     * @param fullKey maps a declared key to its full MicroProfile Config key
     * @param lookup the configured value of a full key, if any
     * @return one message per property that is missing or not of its type; empty when all is well
     */
    public static List<String> check(
            List<ConfigProperty> properties, UnaryOperator<String> fullKey, Function<String, Optional<String>> lookup) {
        List<String> problems = new ArrayList<>();
        for (ConfigProperty p : properties) {
            String key = fullKey.apply(p.key());
            // Stripped, as the value is read (PluginContext.value, RegionSettings).
            Optional<String> value = lookup.apply(key)
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .or(() -> Optional.ofNullable(p.defaultValue()));
            if (value.isEmpty()) {
                if (p.required()) {
                    problems.add("'" + key + "' is required and not set (" + p.help() + " Expected "
                            + p.type().expected() + ".)");
                }
                continue;
            }
            try {
                p.type().parse(value.get());
            } catch (RuntimeException e) {
                String shown = p.secret() ? "a secret value" : "'" + value.get() + "'";
                problems.add("'" + key + "' must be " + p.type().expected() + ", got " + shown);
            }
        }
        return problems;
    }
}
