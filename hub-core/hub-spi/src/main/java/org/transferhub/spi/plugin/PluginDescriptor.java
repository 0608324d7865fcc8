package org.transferhub.spi.plugin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/**
 * What a plugin is: its id, version, the SPI it provides, the SPIs it requires, the
 * configuration properties it reads and the pages it adds to the portal.
 *
 * @param id lowercase letters and digits; also the plugin's context root and configuration prefix
 *     ({@code transferhub.<id>.<key>})
 * @param version the plugin's own version (its build's version)
 * @param name display name per language tag ({@code zh-CN}, {@code en})
 * @param provides the SPI this plugin serves, or {@code null} for a plugin that serves none
 * @param requires SPIs this plugin calls
 * @param config configuration properties this plugin reads
 * @param portal the pages it adds to the region's portal, or {@code null} for none
 */
public record PluginDescriptor(
        @NotBlank
                @Pattern(regexp = ID_PATTERN, message = "must be lowercase letters and digits, starting with a letter")
                String id,
        @NotBlank String version,
        Map<String, String> name,
        @Valid SpiReference provides,
        List<@Valid @NotNull SpiReference> requires,
        List<@Valid @NotNull ConfigProperty> config,
        @Valid PortalPages portal) {

    /** Plugin ids: lowercase letters and digits, as in {@code transferhub.<id>.<key>} (environment variables map dots and dashes alike). */
    public static final String ID_PATTERN = "[a-z][a-z0-9]{0,30}";

    public PluginDescriptor {
        name = name == null ? Map.of() : Map.copyOf(name);
        requires = requires == null ? List.of() : List.copyOf(requires);
        config = config == null ? List.of() : List.copyOf(config);
    }

    /** The full MicroProfile Config key of one of this plugin's properties. */
    public String configKey(String key) {
        return "transferhub." + id + "." + key;
    }

    /** The display name in the given language, falling back to English, then to the id. */
    public String displayName(String languageTag) {
        return name.getOrDefault(languageTag, name.getOrDefault("en", id));
    }
}
