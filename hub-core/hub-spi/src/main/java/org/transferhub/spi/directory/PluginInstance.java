package org.transferhub.spi.directory;

import java.net.URI;
import java.time.Instant;

/** One running instance of a plugin, as last reported. */
public record PluginInstance(
        String instance, URI baseUrl, PluginStatus status, String message, Instant registeredAt, Instant lastSeenAt) {}
