package org.transferhub.spi.plugin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * One configuration property a plugin reads, described so that the kernel can validate it at
 * start-up and the operator console and docs can show it.
 *
 * @param key the key below the plugin's prefix: {@code transferhub.<plugin-id>.<key>}; lowercase
 *     letters, digits and dots
 * @param type how the value is parsed and checked
 * @param defaultValue used when the region sets nothing; {@code null} for none
 * @param required the plugin does not start without a value (set or default)
 * @param secret the value is never shown, logged or returned by any API
 * @param help what the property does, for operators
 */
public record ConfigProperty(
        @NotBlank
                @Pattern(
                        regexp = "[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)*",
                        message = "must be lowercase words separated by dots")
                String key,
        @NotNull ConfigType type,
        String defaultValue,
        boolean required,
        boolean secret,
        @NotBlank String help) {}
