package org.transferhub.spi.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.transferhub.spi.plugin.PluginDescriptor;

/**
 * What one plugin instance reports to the directory: its descriptor, where it answers and how it is.
 *
 * @param descriptor the plugin's descriptor (its id must match the path)
 * @param baseUrl the URL of the plugin's context root on this instance, e.g. {@code http://127.0.0.1:8080/vouchers}
 * @param status the instance's own health
 * @param message why the instance is DOWN, for people
 */
public record Registration(
        @NotNull @Valid PluginDescriptor descriptor,
        @NotNull URI baseUrl,
        @NotNull PluginStatus status,
        @Size(max = 1000) String message) {

    /** @return the message or an empty string, never null */
    public String messageOrEmpty() {
        return message == null ? "" : message;
    }

    /** A registration is about exactly one plugin id. */
    public boolean isFor(@NotBlank String id) {
        return descriptor.id().equals(id);
    }
}
