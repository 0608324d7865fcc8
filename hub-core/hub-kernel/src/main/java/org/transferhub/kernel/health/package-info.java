/** Each plugin's own health (a MicroProfile Health check named after the plugin) and metrics (gauges tagged with its id). */
package org.transferhub.kernel.health;
