/**
 * The plugin descriptor: what a plugin WAR tells the kernel and the hub about itself. Each plugin
 * ships one as {@code META-INF/transferhub/plugin.json}; the kernel validates it and the
 * configuration it declares at start-up.
 */
package org.transferhub.spi.plugin;
