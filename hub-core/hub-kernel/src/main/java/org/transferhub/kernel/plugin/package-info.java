/**
 * The plugin model inside a WAR: reading and validating the descriptor and the configuration it
 * declares, then migrating the plugin's tables, at start-up, before anything is served.
 */
package org.transferhub.kernel.plugin;
