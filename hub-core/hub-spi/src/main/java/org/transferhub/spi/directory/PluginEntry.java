package org.transferhub.spi.directory;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.transferhub.spi.plugin.PortalPages;
import org.transferhub.spi.plugin.SpiReference;

/**
 * A plugin as the directory lists it, with every instance that registered it.
 *
 * @param id plugin id
 * @param version plugin version (of the newest registration)
 * @param name display names per language tag
 * @param provides the SPI it serves, or {@code null}
 * @param requires the SPIs it calls
 * @param baseUrl where to call it: the first instance (by name) whose status is the plugin's status
 * @param status UP when any instance is UP, DOWN when some report DOWN and none UP, else STALE
 * @param message the reason of a DOWN instance, for people
 * @param instances every registered instance
 * @param portal the plugin's portal pages, or {@code null}
 */
public record PluginEntry(
        String id,
        String version,
        Map<String, String> name,
        SpiReference provides,
        List<SpiReference> requires,
        URI baseUrl,
        PluginStatus status,
        String message,
        List<PluginInstance> instances,
        PortalPages portal) {}
