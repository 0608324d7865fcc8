/**
 * The benchmark plugin: what a cross-plugin SPI call costs. {@link org.transferhub.ops.bench.plugin.EchoService}
 * is as small as an SPI gets, so the figures are the path's own cost: the directory lookup, the
 * REST client, the HTTP hop with its token check, and the in-process call for comparison.
 */
package org.transferhub.ops.bench.plugin;
