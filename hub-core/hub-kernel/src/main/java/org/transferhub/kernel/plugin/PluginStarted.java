package org.transferhub.kernel.plugin;

import org.transferhub.spi.plugin.PluginDescriptor;

/** Fired once a plugin's configuration is valid and its tables are migrated. */
public record PluginStarted(PluginDescriptor descriptor) {}
